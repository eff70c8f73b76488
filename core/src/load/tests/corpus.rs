//! A corpus of bad inputs, one per line of the table below, each with the report it must give and
//! what is kept. Every file is covered; each of the holes a fuzzing campaign found has its case.
//! Refresh the snapshots with `UPDATE_EXPECT=1 cargo test -p readiness-core corpus`.

use expect_test::{expect, Expect};

use super::super::*;
use super::{
    check, check_series, COUNTRIES_OK, INDICATORS_OK, INTERNET_VALUES, OBSERVATIONS_OK,
    SERIES_INTERNET, SOURCES_OK, WORLD_OK,
};

/// The good file with `row` (a line without its ending) inserted as line `line` (1-based).
fn with_line(good: &str, line: usize, row: &str) -> String {
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(line - 1, row);
    lines.join("\n") + "\n"
}

fn header(good: &str) -> String {
    format!("{}\n", good.lines().next().unwrap_or_default())
}

/// `n` rows that each fail.
fn bad_rows(n: usize, row: impl Fn(usize) -> String) -> String {
    (0..n).map(|i| row(i) + "\n").collect()
}

fn case(file: &str, text: &str, expect: Expect) {
    check(file, Some(text), expect);
}

fn series_case(values: &str, expect: Expect) {
    check_series(SERIES_INTERNET, Some(values), expect);
}

// countries.csv

#[test]
fn countries_stray_quote_opening_a_row_loses_only_that_row() {
    let text = COUNTRIES_OK.replace("KEN,KE", "\"KEN,KE");
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 2: field "iso3": a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own); row skipped
        goe2015.csv: 2 answers of the rejected country KEN (countries.csv, line 2) were skipped
        world.csv: 1 map shape of the rejected country KEN (countries.csv, line 2) was skipped
        kept: 2 countries, 2 indicators, 1 observations, 1 shapes
    "#]],
    );
}

#[test]
fn countries_stray_quote_inside_a_value() {
    case(
        COUNTRIES,
        &COUNTRIES_OK.replace("Malta", "Mal\"ta"),
        expect![[r#"
            countries.csv: line 3: field "name" has a double quote that is not part of a quoted value; row skipped
            goe2015.csv: 1 answer of the rejected country MLT (countries.csv, line 3) was skipped
            world.csv: 1 map shape of the rejected country MLT (countries.csv, line 3) was skipped
            kept: 2 countries, 2 indicators, 2 observations, 1 shapes
        "#]],
    );
}

#[test]
fn countries_bad_first_copy_does_not_hide_the_good_second() {
    let text = with_line(COUNTRIES_OK, 2, "KEN,KE,404,Kenya,AFRICA,LMC");
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 2: field "who_region": "AFRICA" is not a WHO region code; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_listed_twice_keeps_the_first() {
    let text = with_line(COUNTRIES_OK, 3, "KEN,KE,404,Kenya again,AFR,LMC");
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 3: country "KEN" is listed twice (the first is kept); row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_crlf_lines_are_counted_right() {
    let text = with_line(COUNTRIES_OK, 3, "FRA,FR,250,France,EURO,HIC").replace('\n', "\r\n");
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 3: field "who_region": "EURO" is not a WHO region code; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_cr_only_lines_are_counted_right() {
    let text = with_line(COUNTRIES_OK, 4, "FRA,FR,250,France,EURO,HIC").replace('\n', "\r");
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 4: field "who_region": "EURO" is not a WHO region code; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_blank_lines_are_not_rows_but_are_counted() {
    let text = COUNTRIES_OK.replace("\nMLT", "\n\n\nMLT") + "FRA,FR,250,France,EURO,HIC\n";
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 7: field "who_region": "EURO" is not a WHO region code; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_latin1_decoded_by_the_browser() {
    let text = COUNTRIES_OK.replace("Malta", "C\u{fffd}te d'Ivoire");
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 3: has characters that are not UTF-8 (shown as �), first on this line; save the file as UTF-8. Its rows are kept as they read
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_header_only() {
    case(
        COUNTRIES,
        &header(COUNTRIES_OK),
        expect![[r#"
            countries.csv: has a header but no rows, so nothing from it is shown
            goe2015.csv: line 2: field "country": unknown country code "KEN"; row skipped
            goe2015.csv: line 3: field "country": unknown country code "MLT"; row skipped
            world.csv: line 2: field "iso3": unknown country code "KEN"; row skipped
            world.csv: line 3: field "iso3": unknown country code "MLT"; row skipped
            kept: 0 countries, 2 indicators, 0 observations, 0 shapes
        "#]],
    );
}

#[test]
fn countries_empty_file() {
    case(
        COUNTRIES,
        "\n\r\n",
        expect![[r#"
            countries.csv: is empty; the file was not used
            goe2015.csv: line 2: field "country": unknown country code "KEN"; row skipped
            goe2015.csv: line 3: field "country": unknown country code "MLT"; row skipped
            world.csv: line 2: field "iso3": unknown country code "KEN"; row skipped
            world.csv: line 3: field "iso3": unknown country code "MLT"; row skipped
            kept: 0 countries, 2 indicators, 0 observations, 0 shapes
        "#]],
    );
}

#[test]
fn countries_repeated_column() {
    let text = COUNTRIES_OK.replacen("income_group", "name", 1);
    case(
        COUNTRIES,
        &text,
        expect![[r#"
            countries.csv: line 1: field "name" is named twice in the header, so its values are ambiguous; the file was not used
            goe2015.csv: line 2: field "country": unknown country code "KEN"; row skipped
            goe2015.csv: line 3: field "country": unknown country code "MLT"; row skipped
            world.csv: line 2: field "iso3": unknown country code "KEN"; row skipped
            world.csv: line 3: field "iso3": unknown country code "MLT"; row skipped
            kept: 0 countries, 2 indicators, 0 observations, 0 shapes
        "#]],
    );
}

#[test]
fn countries_long_value_is_cut() {
    let text = with_line(
        COUNTRIES_OK,
        2,
        &format!("{},XX,1,Long,AFR,LMC", "Q".repeat(1 << 20)),
    );
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 2: field "iso3": "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ…" is not an ISO 3166-1 alpha-3 code; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_more_than_twenty_problems_are_counted() {
    let text = COUNTRIES_OK.to_string() + &bad_rows(25, |i| format!("X{i:02},XX,1,Bad,AFR,LMC"));
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 5: field "iso3": "X00" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 6: field "iso3": "X01" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 7: field "iso3": "X02" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 8: field "iso3": "X03" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 9: field "iso3": "X04" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 10: field "iso3": "X05" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 11: field "iso3": "X06" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 12: field "iso3": "X07" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 13: field "iso3": "X08" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 14: field "iso3": "X09" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 15: field "iso3": "X10" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 16: field "iso3": "X11" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 17: field "iso3": "X12" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 18: field "iso3": "X13" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 19: field "iso3": "X14" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 20: field "iso3": "X15" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 21: field "iso3": "X16" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 22: field "iso3": "X17" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 23: field "iso3": "X18" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: line 24: field "iso3": "X19" is not an ISO 3166-1 alpha-3 code; row skipped
        countries.csv: 5 more row(s) with problems were skipped; only the first 20 are listed
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_short_row_and_bad_numeric_code() {
    let text = COUNTRIES_OK.to_string() + "FRA,FR\nESP,ES,seven,Spain,EUR,HIC\n";
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        countries.csv: line 5: has 2 fields where the header has 6; row skipped
        countries.csv: line 6: field "numeric": "seven" is not a valid number; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_byte_order_mark_and_crlf() {
    let text = format!("\u{feff}{}", COUNTRIES_OK.replace('\n', "\r\n"));
    case(
        COUNTRIES,
        &text,
        expect![[r#"
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn countries_header_with_a_broken_quote() {
    let text = COUNTRIES_OK.replacen("iso3", "\"iso3", 1);
    case(
        COUNTRIES,
        &text,
        expect![[r#"
            countries.csv: line 1: the header has a double quote that does not form a quoted name; the file was not used
            goe2015.csv: line 2: field "country": unknown country code "KEN"; row skipped
            goe2015.csv: line 3: field "country": unknown country code "MLT"; row skipped
            world.csv: line 2: field "iso3": unknown country code "KEN"; row skipped
            world.csv: line 3: field "iso3": unknown country code "MLT"; row skipped
            kept: 0 countries, 2 indicators, 0 observations, 0 shapes
        "#]],
    );
}

// indicators.csv

#[test]
fn indicators_one_rejected_indicator_groups_its_answers() {
    let answers = bad_rows(0, |_| String::new());
    let _ = answers;
    case(
        INDICATORS,
        &INDICATORS_OK.replace("yes_no", "percentage"),
        expect![[r#"
            indicators.csv: line 2: field "kind": "percentage" is not an indicator kind; row skipped
            goe2015.csv: 2 answers to the rejected indicator ehealth_policy (indicators.csv, line 2) were skipped
            kept: 3 countries, 1 indicators, 1 observations, 2 shapes
        "#]],
    );
}

#[test]
fn indicators_stray_quote_recovers_the_next_rows() {
    let text = INDICATORS_OK.replace(",eHealth foundations,", ",\"eHealth foundations,");
    case(
        INDICATORS,
        &text,
        expect![[r#"
        indicators.csv: line 2: field "section_name": a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own); row skipped
        goe2015.csv: 2 answers to the rejected indicator ehealth_policy (indicators.csv, line 2) were skipped
        kept: 3 countries, 1 indicators, 1 observations, 2 shapes
    "#]],
    );
}

#[test]
fn indicators_bad_first_copy_does_not_hide_the_good_second() {
    let first = INDICATORS_OK
        .lines()
        .nth(1)
        .unwrap_or_default()
        .replace(",58,", ",lots,");
    case(
        INDICATORS,
        &with_line(INDICATORS_OK, 2, &first),
        expect![[r#"
            indicators.csv: line 2: field "published_share": "lots" is not a valid number; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn indicators_listed_twice() {
    let first = INDICATORS_OK.lines().nth(1).unwrap_or_default().to_string();
    case(
        INDICATORS,
        &with_line(INDICATORS_OK, 4, &first),
        expect![[r#"
            indicators.csv: line 4: indicator "ehealth_policy" is listed twice (the first is kept); row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn indicators_header_only() {
    case(
        INDICATORS,
        &header(INDICATORS_OK),
        expect![[r#"
            indicators.csv: has a header but no rows, so nothing from it is shown
            goe2015.csv: line 1: field "ehealth_policy" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (2 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "ehealth_policy.year_adopted" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "ehealth_policy.detail" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "teleradiology_level" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            kept: 3 countries, 0 indicators, 0 observations, 2 shapes
        "#]],
    );
}

#[test]
fn indicators_missing_column() {
    case(
        INDICATORS,
        &INDICATORS_OK.replace(",kind,", ",type,"),
        expect![[r#"
            indicators.csv: line 1: missing column(s) kind; the file was not used
            goe2015.csv: line 1: field "ehealth_policy" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (2 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "ehealth_policy.year_adopted" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "ehealth_policy.detail" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "teleradiology_level" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            kept: 3 countries, 0 indicators, 0 observations, 2 shapes
        "#]],
    );
}

// sources.csv

#[test]
fn sources_unclosed_quote_in_a_citation() {
    let text = SOURCES_OK.replace("2016.\"", "2016.");
    case(
        SOURCES,
        &text,
        expect![[r#"
        sources.csv: line 2: field "citation": a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own); row skipped
        sources.csv: does not describe source "who-goe-2015", which 2 indicator(s) name; they are shown without its citation
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn sources_bad_denominator_leaves_indicators_uncited() {
    case(
        SOURCES,
        &SOURCES_OK.replace(",respondents", ",everyone"),
        expect![[r#"
            sources.csv: line 2: field "denominator": "everyone" is not respondents or values; row skipped
            sources.csv: does not describe source "who-goe-2015", which 2 indicator(s) name; they are shown without its citation
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn sources_header_only() {
    case(
        SOURCES,
        &header(SOURCES_OK),
        expect![[r#"
        sources.csv: has a header but no rows, so nothing from it is shown
        sources.csv: does not describe source "who-goe-2015", which 2 indicator(s) name; they are shown without its citation
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn sources_listed_twice() {
    let first = SOURCES_OK.lines().nth(2).unwrap_or_default().to_string();
    case(
        SOURCES,
        &with_line(SOURCES_OK, 4, &first),
        expect![[r#"
        sources.csv: line 4: source "wb-wdi" is listed twice (the first is kept); row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

// series.csv

#[test]
fn series_catalogue_stray_quote() {
    let text = SERIES_INTERNET.replace("Internet users,", "Internet \"users,");
    check_series(
        &text,
        None,
        expect![[r#"
        series.csv: line 2: field "label" has a double quote that is not part of a quoted value; row skipped
    "#]],
    );
}

#[test]
fn series_catalogue_crlf_and_too_many_decimals() {
    let text = SERIES_INTERNET
        .replace(",1,true", ",10,true")
        .replace('\n', "\r\n");
    check_series(
        &text,
        None,
        expect![[r#"
        series.csv: line 2: field "decimals": 10 is more than the 9 the page can hold; row skipped
    "#]],
    );
}

#[test]
fn series_catalogue_header_only() {
    check_series(
        &header(SERIES_INTERNET),
        None,
        expect![[r#"
        series.csv: has a header but no rows, so nothing from it is shown
    "#]],
    );
}

#[test]
fn series_catalogue_bad_first_copy_does_not_hide_the_good_second() {
    let first = SERIES_INTERNET
        .lines()
        .nth(1)
        .unwrap_or_default()
        .replace(",true,", ",maybe,");
    check_series(
        &with_line(SERIES_INTERNET, 2, &first),
        Some(INTERNET_VALUES),
        expect![[r#"
            series.csv: line 2: field "higher_is_better": "maybe" is not true or false; row skipped
            values: KEN 2013 12.5, KEN 2015 16.0, MLT 2013 68.9, MLT 2014 73.2, MLT 2015 76.2
        "#]],
    );
}

// goe2015.csv: one row per country, a column per question (answer, then year adopted and detail)

#[test]
fn answers_stray_quote_loses_only_its_row() {
    let text = OBSERVATIONS_OK.replace("MLT,Don't know", "MLT,\"Don't know");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 3: field "ehealth_policy": a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own); row skipped
            kept: 3 countries, 2 indicators, 2 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_quoted_value_across_two_lines() {
    let text = OBSERVATIONS_OK.replace("Regional, National", "Regional,\nNational");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 2: field "teleradiology_level": a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own); row skipped
            goe2015.csv: line 3: field "country" has a double quote that is not part of a quoted value; row skipped
            kept: 3 countries, 2 indicators, 1 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_escaped_quotes_are_text() {
    let text = OBSERVATIONS_OK.replace("Regional, National", "Regional \"\"and\"\" National");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn answers_crlf_lines_are_counted_right() {
    let text = (OBSERVATIONS_OK.to_string() + "XYZ,Yes,,,\n").replace('\n', "\r\n");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 4: field "country": unknown country code "XYZ"; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_cr_only_lines_are_counted_right() {
    let text = (OBSERVATIONS_OK.to_string() + "XYZ,Yes,,,\n").replace('\n', "\r");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 4: field "country": unknown country code "XYZ"; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_mixed_line_endings_and_blank_lines() {
    let text = format!(
        "{}\r\n\r\nKEN,Yes,,,\n\rMLT,Perhaps,,,\r",
        header(OBSERVATIONS_OK).trim_end()
    );
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 5: field "ehealth_policy": "Perhaps" is not an answer category; answer skipped
            kept: 3 countries, 2 indicators, 1 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_latin1_decoded_by_the_browser() {
    let text = OBSERVATIONS_OK.replace("N/A", "\u{fffd}\u{fffd}");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
        goe2015.csv: line 3: has characters that are not UTF-8 (shown as �), first on this line; save the file as UTF-8. Its rows are kept as they read
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn answers_truncated_mid_row() {
    let text = &OBSERVATIONS_OK[..OBSERVATIONS_OK.len() - 12];
    case(
        OBSERVATIONS,
        text,
        expect![[r#"
            goe2015.csv: line 3: has 2 fields where the header has 5; row skipped
            kept: 3 countries, 2 indicators, 2 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_of_a_rejected_country_are_grouped() {
    let text = COUNTRIES_OK.replace("KEN,KE,404,Kenya,AFR,LMC", "KEN,KE,404,Kenya,AFRICA,LMC");
    case(
        COUNTRIES,
        &text,
        expect![[r#"
            countries.csv: line 2: field "who_region": "AFRICA" is not a WHO region code; row skipped
            goe2015.csv: 2 answers of the rejected country KEN (countries.csv, line 2) were skipped
            world.csv: 1 map shape of the rejected country KEN (countries.csv, line 2) was skipped
            kept: 2 countries, 2 indicators, 1 observations, 1 shapes
        "#]],
    );
}

#[test]
fn answers_a_megabyte_value_is_cut() {
    let text = format!("{OBSERVATIONS_OK}XKX,{},,,\n", "Yes".repeat(350_000));
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 4: field "ehealth_policy": "YesYesYesYesYesYesYesYesYesYesYesYesYesYesYesYesYesYesYesYes…" is not an answer category; answer skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_more_than_twenty_rows_with_problems_are_counted() {
    let text = OBSERVATIONS_OK.to_string() + &bad_rows(30, |i| format!("Q{i:02},Yes,,,"));
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 4: field "country": unknown country code "Q00"; row skipped
            goe2015.csv: line 5: field "country": unknown country code "Q01"; row skipped
            goe2015.csv: line 6: field "country": unknown country code "Q02"; row skipped
            goe2015.csv: line 7: field "country": unknown country code "Q03"; row skipped
            goe2015.csv: line 8: field "country": unknown country code "Q04"; row skipped
            goe2015.csv: line 9: field "country": unknown country code "Q05"; row skipped
            goe2015.csv: line 10: field "country": unknown country code "Q06"; row skipped
            goe2015.csv: line 11: field "country": unknown country code "Q07"; row skipped
            goe2015.csv: line 12: field "country": unknown country code "Q08"; row skipped
            goe2015.csv: line 13: field "country": unknown country code "Q09"; row skipped
            goe2015.csv: line 14: field "country": unknown country code "Q10"; row skipped
            goe2015.csv: line 15: field "country": unknown country code "Q11"; row skipped
            goe2015.csv: line 16: field "country": unknown country code "Q12"; row skipped
            goe2015.csv: line 17: field "country": unknown country code "Q13"; row skipped
            goe2015.csv: line 18: field "country": unknown country code "Q14"; row skipped
            goe2015.csv: line 19: field "country": unknown country code "Q15"; row skipped
            goe2015.csv: line 20: field "country": unknown country code "Q16"; row skipped
            goe2015.csv: line 21: field "country": unknown country code "Q17"; row skipped
            goe2015.csv: line 22: field "country": unknown country code "Q18"; row skipped
            goe2015.csv: line 23: field "country": unknown country code "Q19"; row skipped
            goe2015.csv: 10 more row(s) with problems were skipped; only the first 20 are listed
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_more_than_twenty_columns_with_problems_are_counted() {
    let extra: String = (0..25).map(|i| format!(",extra{i:02}")).collect();
    let text = OBSERVATIONS_OK
        .replacen('\n', &format!("{extra}\n"), 1)
        .replace("National\"\n", &format!("National\"{}\n", ",x".repeat(25)))
        .replace("N/A,\n", &format!("N/A,{}\n", ",".repeat(25)))
        + "XYZ,Yes,,,"
        + &",".repeat(25)
        + "\n";
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 1: field "extra00" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra01" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra02" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra03" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra04" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra05" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra06" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra07" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra08" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra09" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra10" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra11" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra12" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra13" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra14" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra15" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra16" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra17" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra18" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "extra19" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: 5 more column(s) with problems were skipped; only the first 20 are listed
            goe2015.csv: 1 more row(s) with problems were skipped; only the first 20 are listed
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_unknown_columns_are_skipped_and_counted() {
    let text = OBSERVATIONS_OK
        .replace(
            "teleradiology_level\n",
            "teleradiology_level,blockchain,internet_users\n",
        )
        .replace("National\"\n", "National\",Yes,16.0\n")
        .replace("N/A,\n", "N/A,,,\n");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 1: field "blockchain" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "internet_users" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_in_the_long_form_of_before_are_reported_column_by_column() {
    let text = "country,indicator,year,value,year_adopted,detail\n\
        KEN,ehealth_policy,2015,Yes,2011,\nMLT,ehealth_policy,2015,Don't know,,N/A\n\
        KEN,teleradiology_level,2015,\"Regional, National\",,\n";
    case(
        OBSERVATIONS,
        text,
        expect![[r#"
            goe2015.csv: line 1: field "indicator" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (3 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "year" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (3 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "value" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (3 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "year_adopted" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            goe2015.csv: line 1: field "detail" is neither a question id of indicators.csv nor such an id followed by .year_adopted or .detail (1 non-empty cell(s)); column skipped
            kept: 3 countries, 2 indicators, 0 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_question_column_named_twice_keeps_the_first() {
    case(
        OBSERVATIONS,
        &OBSERVATIONS_OK.replace("ehealth_policy.detail", "ehealth_policy"),
        expect![[r#"
            goe2015.csv: line 1: field "ehealth_policy" is named a second time in the header, so the first column of that name is kept (1 non-empty cell(s) here); column skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_country_column_named_twice() {
    case(
        OBSERVATIONS,
        &OBSERVATIONS_OK.replace("teleradiology_level\n", "country\n"),
        expect![[r#"
            goe2015.csv: line 1: field "country" is named twice in the header, so its values are ambiguous; the file was not used
            kept: 3 countries, 2 indicators, 0 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_year_adopted_and_detail_without_an_answer() {
    let text = OBSERVATIONS_OK.replace("KEN,Yes,2011,", "KEN,,2011,Zero");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 2: field "ehealth_policy.year_adopted": "2011" belongs to no answer: field "ehealth_policy" is empty; cell skipped
            goe2015.csv: line 2: field "ehealth_policy.detail": "Zero" belongs to no answer: field "ehealth_policy" is empty; cell skipped
            kept: 3 countries, 2 indicators, 2 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_a_row_with_only_the_country_is_named_and_leaves_the_country_to_a_later_row() {
    let text = OBSERVATIONS_OK.replace("MLT,Don't know,,N/A,", "MLT,,,,\nMLT,Don't know,,N/A,");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 3: has no answers, only the country; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_a_long_row() {
    let text = OBSERVATIONS_OK.replace("N/A,\n", "N/A,,\n");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 3: has 6 fields where the header has 5; row skipped
            kept: 3 countries, 2 indicators, 2 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_header_only() {
    case(
        OBSERVATIONS,
        &header(OBSERVATIONS_OK),
        expect![[r#"
        goe2015.csv: has a header but no rows, so nothing from it is shown
        kept: 3 countries, 2 indicators, 0 observations, 2 shapes
    "#]],
    );
}

#[test]
fn answers_bad_first_copy_does_not_hide_the_good_second() {
    let text = with_line(OBSERVATIONS_OK, 2, "KEN,Yes");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 2: has 2 fields where the header has 5; row skipped
            kept: 3 countries, 2 indicators, 3 observations, 2 shapes
        "#]],
    );
}

#[test]
fn answers_first_copy_with_a_bad_cell_is_kept_and_the_second_skipped() {
    let text = with_line(OBSERVATIONS_OK, 2, "KEN,Sure,,,National");
    case(
        OBSERVATIONS,
        &text,
        expect![[r#"
            goe2015.csv: line 2: field "ehealth_policy": "Sure" is not an answer category; answer skipped
            goe2015.csv: line 3: country "KEN" is listed twice (the first is kept); row skipped
            kept: 3 countries, 2 indicators, 2 observations, 2 shapes
        "#]],
    );
}

// world.csv

#[test]
fn world_markup_in_a_path() {
    let text = WORLD_OK.replace("M5 5l2 2z", "M5 5l2 2z<script>alert(1)</script>");
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 3: field "path" holds markup characters (< > & or quotes), which path data never has; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 1 shapes
    "#]],
    );
}

#[test]
fn world_negative_size_and_area() {
    let text = WORLD_OK
        .replace("MLT,5,5,2,2", "MLT,5,5,-2,2")
        .replace(",600,", ",-600,");
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 2: field "area": -600 is negative; row skipped
        world.csv: line 3: field "w": -2 is negative; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 0 shapes
    "#]],
    );
}

#[test]
fn world_coordinate_beyond_a_million() {
    let text = WORLD_OK.replace("MLT,5,5,", "MLT,5000000,5,");
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 3: field "x": 5000000 is beyond ±1000000, far outside any map; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 1 shapes
    "#]],
    );
}

#[test]
fn world_path_that_would_overflow() {
    let text = WORLD_OK.replace("M5 5l2 2z", "M5 5l9223372036854775807 2z");
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 3: field "path" goes beyond ±1000000 map units; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 1 shapes
    "#]],
    );
}

#[test]
fn world_path_beyond_its_box() {
    let text = WORLD_OK.replace("M5 5l2 2z", "M5 5l2 2 900000 0z");
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 3: field "path" leaves the box given by x, y, w and h; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 1 shapes
    "#]],
    );
}

#[test]
fn world_path_syntax_errors() {
    let text = WORLD_OK.replace("M5 5l2 2z", "M5 5l2,2z") + "XKX,1,1,2,2,1,1,1,M1 1z\n";
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 3: has 10 fields where the header has 9; row skipped
        world.csv: line 4: field "path" is not path data as the pipeline writes it: at character 5, expected l; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 1 shapes
    "#]],
    );
}

#[test]
fn world_absolute_command_after_a_ring() {
    let text = WORLD_OK.replace("M5 5l2 2z", "M5 5l2 2zL6 6");
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 3: field "path" is not path data as the pipeline writes it: at character 10, expected m or the end; row skipped
        kept: 3 countries, 2 indicators, 3 observations, 1 shapes
    "#]],
    );
}

#[test]
fn world_country_listed_twice() {
    let text = WORLD_OK.to_string() + "MLT,5,5,2,2,6,6,2,M5 5l2 2z\n";
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 4: country "MLT" is listed twice (the first is kept); row skipped
        kept: 3 countries, 2 indicators, 3 observations, 2 shapes
    "#]],
    );
}

#[test]
fn world_stray_quote() {
    let text = WORLD_OK.replace("KEN,10", "KEN,\"10");
    case(
        WORLD,
        &text,
        expect![[r#"
        world.csv: line 2: field "x": a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own); row skipped
        kept: 3 countries, 2 indicators, 3 observations, 1 shapes
    "#]],
    );
}

#[test]
fn world_header_only() {
    case(
        WORLD,
        &header(WORLD_OK),
        expect![[r#"
        world.csv: has a header but no rows, so nothing from it is shown
        kept: 3 countries, 2 indicators, 3 observations, 0 shapes
    "#]],
    );
}

#[test]
fn world_missing_file() {
    check(
        WORLD,
        None,
        expect![[r#"
        world.csv: could not be read: HTTP 404 Not Found; the file was not used
        kept: 3 countries, 2 indicators, 3 observations, 0 shapes
    "#]],
    );
}

// series/<id>.csv

#[test]
fn series_values_stray_quote() {
    series_case(
        &INTERNET_VALUES.replace("KEN,2015", "\"KEN,2015"),
        expect![[r#"
            series/internet_users.csv: line 3: field "country": a double quote opens a value that does not end on this line (a value never spans lines, so the next line is read as a row of its own); row skipped
            values: KEN 2013 12.5, MLT 2013 68.9, MLT 2014 73.2, MLT 2015 76.2
        "#]],
    );
}

#[test]
fn series_values_crlf_lines_are_counted_right() {
    let text = (INTERNET_VALUES.to_string() + "FRA,2015,1.0\n").replace('\n', "\r\n");
    series_case(
        &text,
        expect![[r#"
        series/internet_users.csv: line 7: field "country": unknown country code "FRA"; row skipped
        values: KEN 2013 12.5, KEN 2015 16.0, MLT 2013 68.9, MLT 2014 73.2, MLT 2015 76.2
    "#]],
    );
}

#[test]
fn series_values_header_only() {
    series_case(
        &header(INTERNET_VALUES),
        expect![[r#"
        series/internet_users.csv: has a header but no rows, so nothing from it is shown
        values: 
    "#]],
    );
}

#[test]
fn series_values_latin1() {
    series_case(
        &INTERNET_VALUES.replace("16.0", "16\u{fffd}0"),
        expect![[r#"
            series/internet_users.csv: line 3: has characters that are not UTF-8 (shown as �), first on this line; save the file as UTF-8. Its rows are kept as they read
            series/internet_users.csv: line 3: field "value": "16�0" is not a plain decimal number; row skipped
            values: KEN 2013 12.5, MLT 2013 68.9, MLT 2014 73.2, MLT 2015 76.2
        "#]],
    );
}

#[test]
fn series_values_bad_first_copy_does_not_hide_the_good_second() {
    series_case(
        &with_line(INTERNET_VALUES, 2, "KEN,2013,lots"),
        expect![[r#"
            series/internet_users.csv: line 2: field "value": "lots" is not a plain decimal number; row skipped
            values: KEN 2013 12.5, KEN 2015 16.0, MLT 2013 68.9, MLT 2014 73.2, MLT 2015 76.2
        "#]],
    );
}
