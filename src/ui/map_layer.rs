//! What a world map draws, whoever works it out: the question or series map ([`Choropleth`]) and the
//! index map each make one, so that one map component, with its keyboard order, tooltip and dots for
//! small states, draws both.
//!
//! [`Choropleth`]: crate::ui::choropleth::Choropleth

use leptos::prelude::*;
use readiness_core::figures::map::Hover;
use readiness_core::figures::scale::Category;
use readiness_core::model::CountryId;

#[derive(Clone, Copy)]
pub struct MapLayer {
    /// Each country's category, indexed like the dataset's countries.
    pub categories: Memo<Vec<Category>>,
    /// Whether the keyboard visits each country (it has an answer, a value, or a part in the index),
    /// indexed like the dataset's countries.
    pub visits: Memo<Vec<bool>>,
    /// What a category is called on this map ("Yes", "20–40"), for each country's accessible name.
    pub label: Callback<Category, String>,
    pub hover: Callback<CountryId, Hover>,
    /// The map's accessible name: what it shows and how to move through it.
    pub description: &'static str,
    pub press: Press,
}

/// What pressing a country does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Press {
    /// Pins it: its details open beside the map.
    Pin,
    /// Opens its country profile.
    OpenProfile,
}
