//! The index on small hand-built datasets, where every figure can be checked by hand, and on the
//! loader's fixture.

use super::*;
use crate::answer::Answer;
use crate::load::tests::fixture_with_series;
use crate::load::LoadReport;
use crate::model::{
    BuildingBlock, Country, Dataset, Denominator, Indicator, Measure, NumberFormat, Observation,
    Source, SurveyPart, Value,
};
use crate::number::Decimal;
use crate::region::Region;
use expect_test::{expect, Expect};

/// Countries A to E (A, B in Africa; C, D in Europe; E in no WHO region); questions q1, q2 (strategy
/// and investment) and q3 (legislation); series s1 (infrastructure, 1 decimal, years 2010–2020) and
/// s2 (workforce, logged). `rows` has one observation a line: `A q1 Yes` or `A s1 2015 3.5`.
pub(crate) fn tiny(rows: &str) -> Dataset {
    let source = |id: &str, denominator| Source {
        id: id.to_string(),
        title: id.to_string(),
        publisher: String::new(),
        licence: String::new(),
        citation: String::new(),
        url: String::new(),
        denominator,
    };
    let regions = [
        Some(Region::Afr),
        Some(Region::Afr),
        Some(Region::Eur),
        Some(Region::Eur),
        None,
    ];
    let countries = ["A", "B", "C", "D", "E"]
        .iter()
        .zip(regions)
        .map(|(code, who_region)| Country {
            iso3: code.to_string(),
            iso2: String::new(),
            numeric: None,
            name: format!("Country {code}"),
            who_region,
            income_group: None,
        })
        .collect();
    let question = |id: &str, block| Indicator {
        id: id.to_string(),
        label: format!("Question {id}"),
        definition: String::new(),
        measure: Measure::Answer,
        building_block: Some(block),
        source: "s".to_string(),
        years: vec![2015],
        survey: Some(SurveyPart {
            section: 1,
            section_name: String::new(),
            question: String::new(),
            predicate: String::new(),
            published_share: None,
        }),
    };
    let series = |id: &str, block| Indicator {
        id: id.to_string(),
        label: format!("Series {id}"),
        definition: String::new(),
        measure: Measure::Number(NumberFormat {
            unit: String::new(),
            decimals: 1,
            higher_is_better: true,
        }),
        building_block: Some(block),
        source: "w".to_string(),
        years: (2010..=2020).collect(),
        survey: None,
    };
    let indicators = vec![
        question("q1", BuildingBlock::StrategyInvestment),
        question("q2", BuildingBlock::StrategyInvestment),
        question("q3", BuildingBlock::LegislationPolicyCompliance),
        series("s1", BuildingBlock::Infrastructure),
        series("s2", BuildingBlock::Workforce),
    ];
    let shell = Dataset::new(
        vec![
            source("s", Denominator::Respondents),
            source("w", Denominator::Values),
        ],
        countries,
        indicators,
        Vec::new(),
    );
    let observations = rows
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let words: Vec<&str> = line.split(' ').collect();
            let country = shell.country(words[0]).expect("country");
            let indicator = shell.indicator(words[1]).expect("indicator");
            let (year, value) = match words.as_slice() {
                [_, id, year, number] if id.starts_with('s') => (
                    year.parse().expect("year"),
                    Value::Number(Decimal::parse(number, 1).expect("number")),
                ),
                [_, _, answer @ ..] => (
                    2015,
                    Value::Answer(Answer::from_label(&answer.join(" ")).expect("answer")),
                ),
                _ => panic!("bad row {line}"),
            };
            Observation {
                country,
                indicator,
                year,
                value,
                year_adopted: None,
                detail: String::new(),
            }
        })
        .collect();
    shell.with_observations(observations)
}

const TINY_CONFIG: &str = "indicator,domain,direction,transform,use,rationale\n\
    q1,strategy_investment,higher,none,yes,A plan.\n\
    q2,strategy_investment,higher,none,yes,Money.\n\
    q3,legislation_policy_compliance,higher,none,yes,A law.\n\
    s1,infrastructure,higher,none,yes,Wires.\n\
    s2,workforce,higher,log,yes,Staff.\n";

pub(crate) fn tiny_config(dataset: &Dataset) -> IndexConfig {
    let mut report = LoadReport::default();
    let config = parse_config(TINY_CONFIG, dataset, &mut report);
    assert!(report.is_clean(), "{report:?}");
    config
}

/// Computes the index of `rows` (see [`tiny`]) with the settings of `query`, and prints each country's
/// score, domain scores (strategy, legislation, infrastructure, workforce), coverage and rank, then
/// what was left out.
fn check(rows: &str, query: &str, expect: Expect) {
    let dataset = tiny(rows);
    let config = tiny_config(&dataset);
    let (settings, notices) = decode(query);
    assert!(notices.is_empty(), "{notices:?}");
    let result = index(&dataset, &config, &settings);
    let show = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{x:.1}"));
    let mut out = String::new();
    for c in &result.countries {
        let d = |block| show(c.domains[domain_index(block)]);
        out += &format!(
            "{} score {} | SI {} LPC {} INF {} WF {} | coverage {:.2} | rank {}\n",
            dataset[c.country].iso3,
            show(c.score),
            d(BuildingBlock::StrategyInvestment),
            d(BuildingBlock::LegislationPolicyCompliance),
            d(BuildingBlock::Infrastructure),
            d(BuildingBlock::Workforce),
            c.coverage,
            c.rank.map_or("–".to_string(), |r| r.to_string()),
        );
    }
    for l in &result.left_out {
        out += &format!("left out: {} ({:?})\n", dataset[l.indicator].id, l.reason);
    }
    for block in &result.empty_domains {
        out += &format!("empty domain: {}\n", block.code());
    }
    expect.assert_eq(&out);
}

#[test]
fn each_answer_category_scores_by_the_stated_rule() {
    let mut out = String::new();
    for rule in MissingRule::ALL {
        let scores: Vec<String> = Answer::ALL
            .into_iter()
            .map(Some)
            .chain([None])
            .map(|a| {
                let s = score_answer(a, rule).map_or("missing".to_string(), |s| s.to_string());
                format!("{}={s}", a.map_or("no response", Answer::label))
            })
            .collect();
        out += &format!("{}: {}\n", rule.code(), scores.join(", "));
    }
    expect![[r#"
        skip: Yes=1, No=0, Don't know=0, Not applicable=missing, Unanswered=missing, no response=missing
        zero: Yes=1, No=0, Don't know=0, Not applicable=0, Unanswered=0, no response=missing
    "#]]
    .assert_eq(&out);
}

#[test]
fn missing_answers_count_only_under_the_zero_rule() {
    let rows = "A q1 Yes\nA q2 Yes\nB q1 Yes\nB q2 Not applicable\nC q1 Yes\nC q2 Don't know\nD q1 Yes\nD q2 Unanswered\n";
    check(
        rows,
        "cov=0",
        expect![[r#"
            A score 100.0 | SI 100.0 LPC – INF – WF – | coverage 1.00 | rank 1
            B score 100.0 | SI 100.0 LPC – INF – WF – | coverage 0.50 | rank 1
            C score 50.0 | SI 50.0 LPC – INF – WF – | coverage 1.00 | rank 4
            D score 100.0 | SI 100.0 LPC – INF – WF – | coverage 0.50 | rank 1
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q3 (NoValues)
            left out: s1 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: infrastructure
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
    check(
        rows,
        "cov=0&missing=zero",
        expect![[r#"
            A score 100.0 | SI 100.0 LPC – INF – WF – | coverage 1.00 | rank 1
            B score 50.0 | SI 50.0 LPC – INF – WF – | coverage 1.00 | rank 2
            C score 50.0 | SI 50.0 LPC – INF – WF – | coverage 1.00 | rank 2
            D score 50.0 | SI 50.0 LPC – INF – WF – | coverage 1.00 | rank 2
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q3 (NoValues)
            left out: s1 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: infrastructure
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
}

#[test]
fn min_max_and_ranks_normalise_and_a_log_tames_an_outlier() {
    let rows = "A s1 2015 0.0\nB s1 2015 10.0\nC s1 2015 20.0\nD s1 2015 970.0\nA s2 2015 0.0\nB s2 2015 1.0\nC s2 2015 3.0\nD s2 2015 15.0\n";
    check(
        rows,
        "cov=0",
        expect![[r#"
            A score 0.0 | SI – LPC – INF 0.0 WF 0.0 | coverage 1.00 | rank 4
            B score 13.0 | SI – LPC – INF 1.0 WF 25.0 | coverage 1.00 | rank 3
            C score 26.0 | SI – LPC – INF 2.1 WF 50.0 | coverage 1.00 | rank 2
            D score 100.0 | SI – LPC – INF 100.0 WF 100.0 | coverage 1.00 | rank 1
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q1 (NoValues)
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            empty domain: leadership_governance
            empty domain: strategy_investment
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: legislation_policy_compliance
        "#]],
    );
    check(
        rows,
        "cov=0&norm=rank",
        expect![[r#"
            A score 0.0 | SI – LPC – INF 0.0 WF 0.0 | coverage 1.00 | rank 4
            B score 33.3 | SI – LPC – INF 33.3 WF 33.3 | coverage 1.00 | rank 3
            C score 66.7 | SI – LPC – INF 66.7 WF 66.7 | coverage 1.00 | rank 2
            D score 100.0 | SI – LPC – INF 100.0 WF 100.0 | coverage 1.00 | rank 1
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q1 (NoValues)
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            empty domain: leadership_governance
            empty domain: strategy_investment
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: legislation_policy_compliance
        "#]],
    );
}

#[test]
fn a_constant_series_a_single_value_and_no_values_are_left_out() {
    check(
        "A q1 Yes\nB q1 No\nA s1 2015 5.0\nB s1 2015 5.0\nA s2 2015 2.0\n",
        "cov=0",
        expect![[r#"
            A score 100.0 | SI 100.0 LPC – INF – WF – | coverage 1.00 | rank 1
            B score 0.0 | SI 0.0 LPC – INF – WF – | coverage 1.00 | rank 2
            C score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            D score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            left out: s1 (Constant)
            left out: s2 (Constant)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: infrastructure
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
    // Nothing at all: nobody is scored, every weighted domain is empty.
    check(
        "",
        "",
        expect![[r#"
            A score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            B score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            C score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            D score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q1 (NoValues)
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            left out: s1 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: strategy_investment
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: infrastructure
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
}

#[test]
fn the_nearest_year_within_the_window_is_used_the_earlier_on_a_tie() {
    // A: 2014 and 2016 are equally near 2015, 2014 is used; B: only 2017, two years after;
    // C: only 2012, three years before: outside a window of 2, inside one of 3.
    let rows = "A s1 2014 10.0\nA s1 2016 90.0\nB s1 2017 50.0\nC s1 2012 0.0\nD s1 2015 30.0\n";
    check(
        rows,
        "cov=0",
        expect![[r#"
            A score 0.0 | SI – LPC – INF 0.0 WF – | coverage 1.00 | rank 3
            B score 100.0 | SI – LPC – INF 100.0 WF – | coverage 1.00 | rank 1
            C score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            D score 50.0 | SI – LPC – INF 50.0 WF – | coverage 1.00 | rank 2
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q1 (NoValues)
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: strategy_investment
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
    check(
        rows,
        "cov=0&window=3",
        expect![[r#"
            A score 20.0 | SI – LPC – INF 20.0 WF – | coverage 1.00 | rank 3
            B score 100.0 | SI – LPC – INF 100.0 WF – | coverage 1.00 | rank 1
            C score 0.0 | SI – LPC – INF 0.0 WF – | coverage 1.00 | rank 4
            D score 60.0 | SI – LPC – INF 60.0 WF – | coverage 1.00 | rank 2
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q1 (NoValues)
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: strategy_investment
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
}

#[test]
fn a_geometric_mean_with_a_zero_uses_the_floor() {
    // A: strategy 0 and infrastructure 1. Arithmetic 0.5; geometric √(0.01 · 1) = 0.1, not 0.
    let rows = "A q1 No\nA s1 2015 9.0\nB q1 Yes\nB s1 2015 1.0\n";
    check(
        rows,
        "cov=0",
        expect![[r#"
            A score 50.0 | SI 0.0 LPC – INF 100.0 WF – | coverage 1.00 | rank 1
            B score 50.0 | SI 100.0 LPC – INF 0.0 WF – | coverage 1.00 | rank 1
            C score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            D score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
    check(
        rows,
        "cov=0&agg=geo&w=1,1,1,1,3,1,1",
        expect![[r#"
            A score 31.6 | SI 0.0 LPC – INF 100.0 WF – | coverage 1.00 | rank 1
            B score 3.2 | SI 100.0 LPC – INF 0.0 WF – | coverage 1.00 | rank 2
            C score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            D score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q2 (NoValues)
            left out: q3 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
    // Within a domain: Yes and No average to 0.5, or √(1 · 0.01) = 0.1 geometrically.
    check(
        "A q1 Yes\nA q2 No\nB q1 Yes\nB q2 Yes\n",
        "cov=0&inner=geo",
        expect![[r#"
            A score 10.0 | SI 10.0 LPC – INF – WF – | coverage 1.00 | rank 2
            B score 100.0 | SI 100.0 LPC – INF – WF – | coverage 1.00 | rank 1
            C score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            D score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: q3 (NoValues)
            left out: s1 (NoValues)
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: infrastructure
            empty domain: legislation_policy_compliance
            empty domain: workforce
        "#]],
    );
}

#[test]
fn coverage_is_the_weighted_share_present_and_gates_the_score() {
    // Three domains with indicators: strategy (q1, q2), legislation (q3), infrastructure (s1).
    // A has all; B has q1 and q3: (1/2 + 1 + 0) / 3 = 0.50; C has q3 only: 1/3.
    let rows =
        "A q1 Yes\nA q2 Yes\nA q3 Yes\nA s1 2015 1.0\nB q1 No\nB q3 Yes\nC q3 No\nD s1 2015 0.0\n";
    check(
        rows,
        "",
        expect![[r#"
            A score 100.0 | SI 100.0 LPC 100.0 INF 100.0 WF – | coverage 1.00 | rank 1
            B score – | SI 0.0 LPC 100.0 INF – WF – | coverage 0.50 | rank –
            C score – | SI – LPC 0.0 INF – WF – | coverage 0.33 | rank –
            D score – | SI – LPC – INF 0.0 WF – | coverage 0.33 | rank –
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: workforce
        "#]],
    );
    // At 50%, B is scored, and so is C, exactly at the threshold; doubling legislation's weight lifts B's coverage to (1/2 + 2) / 4.
    check(
        rows,
        "cov=50&w=1,1,1,1,1,2,1",
        expect![[r#"
            A score 100.0 | SI 100.0 LPC 100.0 INF 100.0 WF – | coverage 1.00 | rank 1
            B score 66.7 | SI 0.0 LPC 100.0 INF – WF – | coverage 0.62 | rank 2
            C score 0.0 | SI – LPC 0.0 INF – WF – | coverage 0.50 | rank 3
            D score – | SI – LPC – INF 0.0 WF – | coverage 0.25 | rank –
            E score – | SI – LPC – INF – WF – | coverage 0.00 | rank –
            left out: s2 (NoValues)
            empty domain: leadership_governance
            empty domain: services_applications
            empty domain: standards_interoperability
            empty domain: workforce
        "#]],
    );
}

#[test]
fn tied_scores_share_the_better_rank_and_the_next_is_skipped() {
    assert_eq!(
        competition_ranks(&[Some(3.0), Some(5.0), Some(3.0), None, Some(1.0)]),
        [Some(2), Some(1), Some(2), None, Some(4)]
    );
    let dataset = tiny("A q1 Yes\nB q1 No\nC q1 Yes\nD q1 Yes\nE q1 No\n");
    let config = tiny_config(&dataset);
    let result = index(&dataset, &config, &Settings::default());
    let order = |key| -> String {
        sorted(&result, &dataset, key)
            .into_iter()
            .map(|c| {
                let row = &result.countries[c.0];
                format!(
                    "{}:{}",
                    dataset[c].iso3,
                    row.rank.map_or("–".to_string(), |r| r.to_string())
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(order(SortKey::Rank), "A:1 C:1 D:1 B:4 E:4");
    assert_eq!(order(SortKey::Name), "A:1 B:4 C:1 D:1 E:4");
}

#[test]
fn regions_and_the_world_get_median_domain_scores() {
    let dataset = tiny("A q1 Yes\nB q1 No\nC q1 Yes\nD q1 Yes\nE q1 No\nC q3 Yes\n");
    let config = tiny_config(&dataset);
    let result = index(&dataset, &config, &decode("cov=0").0);
    let mut out = String::new();
    for area in area_scores(&result, &dataset) {
        let name = match area.area {
            Area::World => "World".to_string(),
            Area::Region(r) => r.code().to_string(),
        };
        let domains: Vec<String> = area
            .domains
            .iter()
            .map(|d| d.map_or("–".to_string(), |d| format!("{d:.0}")))
            .collect();
        out += &format!(
            "{name} ({}): {} | {}\n",
            area.countries,
            area.score.map_or("–".to_string(), |s| format!("{s:.0}")),
            domains.join(" ")
        );
    }
    expect![[r#"
        World (5): 100 | – 100 – – – 100 –
        AFR (2): 50 | – 50 – – – – –
        AMR (0): – | – – – – – – –
        SEAR (0): – | – – – – – – –
        EUR (2): 100 | – 100 – – – 100 –
        EMR (0): – | – – – – – – –
        WPR (0): – | – – – – – – –
    "#]]
    .assert_eq(&out);
}

/// Five countries, three of them (A, B, C) close enough that the method's choices swap their ranks.
fn uncertain() -> (Dataset, IndexConfig) {
    let dataset = tiny(
        "A q1 Yes\nA q2 Don't know\nA q3 Yes\nA s1 2015 10.0\nA s2 2015 1.0\n\
         B q1 Yes\nB q2 Yes\nB q3 No\nB s1 2015 80.0\nB s2 2015 0.5\n\
         C q1 No\nC q2 Unanswered\nC q3 Yes\nC s1 2015 60.0\nC s2 2015 4.0\n\
         D q1 No\nD q2 No\nD q3 No\nD s1 2015 5.0\nD s2 2015 0.2\n\
         E q1 Yes\nE q2 Yes\nE q3 Yes\nE s1 2015 90.0\nE s2 2015 3.0\n",
    );
    let config = tiny_config(&dataset);
    (dataset, config)
}

fn intervals(dataset: &Dataset, u: &Uncertainty) -> String {
    u.intervals
        .iter()
        .map(|i| {
            format!(
                "{} {} [{}–{}]",
                dataset[i.country].iso3, i.median, i.low, i.high
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn the_monte_carlo_is_reproducible_for_a_seed_and_runs_in_slices() {
    let (dataset, config) = uncertain();
    let settings = Settings::default();
    let prepared = Prepared::new(&dataset, &config, settings.year, settings.window);
    let once = uncertainty(&prepared, &settings, 7, DEFAULT_DRAWS);
    assert_eq!(once, uncertainty(&prepared, &settings, 7, DEFAULT_DRAWS));
    let mut sliced = MonteCarlo::new(&prepared, &settings, 7, DEFAULT_DRAWS);
    let mut slices = 0;
    while !sliced.step(64) {
        slices += 1;
    }
    assert_eq!(slices, 15);
    assert_eq!(sliced.result(), once);
    expect!["E 1 [1–1], C 2 [2–4], A 3 [2–4], B 4 [2–4], D 5 [5–5]"]
        .assert_eq(&intervals(&dataset, &once));
    // Another seed may give other intervals; here it moves no rank.
    let other = uncertainty(&prepared, &settings, 8, DEFAULT_DRAWS);
    expect!["E 1 [1–1], C 2 [2–4], A 3 [2–4], B 4 [2–4], D 5 [5–5]"]
        .assert_eq(&intervals(&dataset, &other));
    for i in once.intervals.iter().chain(&other.intervals) {
        assert!(i.low <= i.median && i.median <= i.high, "{i:?}");
    }
    let id = |code| dataset.country(code).expect("country");
    assert!(once.indistinguishable(id("B"), id("C")));
    assert!(!once.indistinguishable(id("E"), id("B")));
    let names = |ids: Vec<crate::model::CountryId>| -> Vec<String> {
        ids.into_iter().map(|c| dataset[c].iso3.clone()).collect()
    };
    assert_eq!(names(once.overlapping(id("C"))), ["A", "B"]);
}

#[test]
fn the_generator_is_splitmix64() {
    // The first outputs for seed 0 of the reference implementation (Vigna, splitmix64.c).
    let mut rng = SplitMix64::new(0);
    assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
    assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    let x = rng.next_f64();
    assert!((0.0..1.0).contains(&x));
}

#[test]
fn the_methodology_is_written_from_the_structure_and_settings() {
    let dataset = fixture_with_series().dataset;
    let text = "indicator,domain,direction,transform,use,rationale\n\
        ehealth_policy,strategy_investment,higher,none,yes,A national plan.\n\
        internet_users,infrastructure,higher,log,yes,Reach of online services.\n";
    let mut report = LoadReport::default();
    let config = parse_config(text, &dataset, &mut report);
    assert!(report.is_clean());
    let (settings, _) = decode("w=1,2,1,1,1,1,1&agg=geo&window=1&cov=60");
    let m = methodology(&dataset, &config, &settings);
    let mut out = String::new();
    for s in &m.sections {
        out += &format!("## {}\n", s.heading);
        for p in &s.paragraphs {
            out += &format!("{p}\n");
        }
    }
    for r in &m.indicators {
        out += &format!(
            "- {} ({}): {}, {}, {}. {}\n",
            r.label, r.id, r.domain, r.direction, r.transform, r.rationale
        );
    }
    expect![[r#"
        ## Structure
        The index follows the OECD/JRC Handbook on Constructing Composite Indicators. Its domains are the seven building blocks of the WHO-ITU National eHealth Strategy Toolkit: Leadership and governance (0 indicators, weight 1); Strategy and investment (1 indicator, weight 2); Services and applications (0 indicators, weight 1); Standards and interoperability (0 indicators, weight 1); Infrastructure (1 indicator, weight 1); Legislation, policy and compliance (0 indicators, weight 1); Workforce (0 indicators, weight 1). It uses 1 yes/no questions of the 2015 WHO Global Observatory for eHealth survey and 1 statistical series; each is listed below with its domain and why it is there, and the questions left out are listed with the reason.
        The published composites used to check the index (ITU ICT Development Index, WEF Networked Readiness Index, UN E-Government Development Index) are not part of it, so that the check is not circular.
        ## Scoring of survey answers
        Yes scores 1 and No scores 0. Current rule: Don't know scores 0; Not applicable and Unanswered are missing. The alternative rule (Don't know, Not applicable and Unanswered all score 0) is one of the choices the uncertainty analysis varies. A country that did not respond to the survey has no answers under either rule.
        Don't know scores 0 by default because a respondent who cannot say whether a policy exists is not relying on it; Not applicable and Unanswered say nothing about readiness and are left out.
        ## Normalisation
        Series are brought to a 0–1 scale by min-max rescaling: (x − minimum) / (maximum − minimum) over every country with a value. The alternative (percentile ranks) is varied in the uncertainty analysis. Survey scores are already 0 or 1 and are not rescaled.
        Right-skewed series marked log are taken as log(1 + x) first, so that a few very high values do not squeeze the rest; series where less is better would be reversed (none is at present). A series whose values are all equal, or that only one country has, cannot be normalised and is left out for everyone, as is one with no value in the window; the page names them.
        ## Reference year
        Each value is the one of 2015; where a country has none that year, the nearest year within 1 year either side, and the earlier of two equally near years (it was known at the time). The survey's answers are of 2015.
        ## Aggregation
        Within a domain, the indicators a country has are combined by their arithmetic mean with equal weights; across domains, the domain scores by their geometric mean with the domain weights above, spread over the domains the country has.
        A geometric mean rewards balance: a weak domain is not fully offset by a strong one. Scores below 0.01 (on the 0–1 scale) count as 0.01 in a geometric mean, so a single zero lowers it strongly but does not make it zero. Scores are shown on 0–100.
        ## Coverage
        A country is scored only if it has at least 60% of the weighted indicators: for each domain, the share of its indicators the country has, weighted by the domain's weight. Its coverage is shown beside its score, and a country below the threshold is listed without score or rank.
        ## Ranks
        Countries are ranked by score, highest first. Equal scores share the better rank and the next rank is skipped (competition ranking: 1, 2, 2, 4). Region and world values are medians of the scored countries' scores.
        ## Uncertainty
        1000 Monte Carlo draws vary the choices a reviewer would question: each domain weight is multiplied by a factor drawn uniformly between 0.5 and 1.5; normalisation (min-max or ranks), aggregation across domains (arithmetic or geometric) and the rule for Don't know, Not applicable and Unanswered are each drawn with equal odds. The countries scored with the settings above are ranked in every draw.
        Each country's rank is given as its median over the draws with the interval from the 5th to the 95th percentile. Two countries whose intervals overlap cannot be told apart: the method's own choices can swap them. The draws are reproducible: the same seed gives the same intervals.
        - National eHealth policy (ehealth_policy): Strategy and investment, higher is better, yes/no. A national plan.
        - Internet users (internet_users): Infrastructure, higher is better, log(1 + x). Reach of online services.
    "#]]
    .assert_eq(&out);
}
