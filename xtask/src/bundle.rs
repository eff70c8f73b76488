//! `cargo xtask bundle`: turns the Trunk build in `dist/` into one self-contained HTML file that works
//! when opened from disk (`file://`, e.g. from a USB stick) with no server and no network: styles,
//! the wasm-bindgen glue, the wasm bytes (base64) and every data file the page reads are inlined.
//! Browsers refuse `fetch` of local files and ES-module imports from `file://`, hence inlining all.

use std::path::Path;

use readiness_core::index::{CHECKS_FILE, INDEX_FILE};
use readiness_core::load::FILES;

use crate::csp::{inline_styles, meta, plain_scripts, policy};

pub const OFFLINE_FILE: &str = "ehealth-readiness-offline.html";

/// Reads `dist/` and returns the offline page.
pub fn offline_html(dist: &Path) -> Result<String, String> {
    let read = |name: &str| {
        std::fs::read_to_string(dist.join(name.trim_start_matches("./").trim_start_matches('/')))
            .map_err(|e| format!("dist/{name}: {e} (run `trunk build --release` first)"))
    };
    let index = read("index.html")?;
    // The full build's folder, as index.html names it (scripts/build.sh).
    let full = between(&index, "<meta name=\"eh-full-build\" content=\"", "\"")
        .ok_or("dist/index.html: no <meta name=\"eh-full-build\"> (run scripts/build.sh)")?;
    let mut styles = String::new();
    // The first view's stylesheets, then those of the views that come with the full build.
    for href in attribute_values(&index, "<link rel=\"stylesheet\" href=\"")
        .chain([format!("{full}views.css").as_str()])
    {
        styles += &read(href)?;
        styles.push('\n');
    }
    // The full build alone (every view; src/takeover.rs): nothing is fetched offline, so there is no
    // small first build to save on. Its glue defines the global `eh_full`.
    let wasm = std::fs::read(dist.join(format!("{full}app_bg.wasm")))
        .map_err(|e| format!("dist/{full}app_bg.wasm: {e} (run scripts/build.sh first)"))?;
    let glue = read(&format!("{full}app.js"))?;
    if glue.to_ascii_lowercase().contains("</script") {
        return Err(format!(
            "dist/{full}app.js contains \"</script\": it cannot be inlined"
        ));
    }
    let script = format!(
        "\n{glue}\nconst wasmBytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\neh_full.initSync({{ module: wasmBytes }});\n",
        base64(&wasm)
    );
    let style = format!("\n{styles}");
    // The chart module, run from these blocks the first time a chart is shown; its two scripts are
    // allowed by their hashes like the page's own.
    // Read from the folder index.html names; inline under the names the page falls back to without it.
    let charts = between(&index, "<meta name=\"eh-charts\" content=\"", "\"")
        .ok_or("dist/index.html: no <meta name=\"eh-charts\"> (run scripts/build.sh)")?;
    let echarts = read(&format!("{charts}echarts.js"))?;
    let charts_glue = read(&format!("{charts}charts.js"))?;
    let charts_wasm = std::fs::read(dist.join(format!("{charts}charts_bg.wasm")))
        .map_err(|e| format!("dist/{charts}charts_bg.wasm: {e} (run scripts/build.sh first)"))?;
    let mut code_blocks = String::new();
    for (name, bytes) in [
        ("charts/echarts.js", echarts.as_bytes()),
        ("charts/charts.js", charts_glue.as_bytes()),
        ("charts/charts_bg.wasm", charts_wasm.as_slice()),
    ] {
        code_blocks += &format!(
            "<script type=\"application/json\" id=\"code:{name}\">{}</script>\n",
            json_string(&packed(bytes)?)
        );
    }
    // The first screen is index.html's: the masthead and the default view drawn at build time
    // (scripts/prerender.mjs), with index.html's own plain scripts (in the head, the one that hides
    // it for any other address; in the body, the one that makes it inert).
    let head = between(&index, "<head>", "</head>").ok_or("dist/index.html: no <head>")?;
    let first_screen = between(&index, "<body>", "</body>")
        .ok_or("dist/index.html: no <body>")?
        .trim();
    let head_scripts: String = plain_scripts(head)
        .iter()
        .map(|code| format!("<script>{code}</script>\n"))
        .collect();
    let mut allowed_scripts = plain_scripts(&index);
    allowed_scripts.extend([script.as_str(), &echarts, &charts_glue]);
    let mut allowed_styles = vec![style.as_str()];
    allowed_styles.extend(inline_styles(first_screen));
    let csp = meta(&policy(&allowed_scripts, &allowed_styles, false));
    let mut data_blocks = String::new();
    // The first view's files and the index's structure and check as text, then every series' values
    // packed: the offline copy never fetches, and packing keeps it within its size budget.
    for file in FILES.iter().chain(&[INDEX_FILE, CHECKS_FILE]) {
        let text = read(&format!("data/{file}"))?;
        data_blocks += &format!(
            "<script type=\"application/json\" id=\"data:{file}\">{}</script>\n",
            json_string(&text)
        );
    }
    let series_dir = dist.join("data/series");
    let mut series: Vec<String> = std::fs::read_dir(&series_dir)
        .map_err(|e| format!("{}: {e}", series_dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".csv"))
        .map(|name| format!("series/{name}"))
        .collect();
    series.sort();
    for file in series {
        let text = read(&format!("data/{file}"))?;
        data_blocks += &format!(
            "<script type=\"application/json\" id=\"packed:{file}\">{}</script>\n",
            json_string(&packed(text.as_bytes())?)
        );
    }
    Ok(format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{csp}
<title>eHealth Readiness (offline copy)</title>
{head_scripts}<style>{style}</style>
{data_blocks}{code_blocks}<script type="module">{script}</script>
</head>
<body>
{first_screen}
</body>
</html>
"#,
    ))
}

/// Gzip, then base64: what the page unpacks with the browser's DecompressionStream.
fn packed(bytes: &[u8]) -> Result<String, String> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    Ok(base64(&encoder.finish().map_err(|e| e.to_string())?))
}

/// A JSON string literal that can sit inside a `<script>` element: `<` is escaped, so no data text
/// (a country name with `</script>`, say) can end the element early. The page reads it with JSON.parse.
fn json_string(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

fn attribute_values<'a>(text: &'a str, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    text.match_indices(prefix)
        .filter_map(move |(at, _)| between(&text[at..], prefix, "\""))
}

pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn data_text_cannot_close_its_script_element() {
        let text = "iso3,name\nMLT,</script><img src=x onerror=alert(1)>\n";
        let literal = json_string(text);
        assert!(!literal.contains('<'));
        assert_eq!(
            serde_json::from_str::<String>(&literal).ok().as_deref(),
            Some(text)
        );
    }

    #[test]
    fn stylesheets_and_the_body_are_read_from_trunks_index() {
        let index = "<head><link rel=\"stylesheet\" href=\"./a.css\" integrity=\"x\"/><link rel=\"stylesheet\" href=\"./b.css\"/></head><body><main>m</main></body>";
        assert_eq!(
            attribute_values(index, "<link rel=\"stylesheet\" href=\"").collect::<Vec<_>>(),
            ["./a.css", "./b.css"]
        );
        assert_eq!(between(index, "<body>", "</body>"), Some("<main>m</main>"));
    }
}
