//! UN E-Government Survey: EGDI and its three sub-indices for every survey year 2003–2024. The UN Data
//! Center files give names (with trailing spaces), not codes, and the 2003–2020 file lists every row
//! twice (the merge drops identical duplicates and fails on conflicting ones). 2012 is missing there;
//! it comes from the UNU-EGOV file, whose ISO3 codes are checked against its names.

use std::path::Path;

use super::names::Names;
use super::{Harvest, Row};

const FOLDER: &str = "un_egov_egdi";

/// Series id and the header names it has in the UN layout (the 2024 copy was renamed by its
/// re-publisher) and in the UNU-EGOV layout.
const COLUMNS: [(&str, [&str; 3]); 4] = [
    ("egdi", ["E-Government Index", "E_Index", "e-gov-index"]),
    (
        "egov_online_services",
        ["Online Service Index", "Online_Service", "osi"],
    ),
    (
        "egov_human_capital",
        ["Human Capital Index", "Human_Capital", "hci"],
    ),
    (
        "egov_telecom",
        [
            "Telecommunication Infrastructure Index",
            "Tele_Infra",
            "tii",
        ],
    ),
];

/// Each file and the survey years it must give: the UN files carry a year column, the UNU-EGOV file
/// is one year.
const FILES: [(&str, &[u16]); 4] = [
    (
        "EGOV_DATA_2003-2020.csv",
        &[2003, 2004, 2005, 2008, 2010, 2014, 2016, 2018, 2020],
    ),
    ("egdi-2012.csv", &[2012]),
    ("EGOV_DATA_2022.csv", &[2022]),
    ("EGOV_DATA_2024.csv", &[2024]),
];

pub fn read(raw: &Path, names: &Names) -> Result<Harvest, String> {
    let mut harvest = Harvest::default();
    for (file, years) in FILES {
        let path = raw.join(FOLDER).join(file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        harvest.extend(parse(file, &text, years, names)?);
    }
    Ok(harvest)
}

fn parse(file: &str, text: &str, years: &[u16], names: &Names) -> Result<Harvest, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("{file}: {e}"))?
        .clone();
    let find = |candidates: &[&str]| headers.iter().position(|h| candidates.contains(&h));
    let year_column = find(&["Survey Year"]);
    let code_column = find(&["country-code"]);
    let name_column = find(&["Country Name", "Country", "country-name"])
        .ok_or_else(|| format!("{file}: line 1: no country name column"))?;
    let value_columns = COLUMNS
        .iter()
        .map(|(series, candidates)| {
            find(candidates)
                .map(|index| (*series, index))
                .ok_or_else(|| format!("{file}: line 1: no column for {series} ({candidates:?})"))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut harvest = Harvest::default();
    let mut seen_years = std::collections::BTreeSet::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{file}: {e}"))?;
        let line = record.position().map_or(0, |p| p.line());
        let at = format!("{file} line {line}");
        let year = match (year_column, years) {
            (Some(column), _) => record[column]
                .parse::<u16>()
                .map_err(|_| format!("{at}: survey year \"{}\" is not a year", &record[column]))?,
            (None, [year]) => *year,
            (None, _) => return Err(format!("{file}: no survey year column")),
        };
        if !years.contains(&year) {
            return Err(format!(
                "{at}: survey year {year} is not one this file should give ({years:?})"
            ));
        }
        seen_years.insert(year);
        let name = &record[name_column];
        let mapped = names.iso3(name).map_err(|e| format!("{at}: {e}"))?;
        let country = match code_column {
            Some(column) if record[column] != mapped => {
                return Err(format!(
                    "{at}: code {} but the name \"{name}\" maps to {mapped}",
                    &record[column]
                ))
            }
            _ => mapped,
        };
        for &(series, column) in &value_columns {
            let value = record[column].trim();
            if value.is_empty() {
                *harvest.empty.entry(series).or_default() += 1;
                continue;
            }
            harvest.rows.push(Row {
                series,
                country: country.clone(),
                year,
                value: value.to_string(),
                at: at.clone(),
            });
        }
    }
    if seen_years.len() != years.len() {
        return Err(format!(
            "{file}: expected the survey years {years:?}, found {seen_years:?}"
        ));
    }
    Ok(harvest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn names() -> Names {
        Names::from_pairs(
            [("Kenya", "KEN"), ("Côte d'Ivoire", "CIV")]
                .map(|(n, c)| (n.to_string(), c.to_string()))
                .to_vec(),
        )
    }

    fn check(text: &str, years: &[u16], expect: Expect) {
        let actual = match parse("e.csv", text, years, &names()) {
            Ok(harvest) => {
                let rows: Vec<String> = harvest
                    .rows
                    .iter()
                    .map(|r| {
                        format!(
                            "{} {} {} {} ({})",
                            r.series, r.country, r.year, r.value, r.at
                        )
                    })
                    .collect();
                format!("{}\nempty {:?}", rows.join("\n"), harvest.empty)
            }
            Err(message) => format!("error: {message}"),
        };
        expect.assert_eq(&actual);
    }

    const UN_HEADER: &str = "Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n";

    #[test]
    fn names_with_trailing_spaces_are_mapped() {
        check(
            &format!("{UN_HEADER}2022,\"Kenya \",113,0.55890,0.1,0.6,0.5,0.4\n"),
            &[2022],
            expect![[r#"
                egdi KEN 2022 0.55890 (e.csv line 2)
                egov_online_services KEN 2022 0.6 (e.csv line 2)
                egov_human_capital KEN 2022 0.5 (e.csv line 2)
                egov_telecom KEN 2022 0.4 (e.csv line 2)
                empty {}"#]],
        );
    }

    #[test]
    fn renamed_2024_header_is_read() {
        check(
            "Survey Year,Country,Rank,E_Index,E_Participation,Online_Service,Human_Capital,Tele_Infra,Region\n2024,Kenya ,109,0.63140,0.5,,0.7,0.8,Africa\n",
            &[2024],
            expect![[r#"
                egdi KEN 2024 0.63140 (e.csv line 2)
                egov_human_capital KEN 2024 0.7 (e.csv line 2)
                egov_telecom KEN 2024 0.8 (e.csv line 2)
                empty {"egov_online_services": 1}"#]],
        );
    }

    #[test]
    fn unu_egov_code_agrees_with_its_name() {
        check(
            "country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii\nCIV,Côte d'Ivoire,1,0.2,0.1,0.3,0.4,0.5\n",
            &[2012],
            expect![[r#"
                egdi CIV 2012 0.2 (e.csv line 2)
                egov_online_services CIV 2012 0.3 (e.csv line 2)
                egov_human_capital CIV 2012 0.4 (e.csv line 2)
                egov_telecom CIV 2012 0.5 (e.csv line 2)
                empty {}"#]],
        );
    }

    #[test]
    fn unu_egov_code_that_disagrees_with_its_name_fails() {
        check(
            "country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii\nKEN,Côte d'Ivoire,1,0.2,0.1,0.3,0.4,0.5\n",
            &[2012],
            expect![[r#"error: e.csv line 2: code KEN but the name "Côte d'Ivoire" maps to CIV"#]],
        );
    }

    #[test]
    fn unknown_name_fails_naming_file_and_line() {
        check(
            &format!("{UN_HEADER}2022,Atlantis ,1,0.5,0.1,0.6,0.5,0.4\n"),
            &[2022],
            expect![[
                r#"error: e.csv line 2: country name "Atlantis " is unknown; add it to ALIASES in context/names.rs"#
            ]],
        );
    }

    #[test]
    fn unexpected_survey_year_fails() {
        check(
            &format!("{UN_HEADER}2012,Kenya ,1,0.5,0.1,0.6,0.5,0.4\n"),
            &[2003, 2004],
            expect!["error: e.csv line 2: survey year 2012 is not one this file should give ([2003, 2004])"],
        );
    }

    #[test]
    fn missing_survey_year_fails() {
        check(
            &format!("{UN_HEADER}2003,Kenya ,1,0.5,0.1,0.6,0.5,0.4\n"),
            &[2003, 2004],
            expect!["error: e.csv: expected the survey years [2003, 2004], found {2003}"],
        );
    }
}
