//! The WHO Global Observatory for eHealth 2015 survey: its question catalogue and profile parser.

pub mod catalogue;
pub mod derived;
pub mod profile;
