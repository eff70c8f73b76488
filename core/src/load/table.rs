//! Reading one CSV table: the header checked for the columns a file needs, each row handed to a parser
//! with its line, and every row that cannot be used reported and skipped.

use std::collections::HashMap;

use super::LoadReport;

/// One data row, with its columns looked up by header name.
pub(crate) struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a HashMap<&'a str, usize>,
}

impl Row<'_> {
    pub(crate) fn get(&self, column: &str) -> &str {
        self.columns
            .get(column)
            .and_then(|&i| self.record.get(i))
            .unwrap_or("")
    }

    pub(crate) fn required(&self, column: &str) -> Result<&str, String> {
        match self.get(column) {
            "" => Err(format!("field \"{column}\" is empty")),
            value => Ok(value),
        }
    }

    pub(crate) fn number<T: std::str::FromStr>(&self, column: &str) -> Result<T, String> {
        let text = self.required(column)?;
        text.parse()
            .map_err(|_| format!("field \"{column}\": \"{text}\" is not a valid number"))
    }

    pub(crate) fn optional_number<T: std::str::FromStr>(
        &self,
        column: &str,
    ) -> Result<Option<T>, String> {
        match self.get(column) {
            "" => Ok(None),
            _ => self.number(column).map(Some),
        }
    }
}

/// Reads a CSV table, checks its header has `required` columns, and hands each row to `parse_row`;
/// a row it rejects is reported with its line and skipped.
pub(crate) fn read_table<T>(
    file: &str,
    text: &str,
    required: &[&str],
    report: &mut LoadReport,
    mut parse_row: impl FnMut(&Row) -> Result<T, String>,
) -> Vec<T> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            report.push(file, Some(1), format!("header cannot be read: {error}"));
            return Vec::new();
        }
    };
    let columns: HashMap<&str, usize> = headers.iter().enumerate().map(|(i, h)| (h, i)).collect();
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|column| !columns.contains_key(column))
        .collect();
    if !missing.is_empty() {
        report.push(
            file,
            Some(1),
            format!(
                "missing column(s) {}; the file was not used",
                missing.join(", ")
            ),
        );
        return Vec::new();
    }
    let mut rows = Vec::new();
    for result in reader.records() {
        match result {
            Ok(record) => {
                let line = record.position().map(|p| p.line());
                if record.len() != headers.len() {
                    report.push(
                        file,
                        line,
                        format!(
                            "has {} fields where the header has {}; row skipped",
                            record.len(),
                            headers.len()
                        ),
                    );
                    continue;
                }
                let row = Row {
                    record: &record,
                    columns: &columns,
                };
                match parse_row(&row) {
                    Ok(value) => rows.push(value),
                    Err(message) => report.push(file, line, format!("{message}; row skipped")),
                }
            }
            Err(error) => {
                let line = error.position().map(|p| p.line());
                report.push(file, line, format!("{error}; row skipped"));
            }
        }
    }
    rows
}
