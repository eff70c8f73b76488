//! The composite index's external check: the index with default settings, computed from the `data/`
//! files the pipeline has just built, against three published composites, by Spearman's rank
//! correlation. Written to `data/index_checks.csv`, so no correlation is ever typed by hand. The
//! structure file `data/index.csv` is checked here too: any row the core loader would skip stops the
//! pipeline.

use std::collections::BTreeMap;

use readiness_core::index::{index, parse_config, spearman, IndexConfig, Settings};
use readiness_core::load::{load, load_series, series_file, LoadReport};
use readiness_core::model::{Dataset, Value};

/// The generated file and its header.
pub const CHECKS_FILE: &str = "index_checks.csv";
pub const CHECK_COLUMNS: [&str; 4] = ["benchmark", "year", "n", "spearman"];

/// Each benchmark's series id and edition: the editions nearest the survey year (the E-Government
/// Survey is biennial: 2016, published the year after the 2015 survey).
pub const BENCHMARKS: [(&str, u16); 3] = [
    ("ict_development_index", 2015),
    ("networked_readiness_index", 2015),
    ("egdi", 2016),
];

/// The text of `index_checks.csv`, from the built `files` of `data/` and the text of `index.csv`.
pub fn index_checks_csv(
    files: &BTreeMap<String, String>,
    config_text: &str,
) -> Result<String, String> {
    let read = |name: &str| {
        files
            .get(name)
            .cloned()
            .ok_or_else(|| format!("{name} was not built"))
    };
    let (loaded, report) = load(read);
    fail_on(&report)?;
    let mut dataset = loaded.dataset;
    let mut report = LoadReport::default();
    let config = parse_config(config_text, &dataset, &mut report);
    fail_on(&report)?;
    dataset = with_series(dataset, &config, files)?;
    let settings = Settings::default();
    let result = index(&dataset, &config, &settings);
    let scored = result
        .countries
        .iter()
        .filter(|c| c.score.is_some())
        .count();
    eprintln!(
        "index: {} indicators used, {scored} countries scored with the default settings",
        config.used().count()
    );
    for left in &result.left_out {
        eprintln!(
            "index: {} left out ({:?})",
            dataset[left.indicator].id, left.reason
        );
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CHECK_COLUMNS).map_err(|e| e.to_string())?;
    for (id, year) in BENCHMARKS {
        let benchmark = dataset
            .indicator(id)
            .ok_or_else(|| format!("index check: series {id} is not in series.csv"))?;
        let pairs: Vec<(f64, f64)> = result
            .countries
            .iter()
            .filter_map(|c| {
                let score = c.score?;
                match &dataset.value(c.country, benchmark, year)?.value {
                    Value::Number(d) => Some((score, d.to_f64())),
                    _ => None,
                }
            })
            .collect();
        let correlation = spearman(&pairs)
            .ok_or_else(|| format!("index check: too few countries with {id} {year}"))?;
        // Rounded to three decimals; `+ 0.0` turns a negative zero into zero.
        let rho = format!("{:.3}", correlation.rho + 0.0);
        eprintln!(
            "index check: {id} {year}: n = {}, rho = {rho}",
            correlation.n
        );
        out.write_record([id, &year.to_string(), &correlation.n.to_string(), &rho])
            .map_err(|e| e.to_string())?;
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The dataset with the values of every series the index uses and of the benchmarks, from the built
/// files.
fn with_series(
    mut dataset: Dataset,
    config: &IndexConfig,
    files: &BTreeMap<String, String>,
) -> Result<Dataset, String> {
    let mut needed = config.series_needed(&dataset);
    for (id, _) in BENCHMARKS {
        needed.extend(dataset.indicator(id));
    }
    for indicator in needed {
        let file = series_file(&dataset[indicator].id);
        let text = files
            .get(&file)
            .cloned()
            .ok_or_else(|| format!("{file} was not built"));
        let (next, report) = load_series(&dataset, indicator, text);
        fail_on(&report)?;
        dataset = next;
    }
    Ok(dataset)
}

fn fail_on(report: &LoadReport) -> Result<(), String> {
    if report.is_clean() {
        Ok(())
    } else {
        let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        Err(format!("index: {}", problems.join("; ")))
    }
}
