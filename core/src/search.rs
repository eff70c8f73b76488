//! Finding a country by what a reader types: its name, its ISO codes, or a common other name ("UK",
//! "Ivory Coast", "Burma"), whatever the accents and case.

use crate::collate::collation_key;
use crate::model::{CountryId, Dataset};

/// How many countries a search returns at most: a screenful of suggestions.
pub const MAX_RESULTS: usize = 10;

/// Other names readers type, and the ISO3 code they mean. Names the data file already uses need no
/// entry (they are searched as names); an entry whose code the dataset lacks is ignored. Spelling is
/// free: entries are folded like queries.
pub const ALIASES: &[(&str, &str)] = &[
    ("UK", "GBR"),
    ("Great Britain", "GBR"),
    ("Britain", "GBR"),
    ("USA", "USA"),
    ("United States", "USA"),
    ("America", "USA"),
    ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("DRC", "COD"),
    ("DR Congo", "COD"),
    ("Congo-Kinshasa", "COD"),
    ("Congo-Brazzaville", "COG"),
    ("Czechia", "CZE"),
    ("Czech Republic", "CZE"),
    ("Turkey", "TUR"),
    ("Türkiye", "TUR"),
    ("Swaziland", "SWZ"),
    ("Eswatini", "SWZ"),
    ("Burma", "MMR"),
    ("Myanmar", "MMR"),
    ("Cabo Verde", "CPV"),
    ("Macedonia", "MKD"),
    ("North Macedonia", "MKD"),
    ("Holland", "NLD"),
    ("Republic of Korea", "KOR"),
    ("DPRK", "PRK"),
    ("Laos", "LAO"),
    ("Russia", "RUS"),
    ("Iran", "IRN"),
    ("Syria", "SYR"),
    ("Tanzania", "TZA"),
    ("Viet Nam", "VNM"),
    ("East Timor", "TLS"),
    ("Palestine", "PSE"),
    ("Vatican", "VAT"),
    ("Gambia", "GMB"),
    ("UAE", "ARE"),
    ("China", "CHN"),
    ("British Virgin Islands", "VGB"),
    ("US Virgin Islands", "VIR"),
];

/// How well a country matches; lower is better. A country takes its best tier over its name, its
/// aliases and its codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// The query is the ISO3 or ISO2 code ("ken", "ke").
    Code,
    /// The query is the whole name or an alias ("uk", "burma").
    Exact,
    /// The name or an alias starts with the query ("ken" → Kenya).
    Prefix,
    /// A later word of the name or an alias starts with the query ("congo" → Democratic Republic of
    /// the Congo).
    WordPrefix,
    /// The query is inside the name or an alias, anywhere ("land" → Finland).
    Substring,
}

/// The countries matching `query`, best first, at most `limit`. Rules: the query and every name are
/// folded (case, Latin-1 accents, punctuation and runs of spaces ignored, so "cote d ivoire" finds
/// "Côte d'Ivoire"); then a code match ranks first, an exact name or alias next, then names starting
/// with the query, then names with a word starting with it, then names containing it; within a tier,
/// by name A to Z. An empty query finds nothing.
pub fn search(dataset: &Dataset, query: &str, limit: usize) -> Vec<CountryId> {
    let query = fold(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut best: Vec<Option<Tier>> = vec![None; dataset.countries.len()];
    let mut consider = |country: CountryId, tier: Option<Tier>| {
        let slot = &mut best[country.0];
        if tier.is_some() && (slot.is_none() || tier < *slot) {
            *slot = tier;
        }
    };
    for country in dataset.country_ids() {
        let record = &dataset[country];
        let is_code = [&record.iso3, &record.iso2]
            .iter()
            .any(|code| !code.is_empty() && fold(code) == query);
        consider(country, is_code.then_some(Tier::Code));
        consider(country, name_tier(&fold(&record.name), &query));
    }
    for &(alias, iso3) in ALIASES {
        if let Some(country) = dataset.country(iso3) {
            consider(country, name_tier(&fold(alias), &query));
        }
    }
    let mut found: Vec<(Tier, String, CountryId)> = dataset
        .country_ids()
        .filter_map(|c| Some((best[c.0]?, collation_key(&dataset[c].name), c)))
        .collect();
    found.sort();
    found.into_iter().take(limit).map(|(_, _, c)| c).collect()
}

/// The tier of a folded name for a folded query, if it matches at all.
fn name_tier(name: &str, query: &str) -> Option<Tier> {
    if name == query {
        Some(Tier::Exact)
    } else if name.starts_with(query) {
        Some(Tier::Prefix)
    } else if name.contains(&format!(" {query}")) {
        Some(Tier::WordPrefix)
    } else if name.contains(query) {
        Some(Tier::Substring)
    } else {
        None
    }
}

/// Lower case without Latin-1 accents (by [`collation_key`]'s table), with every ASCII character
/// other than a letter or a digit, and curly quotes, read as a space, and spaces collapsed and trimmed:
/// "Côte d’Ivoire" and "cote d'ivoire" both fold to "cote d ivoire".
fn fold(text: &str) -> String {
    let key = collation_key(text);
    let spaced = key.chars().map(|c| match c {
        c if c.is_ascii_alphanumeric() => c,
        c if c.is_ascii() => ' ',
        '‘' | '’' | '–' | '—' => ' ',
        c => c,
    });
    let mut out = String::new();
    for c in spaced {
        if c != ' ' || !(out.is_empty() || out.ends_with(' ')) {
            out.push(c);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::{fixture_file, fixture_series_empty};
    use crate::load::{load, COUNTRIES};
    use expect_test::{expect, Expect};

    /// The real `data/countries.csv`, so that the aliases are checked against the names readers see.
    fn real_countries() -> Dataset {
        let (loaded, report) = load(|name| {
            Ok(match name {
                COUNTRIES => include_str!("../../data/countries.csv"),
                _ => fixture_file(name),
            }
            .to_string())
        });
        assert!(
            report.problems.iter().all(fixture_series_empty),
            "{report:?}"
        );
        loaded.dataset
    }

    /// Searches the real countries for `query` (at most [`MAX_RESULTS`]) and prints ISO3 and name.
    fn check(query: &str, expect: Expect) {
        let dataset = real_countries();
        let out: String = search(&dataset, query, MAX_RESULTS)
            .into_iter()
            .map(|c| format!("{} {}\n", dataset[c].iso3, dataset[c].name))
            .collect();
        expect.assert_eq(&out);
    }

    #[test]
    fn accents_case_and_punctuation_are_folded() {
        assert_eq!(fold("  Côte d’Ivoire "), "cote d ivoire");
        assert_eq!(fold("Guinea-Bissau"), "guinea bissau");
        assert_eq!(fold("TÜRKIYE"), "turkiye");
        check(
            "cote",
            expect![[r#"
            CIV Cote d'Ivoire
        "#]],
        );
        check(
            "CÔTE D'IVOIRE",
            expect![[r#"
            CIV Cote d'Ivoire
        "#]],
        );
        check(
            "turkiye",
            expect![[r#"
            TUR Türkiye
        "#]],
        );
        check("   ", expect![""]);
    }

    #[test]
    fn common_other_names_find_the_country() {
        let dataset = real_countries();
        for (query, iso3) in [
            ("UK", "GBR"),
            ("usa", "USA"),
            ("Ivory Coast", "CIV"),
            ("DRC", "COD"),
            ("Czechia", "CZE"),
            ("Czech Republic", "CZE"),
            ("Turkey", "TUR"),
            ("Swaziland", "SWZ"),
            ("Eswatini", "SWZ"),
            ("Burma", "MMR"),
            ("Myanmar", "MMR"),
            ("chin", "CHN"),
            ("us virgin", "VIR"),
        ] {
            let first = search(&dataset, query, 1)
                .first()
                .map(|&c| &dataset[c].iso3);
            assert_eq!(first.map(String::as_str), Some(iso3), "{query}");
        }
    }

    #[test]
    fn every_alias_names_a_country_of_the_data() {
        let dataset = real_countries();
        for &(alias, iso3) in ALIASES {
            assert!(dataset.country(iso3).is_some(), "{alias} → {iso3}");
        }
    }

    #[test]
    fn codes_first_then_prefixes_then_words_then_substrings() {
        check(
            "ken",
            expect![[r#"
            KEN Kenya
        "#]],
        );
        check(
            "ch",
            expect![[r#"
            CHE Switzerland
            TCD Chad
            CHL Chile
            CHN People's Republic of China
            TWN Taiwan, Province of China
            CZE Czech Republic
            PYF French Polynesia
            ATF French Southern Territories
            LIE Liechtenstein
            MAF Saint Martin (French part)
        "#]],
        );
        check(
            "congo",
            expect![[r#"
            COD Democratic Republic of the Congo
            COG Republic of the Congo
        "#]],
        );
        check(
            "guinea",
            expect![[r#"
            GIN Guinea
            GNB Guinea-Bissau
            GNQ Equatorial Guinea
            PNG Papua New Guinea
        "#]],
        );
    }
}
