//! The loader's pure half: reads the `data/` files from text, validates every row and returns what it
//! could use together with a report of what it could not. It never fails: a bad row is reported and
//! skipped, a missing file is reported and the rest still loads. Where the text came from (http or an
//! inline block of the offline page) is not its business.

mod context;
mod problem;
pub(crate) mod survey;
pub(crate) mod table;
mod world;

pub use world::path_bbox;

pub use problem::{
    Cause, Code, IndexMismatch, Kind, Outcome, PathError, Problem, Rows, Shown, Thing,
    LISTED_PER_FILE, MAX_COORDINATE, SHOWN_VALUE_CHARS,
};

use crate::answer::Answer;
use crate::fast_hash::FastMap;
use crate::model::{Country, CountryId, Dataset, IndicatorId, Measure, Value, WorldMap};
use crate::number::{Decimal, NumberError};

pub const SOURCES: &str = "sources.csv";
pub const COUNTRIES: &str = "countries.csv";
pub const INDICATORS: &str = "indicators.csv";
pub const SERIES: &str = "series.csv";
pub const OBSERVATIONS: &str = "goe2015.csv";
pub const WORLD: &str = "world.csv";

/// The file of one series' values, loaded when the series is first shown.
pub fn series_file(id: &str) -> String {
    format!("series/{id}.csv")
}

/// The header of each file: the loader requires these columns and the pipeline writes them.
pub const SOURCE_COLUMNS: [&str; 7] = [
    "id",
    "title",
    "publisher",
    "licence",
    "citation",
    "url",
    "denominator",
];
pub const COUNTRY_COLUMNS: [&str; 6] = [
    "iso3",
    "iso2",
    "numeric",
    "name",
    "who_region",
    "income_group",
];
pub const INDICATOR_COLUMNS: [&str; 11] = [
    "id",
    "section",
    "section_name",
    "question",
    "label",
    "predicate",
    "kind",
    "building_block",
    "published_share",
    "year",
    "source",
];
pub const SERIES_COLUMNS: [&str; 9] = [
    "id",
    "label",
    "definition",
    "unit",
    "decimals",
    "higher_is_better",
    "building_block",
    "source",
    "years",
];
/// [`OBSERVATIONS`] is wide, one row per responding country: this column, then one column per survey
/// indicator holding its answer, in the order of `indicators.csv`, each followed by its
/// [`year_adopted_column`] and [`detail_column`] where any country has one. The year of an answer is
/// its indicator's survey year.
pub const OBSERVATION_KEY: &str = "country";

/// What follows an indicator's id in the name of the column of the year it was adopted (a policy) or
/// introduced (a system).
pub const YEAR_ADOPTED_SUFFIX: &str = ".year_adopted";
/// What follows an indicator's id in the name of the column of the profile's extra text (funding
/// share, proportion trained, ...).
pub const DETAIL_SUFFIX: &str = ".detail";

pub fn year_adopted_column(indicator: &str) -> String {
    format!("{indicator}{YEAR_ADOPTED_SUFFIX}")
}

pub fn detail_column(indicator: &str) -> String {
    format!("{indicator}{DETAIL_SUFFIX}")
}
pub const SERIES_VALUE_COLUMNS: [&str; 3] = ["country", "year", "value"];
pub const WORLD_COLUMNS: [&str; 9] = [
    "iso3", "x", "y", "w", "h", "label_x", "label_y", "area", "path",
];

/// Every file the first view needs, in the order they are read. Series values come later, one file
/// per series, through [`load_series`].
pub const FILES: [&str; 6] = [SOURCES, COUNTRIES, INDICATORS, SERIES, OBSERVATIONS, WORLD];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub problems: Vec<Problem>,
}

impl LoadReport {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// A file that could not be had at all.
    fn unreadable(&mut self, file: &str, reason: String) {
        self.problems.push(Problem {
            file: file.to_string(),
            line: None,
            field: None,
            kind: Kind::Unreadable { reason },
            outcome: Outcome::FileNotUsed,
        });
    }
}

/// Everything the page draws from `data/`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    pub map: WorldMap,
}

/// Reads every file in [`FILES`] through `read` (the file's text, or why it could not be had).
pub fn load(read: impl Fn(&str) -> Result<String, String>) -> (Loaded, LoadReport) {
    let mut report = LoadReport::default();
    let text_of = |file: &str, report: &mut LoadReport| match read(file) {
        Ok(text) => Some(text),
        Err(reason) => {
            report.unreadable(file, reason);
            None
        }
    };
    let sources = text_of(SOURCES, &mut report)
        .map(|text| context::parse_sources(&text, &mut report))
        .unwrap_or_default();
    let countries = text_of(COUNTRIES, &mut report)
        .map(|text| survey::parse_countries(&text, &mut report))
        .unwrap_or_default();
    let mut indicators = text_of(INDICATORS, &mut report)
        .map(|text| survey::parse_indicators(&text, &mut report))
        .unwrap_or_default();
    if let Some(text) = text_of(SERIES, &mut report) {
        let series = context::parse_series_catalogue(&text, &indicators.rows, &mut report);
        indicators.rows.extend(series.rows);
        for (id, line) in series.rejected {
            indicators.rejected.entry(id).or_insert(line);
        }
    }
    let observations = text_of(OBSERVATIONS, &mut report)
        .map(|text| survey::parse_answers(&text, &countries, &indicators, &mut report))
        .unwrap_or_default();
    let shapes = text_of(WORLD, &mut report)
        .map(|text| world::parse_world(&text, &countries, &mut report))
        .unwrap_or_default();
    context::report_undescribed_sources(&sources, &indicators.rows, &mut report);
    let loaded = Loaded {
        dataset: Dataset::new(sources, countries.rows, indicators.rows, observations),
        map: world::world_map(shapes),
    };
    (loaded, report)
}

/// Reads the values of one series (`text` is its file's text, or why it could not be had) and returns
/// the dataset with them added, and what could not be used.
pub fn load_series(
    dataset: &Dataset,
    indicator: IndicatorId,
    text: Result<String, String>,
) -> (Dataset, LoadReport) {
    let mut report = LoadReport::default();
    let file = series_file(&dataset[indicator].id);
    let observations = match text {
        Ok(text) => context::parse_series_values(&file, &text, dataset, indicator, &mut report),
        Err(reason) => {
            report.unreadable(&file, reason);
            Vec::new()
        }
    };
    (dataset.with_observations(observations), report)
}

/// ISO3 code to the country's id, for the files that name countries.
fn country_index(countries: &[Country]) -> FastMap<&str, CountryId> {
    countries
        .iter()
        .enumerate()
        .map(|(i, c)| (c.iso3.as_str(), CountryId(i)))
        .collect()
}

/// One value cell read as the indicator's measure says; the error is what is wrong with the text.
fn parse_value(measure: &Measure, text: &str) -> Result<Value, Kind> {
    // Made only for a problem: every cell of every file comes through here.
    let value = || Shown::new(text);
    match measure {
        Measure::Answer => {
            Answer::from_label(text)
                .map(Value::Answer)
                .ok_or_else(|| Kind::NotACode {
                    value: value(),
                    code: Code::Answer,
                })
        }
        Measure::Level | Measure::ProgrammeType => Ok(Value::Text(text.to_string())),
        Measure::Number(format) => Decimal::parse(text, format.decimals)
            .map(Value::Number)
            .map_err(|error| match error {
                NumberError::NotANumber => Kind::NotPlainDecimal { value: value() },
                NumberError::TooPrecise { decimals } => Kind::TooPrecise {
                    value: value(),
                    decimals,
                },
                NumberError::TooLarge => Kind::TooLarge { value: value() },
            }),
    }
}

#[cfg(test)]
pub(crate) mod tests;
