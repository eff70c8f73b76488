//! The only place that calls browser APIs beyond the DOM Leptos manages: file downloads.

pub mod download;
