//! The questions a reader can put on the map, grouped for the picker by survey section.

use crate::model::{Dataset, Kind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionGroup {
    /// "2. Legal frameworks for eHealth".
    pub title: String,
    /// Indicator id and short label of each question, in survey order.
    pub questions: Vec<(String, String)>,
}

/// Yes/no questions grouped by survey section, in the order of `indicators.csv`.
pub fn by_section(dataset: &Dataset) -> Vec<QuestionGroup> {
    let mut groups: Vec<(u8, QuestionGroup)> = Vec::new();
    for indicator in dataset.indicators.iter().filter(|i| i.kind == Kind::YesNo) {
        let question = (indicator.id.clone(), indicator.label.clone());
        match groups.last_mut() {
            Some((section, group)) if *section == indicator.section => {
                group.questions.push(question)
            }
            _ => groups.push((
                indicator.section,
                QuestionGroup {
                    title: format!("{}. {}", indicator.section, indicator.section_name),
                    questions: vec![question],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture;

    #[test]
    fn only_yes_no_questions_are_offered_grouped_by_section() {
        let groups = by_section(&fixture().dataset);
        assert_eq!(
            groups,
            [QuestionGroup {
                title: "1. eHealth foundations".to_string(),
                questions: vec![(
                    "ehealth_policy".to_string(),
                    "National eHealth policy".to_string()
                )],
            }]
        );
    }
}
