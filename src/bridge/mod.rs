//! The only place that calls browser APIs beyond the DOM Leptos manages: file downloads and focus.

pub mod download;
pub mod focus;
