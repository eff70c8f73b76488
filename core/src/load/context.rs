//! The files beyond the survey: the sources with their citations and denominator rules, the catalogue
//! of yearly series, and one series' values.

use std::collections::{BTreeMap, HashSet};

use super::table::read_table;
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
    let mut seen = HashSet::new();
    read_table(SOURCES, text, &SOURCE_COLUMNS, report, |row| {
        let id = row.required("id")?;
        if !seen.insert(id.to_string()) {
            return Err(format!("source \"{id}\" is listed twice"));
        }
        let denominator = row.required("denominator")?;
        Ok(Source {
            id: id.to_string(),
            title: row.required("title")?.to_string(),
            publisher: row.required("publisher")?.to_string(),
            licence: row.required("licence")?.to_string(),
            citation: row.required("citation")?.to_string(),
            url: row.get("url").to_string(),
            denominator: Denominator::from_code(denominator).ok_or_else(|| {
                format!("field \"denominator\": \"{denominator}\" is not respondents or values")
            })?,
        })
    })
}

/// The series' catalogue; `survey` are the survey's indicators, whose ids a series may not take.
pub(super) fn parse_series_catalogue(
    text: &str,
    survey: &[Indicator],
    report: &mut LoadReport,
) -> Vec<Indicator> {
    let mut seen: HashSet<String> = survey.iter().map(|i| i.id.clone()).collect();
    read_table(SERIES, text, &SERIES_COLUMNS, report, |row| {
        let id = row.required("id")?;
        if !seen.insert(id.to_string()) {
            return Err(format!("indicator \"{id}\" is listed twice"));
        }
        let decimals: u8 = row.number("decimals")?;
        if decimals > MAX_SCALE {
            return Err(format!(
                "field \"decimals\": {decimals} is more than the {MAX_SCALE} the page can hold"
            ));
        }
        let higher_is_better = match row.required("higher_is_better")? {
            "true" => true,
            "false" => false,
            other => {
                return Err(format!(
                    "field \"higher_is_better\": \"{other}\" is not true or false"
                ))
            }
        };
        let building_block = match row.get("building_block") {
            "" => None,
            code => Some(
                BuildingBlock::from_code(code)
                    .ok_or_else(|| format!("\"{code}\" is not a building block"))?,
            ),
        };
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
    })
}

/// "2003 2004 2008": strictly ascending years.
fn parse_years(text: &str) -> Result<Vec<u16>, String> {
    let years = text
        .split(' ')
        .map(|year| {
            year.parse::<u16>()
                .map_err(|_| format!("field \"years\": \"{year}\" is not a year"))
        })
        .collect::<Result<Vec<u16>, String>>()?;
    if years.windows(2).any(|pair| pair[0] >= pair[1]) {
        return Err("field \"years\" is not in ascending order".to_string());
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
        report.push(
            SOURCES,
            None,
            format!("does not describe source \"{source}\", which {count} indicator(s) name; they are shown without its citation"),
        );
    }
}

pub(super) fn parse_series_values(
    file: &str,
    text: &str,
    dataset: &Dataset,
    indicator: IndicatorId,
    report: &mut LoadReport,
) -> Vec<Observation> {
    let countries = country_index(&dataset.countries);
    let series = &dataset[indicator];
    let mut seen = HashSet::new();
    read_table(file, text, &SERIES_VALUE_COLUMNS, report, |row| {
        let iso3 = row.required("country")?;
        let country = *countries
            .get(iso3)
            .ok_or_else(|| format!("unknown country code \"{iso3}\""))?;
        let year = row.number("year")?;
        if !series.years.contains(&year) {
            return Err(format!(
                "field \"year\": {year} is not one of the years series.csv lists for {}",
                series.id
            ));
        }
        let value = parse_value(&series.measure, row.required("value")?)?;
        if !seen.insert((country, year)) {
            return Err(format!(
                "a second value for {iso3}, {year} (the first is kept)"
            ));
        }
        Ok(Observation {
            country,
            indicator,
            year,
            value,
            year_adopted: None,
            detail: String::new(),
        })
    })
}
