//! The loader's tests: hand-written cases here, the corpus of bad inputs in `corpus.rs`, property
//! tests in `props.rs`.

mod corpus;
mod props;

use super::*;
use expect_test::{expect, Expect};

/// A small valid `data/` for the tests of other modules.
pub(crate) fn fixture() -> Loaded {
    let (loaded, report) = load(|name| Ok(fixture_file(name).to_string()));
    // Its series.csv is a header alone, which the loader reports; nothing else may be wrong.
    assert!(
        report.problems.iter().all(fixture_series_empty),
        "{report:?}"
    );
    loaded
}

/// The one problem of the fixture: its series.csv is a header alone, so that the survey's tests see
/// the survey alone.
pub(crate) fn fixture_series_empty(problem: &Problem) -> bool {
    problem.file == SERIES && problem.kind == Kind::NoRows
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
    let (dataset, report) = load_series(&loaded.dataset, internet, Ok(INTERNET_VALUES.to_string()));
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
const OBSERVATIONS_OK: &str = "country,ehealth_policy,ehealth_policy.year_adopted,ehealth_policy.detail,teleradiology_level\n\
    KEN,Yes,2011,,\"Regional, National\"\nMLT,Don't know,,N/A,\n";
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
    let mut out: String = report
        .problems
        .iter()
        .filter(|p| file == SERIES || !fixture_series_empty(p))
        .map(|p| format!("{p}\n"))
        .collect();
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
            goe2015.csv: could not be read: HTTP 404 Not Found; the file was not used
            kept: 3 countries, 2 indicators, 0 observations, 2 shapes
        "#]],
    );
}

#[test]
fn an_unknown_country_code_skips_only_its_row() {
    let text = format!("{OBSERVATIONS_OK}XYZ,Yes,,,\n");
    check(
        OBSERVATIONS,
        Some(&text),
        expect![[r#"
            goe2015.csv: line 4: field "country": unknown country code "XYZ"; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn a_bad_cell_skips_only_its_answer() {
    let text = OBSERVATIONS_OK
        .replace("Yes,2011", "Maybe,20x1")
        .replace("Don't know", "Perhaps");
    check(
        OBSERVATIONS,
        Some(&text),
        expect![[r#"
            goe2015.csv: line 2: field "ehealth_policy": "Maybe" is not an answer category; answer skipped
            goe2015.csv: line 2: field "ehealth_policy.year_adopted": "20x1" is not a valid number; answer skipped
            goe2015.csv: line 3: field "ehealth_policy": "Perhaps" is not an answer category; answer skipped
            kept: 3 countries, 2 indicators, 1 observations, 2 shapes
        "#]],
    );
}

#[test]
fn a_missing_column_rejects_the_file_with_its_name() {
    let text = OBSERVATIONS_OK.replace("country,", "nation,");
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
fn a_short_row_and_a_country_listed_twice_are_each_reported() {
    let text = format!("{OBSERVATIONS_OK}KEN,Yes\nKEN,No,,,\n");
    check(
        OBSERVATIONS,
        Some(&text),
        expect![[r#"
            goe2015.csv: line 4: has 2 fields where the header has 5; row skipped
            goe2015.csv: line 5: country "KEN" is listed twice (the first is kept); row skipped
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
            countries.csv: line 5: field "iso3": "ke" is not an ISO 3166-1 alpha-3 code; row skipped
            countries.csv: line 6: field "who_region": "EURO" is not a WHO region code; row skipped
            countries.csv: line 7: field "name" is empty; row skipped
            countries.csv: line 8: field "income_group": "RICH" is not an income group code; row skipped
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
            indicators.csv: line 2: field "kind": "percentage" is not an indicator kind; row skipped
            goe2015.csv: 2 answers to the rejected indicator ehealth_policy (indicators.csv, line 2) were skipped
            kept: 3 countries, 1 indicators, 1 observations, 2 shapes
        "#]],
    );
    let world = format!("{WORLD_OK}FRA,1,1,1,1,1,1,1,M1 1z\nXKX,1,1,1,1,1,1,1,L1 1z\n");
    check(
        WORLD,
        Some(&world),
        expect![[r#"
            world.csv: line 4: field "iso3": unknown country code "FRA"; row skipped
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
    assert!(report.problems.iter().all(fixture_series_empty));
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
            series/internet_users.csv: could not be read: HTTP 404; the file was not used
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
            series/internet_users.csv: line 11: field "country": unknown country code "FRA"; row skipped
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
            series.csv: line 2: indicator "ehealth_policy" is listed twice (the first is kept); row skipped
            series.csv: line 3: field "decimals": 12 is more than the 9 the page can hold; row skipped
            series.csv: line 4: field "higher_is_better": "yes" is not true or false; row skipped
            series.csv: line 5: field "building_block": "roads" is not a building block; row skipped
            series.csv: line 6: field "years" is not in ascending order; row skipped
            series.csv: line 7: field "years": "" is not a year; row skipped
            sources.csv: does not describe source "nowhere", which 1 indicator(s) name; they are shown without its citation
        "#]],
    );
}

/// The text of a committed `data/` file.
pub(crate) fn data_file(name: &str) -> Result<String, String> {
    let path = format!("{}/../data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))
}

#[test]
fn the_committed_data_loads_without_problems() {
    let (loaded, report) = load(data_file);
    let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems, Vec::<String>::new());
    assert!(loaded.map.shapes.len() > 200);
    for indicator in loaded.dataset.indicator_ids() {
        if loaded.dataset[indicator].survey.is_none() {
            let file = series_file(&loaded.dataset[indicator].id);
            let (_, report) = load_series(&loaded.dataset, indicator, data_file(&file));
            assert!(report.is_clean(), "{file}: {report:?}");
        }
    }
}

#[test]
fn a_paths_box_is_the_one_the_pipeline_wrote_for_every_committed_shape() {
    let (loaded, report) = load(data_file);
    assert!(report.is_clean() && loaded.map.shapes.len() > 200);
    for shape in &loaded.map.shapes {
        assert_eq!(path_bbox(&shape.path), Some(shape.bbox), "{}", shape.iso3);
    }
}

#[test]
fn a_paths_box_covers_every_ring_and_no_box_is_made_of_a_broken_path() {
    // Two rings: the second starts 10 right of the first's start (where "z" leaves the pen).
    assert_eq!(path_bbox("M5 5l3 4-1-6zm10 0l2 2z"), Some([5, 3, 12, 6]));
    assert_eq!(path_bbox("M0 0l0 0z"), Some([0, 0, 0, 0]));
    for broken in ["", "5 5l1 1z", "M5 5l1 1", "M5 5l1z", "M5 5l1 1z<"] {
        assert_eq!(path_bbox(broken), None, "{broken:?}");
    }
}
