//! How much a country's rank owes to the choices a reviewer would question: a Monte Carlo over domain
//! weights, normalisation, aggregation across domains and the missing-answer rule. It runs in slices
//! ([`MonteCarlo::step`]) so that the page can keep every task short, and is reproducible for a seed.
//!
//! Each draw: every domain weight is multiplied by a factor drawn uniformly from
//! [[`WEIGHT_LOW`], [`WEIGHT_HIGH`]) (weights are relative, so this is the same as renormalising);
//! normalisation (min-max or ranks), aggregation across domains (arithmetic or geometric) and the
//! missing-answer rule (Don't know 0 with the rest missing, or all 0) are each drawn with equal odds.
//! The within-domain aggregation, reference year, window and coverage threshold stay as set.
//! The countries ranked are those scored under the reader's settings, fixed for every draw so that
//! ranks are comparable; in a draw where one has no score it is ranked last.

use crate::model::CountryId;

use super::score::{aggregate, DomainScores, Prepared, DOMAINS};
use super::settings::{Aggregation, Settings};
use super::{compute, IndexResult};

/// Range of the factor each domain weight is multiplied by in a draw.
pub const WEIGHT_LOW: f64 = 0.5;
pub const WEIGHT_HIGH: f64 = 1.5;
/// The draws the page runs by default.
pub const DEFAULT_DRAWS: u32 = 1000;
/// The seed the page uses by default, so that everyone sees the same intervals.
pub const DEFAULT_SEED: u64 = 2015;
/// The interval's ends, in percent of the draws: 5th and 95th percentile ranks (a 90% interval).
pub const LOW_PERCENTILE: u32 = 5;
pub const HIGH_PERCENTILE: u32 = 95;

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast generator with good statistical quality;
/// the same seed gives the same sequence on every platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform on [0, 1), from the top 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A fair coin.
    pub fn next_bool(&mut self) -> bool {
        self.next_u64() >> 63 == 1
    }
}

/// One country's rank over the draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RankInterval {
    pub country: CountryId,
    /// Median rank over the draws.
    pub median: u32,
    /// 5th and 95th percentile ranks: the smallest rank reached or beaten in at least 5% (95%) of
    /// the draws. `low ≤ median ≤ high` always.
    pub low: u32,
    pub high: u32,
}

/// The Monte Carlo's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uncertainty {
    pub seed: u64,
    pub draws: u32,
    /// One per country ranked, best median rank first (ties by country order).
    pub intervals: Vec<RankInterval>,
}

impl Uncertainty {
    pub fn interval(&self, country: CountryId) -> Option<&RankInterval> {
        self.intervals.iter().find(|i| i.country == country)
    }

    /// Two countries' ranks are not distinguishable when their 5th–95th percentile intervals overlap.
    /// A conservative rule: separate intervals mean the order held in almost every draw; overlapping
    /// ones do not prove the ranks equal, only that the method's choices can swap them.
    pub fn indistinguishable(&self, a: CountryId, b: CountryId) -> bool {
        match (self.interval(a), self.interval(b)) {
            (Some(a), Some(b)) => a.low <= b.high && b.low <= a.high,
            _ => false,
        }
    }

    /// The other countries whose ranks cannot be told apart from `country`'s, best median first.
    pub fn overlapping(&self, country: CountryId) -> Vec<CountryId> {
        self.intervals
            .iter()
            .filter(|i| i.country != country && self.indistinguishable(country, i.country))
            .map(|i| i.country)
            .collect()
    }
}

/// The Monte Carlo in progress. Owns what it needs (a few KB per country), so the page can keep it
/// between animation frames.
#[derive(Clone, Debug)]
pub struct MonteCarlo {
    seed: u64,
    rng: SplitMix64,
    total: u32,
    done: u32,
    weights: [f64; DOMAINS],
    /// Domain scores for each normalisation × missing rule, at the reader's within-aggregation.
    variants: Vec<DomainScores>,
    /// Countries ranked (dataset positions).
    members: Vec<usize>,
    /// `counts[i * m + r]`: draws in which member `i` had rank `r + 1`.
    counts: Vec<u32>,
    scratch: Vec<(f64, usize)>,
}

impl MonteCarlo {
    /// Sets up `draws` draws around `settings` from `seed`; `prepared` must be for the settings'
    /// reference year and window.
    pub fn new(prepared: &Prepared, settings: &Settings, seed: u64, draws: u32) -> MonteCarlo {
        let central: IndexResult = compute(prepared, settings);
        let members: Vec<usize> = central
            .countries
            .iter()
            .filter(|c| c.score.is_some())
            .map(|c| c.country.0)
            .collect();
        let m = members.len();
        MonteCarlo {
            seed,
            rng: SplitMix64::new(seed),
            total: draws,
            done: 0,
            weights: settings.weights_f64(),
            variants: prepared.variants_for(settings.within),
            members,
            counts: vec![0; m * m],
            scratch: Vec::with_capacity(m),
        }
    }

    /// Runs at most `draws` more draws (a bounded slice of work: about 7 × countries operations and
    /// one sort per draw); returns whether all are done.
    pub fn step(&mut self, draws: u32) -> bool {
        let m = self.members.len();
        for _ in 0..draws.min(self.total - self.done) {
            let mut weights = self.weights;
            for w in &mut weights {
                *w *= WEIGHT_LOW + (WEIGHT_HIGH - WEIGHT_LOW) * self.rng.next_f64();
            }
            let normalisation = usize::from(self.rng.next_bool());
            let missing = usize::from(self.rng.next_bool());
            let across = Aggregation::ALL[usize::from(self.rng.next_bool())];
            let scores = &self.variants[normalisation * 2 + missing];
            self.scratch.clear();
            for (i, &c) in self.members.iter().enumerate() {
                let s = aggregate(&scores.scores[c], &weights, across).unwrap_or(f64::NEG_INFINITY);
                self.scratch.push((s, i));
            }
            self.scratch.sort_by(|a, b| b.0.total_cmp(&a.0));
            // Competition ranks: a member tied with the one before shares its rank.
            let mut rank = 0;
            for k in 0..m {
                if k == 0 || self.scratch[k].0 != self.scratch[k - 1].0 {
                    rank = k;
                }
                let i = self.scratch[k].1;
                self.counts[i * m + rank] += 1;
            }
            self.done += 1;
        }
        self.done == self.total
    }

    pub fn done(&self) -> u32 {
        self.done
    }

    pub fn total(&self) -> u32 {
        self.total
    }

    /// The intervals over the draws done so far.
    pub fn result(&self) -> Uncertainty {
        let m = self.members.len();
        let mut intervals: Vec<RankInterval> = self
            .members
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let counts = &self.counts[i * m..(i + 1) * m];
                RankInterval {
                    country: CountryId(c),
                    median: percentile(counts, 50, self.done),
                    low: percentile(counts, LOW_PERCENTILE, self.done),
                    high: percentile(counts, HIGH_PERCENTILE, self.done),
                }
            })
            .collect();
        intervals.sort_by_key(|i| (i.median, i.country));
        Uncertainty {
            seed: self.seed,
            draws: self.done,
            intervals,
        }
    }
}

/// All draws at once: what the benchmark times ("1,000 draws for all countries").
pub fn uncertainty(prepared: &Prepared, settings: &Settings, seed: u64, draws: u32) -> Uncertainty {
    let mut monte_carlo = MonteCarlo::new(prepared, settings, seed, draws);
    monte_carlo.step(draws);
    monte_carlo.result()
}

/// The smallest rank `r` reached in at least `percent`% of `draws` (inverse of the empirical
/// distribution function); 0 before any draw.
fn percentile(counts: &[u32], percent: u32, draws: u32) -> u32 {
    let needed = (u64::from(percent) * u64::from(draws)).div_ceil(100).max(1);
    let mut seen = 0u64;
    for (r, &count) in counts.iter().enumerate() {
        seen += u64::from(count);
        if seen >= needed {
            return r as u32 + 1;
        }
    }
    0
}
