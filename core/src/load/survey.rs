//! The survey's files: the country table, the question catalogue and the answers.

use std::collections::{HashMap, HashSet};

use super::problem::{Code, Kind, Rows, Shown, Thing};
use super::table::{read_table, Fault, Spec, Table};
use super::{country_index, parse_value};
use super::{
    LoadReport, COUNTRIES, COUNTRY_COLUMNS, INDICATORS, INDICATOR_COLUMNS, OBSERVATIONS,
    OBSERVATION_COLUMNS,
};
use crate::income::IncomeGroup;
use crate::model::{
    BuildingBlock, Country, Indicator, IndicatorId, Measure, Observation, SurveyPart,
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

/// The answers; `countries` and `indicators` are what the other files kept and rejected, so that an
/// answer to a rejected row is counted under its cause rather than reported on its own.
pub(super) fn parse_observations(
    text: &str,
    countries: &Table<Country>,
    indicators: &Table<Indicator>,
    report: &mut LoadReport,
) -> Vec<Observation> {
    let spec = Spec {
        file: OBSERVATIONS,
        columns: &OBSERVATION_COLUMNS,
        key: None,
        rows: Rows::Answers,
    };
    let country_index = country_index(&countries.rows);
    let indicator_index: HashMap<&str, IndicatorId> = indicators
        .rows
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.id.as_str(), IndicatorId(i)))
        .collect();
    let mut seen = HashSet::new();
    let parse = |row: &super::table::Row| {
        let iso3 = row.required("country")?;
        let country = match country_index.get(iso3) {
            Some(&country) => country,
            None => {
                return Err(unknown(
                    countries,
                    COUNTRIES,
                    Thing::Country,
                    "country",
                    iso3,
                ))
            }
        };
        let id = row.required("indicator")?;
        let indicator = match indicator_index.get(id) {
            Some(&indicator) => indicator,
            None => {
                return Err(unknown(
                    indicators,
                    INDICATORS,
                    Thing::Indicator,
                    "indicator",
                    id,
                ))
            }
        };
        let ind = &indicators.rows[indicator.0];
        let year = row.number("year")?;
        if !ind.years.contains(&year) {
            return Err(Fault::field(
                "year",
                Kind::NotSurveyYear {
                    year,
                    indicator: Shown::new(id),
                    years: ind.years.clone(),
                },
            ));
        }
        let value = parse_value(&ind.measure, row.required("value")?)?;
        let year_adopted = row.optional_number("year_adopted")?;
        Ok(Observation {
            country,
            indicator,
            year,
            value,
            year_adopted,
            detail: row.get("detail").to_string(),
        })
    };
    let claim = |o: &Observation| match seen.insert((o.country, o.indicator, o.year)) {
        true => Ok(()),
        false => Err(Fault::row(Kind::SecondValue {
            key: Shown::new(&format!(
                "{}, {}, {}",
                countries.rows[o.country.0].iso3, indicators.rows[o.indicator.0].id, o.year
            )),
        })),
    };
    read_table(&spec, text, report, parse, claim).rows
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
        Some(cause) => Fault::FollowOn(cause),
        None => Fault::field(
            column,
            Kind::Unknown {
                thing,
                key: Shown::new(key),
            },
        ),
    }
}
