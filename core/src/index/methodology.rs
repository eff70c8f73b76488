//! The methodology text, written from the structure (`index.csv`) and the settings, so that what the
//! page says is what the code does. Headed paragraphs and one row per indicator, for the page to draw.
//! Numbers in it are the method's own (weights, window, thresholds), never figures about countries.

use crate::model::{BuildingBlock, Dataset};
use crate::number::Decimal;

use super::config::{Direction, IndexConfig, Transform};
use super::settings::{domain_index, Aggregation, MissingRule, Normalisation, Settings};
use super::uncertainty::{DEFAULT_DRAWS, HIGH_PERCENTILE, LOW_PERCENTILE, WEIGHT_HIGH, WEIGHT_LOW};
use super::EPSILON;

/// A heading and its paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// One indicator of the structure, as the methodology table lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorRow {
    pub id: String,
    pub label: String,
    /// The building block's name.
    pub domain: &'static str,
    /// "higher is better" or "lower is better".
    pub direction: &'static str,
    /// "as published" or "log(1 + x)"; "yes/no" for survey questions.
    pub transform: &'static str,
    pub rationale: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Methodology {
    /// Structure, scoring, normalisation, reference year, aggregation, coverage, ranks, uncertainty.
    pub sections: Vec<Section>,
    /// The indicators scored, by domain in the toolkit's order, then in the file's order.
    pub indicators: Vec<IndicatorRow>,
    /// The indicators deliberately left out, with the reason.
    pub left_out: Vec<IndicatorRow>,
}

pub fn methodology(dataset: &Dataset, config: &IndexConfig, settings: &Settings) -> Methodology {
    let used: Vec<_> = config.used().collect();
    let per_domain: Vec<String> = BuildingBlock::ALL
        .into_iter()
        .map(|block| {
            let count = used.iter().filter(|e| e.domain == block).count();
            format!(
                "{} ({count} indicator{}, weight {})",
                block.name(),
                if count == 1 { "" } else { "s" },
                settings.weight(block).trimmed().readable()
            )
        })
        .collect();
    let questions = used
        .iter()
        .filter(|e| dataset[e.indicator].measure.number().is_none())
        .count();
    let series = used.len() - questions;
    let epsilon = decimal_text(EPSILON, 2);
    let section = |heading: &str, paragraphs: Vec<String>| Section {
        heading: heading.to_string(),
        paragraphs,
    };
    let sections = vec![
        section(
            "Structure",
            vec![
                format!(
                    "The index follows the OECD/JRC Handbook on Constructing Composite Indicators. Its domains are the seven building blocks of the WHO-ITU National eHealth Strategy Toolkit: {}. It uses {questions} yes/no questions of the 2015 WHO Global Observatory for eHealth survey and {series} statistical series; each is listed below with its domain and why it is there, and the questions left out are listed with the reason.",
                    per_domain.join("; ")
                ),
                "The published composites used to check the index (ITU ICT Development Index, WEF Networked Readiness Index, UN E-Government Development Index) are not part of it, so that the check is not circular.".to_string(),
            ],
        ),
        section(
            "Scoring of survey answers",
            vec![
                format!(
                    "Yes scores 1 and No scores 0. Current rule: {}. The alternative rule ({}) is one of the choices the uncertainty analysis varies. A country that did not respond to the survey has no answers under either rule.",
                    missing_sentence(settings.missing),
                    missing_sentence(other_missing(settings.missing))
                ),
                "Don't know scores 0 by default because a respondent who cannot say whether a policy exists is not relying on it; Not applicable and Unanswered say nothing about readiness and are left out.".to_string(),
            ],
        ),
        section(
            "Normalisation",
            vec![
                format!(
                    "Series are brought to a 0–1 scale by {}{}. The alternative ({}) is varied in the uncertainty analysis. Survey scores are already 0 or 1 and are not rescaled.",
                    settings.normalisation.label(),
                    match settings.normalisation {
                        Normalisation::MinMax => ": (x − minimum) / (maximum − minimum) over every country with a value",
                        Normalisation::Rank => ": (rank − 1) / (countries with a value − 1), tied values sharing their average rank",
                    },
                    other_normalisation(settings.normalisation).label()
                ),
                "Right-skewed series marked log are taken as log(1 + x) first, so that a few very high values do not squeeze the rest; series where less is better would be reversed (none is at present). A series whose values are all equal, or that only one country has, cannot be normalised and is left out for everyone, as is one with no value in the window; the page names them.".to_string(),
            ],
        ),
        section(
            "Reference year",
            vec![format!(
                "Each value is the one of {}; where a country has none that year, the nearest year within {} either side, and the earlier of two equally near years (it was known at the time). The survey's answers are of 2015.",
                settings.year,
                plural(u32::from(settings.window), "year")
            )],
        ),
        section(
            "Aggregation",
            vec![
                format!(
                    "Within a domain, the indicators a country has are combined by their {} with equal weights; across domains, the domain scores by their {} with the domain weights above, spread over the domains the country has.",
                    settings.within.label(),
                    settings.across.label()
                ),
                format!(
                    "A geometric mean rewards balance: a weak domain is not fully offset by a strong one. Scores below {epsilon} (on the 0–1 scale) count as {epsilon} in a geometric mean, so a single zero lowers it strongly but does not make it zero. Scores are shown on 0–100.{}",
                    if settings.within == Aggregation::Geometric {
                        " Within a domain of yes/no answers a geometric mean makes every No weigh heavily; the arithmetic mean, the default, counts them."
                    } else {
                        ""
                    }
                ),
            ],
        ),
        section(
            "Coverage",
            vec![format!(
                "A country is scored only if it has at least {}% of the weighted indicators: for each domain, the share of its indicators the country has, weighted by the domain's weight. Its coverage is shown beside its score, and a country below the threshold is listed without score or rank.",
                settings.coverage
            )],
        ),
        section(
            "Ranks",
            vec!["Countries are ranked by score, highest first. Equal scores share the better rank and the next rank is skipped (competition ranking: 1, 2, 2, 4). Region and world values are medians of the scored countries' scores.".to_string()],
        ),
        section(
            "Uncertainty",
            vec![
                format!(
                    "{DEFAULT_DRAWS} Monte Carlo draws vary the choices a reviewer would question: each domain weight is multiplied by a factor drawn uniformly between {} and {}; normalisation (min-max or ranks), aggregation across domains (arithmetic or geometric) and the rule for Don't know, Not applicable and Unanswered are each drawn with equal odds. The countries scored with the settings above are ranked in every draw.",
                    decimal_text(WEIGHT_LOW, 1),
                    decimal_text(WEIGHT_HIGH, 1)
                ),
                format!(
                    "Each country's rank is given as its median over the draws with the interval from the {LOW_PERCENTILE}th to the {HIGH_PERCENTILE}th percentile. Two countries whose intervals overlap cannot be told apart: the method's own choices can swap them. The draws are reproducible: the same seed gives the same intervals."
                ),
            ],
        ),
    ];
    let row = |e: &&super::config::Entry| {
        let indicator = &dataset[e.indicator];
        IndicatorRow {
            id: indicator.id.clone(),
            label: indicator.label.clone(),
            domain: e.domain.name(),
            direction: match e.direction {
                Direction::Higher => "higher is better",
                Direction::Lower => "lower is better",
            },
            transform: match (indicator.measure.number(), e.transform) {
                (None, _) => "yes/no",
                (Some(_), Transform::None) => "as published",
                (Some(_), Transform::Log) => "log(1 + x)",
            },
            rationale: e.rationale.clone(),
        }
    };
    let mut indicators: Vec<_> = used.iter().collect();
    indicators.sort_by_key(|e| domain_index(e.domain));
    let left_out: Vec<_> = config.entries.iter().filter(|e| !e.used).collect();
    Methodology {
        sections,
        indicators: indicators.into_iter().map(row).collect(),
        left_out: left_out.iter().map(row).collect(),
    }
}

fn missing_sentence(rule: MissingRule) -> &'static str {
    rule.label()
}

fn other_missing(rule: MissingRule) -> MissingRule {
    match rule {
        MissingRule::DontKnowZero => MissingRule::AllZero,
        MissingRule::AllZero => MissingRule::DontKnowZero,
    }
}

fn other_normalisation(norm: Normalisation) -> Normalisation {
    match norm {
        Normalisation::MinMax => Normalisation::Rank,
        Normalisation::Rank => Normalisation::MinMax,
    }
}

fn plural(n: u32, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A method constant as text, through the exact decimal (no float formatting in the page's wasm).
fn decimal_text(x: f64, decimals: u8) -> String {
    Decimal {
        units: (x * 10f64.powi(i32::from(decimals))).round() as i64,
        scale: decimals,
    }
    .trimmed()
    .plain()
}
