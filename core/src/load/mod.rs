//! The loader's pure half: reads the `data/` files from text, validates every row and returns what it
//! could use together with a report of what it could not. It never fails: a bad row is reported and
//! skipped, a missing file is reported and the rest still loads. Where the text came from (http or an
//! inline block of the offline page) is not its business.

mod context;
mod survey;
pub(crate) mod table;
mod world;

use std::collections::HashMap;
use std::fmt;

use crate::answer::Answer;
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
pub const OBSERVATION_COLUMNS: [&str; 6] = [
    "country",
    "indicator",
    "year",
    "value",
    "year_adopted",
    "detail",
];
pub const SERIES_VALUE_COLUMNS: [&str; 3] = ["country", "year", "value"];
pub const WORLD_COLUMNS: [&str; 9] = [
    "iso3", "x", "y", "w", "h", "label_x", "label_y", "area", "path",
];

/// Every file the first view needs, in the order they are read. Series values come later, one file
/// per series, through [`load_series`].
pub const FILES: [&str; 6] = [SOURCES, COUNTRIES, INDICATORS, SERIES, OBSERVATIONS, WORLD];

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

    pub(crate) fn push(&mut self, file: &str, line: Option<u64>, message: String) {
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
        let series = context::parse_series_catalogue(&text, &indicators, &mut report);
        indicators.extend(series);
    }
    let observations = text_of(OBSERVATIONS, &mut report)
        .map(|text| survey::parse_observations(&text, &countries, &indicators, &mut report))
        .unwrap_or_default();
    let shapes = text_of(WORLD, &mut report)
        .map(|text| world::parse_world(&text, &countries, &mut report))
        .unwrap_or_default();
    context::report_undescribed_sources(&sources, &indicators, &mut report);
    let loaded = Loaded {
        dataset: Dataset::new(sources, countries, indicators, observations),
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
            report.push(&file, None, format!("could not be read: {reason}"));
            Vec::new()
        }
    };
    (dataset.with_observations(observations), report)
}

/// ISO3 code to the country's id, for the files that name countries.
fn country_index(countries: &[Country]) -> HashMap<&str, CountryId> {
    countries
        .iter()
        .enumerate()
        .map(|(i, c)| (c.iso3.as_str(), CountryId(i)))
        .collect()
}

/// One value cell read as the indicator's measure says.
fn parse_value(measure: &Measure, text: &str) -> Result<Value, String> {
    match measure {
        Measure::Answer => Answer::from_label(text)
            .map(Value::Answer)
            .ok_or_else(|| format!("field \"value\": \"{text}\" is not an answer category")),
        Measure::Level | Measure::ProgrammeType => Ok(Value::Text(text.to_string())),
        Measure::Number(format) => Decimal::parse(text, format.decimals)
            .map(Value::Number)
            .map_err(|error| match error {
                NumberError::NotANumber => {
                    format!("field \"value\": \"{text}\" is not a plain decimal number")
                }
                NumberError::TooPrecise { decimals } => format!(
                    "field \"value\": \"{text}\" has more than the {decimals} decimals the series declares"
                ),
                NumberError::TooLarge => format!("field \"value\": \"{text}\" is too large"),
            }),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// A small valid `data/` for the tests of other modules.
    pub(crate) fn fixture() -> Loaded {
        let (loaded, report) = load(|name| Ok(fixture_file(name).to_string()));
        assert!(report.is_clean(), "{report:?}");
        loaded
    }

    /// The text of each fixture file, by name.
    pub(crate) fn fixture_file(name: &str) -> &'static str {
        match name {
            SOURCES => SOURCES_OK,
            COUNTRIES => COUNTRIES_OK,
            INDICATORS => INDICATORS_OK,
            SERIES => SERIES_OK,
            OBSERVATIONS => OBSERVATIONS_OK,
            _ => WORLD_OK,
        }
    }

    /// The fixture with one yearly series, `internet_users`, over three years: Kenya has 2013 and
    /// 2015, Malta all three, Kosovo none.
    pub(crate) fn fixture_with_series() -> Loaded {
        let (loaded, report) = load(|name| {
            Ok(match name {
                SERIES => SERIES_INTERNET,
                _ => fixture_file(name),
            }
            .to_string())
        });
        assert!(report.is_clean(), "{report:?}");
        let internet = loaded.dataset.indicator("internet_users").expect("series");
        let (dataset, report) =
            load_series(&loaded.dataset, internet, Ok(INTERNET_VALUES.to_string()));
        assert!(report.is_clean(), "{report:?}");
        Loaded { dataset, ..loaded }
    }

    const SOURCES_OK: &str = "id,title,publisher,licence,citation,url,denominator\n\
        who-goe-2015,Atlas of eHealth country profiles 2015,World Health Organization,CC BY-NC-SA 3.0 IGO,\"WHO. Atlas of eHealth country profiles 2015. Geneva: WHO; 2016.\",https://www.who.int/,respondents\n\
        wb-wdi,World Development Indicators,World Bank,CC BY 4.0,\"World Bank. World Development Indicators. 2026.\",https://data.worldbank.org/,values\n";
    /// The default fixture has no series, so that the survey's tests see the survey alone.
    const SERIES_OK: &str =
        "id,label,definition,unit,decimals,higher_is_better,building_block,source,years\n";
    const SERIES_INTERNET: &str = "id,label,definition,unit,decimals,higher_is_better,building_block,source,years\n\
        internet_users,Internet users,Individuals using the Internet in the last 3 months.,% of population,1,true,infrastructure,wb-wdi,2013 2014 2015\n";
    const INTERNET_VALUES: &str =
        "country,year,value\nKEN,2013,12.5\nKEN,2015,16.0\nMLT,2013,68.9\nMLT,2014,73.2\nMLT,2015,76.2\n";
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
            Ok(fixture_file(name).to_string())
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
                _ => fixture_file(name),
            }
            .to_string())
        });
        assert!(report.is_clean());
        assert_eq!(
            loaded.dataset.countries[1].name,
            "<img src=x onerror=alert(1)>"
        );
    }

    /// Loads the fixture with `catalogue` as series.csv, then `values` as internet_users' file, and
    /// prints both reports and what was kept.
    fn check_series(catalogue: &str, values: Option<&str>, expect: Expect) {
        let (loaded, mut report) = load(|name| {
            Ok(match name {
                SERIES => catalogue,
                _ => fixture_file(name),
            }
            .to_string())
        });
        let mut out = String::new();
        if let Some(internet) = loaded.dataset.indicator("internet_users") {
            let text = values
                .map(str::to_string)
                .ok_or_else(|| "HTTP 404".to_string());
            let (dataset, series_report) = load_series(&loaded.dataset, internet, text);
            report.problems.extend(series_report.problems);
            let values: Vec<String> = dataset
                .observations_of(internet)
                .map(|o| match &o.value {
                    Value::Number(n) => {
                        format!("{} {} {}", dataset[o.country].iso3, o.year, n.plain())
                    }
                    other => format!("{other:?}"),
                })
                .collect();
            out += &format!("values: {}\n", values.join(", "));
        }
        let problems: String = report.problems.iter().map(|p| format!("{p}\n")).collect();
        expect.assert_eq(&(problems + &out));
    }

    #[test]
    fn a_series_loads_its_values_when_asked() {
        check_series(
            SERIES_INTERNET,
            Some(INTERNET_VALUES),
            expect![[r#"
                values: KEN 2013 12.5, KEN 2015 16.0, MLT 2013 68.9, MLT 2014 73.2, MLT 2015 76.2
            "#]],
        );
        check_series(
            SERIES_INTERNET,
            None,
            expect![[r#"
                series/internet_users.csv: could not be read: HTTP 404
                values: 
            "#]],
        );
    }

    #[test]
    fn bad_series_values_are_reported_and_good_ones_kept() {
        let values = format!(
            "{INTERNET_VALUES}KEN,2014,1e3\nKEN,2014,12.55\nKEN,2016,20.0\nMLT,2015,1.0\nFRA,2015,80.0\nXKX,2014,-3.0\n"
        );
        check_series(
            SERIES_INTERNET,
            Some(&values),
            expect![[r#"
                series/internet_users.csv: line 7: field "value": "1e3" is not a plain decimal number; row skipped
                series/internet_users.csv: line 8: field "value": "12.55" has more than the 1 decimals the series declares; row skipped
                series/internet_users.csv: line 9: field "year": 2016 is not one of the years series.csv lists for internet_users; row skipped
                series/internet_users.csv: line 10: a second value for MLT, 2015 (the first is kept); row skipped
                series/internet_users.csv: line 11: unknown country code "FRA"; row skipped
                values: KEN 2013 12.5, KEN 2015 16.0, MLT 2013 68.9, MLT 2014 73.2, MLT 2015 76.2, XKX 2014 -3.0
            "#]],
        );
    }

    #[test]
    fn bad_catalogue_rows_are_reported() {
        let header = SERIES_INTERNET.lines().next().unwrap_or_default();
        let catalogue = format!(
            "{header}\nehealth_policy,Policy,,%,1,true,,wb-wdi,2015\na,A,,%,12,true,,wb-wdi,2015\nb,B,,%,1,yes,,wb-wdi,2015\nc,C,,%,1,true,roads,wb-wdi,2015\nd,D,,%,1,true,,wb-wdi,2015 2014\ne,E,,%,1,true,,wb-wdi,2015  2016\nf,F,,%,1,true,,nowhere,2015\n"
        );
        check_series(
            &catalogue,
            None,
            expect![[r#"
                series.csv: line 2: indicator "ehealth_policy" is listed twice; row skipped
                series.csv: line 3: field "decimals": 12 is more than the 9 the page can hold; row skipped
                series.csv: line 4: field "higher_is_better": "yes" is not true or false; row skipped
                series.csv: line 5: "roads" is not a building block; row skipped
                series.csv: line 6: field "years" is not in ascending order; row skipped
                series.csv: line 7: field "years": "" is not a year; row skipped
                sources.csv: does not describe source "nowhere", which 1 indicator(s) name; they are shown without its citation
            "#]],
        );
    }
}
