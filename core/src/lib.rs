//! Pure logic of eHealth Readiness: everything the page computes, kept free of web and UI crates so that
//! it runs and is tested natively. The app (`src/`) only asks these modules and draws what they return.

pub mod answer;
pub mod cite;
pub mod collate;
mod fast_hash;
pub mod figures;
pub mod filter;
pub mod income;
pub mod index;
pub mod load;
pub mod model;
pub mod number;
pub mod region;
pub mod search;
pub mod stats;
pub mod view;
