//! The world choropleth of one yes/no question: a category per map shape, the legend counts, which
//! shapes are too small to see at world scale, and what a hover shows.

use crate::answer::Answer;
use crate::collate::collation_key;
use crate::figures::scale::Category;
use crate::filter::Filter;
use crate::income::IncomeGroup;
use crate::model::{CountryId, Dataset, IndicatorId, Shape, Value, WorldMap};
use crate::region::Region;

/// A shape with less land than this (square map units: 3 square pixels at the map's natural width of
/// 1000 px) gets a dot so that it can be seen, hovered and clicked. Area, not bounding box, decides:
/// Kiribati's islands span the Pacific yet none of them is visible at world scale.
pub const SMALL_AREA: i64 = 300;

pub fn is_small(shape: &Shape) -> bool {
    shape.area < SMALL_AREA
}

/// The order in which the keyboard moves through the map: the shapes of the countries it visits
/// (`visits[id.0]`: those that responded to a question, have values of a series or take part in the
/// index), by country name (a reader looking for a country knows its name, not its neighbours).
pub fn keyboard_order(dataset: &Dataset, map: &WorldMap, visits: &[bool]) -> Vec<usize> {
    let mut order: Vec<(String, usize)> = shape_countries(dataset, map)
        .into_iter()
        .enumerate()
        .filter_map(|(shape, country)| {
            let country = country.filter(|c| visits.get(c.0).copied().unwrap_or(false))?;
            Some((collation_key(&dataset[country].name), shape))
        })
        .collect();
    order.sort();
    order.into_iter().map(|(_, shape)| shape).collect()
}

/// Which countries responded to the survey of `indicator` (or have values of a series), indexed like
/// [`Dataset::countries`].
pub fn responding(dataset: &Dataset, indicator: IndicatorId) -> Vec<bool> {
    dataset
        .country_ids()
        .map(|c| dataset.responded(indicator, c))
        .collect()
}

/// Where an arrow, Home or End key moves from `position` in a list of `len` items; `None` for other keys.
pub fn step(key: &str, position: usize, len: usize) -> Option<usize> {
    let last = len.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if position >= last { 0 } else { position + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if position == 0 { last } else { position - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// For each shape of the map, the dataset's index of its country. Computed once per load.
pub fn shape_countries(dataset: &Dataset, map: &WorldMap) -> Vec<Option<CountryId>> {
    map.shapes
        .iter()
        .map(|s| dataset.country(&s.iso3))
        .collect()
}

/// Each country's answer to `indicator`, indexed like [`Dataset::countries`].
pub fn answers(dataset: &Dataset, indicator: IndicatorId) -> Vec<Option<Answer>> {
    let mut answers = vec![None; dataset.countries.len()];
    for observation in dataset.observations_of(indicator) {
        if let Value::Answer(answer) = observation.value {
            answers[observation.country.0] = Some(answer);
        }
    }
    answers
}

/// Each country's category on the map of a yes/no question, indexed like [`Dataset::countries`].
pub fn categories(dataset: &Dataset, indicator: IndicatorId) -> Vec<Category> {
    let answers = answers(dataset, indicator);
    dataset
        .country_ids()
        .map(|c| category(&answers, Some(c)))
        .collect()
}

/// The category of one country: its answer if it responded to the survey, otherwise not surveyed.
pub fn category(answers: &[Option<Answer>], country: Option<CountryId>) -> Category {
    match country.and_then(|c| answers.get(c.0).copied().flatten()) {
        Some(answer) => Category::Answer(answer),
        None => Category::NotSurveyed,
    }
}

/// A country's WHO region and income group, or `None` for a map entity not in the country table.
pub type Groups = Option<(Option<Region>, Option<IncomeGroup>)>;

/// Whether a shape is drawn faded: outside the filter, or not in the category the legend highlights.
pub fn is_dimmed(
    filter: Filter,
    highlight: Option<Category>,
    groups: Groups,
    category: Category,
) -> bool {
    let filtered_out = !filter.is_empty()
        && !groups.is_some_and(|(region, income)| filter.admits_groups(region, income));
    filtered_out || highlight.is_some_and(|h| h != category)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    pub category: Category,
    /// "Yes", "20–40".
    pub label: String,
    /// How many countries of the dataset fall in this category.
    pub count: usize,
}

/// The legend: every category, always in the same order, with its number of countries among those
/// the filter admits. "Not surveyed" counts WHO Member States that did not respond; territories and
/// other map entities, which WHO did not survey either, are drawn grey but not counted.
pub fn legend(
    dataset: &Dataset,
    indicator: IndicatorId,
    categories: &[Category],
    filter: Filter,
) -> Vec<LegendEntry> {
    Category::ALL
        .into_iter()
        .map(|category| LegendEntry {
            category,
            label: category.label().to_string(),
            count: dataset
                .country_ids()
                .filter(|&c| filter.admits(&dataset[c]))
                .filter(|&c| dataset[c].who_region.is_some() || dataset.responded(indicator, c))
                .filter(|&c| categories.get(c.0) == Some(&category))
                .count(),
        })
        .collect()
}

/// What the tooltip says about one country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hover {
    pub name: String,
    pub category: Category,
    /// "Yes", or "16.0 % of population (2015)".
    pub value: String,
    /// "Adopted 2011", where the survey gives a year.
    pub note: Option<String>,
}

pub fn hover(dataset: &Dataset, indicator: IndicatorId, country: CountryId) -> Hover {
    let observation = dataset.country_observations(indicator, country).next();
    let category = match observation.map(|o| &o.value) {
        Some(Value::Answer(answer)) => Category::Answer(*answer),
        _ => Category::NotSurveyed,
    };
    Hover {
        name: dataset[country].name.clone(),
        category,
        value: category.label().to_string(),
        note: observation
            .and_then(|o| o.year_adopted)
            .map(|year| format!("Adopted {year}")),
    }
}

/// The part of the map to show for a WHO region: the box around its members' main land, with a
/// margin, widened to the map's aspect ratio. Each member counts as a square around its label point
/// (which sits in its largest part) sized by its area, so that overseas parts (French Guiana in
/// France, Bouvet Island in Norway) and land across the antimeridian do not stretch the view.
pub fn region_box(dataset: &Dataset, map: &WorldMap, region: Region) -> [i32; 4] {
    let mut bounds: Option<[i32; 4]> = None;
    for shape in &map.shapes {
        let member = dataset
            .country(&shape.iso3)
            .is_some_and(|c| dataset[c].who_region == Some(region));
        if !member {
            continue;
        }
        let half = ((shape.area.max(0) as f64).sqrt() * 0.8) as i32;
        let [x, y] = shape.label;
        let [x0, y0, x1, y1] = [x - half, y - half, x + half, y + half];
        bounds = Some(match bounds {
            None => [x0, y0, x1, y1],
            Some([a0, b0, a1, b1]) => [a0.min(x0), b0.min(y0), a1.max(x1), b1.max(y1)],
        });
    }
    let full = [0, 0, map.width as i32, map.height as i32];
    let Some([x0, y0, x1, y1]) = bounds else {
        return full;
    };
    let margin = ((x1 - x0).max(y1 - y0) / 12).max(60);
    let (mut w, mut h) = (x1 - x0 + 2 * margin, y1 - y0 + 2 * margin);
    // Keep the map's aspect ratio so the frame does not jump in height between regions.
    let (map_w, map_h) = (map.width.max(1) as i64, map.height.max(1) as i64);
    if (w as i64) * map_h < (h as i64) * map_w {
        w = ((h as i64) * map_w / map_h) as i32;
    } else {
        h = ((w as i64) * map_h / map_w) as i32;
    }
    let (cx, cy) = ((x0 + x1) / 2, (y0 + y1) / 2);
    [cx - w / 2, cy - h / 2, w, h]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture;

    #[test]
    fn dimmed_means_outside_the_filter_or_not_the_highlighted_answer() {
        let yes = Category::Answer(Answer::Yes);
        let europe = Filter {
            region: Some(Region::Eur),
            income: None,
        };
        let french = Some((Some(Region::Eur), Some(IncomeGroup::High)));
        assert!(
            !is_dimmed(Filter::default(), None, None, yes),
            "no filter: nothing dimmed"
        );
        assert!(!is_dimmed(europe, None, french, yes));
        assert!(is_dimmed(
            europe,
            None,
            Some((Some(Region::Afr), None)),
            yes
        ));
        assert!(
            is_dimmed(europe, None, None, yes),
            "a map entity outside the table"
        );
        assert!(is_dimmed(
            Filter::default(),
            Some(Category::Answer(Answer::No)),
            french,
            yes
        ));
        assert!(!is_dimmed(Filter::default(), Some(yes), french, yes));
    }

    #[test]
    fn the_keyboard_visits_responding_countries_by_name_and_wraps() {
        let loaded = fixture();
        let policy = loaded
            .dataset
            .indicator("ehealth_policy")
            .expect("indicator");
        let order: Vec<&str> = keyboard_order(
            &loaded.dataset,
            &loaded.map,
            &responding(&loaded.dataset, policy),
        )
        .into_iter()
        .map(|shape| loaded.map.shapes[shape].iso3.as_str())
        .collect();
        assert_eq!(order, ["KEN", "MLT"]);
        assert_eq!(step("ArrowRight", 1, 2), Some(0));
        assert_eq!(step("ArrowLeft", 0, 2), Some(1));
        assert_eq!((step("Home", 1, 2), step("End", 0, 2)), (Some(0), Some(1)));
        assert_eq!((step("a", 0, 2), step("Home", 0, 0)), (None, None));
    }

    #[test]
    fn legend_counts_follow_the_filter() {
        let dataset = fixture().dataset;
        let policy = dataset.indicator("ehealth_policy").expect("indicator");
        let categories = categories(&dataset, policy);
        let counts = |filter| -> Vec<usize> {
            legend(&dataset, policy, &categories, filter)
                .iter()
                .map(|e| e.count)
                .collect()
        };
        // Kosovo (no WHO region) is on the map but is not a Member State left unsurveyed.
        assert_eq!(counts(Filter::default()), [1, 0, 1, 0, 0, 0]);
        assert_eq!(
            counts(Filter {
                region: Some(Region::Eur),
                income: None
            }),
            [0, 0, 1, 0, 0, 0]
        );
    }

    #[test]
    fn a_region_box_frames_its_members_at_the_map_aspect_ratio() {
        let loaded = fixture();
        // KEN's box is 10,20 30x40; the map is 40x60 (2:3).
        let [x, y, w, h] = region_box(&loaded.dataset, &loaded.map, Region::Afr);
        assert_eq!(h * 2, w * 3, "aspect ratio kept");
        assert!(
            x <= 10 && y <= 20 && x + w >= 40 && y + h >= 60,
            "{x} {y} {w} {h}"
        );
        assert_eq!(
            region_box(&loaded.dataset, &loaded.map, Region::Wpr),
            [0, 0, 40, 60]
        );
    }
}
