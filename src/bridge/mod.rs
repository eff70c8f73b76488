//! The only place that calls browser APIs beyond the DOM Leptos manages: file downloads, focus and
//! session history.

#[cfg(feature = "full")]
pub mod chart;
pub mod clipboard;
#[cfg(feature = "full")]
pub mod download;
pub mod focus;
#[cfg(feature = "full")]
pub mod gunzip;
pub mod history;
#[cfg(feature = "full")]
pub mod print;
pub mod script;
pub mod task;
