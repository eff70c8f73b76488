//! ITU ICT Development Index 2010, 2015 (Measuring the Information Society Report 2015) and 2017, by
//! economy name in ITU spelling. The 2015 file is not UTF-8 (Mac OS Roman): it is decoded, and said so.

use std::path::Path;

use super::column_index;
use super::encoding::decode;
use super::names::Names;
use super::{Harvest, Row};

const SERIES: &str = "ict_development_index";
/// The 2015 file's mark for an economy the 2010 edition did not cover; counted as empty.
const NOT_AVAILABLE: &str = "N/A";

/// Each value column's header and the edition year it gives.
type Editions = &'static [(&'static str, u16)];

/// File, name column, and its value columns.
const FILES: [(&str, &str, Editions); 2] = [
    (
        "readiness-indices/itu_ict_readiness_2015.csv",
        "Economy",
        &[("IDI 2010 Value", 2010), ("IDI 2015 Value", 2015)],
    ),
    ("itu_idi/idi_2017.csv", "Country", &[("IDI", 2017)]),
];

pub fn read(raw: &Path, names: &Names) -> Result<Harvest, String> {
    let mut harvest = Harvest::default();
    for (file, name_column, value_columns) in FILES {
        let path = raw.join(file);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let decoded = decode(file, &bytes)?;
        harvest.extend(parse(
            file,
            &decoded.text,
            name_column,
            value_columns,
            names,
        )?);
        harvest.notes.extend(decoded.note);
    }
    Ok(harvest)
}

fn parse(
    file: &str,
    text: &str,
    name_column: &str,
    value_columns: &[(&str, u16)],
    names: &Names,
) -> Result<Harvest, String> {
    // Lines end with CRLF, for which the csv crate reports record lines one short.
    let text = text.replace("\r\n", "\n");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("{file}: {e}"))?
        .clone();
    let column = |name: &str| column_index(&headers, file, name);
    let name_index = column(name_column)?;
    let value_indices = value_columns
        .iter()
        .map(|(name, year)| column(name).map(|index| (index, *year)))
        .collect::<Result<Vec<_>, String>>()?;
    let mut harvest = Harvest::default();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{file}: {e}"))?;
        let at = format!("{file} line {}", record.position().map_or(0, |p| p.line()));
        let country = names
            .iso3(&record[name_index])
            .map_err(|e| format!("{at}: {e}"))?;
        for &(index, year) in &value_indices {
            let value = record[index].trim();
            if value.is_empty() || value == NOT_AVAILABLE {
                *harvest.empty.entry(SERIES).or_default() += 1;
                continue;
            }
            harvest.rows.push(Row {
                series: SERIES,
                country: country.clone(),
                year,
                value: value.to_string(),
                at: at.clone(),
            });
        }
    }
    Ok(harvest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::show;
    use expect_test::{expect, Expect};

    fn check(text: &str, expect: Expect) {
        let names = Names::from_pairs(vec![("Côte d'Ivoire".to_string(), "CIV".to_string())]);
        let actual = show(decode("i.csv", text.as_bytes()).and_then(|d| {
            parse(
                "i.csv",
                &d.text,
                "Economy",
                &[("IDI 2010 Value", 2010), ("IDI 2015 Value", 2015)],
                &names,
            )
        }));
        expect.assert_eq(&actual);
    }

    const HEADER: &str =
        "IDI 2015 Rank,Economy,IDI 2015 Value,IDI 2010 Rank,IDI 2010 Value,Rank Change\r\n";

    #[test]
    fn both_editions_are_read_from_one_row() {
        check(
            &format!("{HEADER}137,Côte d'Ivoire,2.51,142,1.74,\r\n"),
            expect![[r#"
                CIV 2010 1.74 (i.csv line 2)
                CIV 2015 2.51 (i.csv line 2)
                empty {}"#]],
        );
    }

    #[test]
    fn missing_edition_is_counted_empty() {
        check(
            &format!("{HEADER}137,Côte d'Ivoire,2.51,N/A,N/A,\r\n"),
            expect![[r#"
                CIV 2015 2.51 (i.csv line 2)
                empty {"ict_development_index": 1}"#]],
        );
    }

    #[test]
    fn unknown_economy_fails_naming_file_and_line() {
        check(
            &format!("{HEADER}1,Atlantis,2.51,1,1.74,\r\n"),
            expect![[
                r#"error: i.csv line 2: country name "Atlantis" is unknown; add it to ALIASES in context/names.rs"#
            ]],
        );
    }
}
