//! World Bank WDI per-indicator downloads: wide CSV (one column per year) after 4 preamble lines, with
//! a BOM and a trailing comma on every line, aggregates (regions, income groups) mixed in with the
//! economies. The country metadata file tells them apart: an aggregate has no region.

use std::collections::BTreeMap;
use std::path::Path;

use super::catalogue::INDICATORS;
use super::Harvest;

pub const SOURCE: &str = "wb-wdi";
const METADATA: &str = "Metadata_Country_2026-07-13.csv";
const PREAMBLE_LINES: usize = 4;
/// Groups that the downloads of 2023–2025 still carry but the 2026-07 metadata file no longer lists:
/// "Fragile and conflict affected situations" and "Not classified".
const AGGREGATES_NOT_IN_METADATA: [&str; 2] = ["FCS", "INX"];

pub fn read(raw: &Path) -> Result<Harvest, String> {
    let economies = economies(&read_text(raw, METADATA)?)?;
    let mut harvest = Harvest::default();
    for indicator in INDICATORS.iter().filter(|i| i.source == SOURCE) {
        let file = format!("{}.csv", indicator.code);
        let text = read_text(raw, &file)?;
        harvest.extend(parse_wide(&file, &text, indicator.id, &economies)?);
    }
    Ok(harvest)
}

/// The source note of each WDI series' `Metadata_Indicator` file, where the download has one.
pub fn definitions(raw: &Path) -> Result<BTreeMap<&'static str, String>, String> {
    let mut definitions = BTreeMap::new();
    for indicator in INDICATORS.iter().filter(|i| i.source == SOURCE) {
        let file = format!("{}.Metadata_Indicator.csv", indicator.code);
        if !raw.join("worldbank_wdi").join(&file).exists() {
            continue;
        }
        let text = read_text(raw, &file)?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let record = reader
            .records()
            .next()
            .ok_or_else(|| format!("{file}: no row"))?
            .map_err(|e| format!("{file}: {e}"))?;
        let (name, note) = (record.get(1).unwrap_or(""), record.get(2).unwrap_or(""));
        definitions.insert(indicator.id, format!("{name}: {}", note.trim()));
    }
    Ok(definitions)
}

fn read_text(raw: &Path, file: &str) -> Result<String, String> {
    let path = raw.join("worldbank_wdi").join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}

/// Whether each code of the metadata file is an economy (it has a region) or an aggregate.
fn economies(text: &str) -> Result<BTreeMap<String, bool>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut economies: BTreeMap<String, bool> = AGGREGATES_NOT_IN_METADATA
        .iter()
        .map(|code| (code.to_string(), false))
        .collect();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{METADATA}: {e}"))?;
        economies.insert(record[0].to_string(), !record[1].is_empty());
    }
    Ok(economies)
}

fn parse_wide(
    file: &str,
    text: &str,
    series: &'static str,
    economies: &BTreeMap<String, bool>,
) -> Result<Harvest, String> {
    if !text.starts_with("\"Data Source\"") {
        return Err(format!(
            "{file}: line 1 is not the WDI preamble \"Data Source\",…"
        ));
    }
    // Half the downloads end lines with CRLF, for which the csv crate reports record lines one short.
    let body: String = text
        .replace("\r\n", "\n")
        .split_inclusive('\n')
        .skip(PREAMBLE_LINES)
        .collect();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(body.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("{file}: {e}"))?
        .clone();
    if headers.get(1) != Some("Country Code") {
        return Err(format!(
            "{file}: line {}: expected the header \"Country Name\",\"Country Code\",…",
            PREAMBLE_LINES + 1
        ));
    }
    // Year columns start after name, code, indicator name and code; the trailing comma adds an empty one.
    let years = headers
        .iter()
        .skip(4)
        .filter(|h| !h.is_empty())
        .map(|h| {
            h.parse::<u16>()
                .map_err(|_| format!("{file}: header \"{h}\" is not a year"))
        })
        .collect::<Result<Vec<u16>, String>>()?;
    let mut harvest = Harvest::default();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{file}: {e}"))?;
        let line = record.position().map_or(0, |p| p.line()) as usize + PREAMBLE_LINES;
        let code = &record[1];
        let is_economy = *economies
            .get(code)
            .ok_or_else(|| format!("{file}: line {line}: code \"{code}\" is not in {METADATA}"))?;
        for (&year, value) in years.iter().zip(record.iter().skip(4)) {
            if !is_economy {
                if !value.is_empty() {
                    *harvest.aggregate.entry(series).or_default() += 1;
                }
            } else if value.is_empty() {
                *harvest.empty.entry(series).or_default() += 1;
            } else {
                harvest.rows.push(super::Row {
                    series,
                    country: code.to_string(),
                    year,
                    value: value.to_string(),
                    at: format!("{file} line {line}"),
                });
            }
        }
    }
    Ok(harvest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    const METADATA_SAMPLE: &str = "\"Country Code\",\"Region\",\"IncomeGroup\",\"SpecialNotes\",\"TableName\",\n\"ABW\",\"Latin America & Caribbean\",\"High income\",\"\",\"Aruba\",\n\"AFE\",\"\",\"\",\"26 countries,\nover two lines\",\"Africa Eastern and Southern\",\n";

    fn check(text: &str, expect: Expect) {
        let text = text.trim_start_matches('\u{feff}');
        let actual = match economies(METADATA_SAMPLE)
            .and_then(|e| parse_wide("X.csv", text, "population", &e))
        {
            Ok(harvest) => {
                let rows: Vec<String> = harvest
                    .rows
                    .iter()
                    .map(|r| format!("{} {} {} ({})", r.country, r.year, r.value, r.at))
                    .collect();
                format!(
                    "{}\naggregate {:?} empty {:?}",
                    rows.join("\n"),
                    harvest.aggregate,
                    harvest.empty
                )
            }
            Err(message) => format!("error: {message}"),
        };
        expect.assert_eq(&actual);
    }

    const PREAMBLE: &str = "\u{feff}\"Data Source\",\"World Development Indicators\",\r\n\r\n\"Last Updated Date\",\"2025-04-15\",\r\n\r\n";

    #[test]
    fn economies_are_kept_and_aggregates_counted() {
        check(
            &format!("{PREAMBLE}\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2000\",\"2001\",\r\n\"Aruba\",\"ABW\",\"Population, total\",\"SP.POP.TOTL\",\"90853\",\"\",\r\n\"Africa Eastern and Southern\",\"AFE\",\"Population, total\",\"SP.POP.TOTL\",\"1\",\"2\",\r\n"),
            expect![[r#"
                ABW 2000 90853 (X.csv line 6)
                aggregate {"population": 2} empty {"population": 1}"#]],
        );
    }

    #[test]
    fn listed_group_missing_from_the_metadata_is_an_aggregate() {
        check(
            &format!("{PREAMBLE}\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2000\",\n\"Fragile and conflict affected situations\",\"FCS\",\"x\",\"y\",\"3\",\n"),
            expect![[r#"
                
                aggregate {"population": 1} empty {}"#]],
        );
    }

    #[test]
    fn code_missing_from_the_metadata_fails() {
        check(
            &format!("{PREAMBLE}\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2000\",\n\"Somewhere\",\"ZZZ\",\"x\",\"y\",\"\",\n"),
            expect![[r#"error: X.csv: line 6: code "ZZZ" is not in Metadata_Country_2026-07-13.csv"#]],
        );
    }

    #[test]
    fn missing_preamble_fails() {
        check(
            "\"Country Name\",\"Country Code\",\n",
            expect![[r#"error: X.csv: line 1 is not the WDI preamble "Data Source",…"#]],
        );
    }

    #[test]
    fn header_that_is_not_a_year_fails() {
        check(
            &format!("{PREAMBLE}\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"Y2000\",\n"),
            expect![[r#"error: X.csv: header "Y2000" is not a year"#]],
        );
    }
}
