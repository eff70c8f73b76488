//! The pinned-country panel: one country's answers to every question of a survey section.

use crate::figures::scale::Category;
use crate::model::{Dataset, Kind, Value};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    pub indicator: usize,
    pub label: String,
    pub category: Category,
    pub year_adopted: Option<u16>,
}

/// The country's answer to each yes/no question of `section`, in survey order. A country that did not
/// respond gets "Not surveyed" on every row.
pub fn section_answers(dataset: &Dataset, country: usize, section: u8) -> Vec<AnswerRow> {
    dataset
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| i.section == section && i.kind == Kind::YesNo)
        .map(|(indicator, ind)| {
            let observation = dataset
                .observations_of(indicator)
                .find(|o| o.country == country);
            AnswerRow {
                indicator,
                label: ind.label.clone(),
                category: match observation.map(|o| &o.value) {
                    Some(Value::Answer(answer)) => Category::Answer(*answer),
                    _ => Category::NotSurveyed,
                },
                year_adopted: observation.and_then(|o| o.year_adopted),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::load::tests::fixture;

    #[test]
    fn rows_carry_answer_year_and_detail() {
        let dataset = fixture().dataset;
        let kenya = dataset.country("KEN").expect("KEN");
        let rows = section_answers(&dataset, kenya, 1);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (rows[0].category, rows[0].year_adopted),
            (Category::Answer(Answer::Yes), Some(2011))
        );
        let kosovo = dataset.country("XKX").expect("XKX");
        assert_eq!(
            section_answers(&dataset, kosovo, 1)[0].category,
            Category::NotSurveyed
        );
        assert!(
            section_answers(&dataset, kenya, 3).is_empty(),
            "programme rows are not yes/no"
        );
    }
}
