//! The pre-projected world map: one row per country shape.

use std::collections::HashSet;

use super::table::read_table;
use super::{LoadReport, WORLD, WORLD_COLUMNS};
use crate::model::{Country, Shape, WorldMap};

pub(super) fn parse_world(
    text: &str,
    countries: &[Country],
    report: &mut LoadReport,
) -> Vec<Shape> {
    let known: HashSet<&str> = countries.iter().map(|c| c.iso3.as_str()).collect();
    read_table(WORLD, text, &WORLD_COLUMNS, report, |row| {
        let iso3 = row.required("iso3")?;
        if !known.contains(iso3) {
            return Err(format!("unknown country code \"{iso3}\""));
        }
        let path = row.required("path")?;
        if !path.starts_with(['M', 'm']) {
            return Err("field \"path\" does not start with a move command".to_string());
        }
        Ok(Shape {
            iso3: iso3.to_string(),
            bbox: [
                row.number("x")?,
                row.number("y")?,
                row.number("w")?,
                row.number("h")?,
            ],
            label: [row.number("label_x")?, row.number("label_y")?],
            area: row.number("area")?,
            path: path.to_string(),
        })
    })
}

/// The map's size is the extent of its shapes, so the pipeline needs no separate metadata file.
pub(super) fn world_map(shapes: Vec<Shape>) -> WorldMap {
    let width = shapes
        .iter()
        .map(|s| s.bbox[0] + s.bbox[2])
        .max()
        .unwrap_or(0);
    let height = shapes
        .iter()
        .map(|s| s.bbox[1] + s.bbox[3])
        .max()
        .unwrap_or(0);
    WorldMap {
        width: width.max(0) as u32,
        height: height.max(0) as u32,
        shapes,
    }
}
