//! The questions and series a reader can put on the map, grouped for the picker: by survey section and
//! source, or by WHO-ITU building block.

use std::collections::BTreeMap;

use crate::collate::collation_key;

use crate::model::{BuildingBlock, Dataset, Indicator};

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

/// Yearly series grouped by source ("World Bank: World Development Indicators"), in catalogue order.
pub fn series_by_source(dataset: &Dataset) -> Vec<QuestionGroup> {
    let mut groups: Vec<(String, QuestionGroup)> = Vec::new();
    for indicator in dataset.indicator_ids() {
        let ind = &dataset[indicator];
        if ind.measure.number().is_none() {
            continue;
        }
        let position = match groups.iter().position(|(source, _)| *source == ind.source) {
            Some(position) => position,
            None => {
                let title = dataset.source_of(indicator).map_or_else(
                    || ind.source.clone(),
                    |s| format!("{}: {}", s.publisher, s.title),
                );
                groups.push((
                    ind.source.clone(),
                    QuestionGroup {
                        title,
                        questions: Vec::new(),
                    },
                ));
                groups.len() - 1
            }
        };
        groups[position]
            .1
            .questions
            .push((ind.id.clone(), ind.label.clone()));
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

/// Yes/no questions and yearly series grouped by WHO-ITU building block, in the toolkit's order; series
/// that inform no block (population, GDP) last, as general context.
pub fn by_building_block(dataset: &Dataset) -> Vec<QuestionGroup> {
    let offered = |i: &&Indicator| i.is_question() || i.measure.number().is_some();
    BuildingBlock::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|block| QuestionGroup {
            title: block
                .map_or("General context", BuildingBlock::name)
                .to_string(),
            questions: dataset
                .indicators
                .iter()
                .filter(offered)
                .filter(|i| i.building_block == block)
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
    use crate::load::tests::{fixture, fixture_with_series};

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
    fn series_are_offered_by_source_and_by_block() {
        let dataset = fixture_with_series().dataset;
        let internet = vec![("internet_users".to_string(), "Internet users".to_string())];
        assert_eq!(
            series_by_source(&dataset),
            [QuestionGroup {
                title: "World Bank: World Development Indicators".to_string(),
                questions: internet.clone()
            }]
        );
        let titles: Vec<String> = by_building_block(&dataset)
            .into_iter()
            .map(|g| g.title)
            .collect();
        assert_eq!(titles, ["Strategy and investment", "Infrastructure"]);
        assert!(
            by_section(&dataset)
                .iter()
                .all(|g| g.title.starts_with("1.")),
            "sections are the survey's"
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
