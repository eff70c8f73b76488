//! The answer table: one row per responding country admitted by the filter, sortable by any column,
//! and its CSV text. The accessible twin of the map, so it shows the same answers in words.

use std::cmp::Ordering;

use crate::answer::Answer;
use crate::collate::collation_key;
use crate::filter::Filter;
use crate::income::IncomeGroup;
use crate::model::{Dataset, IndicatorId, Value};
use crate::number::Decimal;
use crate::region::Region;
use crate::stats::in_scope;

/// The table's columns, in the order they are shown and written to CSV.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Column {
    #[default]
    Country,
    Region,
    Income,
    Answer,
    YearAdopted,
    Detail,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Country,
        Column::Region,
        Column::Income,
        Column::Answer,
        Column::YearAdopted,
        Column::Detail,
    ];

    /// The header text, on screen and in the CSV header row.
    pub fn label(self) -> &'static str {
        match self {
            Column::Country => "Country",
            Column::Region => "WHO region",
            Column::Income => "Income group",
            Column::Answer => "Answer",
            Column::YearAdopted => "Year adopted",
            Column::Detail => "Other column of the profile",
        }
    }

    /// Numbers are right-aligned so that their digits line up.
    pub fn is_numeric(self) -> bool {
        self == Column::YearAdopted
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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// "National eHealth policy or strategy: WHO European Region, 47 responding countries".
    pub caption: String,
    pub sort: Sort,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub iso3: String,
    pub country: String,
    pub region: Option<Region>,
    pub income: Option<IncomeGroup>,
    /// The value as loaded; `None` when a responding country has no row for this question.
    pub value: Option<Value>,
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

    /// The cell text of one column, as on screen and in the CSV; empty where there is no value.
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
            Column::YearAdopted => self
                .year_adopted
                .map_or_else(String::new, |y| y.to_string()),
            Column::Detail => self.detail.clone(),
        }
    }
}

pub fn answer_table(
    dataset: &Dataset,
    indicator: IndicatorId,
    filter: Filter,
    sort: Sort,
) -> Table {
    let mut rows: Vec<Row> = dataset
        .country_ids()
        .filter(|&country| in_scope(dataset, indicator, country, filter))
        .map(|country| {
            let c = &dataset[country];
            let observation = dataset
                .observations_of(indicator)
                .find(|o| o.country == country);
            Row {
                iso3: c.iso3.clone(),
                country: c.name.clone(),
                region: c.who_region,
                income: c.income_group,
                value: observation.map(|o| o.value.clone()),
                year_adopted: observation.and_then(|o| o.year_adopted),
                detail: observation.map_or_else(String::new, |o| readable_detail(&o.detail)),
            }
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
        sort,
        rows,
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
    let _ = writer.write_record(Column::ALL.map(Column::label));
    for row in &table.rows {
        let _ = writer.write_record(Column::ALL.map(|column| row.cell(column)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// "ehealth_policy-EUR.csv", "ehealth_policy-EUR-HIC.csv", "ehealth_policy-world.csv": the question
/// and the filter, so that several downloads do not overwrite one another.
pub fn csv_file_name(dataset: &Dataset, indicator: IndicatorId, filter: Filter) -> String {
    let mut name = dataset[indicator].id.clone();
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
    use crate::load::tests::fixture;
    use crate::model::{Country, CountryId, Observation};
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
        let mut out = format!("{}\n", table.caption);
        for row in &table.rows {
            let cells: Vec<String> = Column::ALL.iter().map(|&c| row.cell(c)).collect();
            out += &format!("{}\n", cells.join(" | ").trim_end());
        }
        expect.assert_eq(&out);
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
        .map(|(region, income)| csv_file_name(&dataset, policy, Filter { region, income }))
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
            Column::ALL.map(|c| flipped.aria(c)),
            ["none", "none", "none", "descending", "none", "none"]
        );
    }
}
