//! The colour bins of a number on the map: limits at the rounded quintiles of ALL the indicator's
//! values, every year pooled, so that a colour means the same value in every year and a slider moves
//! countries between colours only when their values move.

use crate::figures::scale::{Category, BIN_COLOURS};
use crate::model::{Dataset, IndicatorId, Value};
use crate::number::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bins {
    /// Lower limits of the bins after the first, ascending: a value `v` is in bin `i` when
    /// `limits[i - 1] <= v < limits[i]`.
    pub limits: Vec<Decimal>,
    /// The lowest and highest of the values binned; `None` when the series has none (yet).
    pub range: Option<(Decimal, Decimal)>,
    /// How many values the limits were computed from.
    pub values: usize,
    /// First and last year of those values.
    pub years: Option<(u16, u16)>,
}

/// The bins of `indicator` from every value the dataset holds for it.
pub fn bins(dataset: &Dataset, indicator: IndicatorId) -> Bins {
    let mut values: Vec<Decimal> = Vec::new();
    let mut years: Option<(u16, u16)> = None;
    for observation in dataset.observations_of(indicator) {
        if let Value::Number(value) = observation.value {
            values.push(value);
            let y = observation.year;
            years = Some(years.map_or((y, y), |(a, b)| (a.min(y), b.max(y))));
        }
    }
    values.sort();
    let range = values.first().copied().zip(values.last().copied());
    let mut limits: Vec<Decimal> = Vec::new();
    if let Some((lowest, highest)) = range {
        let count = BIN_COLOURS.len();
        for k in 1..count {
            let limit = values[k * values.len() / count].two_significant().trimmed();
            // A limit at or below the lowest value, above the highest, or equal to the previous one
            // would make an empty bin: rounding and ties (many countries at 100%) merge bins instead.
            let rises = limits.last().is_none_or(|&previous| limit > previous);
            if limit > lowest && limit <= highest && rises {
                limits.push(limit);
            }
        }
    }
    Bins {
        limits,
        range,
        values: values.len(),
        years,
    }
}

impl Bins {
    /// How many bins there are: none without values, one when every value is the same.
    pub fn count(&self) -> usize {
        if self.range.is_some() {
            self.limits.len() + 1
        } else {
            0
        }
    }

    pub fn category(&self, value: Decimal) -> Category {
        Category::Bin(self.limits.iter().filter(|&&limit| value >= limit).count() as u8)
    }

    /// Every bin's category, lowest first.
    pub fn categories(&self) -> impl Iterator<Item = Category> {
        (0..self.count() as u8).map(Category::Bin)
    }

    /// "< 20", "20–40", "≥ 80"; the only bin of equal values is that value.
    pub fn label(&self, bin: u8) -> String {
        let bin = usize::from(bin);
        let show = |d: Decimal| d.trimmed().readable();
        match (
            bin.checked_sub(1).map(|i| self.limits[i]),
            self.limits.get(bin),
        ) {
            (None, None) => match self.range {
                Some((low, high)) if low == high => show(low),
                Some((low, high)) => format!("{}–{}", show(low), show(high)),
                None => String::new(),
            },
            (None, Some(&upper)) => format!("< {}", show(upper)),
            (Some(lower), Some(&upper)) => format!("{}–{}", show(lower), show(upper)),
            (Some(lower), None) => format!("≥ {}", show(lower)),
        }
    }

    /// How the bins were made, for the legend: a reader must know that colours are fixed across years.
    pub fn describe(&self) -> String {
        match (self.years, self.range) {
            (None, _) | (_, None) => "No values to colour.".to_string(),
            (_, Some((low, high))) if low == high => "All values are the same.".to_string(),
            (Some((first, last)), _) => format!(
                "Colours: quintiles of all {} values {first}–{last}, rounded, the same for every year.",
                Decimal { units: self.values as i64, scale: 0 }.readable()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture_with_series;
    use crate::model::Observation;
    use expect_test::{expect, Expect};

    /// Bins of internet_users when its values are `values` (as decimals with one digit), printed as
    /// the legend would show them, with the category of a few probes.
    fn check(values: &[i64], expect: Expect) {
        let base = fixture_with_series().dataset;
        let internet = base.indicator("internet_users").expect("series");
        let kenya = base.country("KEN").expect("KEN");
        let mut observations: Vec<Observation> = base
            .observations
            .iter()
            .filter(|o| o.indicator != internet)
            .cloned()
            .collect();
        for (i, &units) in values.iter().enumerate() {
            observations.push(Observation {
                country: kenya,
                indicator: internet,
                year: 2000 + i as u16,
                value: Value::Number(Decimal { units, scale: 1 }),
                year_adopted: None,
                detail: String::new(),
            });
        }
        let dataset = Dataset::new(
            base.sources.clone(),
            base.countries.clone(),
            base.indicators.clone(),
            observations,
        );
        let bins = bins(&dataset, internet);
        let labels: Vec<String> = (0..bins.count() as u8).map(|b| bins.label(b)).collect();
        let probe = |units| format!("{:?}", bins.category(Decimal { units, scale: 1 }));
        expect.assert_eq(&format!(
            "{} bins: {}\n{}\n0.0 → {}, 50.0 → {}, 100.0 → {}\n",
            bins.count(),
            labels.join(" | "),
            bins.describe(),
            probe(0),
            probe(500),
            probe(1000)
        ));
    }

    #[test]
    fn quintiles_of_all_years_rounded_to_two_digits() {
        check(
            &[
                12, 57, 103, 168, 231, 345, 412, 508, 633, 777, 812, 901, 955, 999,
            ],
            expect![[r#"
                5 bins: < 10 | 10–35 | 35–63 | 63–90 | ≥ 90
                Colours: quintiles of all 14 values 2000–2013, rounded, the same for every year.
                0.0 → Bin(0), 50.0 → Bin(2), 100.0 → Bin(4)
            "#]],
        );
    }

    #[test]
    fn one_value_all_equal_and_none_make_one_or_no_bin() {
        check(
            &[165],
            expect![[r#"
                1 bins: 16.5
                All values are the same.
                0.0 → Bin(0), 50.0 → Bin(0), 100.0 → Bin(0)
            "#]],
        );
        check(
            &[400, 400, 400, 400],
            expect![[r#"
                1 bins: 40
                All values are the same.
                0.0 → Bin(0), 50.0 → Bin(0), 100.0 → Bin(0)
            "#]],
        );
        check(
            &[],
            expect![[r#"
                0 bins: 
                No values to colour.
                0.0 → Bin(0), 50.0 → Bin(0), 100.0 → Bin(0)
            "#]],
        );
    }

    #[test]
    fn ties_merge_bins_instead_of_leaving_one_empty() {
        check(
            &[1000, 1000, 1000, 1000, 1000, 1000, 1000, 20, 30, 995],
            expect![[r#"
                2 bins: < 100 | ≥ 100
                Colours: quintiles of all 10 values 2000–2009, rounded, the same for every year.
                0.0 → Bin(0), 50.0 → Bin(0), 100.0 → Bin(1)
            "#]],
        );
    }
}
