//! The survey's files: the country table, the question catalogue and the answers.

use std::collections::HashSet;

use super::problem::{Code, Kind, Outcome, Rows, Shown, Thing};
use super::table::{read_table, read_wide_table, CellFault, Fault, Row, Skip, Spec, Table};
use super::{country_index, detail_column, parse_value, year_adopted_column};
use super::{
    LoadReport, COUNTRIES, COUNTRY_COLUMNS, DETAIL_SUFFIX, INDICATORS, INDICATOR_COLUMNS,
    OBSERVATIONS, OBSERVATION_KEY, YEAR_ADOPTED_SUFFIX,
};
use crate::income::IncomeGroup;
use crate::model::{
    BuildingBlock, Country, CountryId, Indicator, IndicatorId, Measure, Observation, SurveyPart,
};
use crate::region::Region;

/// A code field: empty is `None`, anything else must be a code `from_code` knows.
pub(super) fn optional_code<T>(
    value: &str,
    column: &str,
    code: Code,
    from_code: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, Fault> {
    match value {
        "" => Ok(None),
        text => from_code(text)
            .map(Some)
            .ok_or_else(|| not_a(column, text, code)),
    }
}

pub(crate) fn not_a(column: &str, value: &str, code: Code) -> Fault {
    Fault::field(
        column,
        Kind::NotACode {
            value: Shown::new(value),
            code,
        },
    )
}

pub(crate) fn listed_twice(thing: Thing, key: &str) -> Fault {
    Fault::row(Kind::ListedTwice {
        thing,
        key: Shown::new(key),
    })
}

pub(super) fn parse_countries(text: &str, report: &mut LoadReport) -> Table<Country> {
    let spec = Spec {
        file: COUNTRIES,
        columns: &COUNTRY_COLUMNS,
        key: Some("iso3"),
        rows: Rows::Answers,
    };
    let mut seen = HashSet::new();
    let parse = |row: &super::table::Row| {
        let iso3 = row.required("iso3")?;
        if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(not_a("iso3", iso3, Code::Iso3));
        }
        Ok(Country {
            iso3: iso3.to_string(),
            iso2: row.get("iso2").to_string(),
            numeric: row.optional_number("numeric")?,
            name: row.required("name")?.to_string(),
            who_region: optional_code(
                row.get("who_region"),
                "who_region",
                Code::WhoRegion,
                Region::from_code,
            )?,
            income_group: optional_code(
                row.get("income_group"),
                "income_group",
                Code::IncomeGroup,
                IncomeGroup::from_code,
            )?,
        })
    };
    let claim = |country: &Country| match seen.insert(country.iso3.clone()) {
        true => Ok(()),
        false => Err(listed_twice(Thing::Country, &country.iso3)),
    };
    read_table(&spec, text, report, parse, claim)
}

pub(super) fn parse_indicators(text: &str, report: &mut LoadReport) -> Table<Indicator> {
    let spec = Spec {
        file: INDICATORS,
        columns: &INDICATOR_COLUMNS,
        key: Some("id"),
        rows: Rows::Answers,
    };
    let mut seen = HashSet::new();
    let parse = |row: &super::table::Row| {
        let id = row.required("id")?;
        let kind = row.required("kind")?;
        let block = row.required("building_block")?;
        let question = row.required("question")?.to_string();
        Ok(Indicator {
            id: id.to_string(),
            label: row.required("label")?.to_string(),
            definition: question.clone(),
            measure: Measure::from_survey_code(kind)
                .ok_or_else(|| not_a("kind", kind, Code::IndicatorKind))?,
            building_block: Some(
                BuildingBlock::from_code(block)
                    .ok_or_else(|| not_a("building_block", block, Code::BuildingBlock))?,
            ),
            source: row.required("source")?.to_string(),
            survey: Some(SurveyPart {
                section: row.number("section")?,
                section_name: row.required("section_name")?.to_string(),
                question,
                predicate: row.get("predicate").to_string(),
                published_share: row.optional_number("published_share")?,
            }),
            years: vec![row.number("year")?],
        })
    };
    let claim = |indicator: &Indicator| match seen.insert(indicator.id.clone()) {
        true => Ok(()),
        false => Err(listed_twice(Thing::Indicator, &indicator.id)),
    };
    read_table(&spec, text, report, parse, claim)
}

/// The answers, one row per country (see [`OBSERVATION_KEY`]); `countries` and `indicators` are what
/// the other files kept and rejected, so that answers of a rejected row are counted under its cause
/// rather than reported on their own.
pub(super) fn parse_answers(
    text: &str,
    countries: &Table<Country>,
    indicators: &Table<Indicator>,
    report: &mut LoadReport,
) -> Vec<Observation> {
    let spec = Spec {
        file: OBSERVATIONS,
        columns: &[OBSERVATION_KEY],
        key: None,
        rows: Rows::Answers,
    };
    let questions = question_columns(indicators);
    let known: HashSet<&str> = questions
        .iter()
        .flat_map(|q| [q.answer, q.year_adopted.as_str(), q.detail.as_str()])
        .collect();
    let column = |name: &str| match known.contains(name) {
        true => Ok(()),
        false => skip_column(indicators, name),
    };
    let country_index = country_index(&countries.rows);
    let mut seen = HashSet::new();
    let mut positions = None;
    let parse = |row: &Row| {
        let iso3 = row.required(OBSERVATION_KEY)?;
        let Some(&country) = country_index.get(iso3) else {
            return Err(match countries.cause(COUNTRIES, Thing::Country, iso3) {
                Some(cause) => Fault::FollowOn {
                    cause,
                    count: answer_count(row, &questions),
                },
                None => unknown_field(Thing::Country, OBSERVATION_KEY, iso3),
            });
        };
        if row.is_empty_but(OBSERVATION_KEY) {
            return Err(Fault::row(Kind::NoAnswers));
        }
        let positions = positions.get_or_insert_with(|| {
            questions
                .iter()
                .map(|q| q.columns().map(|column| row.position(column)))
                .collect::<Vec<_>>()
        });
        Ok(read_answers(row, country, &questions, positions))
    };
    // A row none of whose answers could be used keeps nothing, so it does not take the country from a
    // later row (whose answers would otherwise be lost as "listed twice").
    let claim = |answers: &CountryAnswers| match answers.observations.is_empty()
        || seen.insert(answers.country)
    {
        true => Ok(()),
        false => Err(listed_twice(
            Thing::Country,
            &countries.rows[answers.country.0].iso3,
        )),
    };
    read_wide_table(&spec, &column, text, report, parse, claim)
        .rows
        .into_iter()
        .flat_map(|answers| answers.observations)
        .collect()
}

/// The columns of one survey question, by name, and what its answers are.
struct QuestionColumns<'i> {
    indicator: IndicatorId,
    measure: &'i Measure,
    year: u16,
    answer: &'i str,
    year_adopted: String,
    detail: String,
}

impl QuestionColumns<'_> {
    fn columns(&self) -> [&str; 3] {
        [self.answer, &self.year_adopted, &self.detail]
    }
}

/// Every survey question the catalogue kept, in its order (which is the order of the observations).
fn question_columns(indicators: &Table<Indicator>) -> Vec<QuestionColumns<'_>> {
    indicators
        .rows
        .iter()
        .enumerate()
        .filter(|(_, indicator)| indicator.survey.is_some())
        .filter_map(|(i, indicator)| {
            Some(QuestionColumns {
                indicator: IndicatorId(i),
                measure: &indicator.measure,
                // A question's years are its survey's one year.
                year: indicator.latest_year()?,
                answer: &indicator.id,
                year_adopted: year_adopted_column(&indicator.id),
                detail: detail_column(&indicator.id),
            })
        })
        .collect()
}

/// Why a column that names no kept question is skipped: the answers to a question the catalogue
/// rejected are counted under that cause (their years adopted and details go with them), anything
/// else is unknown.
fn skip_column(indicators: &Table<Indicator>, name: &str) -> Result<(), Skip> {
    let owner = [YEAR_ADOPTED_SUFFIX, DETAIL_SUFFIX]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix));
    match owner {
        Some(id) if indicators.rejected.contains_key(id) => Ok(()),
        Some(_) => Err(Skip::Unknown),
        None => match indicators.cause(INDICATORS, Thing::Indicator, name) {
            Some(cause) => Err(Skip::FollowOn(cause)),
            None => Err(Skip::Unknown),
        },
    }
}

/// One row's answers.
struct CountryAnswers {
    country: CountryId,
    observations: Vec<Observation>,
}

/// How many answers a row holds, for a follow-on count.
fn answer_count(row: &Row, questions: &[QuestionColumns]) -> usize {
    questions
        .iter()
        .filter(|q| !row.get(q.answer).is_empty())
        .count()
}

/// `positions`: where each question's [`QuestionColumns::columns`] are in the row.
fn read_answers(
    row: &Row,
    country: CountryId,
    questions: &[QuestionColumns],
    positions: &[[Option<usize>; 3]],
) -> (CountryAnswers, Vec<CellFault>) {
    let mut faults = Vec::new();
    let observations = questions
        .iter()
        .zip(positions)
        .filter_map(|(question, &at)| read_answer(row, country, question, at, &mut faults))
        .collect();
    let answers = CountryAnswers {
        country,
        observations,
    };
    (answers, faults)
}

/// The country's answer to `question` with its year adopted and detail; none where the answer cell is
/// empty, or where a cell of it is bad (said in `faults`).
fn read_answer(
    row: &Row,
    country: CountryId,
    question: &QuestionColumns,
    [answer, year_adopted, detail]: [Option<usize>; 3],
    faults: &mut Vec<CellFault>,
) -> Option<Observation> {
    let [answer, year_adopted, detail] = [answer, year_adopted, detail].map(|at| row.at(at));
    if answer.is_empty() {
        for (column, value) in [
            (&question.year_adopted, year_adopted),
            (&question.detail, detail),
        ] {
            if !value.is_empty() {
                faults.push(CellFault {
                    column: column.clone(),
                    kind: Kind::WithoutAnswer {
                        value: Shown::new(value),
                        answer: Shown::new(question.answer),
                    },
                    outcome: Outcome::CellSkipped,
                });
            }
        }
        return None;
    }
    let skipped = |column: &str, kind| CellFault {
        column: column.to_string(),
        kind,
        outcome: Outcome::AnswerSkipped,
    };
    let value =
        parse_value(question.measure, answer).map_err(|kind| skipped(question.answer, kind));
    let year_adopted =
        parse_year_adopted(year_adopted).map_err(|kind| skipped(&question.year_adopted, kind));
    match (value, year_adopted) {
        (Ok(value), Ok(year_adopted)) => Some(Observation {
            country,
            indicator: question.indicator,
            year: question.year,
            value,
            year_adopted,
            detail: detail.to_string(),
        }),
        (value, year_adopted) => {
            faults.extend(value.err());
            faults.extend(year_adopted.err());
            None
        }
    }
}

fn parse_year_adopted(text: &str) -> Result<Option<u16>, Kind> {
    match text {
        "" => Ok(None),
        text => text.parse().map(Some).map_err(|_| Kind::NotANumber {
            value: Shown::new(text),
        }),
    }
}

/// A key no kept row has: a follow-on of its rejection in `table`'s file, or simply unknown.
pub(super) fn unknown<T>(
    table: &Table<T>,
    file: &str,
    thing: Thing,
    column: &str,
    key: &str,
) -> Fault {
    match table.cause(file, thing, key) {
        Some(cause) => Fault::FollowOn { cause, count: 1 },
        None => unknown_field(thing, column, key),
    }
}

fn unknown_field(thing: Thing, column: &str, key: &str) -> Fault {
    Fault::field(
        column,
        Kind::Unknown {
            thing,
            key: Shown::new(key),
        },
    )
}
