//! The categorical colour scale, built once and shared by the map fills and the legend so that the
//! two cannot disagree. Okabe–Ito colours, which stay distinct for the common colour-vision deficiencies.

use crate::answer::Answer;

/// What a country shows on a yes/no map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Answer(Answer),
    /// The country did not take part in the survey.
    NotSurveyed,
}

impl Category {
    /// Legend order: answers first, then the absence of any.
    pub const ALL: [Category; 6] = [
        Category::Answer(Answer::Yes),
        Category::Answer(Answer::No),
        Category::Answer(Answer::DontKnow),
        Category::Answer(Answer::NotApplicable),
        Category::Answer(Answer::Unanswered),
        Category::NotSurveyed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Answer(answer) => answer.label(),
            Category::NotSurveyed => "Not surveyed",
        }
    }

    pub fn colour(self) -> &'static str {
        match self {
            Category::Answer(Answer::Yes) => "#0072b2",
            Category::Answer(Answer::No) => "#e69f00",
            Category::Answer(Answer::DontKnow) => "#cc79a7",
            Category::Answer(Answer::NotApplicable) => "#f0e442",
            Category::Answer(Answer::Unanswered) => "#595959",
            Category::NotSurveyed => "#e4e4e4",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|category| category.slug() == slug)
    }

    /// A stable token for URLs, CSS classes and test selectors.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Answer(Answer::Yes) => "yes",
            Category::Answer(Answer::No) => "no",
            Category::Answer(Answer::DontKnow) => "dont-know",
            Category::Answer(Answer::NotApplicable) => "not-applicable",
            Category::Answer(Answer::Unanswered) => "unanswered",
            Category::NotSurveyed => "not-surveyed",
        }
    }
}
