//! Yearly numeric context indicators (WDI, Gapminder, UN EGDI, ITU IDI, WEF NRI): each source is read
//! by its own module into rows keyed by ISO3, then merged here (duplicates, the country table),
//! rounded, and written by `write`.

pub mod catalogue;
mod decimal;
mod egov;
mod encoding;
mod gapminder;
mod itu;
mod names;
pub mod sources;
mod wdi;
mod wef;
pub mod write;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use catalogue::{indicator, Indicator};
use decimal::round_decimal;
use names::Names;

/// One value as read: series id, ISO3, year, the raw decimal text, and where it was read.
pub struct Row {
    pub series: &'static str,
    pub country: String,
    pub year: u16,
    pub value: String,
    pub at: String,
}

/// What a source module read: rows, values dropped on reading, and notes for the pipeline's output.
#[derive(Default)]
pub struct Harvest {
    pub rows: Vec<Row>,
    /// Values of aggregate rows (regions, income groups), by series.
    pub aggregate: BTreeMap<&'static str, usize>,
    /// Empty cells, by series.
    pub empty: BTreeMap<&'static str, usize>,
    pub notes: Vec<String>,
}

impl Harvest {
    fn extend(&mut self, other: Harvest) {
        self.rows.extend(other.rows);
        for (series, count) in other.aggregate {
            *self.aggregate.entry(series).or_default() += count;
        }
        for (series, count) in other.empty {
            *self.empty.entry(series).or_default() += count;
        }
        self.notes.extend(other.notes);
    }
}

/// Counts of one series' values, kept and dropped by reason.
#[derive(Default, Clone, Debug, PartialEq)]
pub struct Tally {
    pub kept: usize,
    pub aggregate: usize,
    pub empty: usize,
    pub not_in_table: usize,
    pub duplicate: usize,
    /// Values of years before [`FIRST_YEAR`].
    pub before_first_year: usize,
}

/// The first year kept. Readiness for digital health is a question of this century, and the years
/// before it (back to 1960 for population, GDP and life expectancy) would double the size of the
/// series files, which the offline copy carries whole.
pub const FIRST_YEAR: u16 = 2000;

/// One indicator, ready to write: values rounded, sorted by country then year.
pub struct Series {
    pub indicator: &'static Indicator,
    pub values: Vec<(String, u16, String)>,
    pub tally: Tally,
}

/// Everything the context pipeline produces.
pub struct Context {
    pub series: Vec<Series>,
    /// ISO3 codes dropped because the country table lacks them.
    pub not_in_table: BTreeSet<String>,
    pub notes: Vec<String>,
    /// The source's full definition of each series, where it ships one, by series id.
    pub definitions: BTreeMap<&'static str, String>,
}

pub fn read(repo: &Path, raw: &Path, countries: &BTreeSet<String>) -> Result<Context, String> {
    let names = Names::read(repo, raw)?;
    let mut harvest = Harvest::default();
    harvest.extend(wdi::read(raw)?);
    harvest.extend(gapminder::read(raw)?);
    harvest.extend(egov::read(raw, &names)?);
    harvest.extend(itu::read(raw, &names)?);
    harvest.extend(wef::read(raw)?);
    let mut definitions = wdi::definitions(raw)?;
    definitions.extend(gapminder::definitions(raw)?);
    let (series, not_in_table) = merge(harvest.rows, countries)?;
    let series = catalogue::INDICATORS
        .iter()
        .map(|indicator| {
            let (values, mut tally) = series.get(indicator.id).cloned().unwrap_or_default();
            tally.aggregate = harvest.aggregate.get(indicator.id).copied().unwrap_or(0);
            tally.empty = harvest.empty.get(indicator.id).copied().unwrap_or(0);
            if values.is_empty() {
                return Err(format!("{}: no values were read", indicator.id));
            }
            Ok(Series {
                indicator,
                values,
                tally,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Context {
        series,
        not_in_table,
        notes: harvest.notes,
        definitions,
    })
}

type Merged = BTreeMap<&'static str, (Vec<(String, u16, String)>, Tally)>;

/// Rows by series: identical duplicates dropped and counted, conflicting ones fail naming both places;
/// codes outside the country table dropped and counted; values rounded to the series' decimals.
fn merge(
    mut rows: Vec<Row>,
    countries: &BTreeSet<String>,
) -> Result<(Merged, BTreeSet<String>), String> {
    rows.sort_by(|a, b| (a.series, &a.country, a.year).cmp(&(b.series, &b.country, b.year)));
    let mut merged: Merged = BTreeMap::new();
    let mut not_in_table = BTreeSet::new();
    let mut previous: Option<&Row> = None;
    for row in &rows {
        let indicator = indicator(row.series).ok_or_else(|| {
            format!(
                "{}: series \"{}\" is not in the catalogue",
                row.at, row.series
            )
        })?;
        let (values, tally) = merged.entry(indicator.id).or_default();
        if let Some(previous) = previous
            .filter(|p| (p.series, &p.country, p.year) == (row.series, &row.country, row.year))
        {
            if previous.value != row.value {
                return Err(format!(
                    "{} {} {}: {} gives \"{}\" but {} gives \"{}\"",
                    row.series,
                    row.country,
                    row.year,
                    previous.at,
                    previous.value,
                    row.at,
                    row.value
                ));
            }
            tally.duplicate += 1;
            continue;
        }
        previous = Some(row);
        if row.year < FIRST_YEAR {
            tally.before_first_year += 1;
            continue;
        }
        if !countries.contains(&row.country) {
            tally.not_in_table += 1;
            not_in_table.insert(row.country.clone());
            continue;
        }
        let value = round_decimal(&row.value, indicator.decimals)
            .map_err(|e| format!("{}: {}: {e}", row.at, row.series))?;
        values.push((row.country.clone(), row.year, value));
        tally.kept += 1;
    }
    Ok((merged, not_in_table))
}

/// The position of column `name` in a raw file's header, or an error naming the file and the column.
pub(crate) fn column_index(
    headers: &csv::StringRecord,
    file: &str,
    name: &str,
) -> Result<usize, String> {
    headers
        .iter()
        .position(|h| h == name)
        .ok_or_else(|| format!("{file}: line 1: no column \"{name}\""))
}

/// A reader's result as the readers' tests print it: one row a line, then the empty cells by series.
#[cfg(test)]
pub(crate) fn show(result: Result<Harvest, String>) -> String {
    match result {
        Ok(harvest) => {
            let rows: Vec<String> = harvest
                .rows
                .iter()
                .map(|r| format!("{} {} {} ({})", r.country, r.year, r.value, r.at))
                .collect();
            format!("{}\nempty {:?}", rows.join("\n"), harvest.empty)
        }
        Err(message) => format!("error: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// Rows as `series country year value`, one a line; the country table is ABC and DEF.
    fn check(input: &str, expect: Expect) {
        let rows = input
            .lines()
            .enumerate()
            .map(|(line, text)| {
                let cells: Vec<&str> = text.split_whitespace().collect();
                Row {
                    series: indicator(cells[0]).map(|i| i.id).unwrap_or("unknown"),
                    country: cells[1].to_string(),
                    year: cells[2].parse().unwrap_or(0),
                    value: cells[3].to_string(),
                    at: format!("f.csv line {}", line + 1),
                }
            })
            .collect();
        let countries = ["ABC", "DEF"].map(str::to_string).into_iter().collect();
        let actual = match merge(rows, &countries) {
            Ok((merged, dropped)) => format!("{merged:?}\nnot in table: {dropped:?}"),
            Err(message) => format!("error: {message}"),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn values_are_rounded_and_sorted() {
        check(
            "egdi DEF 2003 0.12345\negdi ABC 2004 0.5\negdi ABC 2003 0.69651",
            expect![[r#"
                {"egdi": ([("ABC", 2003, "0.6965"), ("ABC", 2004, "0.5000"), ("DEF", 2003, "0.1235")], Tally { kept: 3, aggregate: 0, empty: 0, not_in_table: 0, duplicate: 0, before_first_year: 0 })}
                not in table: {}"#]],
        );
    }

    #[test]
    fn identical_duplicates_are_counted_once() {
        check(
            "egdi ABC 2003 0.69651\negdi ABC 2003 0.69651",
            expect![[r#"
                {"egdi": ([("ABC", 2003, "0.6965")], Tally { kept: 1, aggregate: 0, empty: 0, not_in_table: 0, duplicate: 1, before_first_year: 0 })}
                not in table: {}"#]],
        );
    }

    #[test]
    fn conflicting_duplicates_fail() {
        check(
            "egdi ABC 2003 0.69651\negdi ABC 2003 0.7",
            expect![[
                r#"error: egdi ABC 2003: f.csv line 1 gives "0.69651" but f.csv line 2 gives "0.7""#
            ]],
        );
    }

    #[test]
    fn codes_outside_the_country_table_are_dropped() {
        check(
            "population CHI 2020 170000\npopulation ABC 2020 5",
            expect![[r#"
                {"population": ([("ABC", 2020, "5")], Tally { kept: 1, aggregate: 0, empty: 0, not_in_table: 1, duplicate: 0, before_first_year: 0 })}
                not in table: {"CHI"}"#]],
        );
    }

    #[test]
    fn text_that_is_not_a_number_fails() {
        check(
            "population ABC 2020 1,000",
            expect![[r#"error: f.csv line 1: population: "1,000" is not a decimal number"#]],
        );
    }
}
