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
//! - A header naming a column twice makes the file ambiguous: reported once, and the file not used.
//! - A header without rows is reported.
//! - A row is validated before it can claim its key: a bad first copy never hides a good second one.
//! - At most [`LISTED_PER_FILE`] row problems are listed per file; the rest are counted.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::problem::{Cause, Kind, Outcome, Problem, Rows, Shown, Thing, LISTED_PER_FILE};
use super::LoadReport;

/// What is wrong with one row, before the file and line are known.
#[derive(Debug)]
pub(crate) enum Fault {
    Row {
        field: Option<String>,
        kind: Kind,
    },
    /// The row names a row rejected in another file: counted under that cause, not listed.
    FollowOn(Cause),
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
    columns: &'a HashMap<&'a str, usize>,
}

impl Row<'_> {
    pub(crate) fn get(&self, column: &str) -> &str {
        self.columns
            .get(column)
            .and_then(|&i| self.fields.get(i))
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
        let line = match rest.find(['\r', '\n']) {
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
            let end = rest.find(',').unwrap_or(rest.len());
            let value = &rest[..end];
            if value.contains('"') {
                return Err(broken(Kind::StrayQuote, fields));
            }
            fields.push(Cow::Borrowed(value));
            if end == rest.len() {
                return Ok(fields);
            }
            start += end + 1;
        }
    }
}

/// Collects one file's problems, listing the first [`LISTED_PER_FILE`] row problems and counting the
/// rest, and counting follow-on rows under their cause.
struct FileReport<'r> {
    file: &'r str,
    report: &'r mut LoadReport,
    listed: usize,
    unlisted: usize,
    follow_ons: BTreeMap<(String, u64), (usize, Cause)>,
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

    fn row_problem(&mut self, line: u64, field: Option<String>, kind: Kind) {
        if self.listed == LISTED_PER_FILE {
            self.unlisted += 1;
            return;
        }
        self.listed += 1;
        self.report.problems.push(Problem {
            file: self.file.to_string(),
            line: Some(line),
            field: field.map(|name| Shown::new(&name).0),
            kind,
            outcome: Outcome::RowSkipped,
        });
    }

    fn fault(&mut self, line: u64, fault: Fault) {
        match fault {
            Fault::Row { field, kind } => self.row_problem(line, field, kind),
            Fault::FollowOn(cause) => {
                let key = (cause.file.clone(), cause.line);
                self.follow_ons.entry(key).or_insert((0, cause)).0 += 1;
            }
        }
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
        if self.unlisted > 0 {
            let count = self.unlisted;
            self.file_problem(
                None,
                None,
                Kind::MoreProblems { count },
                Outcome::RowsSkipped,
            );
        }
    }
}

/// Reads a CSV table, checks its header, hands each row to `parse_row`, then lets a valid row `claim`
/// its key (a claim fails for a key already kept). Rows either step rejects are reported and skipped.
pub(crate) fn read_table<T>(
    spec: &Spec,
    text: &str,
    report: &mut LoadReport,
    mut parse_row: impl FnMut(&Row) -> Result<T, Fault>,
    mut claim: impl FnMut(&T) -> Result<(), Fault>,
) -> Table<T> {
    let mut out = FileReport {
        file: spec.file,
        report,
        listed: 0,
        unlisted: 0,
        follow_ons: BTreeMap::new(),
    };
    let table = read_rows(spec, text, &mut out, &mut parse_row, &mut claim);
    out.finish(spec.rows);
    table
}

fn read_rows<T>(
    spec: &Spec,
    text: &str,
    out: &mut FileReport,
    parse_row: &mut impl FnMut(&Row) -> Result<T, Fault>,
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
    let mut columns: HashMap<&str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        if columns.insert(name.as_ref(), i).is_some() {
            out.file_problem(
                Some(header_line),
                Some(name),
                Kind::RepeatedColumn,
                Outcome::FileNotUsed,
            );
            return Table::default();
        }
    }
    let missing: Vec<String> = spec
        .columns
        .iter()
        .filter(|column| !columns.contains_key(*column))
        .map(|column| column.to_string())
        .collect();
    if !missing.is_empty() {
        let kind = Kind::MissingColumns { columns: missing };
        out.file_problem(Some(header_line), None, kind, Outcome::FileNotUsed);
        return Table::default();
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
                out.row_problem(line, field, split.kind);
                continue;
            }
        };
        if fields.len() != header.len() {
            let kind = Kind::FieldCount {
                found: fields.len(),
                expected: header.len(),
            };
            out.row_problem(line, None, kind);
            continue;
        }
        let row = Row {
            fields,
            columns: &columns,
        };
        let key = spec.key.map(|column| row.get(column)).unwrap_or("");
        match parse_row(&row).and_then(|value| claim(&value).map(|()| value)) {
            Ok(value) => {
                table.rows.push(value);
                if !key.is_empty() {
                    kept_keys.insert(key.to_string());
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
    if !any_row {
        out.file_problem(None, None, Kind::NoRows, Outcome::Kept);
    }
    table.rejected.retain(|key, _| !kept_keys.contains(key));
    table
}
