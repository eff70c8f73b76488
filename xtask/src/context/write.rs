//! The context files of `data/`: `sources.csv`, `series.csv`, one `series/<id>.csv` per indicator,
//! and the per-indicator table the pipeline prints.

use readiness_core::load::{SERIES_COLUMNS, SERIES_VALUE_COLUMNS, SOURCE_COLUMNS};

use super::sources::SOURCES;
use super::Series;
use crate::pipeline::{csv_writer, finish};

pub fn sources_csv() -> Result<String, String> {
    let mut out = csv_writer();
    out.write_record(SOURCE_COLUMNS)
        .map_err(|e| e.to_string())?;
    for s in &SOURCES {
        out.write_record([
            s.id,
            s.title,
            s.publisher,
            s.licence,
            s.citation,
            s.url,
            s.denominator,
        ])
        .map_err(|e| e.to_string())?;
    }
    finish(out)
}

pub fn series_csv(series: &[Series]) -> Result<String, String> {
    let mut out = csv_writer();
    out.write_record(SERIES_COLUMNS)
        .map_err(|e| e.to_string())?;
    for s in series {
        let i = s.indicator;
        out.write_record([
            i.id,
            i.label,
            i.definition,
            i.unit,
            &i.decimals.to_string(),
            if i.higher_is_better { "true" } else { "false" },
            i.block.map_or("", |b| b.code()),
            i.source,
            &years(s)
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(" "),
        ])
        .map_err(|e| e.to_string())?;
    }
    finish(out)
}

/// `country,year,value`, sorted by country then year (the merge sorted them).
pub fn values_csv(series: &Series) -> Result<String, String> {
    let mut out = csv_writer();
    out.write_record(SERIES_VALUE_COLUMNS)
        .map_err(|e| e.to_string())?;
    for (country, year, value) in &series.values {
        out.write_record([country.as_str(), &year.to_string(), value])
            .map_err(|e| e.to_string())?;
    }
    finish(out)
}

/// Years with at least one value, ascending.
pub fn years(series: &Series) -> Vec<u16> {
    let mut years: Vec<u16> = series.values.iter().map(|(_, year, _)| *year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The per-indicator table of kept and dropped values the pipeline prints.
pub fn report(series: &[Series]) -> String {
    let mut lines = vec![format!(
        "{:<26} {:>9} {:>5} {:>5} {:>6} {:>9} {:>6} {:>8} {:>12} {:>9} {:>9}",
        "indicator",
        "countries",
        "first",
        "last",
        "kept",
        "aggregate",
        "empty",
        "unmapped",
        "not_in_table",
        "duplicate",
        "pre_2000"
    )];
    for s in series {
        let years = years(s);
        let mut countries: Vec<&str> = s.values.iter().map(|(c, _, _)| c.as_str()).collect();
        countries.dedup();
        let t = &s.tally;
        lines.push(format!(
            "{:<26} {:>9} {:>5} {:>5} {:>6} {:>9} {:>6} {:>8} {:>12} {:>9} {:>9}",
            s.indicator.id,
            countries.len(),
            years.first().copied().unwrap_or(0),
            years.last().copied().unwrap_or(0),
            t.kept,
            t.aggregate,
            t.empty,
            0,
            t.not_in_table,
            t.duplicate,
            t.before_first_year
        ));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::catalogue::indicator;
    use crate::context::Tally;
    use expect_test::{expect, Expect};

    fn sample() -> Series {
        Series {
            indicator: indicator("uhc_index").expect("catalogued"),
            values: vec![
                ("ABW".to_string(), 2017, "70".to_string()),
                ("ABW".to_string(), 2021, "72".to_string()),
                ("KEN".to_string(), 2000, "40".to_string()),
            ],
            tally: Tally {
                kept: 3,
                aggregate: 5,
                ..Tally::default()
            },
        }
    }

    fn check(actual: String, expect: Expect) {
        expect.assert_eq(&actual);
    }

    #[test]
    fn series_row_lists_years_with_a_value() {
        check(
            series_csv(&[sample()]).unwrap_or_else(|e| e),
            expect![[r#"
                id,label,definition,unit,decimals,higher_is_better,building_block,source,years
                uhc_index,UHC service coverage index,"WHO index of coverage of essential health services (14 tracer indicators), 0 to 100.","index, 0–100",0,true,,wb-wdi,2000 2017 2021
            "#]],
        );
    }

    #[test]
    fn values_file_is_tidy() {
        check(
            values_csv(&sample()).unwrap_or_else(|e| e),
            expect![[r#"
                country,year,value
                ABW,2017,70
                ABW,2021,72
                KEN,2000,40
            "#]],
        );
    }

    #[test]
    fn report_counts_countries_and_years() {
        check(
            report(&[sample()]),
            expect![[r#"
                indicator                  countries first  last   kept aggregate  empty unmapped not_in_table duplicate  pre_2000
                uhc_index                          2  2000  2021      3         5      0        0            0         0         0"#]],
        );
    }
}
