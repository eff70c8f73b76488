//! The pinned-country panel: one country's answers to every question of a survey section.

use crate::figures::scale::Category;
use crate::model::{CountryId, Dataset, IndicatorId, Value};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    pub indicator: IndicatorId,
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

pub fn panel_header(dataset: &Dataset, country: CountryId, indicator: IndicatorId) -> PanelHeader {
    let record = &dataset[country];
    let ind = &dataset[indicator];
    let year = ind.latest_year().unwrap_or(0);
    let status = match (&ind.survey, ind.measure.number()) {
        (Some(survey), _) if dataset.responded(indicator, country) => format!(
            "{}. {}: answers to the {year} survey",
            survey.section, survey.section_name
        ),
        (_, Some(number)) => match series_history(dataset, country, indicator).len() {
            0 => format!("No values of {}.", ind.label),
            n => format!("{} ({}): {n} years with a value", ind.label, number.unit),
        },
        _ => format!("Did not take part in the {year} survey."),
    };
    PanelHeader {
        groups: record.groups(),
        status,
    }
}

/// The country's values of a series, latest year first, as (year, readable value).
pub fn series_history(
    dataset: &Dataset,
    country: CountryId,
    indicator: IndicatorId,
) -> Vec<(u16, String)> {
    let mut history: Vec<(u16, String)> = dataset
        .country_observations(indicator, country)
        .filter_map(|o| match o.value {
            Value::Number(value) => Some((o.year, value.readable())),
            _ => None,
        })
        .collect();
    history.sort_by_key(|&(year, _)| std::cmp::Reverse(year));
    history
}

/// The country's answer to each yes/no question of `section`, in survey order. A country that did not
/// respond gets "Not surveyed" on every row.
pub fn section_answers(dataset: &Dataset, country: CountryId, section: u8) -> Vec<AnswerRow> {
    dataset
        .indicator_ids()
        .map(|indicator| (indicator, &dataset[indicator]))
        .filter(|(_, i)| i.is_question() && i.survey.as_ref().is_some_and(|s| s.section == section))
        .map(|(indicator, ind)| {
            let observation = dataset.country_observations(indicator, country).next();
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
    use crate::load::tests::{fixture, fixture_with_series};

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

    #[test]
    fn a_series_lists_the_years_with_a_value() {
        let dataset = fixture_with_series().dataset;
        let internet = dataset.indicator("internet_users").expect("series");
        let kenya = dataset.country("KEN").expect("KEN");
        let kosovo = dataset.country("XKX").expect("XKX");
        assert_eq!(
            series_history(&dataset, kenya, internet),
            [(2015, "16.0".to_string()), (2013, "12.5".to_string())]
        );
        assert_eq!(
            panel_header(&dataset, kenya, internet).status,
            "Internet users (% of population): 2 years with a value"
        );
        assert_eq!(
            panel_header(&dataset, kosovo, internet).status,
            "No values of Internet users."
        );
    }
}
