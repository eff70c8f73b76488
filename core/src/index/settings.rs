//! The reader's choices for the index, and their compact URL form (`w=1,1,2,1,1,1,1&agg=geo`). Only
//! what differs from the default is written; a value that cannot be read gives a notice and its default.

use crate::model::BuildingBlock;
use crate::number::Decimal;

/// The reference year when the link names none: the year of the survey.
pub const DEFAULT_YEAR: u16 = 2015;
/// Years a series' value may lie from the reference year, either side, by default.
pub const DEFAULT_WINDOW: u16 = 2;
/// The widest window a link may ask for, in years.
pub const MAX_WINDOW: u16 = 10;
/// Default coverage threshold, in percent of the weighted indicators.
pub const DEFAULT_COVERAGE: u8 = 70;
/// Decimals a domain weight may carry in a link.
pub const WEIGHT_DECIMALS: u8 = 2;
/// The largest weight a link may give a domain (weights are relative, so this only bounds typing).
pub const MAX_WEIGHT: i64 = 100;

/// How scores are combined: within a domain (indicators) or across domains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aggregation {
    /// Weighted arithmetic mean (`ari`): fully compensatory, a weak indicator is offset by a strong one.
    Arithmetic,
    /// Weighted geometric mean (`geo`): partly compensatory, rewards balance. Scores below
    /// [`super::EPSILON`] (on the 0–1 scale) are raised to it first, so that one zero does not make
    /// the whole mean zero.
    Geometric,
}

impl Aggregation {
    pub const ALL: [Aggregation; 2] = [Aggregation::Arithmetic, Aggregation::Geometric];

    pub fn code(self) -> &'static str {
        match self {
            Aggregation::Arithmetic => "ari",
            Aggregation::Geometric => "geo",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Aggregation::Arithmetic => "arithmetic mean",
            Aggregation::Geometric => "geometric mean",
        }
    }

    pub fn from_code(code: &str) -> Option<Aggregation> {
        Aggregation::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// How a number is brought to the 0–1 scale. Survey scores are already 0 or 1 and are not rescaled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalisation {
    /// `(x − min) / (max − min)` over the countries with a value (`minmax`): keeps distances, so an
    /// outlier squeezes the rest.
    MinMax,
    /// `(r − 1) / (n − 1)` with `r` the average rank of `n` values (`rank`): keeps only the order,
    /// robust to outliers.
    Rank,
}

impl Normalisation {
    pub const ALL: [Normalisation; 2] = [Normalisation::MinMax, Normalisation::Rank];

    pub fn code(self) -> &'static str {
        match self {
            Normalisation::MinMax => "minmax",
            Normalisation::Rank => "rank",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Normalisation::MinMax => "min-max rescaling",
            Normalisation::Rank => "percentile ranks",
        }
    }

    pub fn from_code(code: &str) -> Option<Normalisation> {
        Normalisation::ALL.into_iter().find(|n| n.code() == code)
    }
}

/// What the survey's answers other than Yes and No score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingRule {
    /// `skip`: Don't know scores 0 (the respondent could not point to the thing, so it is not working
    /// for them); Not applicable and Unanswered are missing and do not count.
    DontKnowZero,
    /// `zero`: Don't know, Not applicable and Unanswered all score 0, as if the thing were absent.
    AllZero,
}

impl MissingRule {
    pub const ALL: [MissingRule; 2] = [MissingRule::DontKnowZero, MissingRule::AllZero];

    pub fn code(self) -> &'static str {
        match self {
            MissingRule::DontKnowZero => "skip",
            MissingRule::AllZero => "zero",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MissingRule::DontKnowZero => {
                "Don't know scores 0; Not applicable and Unanswered are missing"
            }
            MissingRule::AllZero => "Don't know, Not applicable and Unanswered all score 0",
        }
    }

    pub fn from_code(code: &str) -> Option<MissingRule> {
        MissingRule::ALL.into_iter().find(|m| m.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Relative weight of each domain, in the order of [`BuildingBlock::ALL`] (`w=`, seven numbers with
    /// at most two decimals, 0 to [`MAX_WEIGHT`], not all 0); default 1 each: the toolkit gives no
    /// ranking of its building blocks. A weight of 0 leaves the domain out.
    pub weights: [Decimal; 7],
    /// Across domains (`agg=`); default arithmetic, the most transparent.
    pub across: Aggregation,
    /// Within a domain (`inner=`); default arithmetic: a domain's yes/no answers are a count of
    /// capabilities, and a geometric mean would turn one No into a near-zero domain.
    pub within: Aggregation,
    /// Of numbers (`norm=`); default min-max.
    pub normalisation: Normalisation,
    /// Don't know, Not applicable and Unanswered (`missing=`); default Don't know 0, the others missing.
    pub missing: MissingRule,
    /// Reference year (`ref=`); default [`DEFAULT_YEAR`].
    pub year: u16,
    /// Years either side of the reference year a value may come from (`window=`, 0 to
    /// [`MAX_WINDOW`]); default [`DEFAULT_WINDOW`].
    pub window: u16,
    /// Least share of the weighted indicators a country must have to be scored (`cov=`, in percent,
    /// 0 to 100); default [`DEFAULT_COVERAGE`].
    pub coverage: u8,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            weights: [Decimal { units: 1, scale: 0 }; 7],
            across: Aggregation::Arithmetic,
            within: Aggregation::Arithmetic,
            normalisation: Normalisation::MinMax,
            missing: MissingRule::DontKnowZero,
            year: DEFAULT_YEAR,
            window: DEFAULT_WINDOW,
            coverage: DEFAULT_COVERAGE,
        }
    }
}

impl Settings {
    /// The weights as numbers, in the order of [`BuildingBlock::ALL`].
    pub fn weights_f64(&self) -> [f64; 7] {
        self.weights.map(Decimal::to_f64)
    }

    /// The weight of one domain.
    pub fn weight(&self, domain: BuildingBlock) -> Decimal {
        self.weights[domain_index(domain)]
    }
}

/// A domain's place in [`BuildingBlock::ALL`] (and in [`Settings::weights`]).
pub fn domain_index(domain: BuildingBlock) -> usize {
    BuildingBlock::ALL
        .iter()
        .position(|&b| b == domain)
        .unwrap_or(0)
}

/// The query string of the settings (without `?`): only what differs from the default, so the
/// default settings are the empty string.
pub fn encode(settings: &Settings) -> String {
    let Settings {
        weights,
        across,
        within,
        normalisation,
        missing,
        year,
        window,
        coverage,
    } = settings;
    let default = Settings::default();
    let mut parts = Vec::new();
    if *weights != default.weights {
        let list: Vec<String> = weights.iter().map(|w| w.trimmed().plain()).collect();
        parts.push(format!("w={}", list.join(",")));
    }
    if *across != default.across {
        parts.push(format!("agg={}", across.code()));
    }
    if *within != default.within {
        parts.push(format!("inner={}", within.code()));
    }
    if *normalisation != default.normalisation {
        parts.push(format!("norm={}", normalisation.code()));
    }
    if *missing != default.missing {
        parts.push(format!("missing={}", missing.code()));
    }
    if *year != default.year {
        parts.push(format!("ref={year}"));
    }
    if *window != default.window {
        parts.push(format!("window={window}"));
    }
    if *coverage != default.coverage {
        parts.push(format!("cov={coverage}"));
    }
    parts.join("&")
}

/// Reads a query string (with or without `?`). Each value it cannot use is named in a notice and left
/// at its default; keys it does not know are named too.
pub fn decode(query: &str) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut notices = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = value.replace("%2C", ",").replace("%2c", ",");
        let shown = quoted(&value);
        match key {
            "w" => match parse_weights(&value) {
                Some(weights) => settings.weights = weights,
                None => notices.push(format!(
                    "The link gives domain weights “{shown}”; seven numbers from 0 to {MAX_WEIGHT} (at most {WEIGHT_DECIMALS} decimals, not all 0) are understood, so every domain weighs 1."
                )),
            },
            "agg" | "inner" => match Aggregation::from_code(&value) {
                Some(a) if key == "agg" => settings.across = a,
                Some(a) => settings.within = a,
                None => notices.push(format!(
                    "The link asks for aggregation “{shown}”; only ari or geo are understood, so the arithmetic mean is used."
                )),
            },
            "norm" => match Normalisation::from_code(&value) {
                Some(n) => settings.normalisation = n,
                None => notices.push(format!(
                    "The link asks for normalisation “{shown}”; only minmax or rank are understood, so min-max is used."
                )),
            },
            "missing" => match MissingRule::from_code(&value) {
                Some(m) => settings.missing = m,
                None => notices.push(format!(
                    "The link asks for missing answers “{shown}”; only skip or zero are understood, so Don't know scores 0 and the others are missing."
                )),
            },
            "ref" => match value.parse::<u16>() {
                Ok(year) if (2000..=2100).contains(&year) => settings.year = year,
                _ => notices.push(format!(
                    "The link asks for reference year “{shown}”, which is not a year from 2000; {DEFAULT_YEAR} is used."
                )),
            },
            "window" => match value.parse::<u16>() {
                Ok(years) if years <= MAX_WINDOW => settings.window = years,
                _ => notices.push(format!(
                    "The link asks for values within “{shown}” years; only 0 to {MAX_WINDOW} are understood, so {DEFAULT_WINDOW} is used."
                )),
            },
            "cov" => match value.parse::<u8>() {
                Ok(share) if share <= 100 => settings.coverage = share,
                _ => notices.push(format!(
                    "The link asks for coverage “{shown}”; only 0 to 100 (percent) are understood, so {DEFAULT_COVERAGE} is used."
                )),
            },
            _ => notices.push(format!(
                "The link has an unknown index parameter “{}”; it was ignored.",
                quoted(key)
            )),
        }
    }
    (settings, notices)
}

fn parse_weights(text: &str) -> Option<[Decimal; 7]> {
    let parts: Vec<&str> = text.split(',').collect();
    if parts.len() != 7 {
        return None;
    }
    let mut weights = [Decimal { units: 0, scale: 0 }; 7];
    for (weight, part) in weights.iter_mut().zip(parts) {
        let d = Decimal::parse(part, WEIGHT_DECIMALS).ok()?;
        let limit = Decimal {
            units: MAX_WEIGHT,
            scale: 0,
        };
        if d.units < 0 || d > limit {
            return None;
        }
        *weight = d.trimmed();
    }
    weights.iter().any(|w| w.units > 0).then_some(weights)
}

/// A value as shown in a notice: at most 40 characters, so a hostile link cannot flood the page.
fn quoted(value: &str) -> String {
    let mut out: String = value.chars().take(40).collect();
    if value.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// Decodes `query`, then prints the re-encoded settings and every notice.
    fn check(query: &str, expect: Expect) {
        let (settings, notices) = decode(query);
        let mut out = format!("encoded: {}\n", encode(&settings));
        for n in notices {
            out += &format!("notice: {n}\n");
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn the_default_settings_have_an_empty_query() {
        assert_eq!(encode(&Settings::default()), "");
        assert_eq!(decode(""), (Settings::default(), Vec::new()));
    }

    #[test]
    fn every_field_round_trips() {
        let d = |units, scale| Decimal { units, scale };
        let settings = Settings {
            weights: [
                d(1, 0),
                d(15, 1),
                d(2, 0),
                d(0, 0),
                d(125, 2),
                d(1, 0),
                d(3, 0),
            ],
            across: Aggregation::Geometric,
            within: Aggregation::Geometric,
            normalisation: Normalisation::Rank,
            missing: MissingRule::AllZero,
            year: 2016,
            window: 0,
            coverage: 50,
        };
        let query = encode(&settings);
        assert_eq!(
            query,
            "w=1,1.5,2,0,1.25,1,3&agg=geo&inner=geo&norm=rank&missing=zero&ref=2016&window=0&cov=50"
        );
        assert_eq!(decode(&format!("?{query}")), (settings, Vec::new()));
        check(
            "w=1%2C1%2C2.50%2C1%2C1%2C1%2C1",
            expect![[r#"
                encoded: w=1,1,2.5,1,1,1,1
            "#]],
        );
    }

    #[test]
    fn bad_values_fall_back_with_a_notice() {
        check(
            "w=1,1,1&agg=median&norm=z&missing=half&ref=15&window=11&cov=101&colour=red&inner=geo",
            expect![[r#"
                encoded: inner=geo
                notice: The link gives domain weights “1,1,1”; seven numbers from 0 to 100 (at most 2 decimals, not all 0) are understood, so every domain weighs 1.
                notice: The link asks for aggregation “median”; only ari or geo are understood, so the arithmetic mean is used.
                notice: The link asks for normalisation “z”; only minmax or rank are understood, so min-max is used.
                notice: The link asks for missing answers “half”; only skip or zero are understood, so Don't know scores 0 and the others are missing.
                notice: The link asks for reference year “15”, which is not a year from 2000; 2015 is used.
                notice: The link asks for values within “11” years; only 0 to 10 are understood, so 2 is used.
                notice: The link asks for coverage “101”; only 0 to 100 (percent) are understood, so 70 is used.
                notice: The link has an unknown index parameter “colour”; it was ignored.
            "#]],
        );
        check(
            "w=0,0,0,0,0,0,0",
            expect![[r#"
                encoded: 
                notice: The link gives domain weights “0,0,0,0,0,0,0”; seven numbers from 0 to 100 (at most 2 decimals, not all 0) are understood, so every domain weighs 1.
            "#]],
        );
        check(
            "w=1,-1,1,1,1,1,1&cov=-5",
            expect![[r#"
                encoded: 
                notice: The link gives domain weights “1,-1,1,1,1,1,1”; seven numbers from 0 to 100 (at most 2 decimals, not all 0) are understood, so every domain weighs 1.
                notice: The link asks for coverage “-5”; only 0 to 100 (percent) are understood, so 70 is used.
            "#]],
        );
        check(
            "w=1,1,1,1,1,1,1.333&w=1,1,1,1,1,1,101",
            expect![[r#"
                encoded: 
                notice: The link gives domain weights “1,1,1,1,1,1,1.333”; seven numbers from 0 to 100 (at most 2 decimals, not all 0) are understood, so every domain weighs 1.
                notice: The link gives domain weights “1,1,1,1,1,1,101”; seven numbers from 0 to 100 (at most 2 decimals, not all 0) are understood, so every domain weighs 1.
            "#]],
        );
    }
}
