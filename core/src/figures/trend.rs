//! The data of a trend chart: one line per chosen country over an indicator's years, and optionally the
//! median of a group (a WHO region or an income group), with the end labels, an accessible table and a
//! CSV of the same numbers. No chart library here: the page hands these numbers to its chart.

use crate::figures::series_map::median;
use crate::filter::Filter;
use crate::income::IncomeGroup;
use crate::model::{CountryId, Dataset, IndicatorId, Value};
use crate::number::Decimal;
use crate::region::Region;

/// The group whose median a trend may show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Region(Region),
    Income(IncomeGroup),
}

impl Group {
    /// The code in URLs: the WHO region's (`AFR`) or the income group's (`LIC`).
    pub fn code(self) -> &'static str {
        match self {
            Group::Region(region) => region.code(),
            Group::Income(income) => income.code(),
        }
    }

    pub fn from_code(code: &str) -> Option<Group> {
        Region::from_code(code)
            .map(Group::Region)
            .or_else(|| IncomeGroup::from_code(code).map(Group::Income))
    }

    /// "the WHO African Region", "High income countries": what "Median of" is followed by.
    pub fn name(self) -> String {
        match self {
            Group::Region(region) => format!("the {}", region.name()),
            Group::Income(group) => format!("{} countries", group.name()),
        }
    }

    fn filter(self) -> Filter {
        match self {
            Group::Region(region) => Filter {
                region: Some(region),
                income: None,
            },
            Group::Income(income) => Filter {
                region: None,
                income: Some(income),
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    pub indicator: IndicatorId,
    /// "Internet users (% of population)".
    pub title: String,
    /// The x axis: the indicator's years, ascending, whether or not a line has a value in them.
    pub years: Vec<u16>,
    /// One line per chosen country, in the order asked.
    pub countries: Vec<CountryLine>,
    pub median: Option<MedianLine>,
}

/// Values indexed like [`Trend::years`]. `None` is a gap (no value that year), never a zero: the chart
/// breaks the line there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// "Kenya", "Median of the WHO African Region (n per year)".
    pub label: String,
    pub values: Vec<Option<Decimal>>,
    /// Where the end label goes: the latest year with a value, and that value.
    pub last: Option<(u16, Decimal)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryLine {
    pub country: CountryId,
    pub line: Line,
}

/// The median of a group, year by year, over the countries of the group with a value that year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MedianLine {
    pub group: Group,
    pub line: Line,
    /// How many countries each year's median is of, indexed like [`Trend::years`]; 0 where no country
    /// of the group has a value (and the median is a gap).
    pub counts: Vec<u32>,
}

/// The trend of `indicator` for `countries`, with the median of `group` when given. Rule for the
/// median: in each year, the median ([`median`]: the exact midpoint of the two middle values for an
/// even count) of the values of that year of every country the group admits (the chosen countries
/// or not; territories included in an income group), with the count stated per year. No value is
/// carried over from another year.
pub fn trend(
    dataset: &Dataset,
    indicator: IndicatorId,
    countries: &[CountryId],
    group: Option<Group>,
) -> Trend {
    let ind = &dataset[indicator];
    let years = ind.years.clone();
    let number_of = |country: CountryId, year: u16| match dataset.value(country, indicator, year) {
        Some(observation) => match observation.value {
            Value::Number(n) => Some(n),
            _ => None,
        },
        None => None,
    };
    let countries = countries
        .iter()
        .map(|&country| CountryLine {
            country,
            line: line(
                dataset[country].name.clone(),
                &years,
                years.iter().map(|&year| number_of(country, year)).collect(),
            ),
        })
        .collect();
    let median = group.map(|group| {
        let filter = group.filter();
        let (values, counts) = years
            .iter()
            .map(|&year| {
                let mut values: Vec<(Decimal, ())> = dataset
                    .observations_of(indicator)
                    .filter(|o| o.year == year && filter.admits(&dataset[o.country]))
                    .filter_map(|o| match o.value {
                        Value::Number(n) => Some((n, ())),
                        _ => None,
                    })
                    .collect();
                values.sort();
                (median(&values), values.len() as u32)
            })
            .unzip();
        MedianLine {
            group,
            line: line(
                format!("Median of {} (n per year)", group.name()),
                &years,
                values,
            ),
            counts,
        }
    });
    let unit = ind.measure.number().map_or("", |n| n.unit.as_str());
    Trend {
        indicator,
        title: if unit.is_empty() {
            ind.label.clone()
        } else {
            format!("{} ({unit})", ind.label)
        },
        years,
        countries,
        median,
    }
}

fn line(label: String, years: &[u16], values: Vec<Option<Decimal>>) -> Line {
    let last = years
        .iter()
        .zip(&values)
        .rev()
        .find_map(|(&year, value)| Some((year, (*value)?)));
    Line {
        label,
        values,
        last,
    }
}

/// The chart as a table for screen readers and for readers who prefer numbers: one row per year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendTable {
    /// "Internet users (% of population), 2013–2015".
    pub caption: String,
    /// "Year", then each line's label.
    pub header: Vec<String>,
    /// The year, then each line's value as a reader writes it ("1,234.5"); "No data" for a gap; the
    /// median's cells add their count: "16.0 (n = 4)", "No data (n = 0)".
    pub rows: Vec<Vec<String>>,
}

pub fn accessible_table(trend: &Trend) -> TrendTable {
    let span = match (trend.years.first(), trend.years.last()) {
        (Some(first), Some(last)) if first != last => format!(", {first}–{last}"),
        (Some(year), _) => format!(", {year}"),
        _ => String::new(),
    };
    let readable = |value: Option<Decimal>| value.map_or("No data".to_string(), |v| v.readable());
    let header = ["Year".to_string()]
        .into_iter()
        .chain(trend.countries.iter().map(|c| c.line.label.clone()))
        .chain(trend.median.iter().map(|m| m.line.label.clone()))
        .collect();
    let rows = trend
        .years
        .iter()
        .enumerate()
        .map(|(i, year)| {
            [year.to_string()]
                .into_iter()
                .chain(trend.countries.iter().map(|c| readable(c.line.values[i])))
                .chain(
                    trend
                        .median
                        .iter()
                        .map(|m| format!("{} (n = {})", readable(m.line.values[i]), m.counts[i])),
                )
                .collect()
        })
        .collect();
    TrendTable {
        caption: format!("{}{span}", trend.title),
        header,
        rows,
    }
}

/// The countries a reader can add to the chart of `indicator`: those with at least one value, as
/// (ISO3, name), by name as a reader expects (accents aside).
pub fn candidates(dataset: &Dataset, indicator: IndicatorId) -> Vec<(String, String)> {
    let mut has_value = vec![false; dataset.countries.len()];
    for observation in dataset.observations_of(indicator) {
        has_value[observation.country.0] = true;
    }
    let mut candidates: Vec<(String, String)> = dataset
        .country_ids()
        .filter(|c| has_value[c.0])
        .map(|c| (dataset[c].iso3.clone(), dataset[c].name.clone()))
        .collect();
    candidates
        .sort_by_cached_key(|(iso3, name)| (crate::collate::collation_key(name), iso3.clone()));
    candidates
}

/// The trend as CSV: a header `year,<country>,...` (with a median: `,Median of <group>,Countries in
/// the median of <group>`), then one line per
/// year with values as in data files (`1234.5`, no thousands separator) and an empty cell for a gap.
/// Attribution is not in the body, so that it loads as a plain table; see [`attribution`].
pub fn to_csv(trend: &Trend) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let plain = |value: Option<Decimal>| value.map_or_else(String::new, Decimal::plain);
    let header: Vec<String> = ["year".to_string()]
        .into_iter()
        .chain(trend.countries.iter().map(|c| c.line.label.clone()))
        .chain(trend.median.iter().flat_map(|m| {
            let name = m.group.name();
            [
                format!("Median of {name}"),
                format!("Countries in the median of {name}"),
            ]
        }))
        .collect();
    // Writing to a Vec cannot fail and every record has the header's length; errors are ignored
    // rather than unwrapped to keep the function total.
    let _ = writer.write_record(&header);
    for (i, year) in trend.years.iter().enumerate() {
        let record: Vec<String> = [year.to_string()]
            .into_iter()
            .chain(trend.countries.iter().map(|c| plain(c.line.values[i])))
            .chain(
                trend
                    .median
                    .iter()
                    .flat_map(|m| [plain(m.line.values[i]), m.counts[i].to_string()]),
            )
            .collect();
        let _ = writer.write_record(&record);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// What a downloaded trend must carry: its title, the tool, and the indicator's source with its
/// licence and citation. Format: one line each, without a line break and without the comment mark;
/// the caller writes each as `# <line>\n` above the CSV (readers then skip them with, e.g., pandas'
/// `comment="#"` or R's `comment.char = "#"`).
pub fn attribution(dataset: &Dataset, trend: &Trend) -> Vec<String> {
    let one_line = |text: &str| text.replace(['\r', '\n'], " ");
    let mut lines = vec![one_line(&format!(
        "{}: data from eHealth Readiness",
        trend.title
    ))];
    match dataset.source_of(trend.indicator) {
        Some(source) => {
            lines.push(one_line(&format!(
                "Source: {}, {}. Licence: {}.",
                source.publisher, source.title, source.licence
            )));
            lines.push(one_line(&format!("Cite as: {}", source.citation)));
        }
        None => lines.push(one_line(&format!(
            "Source: {} (not described by the data package)",
            dataset[trend.indicator].source
        ))),
    }
    if let Some(median) = &trend.median {
        lines.push(one_line(&format!(
            "{}: computed by eHealth Readiness from the values of each year.",
            median.line.label
        )));
    }
    lines
}

#[cfg(test)]
mod candidate_tests {
    use super::*;
    use crate::load::tests::fixture_with_series;

    #[test]
    fn candidates_are_the_countries_with_a_value_by_name() {
        let dataset = fixture_with_series().dataset;
        let internet = dataset.indicator("internet_users").expect("series");
        let names: Vec<String> = candidates(&dataset, internet)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["Kenya", "Malta"], "Kosovo has no value");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::profile::tests::countries_fixture;
    use expect_test::{expect, Expect};

    /// The trend of `indicator` for `countries` (ISO3) with `group`'s median: lines with their last
    /// points, the accessible table, the CSV with its attribution above it.
    fn check(indicator: &str, countries: &[&str], group: Option<Group>, expect: Expect) {
        let dataset = countries_fixture();
        let indicator = dataset.indicator(indicator).expect("indicator");
        let countries: Vec<CountryId> = countries
            .iter()
            .map(|iso3| dataset.country(iso3).expect("country"))
            .collect();
        let trend = trend(&dataset, indicator, &countries, group);
        let mut out = format!("{} | years {:?}\n", trend.title, trend.years);
        let show = |line: &Line| {
            let values: Vec<String> = line
                .values
                .iter()
                .map(|v| v.map_or("gap".to_string(), Decimal::plain))
                .collect();
            let last = line
                .last
                .map_or("none".to_string(), |(y, v)| format!("{y} {}", v.plain()));
            format!("{}: {} | last {last}\n", line.label, values.join(" "))
        };
        for country in &trend.countries {
            out += &show(&country.line);
        }
        if let Some(median) = &trend.median {
            out += &show(&median.line);
            out += &format!("n per year: {:?}\n", median.counts);
        }
        let table = accessible_table(&trend);
        out += &format!("table: {}\n  {}\n", table.caption, table.header.join(" | "));
        for row in &table.rows {
            out += &format!("  {}\n", row.join(" | "));
        }
        for line in attribution(&dataset, &trend) {
            out += &format!("# {line}\n");
        }
        out += &to_csv(&trend);
        expect.assert_eq(&out);
    }

    #[test]
    fn a_year_without_a_value_is_a_gap_not_a_zero() {
        check(
            "internet_users",
            &["KEN", "FRA", "XKX"],
            None,
            expect![[r#"
                Internet users (% of population) | years [2013, 2014, 2015]
                Kenya: 12.5 gap 16.0 | last 2015 16.0
                France: gap 80.0 gap | last 2014 80.0
                Kosovo: gap gap gap | last none
                table: Internet users (% of population), 2013–2015
                  Year | Kenya | France | Kosovo
                  2013 | 12.5 | No data | No data
                  2014 | No data | 80.0 | No data
                  2015 | 16.0 | No data | No data
                # Internet users (% of population): data from eHealth Readiness
                # Source: World Bank, World Development Indicators. Licence: CC BY 4.0.
                # Cite as: World Bank. World Development Indicators. 2026.
                year,Kenya,France,Kosovo
                2013,12.5,,
                2014,,80.0,
                2015,16.0,,
            "#]],
        );
    }

    #[test]
    fn the_group_median_of_an_even_count_is_the_midpoint_with_n_per_year() {
        check(
            "internet_users",
            &["MLT"],
            Some(Group::Region(Region::Eur)),
            expect![[r#"
                Internet users (% of population) | years [2013, 2014, 2015]
                Malta: 68.9 73.2 76.2 | last 2015 76.2
                Median of the WHO European Region (n per year): 68.9 76.6 76.2 | last 2015 76.2
                n per year: [1, 2, 1]
                table: Internet users (% of population), 2013–2015
                  Year | Malta | Median of the WHO European Region (n per year)
                  2013 | 68.9 | 68.9 (n = 1)
                  2014 | 73.2 | 76.6 (n = 2)
                  2015 | 76.2 | 76.2 (n = 1)
                # Internet users (% of population): data from eHealth Readiness
                # Source: World Bank, World Development Indicators. Licence: CC BY 4.0.
                # Cite as: World Bank. World Development Indicators. 2026.
                # Median of the WHO European Region (n per year): computed by eHealth Readiness from the values of each year.
                year,Malta,Median of the WHO European Region,Countries in the median of the WHO European Region
                2013,68.9,68.9,1
                2014,73.2,76.6,2
                2015,76.2,76.2,1
            "#]],
        );
        check(
            "internet_users",
            &["KEN"],
            Some(Group::Region(Region::Afr)),
            expect![[r#"
                Internet users (% of population) | years [2013, 2014, 2015]
                Kenya: 12.5 gap 16.0 | last 2015 16.0
                Median of the WHO African Region (n per year): 12.5 gap 16.0 | last 2015 16.0
                n per year: [1, 0, 4]
                table: Internet users (% of population), 2013–2015
                  Year | Kenya | Median of the WHO African Region (n per year)
                  2013 | 12.5 | 12.5 (n = 1)
                  2014 | No data | No data (n = 0)
                  2015 | 16.0 | 16.0 (n = 4)
                # Internet users (% of population): data from eHealth Readiness
                # Source: World Bank, World Development Indicators. Licence: CC BY 4.0.
                # Cite as: World Bank. World Development Indicators. 2026.
                # Median of the WHO African Region (n per year): computed by eHealth Readiness from the values of each year.
                year,Kenya,Median of the WHO African Region,Countries in the median of the WHO African Region
                2013,12.5,12.5,1
                2014,,,0
                2015,16.0,16.0,4
            "#]],
        );
    }

    #[test]
    fn an_income_group_median_and_lower_is_better_series() {
        check(
            "child_mortality",
            &["NGA", "UGA"],
            Some(Group::Income(IncomeGroup::High)),
            expect![[r#"
                Child mortality (per 1000 live births) | years [2013, 2014, 2015]
                Nigeria: gap gap 100 | last 2015 100
                Uganda: gap gap gap | last none
                Median of High income countries (n per year): 5 gap 5 | last 2015 5
                n per year: [1, 0, 2]
                table: Child mortality (per 1000 live births), 2013–2015
                  Year | Nigeria | Uganda | Median of High income countries (n per year)
                  2013 | No data | No data | 5 (n = 1)
                  2014 | No data | No data | No data (n = 0)
                  2015 | 100 | No data | 5 (n = 2)
                # Child mortality (per 1000 live births): data from eHealth Readiness
                # Source: World Bank, World Development Indicators. Licence: CC BY 4.0.
                # Cite as: World Bank. World Development Indicators. 2026.
                # Median of High income countries (n per year): computed by eHealth Readiness from the values of each year.
                year,Nigeria,Uganda,Median of High income countries,Countries in the median of High income countries
                2013,,,5,1
                2014,,,,0
                2015,100,,5,2
            "#]],
        );
    }
}
