//! The readiness index on the world map: each country's score band; "not scored" for a country with
//! some of the index's indicators but less coverage than the settings require; "no data" for one with
//! none of them. The legend counts and the tooltip.

use crate::figures::bins::Bins;
use crate::figures::map::{Hover, LegendEntry};
use crate::figures::scale::Category;
use crate::figures::score_bands::{percent_text, score_bands, score_decimal, score_text};
use crate::filter::Filter;
use crate::index::{CountryScore, IndexResult, Settings};
use crate::model::{CountryId, Dataset};

/// Each country's category, indexed like [`Dataset::countries`].
pub fn categories(result: &IndexResult) -> Vec<Category> {
    let bands = score_bands();
    result
        .countries
        .iter()
        .map(|c| category(c, &bands))
        .collect()
}

/// One country's category: its band, or why it has none.
pub fn category(figures: &CountryScore, bands: &Bins) -> Category {
    match figures.score {
        Some(score) => bands.category(score_decimal(score)),
        None if figures.coverage > 0.0 => Category::NotScored,
        None => Category::NoData,
    }
}

/// Whether each country takes part in the index at all (has any of its indicators): the countries
/// the ranking table lists, and the keyboard visits on the map.
pub fn takes_part(result: &IndexResult) -> Vec<bool> {
    result.countries.iter().map(|c| c.coverage > 0.0).collect()
}

/// The five bands lowest first, then "Not scored", then "No data", each with its countries among
/// those the filter admits. Bands and "Not scored" count every country the ranking lists; "No data"
/// counts the WHO Member States without any of the index's indicators (territories are drawn grey
/// but, as on the other maps, not counted).
pub fn legend(
    dataset: &Dataset,
    categories: &[Category],
    filter: Filter,
    settings: &Settings,
) -> Vec<LegendEntry> {
    let bands = score_bands();
    let count = |category: Category| {
        dataset
            .country_ids()
            .filter(|&c| filter.admits(&dataset[c]))
            .filter(|&c| categories.get(c.0) == Some(&category))
            .filter(|&c| category != Category::NoData || dataset[c].who_region.is_some())
            .count()
    };
    let entry = |category: Category, label: String| LegendEntry {
        category,
        label,
        count: count(category),
    };
    bands
        .categories()
        .enumerate()
        .map(|(bin, category)| entry(category, bands.label(bin as u8)))
        .chain([
            entry(
                Category::NotScored,
                format!("Not scored (coverage < {}%)", settings.coverage),
            ),
            entry(Category::NoData, Category::NoData.label().to_string()),
        ])
        .collect()
}

/// How the map is coloured, under its legend.
pub fn legend_note(settings: &Settings) -> String {
    format!(
        "Colours: five equal bands of the 0–100 score, the same whatever the settings. Not scored: fewer than {}% of the index's weighted indicators. No data: none of them in {}.",
        settings.coverage,
        years(settings)
    )
}

/// The tooltip of one country: its score, rank and coverage, or why it has no score.
pub fn hover(
    dataset: &Dataset,
    result: &IndexResult,
    settings: &Settings,
    country: CountryId,
) -> Hover {
    let figures = &result.countries[country.0];
    let category = category(figures, &score_bands());
    let (value, note) = match (figures.score, figures.rank) {
        (Some(score), Some(rank)) => (
            format!(
                "Score {}, rank {rank} of {}",
                score_text(Some(score)),
                scored(result)
            ),
            format!("Coverage {}", percent_text(figures.coverage)),
        ),
        _ if figures.coverage > 0.0 => (
            "Not scored".to_string(),
            format!(
                "Coverage {}, below the {}% required",
                percent_text(figures.coverage),
                settings.coverage
            ),
        ),
        _ => (
            "No data".to_string(),
            format!("None of the index's indicators in {}", years(settings)),
        ),
    };
    Hover {
        name: dataset[country].name.clone(),
        category,
        value,
        note: Some(note),
    }
}

/// How many countries have a score.
pub fn scored(result: &IndexResult) -> usize {
    result
        .countries
        .iter()
        .filter(|c| c.score.is_some())
        .count()
}

/// "2012–2018": the years a value may come from.
fn years(settings: &Settings) -> String {
    match settings.window {
        0 => settings.year.to_string(),
        w => format!(
            "{}–{}",
            settings.year.saturating_sub(w),
            settings.year.saturating_add(w)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::{tiny, tiny_config};
    use crate::index::{decode, index};
    use crate::region::Region;
    use expect_test::{expect, Expect};

    /// A and B (Africa) and E (no WHO region) have every domain; C (Europe) has one of three; D
    /// (Europe) has none.
    const ROWS: &str = "A q1 Yes\nA q2 Yes\nA q3 Yes\nA s1 2015 1.0\n\
        B q1 No\nB q2 Yes\nB q3 Yes\nB s1 2015 0.5\n\
        C q3 No\n\
        E q1 Yes\nE q2 No\nE q3 No\nE s1 2015 0.0\n";

    /// The map of `ROWS` under the settings of `query` and `filter`: each country's category and
    /// tooltip, then the legend and its note.
    fn check(query: &str, filter: Filter, expect: Expect) {
        let dataset = tiny(ROWS);
        let config = tiny_config(&dataset);
        let settings = decode(query).0;
        let result = index(&dataset, &config, &settings);
        let categories = categories(&result);
        let takes_part = takes_part(&result);
        let mut out = String::new();
        for c in dataset.country_ids() {
            let hover = hover(&dataset, &result, &settings, c);
            out += &format!(
                "{} {}{}: {} / {}\n",
                dataset[c].iso3,
                categories[c.0].slug(),
                if takes_part[c.0] { "" } else { " (not listed)" },
                hover.value,
                hover.note.unwrap_or_default()
            );
        }
        for entry in legend(&dataset, &categories, filter, &settings) {
            out += &format!(
                "{} {}: {}\n",
                entry.category.slug(),
                entry.label,
                entry.count
            );
        }
        out += &legend_note(&settings);
        expect.assert_eq(&out);
    }

    #[test]
    fn bands_then_not_scored_then_no_data() {
        check(
            "",
            Filter::default(),
            expect![[r#"
                A bin-5: Score 100, rank 1 of 3 / Coverage 100%
                B bin-4: Score 66.7, rank 2 of 3 / Coverage 100%
                C not-scored: Not scored / Coverage 33%, below the 70% required
                D no-data (not listed): No data / None of the index's indicators in 2013–2017
                E bin-1: Score 16.7, rank 3 of 3 / Coverage 100%
                bin-1 < 20: 1
                bin-2 20–40: 0
                bin-3 40–60: 0
                bin-4 60–80: 1
                bin-5 ≥ 80: 1
                not-scored Not scored (coverage < 70%): 1
                no-data No data: 1
                Colours: five equal bands of the 0–100 score, the same whatever the settings. Not scored: fewer than 70% of the index's weighted indicators. No data: none of them in 2013–2017."#]],
        );
    }

    #[test]
    fn a_lower_coverage_rule_scores_more_and_a_filter_counts_its_countries_only() {
        check(
            "cov=30&window=0",
            Filter {
                region: Some(Region::Eur),
                income: None,
            },
            expect![[r#"
                A bin-5: Score 100, rank 1 of 4 / Coverage 100%
                B bin-4: Score 66.7, rank 2 of 4 / Coverage 100%
                C bin-1: Score 0, rank 4 of 4 / Coverage 33%
                D no-data (not listed): No data / None of the index's indicators in 2015
                E bin-1: Score 16.7, rank 3 of 4 / Coverage 100%
                bin-1 < 20: 1
                bin-2 20–40: 0
                bin-3 40–60: 0
                bin-4 60–80: 0
                bin-5 ≥ 80: 0
                not-scored Not scored (coverage < 30%): 0
                no-data No data: 1
                Colours: five equal bands of the 0–100 score, the same whatever the settings. Not scored: fewer than 30% of the index's weighted indicators. No data: none of them in 2015."#]],
        );
    }
}
