//! The pre-projected world map: one row per country shape, its path checked against the grammar
//! `xtask/src/map.rs` writes, every coordinate bounded and every sum checked.

use std::collections::HashSet;

use super::problem::{Kind, PathError, Rows, Thing, MAX_COORDINATE};
use super::survey::{listed_twice, unknown};
use super::table::{read_table, Fault, Row, Spec, Table};
use super::{LoadReport, COUNTRIES, WORLD, WORLD_COLUMNS};
use crate::model::{Country, Shape, WorldMap};

pub(super) fn parse_world(
    text: &str,
    countries: &Table<Country>,
    report: &mut LoadReport,
) -> Vec<Shape> {
    let spec = Spec {
        file: WORLD,
        columns: &WORLD_COLUMNS,
        key: None,
        rows: Rows::Shapes,
    };
    let known: HashSet<&str> = countries.rows.iter().map(|c| c.iso3.as_str()).collect();
    let mut seen = HashSet::new();
    let parse = |row: &Row| {
        let iso3 = row.required("iso3")?;
        if !known.contains(iso3) {
            return Err(unknown(countries, COUNTRIES, Thing::Country, "iso3", iso3));
        }
        let [x, y] = [coordinate(row, "x")?, coordinate(row, "y")?];
        let [w, h] = [size(row, "w")?, size(row, "h")?];
        let label = [coordinate(row, "label_x")?, coordinate(row, "label_y")?];
        let area: i64 = row.number("area")?;
        if area < 0 {
            return Err(Fault::field("area", Kind::Negative { value: area }));
        }
        let path = row.required("path")?;
        check_path(path, [x, y, w, h]).map_err(|error| Fault::field("path", Kind::Path(error)))?;
        Ok(Shape {
            iso3: iso3.to_string(),
            bbox: [x, y, w, h],
            label,
            area,
            path: path.to_string(),
        })
    };
    let claim = |shape: &Shape| match seen.insert(shape.iso3.clone()) {
        true => Ok(()),
        false => Err(listed_twice(Thing::Country, &shape.iso3)),
    };
    read_table(&spec, text, report, parse, claim).rows
}

/// A position within ±[`MAX_COORDINATE`].
fn coordinate(row: &Row, column: &str) -> Result<i32, Fault> {
    let value: i64 = row.number(column)?;
    if value.abs() > MAX_COORDINATE {
        return Err(Fault::field(column, Kind::OutOfRange { value }));
    }
    Ok(value as i32)
}

/// A width or height: not negative, within [`MAX_COORDINATE`].
fn size(row: &Row, column: &str) -> Result<i32, Fault> {
    let value = coordinate(row, column)?;
    if value < 0 {
        return Err(Fault::field(
            column,
            Kind::Negative {
                value: value.into(),
            },
        ));
    }
    Ok(value)
}

/// Checks `path` is what the pipeline writes (`encode_path` in `xtask/src/map.rs`):
///
/// ```text
/// path   = "M" pair ring ("m" pair ring)*      first start absolute, later starts relative to the
/// ring   = "l" pair (sep pair)* "z"            previous ring's start (where "z" leaves the pen)
/// pair   = int sep int
/// int    = "-"? digit+
/// sep    = " " | ""  (nothing only before "-")
/// ```
///
/// and that every point it reaches lies inside the row's box (`bbox`: x, y, w, h), so inside
/// ±[`MAX_COORDINATE`]. All arithmetic is in i64 and checked.
pub(super) fn check_path(path: &str, bbox: [i32; 4]) -> Result<(), PathError> {
    let [x, y, w, h] = bbox.map(i64::from);
    walk_path(path, |(px, py)| {
        if px < x || py < y || px > x + w || py > y + h {
            return Err(PathError::OutsideBox);
        }
        Ok(())
    })
}

/// The box (x, y, w, h) around every point of a path of the grammar above, as the pipeline computes
/// it from the same points; `None` for a path that is not of that grammar. The built first view's map
/// carries each shape's other fields, not this one, which its path gives exactly.
pub fn path_bbox(path: &str) -> Option<[i32; 4]> {
    let mut bounds: Option<[i64; 4]> = None;
    walk_path(path, |(px, py)| {
        bounds = Some(match bounds {
            None => [px, py, px, py],
            Some([x0, y0, x1, y1]) => [x0.min(px), y0.min(py), x1.max(px), y1.max(py)],
        });
        Ok(())
    })
    .ok()?;
    let [x0, y0, x1, y1] = bounds?.map(|v| v as i32);
    Some([x0, y0, x1 - x0, y1 - y0])
}

/// Reads a path of the grammar above and calls `visit` with every point it reaches, each first
/// checked to lie within ±[`MAX_COORDINATE`] (so that i32 holds it).
fn walk_path(
    path: &str,
    mut visit: impl FnMut((i64, i64)) -> Result<(), PathError>,
) -> Result<(), PathError> {
    // Bytes, not chars: a search for any of several chars decodes each one, over every path.
    if path
        .bytes()
        .any(|b| matches!(b, b'<' | b'>' | b'&' | b'"' | b'\''))
    {
        return Err(PathError::Markup);
    }
    if !path.starts_with('M') {
        return Err(PathError::NoMove);
    }
    let mut reader = PathReader {
        path: path.as_bytes(),
        text: path,
        position: 1,
    };
    let mut inside = |(px, py): (i64, i64)| -> Result<(), PathError> {
        if px.abs() > MAX_COORDINATE || py.abs() > MAX_COORDINATE {
            return Err(PathError::OutOfBounds);
        }
        visit((px, py))
    };
    let start = reader.pair()?;
    inside(start)?;
    let mut ring_start = start;
    loop {
        reader.expect(b'l', "l")?;
        let mut pen = ring_start;
        loop {
            let (dx, dy) = reader.pair()?;
            pen = add(pen, (dx, dy))?;
            inside(pen)?;
            if !reader.separator() {
                break;
            }
        }
        reader.expect(b'z', "a number or z")?;
        match reader.next() {
            None => return Ok(()),
            Some(b'm') => {
                ring_start = add(ring_start, reader.pair()?)?;
                inside(ring_start)?;
            }
            Some(_) => return Err(reader.error(reader.position - 1, "m or the end")),
        }
    }
}

fn add(a: (i64, i64), b: (i64, i64)) -> Result<(i64, i64), PathError> {
    match (a.0.checked_add(b.0), a.1.checked_add(b.1)) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(PathError::OutOfBounds),
    }
}

/// A cursor over path data, by byte (anything not ASCII is a syntax error anyway).
struct PathReader<'a> {
    path: &'a [u8],
    text: &'a str,
    position: usize,
}

impl PathReader<'_> {
    fn peek(&self) -> Option<u8> {
        self.path.get(self.position).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.position += 1;
        Some(c)
    }

    /// A syntax error at byte `position`, told as a 1-based character position.
    fn error(&self, position: usize, expected: &'static str) -> PathError {
        let before = self.text.get(..position).unwrap_or(self.text);
        PathError::Syntax {
            at: before.chars().count() + 1,
            expected,
        }
    }

    fn expect(&mut self, wanted: u8, expected: &'static str) -> Result<(), PathError> {
        match self.next() {
            Some(c) if c == wanted => Ok(()),
            _ => Err(self.error(self.position.saturating_sub(1), expected)),
        }
    }

    /// Skips a separator before another number, and says whether one follows.
    fn separator(&mut self) -> bool {
        match self.peek() {
            Some(b'-') => true,
            Some(b' ') => {
                self.position += 1;
                true
            }
            _ => false,
        }
    }

    fn pair(&mut self) -> Result<(i64, i64), PathError> {
        let x = self.int()?;
        if !self.separator() {
            return Err(self.error(self.position, "a second number"));
        }
        Ok((x, self.int()?))
    }

    fn int(&mut self) -> Result<i64, PathError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.position += 1;
        }
        let mut value: i64 = 0;
        let mut digits = 0;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(i64::from(digit - b'0')))
                .filter(|v| *v <= 2 * MAX_COORDINATE)
                .ok_or(PathError::OutOfBounds)?;
            digits += 1;
            self.position += 1;
        }
        if digits == 0 {
            return Err(self.error(self.position, "a number"));
        }
        Ok(if negative { -value } else { value })
    }
}

/// The map's size is the extent of its shapes, so the pipeline needs no separate metadata file.
/// Shapes are bounded by [`parse_world`], but the sums are done in i64 and clamped all the same.
pub(super) fn world_map(shapes: Vec<Shape>) -> WorldMap {
    let extent = |position: usize, size: usize| {
        let far = shapes
            .iter()
            .map(|s| i64::from(s.bbox[position]) + i64::from(s.bbox[size]))
            .max()
            .unwrap_or(0);
        u32::try_from(far.clamp(0, MAX_COORDINATE)).unwrap_or(0)
    };
    WorldMap {
        width: extent(0, 2),
        height: extent(1, 3),
        shapes,
    }
}
