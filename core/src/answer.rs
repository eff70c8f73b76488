//! The answer categories of the WHO Global Observatory for eHealth survey, kept exactly as published.

/// One country's answer to one yes/no question. "Don't know", "Not applicable" and "Unanswered" are
/// three different things and none of them is "No".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    No,
    /// Printed `—` in the profiles.
    DontKnow,
    /// Printed `N/A`.
    NotApplicable,
    /// Printed `‡`: the question was left unanswered.
    Unanswered,
}

impl Answer {
    pub const ALL: [Answer; 5] = [
        Answer::Yes,
        Answer::No,
        Answer::DontKnow,
        Answer::NotApplicable,
        Answer::Unanswered,
    ];

    /// The word used in `data/` files and on screen.
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::No => "No",
            Answer::DontKnow => "Don't know",
            Answer::NotApplicable => "Not applicable",
            Answer::Unanswered => "Unanswered",
        }
    }

    /// Reads the word written by [`Answer::label`].
    pub fn from_label(text: &str) -> Option<Answer> {
        Answer::ALL
            .into_iter()
            .find(|answer| answer.label() == text)
    }

    /// Reads the mark printed in a GOe profile (`Yes`, `No`, `—`, `N/A`, `‡`).
    pub fn from_profile_mark(mark: &str) -> Option<Answer> {
        match mark {
            "Yes" => Some(Answer::Yes),
            "No" => Some(Answer::No),
            "—" => Some(Answer::DontKnow),
            "N/A" => Some(Answer::NotApplicable),
            "‡" => Some(Answer::Unanswered),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for answer in Answer::ALL {
            assert_eq!(Answer::from_label(answer.label()), Some(answer));
        }
        assert_eq!(Answer::from_label("yes"), None);
    }

    #[test]
    fn profile_marks_map_to_distinct_categories() {
        let marks = ["Yes", "No", "—", "N/A", "‡"];
        let answers: Vec<_> = marks
            .iter()
            .filter_map(|m| Answer::from_profile_mark(m))
            .collect();
        assert_eq!(answers, Answer::ALL);
        assert_eq!(Answer::from_profile_mark("-"), None);
    }
}
