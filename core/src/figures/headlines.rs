//! The fact grid: which questions get a headline card, and their facts under the current filter.

use crate::figures::fact::{fact, scope, Fact};
use crate::filter::Filter;
use crate::model::{Dataset, IndicatorId};

/// The cards, in reading order: the survey report's headline questions first ("87% of countries
/// report one or more mHealth initiatives" is `mhealth_any`), then one per survey section not yet
/// covered. Ids the dataset lacks are skipped, not shown empty.
pub const HEADLINE_QUESTIONS: [&str; 10] = [
    "ehealth_policy",
    "law_ehr_privacy",
    "mhealth_any",
    "ehr_national",
    "telehealth_policy",
    "mhealth_national",
    "telehealth_any",
    "elearning_students_medicine",
    "social_media_policy",
    "big_data_health",
];

/// The scope line shared by all cards (they come from one survey), without computing any fact.
pub fn headlines_scope(dataset: &Dataset, filter: Filter) -> String {
    let year = HEADLINE_QUESTIONS
        .iter()
        .find_map(|id| dataset.indicator(id))
        .and_then(|i| dataset[i].latest_year())
        .unwrap_or(0);
    scope(year, filter)
}

/// Each headline question's indicator index and fact.
pub fn headline_facts(dataset: &Dataset, filter: Filter) -> Vec<(IndicatorId, Fact)> {
    HEADLINE_QUESTIONS
        .iter()
        .filter_map(|id| dataset.indicator(id))
        .map(|indicator| (indicator, fact(dataset, indicator, filter)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture;

    #[test]
    fn only_questions_the_dataset_has_get_a_card() {
        let dataset = fixture().dataset;
        let facts = headline_facts(&dataset, Filter::default());
        let ids: Vec<&str> = facts.iter().map(|(i, _)| dataset[*i].id.as_str()).collect();
        assert_eq!(ids, ["ehealth_policy"]);
        assert_eq!(facts[0].1.figure, "50%");
    }
}
