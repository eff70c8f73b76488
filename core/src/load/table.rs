//! Reading one CSV table: lines counted here (LF, CRLF and CR), each line split into fields on its own,
//! the header checked, each row validated and only then allowed to claim its key, and every row that
//! cannot be used reported at its true line and skipped.
//!
//! Rules, because the pipeline never writes otherwise:
//! - **A value never spans lines.** A quote that does not close on its line is a broken quote: the row
//!   is reported at that line and skipped, and the next lines are read as rows of their own.
//! - A double quote anywhere but around a whole value (where `""` is a quote) is a stray quote: the row
//!   is reported and skipped, since where its values end is uncertain.
//! - Blank lines are not rows. A leading byte order mark is ignored.
//! - U+FFFD (what a browser decodes non-UTF-8 bytes to) is reported once, at its first line; rows are
//!   kept, since their codes are still checked.
//! - A header naming a required column twice makes the file ambiguous: reported once, and the file
//!   not used.
//! - A wide table (a column per thing measured, [`read_wide_table`]) keeps the first of two columns
//!   of one name, and skips a column it does not know: each reported once, at the header, with how
//!   many cells held text. A bad cell costs its own value (and what depends on it), not the row.
//! - A header without rows is reported.
//! - A row is validated before it can claim its key: a bad first copy never hides a good second one.
//! - At most [`LISTED_PER_FILE`] problems with a line are listed per file; the rest are counted.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::fast_hash::FastMap;

use super::problem::{Cause, Kind, Outcome, Problem, Rows, Shown, Thing, LISTED_PER_FILE};
use super::LoadReport;

/// What is wrong with one row, before the file and line are known.
#[derive(Debug)]
pub(crate) enum Fault {
    Row {
        field: Option<String>,
        kind: Kind,
    },
    /// The row names a row rejected in another file: its `count` rows or answers are counted under
    /// that cause, not listed.
    FollowOn {
        cause: Cause,
        count: usize,
    },
}

impl Fault {
    pub(crate) fn field(column: &str, kind: Kind) -> Fault {
        Fault::Row {
            field: Some(column.to_string()),
            kind,
        }
    }

    pub(crate) fn row(kind: Kind) -> Fault {
        Fault::Row { field: None, kind }
    }
}

/// One data row, with its columns looked up by header name.
pub(crate) struct Row<'a> {
    fields: Vec<Cow<'a, str>>,
    columns: &'a FastMap<&'a str, usize>,
}

impl Row<'_> {
    /// Whether every field but `column`'s is empty.
    pub(crate) fn is_empty_but(&self, column: &str) -> bool {
        let kept = self.columns.get(column).copied();
        self.fields
            .iter()
            .enumerate()
            .all(|(i, field)| Some(i) == kept || field.is_empty())
    }

    pub(crate) fn get(&self, column: &str) -> &str {
        self.at(self.position(column))
    }

    /// Where `column` is in the file's rows, to read many rows by [`Row::at`] without looking each
    /// column up again (the header is the same for every row).
    pub(crate) fn position(&self, column: &str) -> Option<usize> {
        self.columns.get(column).copied()
    }

    pub(crate) fn at(&self, position: Option<usize>) -> &str {
        position
            .and_then(|i| self.fields.get(i))
            .map(|value| value.as_ref())
            .unwrap_or("")
    }

    pub(crate) fn required(&self, column: &str) -> Result<&str, Fault> {
        match self.get(column) {
            "" => Err(Fault::field(column, Kind::EmptyField)),
            value => Ok(value),
        }
    }

    pub(crate) fn number<T: std::str::FromStr>(&self, column: &str) -> Result<T, Fault> {
        let text = self.required(column)?;
        text.parse().map_err(|_| {
            Fault::field(
                column,
                Kind::NotANumber {
                    value: Shown::new(text),
                },
            )
        })
    }

    pub(crate) fn optional_number<T: std::str::FromStr>(
        &self,
        column: &str,
    ) -> Result<Option<T>, Fault> {
        match self.get(column) {
            "" => Ok(None),
            _ => self.number(column).map(Some),
        }
    }
}

/// Which file a table is, what it needs, and what its rows are called in follow-on summaries.
pub(crate) struct Spec<'a> {
    pub file: &'a str,
    pub columns: &'a [&'a str],
    /// The column whose value names the row (for other files to refer to), if any.
    pub key: Option<&'a str>,
    pub rows: Rows,
}

/// The rows kept, and the keys of rows rejected (and not kept from a later copy) with their line.
pub(crate) struct Table<T> {
    pub rows: Vec<T>,
    pub rejected: HashMap<String, u64>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: Vec::new(),
            rejected: HashMap::new(),
        }
    }
}

impl<T> Table<T> {
    /// The cause to name when a row of another file refers to `key`, if this table rejected it.
    pub(crate) fn cause(&self, file: &str, thing: Thing, key: &str) -> Option<Cause> {
        self.rejected.get(key).map(|&line| Cause {
            thing,
            key: Shown::new(key),
            file: file.to_string(),
            line,
        })
    }
}

/// The lines of `text` with their 1-based numbers; `\r\n`, `\r` and `\n` each end one line.
pub(super) fn lines(text: &str) -> impl Iterator<Item = (u64, &str)> {
    let mut rest = text;
    let mut number = 0;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        number += 1;
        // A byte search: a search for either of two chars decodes every char, and this loop runs over
        // every byte of every file. Both are ASCII, so the position is a char boundary.
        let line = match rest.bytes().position(|b| b == b'\r' || b == b'\n') {
            None => std::mem::take(&mut rest),
            Some(end) => {
                let line = &rest[..end];
                let ending = if rest[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                rest = &rest[end + ending..];
                line
            }
        };
        Some((number, line))
    })
}

/// Why a line could not be split into fields; `column` (0-based) is where, and `before` holds the
/// fields before it, so that the row's key may still be known.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Split<'a> {
    pub kind: Kind,
    pub column: usize,
    pub before: Vec<Cow<'a, str>>,
}

/// One line's comma-separated fields; a value may be quoted (with `""` for a quote) to hold commas.
pub(super) fn split_fields(line: &str) -> Result<Vec<Cow<'_, str>>, Split<'_>> {
    let mut fields = Vec::new();
    let mut start = 0;
    loop {
        let column = fields.len();
        let broken = |kind, before| Split {
            kind,
            column,
            before,
        };
        let rest = &line[start..];
        if let Some(quoted) = rest.strip_prefix('"') {
            let mut value = String::new();
            let mut offset = 0;
            let after = loop {
                let Some(quote) = quoted[offset..].find('"') else {
                    return Err(broken(Kind::UnclosedQuote, fields));
                };
                value.push_str(&quoted[offset..offset + quote]);
                offset += quote + 1;
                if quoted[offset..].starts_with('"') {
                    value.push('"');
                    offset += 1;
                } else {
                    break &quoted[offset..];
                }
            };
            fields.push(Cow::Owned(value));
            match after.strip_prefix(',') {
                Some(_) => start = line.len() - after.len() + 1,
                None if after.is_empty() => return Ok(fields),
                None => return Err(broken(Kind::StrayQuote, fields)),
            }
        } else {
            // One byte search for the field's end and a quote inside it (both ASCII, so the
            // position is a char boundary): every unquoted cell of every file comes through here.
            let end = match rest.bytes().position(|b| b == b',' || b == b'"') {
                Some(at) if rest.as_bytes()[at] == b'"' => {
                    return Err(broken(Kind::StrayQuote, fields))
                }
                Some(at) => at,
                None => rest.len(),
            };
            fields.push(Cow::Borrowed(&rest[..end]));
            if end == rest.len() {
                return Ok(fields);
            }
            start += end + 1;
        }
    }
}

/// Why a header column beyond the required ones is not read. Its cells with text are counted.
#[derive(Debug)]
pub(crate) enum Skip {
    /// It names nothing the file may hold: reported once, at the header.
    Unknown,
    /// An earlier column has its name (the first is read): reported once, at the header.
    NamedAgain,
    /// It names a row another file rejected: its cells are counted under that cause.
    FollowOn(Cause),
}

/// What a wide table says of a header column beyond the required ones: read, or skipped and why.
pub(crate) type ColumnCheck<'a> = &'a dyn Fn(&str) -> Result<(), Skip>;

/// A header column that is not read, and how many of its cells had text.
struct SkippedColumn {
    index: usize,
    name: String,
    skip: Skip,
    /// Whether its problem is one of the listed ones (it is counted in a summary otherwise).
    listed: bool,
    cells: usize,
}

/// Collects one file's problems, listing the first [`LISTED_PER_FILE`] that have a line and counting
/// the rest, and counting follow-on rows under their cause.
struct FileReport<'r> {
    file: &'r str,
    report: &'r mut LoadReport,
    listed: usize,
    /// Problems beyond the listed ones, by what they cost, in the order first met.
    unlisted: Vec<(Outcome, usize)>,
    follow_ons: BTreeMap<(String, u64), (usize, Cause)>,
    /// Where the header's column problems go in `report`: before the rows', though only the end of
    /// the file tells how many cells they cost.
    columns_at: usize,
}

impl FileReport<'_> {
    fn file_problem(
        &mut self,
        line: Option<u64>,
        field: Option<&str>,
        kind: Kind,
        outcome: Outcome,
    ) {
        self.report.problems.push(Problem {
            file: self.file.to_string(),
            line,
            field: field.map(|name| Shown::new(name).0),
            kind,
            outcome,
        });
    }

    /// Whether a problem costing `outcome` is listed; if not, it is counted.
    fn list(&mut self, outcome: Outcome) -> bool {
        if self.listed < LISTED_PER_FILE {
            self.listed += 1;
            return true;
        }
        match self.unlisted.iter_mut().find(|(o, _)| *o == outcome) {
            Some((_, count)) => *count += 1,
            None => self.unlisted.push((outcome, 1)),
        }
        false
    }

    fn line_problem(&mut self, line: u64, field: Option<String>, kind: Kind, outcome: Outcome) {
        if self.list(outcome) {
            self.report.problems.push(Problem {
                file: self.file.to_string(),
                line: Some(line),
                field: field.map(|name| Shown::new(&name).0),
                kind,
                outcome,
            });
        }
    }

    fn fault(&mut self, line: u64, fault: Fault) {
        match fault {
            Fault::Row { field, kind } => self.line_problem(line, field, kind, Outcome::RowSkipped),
            Fault::FollowOn { cause, count } => self.follow_on(cause, count),
        }
    }

    /// `count` rows or cells skipped because of a row rejected in another file; none is nothing to say.
    fn follow_on(&mut self, cause: Cause, count: usize) {
        if count > 0 {
            let key = (cause.file.clone(), cause.line);
            self.follow_ons.entry(key).or_insert((0, cause)).0 += count;
        }
    }

    /// The header's skipped columns, now that their cells are counted, at their place before the rows.
    fn columns(&mut self, header_line: u64, columns: Vec<SkippedColumn>) {
        let mut problems = Vec::new();
        for column in columns {
            let kind = match column.skip {
                Skip::Unknown => Kind::UnknownColumn {
                    cells: column.cells,
                },
                Skip::NamedAgain => Kind::ColumnNamedAgain {
                    cells: column.cells,
                },
                Skip::FollowOn(cause) => {
                    self.follow_on(cause, column.cells);
                    continue;
                }
            };
            if column.listed {
                problems.push(Problem {
                    file: self.file.to_string(),
                    line: Some(header_line),
                    field: Some(Shown::new(&column.name).0),
                    kind,
                    outcome: Outcome::ColumnSkipped,
                });
            }
        }
        let at = self.columns_at;
        self.report.problems.splice(at..at, problems);
    }

    fn finish(mut self, rows: Rows) {
        let follow_ons = std::mem::take(&mut self.follow_ons);
        for (count, cause) in follow_ons.into_values() {
            self.file_problem(
                None,
                None,
                Kind::FollowOn { count, rows, cause },
                Outcome::RowsSkipped,
            );
        }
        for (skipped, count) in std::mem::take(&mut self.unlisted) {
            self.file_problem(
                None,
                None,
                Kind::MoreProblems { count, skipped },
                Outcome::RowsSkipped,
            );
        }
    }
}

/// Reads a CSV table, checks its header, hands each row to `parse_row`, then lets a valid row `claim`
/// its key (a claim fails for a key already kept). Rows either step rejects are reported and skipped.
/// Columns beyond `spec.columns` are not read.
pub(crate) fn read_table<T>(
    spec: &Spec,
    text: &str,
    report: &mut LoadReport,
    mut parse_row: impl FnMut(&Row) -> Result<T, Fault>,
    claim: impl FnMut(&T) -> Result<(), Fault>,
) -> Table<T> {
    let parse_row = |row: &Row| parse_row(row).map(|value| (value, Vec::new()));
    read(spec, None, text, report, parse_row, claim)
}

/// Reads a table whose columns beyond the required `spec.columns` are data, one per thing measured:
/// `column` says which names it may have (a column it skips is reported once, or counted under its
/// cause, and its cells are skipped; a column named again keeps its first copy). As in [`read_table`],
/// but `parse_row` may also skip single cells of a row it keeps, each with its [`CellFault`].
pub(crate) fn read_wide_table<T>(
    spec: &Spec,
    column: ColumnCheck,
    text: &str,
    report: &mut LoadReport,
    parse_row: impl FnMut(&Row) -> Result<(T, Vec<CellFault>), Fault>,
    claim: impl FnMut(&T) -> Result<(), Fault>,
) -> Table<T> {
    read(spec, Some(column), text, report, parse_row, claim)
}

/// A cell of a kept row that could not be used: reported at the row's line, under its column.
#[derive(Debug)]
pub(crate) struct CellFault {
    pub column: String,
    pub kind: Kind,
    /// What it cost: [`Outcome::AnswerSkipped`] or [`Outcome::CellSkipped`].
    pub outcome: Outcome,
}

fn read<T>(
    spec: &Spec,
    column: Option<ColumnCheck>,
    text: &str,
    report: &mut LoadReport,
    mut parse_row: impl FnMut(&Row) -> Result<(T, Vec<CellFault>), Fault>,
    mut claim: impl FnMut(&T) -> Result<(), Fault>,
) -> Table<T> {
    let mut out = FileReport {
        file: spec.file,
        report,
        listed: 0,
        unlisted: Vec::new(),
        follow_ons: BTreeMap::new(),
        columns_at: 0,
    };
    let table = read_rows(spec, column, text, &mut out, &mut parse_row, &mut claim);
    out.finish(spec.rows);
    table
}

/// The columns rows are read through, by name, and the header's columns that are not read.
struct Header<'h> {
    columns: FastMap<&'h str, usize>,
    skipped: Vec<SkippedColumn>,
}

/// Checks the header: every column of `spec` once, and, for a wide table, what `column` says of the
/// others. `Err` is why the file cannot be used, with the column it is about.
fn read_header<'h>(
    spec: &Spec,
    column: Option<ColumnCheck>,
    names: &'h [Cow<'_, str>],
) -> Result<Header<'h>, (Option<&'h str>, Kind)> {
    let mut header = Header {
        columns: FastMap::default(),
        skipped: Vec::new(),
    };
    for (index, name) in names.iter().enumerate() {
        let name = name.as_ref();
        let required = spec.columns.contains(&name);
        let skip = match (header.columns.contains_key(name), column) {
            (true, Some(_)) if !required => Skip::NamedAgain,
            (true, _) => return Err((Some(name), Kind::RepeatedColumn)),
            (false, Some(column)) if !required => match column(name) {
                Ok(()) => {
                    header.columns.insert(name, index);
                    continue;
                }
                Err(skip) => skip,
            },
            (false, _) => {
                header.columns.insert(name, index);
                continue;
            }
        };
        header.skipped.push(SkippedColumn {
            index,
            name: name.to_string(),
            skip,
            listed: false,
            cells: 0,
        });
    }
    let missing: Vec<String> = spec
        .columns
        .iter()
        .filter(|column| !header.columns.contains_key(*column))
        .map(|column| column.to_string())
        .collect();
    if !missing.is_empty() {
        return Err((None, Kind::MissingColumns { columns: missing }));
    }
    Ok(header)
}

fn read_rows<T>(
    spec: &Spec,
    column: Option<ColumnCheck>,
    text: &str,
    out: &mut FileReport,
    parse_row: &mut impl FnMut(&Row) -> Result<(T, Vec<CellFault>), Fault>,
    claim: &mut impl FnMut(&T) -> Result<(), Fault>,
) -> Table<T> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some((line, _)) = lines(text).find(|(_, line)| line.contains('\u{fffd}')) {
        out.file_problem(Some(line), None, Kind::NotUtf8, Outcome::Kept);
    }
    let mut lines = lines(text).filter(|(_, line)| !line.is_empty());
    let Some((header_line, header)) = lines.next() else {
        out.file_problem(None, None, Kind::Empty, Outcome::FileNotUsed);
        return Table::default();
    };
    let Ok(header) = split_fields(header) else {
        out.file_problem(
            Some(header_line),
            None,
            Kind::HeaderQuote,
            Outcome::FileNotUsed,
        );
        return Table::default();
    };
    out.columns_at = out.report.problems.len();
    let Header {
        columns,
        mut skipped,
    } = match read_header(spec, column, &header) {
        Ok(read) => read,
        Err((field, kind)) => {
            out.file_problem(Some(header_line), field, kind, Outcome::FileNotUsed);
            return Table::default();
        }
    };
    // Listed first, as they come first in the report.
    for column in &mut skipped {
        column.listed =
            !matches!(column.skip, Skip::FollowOn(_)) && out.list(Outcome::ColumnSkipped);
    }
    let mut table = Table::default();
    let mut kept_keys = HashSet::new();
    let mut any_row = false;
    for (line, text) in lines {
        any_row = true;
        let fields = match split_fields(text) {
            Ok(fields) => fields,
            Err(split) => {
                // The key, for grouping what other files say about this row: read before the broken
                // field, or else guessed from the line without its quotes.
                if let Some(&i) = spec.key.and_then(|key| columns.get(key)) {
                    let key = match split.before.get(i) {
                        Some(key) => key.to_string(),
                        None => text
                            .replace('"', "")
                            .split(',')
                            .nth(i)
                            .unwrap_or("")
                            .to_string(),
                    };
                    if !key.is_empty() {
                        table.rejected.entry(key).or_insert(line);
                    }
                }
                let field = header.get(split.column).map(|name| name.to_string());
                out.line_problem(line, field, split.kind, Outcome::RowSkipped);
                continue;
            }
        };
        if fields.len() != header.len() {
            let kind = Kind::FieldCount {
                found: fields.len(),
                expected: header.len(),
            };
            out.line_problem(line, None, kind, Outcome::RowSkipped);
            continue;
        }
        for column in &mut skipped {
            column.cells += usize::from(!fields[column.index].is_empty());
        }
        let row = Row {
            fields,
            columns: &columns,
        };
        let key = spec.key.map(|column| row.get(column)).unwrap_or("");
        let parsed =
            parse_row(&row).and_then(|(value, cells)| claim(&value).map(|()| (value, cells)));
        match parsed {
            Ok((value, cells)) => {
                table.rows.push(value);
                if !key.is_empty() {
                    kept_keys.insert(key.to_string());
                }
                for cell in cells {
                    out.line_problem(line, Some(cell.column), cell.kind, cell.outcome);
                }
            }
            Err(fault) => {
                if !key.is_empty() {
                    table.rejected.entry(key.to_string()).or_insert(line);
                }
                out.fault(line, fault);
            }
        }
    }
    out.columns(header_line, skipped);
    if !any_row {
        out.file_problem(None, None, Kind::NoRows, Outcome::Kept);
    }
    table.rejected.retain(|key, _| !kept_keys.contains(key));
    table
}
