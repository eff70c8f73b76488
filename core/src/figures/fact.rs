//! The headline fact of a yes/no question: a large figure, its denominator and its sentence.

use crate::filter::Filter;
use crate::model::{Dataset, IndicatorId};
use crate::stats::{yes_share, Share};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// "58%", or "–" when no country is in scope.
    pub figure: String,
    /// The share behind a survey figure; `None` for a series.
    pub share: Option<Share>,
    /// "73 of 125 responding countries have a national eHealth policy or strategy".
    pub sentence: String,
    /// Where the figure comes from: "WHO Global Observatory for eHealth, 2015 survey; all regions".
    pub scope: String,
    /// For the unfiltered world figure, the share the survey itself printed, so a reader can check
    /// the live computation against the publication: "Published by WHO: 58%".
    pub published: Option<String>,
}

/// Where a fact's figure comes from and whom it counts.
pub fn scope(year: u16, filter: Filter) -> String {
    format!(
        "WHO Global Observatory for eHealth, {year} survey; {}",
        filter.describe()
    )
}

/// "58%", or "–" when no country is in scope.
pub fn percent_text(share: Share) -> String {
    share
        .percent()
        .map_or_else(|| "–".to_string(), |p| format!("{p}%"))
}

pub fn fact(dataset: &Dataset, indicator: IndicatorId, filter: Filter) -> Fact {
    let share = yes_share(dataset, indicator, filter);
    let ind = &dataset[indicator];
    let survey = ind.survey.as_ref();
    let (question, predicate) = survey.map_or((ind.label.as_str(), ""), |s| {
        (s.question.as_str(), s.predicate.as_str())
    });
    let countries = if share.responding == 1 {
        "responding country"
    } else {
        "responding countries"
    };
    let predicate = if predicate.is_empty() {
        format!("answered “Yes” to “{question}”")
    } else {
        let verb = if share.yes == 1 { "has" } else { "have" };
        format!("{verb} {predicate}")
    };
    Fact {
        figure: percent_text(share),
        share: Some(share),
        sentence: format!(
            "{} of {} {countries} {predicate}",
            share.yes, share.responding
        ),
        scope: scope(ind.latest_year().unwrap_or(0), filter),
        published: survey
            .and_then(|s| s.published_share)
            .filter(|_| filter.is_empty())
            .map(|p| format!("Published by WHO: {p}%")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture;
    use crate::region::Region;

    #[test]
    fn the_sentence_states_count_denominator_and_scope() {
        let dataset = fixture().dataset;
        let policy = dataset.indicator("ehealth_policy").expect("indicator");
        let world = fact(&dataset, policy, Filter::default());
        assert_eq!(world.figure, "50%");
        assert_eq!(
            world.sentence,
            "1 of 2 responding countries has a national eHealth policy or strategy"
        );
        assert_eq!(
            world.scope,
            "WHO Global Observatory for eHealth, 2015 survey; all WHO regions"
        );
        assert_eq!(world.published.as_deref(), Some("Published by WHO: 58%"));
        let europe = fact(
            &dataset,
            policy,
            Filter {
                region: Some(Region::Eur),
                income: None,
            },
        );
        assert_eq!(europe.figure, "0%");
        assert_eq!(
            europe.sentence,
            "0 of 1 responding country have a national eHealth policy or strategy"
        );
        assert_eq!(
            europe.published, None,
            "a regional figure has no published counterpart"
        );
        let nobody = fact(
            &dataset,
            policy,
            Filter {
                region: Some(Region::Wpr),
                income: None,
            },
        );
        assert_eq!(
            (nobody.figure.as_str(), nobody.share.map(|s| s.responding)),
            ("–", Some(0))
        );
    }
}
