//! WEF Networked Readiness Index 2012–2015: one row per country with its ISO3 code and a column per
//! edition. The file is not UTF-8 (its one non-ASCII name is garbled twice over), so it is decoded
//! and said so; rows are joined on the code, never on the name.

use std::path::Path;

use super::encoding::decode;
use super::{Harvest, Row};

const SERIES: &str = "networked_readiness_index";
const FILE: &str = "readiness-indices/wef_nri_2012_2015.csv";

pub fn read(raw: &Path) -> Result<Harvest, String> {
    let path = raw.join(FILE);
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let decoded = decode(FILE, &bytes)?;
    let mut harvest = parse(FILE, &decoded.text)?;
    harvest.notes.extend(decoded.note);
    Ok(harvest)
}

fn parse(file: &str, text: &str) -> Result<Harvest, String> {
    // Lines end with CRLF, for which the csv crate reports record lines one short.
    let text = text.replace("\r\n", "\n");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("{file}: {e}"))?
        .clone();
    if headers.get(0) != Some("Code") {
        return Err(format!("{file}: line 1: the first column is not \"Code\""));
    }
    let years = headers
        .iter()
        .enumerate()
        .skip(2)
        .map(|(index, h)| {
            h.parse::<u16>()
                .map(|year| (index, year))
                .map_err(|_| format!("{file}: line 1: header \"{h}\" is not a year"))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut harvest = Harvest::default();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{file}: {e}"))?;
        let at = format!("{file} line {}", record.position().map_or(0, |p| p.line()));
        let code = &record[0];
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("{at}: \"{code}\" is not an ISO3 code"));
        }
        for &(index, year) in &years {
            let value = record[index].trim();
            if value.is_empty() {
                *harvest.empty.entry(SERIES).or_default() += 1;
                continue;
            }
            harvest.rows.push(Row {
                series: SERIES,
                country: code.to_string(),
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
        let actual = show(parse("w.csv", text));
        expect.assert_eq(&actual);
    }

    #[test]
    fn one_row_gives_each_covered_edition() {
        check(
            "Code,Country,2015,2014,2013,2012\r\nAGO,Angola,2.497545972,2.518488578,,2.490880237\r\n",
            expect![[r#"
                AGO 2015 2.497545972 (w.csv line 2)
                AGO 2014 2.518488578 (w.csv line 2)
                AGO 2012 2.490880237 (w.csv line 2)
                empty {"networked_readiness_index": 1}"#]],
        );
    }

    #[test]
    fn garbled_name_does_not_matter() {
        check(
            "Code,Country,2015\nCIV,C™te d'Ivoire,3.23\n",
            expect![[r#"
                CIV 2015 3.23 (w.csv line 2)
                empty {}"#]],
        );
    }

    #[test]
    fn code_that_is_not_iso3_fails() {
        check(
            "Code,Country,2015\nciv,Côte d'Ivoire,3.23\n",
            expect![[r#"error: w.csv line 2: "civ" is not an ISO3 code"#]],
        );
    }
}
