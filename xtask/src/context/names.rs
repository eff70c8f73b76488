//! Country name → ISO3, for the sources that give names, not codes (UN EGDI, ITU IDI). Names and
//! aliases come from maintained lists: the npm package `i18n-iso-countries` (CLDR English names and
//! aliases) and DataHub's `country-codes.csv` (CLDR, UNTERM short and formal, official names). A short
//! alias table covers the sources' own spellings. A name that maps nowhere, or to two codes, fails.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::column_index;
use crate::countries::read_json;

/// Spellings of the UN E-Government and ITU files that neither list knows, as the files write them.
const ALIASES: [(&str, &str); 15] = [
    ("Central African Rep.", "CAF"),
    ("Congo (Dem. Rep.)", "COD"),
    ("Congo (Rep.)", "COG"),
    // The UN names the Republic of the Congo "Congo"; CLDR uses it as an alias of both Congos.
    ("Congo", "COG"),
    ("Dominican Rep.", "DOM"),
    ("Georgia (Country)", "GEO"),
    ("Hong Kong, China", "HKG"),
    ("Iran (I.R.)", "IRN"),
    ("Korea (Rep.)", "KOR"),
    ("Lao P.D.R.", "LAO"),
    ("Macao, China", "MAC"),
    ("TFYR Macedonia", "MKD"),
    ("The former Yugoslav Republic of Macedonia", "MKD"),
    // `idi_2017.csv` is valid UTF-8 but its copy had already replaced ô and é by U+FFFD.
    ("C\u{FFFD}te d'Ivoire", "CIV"),
    ("S. Tom\u{FFFD} & Principe", "STP"),
];

/// Columns of `country-codes.csv` that hold English names.
const NAME_COLUMNS: [&str; 4] = [
    "CLDR display name",
    "UNTERM English Short",
    "UNTERM English Formal",
    "official_name_en",
];

pub struct Names {
    /// Normalised name → the codes it names; more than one code makes the name ambiguous.
    index: BTreeMap<String, BTreeSet<String>>,
}

impl Names {
    pub fn read(repo: &Path, raw: &Path) -> Result<Names, String> {
        let mut pairs = Vec::new();
        let package = repo.join("node_modules/i18n-iso-countries");
        let codes: Vec<Vec<String>> = read_json(&package.join("codes.json"))?;
        let english: serde_json::Value = read_json(&package.join("langs/en.json"))?;
        for row in codes {
            let [alpha2, alpha3, ..] = row.as_slice() else {
                return Err(format!("codes.json: a row has too few codes: {row:?}"));
            };
            match &english["countries"][alpha2] {
                serde_json::Value::String(name) => pairs.push((name.clone(), alpha3.clone())),
                serde_json::Value::Array(names) => pairs.extend(
                    names
                        .iter()
                        .filter_map(|n| n.as_str())
                        .map(|n| (n.to_string(), alpha3.clone())),
                ),
                _ => return Err(format!("langs/en.json: no English name for {alpha2}")),
            }
        }
        let file = raw.join("country_metadata/country-codes.csv");
        let mut reader =
            csv::Reader::from_path(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let headers = reader.headers().map_err(|e| e.to_string())?.clone();
        let column = |name: &str| column_index(&headers, &file.display().to_string(), name);
        let code_column = column("ISO3166-1-Alpha-3")?;
        let name_columns = NAME_COLUMNS
            .iter()
            .map(|c| column(c))
            .collect::<Result<Vec<_>, _>>()?;
        for record in reader.records() {
            let record = record.map_err(|e| format!("{}: {e}", file.display()))?;
            let code = &record[code_column];
            if code.is_empty() {
                continue;
            }
            for &index in &name_columns {
                if !record[index].is_empty() {
                    pairs.push((record[index].to_string(), code.to_string()));
                }
            }
        }
        Ok(Names::from_pairs(pairs))
    }

    pub fn from_pairs(pairs: Vec<(String, String)>) -> Names {
        let mut index: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (name, code) in pairs {
            index.entry(normalise(&name)).or_default().insert(code);
        }
        Names { index }
    }

    /// The ISO3 code of `name`; the error says why there is none (the caller adds file and line).
    pub fn iso3(&self, name: &str) -> Result<String, String> {
        let key = normalise(name);
        if let Some((_, code)) = ALIASES.iter().find(|(alias, _)| normalise(alias) == key) {
            return Ok(code.to_string());
        }
        match self.index.get(&key) {
            Some(codes) if codes.len() == 1 => Ok(codes.iter().next().cloned().unwrap_or_default()),
            Some(codes) => Err(format!(
                "country name \"{name}\" is ambiguous ({}); add it to ALIASES in context/names.rs",
                codes.iter().cloned().collect::<Vec<_>>().join(", ")
            )),
            None => Err(format!(
                "country name \"{name}\" is unknown; add it to ALIASES in context/names.rs"
            )),
        }
    }
}

/// Lower case, accents folded, `&` read as "and", apostrophes dropped, other punctuation and spaces
/// collapsed to one space, "St." read as "Saint", and "the" dropped, so that "St. Kitts & Nevis " and
/// "Saint Kitts and Nevis" compare equal.
pub fn normalise(name: &str) -> String {
    let folded: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !matches!(c, '\'' | '’'))
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c if c.is_alphanumeric() || c == '&' || c == '\u{FFFD}' => c,
            _ => ' ',
        })
        .collect();
    folded
        .replace('&', " and ")
        .split_whitespace()
        .filter(|word| *word != "the")
        .map(|word| if word == "st" { "saint" } else { word })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn names() -> Names {
        Names::from_pairs(
            [
                ("Côte d'Ivoire", "CIV"),
                ("Saint Kitts and Nevis", "KNA"),
                ("Korea, Democratic People's Republic of", "PRK"),
                ("Micronesia (Federated States of)", "FSM"),
                ("Guinea", "GIN"),
                ("Guinea", "GNB"),
                ("United States of America", "USA"),
            ]
            .map(|(n, c)| (n.to_string(), c.to_string()))
            .to_vec(),
        )
    }

    fn check(name: &str, expect: Expect) {
        let actual = match names().iso3(name) {
            Ok(code) => code,
            Err(message) => format!("error: {message}"),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn trailing_space_is_ignored() {
        check("Côte d'Ivoire ", expect!["CIV"]);
    }

    #[test]
    fn accents_and_apostrophes_are_folded() {
        check("Cote dIvoire", expect!["CIV"]);
    }

    #[test]
    fn saint_abbreviation_and_ampersand_are_read() {
        check("St. Kitts & Nevis", expect!["KNA"]);
    }

    #[test]
    fn punctuation_and_case_are_ignored() {
        check("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", expect!["PRK"]);
    }

    #[test]
    fn parentheses_are_ignored() {
        check("Micronesia (Federated States of)", expect!["FSM"]);
    }

    #[test]
    fn the_is_dropped() {
        check("The United States of America", expect!["USA"]);
    }

    #[test]
    fn alias_table_answers_first() {
        check("Congo (Dem. Rep.)", expect!["COD"]);
    }

    #[test]
    fn replacement_character_spelling_is_an_alias() {
        check("S. Tom\u{FFFD} & Principe", expect!["STP"]);
    }

    #[test]
    fn ambiguous_name_fails() {
        check(
            "Guinea",
            expect![[
                r#"error: country name "Guinea" is ambiguous (GIN, GNB); add it to ALIASES in context/names.rs"#
            ]],
        );
    }

    #[test]
    fn unknown_name_fails() {
        check(
            "Atlantis",
            expect![[
                r#"error: country name "Atlantis" is unknown; add it to ALIASES in context/names.rs"#
            ]],
        );
    }
}
