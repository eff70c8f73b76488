//! The questions a reader can put on the map, grouped for the picker by survey section.

use std::collections::BTreeMap;

use crate::collate::collation_key;

use crate::model::{BuildingBlock, Dataset};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionGroup {
    /// "2. Legal frameworks for eHealth".
    pub title: String,
    /// Indicator id and short label of each question, in survey order.
    pub questions: Vec<(String, String)>,
}

/// Yes/no questions grouped by survey section, sections in number order, questions in file order.
pub fn by_section(dataset: &Dataset) -> Vec<QuestionGroup> {
    let mut sections: BTreeMap<u8, QuestionGroup> = BTreeMap::new();
    let questions = dataset.indicators.iter().filter(|i| i.is_question());
    for (indicator, survey) in questions.filter_map(|i| Some((i, i.survey.as_ref()?))) {
        sections
            .entry(survey.section)
            .or_insert_with(|| QuestionGroup {
                title: format!("{}. {}", survey.section, survey.section_name),
                questions: Vec::new(),
            })
            .questions
            .push((indicator.id.clone(), indicator.label.clone()));
    }
    sections.into_values().collect()
}

/// Yes/no questions grouped by WHO-ITU building block, in the toolkit's order.
pub fn by_building_block(dataset: &Dataset) -> Vec<QuestionGroup> {
    BuildingBlock::ALL
        .into_iter()
        .map(|block| QuestionGroup {
            title: block.name().to_string(),
            questions: dataset
                .indicators
                .iter()
                .filter(|i| i.is_question() && i.building_block == Some(block))
                .map(|i| (i.id.clone(), i.label.clone()))
                .collect(),
        })
        .filter(|group| !group.questions.is_empty())
        .collect()
}

/// The groups narrowed to questions whose label or group title contains `search` (any case); the
/// `current` question is always kept, so the select never shows a question other than the one drawn.
pub fn matching(groups: Vec<QuestionGroup>, search: &str, current: &str) -> Vec<QuestionGroup> {
    let search = collation_key(search.trim());
    groups
        .into_iter()
        .filter_map(|mut group| {
            let title_matches = collation_key(&group.title).contains(&search);
            group.questions.retain(|(id, label)| {
                title_matches || id == current || collation_key(label).contains(&search)
            });
            (!group.questions.is_empty()).then_some(group)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture;

    #[test]
    fn only_yes_no_questions_are_offered_grouped_by_section_or_block() {
        let dataset = fixture().dataset;
        let policy = vec![(
            "ehealth_policy".to_string(),
            "National eHealth policy".to_string(),
        )];
        assert_eq!(
            by_section(&dataset),
            [QuestionGroup {
                title: "1. eHealth foundations".to_string(),
                questions: policy.clone()
            }]
        );
        assert_eq!(
            by_building_block(&dataset),
            [QuestionGroup {
                title: "Strategy and investment".to_string(),
                questions: policy
            }]
        );
    }

    #[test]
    fn search_narrows_by_label_or_group_and_keeps_the_current_question() {
        let group = |title: &str, questions: &[(&str, &str)]| QuestionGroup {
            title: title.to_string(),
            questions: questions
                .iter()
                .map(|(i, l)| (i.to_string(), l.to_string()))
                .collect(),
        };
        let groups = vec![
            group(
                "1. eHealth foundations",
                &[
                    ("ehealth_policy", "National eHealth policy"),
                    ("funding_public", "Public funding"),
                ],
            ),
            group(
                "2. Legal frameworks",
                &[("law_privacy", "Law: privacy of personal data")],
            ),
        ];
        assert_eq!(
            matching(groups.clone(), " PRIVACY ", "funding_public"),
            [
                group(
                    "1. eHealth foundations",
                    &[("funding_public", "Public funding")]
                ),
                groups[1].clone()
            ]
        );
        assert_eq!(
            matching(groups.clone(), "legal", "none"),
            [groups[1].clone()]
        );
        assert_eq!(matching(groups.clone(), "", "none"), groups);
    }
}
