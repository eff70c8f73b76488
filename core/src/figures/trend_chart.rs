//! The trend chart's ECharts option, built with charming's option types: one line per country (and
//! the group median, dashed), gaps for missing years (never zeros, never joined), a linear or log
//! axis, each line labelled at its end and in the legend, tooltips as plain text. The input travels
//! from the page to the chart module as a small line-based text (`encode`/`decode`), so that neither
//! the page's wasm carries charming nor the chart module the dataset.

#[cfg(feature = "charts")]
use charming::{
    component::{Axis, Grid, Legend},
    datatype::CompositeValue,
    element::{AxisType, LineStyle, LineStyleType, NameLocation, Tooltip, Trigger},
    series::Line,
    Chart,
};
#[cfg(feature = "charts")]
use serde_json::{json, Value};

use crate::figures::trend::Trend;
use crate::number::{Decimal, NumberError};

/// What the chart draws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendChart {
    /// The value axis' name: "% of population".
    pub unit: String,
    pub log: bool,
    pub years: Vec<u16>,
    pub lines: Vec<TrendLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendLine {
    pub name: String,
    /// One per year of [`TrendChart::years`]; `None` is a gap.
    pub values: Vec<Option<Decimal>>,
    /// A group's median, drawn dashed.
    pub median: bool,
}

/// The chart of a trend: its countries, then the group median.
pub fn from_trend(trend: &Trend, unit: &str, log: bool) -> TrendChart {
    let countries = trend.countries.iter().map(|c| (&c.line, false));
    let median = trend.median.iter().map(|m| (&m.line, true));
    TrendChart {
        unit: unit.to_string(),
        log,
        years: trend.years.clone(),
        lines: countries
            .chain(median)
            .map(|(line, median)| TrendLine {
                name: line.label.clone(),
                values: line.values.clone(),
                median,
            })
            .collect(),
    }
}

/// Colours of the lines (Okabe–Ito, then darker tones): distinct for colour-blind readers.
#[cfg(feature = "charts")]
const COLOURS: [&str; 10] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#8c564b",
    "#7f7f7f", "#9467bd",
];

/// The ECharts option as JSON text.
#[cfg(feature = "charts")]
pub fn option(chart: &TrendChart) -> String {
    let years: Vec<String> = chart.years.iter().map(u16::to_string).collect();
    let mut option = Chart::new()
        .legend(Legend::new().top("0"))
        .grid(Grid::new().left("64").right("150").top("40").bottom("36"))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(Axis::new().type_(AxisType::Category).data(years))
        .y_axis(
            Axis::new()
                .type_(if chart.log {
                    AxisType::Log
                } else {
                    AxisType::Value
                })
                .name(chart.unit.as_str())
                .name_location(NameLocation::End),
        );
    for line in &chart.lines {
        let data: Vec<CompositeValue> = line
            .values
            .iter()
            .map(|value| match value {
                Some(value) => CompositeValue::from(value.to_f64()),
                None => CompositeValue::from("-"),
            })
            .collect();
        let mut series = Line::new()
            .name(line.name.as_str())
            .connect_nulls(false)
            .show_symbol(true)
            .data(data);
        if line.median {
            series = series.line_style(LineStyle::new().type_(LineStyleType::Dashed));
        }
        option = option.series(series);
    }
    let mut value = serde_json::to_value(&option).unwrap_or(Value::Null);
    patch(&mut value);
    value.to_string()
}

#[cfg(feature = "charts")]
/// What charming's types do not carry: each line's name at its end (as the best public charts do),
/// text-only tooltips (data text is never HTML), the palette, and no animation.
fn patch(option: &mut Value) {
    if let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) {
        for line in series {
            line["endLabel"] = json!({ "show": true, "formatter": "{a}" });
        }
    }
    option["tooltip"]["renderMode"] = json!("richText");
    option["color"] = json!(COLOURS);
    option["animation"] = json!(false);
}

/// The chart as text: a header line `unit|log|years`, then one line per series `name|median|values`,
/// values as plain decimals separated by spaces and `-` for a gap. `|` and line breaks never occur in
/// names or units the page makes; they are replaced, so a hostile name cannot forge a line.
pub fn encode(chart: &TrendChart) -> String {
    let clean = |text: &str| text.replace(['|', '\n', '\r'], " ");
    let years: Vec<String> = chart.years.iter().map(u16::to_string).collect();
    let mut out = format!(
        "{}|{}|{}\n",
        clean(&chart.unit),
        if chart.log { "log" } else { "linear" },
        years.join(" ")
    );
    for line in &chart.lines {
        let values: Vec<String> = line
            .values
            .iter()
            .map(|v| v.map_or_else(|| "-".to_string(), Decimal::plain))
            .collect();
        out += &format!(
            "{}|{}|{}\n",
            clean(&line.name),
            if line.median { "median" } else { "country" },
            values.join(" ")
        );
    }
    out
}

/// Reads what [`encode`] wrote; `None` for anything else.
pub fn decode(text: &str) -> Option<TrendChart> {
    let mut lines = text.lines();
    let mut header = lines.next()?.split('|');
    let unit = header.next()?.to_string();
    let log = header.next()? == "log";
    let years = header
        .next()?
        .split(' ')
        .filter(|y| !y.is_empty())
        .map(|y| y.parse().ok())
        .collect::<Option<Vec<u16>>>()?;
    let mut chart = TrendChart {
        unit,
        log,
        years,
        lines: Vec::new(),
    };
    for line in lines {
        let mut parts = line.split('|');
        let name = parts.next()?.to_string();
        let median = parts.next()? == "median";
        let values = parts
            .next()?
            .split(' ')
            .filter(|v| !v.is_empty())
            .map(|v| match v {
                "-" => Ok(None),
                _ => plain_decimal(v).map(Some),
            })
            .collect::<Result<Vec<_>, NumberError>>()
            .ok()?;
        if values.len() != chart.years.len() {
            return None;
        }
        chart.lines.push(TrendLine {
            name,
            values,
            median,
        });
    }
    Some(chart)
}

/// A plain decimal at the scale it is written with.
fn plain_decimal(text: &str) -> Result<Decimal, NumberError> {
    let scale = text.split_once('.').map_or(0, |(_, f)| f.len()) as u8;
    Decimal::parse(text, scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn d(units: i64, scale: u8) -> Option<Decimal> {
        Some(Decimal { units, scale })
    }

    fn sample(log: bool) -> TrendChart {
        TrendChart {
            unit: "% of population".to_string(),
            log,
            years: vec![2013, 2014, 2015],
            lines: vec![
                TrendLine {
                    name: "Kenya".to_string(),
                    values: vec![d(125, 1), None, d(160, 1)],
                    median: false,
                },
                TrendLine {
                    name: "Median of the WHO African Region".to_string(),
                    values: vec![d(1005, 2), d(11, 0), d(1275, 2)],
                    median: true,
                },
            ],
        }
    }

    #[test]
    #[cfg(feature = "charts")]
    fn lines_gaps_labels_and_the_median_dashed() {
        let option: Value = serde_json::from_str(&option(&sample(false))).expect("json");
        expect![[r##"
            {
              "animation": false,
              "color": [
                "#0072b2",
                "#d55e00",
                "#009e73",
                "#cc79a7",
                "#e69f00",
                "#56b4e9",
                "#000000",
                "#8c564b",
                "#7f7f7f",
                "#9467bd"
              ],
              "grid": [
                {
                  "bottom": "36",
                  "left": "64",
                  "right": "150",
                  "top": "40"
                }
              ],
              "legend": {
                "top": "0"
              },
              "series": [
                {
                  "connectNulls": false,
                  "data": [
                    12.5,
                    "-",
                    16.0
                  ],
                  "endLabel": {
                    "formatter": "{a}",
                    "show": true
                  },
                  "name": "Kenya",
                  "showSymbol": true,
                  "type": "line"
                },
                {
                  "connectNulls": false,
                  "data": [
                    10.05,
                    11.0,
                    12.75
                  ],
                  "endLabel": {
                    "formatter": "{a}",
                    "show": true
                  },
                  "lineStyle": {
                    "type": "dashed"
                  },
                  "name": "Median of the WHO African Region",
                  "showSymbol": true,
                  "type": "line"
                }
              ],
              "tooltip": {
                "renderMode": "richText",
                "trigger": "axis"
              },
              "xAxis": {
                "data": [
                  "2013",
                  "2014",
                  "2015"
                ],
                "type": "category"
              },
              "yAxis": {
                "name": "% of population",
                "nameLocation": "end",
                "type": "value"
              }
            }"##]]
        .assert_eq(&serde_json::to_string_pretty(&option).unwrap_or_default());
    }

    #[test]
    #[cfg(feature = "charts")]
    fn the_log_axis_is_a_log_axis() {
        let option: Value = serde_json::from_str(&option(&sample(true))).expect("json");
        assert_eq!(option["yAxis"]["type"], "log");
    }

    #[test]
    fn the_text_form_round_trips_and_refuses_forgeries() {
        let chart = sample(false);
        let text = encode(&chart);
        expect![[r#"
            % of population|linear|2013 2014 2015
            Kenya|country|12.5 - 16.0
            Median of the WHO African Region|median|10.05 11 12.75
        "#]]
        .assert_eq(&text);
        assert_eq!(decode(&text), Some(chart.clone()));
        let mut hostile = chart;
        hostile.lines[0].name = "A|median|1 2 3\nB".to_string();
        let decoded = decode(&encode(&hostile)).expect("decodes");
        assert_eq!(decoded.lines.len(), 2);
        assert_eq!(decoded.lines[0].name, "A median 1 2 3 B");
        assert_eq!(
            decode("% |linear|2013\nKenya|country|1 2\n"),
            None,
            "one value per year"
        );
    }
}
