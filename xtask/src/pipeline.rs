//! `cargo xtask data`: reads the raw sources, checks them, and writes the datasets of `data/`.
//! Output is deterministic, so `--check` can rebuild everything in memory and compare it with the
//! committed files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use readiness_core::answer::Answer;
use readiness_core::index::INDEX_FILE;
use readiness_core::load::{COUNTRY_COLUMNS, INDICATOR_COLUMNS};
use readiness_core::model::{Country, Measure};
use readiness_core::stats::Share;

use crate::context::write::{report, series_csv, sources_csv, values_csv};
use crate::countries::{atlas_names, income_groups, who_regions, IsoCodes};
use crate::datapackage::datapackage_json;
use crate::goe::answers::{answer_columns, answers_csv, profile_answers};
use crate::goe::catalogue::{indicator_kinds, section_title, QUESTIONS};
use crate::goe::derived::{derive, DERIVED};
use crate::goe::profile::{parse_profile, Cells, Profile};
use crate::index_check::{index_checks_csv, CHECKS_FILE};
use crate::map::world_csv;

/// Headline figures of the survey report, *Global diffusion of eHealth* (WHO, 2016), that the parsed
/// answers must reproduce (whole percent of the 125 responding countries). A check, never displayed.
const REPORT_HEADLINES: [(&str, u32); 3] = [
    ("ehealth_policy", 58),
    ("law_ehr_privacy", 54),
    ("mhealth_any", 87),
];

/// A published share and the one recomputed from the parsed answers may differ by rounding only.
const SHARE_TOLERANCE: f64 = 0.5;

pub const SURVEY_YEAR: u16 = 2015;
pub const SOURCE_ID: &str = "who-goe-2015";
/// The columns of `goe2015_programmes.csv`, tidy: a row per country and programme indicator.
pub const PROGRAMME_COLUMNS: [&str; 6] = [
    "country",
    "indicator",
    "year",
    "value",
    "year_adopted",
    "detail",
];
/// Folder of `data/` with one file per context indicator; `--check` also fails on a file there that
/// the pipeline did not produce.
pub const SERIES_FOLDER: &str = "series";

pub struct Paths {
    pub repo: PathBuf,
    pub raw: PathBuf,
}

/// The files of `data/`, by name, as they should be.
pub fn build(paths: &Paths) -> Result<BTreeMap<String, String>, String> {
    let profiles = read_profiles(&paths.raw.join("goe/profiles-2015"))?;
    let shares = published_shares(&profiles)?;
    self_check(&profiles, &shares)?;
    check_headlines(&profiles)?;
    let world = world_csv(&paths.repo)?;
    let countries = country_rows(paths, &profiles, &world)?;
    let codes: BTreeSet<String> = countries.iter().map(|c| c.iso3.clone()).collect();
    let context = crate::context::read(&paths.repo, &paths.raw, &codes)?;
    for note in &context.notes {
        eprintln!("{note}");
    }
    eprintln!(
        "not in the country table, dropped: {}",
        context
            .not_in_table
            .iter()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    );
    eprintln!("{}", report(&context.series));
    let mut files = BTreeMap::new();
    files.insert("countries.csv".to_string(), countries_csv(&countries)?);
    let indicators = indicator_rows(&shares)?;
    files.insert("indicators.csv".to_string(), indicators_csv(&indicators)?);
    let answers = profile_answers(&profiles);
    // Each indicator's id and question: the first and fourth columns.
    let questions = indicators
        .iter()
        .map(|row| (row[0].as_str(), row[3].as_str()));
    let answer_columns = answer_columns(questions, &answers);
    files.insert(
        "goe2015.csv".to_string(),
        answers_csv(&answer_columns, &answers)?,
    );
    files.insert(
        "goe2015_programmes.csv".to_string(),
        programmes_csv(&profiles)?,
    );
    files.insert("world.csv".to_string(), world);
    files.insert("sources.csv".to_string(), sources_csv()?);
    files.insert("series.csv".to_string(), series_csv(&context.series)?);
    for series in &context.series {
        files.insert(
            format!("{SERIES_FOLDER}/{}.csv", series.indicator.id),
            values_csv(series)?,
        );
    }
    let index_config = paths.repo.join("data").join(INDEX_FILE);
    let index_config = std::fs::read_to_string(&index_config)
        .map_err(|e| format!("{}: {e}", index_config.display()))?;
    let checks = index_checks_csv(&files, &index_config)?;
    files.insert(CHECKS_FILE.to_string(), checks);
    files.insert(
        "datapackage.json".to_string(),
        datapackage_json(profiles.len(), countries.len(), &context, &answer_columns),
    );
    Ok(files)
}

/// Every profile, by lower-case ISO3 file name. Any parse error stops the pipeline, naming file and line.
fn read_profiles(dir: &Path) -> Result<BTreeMap<String, Profile>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<PathBuf> = entries
        .map(|e| {
            e.map(|e| e.path())
                .map_err(|e| format!("{}: {e}", dir.display()))
        })
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut profiles = BTreeMap::new();
    let mut errors = Vec::new();
    for path in names {
        let file = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let iso3 = file.trim_end_matches(".txt").to_uppercase();
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        match parse_profile(&text) {
            Ok(profile) => {
                profiles.insert(iso3, profile);
            }
            Err(problems) => errors.extend(problems.iter().map(|p| format!("{file}: {p}"))),
        }
    }
    if errors.is_empty() {
        Ok(profiles)
    } else {
        Err(format!(
            "profiles could not be read:\n  {}",
            errors.join("\n  ")
        ))
    }
}

/// The global share printed for each yes/no question; every profile must print the same one.
fn published_shares(profiles: &BTreeMap<String, Profile>) -> Result<Vec<Option<u8>>, String> {
    let mut shares = vec![None; QUESTIONS.len()];
    for (iso3, profile) in profiles {
        for (index, cells) in profile.cells.iter().enumerate() {
            if let Cells::YesNo {
                share: Some(share), ..
            } = cells
            {
                match shares[index] {
                    None => shares[index] = Some(*share),
                    Some(first) if first != *share => {
                        return Err(format!(
                            "{iso3}: question \"{}\" prints a global share of {share}% where other profiles print {first}%",
                            QUESTIONS[index].text
                        ))
                    }
                    Some(_) => {}
                }
            }
        }
    }
    Ok(shares)
}

/// Recomputes each printed global share from all profiles' answers and fails, naming the question,
/// on any difference larger than rounding. Prints the largest difference seen.
fn self_check(profiles: &BTreeMap<String, Profile>, shares: &[Option<u8>]) -> Result<(), String> {
    let mut largest = (0.0_f64, "");
    let mut checked = 0;
    let mut failures = Vec::new();
    for (index, question) in QUESTIONS.iter().enumerate() {
        let Some(published) = shares[index] else {
            continue;
        };
        let yes = profiles
            .values()
            .filter(|p| {
                matches!(
                    p.cells[index],
                    Cells::YesNo {
                        answer: Answer::Yes,
                        ..
                    }
                )
            })
            .count();
        let computed = yes as f64 * 100.0 / profiles.len() as f64;
        let difference = (computed - f64::from(published)).abs();
        checked += 1;
        if difference > largest.0 {
            largest = (difference, question.id);
        }
        if difference > SHARE_TOLERANCE {
            failures.push(format!(
                "question \"{}\": {yes} of {} = {computed:.1}% but the profiles print {published}%",
                question.text,
                profiles.len()
            ));
        }
    }
    eprintln!(
        "self-check: {checked} published shares recomputed from {} profiles; largest difference {:.2} points ({})",
        profiles.len(),
        largest.0,
        largest.1
    );
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("self-check failed:\n  {}", failures.join("\n  ")))
    }
}

fn check_headlines(profiles: &BTreeMap<String, Profile>) -> Result<(), String> {
    for (id, published) in REPORT_HEADLINES {
        let yes = profiles
            .values()
            .filter(|profile| headline_answer(profile, id) == Some(Answer::Yes))
            .count() as u32;
        let total = profiles.len() as u32;
        let percent = Share {
            yes,
            responding: total,
        }
        .percent()
        .unwrap_or(0);
        if percent != published {
            return Err(format!(
                "headline \"{id}\": {yes} of {total} = {percent}% but the survey report publishes {published}%"
            ));
        }
        eprintln!("headline {id}: {yes} of {total} = {percent}%, as published");
    }
    Ok(())
}

fn headline_answer(profile: &Profile, id: &str) -> Option<Answer> {
    if let Some(derived) = DERIVED.iter().find(|d| d.id == id) {
        return Some(derive(profile, derived));
    }
    let index = QUESTIONS.iter().position(|q| q.id == id)?;
    match profile.cells[index] {
        Cells::YesNo { answer, .. } => Some(answer),
        Cells::Programme { .. } => None,
    }
}

fn country_rows(
    paths: &Paths,
    profiles: &BTreeMap<String, Profile>,
    world: &str,
) -> Result<Vec<Country>, String> {
    let iso = IsoCodes::read(&paths.repo)?;
    let regions = who_regions(&paths.raw)?;
    let incomes = income_groups(&paths.raw)?;
    let atlas = atlas_names(&paths.repo)?;
    let mut codes: BTreeSet<String> = profiles.keys().cloned().collect();
    codes.extend(
        world
            .lines()
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .map(str::to_string),
    );
    let mut rows = Vec::new();
    for iso3 in codes {
        let who_region = regions.get(&iso3).copied();
        let income_group = incomes.get(&iso3).copied();
        if let Some(profile) = profiles.get(&iso3) {
            if who_region != Some(profile.region) {
                return Err(format!(
                    "{iso3}: the profile says {} but the WHO region list says {:?}",
                    profile.region.name(),
                    who_region.map(|r| r.name())
                ));
            }
        }
        let row = match iso.get(&iso3) {
            Some((iso2, numeric, name)) => Country {
                iso3,
                iso2: iso2.clone(),
                numeric: Some(*numeric),
                name: name.clone(),
                who_region,
                income_group,
            },
            None if !profiles.contains_key(&iso3) => Country {
                name: atlas
                    .get(&iso3)
                    .cloned()
                    .ok_or_else(|| format!("{iso3}: no ISO code and no name in the atlas"))?,
                iso3,
                iso2: String::new(),
                numeric: None,
                who_region,
                income_group,
            },
            None => return Err(format!("{iso3}: a surveyed country has no ISO 3166-1 code")),
        };
        rows.push(row);
    }
    Ok(rows)
}

fn countries_csv(rows: &[Country]) -> Result<String, String> {
    let mut out = csv_writer();
    out.write_record(COUNTRY_COLUMNS)
        .map_err(|e| e.to_string())?;
    for row in rows {
        out.write_record([
            row.iso3.as_str(),
            &row.iso2,
            &row.numeric.map(|n| n.to_string()).unwrap_or_default(),
            &row.name,
            row.who_region.map_or("", |r| r.code()),
            row.income_group.map_or("", |g| g.code()),
        ])
        .map_err(|e| e.to_string())?;
    }
    finish(out)
}

/// The rows of `indicators.csv`, one per survey indicator (two per programme question), in order.
fn indicator_rows(shares: &[Option<u8>]) -> Result<Vec<[String; 11]>, String> {
    let mut rows = Vec::new();
    for (question, share) in QUESTIONS.iter().zip(shares) {
        let section = section_title(question.section)?;
        for (kind, suffix) in indicator_kinds(question.kind()) {
            let aspect = match kind {
                Measure::Level => " – health-system level",
                Measure::ProgrammeType => " – programme type",
                _ => "",
            };
            rows.push([
                format!("{}{suffix}", question.id),
                question.section.to_string(),
                section.to_string(),
                format!("{}{aspect}", question.text),
                format!("{}{aspect}", question.label),
                question.predicate.to_string(),
                kind.code().to_string(),
                question.block.code().to_string(),
                share.map(|s| s.to_string()).unwrap_or_default(),
                SURVEY_YEAR.to_string(),
                SOURCE_ID.to_string(),
            ]);
        }
    }
    for derived in &DERIVED {
        rows.push([
            derived.id.to_string(),
            derived.section.to_string(),
            section_title(derived.section)?.to_string(),
            derived.question.to_string(),
            derived.label.to_string(),
            derived.predicate.to_string(),
            Measure::Answer.code().to_string(),
            derived.block.code().to_string(),
            String::new(),
            SURVEY_YEAR.to_string(),
            SOURCE_ID.to_string(),
        ]);
    }
    Ok(rows)
}

fn indicators_csv(rows: &[[String; 11]]) -> Result<String, String> {
    let mut out = csv_writer();
    out.write_record(INDICATOR_COLUMNS)
        .map_err(|e| e.to_string())?;
    for row in rows {
        out.write_record(row).map_err(|e| e.to_string())?;
    }
    finish(out)
}

/// The programme rows' levels and types, tidy, which only researchers need for now.
fn programmes_csv(profiles: &BTreeMap<String, Profile>) -> Result<String, String> {
    let mut programmes = csv_writer();
    programmes
        .write_record(PROGRAMME_COLUMNS)
        .map_err(|e| e.to_string())?;
    let year = SURVEY_YEAR.to_string();
    for (iso3, profile) in profiles {
        for (question, cells) in QUESTIONS.iter().zip(&profile.cells) {
            let Cells::Programme {
                level,
                programme_type,
            } = cells
            else {
                continue;
            };
            let kinds = indicator_kinds(question.kind()).iter();
            for ((_, suffix), value) in kinds.zip([level, programme_type]) {
                let indicator = format!("{}{suffix}", question.id);
                programmes
                    .write_record([iso3.as_str(), &indicator, &year, value, "", ""])
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    finish(programmes)
}

/// A CSV writer with `\n` line ends, as every file of `data/` has.
pub(crate) fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new())
}

pub(crate) fn finish(writer: csv::Writer<Vec<u8>>) -> Result<String, String> {
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}
