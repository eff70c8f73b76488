//! The survey's yes/no answers and their file, `goe2015.csv`: one row per responding country and one
//! column per question (a spreadsheet's shape, and a few KB on the first view where the tidy form,
//! a row per answer, took 34 KB gzip), its year adopted and detail in columns of their own where any
//! country has one.

use std::collections::BTreeMap;

use readiness_core::answer::Answer;
use readiness_core::load::{detail_column, year_adopted_column, OBSERVATION_KEY};

use crate::goe::catalogue::QUESTIONS;
use crate::goe::derived::{derive, DERIVED};
use crate::goe::profile::{Cells, Profile};
use crate::pipeline::{csv_writer, finish};

/// One country's answer to one yes/no question, as its profile prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyAnswer<'a> {
    pub indicator: &'a str,
    pub answer: Answer,
    pub year_adopted: Option<u16>,
    pub detail: &'a str,
}

/// The answers of each responding country, by ISO3.
pub type Answers<'a> = BTreeMap<&'a str, Vec<SurveyAnswer<'a>>>;

/// What a column after `country` holds of its question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Answer,
    YearAdopted,
    Detail,
}

/// One column of the file after `country`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerColumn<'a> {
    pub indicator: &'a str,
    /// The question's words, for the column's description.
    pub question: &'a str,
    pub part: Part,
}

impl AnswerColumn<'_> {
    pub fn name(&self) -> String {
        match self.part {
            Part::Answer => self.indicator.to_string(),
            Part::YearAdopted => year_adopted_column(self.indicator),
            Part::Detail => detail_column(self.indicator),
        }
    }
}

/// Every yes/no answer of the profiles, derived indicators included.
pub fn profile_answers(profiles: &BTreeMap<String, Profile>) -> Answers<'_> {
    profiles
        .iter()
        .map(|(iso3, profile)| (iso3.as_str(), answers_of(profile)))
        .collect()
}

fn answers_of(profile: &Profile) -> Vec<SurveyAnswer<'_>> {
    let printed =
        QUESTIONS
            .iter()
            .zip(&profile.cells)
            .filter_map(|(question, cells)| match cells {
                Cells::YesNo {
                    answer,
                    year,
                    detail,
                    ..
                } => Some(SurveyAnswer {
                    indicator: question.id,
                    answer: *answer,
                    year_adopted: *year,
                    detail,
                }),
                Cells::Programme { .. } => None,
            });
    let derived = DERIVED.iter().map(|derived| SurveyAnswer {
        indicator: derived.id,
        answer: derive(profile, derived),
        year_adopted: None,
        detail: "",
    });
    printed.chain(derived).collect()
}

/// The columns after `country`: each question of `questions` (id and words, in the order of
/// `indicators.csv`) that any country answered, followed by its year adopted and its detail where any
/// country has one.
pub fn answer_columns<'a>(
    questions: impl IntoIterator<Item = (&'a str, &'a str)>,
    answers: &Answers,
) -> Vec<AnswerColumn<'a>> {
    let all = || answers.values().flatten();
    let mut columns = Vec::new();
    for (indicator, question) in questions {
        let column = |part| AnswerColumn {
            indicator,
            question,
            part,
        };
        let of_question = || all().filter(|a| a.indicator == indicator);
        if of_question().next().is_none() {
            continue;
        }
        columns.push(column(Part::Answer));
        if of_question().any(|a| a.year_adopted.is_some()) {
            columns.push(column(Part::YearAdopted));
        }
        if of_question().any(|a| !a.detail.is_empty()) {
            columns.push(column(Part::Detail));
        }
    }
    columns
}

/// The file: `country` and `columns`, then a row per country of `answers` in ISO3 order; a cell is
/// empty where the country has no answer (or no year adopted, no detail).
pub fn answers_csv(columns: &[AnswerColumn], answers: &Answers) -> Result<String, String> {
    let mut out = csv_writer();
    let header =
        std::iter::once(OBSERVATION_KEY.to_string()).chain(columns.iter().map(|c| c.name()));
    out.write_record(header).map_err(|e| e.to_string())?;
    for (iso3, answers) in answers {
        let cells = columns.iter().map(|column| cell(column, answers));
        out.write_record(std::iter::once(iso3.to_string()).chain(cells))
            .map_err(|e| e.to_string())?;
    }
    finish(out)
}

fn cell(column: &AnswerColumn, answers: &[SurveyAnswer]) -> String {
    let Some(answer) = answers.iter().find(|a| a.indicator == column.indicator) else {
        return String::new();
    };
    match column.part {
        Part::Answer => answer.answer.label().to_string(),
        Part::YearAdopted => answer
            .year_adopted
            .map(|y| y.to_string())
            .unwrap_or_default(),
        Part::Detail => answer.detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use readiness_core::load::{load, OBSERVATIONS};
    use readiness_core::model::{Dataset, Value};

    use crate::pipeline::SURVEY_YEAR;

    fn data_file(name: &str) -> Result<String, String> {
        let path = format!("{}/../data/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))
    }

    /// The answers as the loader made them, back in the writer's terms.
    fn loaded_answers(dataset: &Dataset) -> Answers<'_> {
        let mut answers = Answers::new();
        for observation in &dataset.observations {
            assert_eq!(observation.year, SURVEY_YEAR, "{observation:?}");
            let Value::Answer(answer) = observation.value else {
                panic!("not an answer: {observation:?}");
            };
            answers
                .entry(dataset[observation.country].iso3.as_str())
                .or_default()
                .push(SurveyAnswer {
                    indicator: &dataset[observation.indicator].id,
                    answer,
                    year_adopted: observation.year_adopted,
                    detail: &observation.detail,
                });
        }
        answers
    }

    /// The loader reads back exactly what the writer wrote: written again from the loaded dataset,
    /// the committed file (which `cargo xtask data --check` proves is the profiles' answers) comes
    /// out byte for byte, and every answer has the survey's year.
    #[test]
    fn the_committed_answers_load_and_write_back_byte_for_byte() {
        let (loaded, report) = load(data_file);
        assert!(report.is_clean(), "{report:?}");
        let dataset = &loaded.dataset;
        let questions = dataset
            .indicators
            .iter()
            .filter_map(|i| Some((i.id.as_str(), i.survey.as_ref()?.question.as_str())));
        let answers = loaded_answers(dataset);
        let columns = answer_columns(questions, &answers);
        let written = answers_csv(&columns, &answers).expect("written");
        assert!(written == data_file(OBSERVATIONS).expect("committed"));
        assert_eq!(answers.len(), 125);
    }

    #[test]
    fn columns_only_where_a_country_has_a_value_and_cells_empty_where_it_has_none() {
        let answer = |indicator, answer, year_adopted, detail| SurveyAnswer {
            indicator,
            answer,
            year_adopted,
            detail,
        };
        let answers = Answers::from([
            (
                "KEN",
                vec![
                    answer("policy", Answer::Yes, Some(2011), ""),
                    answer("funding", Answer::No, None, "25-50%, \"approx.\""),
                ],
            ),
            ("MLT", vec![answer("funding", Answer::DontKnow, None, "")]),
        ]);
        let questions = [
            ("policy", "A policy?"),
            ("unasked", "Never answered?"),
            ("funding", "Funding?"),
        ];
        let columns = answer_columns(questions, &answers);
        let text = answers_csv(&columns, &answers).expect("written");
        assert_eq!(
            text,
            "country,policy,policy.year_adopted,funding,funding.detail\n\
             KEN,Yes,2011,No,\"25-50%, \"\"approx.\"\"\"\n\
             MLT,,,Don't know,\n"
        );
    }
}
