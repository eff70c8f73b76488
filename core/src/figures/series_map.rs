//! The world choropleth of a yearly number (internet users, EGDI, ...): each country's value for the
//! year shown (or its latest within N years of it), its colour bin, the legend with "no data" counted
//! apart from low values, the tooltip text, and the fact: median and range of the countries shown.

use crate::figures::bins::Bins;
use crate::figures::fact::Fact;
use crate::figures::map::{Hover, LegendEntry};
use crate::figures::scale::Category;
use crate::filter::Filter;
use crate::model::{CountryId, Dataset, IndicatorId, Value};
use crate::number::Decimal;

/// What one country shows: the year its value is from, and the value.
pub type Reading = Option<(u16, Decimal)>;

/// Which value a map of a series shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    /// The year on the slider.
    pub year: u16,
    /// How many years back a country's latest value may be; 0 means that year's value only.
    pub within: u16,
}

impl When {
    /// "2015", or "latest value within 3 years of 2015".
    pub fn describe(self) -> String {
        match self.within {
            0 => self.year.to_string(),
            1 => format!("latest value from {} or {}", self.year - 1, self.year),
            n => format!("latest value within {n} years of {}", self.year),
        }
    }
}

/// Each country's reading, indexed like [`Dataset::countries`].
pub fn readings(dataset: &Dataset, indicator: IndicatorId, when: When) -> Vec<Reading> {
    dataset
        .country_ids()
        .map(|country| {
            let observation = dataset.latest(country, indicator, when.year, when.within)?;
            match observation.value {
                Value::Number(value) => Some((observation.year, value)),
                _ => None,
            }
        })
        .collect()
}

/// The category of each country, indexed like [`Dataset::countries`].
pub fn categories(readings: &[Reading], bins: &Bins) -> Vec<Category> {
    readings
        .iter()
        .map(|reading| reading.map_or(Category::NoData, |(_, value)| bins.category(value)))
        .collect()
}

/// Bins lowest first, then "No data". A bin counts the countries the filter admits that have a value;
/// "No data" counts the WHO Member States the filter admits that have none (territories without a
/// value are drawn grey but, as on the survey map, not counted).
pub fn legend(
    dataset: &Dataset,
    readings: &[Reading],
    bins: &Bins,
    filter: Filter,
) -> Vec<LegendEntry> {
    let admitted = |c: CountryId| filter.admits(&dataset[c]);
    let mut counts = vec![0; bins.count()];
    let mut no_data = 0;
    for country in dataset.country_ids().filter(|&c| admitted(c)) {
        match readings.get(country.0).copied().flatten() {
            Some((_, value)) => {
                if let Category::Bin(bin) = bins.category(value) {
                    counts[usize::from(bin)] += 1;
                }
            }
            None if dataset[country].who_region.is_some() => no_data += 1,
            None => {}
        }
    }
    bins.categories()
        .zip(counts)
        .enumerate()
        .map(|(bin, (category, count))| LegendEntry {
            category,
            label: bins.label(bin as u8),
            count,
        })
        .chain([LegendEntry {
            category: Category::NoData,
            label: Category::NoData.label().to_string(),
            count: no_data,
        }])
        .collect()
}

/// The tooltip of one country on the map of a series.
pub fn hover(
    dataset: &Dataset,
    indicator: IndicatorId,
    readings: &[Reading],
    bins: &Bins,
    when: When,
    country: CountryId,
) -> Hover {
    let reading = readings.get(country.0).copied().flatten();
    let unit = dataset[indicator]
        .measure
        .number()
        .map_or("", |n| n.unit.as_str());
    Hover {
        name: dataset[country].name.clone(),
        category: reading.map_or(Category::NoData, |(_, value)| bins.category(value)),
        value: reading_text(reading, unit, when),
        note: None,
    }
}

/// "16.0 % of population (2015)", or "No data for 2015".
pub fn reading_text(reading: Reading, unit: &str, when: When) -> String {
    match reading {
        Some((year, value)) => format!("{} {unit} ({year})", value.readable()),
        None => format!("No data for {}", when.describe()),
    }
}

/// The fact of a series: the median of the countries shown, with their number, the year, and the
/// lowest and highest of them by name.
pub fn fact(
    dataset: &Dataset,
    indicator: IndicatorId,
    readings: &[Reading],
    when: When,
    filter: Filter,
) -> Fact {
    let mut shown: Vec<(Decimal, CountryId)> = dataset
        .country_ids()
        .filter(|&c| filter.admits(&dataset[c]))
        .filter_map(|c| Some((readings.get(c.0).copied().flatten()?.1, c)))
        .collect();
    shown.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| dataset[a.1].name.cmp(&dataset[b.1].name))
    });
    let ind = &dataset[indicator];
    let unit = ind.measure.number().map_or("", |n| n.unit.as_str());
    let source = dataset.source_of(indicator).map_or_else(
        || ind.source.clone(),
        |s| format!("{}, {}", s.publisher, s.title),
    );
    let scope = format!("{source}; {}; {}", when.describe(), filter.describe());
    let Some(median) = median(&shown) else {
        return Fact {
            figure: "–".to_string(),
            share: None,
            sentence: format!("No country shown has a value for {}.", when.describe()),
            scope,
            published: None,
        };
    };
    let n = shown.len();
    let countries = if n == 1 { "country" } else { "countries" };
    let extreme = |(value, country): (Decimal, CountryId)| {
        format!("{} ({})", value.readable(), dataset[country].name)
    };
    let range = match (shown.first(), shown.last()) {
        (Some(&low), Some(&high)) if n > 1 => {
            format!("; lowest {}, highest {}", extreme(low), extreme(high))
        }
        _ => String::new(),
    };
    Fact {
        figure: median.readable(),
        share: None,
        sentence: format!("Median of {n} {countries} with a value, in {unit}{range}",),
        scope,
        published: None,
    }
}

/// The middle value; with an even count, the exact midpoint of the two middle ones.
pub fn median<T>(sorted: &[(Decimal, T)]) -> Option<Decimal> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2].0),
        _ => Some(sorted[n / 2 - 1].0.midpoint(sorted[n / 2].0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::bins::bins;
    use crate::load::tests::fixture_with_series;
    use crate::region::Region;
    use expect_test::{expect, Expect};

    /// The map of internet_users for `when` under `filter`: each country's category and tooltip, the
    /// legend, and the fact.
    fn check(when: When, filter: Filter, expect: Expect) {
        let dataset = fixture_with_series().dataset;
        let internet = dataset.indicator("internet_users").expect("series");
        let bins = bins(&dataset, internet);
        let readings = readings(&dataset, internet, when);
        let categories = categories(&readings, &bins);
        let mut out = String::new();
        for country in dataset.country_ids() {
            out += &format!(
                "{}: {:?}, {}\n",
                dataset[country].iso3,
                categories[country.0],
                reading_text(readings[country.0], "%", when)
            );
        }
        for entry in legend(&dataset, &readings, &bins, filter) {
            out += &format!("legend {}: {}\n", entry.label, entry.count);
        }
        let fact = fact(&dataset, internet, &readings, when, filter);
        out += &format!("{} | {} | {}\n", fact.figure, fact.sentence, fact.scope);
        expect.assert_eq(&out);
    }

    #[test]
    fn a_year_without_a_value_is_no_data_not_the_lowest_bin() {
        check(
            When {
                year: 2014,
                within: 0,
            },
            Filter::default(),
            expect![[r#"
                KEN: NoData, No data for 2014
                MLT: Bin(3), 73.2 % (2014)
                XKX: NoData, No data for 2014
                legend < 16: 0
                legend 16–69: 0
                legend 69–73: 0
                legend 73–76: 1
                legend ≥ 76: 0
                legend No data: 1
                73.2 | Median of 1 country with a value, in % of population | World Bank, World Development Indicators; 2014; all WHO regions
            "#]],
        );
    }

    #[test]
    fn latest_within_n_years_fills_gaps_and_says_so() {
        check(
            When {
                year: 2014,
                within: 1,
            },
            Filter::default(),
            expect![[r#"
                KEN: Bin(0), 12.5 % (2013)
                MLT: Bin(3), 73.2 % (2014)
                XKX: NoData, No data for latest value from 2013 or 2014
                legend < 16: 1
                legend 16–69: 0
                legend 69–73: 0
                legend 73–76: 1
                legend ≥ 76: 0
                legend No data: 0
                42.85 | Median of 2 countries with a value, in % of population; lowest 12.5 (Kenya), highest 73.2 (Malta) | World Bank, World Development Indicators; latest value from 2013 or 2014; all WHO regions
            "#]],
        );
    }

    #[test]
    fn the_filter_narrows_legend_and_fact() {
        check(
            When {
                year: 2015,
                within: 0,
            },
            Filter {
                region: Some(Region::Afr),
                income: None,
            },
            expect![[r#"
                KEN: Bin(1), 16.0 % (2015)
                MLT: Bin(4), 76.2 % (2015)
                XKX: NoData, No data for 2015
                legend < 16: 0
                legend 16–69: 1
                legend 69–73: 0
                legend 73–76: 0
                legend ≥ 76: 0
                legend No data: 0
                16.0 | Median of 1 country with a value, in % of population | World Bank, World Development Indicators; 2015; WHO African Region
            "#]],
        );
    }

    #[test]
    fn the_median_of_an_even_count_is_the_exact_midpoint() {
        let d = |units| (Decimal { units, scale: 1 }, ());
        assert_eq!(median::<()>(&[]), None);
        assert_eq!(
            median(&[d(10)]),
            Some(Decimal {
                units: 10,
                scale: 1
            })
        );
        assert_eq!(
            median(&[d(10), d(15)]),
            Some(Decimal {
                units: 125,
                scale: 2
            })
        );
        assert_eq!(
            median(&[d(10), d(20), d(40)]),
            Some(Decimal {
                units: 20,
                scale: 1
            })
        );
    }
}
