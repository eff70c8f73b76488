//! The loader's pure half: reads the `data/` files from text, validates every row and returns what it
//! could use together with a report of what it could not. It never fails: a bad row is reported and
//! skipped, a missing file is reported and the rest still loads. Where the text came from (http or an
//! inline block of the offline page) is not its business.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::answer::Answer;
use crate::model::{
    BuildingBlock, Country, Dataset, Indicator, Kind, Observation, Shape, Value, WorldMap,
};
use crate::region::Region;

pub const COUNTRIES: &str = "countries.csv";
pub const INDICATORS: &str = "indicators.csv";
pub const OBSERVATIONS: &str = "goe2015.csv";
pub const WORLD: &str = "world.csv";

/// Every file the page needs, in the order they are read.
pub const FILES: [&str; 4] = [COUNTRIES, INDICATORS, OBSERVATIONS, WORLD];

/// One thing the loader could not use, with where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line of the row in the file, when the problem belongs to a row.
    pub line: Option<u64>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}: line {}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub problems: Vec<Problem>,
}

impl LoadReport {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    fn push(&mut self, file: &str, line: Option<u64>, message: String) {
        self.problems.push(Problem {
            file: file.to_string(),
            line,
            message,
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
            report.push(file, None, format!("could not be read: {reason}"));
            None
        }
    };
    let countries = text_of(COUNTRIES, &mut report)
        .map(|text| parse_countries(&text, &mut report))
        .unwrap_or_default();
    let indicators = text_of(INDICATORS, &mut report)
        .map(|text| parse_indicators(&text, &mut report))
        .unwrap_or_default();
    let observations = text_of(OBSERVATIONS, &mut report)
        .map(|text| parse_observations(&text, &countries, &indicators, &mut report))
        .unwrap_or_default();
    let shapes = text_of(WORLD, &mut report)
        .map(|text| parse_world(&text, &countries, &mut report))
        .unwrap_or_default();
    let loaded = Loaded {
        dataset: Dataset::new(countries, indicators, observations),
        map: world_map(shapes),
    };
    (loaded, report)
}

/// One data row, with its columns looked up by header name.
struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a HashMap<&'a str, usize>,
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        self.columns
            .get(column)
            .and_then(|&i| self.record.get(i))
            .unwrap_or("")
    }

    fn required(&self, column: &str) -> Result<&str, String> {
        match self.get(column) {
            "" => Err(format!("field \"{column}\" is empty")),
            value => Ok(value),
        }
    }

    fn number<T: std::str::FromStr>(&self, column: &str) -> Result<T, String> {
        let text = self.required(column)?;
        text.parse()
            .map_err(|_| format!("field \"{column}\": \"{text}\" is not a valid number"))
    }

    fn optional_number<T: std::str::FromStr>(&self, column: &str) -> Result<Option<T>, String> {
        match self.get(column) {
            "" => Ok(None),
            _ => self.number(column).map(Some),
        }
    }
}

/// Reads a CSV table, checks its header has `required` columns, and hands each row to `parse_row`;
/// a row it rejects is reported with its line and skipped.
fn read_table<T>(
    file: &str,
    text: &str,
    required: &[&str],
    report: &mut LoadReport,
    mut parse_row: impl FnMut(&Row) -> Result<T, String>,
) -> Vec<T> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            report.push(file, Some(1), format!("header cannot be read: {error}"));
            return Vec::new();
        }
    };
    let columns: HashMap<&str, usize> = headers.iter().enumerate().map(|(i, h)| (h, i)).collect();
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|column| !columns.contains_key(column))
        .collect();
    if !missing.is_empty() {
        report.push(
            file,
            Some(1),
            format!(
                "missing column(s) {}; the file was not used",
                missing.join(", ")
            ),
        );
        return Vec::new();
    }
    let mut rows = Vec::new();
    for result in reader.records() {
        match result {
            Ok(record) => {
                let line = record.position().map(|p| p.line());
                if record.len() != headers.len() {
                    report.push(
                        file,
                        line,
                        format!(
                            "has {} fields where the header has {}; row skipped",
                            record.len(),
                            headers.len()
                        ),
                    );
                    continue;
                }
                let row = Row {
                    record: &record,
                    columns: &columns,
                };
                match parse_row(&row) {
                    Ok(value) => rows.push(value),
                    Err(message) => report.push(file, line, format!("{message}; row skipped")),
                }
            }
            Err(error) => {
                let line = error.position().map(|p| p.line());
                report.push(file, line, format!("{error}; row skipped"));
            }
        }
    }
    rows
}

fn parse_countries(text: &str, report: &mut LoadReport) -> Vec<Country> {
    let mut seen = HashSet::new();
    read_table(
        COUNTRIES,
        text,
        &["iso3", "iso2", "numeric", "name", "who_region"],
        report,
        |row| {
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
            Ok(Country {
                iso3: iso3.to_string(),
                iso2: row.get("iso2").to_string(),
                numeric: row.optional_number("numeric")?,
                name: row.required("name")?.to_string(),
                who_region,
            })
        },
    )
}

fn parse_indicators(text: &str, report: &mut LoadReport) -> Vec<Indicator> {
    let mut seen = HashSet::new();
    read_table(
        INDICATORS,
        text,
        &[
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
        ],
        report,
        |row| {
            let id = row.required("id")?;
            if !seen.insert(id.to_string()) {
                return Err(format!("indicator \"{id}\" is listed twice"));
            }
            let kind = row.required("kind")?;
            let block = row.required("building_block")?;
            Ok(Indicator {
                id: id.to_string(),
                section: row.number("section")?,
                section_name: row.required("section_name")?.to_string(),
                question: row.required("question")?.to_string(),
                label: row.required("label")?.to_string(),
                predicate: row.get("predicate").to_string(),
                kind: Kind::from_code(kind)
                    .ok_or_else(|| format!("\"{kind}\" is not an indicator kind"))?,
                building_block: BuildingBlock::from_code(block)
                    .ok_or_else(|| format!("\"{block}\" is not a building block"))?,
                published_share: row.optional_number("published_share")?,
                year: row.number("year")?,
                source: row.required("source")?.to_string(),
            })
        },
    )
}

fn parse_observations(
    text: &str,
    countries: &[Country],
    indicators: &[Indicator],
    report: &mut LoadReport,
) -> Vec<Observation> {
    let country_index: HashMap<&str, usize> = countries
        .iter()
        .enumerate()
        .map(|(i, c)| (c.iso3.as_str(), i))
        .collect();
    let indicator_index: HashMap<&str, usize> = indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| (ind.id.as_str(), i))
        .collect();
    let mut seen = HashSet::new();
    read_table(
        OBSERVATIONS,
        text,
        &[
            "country",
            "indicator",
            "year",
            "value",
            "year_adopted",
            "detail",
        ],
        report,
        |row| {
            let iso3 = row.required("country")?;
            let country = *country_index
                .get(iso3)
                .ok_or_else(|| format!("unknown country code \"{iso3}\""))?;
            let id = row.required("indicator")?;
            let indicator = *indicator_index
                .get(id)
                .ok_or_else(|| format!("unknown indicator \"{id}\""))?;
            let year = row.number("year")?;
            let value = row.required("value")?;
            let value = match indicators[indicator].kind {
                Kind::YesNo => Value::Answer(Answer::from_label(value).ok_or_else(|| {
                    format!("field \"value\": \"{value}\" is not an answer category")
                })?),
                Kind::Level | Kind::ProgrammeType => Value::Text(value.to_string()),
            };
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
                year_adopted: row.optional_number("year_adopted")?,
                detail: row.get("detail").to_string(),
            })
        },
    )
}

fn parse_world(text: &str, countries: &[Country], report: &mut LoadReport) -> Vec<Shape> {
    let known: HashSet<&str> = countries.iter().map(|c| c.iso3.as_str()).collect();
    read_table(
        WORLD,
        text,
        &["iso3", "x", "y", "w", "h", "label_x", "label_y", "path"],
        report,
        |row| {
            let iso3 = row.required("iso3")?;
            if !known.contains(iso3) {
                return Err(format!("unknown country code \"{iso3}\""));
            }
            let path = row.required("path")?;
            if !path.starts_with(['M', 'm']) {
                return Err("field \"path\" does not start with a move command".to_string());
            }
            Ok(Shape {
                iso3: iso3.to_string(),
                bbox: [
                    row.number("x")?,
                    row.number("y")?,
                    row.number("w")?,
                    row.number("h")?,
                ],
                label: [row.number("label_x")?, row.number("label_y")?],
                path: path.to_string(),
            })
        },
    )
}

/// The map's size is the extent of its shapes, so the pipeline needs no separate metadata file.
fn world_map(shapes: Vec<Shape>) -> WorldMap {
    let width = shapes
        .iter()
        .map(|s| s.bbox[0] + s.bbox[2])
        .max()
        .unwrap_or(0);
    let height = shapes
        .iter()
        .map(|s| s.bbox[1] + s.bbox[3])
        .max()
        .unwrap_or(0);
    WorldMap {
        width: width.max(0) as u32,
        height: height.max(0) as u32,
        shapes,
    }
}
