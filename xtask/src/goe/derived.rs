//! Indicators derived from the programme rows of a profile, for questions the survey report answers
//! but no single profile line does ("87% of countries report one or more mHealth initiatives").
//! Each is a documented rule over the parsed rows, never a typed figure.

use readiness_core::answer::Answer;
use readiness_core::model::BuildingBlock;

use super::catalogue::{QuestionKind, QUESTIONS};
use super::profile::{Cells, Profile};

pub struct Derived {
    pub id: &'static str,
    /// The section whose programme rows it reads.
    pub section: u8,
    /// The rule, said as a question; shown where the survey's own question would be.
    pub question: &'static str,
    pub label: &'static str,
    pub predicate: &'static str,
    pub block: BuildingBlock,
    /// Only programmes at national level (or "All" levels) count.
    pub national_only: bool,
}

pub const DERIVED: [Derived; 3] = [
    Derived {
        id: "telehealth_any",
        section: 3,
        question: "At least one telehealth programme reported (any of the 5 programme types, at any health-system level)",
        label: "At least one telehealth programme",
        predicate: "at least one telehealth programme",
        block: BuildingBlock::ServicesApplications,
        national_only: false,
    },
    Derived {
        id: "mhealth_any",
        section: 6,
        question: "At least one mHealth programme reported (any of the 14 programme types, at any health-system level)",
        label: "At least one mHealth programme",
        predicate: "at least one mHealth programme",
        block: BuildingBlock::ServicesApplications,
        national_only: false,
    },
    Derived {
        id: "mhealth_national",
        section: 6,
        question: "At least one mHealth programme at national level (level National or All, any of the 14 programme types)",
        label: "At least one national-level mHealth programme",
        predicate: "at least one national-level mHealth programme",
        block: BuildingBlock::ServicesApplications,
        national_only: true,
    },
];

/// Yes when a programme of the section qualifies; No when programmes were reported but none
/// qualifies; Unanswered when the country reported no programme of the section at all. A row counts as
/// a programme when its programme type (Informal, Pilot, Established) is given: that is the reading
/// that reproduces the report's 87% (109 of 125); counting rows with only a level gives 111.
pub fn derive(profile: &Profile, derived: &Derived) -> Answer {
    let reported = |text: &str| Answer::from_label(text).is_none();
    let programmes: Vec<&str> = QUESTIONS
        .iter()
        .zip(&profile.cells)
        .filter(|(q, _)| q.section == derived.section && q.kind() == QuestionKind::Programme)
        .filter_map(|(_, cells)| match cells {
            Cells::Programme {
                level,
                programme_type,
            } if reported(programme_type) => Some(level.as_str()),
            _ => None,
        })
        .collect();
    let qualifies = |level: &&str| {
        !derived.national_only || level.split(", ").any(|l| l == "National" || l == "All")
    };
    match (programmes.is_empty(), programmes.iter().any(qualifies)) {
        (true, _) => Answer::Unanswered,
        (false, true) => Answer::Yes,
        (false, false) => Answer::No,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use readiness_core::region::Region;

    fn profile(rows: &[(&str, &str, &str)]) -> Profile {
        let cells = QUESTIONS
            .iter()
            .map(|q| match rows.iter().find(|(id, _, _)| *id == q.id) {
                Some((_, level, kind)) => Cells::Programme {
                    level: level.to_string(),
                    programme_type: kind.to_string(),
                },
                None if q.kind() == QuestionKind::Programme => Cells::Programme {
                    level: "Unanswered".to_string(),
                    programme_type: "Unanswered".to_string(),
                },
                None => Cells::YesNo {
                    answer: Answer::Yes,
                    share: None,
                    year: None,
                    detail: String::new(),
                },
            })
            .collect();
        Profile {
            name: "Testland".to_string(),
            region: Region::Afr,
            cells,
        }
    }

    #[test]
    fn programmes_decide_yes_no_or_unanswered() {
        let [telehealth, any, national] = &DERIVED;
        let local = profile(&[("mhealth_reminders", "Local", "Pilot")]);
        assert_eq!(derive(&local, any), Answer::Yes);
        assert_eq!(derive(&local, national), Answer::No);
        assert_eq!(derive(&local, telehealth), Answer::Unanswered);
        let level_only = profile(&[("mhealth_surveys", "Regional, National", "Unanswered")]);
        assert_eq!(derive(&level_only, any), Answer::Unanswered);
        let national_pilot = profile(&[("mhealth_surveys", "Regional, National", "Pilot")]);
        assert_eq!(derive(&national_pilot, national), Answer::Yes);
        let all = profile(&[("teleradiology", "All", "Established")]);
        assert_eq!(derive(&all, telehealth), Answer::Yes);
        assert_eq!(derive(&profile(&[]), any), Answer::Unanswered);
    }
}
