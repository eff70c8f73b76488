//! What the loader could not use, as data: each problem is a value with its facts (file, line, field,
//! the offending value cut short, the kind of problem and what happened to the row), so that tests match
//! on kinds and a translation only has to replace the one `Display` below, where all the English is.

use std::fmt;

/// Values longer than this many characters are cut in messages (and end with "…"): a 1 MB field must
/// not flood the page.
pub const SHOWN_VALUE_CHARS: usize = 60;

/// Problems with a line listed one by one per file; the rest are counted in [`Kind::MoreProblems`].
pub const LISTED_PER_FILE: usize = 20;

/// Largest coordinate, size or label position `world.csv` may hold, in map units (the real map is
/// 10,000 wide): anything beyond is a broken file, not a bigger map.
pub const MAX_COORDINATE: i64 = 1_000_000;

/// One thing the loader could not use, with where it was and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line in the file (LF, CRLF and CR all end a line), when the problem belongs to a line.
    pub line: Option<u64>,
    /// The column (by its header name, cut like a value) the problem is in, when it is in one.
    pub field: Option<String>,
    pub kind: Kind,
    pub outcome: Outcome,
}

/// A value from a data file as a message shows it: at most [`SHOWN_VALUE_CHARS`] characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown(pub String);

impl Shown {
    pub fn new(value: &str) -> Shown {
        match value.char_indices().nth(SHOWN_VALUE_CHARS) {
            Some((end, _)) => Shown(format!("{}…", &value[..end])),
            None => Shown(value.to_string()),
        }
    }
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", self.0)
    }
}

/// What happened because of the problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The row was left out; the file's other rows are used.
    RowSkipped,
    /// Several rows were left out (a summary problem).
    RowsSkipped,
    /// One answer of a kept row was left out (with its year adopted and detail).
    AnswerSkipped,
    /// One cell of a kept row was left out; nothing else depends on it.
    CellSkipped,
    /// A column of the header was left out, with every cell below it; the file's other columns are used.
    ColumnSkipped,
    /// Nothing of the file is used.
    FileNotUsed,
    /// Everything was kept; the problem says what may look wrong.
    Kept,
    /// The indicators are shown, without their source's citation.
    ShownWithoutCitation,
}

/// The kinds of code a field may have to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    Iso3,
    WhoRegion,
    IncomeGroup,
    IndicatorKind,
    BuildingBlock,
    Denominator,
    Boolean,
    Answer,
    Year,
    Direction,
    Transform,
    YesOrNo,
}

/// Why a row of `index.csv` disagrees with the indicator it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexMismatch {
    /// Programme levels and types have no order to score.
    NotScorable,
    /// The catalogue puts the indicator in another building block.
    Domain { catalogue: &'static str },
    /// The catalogue gives the other direction.
    Direction { catalogue: &'static str },
    /// A yes/no answer cannot be logged.
    LogOfAnswer,
}

/// The kind of row a key names, for "listed twice" and "unknown".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thing {
    Country,
    Indicator,
    Source,
}

/// The rows a follow-on summary counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    Answers,
    Shapes,
}

/// A row rejected in one file that other files refer to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cause {
    pub thing: Thing,
    pub key: Shown,
    pub file: String,
    pub line: u64,
}

/// What is wrong with a `world.csv` path (the grammar is the one `xtask/src/map.rs` writes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathError {
    /// It does not start with `M`.
    NoMove,
    /// It holds `<`, `>`, `&` or a quote: markup, never path data.
    Markup,
    /// At character `at` (1-based) the grammar wanted `expected`.
    Syntax { at: usize, expected: &'static str },
    /// A point lies beyond ±[`MAX_COORDINATE`].
    OutOfBounds,
    /// A point lies outside the row's box (x, y, w, h).
    OutsideBox,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    // Whole files.
    /// The text could not be had (HTTP error, missing inline block).
    Unreadable {
        reason: String,
    },
    /// Nothing but blank lines.
    Empty,
    /// A header and no rows.
    NoRows,
    /// The text holds U+FFFD, which the browser puts where bytes were not UTF-8.
    NotUtf8,
    /// A double quote in the header that does not form a quoted name.
    HeaderQuote,
    MissingColumns {
        columns: Vec<String>,
    },
    /// The header names `field` more than once.
    RepeatedColumn,
    /// A source that indicators name and `sources.csv` does not describe.
    UndescribedSource {
        source: Shown,
        indicators: usize,
    },
    /// Rows skipped because they name a row rejected in another file.
    FollowOn {
        count: usize,
        rows: Rows,
        cause: Cause,
    },
    /// Problems beyond the first [`LISTED_PER_FILE`], counted by what they cost (`skipped`: a
    /// row, an answer, a cell or a column).
    MoreProblems {
        count: usize,
        skipped: Outcome,
    },
    /// A header column that names nothing the file may hold; `cells` is how many of its cells had text.
    UnknownColumn {
        cells: usize,
    },
    /// A header column with the name of an earlier one; `cells` as for [`Kind::UnknownColumn`].
    ColumnNamedAgain {
        cells: usize,
    },

    // Rows.
    /// A quoted value that does not close on its line (values never span lines).
    UnclosedQuote,
    /// A double quote that is not part of a well-formed quoted value.
    StrayQuote,
    FieldCount {
        found: usize,
        expected: usize,
    },
    EmptyField,
    NotANumber {
        value: Shown,
    },
    NotACode {
        value: Shown,
        code: Code,
    },
    Unknown {
        thing: Thing,
        key: Shown,
    },
    /// A second row with the key of an earlier good row.
    ListedTwice {
        thing: Thing,
        key: Shown,
    },
    /// A second value for the same country, (indicator,) year.
    SecondValue {
        key: Shown,
    },
    /// A year adopted or a detail where the answer column `answer` is empty.
    WithoutAnswer {
        value: Shown,
        answer: Shown,
    },
    /// A country's row of the survey's answers with nothing but the country.
    NoAnswers,
    NotSeriesYear {
        year: u16,
        series: Shown,
    },
    NotPlainDecimal {
        value: Shown,
    },
    TooPrecise {
        value: Shown,
        decimals: u8,
    },
    TooLarge {
        value: Shown,
    },
    TooManyDecimals {
        decimals: u8,
        max: u8,
    },
    YearsNotAscending,
    Negative {
        value: i64,
    },
    OutOfRange {
        value: i64,
    },
    Path(PathError),
    IndexMismatch {
        indicator: Shown,
        mismatch: IndexMismatch,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file)?;
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "field \"{field}\"")?;
            // "field "name" is empty" reads on; other kinds follow a colon.
            match self.kind {
                Kind::EmptyField
                | Kind::RepeatedColumn
                | Kind::YearsNotAscending
                | Kind::StrayQuote
                | Kind::UnknownColumn { .. }
                | Kind::ColumnNamedAgain { .. }
                | Kind::Path(_) => write!(f, " ")?,
                _ => write!(f, ": ")?,
            }
        }
        write!(f, "{}", self.kind)?;
        match self.outcome {
            Outcome::RowSkipped => write!(f, "; row skipped"),
            Outcome::AnswerSkipped => write!(f, "; answer skipped"),
            Outcome::CellSkipped => write!(f, "; cell skipped"),
            Outcome::ColumnSkipped => write!(f, "; column skipped"),
            Outcome::FileNotUsed => write!(f, "; the file was not used"),
            Outcome::ShownWithoutCitation => write!(f, "; they are shown without its citation"),
            Outcome::RowsSkipped | Outcome::Kept => Ok(()),
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::Unreadable { reason } => write!(f, "could not be read: {reason}"),
            Kind::Empty => write!(f, "is empty"),
            Kind::NoRows => write!(f, "has a header but no rows, so nothing from it is shown"),
            Kind::NotUtf8 => write!(
                f,
                "has characters that are not UTF-8 (shown as �), first on this line; save the file as UTF-8. Its rows are kept as they read"
            ),
            Kind::HeaderQuote => write!(f, "the header has a double quote that does not form a quoted name"),
            Kind::MissingColumns { columns } => write!(f, "missing column(s) {}", columns.join(", ")),
            Kind::RepeatedColumn => write!(f, "is named twice in the header, so its values are ambiguous"),
            Kind::UndescribedSource { source, indicators } => write!(
                f,
                "does not describe source {source}, which {indicators} indicator(s) name"
            ),
            Kind::FollowOn { count, rows, cause } => {
                let rows = match (rows, count) {
                    (Rows::Answers, 1) => "answer",
                    (Rows::Answers, _) => "answers",
                    (Rows::Shapes, 1) => "map shape",
                    (Rows::Shapes, _) => "map shapes",
                };
                let of = match cause.thing {
                    Thing::Country => "of the rejected country",
                    Thing::Indicator => "to the rejected indicator",
                    Thing::Source => "of the rejected source",
                };
                let were = if *count == 1 { "was" } else { "were" };
                write!(
                    f,
                    "{count} {rows} {of} {} ({}, line {}) {were} skipped",
                    cause.key.0, cause.file, cause.line
                )
            }
            Kind::MoreProblems { count, skipped } => {
                let what = match skipped {
                    Outcome::AnswerSkipped => "answer(s)",
                    Outcome::CellSkipped => "cell(s)",
                    Outcome::ColumnSkipped => "column(s)",
                    _ => "row(s)",
                };
                write!(
                    f,
                    "{count} more {what} with problems were skipped; only the first {LISTED_PER_FILE} are listed"
                )
            }
            Kind::UnknownColumn { cells } => write!(
                f,
                "is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail ({cells} non-empty cell(s))"
            ),
            Kind::ColumnNamedAgain { cells } => write!(
                f,
                "is named a second time in the header, so the first column of that name is kept ({cells} non-empty cell(s) here)"
            ),
            Kind::UnclosedQuote => write!(
                f,
                "a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own)"
            ),
            Kind::StrayQuote => write!(f, "has a double quote that is not part of a quoted value"),
            Kind::FieldCount { found, expected } => {
                write!(f, "has {found} fields where the header has {expected}")
            }
            Kind::EmptyField => write!(f, "is empty"),
            Kind::NotANumber { value } => write!(f, "{value} is not a valid number"),
            Kind::NotACode { value, code } => {
                let what = match code {
                    Code::Iso3 => "an ISO 3166-1 alpha-3 code",
                    Code::WhoRegion => "a WHO region code",
                    Code::IncomeGroup => "an income group code",
                    Code::IndicatorKind => "an indicator kind",
                    Code::BuildingBlock => "a building block",
                    Code::Denominator => "respondents or values",
                    Code::Boolean => "true or false",
                    Code::Answer => "an answer category",
                    Code::Year => "a year",
                    Code::Direction => "higher or lower",
                    Code::Transform => "none or log",
                    Code::YesOrNo => "yes or no",
                };
                write!(f, "{value} is not {what}")
            }
            Kind::Unknown { thing, key } => write!(f, "unknown {} {key}", thing_name(*thing)),
            Kind::ListedTwice { thing, key } => write!(
                f,
                "{} {key} is listed twice (the first is kept)",
                thing_noun(*thing)
            ),
            Kind::SecondValue { key } => write!(f, "a second value for {} (the first is kept)", key.0),
            Kind::WithoutAnswer { value, answer } => write!(
                f,
                "{value} belongs to no answer: field {answer} is empty"
            ),
            Kind::NoAnswers => write!(f, "has no answers, only the country"),
            Kind::NotSeriesYear { year, series } => write!(
                f,
                "{year} is not one of the years series.csv lists for {}",
                series.0
            ),
            Kind::NotPlainDecimal { value } => write!(f, "{value} is not a plain decimal number"),
            Kind::TooPrecise { value, decimals } => write!(
                f,
                "{value} has more than the {decimals} decimals the series declares"
            ),
            Kind::TooLarge { value } => write!(f, "{value} is too large"),
            Kind::TooManyDecimals { decimals, max } => {
                write!(f, "{decimals} is more than the {max} the page can hold")
            }
            Kind::YearsNotAscending => write!(f, "is not in ascending order"),
            Kind::IndexMismatch {
                indicator,
                mismatch,
            } => match mismatch {
                IndexMismatch::NotScorable => write!(
                    f,
                    "{indicator} is neither a yes/no question nor a number, so it cannot be scored"
                ),
                IndexMismatch::Domain { catalogue } => write!(
                    f,
                    "puts {indicator} in another building block than its catalogue ({catalogue})"
                ),
                IndexMismatch::Direction { catalogue } => write!(
                    f,
                    "gives {indicator} another direction than its catalogue ({catalogue})"
                ),
                IndexMismatch::LogOfAnswer => {
                    write!(f, "{indicator} is a yes/no question and cannot be logged")
                }
            },
            Kind::Negative { value } => write!(f, "{value} is negative"),
            Kind::OutOfRange { value } => write!(
                f,
                "{value} is beyond ±{MAX_COORDINATE}, far outside any map"
            ),
            Kind::Path(error) => match error {
                PathError::NoMove => write!(f, "does not start with a move command"),
                PathError::Markup => write!(
                    f,
                    "holds markup characters (< > & or quotes), which path data never has"
                ),
                PathError::Syntax { at, expected } => write!(
                    f,
                    "is not path data as the pipeline writes it: at character {at}, expected {expected}"
                ),
                PathError::OutOfBounds => write!(f, "goes beyond ±{MAX_COORDINATE} map units"),
                PathError::OutsideBox => write!(f, "leaves the box given by x, y, w and h"),
            },
        }
    }
}

fn thing_name(thing: Thing) -> &'static str {
    match thing {
        Thing::Country => "country code",
        Thing::Indicator => "indicator",
        Thing::Source => "source",
    }
}

fn thing_noun(thing: Thing) -> &'static str {
    match thing {
        Thing::Country => "country",
        Thing::Indicator => "indicator",
        Thing::Source => "source",
    }
}
