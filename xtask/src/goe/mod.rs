//! The WHO Global Observatory for eHealth 2015 survey: its question catalogue, profile parser and
//! answers file.

pub mod answers;
pub mod catalogue;
pub mod derived;
pub mod profile;
