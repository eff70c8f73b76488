//! Gapminder Systema Globalis datapoints (`geo,time,<concept>`, long format, no aggregates). Geo keys
//! are Gapminder's own (`gbm` is the Isle of Man, `nld_curacao` Curaçao), so they are joined through
//! the entity file's ISO3 column, never upper-cased.

use std::collections::BTreeMap;
use std::path::Path;

use super::catalogue::INDICATORS;
use super::column_index;
use super::{Harvest, Row};

pub const SOURCE: &str = "gapminder";
const FOLDER: &str = "gapminder_systema_globalis";
const ENTITIES: &str = "ddf--entities--geo--country.csv";

/// Geo keys the entity file gives no ISO3 for, with the World Bank's code (which the country table uses
/// for Kosovo; the Channel Islands are not in it and are dropped as such).
const WITHOUT_ISO3: [(&str, &str); 2] = [("kos", "XKX"), ("chanisl", "CHI")];

pub fn read(raw: &Path) -> Result<Harvest, String> {
    let geo = geo_codes(&read_text(raw, ENTITIES)?)?;
    let mut harvest = Harvest::default();
    for indicator in INDICATORS.iter().filter(|i| i.source == SOURCE) {
        let file = format!("ddf--datapoints--{}--by--geo--time.csv", indicator.code);
        let text = read_text(raw, &file)?;
        harvest.extend(parse_datapoints(
            &file,
            &text,
            indicator.id,
            indicator.code,
            &geo,
        )?);
    }
    Ok(harvest)
}

/// The description of each shipped concept in `ddf--concepts.csv`.
pub fn definitions(raw: &Path) -> Result<BTreeMap<&'static str, String>, String> {
    let file = "ddf--concepts.csv";
    let text = read_text(raw, file)?;
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("{file}: {e}"))?
        .clone();
    let column = |name: &str| column_index(&headers, file, name);
    let (concept, name, description) =
        (column("concept")?, column("name")?, column("description")?);
    let mut definitions = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{file}: {e}"))?;
        if let Some(indicator) = INDICATORS
            .iter()
            .find(|i| i.source == SOURCE && i.code == &record[concept])
        {
            definitions.insert(
                indicator.id,
                format!("{}: {}", &record[name], record[description].trim()),
            );
        }
    }
    Ok(definitions)
}

fn read_text(raw: &Path, file: &str) -> Result<String, String> {
    let path = raw.join(FOLDER).join(file);
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Geo key → ISO3, from the entity file and `WITHOUT_ISO3`.
fn geo_codes(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("{ENTITIES}: {e}"))?
        .clone();
    let column = |name: &str| column_index(&headers, ENTITIES, name);
    let (geo, iso3) = (column("country")?, column("iso3166_1_alpha3")?);
    let mut codes = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{ENTITIES}: {e}"))?;
        if !record[iso3].is_empty() {
            codes.insert(record[geo].to_string(), record[iso3].to_string());
        }
    }
    for (geo, code) in WITHOUT_ISO3 {
        codes.insert(geo.to_string(), code.to_string());
    }
    Ok(codes)
}

fn parse_datapoints(
    file: &str,
    text: &str,
    series: &'static str,
    concept: &str,
    geo: &BTreeMap<String, String>,
) -> Result<Harvest, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| format!("{file}: {e}"))?;
    if headers.iter().collect::<Vec<_>>() != ["geo", "time", concept] {
        return Err(format!(
            "{file}: line 1: expected the header geo,time,{concept}"
        ));
    }
    let mut harvest = Harvest::default();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{file}: {e}"))?;
        let line = record.position().map_or(0, |p| p.line());
        let country = geo.get(&record[0]).ok_or_else(|| {
            format!("{file}: line {line}: geo \"{}\" has no ISO3 in {ENTITIES}; add it to WITHOUT_ISO3 in context/gapminder.rs", &record[0])
        })?;
        let year = record[1]
            .parse()
            .map_err(|_| format!("{file}: line {line}: \"{}\" is not a year", &record[1]))?;
        if record[2].is_empty() {
            *harvest.empty.entry(series).or_default() += 1;
            continue;
        }
        harvest.rows.push(Row {
            series,
            country: country.clone(),
            year,
            value: record[2].to_string(),
            at: format!("{file} line {line}"),
        });
    }
    Ok(harvest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::show;
    use expect_test::{expect, Expect};

    const ENTITY_SAMPLE: &str = "country,name,iso3166_1_alpha3\nabw,Aruba,ABW\ngbm,Isle of Man,IMN\nnld_curacao,Curaçao,CUW\nkos,Kosovo,\nabkh,Abkhazia,\n";

    fn check(text: &str, expect: Expect) {
        let actual = show(geo_codes(ENTITY_SAMPLE).and_then(|geo| {
            parse_datapoints(
                "d.csv",
                text,
                "mobile_subscriptions",
                "cell_phones_per_100_people",
                &geo,
            )
        }));
        expect.assert_eq(&actual);
    }

    #[test]
    fn geo_keys_are_joined_through_the_entity_file() {
        check(
            "geo,time,cell_phones_per_100_people\nabw,2003,1.5\ngbm,2003,90.2\nnld_curacao,2010,130\nkos,2020,99\n",
            expect![[r#"
                ABW 2003 1.5 (d.csv line 2)
                IMN 2003 90.2 (d.csv line 3)
                CUW 2010 130 (d.csv line 4)
                XKX 2020 99 (d.csv line 5)
                empty {}"#]],
        );
    }

    #[test]
    fn geo_without_iso3_fails() {
        check(
            "geo,time,cell_phones_per_100_people\nabkh,2003,1.5\n",
            expect![[
                r#"error: d.csv: line 2: geo "abkh" has no ISO3 in ddf--entities--geo--country.csv; add it to WITHOUT_ISO3 in context/gapminder.rs"#
            ]],
        );
    }

    #[test]
    fn empty_value_is_counted() {
        check(
            "geo,time,cell_phones_per_100_people\nabw,2003,\n",
            expect![[r#"
                
                empty {"mobile_subscriptions": 1}"#]],
        );
    }

    #[test]
    fn unexpected_header_fails() {
        check(
            "geo,year,cell_phones_per_100_people\n",
            expect![
                "error: d.csv: line 1: expected the header geo,time,cell_phones_per_100_people"
            ],
        );
    }
}
