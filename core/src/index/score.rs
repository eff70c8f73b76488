//! The index itself: each used indicator's value for the reference year, scored or normalised to 0–1,
//! averaged within domains, then across domains with the reader's weights; coverage, ranks, and the
//! domain scores of each WHO region and the world.
//!
//! [`Prepared`] does all the work that depends only on the data, the structure, the reference year and
//! the window, for every normalisation, missing-answer rule and within-domain aggregation at once, so
//! that a change of weights or method ([`compute`]) and each Monte Carlo draw only re-aggregate seven
//! domain scores per country.

use crate::answer::Answer;
use crate::collate::collation_key;
use crate::model::{BuildingBlock, CountryId, Dataset, IndicatorId, Value};
use crate::region::Region;

use super::config::{Direction, IndexConfig, Transform};
use super::settings::{Aggregation, MissingRule, Normalisation, Settings};

/// The floor of a geometric mean, on the 0–1 scale: a score below it (a zero) counts as it, so that a
/// single zero lowers a geometric mean strongly but does not make it zero whatever the rest.
pub const EPSILON: f64 = 0.01;

/// Number of domains: the seven building blocks.
pub const DOMAINS: usize = 7;

/// Why an indicator of the structure does not take part in the index for this reference year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOutReason {
    /// No country has a value within the window (for a series: is its file loaded?).
    NoValues,
    /// All values present are equal (or only one country has one): min-max and ranks are undefined,
    /// and an indicator that does not vary cannot order countries.
    Constant,
}

/// A used indicator that is left out, and why. Coverage does not count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub indicator: IndicatorId,
    pub reason: LeftOutReason,
}

/// One country's result. Scores are on 0–100.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryScore {
    pub country: CountryId,
    /// `None` when coverage is below the threshold or the country has no indicator at all.
    pub score: Option<f64>,
    /// Each domain's score (order of [`BuildingBlock::ALL`]); `None` without any of its indicators.
    pub domains: [Option<f64>; DOMAINS],
    /// Weighted share of the index's indicators the country has, 0 to 1: the sum over domains of
    /// (domain weight) × (its indicators present / its indicators), over the sum of the weights of
    /// domains that have indicators.
    pub coverage: f64,
    /// Competition rank among scored countries ("1224": tied countries share the best rank, the next
    /// rank skips); `None` when not scored.
    pub rank: Option<u32>,
}

/// The index for one set of settings.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexResult {
    /// Every country of the dataset, in the dataset's order (`countries[id.0]`).
    pub countries: Vec<CountryScore>,
    /// Used indicators without a usable value this reference year.
    pub left_out: Vec<LeftOut>,
    /// Domains with a positive weight but no usable indicator: they do not take part.
    pub empty_domains: Vec<BuildingBlock>,
}

/// How to sort [`IndexResult::countries`] for a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// Best rank first; ties and unscored countries by name.
    Rank,
    Name,
    /// Most coverage first.
    Coverage,
    /// Best domain score first; countries without it last.
    Domain(BuildingBlock),
}

/// Everything the index needs that does not depend on weights or methods.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    pub year: u16,
    pub window: u16,
    /// The used indicators, in the structure's order.
    pub indicators: Vec<IndicatorId>,
    countries: usize,
    left_out: Vec<LeftOut>,
    /// Domain scores for each normalisation × missing rule × within-aggregation, see [`variant`].
    variants: Vec<DomainScores>,
    /// Of each domain, how many indicators are usable.
    usable: [u16; DOMAINS],
}

/// Seven domain scores (0–1, NaN when missing) and counts of indicators present, per country.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DomainScores {
    pub(crate) scores: Vec<[f64; DOMAINS]>,
    pub(crate) present: Vec<[u16; DOMAINS]>,
}

/// Position of a method combination in [`Prepared`]'s variants.
pub(crate) fn variant(norm: Normalisation, missing: MissingRule, within: Aggregation) -> usize {
    let n = Normalisation::ALL
        .iter()
        .position(|&x| x == norm)
        .unwrap_or(0);
    let m = MissingRule::ALL
        .iter()
        .position(|&x| x == missing)
        .unwrap_or(0);
    let w = Aggregation::ALL
        .iter()
        .position(|&x| x == within)
        .unwrap_or(0);
    (n * 2 + m) * 2 + w
}

/// One used indicator's value per country, before normalisation.
enum Column {
    Answers(Vec<Option<Answer>>),
    /// Transformed, with the direction applied (so higher is always more ready).
    Numbers(Vec<Option<f64>>),
}

impl Prepared {
    /// Reads each used indicator's value for `year`: the value of that year, else the nearest within
    /// `window` years either side, the earlier one when two are equally near (it was known then).
    pub fn new(dataset: &Dataset, config: &IndexConfig, year: u16, window: u16) -> Prepared {
        let countries = dataset.countries.len();
        let mut indicators = Vec::new();
        let mut domains = Vec::new();
        let mut columns = Vec::new();
        for entry in config.used() {
            let nearest = nearest_values(dataset, entry.indicator, year, window);
            let column =
                match dataset[entry.indicator].measure.number() {
                    None => Column::Answers(
                        nearest
                            .iter()
                            .map(|v| match v {
                                Some(Value::Answer(a)) => Some(*a),
                                _ => None,
                            })
                            .collect(),
                    ),
                    Some(_) => Column::Numbers(
                        nearest
                            .iter()
                            .map(|v| match v {
                                Some(Value::Number(d)) => transform(d.to_f64(), entry.transform)
                                    .map(|x| match entry.direction {
                                        Direction::Higher => x,
                                        Direction::Lower => -x,
                                    }),
                                _ => None,
                            })
                            .collect(),
                    ),
                };
            indicators.push(entry.indicator);
            domains.push(super::settings::domain_index(entry.domain));
            columns.push(column);
        }
        let mut left_out = Vec::new();
        let mut usable = [0u16; DOMAINS];
        let mut keep = vec![true; columns.len()];
        for (j, column) in columns.iter().enumerate() {
            let reason = match column {
                Column::Answers(a) if a.iter().all(Option::is_none) => {
                    Some(LeftOutReason::NoValues)
                }
                Column::Answers(_) => None,
                Column::Numbers(v) => {
                    let present: Vec<f64> = v.iter().flatten().copied().collect();
                    if present.is_empty() {
                        Some(LeftOutReason::NoValues)
                    } else if present.iter().all(|&x| x == present[0]) {
                        Some(LeftOutReason::Constant)
                    } else {
                        None
                    }
                }
            };
            match reason {
                Some(reason) => {
                    keep[j] = false;
                    left_out.push(LeftOut {
                        indicator: indicators[j],
                        reason,
                    });
                }
                None => usable[domains[j]] += 1,
            }
        }
        let mut variants = Vec::new();
        for norm in Normalisation::ALL {
            for missing in MissingRule::ALL {
                let matrix: Vec<Vec<f64>> = columns
                    .iter()
                    .map(|column| normalise(column, norm, missing))
                    .collect();
                for within in Aggregation::ALL {
                    variants.push(domain_scores(&matrix, &domains, &keep, countries, within));
                }
            }
        }
        Prepared {
            year,
            window,
            indicators,
            countries,
            left_out,
            variants,
            usable,
        }
    }

    /// Whether these prepared values serve `settings` (same reference year and window).
    pub fn is_for(&self, settings: &Settings) -> bool {
        self.year == settings.year && self.window == settings.window
    }

    pub(crate) fn scores(&self, settings: &Settings) -> &DomainScores {
        &self.variants[variant(settings.normalisation, settings.missing, settings.within)]
    }

    pub(crate) fn variants_for(&self, within: Aggregation) -> Vec<DomainScores> {
        let mut out = Vec::new();
        for norm in Normalisation::ALL {
            for missing in MissingRule::ALL {
                out.push(self.variants[variant(norm, missing, within)].clone());
            }
        }
        out
    }

    pub(crate) fn usable(&self) -> [u16; DOMAINS] {
        self.usable
    }

    pub(crate) fn country_count(&self) -> usize {
        self.countries
    }
}

/// The index for `settings`, from values prepared for its reference year and window (see
/// [`Prepared::is_for`]). Cheap: seven domain scores per country are re-aggregated.
pub fn compute(prepared: &Prepared, settings: &Settings) -> IndexResult {
    let weights = settings.weights_f64();
    let domain_scores = prepared.scores(settings);
    let usable = prepared.usable();
    let threshold = f64::from(settings.coverage) / 100.0;
    let mut countries: Vec<CountryScore> = (0..prepared.country_count())
        .map(|c| {
            let coverage = coverage(&domain_scores.present[c], &usable, &weights);
            let row = &domain_scores.scores[c];
            let score = aggregate(row, &weights, settings.across)
                .filter(|_| coverage > 0.0 && coverage + 1e-9 >= threshold);
            CountryScore {
                country: CountryId(c),
                score: score.map(|s| s * 100.0),
                domains: row.map(|d| (!d.is_nan()).then_some(d * 100.0)),
                coverage,
                rank: None,
            }
        })
        .collect();
    let scores: Vec<Option<f64>> = countries.iter().map(|c| c.score).collect();
    for (country, rank) in countries.iter_mut().zip(competition_ranks(&scores)) {
        country.rank = rank;
    }
    let empty_domains = BuildingBlock::ALL
        .into_iter()
        .enumerate()
        .filter(|&(d, _)| weights[d] > 0.0 && usable[d] == 0)
        .map(|(_, block)| block)
        .collect();
    IndexResult {
        countries,
        left_out: prepared.left_out.clone(),
        empty_domains,
    }
}

/// Prepares and computes in one call, for a page that has no prepared values yet.
pub fn index(dataset: &Dataset, config: &IndexConfig, settings: &Settings) -> IndexResult {
    compute(
        &Prepared::new(dataset, config, settings.year, settings.window),
        settings,
    )
}

/// Competition ranks ("1224") of scores, highest first; `None` stays unranked.
pub fn competition_ranks(scores: &[Option<f64>]) -> Vec<Option<u32>> {
    scores
        .iter()
        .map(|s| {
            s.map(|s| {
                let better = scores.iter().flatten().filter(|&&other| other > s).count();
                better as u32 + 1
            })
        })
        .collect()
}

/// The countries' ids in the order of `key`.
pub fn sorted(result: &IndexResult, dataset: &Dataset, key: SortKey) -> Vec<CountryId> {
    let mut rows: Vec<&CountryScore> = result.countries.iter().collect();
    let name = |c: &CountryScore| collation_key(&dataset[c.country].name);
    let descending = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(&a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    rows.sort_by(|a, b| {
        let primary = match key {
            SortKey::Rank => descending(a.score, b.score),
            SortKey::Name => std::cmp::Ordering::Equal,
            SortKey::Coverage => descending(Some(a.coverage), Some(b.coverage)),
            SortKey::Domain(block) => {
                let d = super::settings::domain_index(block);
                descending(a.domains[d], b.domains[d])
            }
        };
        primary.then_with(|| name(a).cmp(&name(b)))
    });
    rows.into_iter().map(|c| c.country).collect()
}

/// A group of countries whose domain scores the profile page compares with a country's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    World,
    Region(Region),
}

/// The median domain scores of an area's scored countries: the median, so that one outlying country
/// does not move its region's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaScores {
    pub area: Area,
    /// Scored countries in the area.
    pub countries: usize,
    pub score: Option<f64>,
    pub domains: [Option<f64>; DOMAINS],
}

/// The world's and each WHO region's median scores, over the countries scored.
pub fn area_scores(result: &IndexResult, dataset: &Dataset) -> Vec<AreaScores> {
    let areas = std::iter::once(Area::World).chain(Region::ALL.into_iter().map(Area::Region));
    areas
        .map(|area| {
            let members: Vec<&CountryScore> = result
                .countries
                .iter()
                .filter(|c| c.score.is_some())
                .filter(|c| match area {
                    Area::World => true,
                    Area::Region(r) => dataset[c.country].who_region == Some(r),
                })
                .collect();
            let mut domains = [None; DOMAINS];
            for (d, slot) in domains.iter_mut().enumerate() {
                *slot = median(members.iter().filter_map(|c| c.domains[d]).collect());
            }
            AreaScores {
                area,
                countries: members.len(),
                score: median(members.iter().filter_map(|c| c.score).collect()),
                domains,
            }
        })
        .collect()
}

/// The median; the mean of the two middle values of an even count.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

/// The weighted mean of the domains present (weights of the missing ones are spread over the rest).
pub(crate) fn aggregate(
    domains: &[f64; DOMAINS],
    weights: &[f64; DOMAINS],
    how: Aggregation,
) -> Option<f64> {
    let mut total = 0.0;
    let mut sum = 0.0;
    for (&d, &w) in domains.iter().zip(weights) {
        if w > 0.0 && !d.is_nan() {
            total += w;
            sum += w * match how {
                Aggregation::Arithmetic => d,
                Aggregation::Geometric => d.max(EPSILON).ln(),
            };
        }
    }
    (total > 0.0).then(|| match how {
        Aggregation::Arithmetic => sum / total,
        Aggregation::Geometric => (sum / total).exp(),
    })
}

/// See [`CountryScore::coverage`].
pub(crate) fn coverage(
    present: &[u16; DOMAINS],
    usable: &[u16; DOMAINS],
    weights: &[f64; DOMAINS],
) -> f64 {
    let mut total = 0.0;
    let mut share = 0.0;
    for d in 0..DOMAINS {
        if usable[d] > 0 && weights[d] > 0.0 {
            total += weights[d];
            share += weights[d] * f64::from(present[d]) / f64::from(usable[d]);
        }
    }
    if total > 0.0 {
        share / total
    } else {
        0.0
    }
}

/// The value of each country nearest the reference year within the window (see [`Prepared::new`]).
fn nearest_values(
    dataset: &Dataset,
    indicator: IndicatorId,
    year: u16,
    window: u16,
) -> Vec<Option<Value>> {
    let mut best: Vec<Option<(u16, u16, &Value)>> = vec![None; dataset.countries.len()];
    for o in dataset.observations_of(indicator) {
        let distance = o.year.abs_diff(year);
        if distance > window {
            continue;
        }
        let slot = &mut best[o.country.0];
        let better = match slot {
            None => true,
            Some((d, y, _)) => (distance, o.year) < (*d, *y),
        };
        if better {
            *slot = Some((distance, o.year, &o.value));
        }
    }
    best.into_iter()
        .map(|b| b.map(|(_, _, v)| v.clone()))
        .collect()
}

fn transform(x: f64, transform: Transform) -> Option<f64> {
    match transform {
        Transform::None => Some(x),
        Transform::Log => (x > -1.0).then(|| x.ln_1p()),
    }
}

/// One column on the 0–1 scale, NaN where missing.
fn normalise(column: &Column, norm: Normalisation, missing: MissingRule) -> Vec<f64> {
    match column {
        Column::Answers(answers) => answers
            .iter()
            .map(|a| score_answer(*a, missing).unwrap_or(f64::NAN))
            .collect(),
        Column::Numbers(values) => {
            let present: Vec<f64> = values.iter().flatten().copied().collect();
            match norm {
                Normalisation::MinMax => {
                    let min = present.iter().copied().fold(f64::INFINITY, f64::min);
                    let max = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    let span = max - min;
                    values
                        .iter()
                        .map(|v| match v {
                            Some(x) if span > 0.0 => (x - min) / span,
                            _ => f64::NAN,
                        })
                        .collect()
                }
                Normalisation::Rank => {
                    let n = present.len();
                    let ranks = average_ranks(&present);
                    let mut ranks = ranks.into_iter();
                    values
                        .iter()
                        .map(|v| match v {
                            Some(_) => {
                                let r = ranks.next().unwrap_or(1.0);
                                if n > 1 {
                                    (r - 1.0) / (n as f64 - 1.0)
                                } else {
                                    f64::NAN
                                }
                            }
                            None => f64::NAN,
                        })
                        .collect()
                }
            }
        }
    }
}

/// A survey answer's score under a missing-answer rule: Yes 1, No 0, the rest 0 or missing.
pub fn score_answer(answer: Option<Answer>, missing: MissingRule) -> Option<f64> {
    match (answer?, missing) {
        (Answer::Yes, _) => Some(1.0),
        (Answer::No | Answer::DontKnow, _) => Some(0.0),
        (Answer::NotApplicable | Answer::Unanswered, MissingRule::DontKnowZero) => None,
        (Answer::NotApplicable | Answer::Unanswered, MissingRule::AllZero) => Some(0.0),
    }
}

/// Ranks from 1 (smallest), ties given the mean of the ranks they span: 10, 20, 20, 30 → 1, 2.5, 2.5, 4.
pub fn average_ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = rank;
        }
        i = j + 1;
    }
    ranks
}

fn domain_scores(
    matrix: &[Vec<f64>],
    domains: &[usize],
    keep: &[bool],
    countries: usize,
    within: Aggregation,
) -> DomainScores {
    let mut scores = vec![[f64::NAN; DOMAINS]; countries];
    let mut present = vec![[0u16; DOMAINS]; countries];
    for c in 0..countries {
        let mut sums = [0.0; DOMAINS];
        for (j, column) in matrix.iter().enumerate() {
            let x = column[c];
            if !keep[j] || x.is_nan() {
                continue;
            }
            let d = domains[j];
            present[c][d] += 1;
            sums[d] += match within {
                Aggregation::Arithmetic => x,
                Aggregation::Geometric => x.max(EPSILON).ln(),
            };
        }
        for d in 0..DOMAINS {
            if present[c][d] > 0 {
                let mean = sums[d] / f64::from(present[c][d]);
                scores[c][d] = match within {
                    Aggregation::Arithmetic => mean,
                    Aggregation::Geometric => mean.exp(),
                };
            }
        }
    }
    DomainScores { scores, present }
}
