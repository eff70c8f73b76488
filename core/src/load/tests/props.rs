//! Property tests of the loader's entry points: `load` with each file broken in turn, and
//! `load_series`. No input may panic; a deleted row removes exactly that row; a broken row affects only
//! its own line; line endings change nothing; a truncated file keeps every complete row before the cut.
//!
//! Fast profile (proptest's default, 256 cases per target) runs in `cargo test`. Long profile:
//!
//! ```sh
//! PROPTEST_CASES=1000000 cargo test -p readiness-core --release proptest
//! ```

use std::collections::HashSet;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::Index;

use super::super::*;
use super::{fixture_file, INTERNET_VALUES, SERIES_INTERNET, SOURCES_OK};

/// The series values' file, treated like the others.
const VALUES: &str = "series/internet_users.csv";

/// The fixture with one series, so that every file has rows.
fn good_text(file: &str) -> &'static str {
    match file {
        SERIES => SERIES_INTERNET,
        VALUES => INTERNET_VALUES,
        _ => fixture_file(file),
    }
}

/// Loads the fixture with `file` replaced by `text`, then the series' values (from `text` too when
/// `file` is [`VALUES`]); returns the problems and how many rows each file kept.
fn load_with(file: &str, text: &str) -> (Vec<Problem>, [usize; 7]) {
    let (loaded, mut report) =
        load(|name| Ok(if name == file { text } else { good_text(name) }.to_string()));
    let dataset = &loaded.dataset;
    let mut values = 0;
    if let Some(internet) = dataset.indicator("internet_users") {
        let values_text = if file == VALUES {
            text
        } else {
            INTERNET_VALUES
        };
        let (with_values, series_report) =
            load_series(dataset, internet, Ok(values_text.to_string()));
        values = with_values.observations_of(internet).count();
        report.problems.extend(series_report.problems);
    }
    let survey = dataset
        .indicators
        .iter()
        .filter(|i| i.survey.is_some())
        .count();
    // The answers file has a row per country: its rows kept are the countries with an answer.
    let answer_rows: HashSet<CountryId> = dataset.observations.iter().map(|o| o.country).collect();
    let kept = [
        dataset.sources.len(),
        dataset.countries.len(),
        survey,
        dataset.indicators.len() - survey,
        answer_rows.len(),
        loaded.map.shapes.len(),
        values,
    ];
    (report.problems, kept)
}

const ALL: [&str; 7] = [
    SOURCES,
    COUNTRIES,
    INDICATORS,
    SERIES,
    OBSERVATIONS,
    WORLD,
    VALUES,
];

fn slot(file: &str) -> usize {
    ALL.iter().position(|f| *f == file).unwrap_or(0)
}

fn baseline() -> &'static [usize; 7] {
    static BASELINE: OnceLock<[usize; 7]> = OnceLock::new();
    BASELINE.get_or_init(|| {
        let (problems, kept) = load_with(SOURCES, SOURCES_OK);
        assert_eq!(problems, Vec::new());
        kept
    })
}

/// What holds for any input: no panic (by getting here), lines within the text, messages short.
fn check_any(file: &str, text: &str) -> Result<(Vec<Problem>, [usize; 7]), TestCaseError> {
    let (problems, kept) = load_with(file, text);
    let lines = table::lines(text).count() as u64;
    let mut listed = 0;
    for problem in &problems {
        let message = problem.to_string();
        prop_assert!(!message.is_empty());
        prop_assert!(message.chars().count() < 600, "too long: {message}");
        if problem.file == file {
            if let Some(line) = problem.line {
                prop_assert!(
                    line >= 1 && line <= lines,
                    "line {line} of {lines}: {message}"
                );
            }
            // Every row, answer, cell and column problem counts toward the limit; the file's own
            // (not UTF-8, a header that cannot be read) come on top.
            listed += usize::from(matches!(
                problem.outcome,
                Outcome::RowSkipped
                    | Outcome::AnswerSkipped
                    | Outcome::CellSkipped
                    | Outcome::ColumnSkipped
            ));
        }
    }
    prop_assert!(listed <= LISTED_PER_FILE);
    Ok((problems, kept))
}

/// Text that often looks like CSV: bytes from a small alphabet of structure, or any byte.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        any::<u8>(),
        prop::sample::select(b",,,\"\"\r\n\n0123456789-MlmzKENLTA Yes.".to_vec()),
    ];
    prop::collection::vec(byte, 0..200)
}

/// Arbitrary bytes decoded as a browser would (lossily): alone, after the right header, or spliced
/// into the good file.
fn any_text(file: &'static str) -> impl Strategy<Value = String> {
    (0..3u8, bytes(), any::<Index>()).prop_map(move |(how, bytes, at)| {
        let noise = String::from_utf8_lossy(&bytes).into_owned();
        let good = good_text(file);
        match how {
            0 => noise,
            1 => format!("{}\n{noise}", good.lines().next().unwrap_or_default()),
            _ => {
                let mut at = at.index(good.len() + 1);
                while !good.is_char_boundary(at) {
                    at -= 1;
                }
                format!("{}{noise}{}", &good[..at], &good[at..])
            }
        }
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(Index),
    Duplicate(Index),
    StrayQuote(Index, Index),
    Corrupt(Index, String),
    LineEndings(&'static str),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::Delete),
        any::<Index>().prop_map(Mutation::Duplicate),
        (any::<Index>(), any::<Index>()).prop_map(|(row, at)| Mutation::StrayQuote(row, at)),
        (any::<Index>(), "[^\r\n]{0,40}").prop_map(|(row, text)| Mutation::Corrupt(row, text)),
        prop::sample::select(vec!["\r\n", "\r"]).prop_map(Mutation::LineEndings),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

/// Applies `mutation` to the good file and checks what it promises.
fn check_mutation(file: &'static str, mutation: Mutation) -> Result<(), TestCaseError> {
    let good = good_text(file);
    let base = baseline()[slot(file)];
    let lines: Vec<&str> = good.lines().collect();
    let rows = lines.len() - 1;
    let join = |lines: &[String]| lines.join("\n") + "\n";
    let mut owned: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let row_problems = |problems: &[Problem]| -> Vec<Problem> {
        problems
            .iter()
            .filter(|p| p.file == file && p.line.is_some())
            .cloned()
            .collect()
    };
    match mutation {
        Mutation::Delete(row) => {
            let row = 1 + row.index(rows);
            owned.remove(row);
            let (problems, kept) = check_any(file, &join(&owned))?;
            prop_assert_eq!(
                kept[slot(file)],
                base - 1,
                "a deleted row removes exactly that row"
            );
            prop_assert_eq!(row_problems(&problems), Vec::new());
        }
        Mutation::Duplicate(row) => {
            let row = 1 + row.index(rows);
            owned.insert(row + 1, owned[row].clone());
            let (problems, kept) = check_any(file, &join(&owned))?;
            prop_assert_eq!(kept[slot(file)], base);
            let problems = row_problems(&problems);
            prop_assert_eq!(problems.len(), 1);
            prop_assert_eq!(problems[0].line, Some(row as u64 + 2));
        }
        Mutation::StrayQuote(row, at) => {
            let row = 1 + row.index(rows);
            let mut at = at.index(owned[row].len() + 1);
            while !owned[row].is_char_boundary(at) {
                at -= 1;
            }
            owned[row].insert(at, '"');
            check_only_its_line(file, &join(&owned), row, base)?;
        }
        Mutation::Corrupt(row, text) => {
            let row = 1 + row.index(rows);
            owned[row] = text;
            check_only_its_line(file, &join(&owned), row, base)?;
        }
        Mutation::LineEndings(ending) => {
            let text = good.replace('\n', ending);
            let (problems, kept) = check_any(file, &text)?;
            prop_assert_eq!(problems, Vec::new());
            prop_assert_eq!(kept[slot(file)], base);
        }
        Mutation::Truncate(at) => {
            let mut at = at.index(good.len() + 1);
            while !good.is_char_boundary(at) {
                at -= 1;
            }
            let text = &good[..at];
            let (problems, kept) = check_any(file, text)?;
            let cut_line = table::lines(text).count();
            if cut_line >= 2 {
                // Every row before the cut line is complete and kept; the cut one may or may not be.
                let kept = kept[slot(file)];
                prop_assert!(
                    kept + 2 >= cut_line && kept < cut_line,
                    "kept {kept}, cut at {cut_line}"
                );
                for problem in row_problems(&problems) {
                    prop_assert_eq!(problem.line, Some(cut_line as u64));
                }
            }
        }
    }
    Ok(())
}

/// Row `row` (0-based, the header being 0) was broken: only its line may be reported in the file, and
/// every other row is kept.
fn check_only_its_line(
    file: &str,
    text: &str,
    row: usize,
    base: usize,
) -> Result<(), TestCaseError> {
    let (problems, kept) = check_any(file, text)?;
    for problem in problems.iter().filter(|p| p.file == file) {
        prop_assert!(
            problem.line.is_none() || problem.line == Some(row as u64 + 1),
            "{problem}"
        );
    }
    let kept = kept[slot(file)];
    prop_assert!(kept + 1 >= base && kept <= base, "kept {kept} of {base}");
    Ok(())
}

macro_rules! targets {
    ($($any:ident, $mutated:ident: $file:expr;)*) => {
        proptest! {
            $(
                #[test]
                fn $any(text in any_text($file)) {
                    check_any($file, &text)?;
                }

                #[test]
                fn $mutated(mutation in mutation()) {
                    check_mutation($file, mutation)?;
                }
            )*
        }
    };
}

targets! {
    proptest_any_sources, proptest_mutated_sources: SOURCES;
    proptest_any_countries, proptest_mutated_countries: COUNTRIES;
    proptest_any_indicators, proptest_mutated_indicators: INDICATORS;
    proptest_any_series, proptest_mutated_series: SERIES;
    proptest_any_answers, proptest_mutated_answers: OBSERVATIONS;
    proptest_any_world, proptest_mutated_world: WORLD;
    proptest_any_series_values, proptest_mutated_series_values: VALUES;
}
