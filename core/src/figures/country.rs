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

/// The lines under the pinned country's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PanelHeader {
    /// "WHO African Region · Lower middle income".
    pub groups: String,
    /// "1. eHealth foundations: answers to the 2015 survey", or that the country did not take part.
    pub status: String,
}

pub fn panel_header(dataset: &Dataset, country: usize, indicator: usize) -> PanelHeader {
    let record = &dataset.countries[country];
    let ind = &dataset.indicators[indicator];
    let groups: Vec<&str> = [
        record.who_region.map(|r| r.name()),
        record.income_group.map(|g| g.name()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let status = if dataset.is_responding(country) {
        format!(
            "{}. {}: answers to the {} survey",
            ind.section, ind.section_name, ind.year
        )
    } else {
        format!("Did not take part in the {} survey.", ind.year)
    };
    PanelHeader {
        groups: groups.join(" · "),
        status,
    }
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
        let policy = dataset.indicator("ehealth_policy").expect("indicator");
        assert_eq!(
            panel_header(&dataset, kenya, policy),
            PanelHeader {
                groups: "WHO African Region · Lower middle income".to_string(),
                status: "1. eHealth foundations: answers to the 2015 survey".to_string(),
            }
        );
        assert_eq!(
            panel_header(&dataset, kosovo, policy).status,
            "Did not take part in the 2015 survey."
        );
    }
}
