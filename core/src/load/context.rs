//! The files beyond the survey: the sources with their citations and denominator rules, the catalogue
//! of yearly series, and one series' values.

use std::collections::{BTreeMap, HashSet};

use super::problem::{Code, Kind, Outcome, Problem, Rows, Shown, Thing};
use super::survey::{listed_twice, not_a, optional_code};
use super::table::{read_table, Fault, Row, Spec, Table};
use super::{
    country_index, parse_value, LoadReport, SERIES, SERIES_COLUMNS, SERIES_VALUE_COLUMNS, SOURCES,
    SOURCE_COLUMNS,
};
use crate::model::{
    BuildingBlock, Dataset, Denominator, Indicator, IndicatorId, Measure, NumberFormat,
    Observation, Source,
};
use crate::number::MAX_SCALE;

pub(super) fn parse_sources(text: &str, report: &mut LoadReport) -> Vec<Source> {
    let spec = Spec {
        file: SOURCES,
        columns: &SOURCE_COLUMNS,
        key: Some("id"),
        rows: Rows::Answers,
    };
    let mut seen = HashSet::new();
    let parse = |row: &Row| {
        let id = row.required("id")?;
        let denominator = row.required("denominator")?;
        Ok(Source {
            id: id.to_string(),
            title: row.required("title")?.to_string(),
            publisher: row.required("publisher")?.to_string(),
            licence: row.required("licence")?.to_string(),
            citation: row.required("citation")?.to_string(),
            url: row.get("url").to_string(),
            denominator: Denominator::from_code(denominator)
                .ok_or_else(|| not_a("denominator", denominator, Code::Denominator))?,
        })
    };
    let claim = |source: &Source| match seen.insert(source.id.clone()) {
        true => Ok(()),
        false => Err(listed_twice(Thing::Source, &source.id)),
    };
    read_table(&spec, text, report, parse, claim).rows
}

/// The series' catalogue; `survey` are the survey's indicators, whose ids a series may not take.
pub(super) fn parse_series_catalogue(
    text: &str,
    survey: &[Indicator],
    report: &mut LoadReport,
) -> Table<Indicator> {
    let spec = Spec {
        file: SERIES,
        columns: &SERIES_COLUMNS,
        key: Some("id"),
        rows: Rows::Answers,
    };
    let mut seen: HashSet<String> = survey.iter().map(|i| i.id.clone()).collect();
    let parse = |row: &Row| {
        let id = row.required("id")?;
        let decimals: u8 = row.number("decimals")?;
        if decimals > MAX_SCALE {
            return Err(Fault::field(
                "decimals",
                Kind::TooManyDecimals {
                    decimals,
                    max: MAX_SCALE,
                },
            ));
        }
        let higher_is_better = match row.required("higher_is_better")? {
            "true" => true,
            "false" => false,
            other => return Err(not_a("higher_is_better", other, Code::Boolean)),
        };
        let building_block = optional_code(
            row.get("building_block"),
            "building_block",
            Code::BuildingBlock,
            BuildingBlock::from_code,
        )?;
        Ok(Indicator {
            id: id.to_string(),
            label: row.required("label")?.to_string(),
            definition: row.get("definition").to_string(),
            measure: Measure::Number(NumberFormat {
                unit: row.required("unit")?.to_string(),
                decimals,
                higher_is_better,
            }),
            building_block,
            source: row.required("source")?.to_string(),
            survey: None,
            years: parse_years(row.required("years")?)?,
        })
    };
    let claim = |indicator: &Indicator| match seen.insert(indicator.id.clone()) {
        true => Ok(()),
        false => Err(listed_twice(Thing::Indicator, &indicator.id)),
    };
    read_table(&spec, text, report, parse, claim)
}

/// "2003 2004 2008": strictly ascending years.
fn parse_years(text: &str) -> Result<Vec<u16>, Fault> {
    let years = text
        .split(' ')
        .map(|year| {
            year.parse::<u16>()
                .map_err(|_| not_a("years", year, Code::Year))
        })
        .collect::<Result<Vec<u16>, Fault>>()?;
    if years.windows(2).any(|pair| pair[0] >= pair[1]) {
        return Err(Fault::field("years", Kind::YearsNotAscending));
    }
    Ok(years)
}

/// One report line per source that indicators name but `sources.csv` does not describe: their values
/// are kept, but the page cannot cite them.
pub(super) fn report_undescribed_sources(
    sources: &[Source],
    indicators: &[Indicator],
    report: &mut LoadReport,
) {
    let mut missing: BTreeMap<&str, usize> = BTreeMap::new();
    for indicator in indicators {
        if !sources.iter().any(|s| s.id == indicator.source) {
            *missing.entry(indicator.source.as_str()).or_default() += 1;
        }
    }
    for (source, count) in missing {
        report.problems.push(Problem {
            file: SOURCES.to_string(),
            line: None,
            field: None,
            kind: Kind::UndescribedSource {
                source: Shown::new(source),
                indicators: count,
            },
            outcome: Outcome::ShownWithoutCitation,
        });
    }
}

pub(super) fn parse_series_values(
    file: &str,
    text: &str,
    dataset: &Dataset,
    indicator: IndicatorId,
    report: &mut LoadReport,
) -> Vec<Observation> {
    let spec = Spec {
        file,
        columns: &SERIES_VALUE_COLUMNS,
        key: None,
        rows: Rows::Answers,
    };
    let countries = country_index(&dataset.countries);
    let series = &dataset[indicator];
    let mut seen = HashSet::new();
    let parse = |row: &Row| {
        let iso3 = row.required("country")?;
        let country = *countries.get(iso3).ok_or_else(|| {
            Fault::field(
                "country",
                Kind::Unknown {
                    thing: Thing::Country,
                    key: Shown::new(iso3),
                },
            )
        })?;
        let year = row.number("year")?;
        if !series.years.contains(&year) {
            return Err(Fault::field(
                "year",
                Kind::NotSeriesYear {
                    year,
                    series: Shown::new(&series.id),
                },
            ));
        }
        let value = parse_value(&series.measure, row.required("value")?)
            .map_err(|kind| Fault::field("value", kind))?;
        Ok(Observation {
            country,
            indicator,
            year,
            value,
            year_adopted: None,
            detail: String::new(),
        })
    };
    let claim = |o: &Observation| match seen.insert((o.country, o.year)) {
        true => Ok(()),
        false => Err(Fault::row(Kind::SecondValue {
            key: Shown::new(&format!("{}, {}", dataset[o.country].iso3, o.year)),
        })),
    };
    read_table(&spec, text, report, parse, claim).rows
}
