//! The compare view's table: 2 to 5 countries' answers to every yes/no question side by side, by survey
//! section, each row saying whether the countries differ, plus each country's count of "Yes" answers;
//! and beside them a few yearly context indicators, each country's latest value near the survey year.

use crate::answer::Answer;
use crate::collate::collation_key;
use crate::figures::questions::by_section;
use crate::figures::series_map::{Reading, When};
use crate::figures::table::with_unit;
use crate::model::{CountryId, Dataset, IndicatorId, Value};

/// The series the compare view shows beside the answers, in this order: access to the network
/// (internet, mobile, broadband, electricity), the health system's means (spending, physicians,
/// service coverage) and e-government. Ids the dataset lacks are skipped.
pub const CONTEXT_SERIES: [&str; 8] = [
    "internet_users",
    "mobile_subscriptions",
    "broadband_subscriptions",
    "electricity_access",
    "health_spending_gdp",
    "physicians",
    "uhc_index",
    "egdi",
];

/// How many years before the survey a context value may be: series are patchy (physicians, UHC and
/// the E-Government index are not yearly), and five years keeps most countries in while staying
/// near the answers. Never a later year: the answers could not have known it.
pub const CONTEXT_WITHIN: u16 = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The compared countries, in the order the reader chose them (one table column each).
    pub countries: Vec<ComparedCountry>,
    /// How many yes/no questions the table has: the denominator of each country's "Yes" count.
    pub questions: usize,
    pub sections: Vec<ComparisonSection>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparedCountry {
    pub iso3: String,
    pub name: String,
    /// How many of the [`Comparison::questions`] this country answered "Yes".
    pub yes: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonSection {
    /// "2. Legal frameworks for eHealth".
    pub title: String,
    pub rows: Vec<ComparisonRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    /// Indicator id, for selectors and links.
    pub id: String,
    /// The question's short label.
    pub label: String,
    /// One cell per compared country, in [`Comparison::countries`] order.
    pub cells: Vec<ComparedAnswer>,
    /// Whether the countries did not all give the same answer (a missing answer counts as its own).
    pub differs: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComparedAnswer {
    /// `None` when the data has no answer of this country to this question.
    pub answer: Option<Answer>,
    pub year_adopted: Option<u16>,
}

/// The context indicators of a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// "Context indicators: latest value within 5 years of 2015".
    pub title: String,
    pub rows: Vec<ContextRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContextRow {
    pub indicator: IndicatorId,
    /// Indicator id, for selectors and links.
    pub id: String,
    /// "Internet users (% of population)".
    pub label: String,
    /// One per compared country, in the comparison's order: the value and the year it is from.
    pub cells: Vec<Reading>,
}

impl Comparison {
    /// How many question rows differ, over all sections. Context indicators are not counted: numbers
    /// of two countries almost always differ, so counting them would only blur "answered differently".
    pub fn differing(&self) -> usize {
        self.sections
            .iter()
            .flat_map(|s| &s.rows)
            .filter(|r| r.differs)
            .count()
    }
}

/// Compares `countries` (in display order) on every yes/no question. Ids the dataset does not have
/// are left out rather than trusted.
pub fn comparison(dataset: &Dataset, countries: &[CountryId]) -> Comparison {
    let countries: Vec<CountryId> = countries
        .iter()
        .copied()
        .filter(|c| c.0 < dataset.countries.len())
        .collect();
    let sections: Vec<ComparisonSection> = by_section(dataset)
        .into_iter()
        .map(|group| ComparisonSection {
            title: group.title,
            rows: group
                .questions
                .into_iter()
                .map(|(id, label)| row(dataset, &countries, id, label))
                .collect(),
        })
        .collect();
    let questions = sections.iter().map(|s| s.rows.len()).sum();
    let countries = countries
        .iter()
        .enumerate()
        .map(|(column, &c)| ComparedCountry {
            iso3: dataset[c].iso3.clone(),
            name: dataset[c].name.clone(),
            yes: sections
                .iter()
                .flat_map(|s| &s.rows)
                .filter(|r| r.cells[column].answer == Some(Answer::Yes))
                .count(),
        })
        .collect();
    Comparison {
        countries,
        questions,
        sections,
    }
}

/// The countries a reader can add to the comparison: those that responded to the survey of `question`,
/// as (ISO3, name), sorted by name the way a reader expects (Türkiye between Tunisia and Turkmenistan).
pub fn candidates(dataset: &Dataset, question: IndicatorId) -> Vec<(String, String)> {
    let mut candidates: Vec<(String, String)> = dataset
        .country_ids()
        .filter(|&country| dataset.responded(question, country))
        .map(|country| (dataset[country].iso3.clone(), dataset[country].name.clone()))
        .collect();
    candidates.sort_by_cached_key(|(iso3, name)| (collation_key(name), iso3.clone()));
    candidates
}

/// The series of [`CONTEXT_SERIES`] the dataset has, in that order: the ones the compare view shows and
/// so must have loaded.
pub fn context_series(dataset: &Dataset) -> Vec<IndicatorId> {
    CONTEXT_SERIES
        .iter()
        .filter_map(|id| dataset.indicator(id))
        .filter(|&indicator| dataset[indicator].measure.number().is_some())
        .collect()
}

/// Each context series' latest value within [`CONTEXT_WITHIN`] years of the year `survey` was asked,
/// for `countries` in display order. No rows if the survey has no year.
pub fn context(dataset: &Dataset, countries: &[CountryId], survey: IndicatorId) -> Context {
    let Some(year) = dataset
        .indicators
        .get(survey.0)
        .and_then(|s| s.latest_year())
    else {
        return Context {
            title: "Context indicators".to_string(),
            rows: Vec::new(),
        };
    };
    let when = When {
        year,
        within: CONTEXT_WITHIN,
    };
    let rows = context_series(dataset)
        .into_iter()
        .map(|indicator| {
            let series = &dataset[indicator];
            let unit = series.measure.number().map_or("", |n| n.unit.as_str());
            let label = with_unit(&series.label, unit);
            let cells = countries
                .iter()
                .filter(|c| c.0 < dataset.countries.len())
                .map(|&country| {
                    let observation = dataset.latest(country, indicator, when.year, when.within)?;
                    match observation.value {
                        Value::Number(value) => Some((observation.year, value)),
                        _ => None,
                    }
                })
                .collect();
            ContextRow {
                indicator,
                id: series.id.clone(),
                label,
                cells,
            }
        })
        .collect();
    Context {
        title: format!("Context indicators: {}", when.describe()),
        rows,
    }
}

fn row(dataset: &Dataset, countries: &[CountryId], id: String, label: String) -> ComparisonRow {
    let mut cells = vec![
        ComparedAnswer {
            answer: None,
            year_adopted: None,
        };
        countries.len()
    ];
    if let Some(indicator) = dataset.indicator(&id) {
        for observation in dataset.observations_of(indicator) {
            // A country may be chosen twice by a hand-made caller; fill every column it has.
            for (column, _) in countries
                .iter()
                .enumerate()
                .filter(|&(_, &c)| c == observation.country)
            {
                if let Value::Answer(answer) = observation.value {
                    cells[column] = ComparedAnswer {
                        answer: Some(answer),
                        year_adopted: observation.year_adopted,
                    };
                }
            }
        }
    }
    let differs = cells.iter().any(|cell| cell.answer != cells[0].answer);
    ComparisonRow {
        id,
        label,
        cells,
        differs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::{fixture, fixture_with_series};
    use crate::model::Observation;
    use crate::number::Decimal;
    use expect_test::{expect, Expect};

    /// Compares the fixture's countries named by ISO3 and prints the table as a reader would scan it.
    fn check(iso3s: &[&str], expect: Expect) {
        let dataset = fixture().dataset;
        let indices: Vec<CountryId> = iso3s.iter().filter_map(|c| dataset.country(c)).collect();
        expect.assert_eq(&render(&comparison(&dataset, &indices)));
    }

    fn render(comparison: &Comparison) -> String {
        let mut out = String::new();
        for country in &comparison.countries {
            out += &format!(
                "{} {}: {} Yes of {}\n",
                country.iso3, country.name, country.yes, comparison.questions
            );
        }
        for section in &comparison.sections {
            out += &format!("## {}\n", section.title);
            for row in &section.rows {
                let cells: Vec<String> = row
                    .cells
                    .iter()
                    .map(|cell| {
                        let answer = cell.answer.map_or("(none)", Answer::label);
                        match cell.year_adopted {
                            Some(year) => format!("{answer} ({year})"),
                            None => answer.to_string(),
                        }
                    })
                    .collect();
                let marker = if row.differs { "≠" } else { "=" };
                let cells = if cells.is_empty() {
                    "(no columns)".to_string()
                } else {
                    cells.join(" | ")
                };
                out += &format!("{marker} {}: {cells}\n", row.label);
            }
        }
        out + &format!("differing: {}\n", comparison.differing())
    }

    #[test]
    fn different_answers_are_marked_and_yes_counted() {
        check(
            &["KEN", "MLT"],
            expect![[r#"
                KEN Kenya: 1 Yes of 1
                MLT Malta: 0 Yes of 1
                ## 1. eHealth foundations
                ≠ National eHealth policy: Yes (2011) | Don't know
                differing: 1
            "#]],
        );
    }

    #[test]
    fn the_chosen_order_is_the_column_order() {
        check(
            &["MLT", "KEN"],
            expect![[r#"
                MLT Malta: 0 Yes of 1
                KEN Kenya: 1 Yes of 1
                ## 1. eHealth foundations
                ≠ National eHealth policy: Don't know | Yes (2011)
                differing: 1
            "#]],
        );
    }

    #[test]
    fn the_same_answer_does_not_differ_but_a_missing_one_does() {
        check(
            &["KEN", "KEN"],
            expect![[r#"
                KEN Kenya: 1 Yes of 1
                KEN Kenya: 1 Yes of 1
                ## 1. eHealth foundations
                = National eHealth policy: Yes (2011) | Yes (2011)
                differing: 0
            "#]],
        );
        check(
            &["KEN", "XKX"],
            expect![[r#"
                KEN Kenya: 1 Yes of 1
                XKX Kosovo: 0 Yes of 1
                ## 1. eHealth foundations
                ≠ National eHealth policy: Yes (2011) | (none)
                differing: 1
            "#]],
        );
    }

    #[test]
    fn no_countries_still_lists_the_questions_and_bad_indices_are_left_out() {
        check(
            &[],
            expect![[r#"
                ## 1. eHealth foundations
                = National eHealth policy: (no columns)
                differing: 0
            "#]],
        );
        let dataset = fixture().dataset;
        let with_bad = comparison(&dataset, &[CountryId(0), CountryId(99)]);
        assert_eq!(with_bad.countries.len(), 1);
        assert_eq!(with_bad.sections[0].rows[0].cells.len(), 1);
    }

    #[test]
    fn candidates_are_the_responding_countries_by_name() {
        let dataset = fixture().dataset;
        expect![[r#"
            [
                (
                    "KEN",
                    "Kenya",
                ),
                (
                    "MLT",
                    "Malta",
                ),
            ]
        "#]]
        .assert_debug_eq(&candidates(
            &dataset,
            dataset.indicator("ehealth_policy").expect("indicator"),
        ));
    }

    #[test]
    fn accented_names_sort_with_their_plain_letters() {
        let mut names = [
            "Tuvalu",
            "Türkiye",
            "Turkmenistan",
            "Tunisia",
            "Åland Islands",
        ];
        names.sort_by_key(|n| collation_key(n));
        expect![[r#"["Åland Islands", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu"]"#]]
            .assert_eq(&format!("{names:?}"));
    }

    /// The context rows for the fixture's countries named by ISO3: internet users, with Kosovo's only
    /// value from 2013 and a Kenyan value from 2016, after the survey.
    fn check_context(iso3s: &[&str], expect: Expect) {
        let base = fixture_with_series().dataset;
        let internet = base.indicator("internet_users").expect("series");
        let value = |iso3, year, units| Observation {
            country: base.country(iso3).expect("country"),
            indicator: internet,
            year,
            value: Value::Number(Decimal { units, scale: 1 }),
            year_adopted: None,
            detail: String::new(),
        };
        let dataset = base.with_observations(vec![value("XKX", 2013, 98), value("KEN", 2016, 200)]);
        let countries: Vec<CountryId> = iso3s.iter().filter_map(|c| dataset.country(c)).collect();
        let survey = dataset.indicator("ehealth_policy").expect("question");
        let context = context(&dataset, &countries, survey);
        let mut out = format!("{}\n", context.title);
        for row in &context.rows {
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|cell| match cell {
                    Some((year, value)) => format!("{} ({year})", value.readable()),
                    None => "–".to_string(),
                })
                .collect();
            out += &format!("{}: {}\n", row.label, cells.join(" | "));
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn context_shows_the_latest_value_up_to_the_survey_year_with_its_year() {
        check_context(
            &["KEN", "MLT", "XKX"],
            expect![[r#"
                Context indicators: latest value within 5 years of 2015
                Internet users (% of population): 16.0 (2015) | 76.2 (2015) | 9.8 (2013)
            "#]],
        );
    }

    #[test]
    fn context_keeps_the_chosen_order_and_skips_series_the_dataset_lacks() {
        check_context(
            &["XKX", "KEN"],
            expect![[r#"
                Context indicators: latest value within 5 years of 2015
                Internet users (% of population): 9.8 (2013) | 16.0 (2015)
            "#]],
        );
        let survey_only = fixture().dataset;
        assert_eq!(context_series(&survey_only), Vec::new());
        let policy = survey_only.indicator("ehealth_policy").expect("question");
        let kenya = survey_only.country("KEN").expect("KEN");
        assert_eq!(context(&survey_only, &[kenya], policy).rows, Vec::new());
    }

    #[test]
    fn a_value_older_than_the_reach_is_no_value() {
        let mut dataset = fixture_with_series().dataset;
        let policy = dataset.indicator("ehealth_policy").expect("question");
        let malta = dataset.country("MLT").expect("MLT");
        // Malta's latest value is from 2015: within reach of a 2020 survey, not of a 2021 one.
        let reading = |dataset: &Dataset| context(dataset, &[malta], policy).rows[0].cells[0];
        dataset.indicators[policy.0].years = vec![2020];
        assert_eq!(reading(&dataset).map(|(year, _)| year), Some(2015));
        dataset.indicators[policy.0].years = vec![2021];
        assert_eq!(reading(&dataset), None);
    }
}
