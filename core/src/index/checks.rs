//! The external check as the page shows it: `data/index_checks.csv`, which the pipeline writes (the
//! index with default settings against published composites, by Spearman's ρ). Read, never recomputed
//! in the page, so that the page shows exactly the figures the pipeline verified.

use crate::load::table::{read_table, Fault, Row, Spec};
use crate::load::{Kind, LoadReport, Rows, Shown, Thing};
use crate::model::{Dataset, IndicatorId};
use crate::number::Decimal;

/// The file, beside the other `data/` files.
pub const CHECKS_FILE: &str = "index_checks.csv";

/// Its header; every column is required.
pub const CHECK_COLUMNS: [&str; 4] = ["benchmark", "year", "n", "spearman"];

/// Decimals of ρ in the file.
const RHO_DECIMALS: u8 = 3;

/// One published composite compared with the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Check {
    /// The composite's series in the catalogue (its label names it).
    pub benchmark: IndicatorId,
    /// The composite's edition.
    pub year: u16,
    /// Countries with both a score and the composite's value.
    pub n: u32,
    /// Spearman's ρ, exact as written.
    pub spearman: Decimal,
}

/// Reads `index_checks.csv`. Never fails: a row it cannot use is reported with its line and skipped.
pub fn parse_checks(text: &str, dataset: &Dataset, report: &mut LoadReport) -> Vec<Check> {
    let spec = Spec {
        file: CHECKS_FILE,
        columns: &CHECK_COLUMNS,
        key: Some("benchmark"),
        rows: Rows::Answers,
    };
    let parse = |row: &Row| {
        let id = row.required("benchmark")?;
        let benchmark = dataset.indicator(id).ok_or_else(|| {
            Fault::field(
                "benchmark",
                Kind::Unknown {
                    thing: Thing::Indicator,
                    key: Shown::new(id),
                },
            )
        })?;
        let text = row.required("spearman")?;
        let spearman = Decimal::parse(text, RHO_DECIMALS).map_err(|_| {
            Fault::field(
                "spearman",
                Kind::NotANumber {
                    value: Shown::new(text),
                },
            )
        })?;
        Ok(Check {
            benchmark,
            year: row.number("year")?,
            n: row.number("n")?,
            spearman,
        })
    };
    read_table(&spec, text, report, parse, |_| Ok(())).rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture_with_series;
    use expect_test::{expect, Expect};

    /// Parses `rows` against the fixture and prints each check kept, then each problem.
    fn check(rows: &str, expect: Expect) {
        let dataset = fixture_with_series().dataset;
        let mut report = LoadReport::default();
        let text = format!("{}\n{rows}", CHECK_COLUMNS.join(","));
        let mut out = String::new();
        for c in parse_checks(&text, &dataset, &mut report) {
            out += &format!(
                "{} {} n={} rho={}\n",
                dataset[c.benchmark].id,
                c.year,
                c.n,
                c.spearman.plain()
            );
        }
        for p in &report.problems {
            out += &format!("{p}\n");
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn rows_are_kept_and_bad_ones_reported() {
        check(
            "internet_users,2015,107,0.672\nblockchain,2015,9,0.5\ninternet_users,2016,99,high\ninternet_users,2016,-3,0.1\n",
            expect![[r#"
                internet_users 2015 n=107 rho=0.672
                index_checks.csv: line 3: field "benchmark": unknown indicator "blockchain"; row skipped
                index_checks.csv: line 4: field "spearman": "high" is not a valid number; row skipped
                index_checks.csv: line 5: field "n": "-3" is not a valid number; row skipped
            "#]],
        );
    }
}
