//! The survey's files: the country table, the question catalogue and the answers.

use std::collections::{HashMap, HashSet};

use super::table::read_table;
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

pub(super) fn parse_countries(text: &str, report: &mut LoadReport) -> Vec<Country> {
    let mut seen = HashSet::new();
    read_table(COUNTRIES, text, &COUNTRY_COLUMNS, report, |row| {
        let iso3 = row.required("iso3")?;
        if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("\"{iso3}\" is not an ISO 3166-1 alpha-3 code"));
        }
        if !seen.insert(iso3.to_string()) {
            return Err(format!("country \"{iso3}\" is listed twice"));
        }
        let who_region = match row.get("who_region") {
            "" => None,
            code => Some(
                Region::from_code(code)
                    .ok_or_else(|| format!("\"{code}\" is not a WHO region code"))?,
            ),
        };
        let income_group = match row.get("income_group") {
            "" => None,
            code => Some(
                IncomeGroup::from_code(code)
                    .ok_or_else(|| format!("\"{code}\" is not an income group code"))?,
            ),
        };
        Ok(Country {
            iso3: iso3.to_string(),
            iso2: row.get("iso2").to_string(),
            numeric: row.optional_number("numeric")?,
            name: row.required("name")?.to_string(),
            who_region,
            income_group,
        })
    })
}

pub(super) fn parse_indicators(text: &str, report: &mut LoadReport) -> Vec<Indicator> {
    let mut seen = HashSet::new();
    read_table(INDICATORS, text, &INDICATOR_COLUMNS, report, |row| {
        let id = row.required("id")?;
        if !seen.insert(id.to_string()) {
            return Err(format!("indicator \"{id}\" is listed twice"));
        }
        let kind = row.required("kind")?;
        let block = row.required("building_block")?;
        let question = row.required("question")?.to_string();
        Ok(Indicator {
            id: id.to_string(),
            label: row.required("label")?.to_string(),
            definition: question.clone(),
            measure: Measure::from_survey_code(kind)
                .ok_or_else(|| format!("\"{kind}\" is not an indicator kind"))?,
            building_block: Some(
                BuildingBlock::from_code(block)
                    .ok_or_else(|| format!("\"{block}\" is not a building block"))?,
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
    })
}

pub(super) fn parse_observations(
    text: &str,
    countries: &[Country],
    indicators: &[Indicator],
    report: &mut LoadReport,
) -> Vec<Observation> {
    let country_index = country_index(countries);
    let indicator_index: HashMap<&str, IndicatorId> = indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.id.as_str(), IndicatorId(i)))
        .collect();
    let mut seen = HashSet::new();
    read_table(OBSERVATIONS, text, &OBSERVATION_COLUMNS, report, |row| {
        let iso3 = row.required("country")?;
        let country = *country_index
            .get(iso3)
            .ok_or_else(|| format!("unknown country code \"{iso3}\""))?;
        let id = row.required("indicator")?;
        let indicator = *indicator_index
            .get(id)
            .ok_or_else(|| format!("unknown indicator \"{id}\""))?;
        let ind = &indicators[indicator.0];
        let year = row.number("year")?;
        if !ind.years.contains(&year) {
            return Err(format!(
                "field \"year\": {year} is not the survey year of {id} ({})",
                ind.years
                    .iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let value = parse_value(&ind.measure, row.required("value")?)?;
        let year_adopted = row.optional_number("year_adopted")?;
        if !seen.insert((country, indicator, year)) {
            return Err(format!(
                "a second value for {iso3}, {id}, {year} (the first is kept)"
            ));
        }
        Ok(Observation {
            country,
            indicator,
            year,
            value,
            year_adopted,
            detail: row.get("detail").to_string(),
        })
    })
}
