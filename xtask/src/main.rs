//! `cargo xtask`: the project's native tools. `data` runs the data pipeline and writes `data/`;
//! `data --check` rebuilds it in memory and fails if the committed files differ; `bundle` makes the
//! offline single-file page from `dist/`.

mod bundle;
mod context;
mod countries;
mod csp;
mod datapackage;
mod goe;
mod index_check;
mod map;
mod pipeline;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pipeline::{build, Paths, SERIES_FOLDER};

const USAGE: &str = "usage: cargo xtask data [--check] [--raw DIR] | cargo xtask bundle
  bundle         add a Content-Security-Policy to dist/index.html and write the offline page
                 dist/ehealth-readiness-offline.html from the Trunk build in dist/
  data           read the raw sources and write data/
  --check        rebuild in memory and fail if data/ differs
  --raw DIR      the raw sources (default: ../shared/data/raw beside the repository)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask has no parent folder")?
        .to_path_buf();
    let mut check = false;
    let mut raw = repo.join("../shared/data/raw");
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("data") => {}
        Some("bundle") if args.len() == 1 => {
            let dist = repo.join("dist");
            let index_path = dist.join("index.html");
            let index = std::fs::read_to_string(&index_path)
                .map_err(|e| format!("{}: {e}", index_path.display()))?;
            if !index.contains("Content-Security-Policy") {
                std::fs::write(&index_path, csp::secure_index(&index)?)
                    .map_err(|e| e.to_string())?;
                eprintln!("added a Content-Security-Policy to dist/index.html");
            }
            let html = bundle::offline_html(&dist)?;
            let path = dist.join(bundle::OFFLINE_FILE);
            std::fs::write(&path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("wrote dist/{} ({} bytes)", bundle::OFFLINE_FILE, html.len());
            return Ok(());
        }
        _ => return Err(USAGE.to_string()),
    }
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--raw" => raw = PathBuf::from(rest.next().ok_or(USAGE)?),
            _ => return Err(USAGE.to_string()),
        }
    }
    let files = build(&Paths {
        repo: repo.clone(),
        raw,
    })?;
    let data = repo.join("data");
    if check {
        let mut stale: Vec<String> = files
            .iter()
            .filter(|(name, text)| {
                std::fs::read_to_string(data.join(name)).ok().as_deref() != Some(text.as_str())
            })
            .map(|(name, _)| name.clone())
            .collect();
        stale.extend(
            unexpected_series_files(&data, &files)?
                .into_iter()
                .map(|name| format!("{name} (not produced by the pipeline)")),
        );
        if !stale.is_empty() {
            return Err(format!(
                "data/ is not what the pipeline produces: {} differ; run `cargo xtask data` and commit",
                stale.join(", ")
            ));
        }
        eprintln!("data/ matches the pipeline ({} files)", files.len());
    } else {
        std::fs::create_dir_all(data.join(SERIES_FOLDER)).map_err(|e| e.to_string())?;
        for name in unexpected_series_files(&data, &files)? {
            std::fs::remove_file(data.join(&name)).map_err(|e| format!("{name}: {e}"))?;
            eprintln!("removed data/{name}: the pipeline no longer produces it");
        }
        for (name, text) in &files {
            std::fs::write(data.join(name), text).map_err(|e| format!("{name}: {e}"))?;
            eprintln!("wrote data/{name} ({} bytes)", text.len());
        }
    }
    Ok(())
}

/// Files in `data/series/` that the pipeline did not produce, as `series/<name>`.
fn unexpected_series_files(
    data: &Path,
    files: &std::collections::BTreeMap<String, String>,
) -> Result<Vec<String>, String> {
    let folder = data.join(SERIES_FOLDER);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(Vec::new());
    };
    let mut unexpected = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", folder.display()))?;
        let name = format!("{SERIES_FOLDER}/{}", entry.file_name().to_string_lossy());
        if !files.contains_key(&name) {
            unexpected.push(name);
        }
    }
    unexpected.sort();
    Ok(unexpected)
}
