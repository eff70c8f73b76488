//! The breakdown of one question by WHO region: the "Yes" share of each region beside the world's,
//! each with its number of responding countries.

use crate::figures::fact::percent_text;
use crate::filter::Filter;
use crate::model::{Dataset, IndicatorId};
use crate::region::Region;
use crate::stats::{yes_share, Share};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    /// The region, or `None` for the world bar.
    pub region: Option<Region>,
    pub share: Share,
    /// "58%", or "–" when no country responded.
    pub percent: String,
}

/// World first, then the six regions. The income-group part of `filter` applies to every bar; the
/// region part does not, since the chart is the comparison across regions.
pub fn by_region(dataset: &Dataset, indicator: IndicatorId, filter: Filter) -> Vec<Bar> {
    let bar = |region: Option<Region>, label: &str| {
        let share = yes_share(dataset, indicator, Filter { region, ..filter });
        Bar {
            label: label.to_string(),
            region,
            share,
            percent: percent_text(share),
        }
    };
    std::iter::once(bar(None, "World"))
        .chain(
            Region::ALL
                .into_iter()
                .map(|r| bar(Some(r), r.short_name())),
        )
        .collect()
}

/// The chart's title, which says whom the bars count.
pub fn caption(filter: Filter) -> String {
    filter.income.map_or(
        "Yes share by WHO region (responding countries)".to_string(),
        |g| format!("Yes share by WHO region, {} countries", g.name()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::IncomeGroup;
    use crate::load::tests::fixture;

    #[test]
    fn world_then_each_region_with_its_denominator() {
        let dataset = fixture().dataset;
        let policy = dataset.indicator("ehealth_policy").expect("indicator");
        let bars = by_region(&dataset, policy, Filter::default());
        let summary: Vec<String> = bars
            .iter()
            .map(|b| {
                format!(
                    "{} {} ({} of {})",
                    b.label, b.percent, b.share.yes, b.share.responding
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                "World 50% (1 of 2)",
                "Africa 100% (1 of 1)",
                "Americas – (0 of 0)",
                "South-East Asia – (0 of 0)",
                "Europe 0% (0 of 1)",
                "Eastern Mediterranean – (0 of 0)",
                "Western Pacific – (0 of 0)",
            ]
        );
        let high_income = by_region(
            &dataset,
            policy,
            Filter {
                region: Some(Region::Afr),
                income: Some(IncomeGroup::High),
            },
        );
        assert_eq!(
            high_income[0].share,
            Share {
                yes: 0,
                responding: 1
            }
        );
    }
}
