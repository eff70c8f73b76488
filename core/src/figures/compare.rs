//! The compare view's table: 2 to 5 countries' answers to every yes/no question side by side, by survey
//! section, each row saying whether the countries differ, plus each country's count of "Yes" answers.

use crate::answer::Answer;
use crate::collate::collation_key;
use crate::figures::questions::by_section;
use crate::model::{CountryId, Dataset, IndicatorId, Value};

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

impl Comparison {
    /// How many rows differ, over all sections.
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
    use crate::load::tests::fixture;
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
}
