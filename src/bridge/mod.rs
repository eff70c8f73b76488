//! The only place that calls browser APIs beyond the DOM Leptos manages: file downloads, focus and
//! session history.

pub mod chart;
pub mod clipboard;
pub mod download;
pub mod focus;
pub mod gunzip;
pub mod history;
pub mod print;
