//! The world choropleth of one yes/no question: a category per map shape, the legend counts, which
//! shapes are too small to see at world scale, and what a hover shows.

use crate::answer::Answer;
use crate::figures::scale::Category;
use crate::model::{Dataset, Shape, Value, WorldMap};

/// A shape with less land than this (square map units: 3 square pixels at the map's natural width of
/// 1000 px) gets a dot so that it can be seen, hovered and clicked. Area, not bounding box, decides:
/// Kiribati's islands span the Pacific yet none of them is visible at world scale.
pub const SMALL_AREA: i64 = 300;

pub fn is_small(shape: &Shape) -> bool {
    shape.area < SMALL_AREA
}

/// For each shape of the map, the dataset's index of its country. Computed once per load.
pub fn shape_countries(dataset: &Dataset, map: &WorldMap) -> Vec<Option<usize>> {
    map.shapes
        .iter()
        .map(|s| dataset.country(&s.iso3))
        .collect()
}

/// Each country's answer to `indicator`, indexed like [`Dataset::countries`].
pub fn answers(dataset: &Dataset, indicator: usize) -> Vec<Option<Answer>> {
    let mut answers = vec![None; dataset.countries.len()];
    for observation in dataset.observations_of(indicator) {
        if let Value::Answer(answer) = observation.value {
            answers[observation.country] = Some(answer);
        }
    }
    answers
}

/// The category of one country: its answer if it responded to the survey, otherwise not surveyed.
pub fn category(answers: &[Option<Answer>], country: Option<usize>) -> Category {
    match country.and_then(|c| answers.get(c).copied().flatten()) {
        Some(answer) => Category::Answer(answer),
        None => Category::NotSurveyed,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    pub category: Category,
    /// How many countries of the dataset fall in this category.
    pub count: usize,
}

/// The legend: every category, always in the same order, with its number of countries (countries
/// that are in the country table but did not respond count as not surveyed).
pub fn legend(answers: &[Option<Answer>]) -> Vec<LegendEntry> {
    Category::ALL
        .into_iter()
        .map(|category| LegendEntry {
            category,
            count: (0..answers.len())
                .filter(|&c| self::category(answers, Some(c)) == category)
                .count(),
        })
        .collect()
}

/// What the tooltip says about one country for one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hover {
    pub name: String,
    pub category: Category,
    pub year_adopted: Option<u16>,
}

pub fn hover(dataset: &Dataset, indicator: usize, country: usize) -> Hover {
    let observation = dataset
        .observations_of(indicator)
        .find(|o| o.country == country);
    Hover {
        name: dataset.countries[country].name.clone(),
        category: match observation.map(|o| &o.value) {
            Some(Value::Answer(answer)) => Category::Answer(*answer),
            _ => Category::NotSurveyed,
        },
        year_adopted: observation.and_then(|o| o.year_adopted),
    }
}
