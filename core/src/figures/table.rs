//! The table view's builders: for a survey question, one row per responding country admitted by the
//! filter; for a yearly series, one row per admitted country with a value for the year shown (or its
//! latest within N years, as on the map). Both sortable by any column, both with their CSV text: the
//! accessible twin of the map, so they show the same answers and values in words and digits.

use std::cmp::Ordering;

use crate::answer::Answer;
use crate::collate::collation_key;
use crate::figures::series_map::{Reading, When};
use crate::filter::Filter;
use crate::income::IncomeGroup;
use crate::model::{Country, Dataset, IndicatorId, Observation, Value};
use crate::number::Decimal;
use crate::region::Region;
use crate::stats::in_scope;

/// The table's columns. Which ones a table has, in which order, is [`Column::SURVEY`] or
/// [`Column::SERIES`]; the CSV has the same columns in the same order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Column {
    #[default]
    Country,
    Region,
    Income,
    Answer,
    YearAdopted,
    Detail,
    /// A series' number, in the indicator's unit (the header names it).
    Value,
    /// The year a series' value is from: the year shown, or an earlier one within reach.
    Year,
}

impl Column {
    /// The table of a survey question.
    pub const SURVEY: [Column; 6] = [
        Column::Country,
        Column::Region,
        Column::Income,
        Column::Answer,
        Column::YearAdopted,
        Column::Detail,
    ];

    /// The table of a yearly series.
    pub const SERIES: [Column; 5] = [
        Column::Country,
        Column::Region,
        Column::Income,
        Column::Value,
        Column::Year,
    ];

    /// The header text, on screen and in the CSV header row; a table names its value column with the
    /// unit ([`Header::label`]).
    pub fn label(self) -> &'static str {
        match self {
            Column::Country => "Country",
            Column::Region => "WHO region",
            Column::Income => "Income group",
            Column::Answer => "Answer",
            Column::YearAdopted => "Year adopted",
            Column::Detail => "Other column of the profile",
            Column::Value => "Value",
            Column::Year => "Year",
        }
    }

    /// Numbers are right-aligned so that their digits line up.
    pub fn is_numeric(self) -> bool {
        matches!(self, Column::YearAdopted | Column::Value | Column::Year)
    }
}

/// Which column orders the rows, and which way. Default: country name, A to Z.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// What a click on `column`'s header does: the same column flips direction, another one starts
    /// ascending.
    pub fn toggled(self, column: Column) -> Sort {
        Sort {
            column,
            descending: self.column == column && !self.descending,
        }
    }

    /// The `aria-sort` value of `column`'s header.
    pub fn aria(self, column: Column) -> &'static str {
        match (self.column == column, self.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    }

    /// This sort if the table has its column, else the default: a reader who sorted a question's
    /// table by answer and then picks a series gets the series by country, not in an order no header
    /// shows.
    fn within(self, columns: &[Column]) -> Sort {
        if columns.contains(&self.column) {
            self
        } else {
            Sort::default()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// "National eHealth policy or strategy: WHO European Region, 47 responding countries".
    pub caption: String,
    /// The columns shown, in order, with their header text.
    pub columns: Vec<Header>,
    /// The order of the rows; the default one when the asked column is not in this table.
    pub sort: Sort,
    pub rows: Vec<Row>,
    /// The CSV download's name: what is shown and the filter, so that several downloads do not
    /// overwrite one another ("ehealth_policy-EUR.csv", "internet_users-2015-world.csv").
    pub file_name: String,
}

/// One column's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub column: Column,
    /// "Answer", "Value (% of population)".
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub iso3: String,
    pub country: String,
    pub region: Option<Region>,
    pub income: Option<IncomeGroup>,
    /// The value as loaded; `None` when a responding country has no row for this question.
    pub value: Option<Value>,
    /// The year the value is from (a series' row may show an earlier year than the one asked).
    pub year: Option<u16>,
    pub year_adopted: Option<u16>,
    /// The profile's extra column as printed, or empty.
    pub detail: String,
}

impl Row {
    /// The answer category, for the colour swatch; `None` for printed text values.
    pub fn answer(&self) -> Option<Answer> {
        match self.value {
            Some(Value::Answer(answer)) => Some(answer),
            _ => None,
        }
    }

    /// The cell text of one column as on screen; empty where there is no value.
    pub fn cell(&self, column: Column) -> String {
        match column {
            Column::Country => self.country.clone(),
            Column::Region => self.region.map_or("", Region::name).to_string(),
            Column::Income => self.income.map_or("", IncomeGroup::name).to_string(),
            Column::Answer => match &self.value {
                Some(Value::Answer(answer)) => answer.label().to_string(),
                Some(Value::Text(text)) => text.clone(),
                Some(Value::Number(number)) => number.readable(),
                None => String::new(),
            },
            Column::YearAdopted => year_text(self.year_adopted),
            Column::Detail => self.detail.clone(),
            Column::Value => self.number().map_or_else(String::new, Decimal::readable),
            Column::Year => year_text(self.year),
        }
    }

    /// The cell text of one column in the CSV: as on screen, except that a number is written plain
    /// (`1234.5`, not `1,234.5`) so that spreadsheets read it as a number.
    pub fn csv_cell(&self, column: Column) -> String {
        match column {
            Column::Value => self.number().map_or_else(String::new, Decimal::plain),
            _ => self.cell(column),
        }
    }

    fn number(&self) -> Option<Decimal> {
        match self.value {
            Some(Value::Number(number)) => Some(number),
            _ => None,
        }
    }
}

/// The table of a survey question: every responding country the filter admits, with its answer.
pub fn answer_table(
    dataset: &Dataset,
    indicator: IndicatorId,
    filter: Filter,
    sort: Sort,
) -> Table {
    let sort = sort.within(&Column::SURVEY);
    let mut rows: Vec<Row> = dataset
        .country_ids()
        .filter(|&country| in_scope(dataset, indicator, country, filter))
        .map(|country| {
            let observation = dataset.country_observations(indicator, country).next();
            row(&dataset[country], observation)
        })
        .collect();
    sort_rows(&mut rows, sort);
    let countries = if rows.len() == 1 {
        "responding country"
    } else {
        "responding countries"
    };
    Table {
        caption: format!(
            "{}: {}, {} {countries}",
            dataset[indicator].title(),
            filter.describe(),
            rows.len()
        ),
        columns: Column::SURVEY
            .into_iter()
            .map(|column| Header {
                column,
                label: column.label().to_string(),
            })
            .collect(),
        sort,
        rows,
        file_name: csv_file_name(&dataset[indicator].id, filter),
    }
}

/// The table of a yearly series: every country the filter admits that has a reading, with the value
/// and the year it is from. `readings` are the map's, as [`crate::figures::series_map::readings`]
/// gives them for `when`, so that the table lists exactly the countries the map colours.
pub fn series_table(
    dataset: &Dataset,
    indicator: IndicatorId,
    readings: &[Reading],
    when: When,
    filter: Filter,
    sort: Sort,
) -> Table {
    let sort = sort.within(&Column::SERIES);
    let mut rows: Vec<Row> = dataset
        .country_ids()
        .filter(|&country| filter.admits(&dataset[country]))
        .filter_map(|country| {
            let (year, value) = readings.get(country.0).copied().flatten()?;
            Some(Row {
                value: Some(Value::Number(value)),
                year: Some(year),
                ..row(&dataset[country], None)
            })
        })
        .collect();
    sort_rows(&mut rows, sort);
    let series = &dataset[indicator];
    let unit = series.measure.number().map_or("", |n| n.unit.as_str());
    let countries = if rows.len() == 1 {
        "country"
    } else {
        "countries"
    };
    let mut stem = format!("{}-{}", series.id, when.year);
    if when.within > 0 {
        stem += &format!("-within{}", when.within);
    }
    Table {
        caption: format!(
            "{}, {}: {}, {} {countries} with a value",
            with_unit(&series.label, unit),
            when.describe(),
            filter.describe(),
            rows.len()
        ),
        columns: Column::SERIES
            .into_iter()
            .map(|column| Header {
                column,
                label: match column {
                    Column::Value => with_unit(column.label(), unit),
                    _ => column.label().to_string(),
                },
            })
            .collect(),
        sort,
        rows,
        file_name: csv_file_name(&stem, filter),
    }
}

/// The table as CSV: a header row and one line per row, in the table's order. Attribution stays
/// out of the file so that it loads as a plain table in any tool.
pub fn to_csv(table: &Table) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail and every record has the same length, so errors are impossible;
    // they are ignored rather than unwrapped to keep the function total.
    let _ = writer.write_record(table.columns.iter().map(|h| h.label.as_str()));
    for row in &table.rows {
        let _ = writer.write_record(table.columns.iter().map(|h| row.csv_cell(h.column)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// "Internet users (% of population)"; the label alone for a unitless series, or for one whose label
/// already says its unit ("Health spending, % of GDP").
pub fn with_unit(label: &str, unit: &str) -> String {
    if unit.is_empty() || label.contains(unit) {
        label.to_string()
    } else {
        format!("{label} ({unit})")
    }
}

fn year_text(year: Option<u16>) -> String {
    year.map_or_else(String::new, |y| y.to_string())
}

/// A country's row with its observation of a survey question, if any.
fn row(country: &Country, observation: Option<&Observation>) -> Row {
    Row {
        iso3: country.iso3.clone(),
        country: country.name.clone(),
        region: country.who_region,
        income: country.income_group,
        value: observation.map(|o| o.value.clone()),
        year: observation.map(|o| o.year),
        year_adopted: observation.and_then(|o| o.year_adopted),
        detail: observation.map_or_else(String::new, |o| readable_detail(&o.detail)),
    }
}

/// "ehealth_policy-EUR.csv", "ehealth_policy-EUR-HIC.csv", "internet_users-2015-world.csv": what is
/// shown (`stem`), then the filter, "world" when there is none.
fn csv_file_name(stem: &str, filter: Filter) -> String {
    let mut name = stem.to_string();
    if filter.is_empty() {
        name += "-world";
    }
    for code in [
        filter.region.map(Region::code),
        filter.income.map(IncomeGroup::code),
    ]
    .into_iter()
    .flatten()
    {
        name += "-";
        name += code;
    }
    name + ".csv"
}

/// Orders rows by the sort column. Empty cells go last in both directions, so that "most recent
/// first" does not open on blanks; ties, and the direction of the tie-break, always go by country
/// name A to Z (then ISO3), so that the order is the same on every run.
fn sort_rows(rows: &mut [Row], sort: Sort) {
    rows.sort_by(|a, b| {
        let primary = match sort.column {
            // The name is its own tie-break, so it takes the direction.
            Column::Country => Ordering::Equal,
            Column::Region => empty_last(
                a.region.map(|r| collation_key(r.name())),
                b.region.map(|r| collation_key(r.name())),
                sort.descending,
            ),
            // Income groups have an order of their own (low to high), which beats the alphabet.
            Column::Income => empty_last(a.income, b.income, sort.descending),
            Column::Answer => empty_last(answer_key(a), answer_key(b), sort.descending),
            Column::YearAdopted => empty_last(a.year_adopted, b.year_adopted, sort.descending),
            // Decimal order, exact: 9.5 before 16.0, whatever the text.
            Column::Value => empty_last(a.number(), b.number(), sort.descending),
            Column::Year => empty_last(a.year, b.year, sort.descending),
            Column::Detail => empty_last(
                (!a.detail.is_empty()).then(|| collation_key(&a.detail)),
                (!b.detail.is_empty()).then(|| collation_key(&b.detail)),
                sort.descending,
            ),
        };
        let by_name = collation_key(&a.country)
            .cmp(&collation_key(&b.country))
            .then_with(|| a.iso3.cmp(&b.iso3));
        let by_name = if sort.column == Column::Country && sort.descending {
            by_name.reverse()
        } else {
            by_name
        };
        primary.then(by_name)
    });
}

/// Compares two optional keys, the present ones in the asked direction and the absent ones last.
fn empty_last<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => b.cmp(&a),
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Answers in legend order (the order `Answer` derives), then printed text values alphabetically:
/// the derived order of an enum compares variants first, in declaration order.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum AnswerKey {
    Category(Answer),
    Number(Decimal),
    Text(String),
}

fn answer_key(row: &Row) -> Option<AnswerKey> {
    match &row.value {
        Some(Value::Answer(answer)) => Some(AnswerKey::Category(*answer)),
        Some(Value::Number(number)) => Some(AnswerKey::Number(*number)),
        Some(Value::Text(text)) => Some(AnswerKey::Text(collation_key(text))),
        None => None,
    }
}

/// The profile's third column as a reader can read it: its marks (‡, —, N/A) in words, like the
/// answers; bands such as "<25%" or "Zero" as printed.
fn readable_detail(detail: &str) -> String {
    Answer::from_profile_mark(detail).map_or_else(|| detail.to_string(), |a| a.label().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::series_map::readings;
    use crate::load::tests::{fixture, fixture_with_series};
    use crate::model::CountryId;
    use expect_test::{expect, Expect};

    /// The loader's fixture (Kenya, Malta, non-responding Kosovo) plus four countries whose names test
    /// collation and CSV quoting: a comma, a double quote, markup and an accent.
    fn dataset() -> Dataset {
        let base = fixture().dataset;
        let policy = base.indicator("ehealth_policy").expect("indicator");
        let mut countries = base.countries.clone();
        let mut observations = base.observations.clone();
        let extra = [
            (
                "FSM",
                "Micronesia, Federated States of",
                Some(Region::Wpr),
                Some(IncomeGroup::LowerMiddle),
                Answer::No,
                Some(2009),
                "<25%",
            ),
            (
                "QQQ",
                "The \"Quoted\" Islands",
                Some(Region::Eur),
                None,
                Answer::Unanswered,
                None,
                "",
            ),
            (
                "SCR",
                "<script>alert(1)</script>",
                Some(Region::Amr),
                Some(IncomeGroup::Low),
                Answer::Yes,
                Some(2015),
                "25-50%",
            ),
            (
                "TUR",
                "Türkiye",
                Some(Region::Eur),
                Some(IncomeGroup::UpperMiddle),
                Answer::No,
                None,
                "",
            ),
        ];
        for (iso3, name, who_region, income_group, answer, year_adopted, detail) in extra {
            observations.push(Observation {
                country: CountryId(countries.len()),
                indicator: policy,
                year: 2015,
                value: Value::Answer(answer),
                year_adopted,
                detail: detail.to_string(),
            });
            countries.push(Country {
                iso3: iso3.to_string(),
                iso2: String::new(),
                numeric: None,
                name: name.to_string(),
                who_region,
                income_group,
            });
        }
        Dataset::new(
            base.sources.clone(),
            countries,
            base.indicators.clone(),
            observations,
        )
    }

    /// Prints the caption and one line per row, cells separated by ` | `.
    fn check(question: &str, filter: Filter, sort: Sort, expect: Expect) {
        let dataset = dataset();
        let indicator = dataset.indicator(question).expect("indicator");
        let table = answer_table(&dataset, indicator, filter, sort);
        expect.assert_eq(&format!("{}\n{}", table.caption, rows_text(&table)));
    }

    /// One line per row, the table's cells as on screen separated by ` | `.
    fn rows_text(table: &Table) -> String {
        let mut out = String::new();
        for row in &table.rows {
            let cells: Vec<String> = table.columns.iter().map(|h| row.cell(h.column)).collect();
            out += &format!("{}\n", cells.join(" | ").trim_end());
        }
        out
    }

    fn by(column: Column, descending: bool) -> Sort {
        Sort { column, descending }
    }

    const WORLD: Filter = Filter {
        region: None,
        income: None,
    };

    #[test]
    fn default_sort_is_by_country_name_ignoring_case_and_accents() {
        check(
            "ehealth_policy",
            WORLD,
            Sort::default(),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Türkiye | WHO European Region | Upper middle income | No |  |
            "#]],
        );
    }

    #[test]
    fn country_descending_reverses_the_names() {
        check(
            "ehealth_policy",
            WORLD,
            by(Column::Country, true),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                Türkiye | WHO European Region | Upper middle income | No |  |
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
            "#]],
        );
    }

    #[test]
    fn region_sorts_by_name_then_country() {
        check(
            "ehealth_policy",
            WORLD,
            by(Column::Region, false),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Türkiye | WHO European Region | Upper middle income | No |  |
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
            "#]],
        );
    }

    #[test]
    fn income_sorts_low_to_high_with_no_group_last_both_ways() {
        check(
            "ehealth_policy",
            WORLD,
            by(Column::Income, false),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                Türkiye | WHO European Region | Upper middle income | No |  |
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
            "#]],
        );
        check(
            "ehealth_policy",
            WORLD,
            by(Column::Income, true),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                Türkiye | WHO European Region | Upper middle income | No |  |
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
            "#]],
        );
    }

    #[test]
    fn answers_sort_in_legend_order_and_ties_stay_a_to_z_when_descending() {
        check(
            "ehealth_policy",
            WORLD,
            by(Column::Answer, false),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                Türkiye | WHO European Region | Upper middle income | No |  |
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
            "#]],
        );
        check(
            "ehealth_policy",
            WORLD,
            by(Column::Answer, true),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                Türkiye | WHO European Region | Upper middle income | No |  |
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
            "#]],
        );
    }

    #[test]
    fn year_adopted_puts_blanks_last_in_both_directions() {
        check(
            "ehealth_policy",
            WORLD,
            by(Column::YearAdopted, true),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Türkiye | WHO European Region | Upper middle income | No |  |
            "#]],
        );
        check(
            "ehealth_policy",
            WORLD,
            by(Column::YearAdopted, false),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Türkiye | WHO European Region | Upper middle income | No |  |
            "#]],
        );
    }

    #[test]
    fn detail_sorts_as_text_with_blanks_last() {
        check(
            "ehealth_policy",
            WORLD,
            by(Column::Detail, false),
            expect![[r#"
                National eHealth policy or strategy: all WHO regions, 6 responding countries
                <script>alert(1)</script> | WHO Region of the Americas | Low income | Yes | 2015 | 25-50%
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income | No | 2009 | <25%
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                Kenya | WHO African Region | Lower middle income | Yes | 2011 |
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Türkiye | WHO European Region | Upper middle income | No |  |
            "#]],
        );
    }

    #[test]
    fn the_filter_keeps_only_admitted_responding_countries() {
        let europe = Filter {
            region: Some(Region::Eur),
            income: None,
        };
        check(
            "ehealth_policy",
            europe,
            Sort::default(),
            expect![[r#"
                National eHealth policy or strategy: WHO European Region, 3 responding countries
                Malta | WHO European Region | High income | Don't know |  | Not applicable
                The "Quoted" Islands | WHO European Region |  | Unanswered |  |
                Türkiye | WHO European Region | Upper middle income | No |  |
            "#]],
        );
        // Kosovo is upper middle income but did not respond, so it is not a row.
        let upper_middle = Filter {
            region: None,
            income: Some(IncomeGroup::UpperMiddle),
        };
        check(
            "ehealth_policy",
            upper_middle,
            Sort::default(),
            expect![[r#"
                National eHealth policy or strategy: Upper middle income countries, 1 responding country
                Türkiye | WHO European Region | Upper middle income | No |  |
            "#]],
        );
        let nobody = Filter {
            region: Some(Region::Sear),
            income: None,
        };
        check(
            "ehealth_policy",
            nobody,
            Sort::default(),
            expect![[r#"
                National eHealth policy or strategy: WHO South-East Asia Region, 0 responding countries
            "#]],
        );
    }

    #[test]
    fn printed_text_values_show_as_printed_and_a_missing_row_is_blank() {
        check(
            "teleradiology_level",
            WORLD,
            by(Column::Answer, false),
            expect![[r#"
                Teleradiology – health-system level: all WHO regions, 6 responding countries
                Kenya | WHO African Region | Lower middle income | Regional, National |  |
                <script>alert(1)</script> | WHO Region of the Americas | Low income |  |  |
                Malta | WHO European Region | High income |  |  |
                Micronesia, Federated States of | WHO Western Pacific Region | Lower middle income |  |  |
                The "Quoted" Islands | WHO European Region |  |  |  |
                Türkiye | WHO European Region | Upper middle income |  |  |
            "#]],
        );
    }

    #[test]
    fn csv_quotes_commas_and_quotes_and_keeps_markup_as_text() {
        let dataset = dataset();
        let policy = dataset.indicator("ehealth_policy").expect("indicator");
        let table = answer_table(&dataset, policy, WORLD, by(Column::Answer, false));
        expect![[r#"
            Country,WHO region,Income group,Answer,Year adopted,Other column of the profile
            <script>alert(1)</script>,WHO Region of the Americas,Low income,Yes,2015,25-50%
            Kenya,WHO African Region,Lower middle income,Yes,2011,
            "Micronesia, Federated States of",WHO Western Pacific Region,Lower middle income,No,2009,<25%
            Türkiye,WHO European Region,Upper middle income,No,,
            Malta,WHO European Region,High income,Don't know,,Not applicable
            "The ""Quoted"" Islands",WHO European Region,,Unanswered,,
        "#]]
        .assert_eq(&to_csv(&table));
    }

    #[test]
    fn file_names_say_question_and_filter() {
        let dataset = dataset();
        let policy = dataset.indicator("ehealth_policy").expect("indicator");
        let names: Vec<String> = [
            (None, None),
            (Some(Region::Eur), None),
            (None, Some(IncomeGroup::High)),
            (Some(Region::Afr), Some(IncomeGroup::Low)),
        ]
        .into_iter()
        .map(|(region, income)| {
            answer_table(&dataset, policy, Filter { region, income }, Sort::default()).file_name
        })
        .collect();
        expect![[r#"
            [
                "ehealth_policy-world.csv",
                "ehealth_policy-EUR.csv",
                "ehealth_policy-HIC.csv",
                "ehealth_policy-AFR-LIC.csv",
            ]
        "#]]
        .assert_debug_eq(&names);
    }

    #[test]
    fn names_collate_without_case_or_accents() {
        let mut names = [
            "Turkmenistan",
            "Türkiye",
            "albania",
            "Åland Islands",
            "Zambia",
        ];
        names.sort_by_key(|name| collation_key(name));
        assert_eq!(
            names,
            [
                "Åland Islands",
                "albania",
                "Türkiye",
                "Turkmenistan",
                "Zambia"
            ]
        );
    }

    #[test]
    fn a_header_click_flips_its_own_column_and_starts_others_ascending() {
        let start = Sort::default();
        let answer = start.toggled(Column::Answer);
        let flipped = answer.toggled(Column::Answer);
        let back = flipped.toggled(Column::Country);
        assert_eq!(answer, by(Column::Answer, false));
        assert_eq!(flipped, by(Column::Answer, true));
        assert_eq!(back, by(Column::Country, false));
        assert_eq!(
            Column::SURVEY.map(|c| flipped.aria(c)),
            ["none", "none", "none", "descending", "none", "none"]
        );
    }

    /// The loader's fixture with internet users (Kenya 2013 and 2015, Malta 2013 to 2015) plus a 2014
    /// value for Kosovo, 9.5: fewer digits than the others, so that text order would put it last.
    fn series_dataset() -> Dataset {
        let base = fixture_with_series().dataset;
        let internet = base.indicator("internet_users").expect("series");
        let kosovo = base.country("XKX").expect("XKX");
        base.with_observations(vec![Observation {
            country: kosovo,
            indicator: internet,
            year: 2014,
            value: Value::Number(Decimal {
                units: 95,
                scale: 1,
            }),
            year_adopted: None,
            detail: String::new(),
        }])
    }

    /// The table of internet users for `year` (and `within` years back): caption, headers, rows.
    fn check_series(year: u16, within: u16, filter: Filter, sort: Sort, expect: Expect) {
        let dataset = series_dataset();
        let internet = dataset.indicator("internet_users").expect("series");
        let when = When { year, within };
        let readings = readings(&dataset, internet, when);
        let table = series_table(&dataset, internet, &readings, when, filter, sort);
        let headers: Vec<&str> = table.columns.iter().map(|h| h.label.as_str()).collect();
        expect.assert_eq(&format!(
            "{}\n{}\n{}",
            table.caption,
            headers.join(" | "),
            rows_text(&table)
        ));
    }

    #[test]
    fn a_series_lists_the_countries_with_a_value_that_year_and_the_year() {
        check_series(
            2015,
            0,
            WORLD,
            Sort::default(),
            expect![[r#"
                Internet users (% of population), 2015: all WHO regions, 2 countries with a value
                Country | WHO region | Income group | Value (% of population) | Year
                Kenya | WHO African Region | Lower middle income | 16.0 | 2015
                Malta | WHO European Region | High income | 76.2 | 2015
            "#]],
        );
        // Kenya has no 2014 value: it is not a row (a blank would read as a value of nothing).
        check_series(
            2014,
            0,
            WORLD,
            Sort::default(),
            expect![[r#"
                Internet users (% of population), 2014: all WHO regions, 2 countries with a value
                Country | WHO region | Income group | Value (% of population) | Year
                Kosovo |  | Upper middle income | 9.5 | 2014
                Malta | WHO European Region | High income | 73.2 | 2014
            "#]],
        );
    }

    #[test]
    fn latest_within_n_years_adds_older_values_with_their_own_year() {
        check_series(
            2015,
            1,
            WORLD,
            Sort::default(),
            expect![[r#"
                Internet users (% of population), latest value from 2014 or 2015: all WHO regions, 3 countries with a value
                Country | WHO region | Income group | Value (% of population) | Year
                Kenya | WHO African Region | Lower middle income | 16.0 | 2015
                Kosovo |  | Upper middle income | 9.5 | 2014
                Malta | WHO European Region | High income | 76.2 | 2015
            "#]],
        );
    }

    #[test]
    fn values_sort_as_numbers_and_years_tie_by_name() {
        check_series(
            2015,
            1,
            WORLD,
            by(Column::Value, false),
            expect![[r#"
                Internet users (% of population), latest value from 2014 or 2015: all WHO regions, 3 countries with a value
                Country | WHO region | Income group | Value (% of population) | Year
                Kosovo |  | Upper middle income | 9.5 | 2014
                Kenya | WHO African Region | Lower middle income | 16.0 | 2015
                Malta | WHO European Region | High income | 76.2 | 2015
            "#]],
        );
        check_series(
            2015,
            1,
            WORLD,
            by(Column::Value, true),
            expect![[r#"
                Internet users (% of population), latest value from 2014 or 2015: all WHO regions, 3 countries with a value
                Country | WHO region | Income group | Value (% of population) | Year
                Malta | WHO European Region | High income | 76.2 | 2015
                Kenya | WHO African Region | Lower middle income | 16.0 | 2015
                Kosovo |  | Upper middle income | 9.5 | 2014
            "#]],
        );
        check_series(
            2015,
            1,
            WORLD,
            by(Column::Year, true),
            expect![[r#"
                Internet users (% of population), latest value from 2014 or 2015: all WHO regions, 3 countries with a value
                Country | WHO region | Income group | Value (% of population) | Year
                Kenya | WHO African Region | Lower middle income | 16.0 | 2015
                Malta | WHO European Region | High income | 76.2 | 2015
                Kosovo |  | Upper middle income | 9.5 | 2014
            "#]],
        );
    }

    #[test]
    fn a_sort_by_a_column_the_series_lacks_falls_back_to_country_names() {
        let dataset = series_dataset();
        let internet = dataset.indicator("internet_users").expect("series");
        let when = When {
            year: 2015,
            within: 0,
        };
        let readings = readings(&dataset, internet, when);
        let table = series_table(
            &dataset,
            internet,
            &readings,
            when,
            WORLD,
            by(Column::Answer, true),
        );
        assert_eq!(table.sort, Sort::default());
        let policy = dataset.indicator("ehealth_policy").expect("question");
        let table = answer_table(&dataset, policy, WORLD, by(Column::Value, true));
        assert_eq!(table.sort, Sort::default());
    }

    #[test]
    fn the_filter_narrows_a_series_and_no_value_leaves_no_rows() {
        let africa = Filter {
            region: Some(Region::Afr),
            income: None,
        };
        check_series(
            2015,
            0,
            africa,
            Sort::default(),
            expect![[r#"
                Internet users (% of population), 2015: WHO African Region, 1 country with a value
                Country | WHO region | Income group | Value (% of population) | Year
                Kenya | WHO African Region | Lower middle income | 16.0 | 2015
            "#]],
        );
        check_series(
            2012,
            0,
            WORLD,
            Sort::default(),
            expect![[r#"
                Internet users (% of population), 2012: all WHO regions, 0 countries with a value
                Country | WHO region | Income group | Value (% of population) | Year
            "#]],
        );
    }

    #[test]
    fn a_series_csv_has_plain_values_and_their_year_and_a_name_with_the_year() {
        let dataset = series_dataset();
        let internet = dataset.indicator("internet_users").expect("series");
        let table = |year, within, filter| {
            let when = When { year, within };
            let readings = readings(&dataset, internet, when);
            series_table(
                &dataset,
                internet,
                &readings,
                when,
                filter,
                by(Column::Value, true),
            )
        };
        let world = table(2015, 1, WORLD);
        expect![[r#"
            Country,WHO region,Income group,Value (% of population),Year
            Malta,WHO European Region,High income,76.2,2015
            Kenya,WHO African Region,Lower middle income,16.0,2015
            Kosovo,,Upper middle income,9.5,2014
        "#]]
        .assert_eq(&to_csv(&world));
        let europe = Filter {
            region: Some(Region::Eur),
            income: None,
        };
        let names = [
            table(2015, 0, WORLD).file_name,
            world.file_name,
            table(2014, 0, europe).file_name,
        ];
        expect![[r#"["internet_users-2015-world.csv", "internet_users-2015-within1-world.csv", "internet_users-2014-EUR.csv"]"#]]
            .assert_eq(&format!("{names:?}"));
    }

    #[test]
    fn large_numbers_read_with_separators_on_screen_and_plain_in_csv() {
        let row = Row {
            value: Some(Value::Number(Decimal {
                units: -12_345_678,
                scale: 2,
            })),
            ..row(&series_dataset().countries[0], None)
        };
        assert_eq!(row.cell(Column::Value), "−123,456.78");
        assert_eq!(row.csv_cell(Column::Value), "-123456.78");
        assert_eq!(row.csv_cell(Column::Country), "Kenya");
    }

    #[test]
    fn a_unit_is_named_once() {
        assert_eq!(
            with_unit("Internet users", "% of population"),
            "Internet users (% of population)"
        );
        assert_eq!(
            with_unit("Health spending, % of GDP", "% of GDP"),
            "Health spending, % of GDP"
        );
        assert_eq!(with_unit("Population", ""), "Population");
    }
}
