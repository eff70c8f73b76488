//! A country's readiness index for its profile: score, rank and coverage in a sentence, then the
//! index score and each domain's score beside the medians of its WHO region and of the world. Medians
//! are over the countries scored, as [`area_scores`] takes them, so that one outlier does not move them.

use crate::figures::index_map::scored;
use crate::figures::score_bands::{percent_text, score_text};
use crate::index::{area_scores, Area, AreaScores, IndexResult, Settings, DOMAINS};
use crate::model::{BuildingBlock, CountryId, Dataset};

/// A country's figure beside its region's and the world's medians; scores on 0–100.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    pub country: Option<f64>,
    /// `None` for a country outside the WHO regions, or a region without a scored country.
    pub region: Option<f64>,
    pub world: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IndexProfile {
    /// "Score 45.2 of 100, rank 60 of 150 countries scored; coverage 85% of the index's indicators."
    pub summary: String,
    /// "Median, WHO African Region (41 scored)"; "Median, WHO region" for a country in none.
    pub region_heading: String,
    /// "Median, world (150 scored)".
    pub world_heading: String,
    pub score: Comparison,
    /// The seven domains, in the order of [`BuildingBlock::ALL`].
    pub domains: Vec<(BuildingBlock, Comparison)>,
}

pub fn index_profile(
    dataset: &Dataset,
    result: &IndexResult,
    settings: &Settings,
    country: CountryId,
) -> IndexProfile {
    let own = &result.countries[country.0];
    let region = dataset[country].who_region;
    let areas = area_scores(result, dataset);
    let world = areas.iter().find(|a| a.area == Area::World);
    let home = region.and_then(|r| areas.iter().find(|a| a.area == Area::Region(r)));
    let comparison = |pick: &dyn Fn(&AreaScores) -> Option<f64>, mine| Comparison {
        country: mine,
        region: home.and_then(pick),
        world: world.and_then(pick),
    };
    let score = comparison(&|a| a.score, own.score);
    let domains = (0..DOMAINS)
        .map(|d| {
            let pick = move |a: &AreaScores| a.domains[d];
            (BuildingBlock::ALL[d], comparison(&pick, own.domains[d]))
        })
        .collect();
    let scored_in = |area: Option<&AreaScores>| area.map_or(0, |a| a.countries);
    let region_heading = match region {
        Some(r) => format!("Median, {} ({} scored)", r.name(), scored_in(home)),
        None => "Median, WHO region (none)".to_string(),
    };
    IndexProfile {
        summary: summary(result, settings, country),
        region_heading,
        world_heading: format!("Median, world ({} scored)", scored_in(world)),
        score,
        domains,
    }
}

fn summary(result: &IndexResult, settings: &Settings, country: CountryId) -> String {
    let own = &result.countries[country.0];
    let coverage = percent_text(own.coverage);
    match (own.score, own.rank) {
        (Some(score), Some(rank)) => {
            let tied = result
                .countries
                .iter()
                .filter(|c| c.rank == Some(rank))
                .count()
                > 1;
            format!(
                "Score {} of 100, rank {rank}{} of {} countries scored; coverage {coverage} of the index's weighted indicators.",
                score_text(Some(score)),
                if tied { " (tied)" } else { "" },
                scored(result)
            )
        }
        _ if own.coverage > 0.0 => format!(
            "Not scored: coverage {coverage} of the index's weighted indicators, below the {}% these settings require. Its domain scores are shown for the indicators it has.",
            settings.coverage
        ),
        _ => "Not scored: none of the index's indicators has a value for this country in the years the settings allow.".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::{tiny, tiny_config};
    use crate::index::{decode, index};
    use expect_test::{expect, Expect};

    /// A and B in Africa, C and D in Europe, E in no WHO region.
    const ROWS: &str = "A q1 Yes\nA q2 Yes\nA q3 Yes\nA s1 2015 1.0\n\
        B q1 No\nB q2 Yes\nB q3 Yes\nB s1 2015 0.5\n\
        C q3 No\n\
        D q1 Yes\nD q2 No\nD q3 Yes\nD s1 2015 0.5\n\
        E q1 Yes\nE q2 No\nE q3 No\nE s1 2015 0.0\n";

    /// The profile's index section for `iso3` under the settings of `query`: the summary, the
    /// headings, then the score and the domains that any country has, as country / region / world.
    fn check(iso3: &str, query: &str, expect: Expect) {
        let dataset = tiny(ROWS);
        let config = tiny_config(&dataset);
        let settings = decode(query).0;
        let result = index(&dataset, &config, &settings);
        let country = dataset.country(iso3).expect("country");
        let profile = index_profile(&dataset, &result, &settings, country);
        let show = |c: Comparison| [c.country, c.region, c.world].map(score_text).join(" / ");
        let mut out = format!(
            "{}\n{} | {}\nIndex: {}\n",
            profile.summary,
            profile.region_heading,
            profile.world_heading,
            show(profile.score)
        );
        for (block, comparison) in &profile.domains {
            if comparison.world.is_some() || comparison.country.is_some() {
                out += &format!("{}: {}\n", block.name(), show(*comparison));
            }
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn a_scored_country_beside_its_region_and_the_world() {
        // World medians of four scored countries (A, B, D, E): the mean of the two middle values.
        check(
            "B",
            "",
            expect![[r#"
                Score 66.7 of 100, rank 2 (tied) of 4 countries scored; coverage 100% of the index's weighted indicators.
                Median, WHO African Region (2 scored) | Median, world (4 scored)
                Index: 66.7 / 83.3 / 66.7
                Strategy and investment: 50 / 75 / 50
                Infrastructure: 50 / 75 / 50
                Legislation, policy and compliance: 100 / 100 / 100
            "#]],
        );
    }

    #[test]
    fn a_country_below_the_coverage_rule_shows_its_domains_and_why_it_has_no_score() {
        // C is not scored, so Europe's medians are D's alone.
        check(
            "C",
            "",
            expect![[r#"
                Not scored: coverage 33% of the index's weighted indicators, below the 70% these settings require. Its domain scores are shown for the indicators it has.
                Median, WHO European Region (1 scored) | Median, world (4 scored)
                Index: — / 66.7 / 66.7
                Strategy and investment: — / 50 / 50
                Infrastructure: — / 50 / 50
                Legislation, policy and compliance: 0 / 100 / 100
            "#]],
        );
    }

    #[test]
    fn a_country_in_no_who_region_has_no_regional_median() {
        check(
            "E",
            "w=0,1,0,0,0,0,0",
            expect![[r#"
                Score 50 of 100, rank 2 (tied) of 4 countries scored; coverage 100% of the index's weighted indicators.
                Median, WHO region (none) | Median, world (4 scored)
                Index: 50 / — / 50
                Strategy and investment: 50 / — / 50
                Infrastructure: 0 / — / 50
                Legislation, policy and compliance: 0 / — / 100
            "#]],
        );
    }
}
