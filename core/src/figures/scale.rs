//! The colour scales, built once and shared by the map fills and the legend so that the two cannot
//! disagree. Answers: Okabe–Ito colours, which stay distinct for the common colour-vision deficiencies.
//! Numbers: a sequential ColorBrewer YlGnBu ramp (colour-blind safe, light to dark as values grow),
//! with "no data" in the light grey of "not surveyed", never the colour of a low value.

use crate::answer::Answer;

/// What a country shows on a yes/no map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Answer(Answer),
    /// The country did not take part in the survey.
    NotSurveyed,
    /// A number's bin, 0 for the lowest values; the bins' limits are in [`crate::figures::bins::Bins`].
    Bin(u8),
    /// No value of a series for the year shown; on the index map, none of the index's indicators.
    NoData,
    /// On the index map: some of the index's indicators, but fewer than the coverage rule requires.
    NotScored,
}

/// Colours of the number bins, lowest first (ColorBrewer YlGnBu, its lightest step left out so that
/// the lowest bin stands apart from the grey of "no data").
pub const BIN_COLOURS: [&str; 5] = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"];

/// The slugs of the bins in URLs (`show=bin-3`), 1-based for readers.
const BIN_SLUGS: [&str; 5] = ["bin-1", "bin-2", "bin-3", "bin-4", "bin-5"];

impl Category {
    /// Legend order of a survey question: answers first, then the absence of any.
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
            Category::Bin(_) => "Value",
            Category::NoData => "No data",
            Category::NotScored => "Not scored",
        }
    }

    pub fn colour(self) -> &'static str {
        match self {
            Category::Answer(Answer::Yes) => "#0072b2",
            Category::Answer(Answer::No) => "#e69f00",
            Category::Answer(Answer::DontKnow) => "#cc79a7",
            Category::Answer(Answer::NotApplicable) => "#f0e442",
            Category::Answer(Answer::Unanswered) => "#595959",
            Category::NotSurveyed | Category::NoData => "#e4e4e4",
            Category::Bin(bin) => BIN_COLOURS[usize::from(bin).min(BIN_COLOURS.len() - 1)],
            // A mid grey: darker than "no data", lighter than the ramp's darkest blues, and no hue, so
            // that it never reads as a low score.
            Category::NotScored => "#a3a3a3",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        let bins = (0..BIN_SLUGS.len() as u8).map(Category::Bin);
        Category::ALL
            .into_iter()
            .chain(bins)
            .chain([Category::NoData, Category::NotScored])
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
            Category::Bin(bin) => BIN_SLUGS[usize::from(bin).min(BIN_SLUGS.len() - 1)],
            Category::NoData => "no-data",
            Category::NotScored => "not-scored",
        }
    }
}
