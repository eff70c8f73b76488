//! The loader's pure half: reads the `data/` files from text, validates every row and returns what it
//! could use together with a report of what it could not. It never fails: a bad row is reported and
//! skipped, a missing file is reported and the rest still loads. Where the text came from (http or an
//! inline block of the offline page) is not its business.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::answer::Answer;
use crate::income::IncomeGroup;
use crate::model::{
    BuildingBlock, Country, Dataset, Indicator, Kind, Observation, Shape, Value, WorldMap,
};
use crate::region::Region;

pub const COUNTRIES: &str = "countries.csv";
pub const INDICATORS: &str = "indicators.csv";
pub const OBSERVATIONS: &str = "goe2015.csv";
pub const WORLD: &str = "world.csv";

/// The header of each file: the loader requires these columns and the pipeline writes them.
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
pub const OBSERVATION_COLUMNS: [&str; 6] = [
    "country",
    "indicator",
    "year",
    "value",
    "year_adopted",
    "detail",
];
pub const WORLD_COLUMNS: [&str; 9] = [
    "iso3", "x", "y", "w", "h", "label_x", "label_y", "area", "path",
];

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

fn parse_indicators(text: &str, report: &mut LoadReport) -> Vec<Indicator> {
    let mut seen = HashSet::new();
    read_table(INDICATORS, text, &INDICATOR_COLUMNS, report, |row| {
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
    })
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
    read_table(OBSERVATIONS, text, &OBSERVATION_COLUMNS, report, |row| {
        let iso3 = row.required("country")?;
        let country = *country_index
            .get(iso3)
            .ok_or_else(|| format!("unknown country code \"{iso3}\""))?;
        let id = row.required("indicator")?;
        let indicator = *indicator_index
            .get(id)
            .ok_or_else(|| format!("unknown indicator \"{id}\""))?;
        let year = row.number("year")?;
        if year != indicators[indicator].year {
            return Err(format!(
                "field \"year\": {year} is not the survey year of {id} ({})",
                indicators[indicator].year
            ));
        }
        let value = row.required("value")?;
        let value = match indicators[indicator].kind {
            Kind::YesNo => Value::Answer(Answer::from_label(value).ok_or_else(|| {
                format!("field \"value\": \"{value}\" is not an answer category")
            })?),
            Kind::Level | Kind::ProgrammeType => Value::Text(value.to_string()),
        };
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

fn parse_world(text: &str, countries: &[Country], report: &mut LoadReport) -> Vec<Shape> {
    let known: HashSet<&str> = countries.iter().map(|c| c.iso3.as_str()).collect();
    read_table(WORLD, text, &WORLD_COLUMNS, report, |row| {
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
            area: row.number("area")?,
            path: path.to_string(),
        })
    })
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// A small valid `data/` for the tests of other modules.
    pub(crate) fn fixture() -> Loaded {
        let (loaded, report) = load(|name| {
            Ok(match name {
                COUNTRIES => COUNTRIES_OK,
                INDICATORS => INDICATORS_OK,
                OBSERVATIONS => OBSERVATIONS_OK,
                _ => WORLD_OK,
            }
            .to_string())
        });
        assert!(report.is_clean(), "{report:?}");
        loaded
    }

    const COUNTRIES_OK: &str = "iso3,iso2,numeric,name,who_region,income_group\nKEN,KE,404,Kenya,AFR,LMC\nMLT,MT,470,Malta,EUR,HIC\nXKX,,,Kosovo,,UMC\n";
    const INDICATORS_OK: &str = "id,section,section_name,question,label,predicate,kind,building_block,published_share,year,source\n\
        ehealth_policy,1,eHealth foundations,National eHealth policy or strategy,National eHealth policy,a national eHealth policy or strategy,yes_no,strategy_investment,58,2015,who-goe-2015\n\
        teleradiology_level,3,Telehealth,Teleradiology – health-system level,Teleradiology – level,,level,services_applications,,2015,who-goe-2015\n";
    const OBSERVATIONS_OK: &str = "country,indicator,year,value,year_adopted,detail\n\
        KEN,ehealth_policy,2015,Yes,2011,\nMLT,ehealth_policy,2015,Don't know,,N/A\nKEN,teleradiology_level,2015,\"Regional, National\",,\n";
    const WORLD_OK: &str = "iso3,x,y,w,h,label_x,label_y,area,path\nKEN,10,20,30,40,25,35,600,M10 20l30 0 0 40z\nMLT,5,5,2,2,6,6,2,M5 5l2 2z\n";

    /// Loads the four files with `edit` applied to one of them, and prints the report and what was kept.
    fn check(file: &str, text: Option<&str>, expect: Expect) {
        let (loaded, report) = load(|name| {
            if name == file {
                return text
                    .map(str::to_string)
                    .ok_or_else(|| "HTTP 404 Not Found".to_string());
            }
            Ok(match name {
                COUNTRIES => COUNTRIES_OK,
                INDICATORS => INDICATORS_OK,
                OBSERVATIONS => OBSERVATIONS_OK,
                _ => WORLD_OK,
            }
            .to_string())
        });
        let mut out: String = report.problems.iter().map(|p| format!("{p}\n")).collect();
        out += &format!(
            "kept: {} countries, {} indicators, {} observations, {} shapes\n",
            loaded.dataset.countries.len(),
            loaded.dataset.indicators.len(),
            loaded.dataset.observations.len(),
            loaded.map.shapes.len()
        );
        expect.assert_eq(&out);
    }

    #[test]
    fn good_files_load_without_problems() {
        check(
            OBSERVATIONS,
            Some(OBSERVATIONS_OK),
            expect![[r#"
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn a_missing_file_is_named_and_the_rest_still_loads() {
        check(
            OBSERVATIONS,
            None,
            expect![[r#"
            goe2015.csv: could not be read: HTTP 404 Not Found
            kept: 3 countries, 2 indicators, 0 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn an_unknown_country_code_skips_only_its_row() {
        let text = format!("{OBSERVATIONS_OK}XYZ,ehealth_policy,2015,Yes,,\n");
        check(
            OBSERVATIONS,
            Some(&text),
            expect![[r#"
            goe2015.csv: line 5: unknown country code "XYZ"; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn a_bad_value_names_its_field() {
        let text = OBSERVATIONS_OK
            .replace("Don't know", "Maybe")
            .replace("2011", "20x1");
        check(
            OBSERVATIONS,
            Some(&text),
            expect![[r#"
            goe2015.csv: line 2: field "year_adopted": "20x1" is not a valid number; row skipped
            goe2015.csv: line 3: field "value": "Maybe" is not an answer category; row skipped
            kept: 3 countries, 2 indicators, 1 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn a_missing_column_rejects_the_file_with_its_name() {
        let text = OBSERVATIONS_OK.replace("country,indicator", "nation,indicator");
        check(
            OBSERVATIONS,
            Some(&text),
            expect![[r#"
            goe2015.csv: line 1: missing column(s) country; the file was not used
            kept: 3 countries, 2 indicators, 0 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn a_short_row_a_duplicate_and_an_unknown_indicator_are_each_reported() {
        let text = format!("{OBSERVATIONS_OK}KEN,ehealth_policy\nKEN,ehealth_policy,2015,No,,\nKEN,blockchain,2015,Yes,,\nMLT,ehealth_policy,2013,Yes,,\n");
        check(
            OBSERVATIONS,
            Some(&text),
            expect![[r#"
            goe2015.csv: line 5: has 2 fields where the header has 6; row skipped
            goe2015.csv: line 6: a second value for KEN, ehealth_policy, 2015 (the first is kept); row skipped
            goe2015.csv: line 7: unknown indicator "blockchain"; row skipped
            goe2015.csv: line 8: field "year": 2013 is not the survey year of ehealth_policy (2015); row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn bad_country_rows_are_reported_and_a_byte_order_mark_is_ignored() {
        let text = format!("\u{feff}{COUNTRIES_OK}ke,KE,404,Lowercase,AFR,\nFRA,FR,250,France,EURO,HIC\nESP,ES,724,,EUR,HIC\nITA,IT,380,Italy,EUR,RICH\n");
        check(
            COUNTRIES,
            Some(&text),
            expect![[r#"
            countries.csv: line 5: "ke" is not an ISO 3166-1 alpha-3 code; row skipped
            countries.csv: line 6: "EURO" is not a WHO region code; row skipped
            countries.csv: line 7: field "name" is empty; row skipped
            countries.csv: line 8: "RICH" is not an income group code; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn bad_indicator_and_map_rows_are_reported() {
        let indicators = INDICATORS_OK.replace("yes_no", "percentage");
        check(
            INDICATORS,
            Some(&indicators),
            expect![[r#"
            indicators.csv: line 2: "percentage" is not an indicator kind; row skipped
            goe2015.csv: line 2: unknown indicator "ehealth_policy"; row skipped
            goe2015.csv: line 3: unknown indicator "ehealth_policy"; row skipped
            kept: 3 countries, 1 indicators, 1 observations, 2 shapes
        "#]],
        );
        let world = format!("{WORLD_OK}FRA,1,1,1,1,1,1,1,M1 1z\nXKX,1,1,1,1,1,1,1,L1 1z\n");
        check(
            WORLD,
            Some(&world),
            expect![[r#"
            world.csv: line 4: unknown country code "FRA"; row skipped
            world.csv: line 5: field "path" does not start with a move command; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
        );
    }

    #[test]
    fn markup_in_a_name_is_kept_as_text() {
        let text = COUNTRIES_OK.replace("Malta", "<img src=x onerror=alert(1)>");
        let (loaded, report) = load(|name| {
            Ok(match name {
                COUNTRIES => text.as_str(),
                INDICATORS => INDICATORS_OK,
                OBSERVATIONS => OBSERVATIONS_OK,
                _ => WORLD_OK,
            }
            .to_string())
        });
        assert!(report.is_clean());
        assert_eq!(
            loaded.dataset.countries[1].name,
            "<img src=x onerror=alert(1)>"
        );
    }
}
