//! The index's structure, read from `data/index.csv`: which indicators it uses, the domain (building
//! block) of each, its direction and transform, and one line saying why; also the indicators it
//! deliberately leaves out, each with its reason. The methodology text is written from this file, so
//! method and text cannot drift. The file holds no figure about any country.

use crate::load::survey::{listed_twice, not_a};
use crate::load::table::{read_table, Fault, Row, Spec};
use crate::load::{Code, IndexMismatch, Kind, LoadReport, Rows, Shown, Thing};
use crate::model::{BuildingBlock, Dataset, IndicatorId, Measure};

/// The configuration file, beside the other `data/` files.
pub const INDEX_FILE: &str = "index.csv";

/// Its header; every column is required.
pub const INDEX_COLUMNS: [&str; 6] = [
    "indicator",
    "domain",
    "direction",
    "transform",
    "use",
    "rationale",
];

/// Which way an indicator points. It must agree with the catalogue (`higher_is_better` of a series;
/// "Yes" is always the more ready answer of a survey question), so the file cannot contradict the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// More is more ready (`higher`).
    Higher,
    /// Less is more ready (`lower`): the value is negated before normalisation.
    Lower,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
        }
    }

    pub fn from_code(code: &str) -> Option<Direction> {
        [Direction::Higher, Direction::Lower]
            .into_iter()
            .find(|d| d.code() == code)
    }
}

/// What is done to a number before it is normalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transform {
    /// The value as published (`none`).
    None,
    /// `ln(1 + x)` (`log`), for right-skewed series such as spending or staff per 1,000 people: the
    /// `1 +` keeps a published zero. A value of -1 or less has no logarithm and counts as missing.
    Log,
}

impl Transform {
    pub fn code(self) -> &'static str {
        match self {
            Transform::None => "none",
            Transform::Log => "log",
        }
    }

    pub fn from_code(code: &str) -> Option<Transform> {
        [Transform::None, Transform::Log]
            .into_iter()
            .find(|t| t.code() == code)
    }
}

/// One row of `index.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub indicator: IndicatorId,
    pub domain: BuildingBlock,
    pub direction: Direction,
    pub transform: Transform,
    /// `use` column: `yes` scores the indicator; `no` lists it as deliberately left out, with its reason.
    pub used: bool,
    /// One line: why the indicator belongs to its domain, or why it is left out.
    pub rationale: String,
}

/// The index's structure. Entries keep the file's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexConfig {
    pub entries: Vec<Entry>,
}

impl IndexConfig {
    /// The entries that are scored.
    pub fn used(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.used)
    }

    /// The series whose values the index needs: the page loads each file before computing the index
    /// (series values are not on the first view).
    pub fn series_needed(&self, dataset: &Dataset) -> Vec<IndicatorId> {
        self.used()
            .filter(|e| dataset[e.indicator].measure.number().is_some())
            .map(|e| e.indicator)
            .collect()
    }
}

/// Reads `index.csv` against the dataset's catalogue. Never fails: a row it cannot use is reported
/// with its line and skipped, like every other `data/` file.
pub fn parse_config(text: &str, dataset: &Dataset, report: &mut LoadReport) -> IndexConfig {
    let spec = Spec {
        file: INDEX_FILE,
        columns: &INDEX_COLUMNS,
        key: Some("indicator"),
        rows: Rows::Answers,
    };
    let parse = |row: &Row| {
        let id = row.required("indicator")?;
        let indicator = dataset.indicator(id).ok_or_else(|| {
            Fault::field(
                "indicator",
                Kind::Unknown {
                    thing: Thing::Indicator,
                    key: Shown::new(id),
                },
            )
        })?;
        let mismatch = |mismatch| {
            Fault::row(Kind::IndexMismatch {
                indicator: Shown::new(id),
                mismatch,
            })
        };
        let measure = &dataset[indicator].measure;
        if !matches!(measure, Measure::Answer | Measure::Number(_)) {
            return Err(mismatch(IndexMismatch::NotScorable));
        }
        let code = row.required("domain")?;
        let domain = BuildingBlock::from_code(code)
            .ok_or_else(|| not_a("domain", code, Code::BuildingBlock))?;
        if let Some(block) = dataset[indicator].building_block.filter(|&b| b != domain) {
            return Err(mismatch(IndexMismatch::Domain {
                catalogue: block.code(),
            }));
        }
        let code = row.required("direction")?;
        let direction =
            Direction::from_code(code).ok_or_else(|| not_a("direction", code, Code::Direction))?;
        let catalogue = match measure.number() {
            Some(format) if !format.higher_is_better => Direction::Lower,
            _ => Direction::Higher,
        };
        if direction != catalogue {
            return Err(mismatch(IndexMismatch::Direction {
                catalogue: catalogue.code(),
            }));
        }
        let code = row.required("transform")?;
        let transform =
            Transform::from_code(code).ok_or_else(|| not_a("transform", code, Code::Transform))?;
        if transform == Transform::Log && measure.number().is_none() {
            return Err(mismatch(IndexMismatch::LogOfAnswer));
        }
        let used = match row.required("use")? {
            "yes" => true,
            "no" => false,
            other => return Err(not_a("use", other, Code::YesOrNo)),
        };
        Ok(Entry {
            indicator,
            domain,
            direction,
            transform,
            used,
            rationale: row.required("rationale")?.to_string(),
        })
    };
    let mut seen: Vec<IndicatorId> = Vec::new();
    let claim = |entry: &Entry| {
        if seen.contains(&entry.indicator) {
            return Err(listed_twice(Thing::Indicator, &dataset[entry.indicator].id));
        }
        seen.push(entry.indicator);
        Ok(())
    };
    let entries = read_table(&spec, text, report, parse, claim).rows;
    IndexConfig { entries }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture_with_series;
    use expect_test::{expect, Expect};

    const HEADER: &str = "indicator,domain,direction,transform,use,rationale\n";

    /// Parses `rows` against the fixture and prints each entry kept, then each problem.
    fn check(rows: &str, expect: Expect) {
        let dataset = fixture_with_series().dataset;
        let mut report = LoadReport::default();
        let config = parse_config(&format!("{HEADER}{rows}"), &dataset, &mut report);
        let mut out = String::new();
        for e in &config.entries {
            out += &format!(
                "{} {} {} {} used={} | {}\n",
                dataset[e.indicator].id,
                e.domain.code(),
                e.direction.code(),
                e.transform.code(),
                e.used,
                e.rationale
            );
        }
        for p in &report.problems {
            out += &format!("{p}\n");
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn good_rows_are_kept_in_file_order() {
        check(
            "internet_users,infrastructure,higher,log,yes,Reach.\nehealth_policy,strategy_investment,higher,none,no,\"A plan, not yet scored.\"\n",
            expect![[r#"
                internet_users infrastructure higher log used=true | Reach.
                ehealth_policy strategy_investment higher none used=false | A plan, not yet scored.
            "#]],
        );
    }

    #[test]
    fn every_bad_row_is_reported_with_its_line() {
        check(
            "blockchain,infrastructure,higher,none,yes,x\n\
             teleradiology_level,services_applications,higher,none,yes,x\n\
             internet_users,workforce,higher,none,yes,x\n\
             internet_users,infrastructure,lower,none,yes,x\n\
             internet_users,infrastructure,up,none,yes,x\n\
             internet_users,infrastructure,higher,sqrt,yes,x\n\
             ehealth_policy,strategy_investment,higher,log,yes,x\n\
             ehealth_policy,roads,higher,none,yes,x\n\
             ehealth_policy,strategy_investment,higher,none,maybe,x\n\
             ehealth_policy,strategy_investment,higher,none,yes,\n\
             ehealth_policy,strategy_investment,higher,none,yes,ok\n\
             ehealth_policy,strategy_investment,higher,none,yes,again\n",
            expect![[r#"
                ehealth_policy strategy_investment higher none used=true | ok
                index.csv: line 2: field "indicator": unknown indicator "blockchain"; row skipped
                index.csv: line 3: "teleradiology_level" is neither a yes/no question nor a number, so it cannot be scored; row skipped
                index.csv: line 4: puts "internet_users" in another building block than its catalogue (infrastructure); row skipped
                index.csv: line 5: gives "internet_users" another direction than its catalogue (higher); row skipped
                index.csv: line 6: field "direction": "up" is not higher or lower; row skipped
                index.csv: line 7: field "transform": "sqrt" is not none or log; row skipped
                index.csv: line 8: "ehealth_policy" is a yes/no question and cannot be logged; row skipped
                index.csv: line 9: field "domain": "roads" is not a building block; row skipped
                index.csv: line 10: field "use": "maybe" is not yes or no; row skipped
                index.csv: line 11: field "rationale" is empty; row skipped
                index.csv: line 13: indicator "ehealth_policy" is listed twice (the first is kept); row skipped
            "#]],
        );
    }

    #[test]
    fn the_series_needed_are_the_used_numbers() {
        let dataset = fixture_with_series().dataset;
        let mut report = LoadReport::default();
        let text = format!("{HEADER}internet_users,infrastructure,higher,none,yes,x\nehealth_policy,strategy_investment,higher,none,yes,x\n");
        let config = parse_config(&text, &dataset, &mut report);
        let needed: Vec<&str> = config
            .series_needed(&dataset)
            .into_iter()
            .map(|i| dataset[i].id.as_str())
            .collect();
        assert_eq!(needed, ["internet_users"]);
    }
}
