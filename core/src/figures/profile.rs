//! The country profile: one country's survey answers by building block, each beside the "Yes" share of
//! its WHO region and of the world, and its latest value of every context series with its rank and a
//! sparkline's points.

use crate::answer::Answer;
use crate::figures::fact::percent_text;
use crate::figures::scale::Category;
use crate::filter::Filter;
use crate::model::{BuildingBlock, CountryId, Dataset, IndicatorId, Value};
use crate::number::Decimal;
use crate::stats::{yes_share, Share};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub country: CountryId,
    pub name: String,
    /// "WHO African Region · Lower middle income"; empty when the country has neither.
    pub groups: String,
    /// "Answers to the 2015 survey", or "Kosovo did not take part in the 2015 survey."
    pub survey_note: String,
    /// The answers by building block, in [`BuildingBlock::ALL`] order, then questions without a block;
    /// blocks without a question are left out. Empty when the country did not take part.
    pub blocks: Vec<BlockAnswers>,
    /// Every numeric indicator, in catalogue order.
    pub series: Vec<SeriesLine>,
    /// How the series' year and rank were chosen: "Latest value of each series up to 2015; ranked
    /// among the countries with a value that year, 1st = best."
    pub series_note: String,
}

/// The questions of one building block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockAnswers {
    /// `None` for questions the catalogue gives no building block.
    pub block: Option<BuildingBlock>,
    /// "Strategy and investment", or "Other questions".
    pub title: String,
    pub answers: Vec<AnswerLine>,
}

/// One question: the country's answer, and how its region and the world answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerLine {
    pub indicator: IndicatorId,
    pub label: String,
    /// The country's answer. A respondent without a row for the question shows "Unanswered".
    pub category: Category,
    pub year_adopted: Option<u16>,
    /// The profile's extra column as printed, or empty.
    pub detail: String,
    /// The "Yes" share among the respondents of the country's WHO region; `None` for a country
    /// outside the WHO regions.
    pub region: Option<ShareLine>,
    /// The "Yes" share among all respondents.
    pub world: ShareLine,
}

/// A "Yes" share with whom it is out of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareLine {
    /// "WHO African Region", or "World".
    pub scope: String,
    pub share: Share,
    /// "30% (12 of 40)": the percent, then yes of responding countries.
    pub text: String,
}

/// One context series of the country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeriesLine {
    pub indicator: IndicatorId,
    pub label: String,
    /// "% of population".
    pub unit: String,
    pub building_block: Option<BuildingBlock>,
    /// Whether the dataset holds any value of the series at all. Series files are loaded when first
    /// shown, so `false` means "not loaded yet" (load it, then build the profile again).
    pub loaded: bool,
    /// The country's latest value (see [`profile`] for the rule); `None` when it has none.
    pub latest: Option<Latest>,
    /// The sparkline's points: every value of the country up to the cap year, oldest first. Gaps are
    /// missing points, never zeros.
    pub trend: Vec<(u16, Decimal)>,
    /// The sparkline's x axis: the series' first and last year up to the cap, so that sparklines of
    /// one series line up from country to country; `None` when it has no year up to the cap.
    pub span: Option<(u16, u16)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Latest {
    pub year: u16,
    pub value: Decimal,
    /// "16.0 % of population (2015)".
    pub text: String,
    pub rank: Rank,
}

/// A place among the countries with a value in one year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rank {
    /// 1 is best.
    pub position: u32,
    /// How many countries have a value that year (the country included).
    pub of: u32,
    /// Whether another country has the same value.
    pub tied: bool,
    /// "34th of 181", "3rd of 5 (tied)".
    pub text: String,
}

/// The profile of `country`. Rules:
/// - **Answers**: every yes/no question, grouped by building block. Shares count respondents of the
///   question's survey, as every share does ([`yes_share`]); the region share is the country's WHO
///   region's, the world share all respondents' (territories outside the WHO regions included).
/// - **Latest-year rule**: a series shows the latest year in which the country has a value, at or
///   before `up_to` when given (the reference year of the view); there is no limit on how old it may
///   be, which is why the year is always shown beside it.
/// - **Rank rule**: among all countries of the dataset with a value *in that same year* (not their own
///   latest years), by the series' direction (`higher_is_better`; rank 1 = best). Ties share a rank
///   and the next rank skips ("competition ranking": 1, 2, 2, 4).
pub fn profile(dataset: &Dataset, country: CountryId, up_to: Option<u16>) -> Profile {
    let record = &dataset[country];
    let questions: Vec<IndicatorId> = dataset
        .indicator_ids()
        .filter(|&i| dataset[i].is_question())
        .collect();
    let year = questions
        .first()
        .and_then(|&i| dataset[i].latest_year())
        .unwrap_or(0);
    let responded = questions.iter().any(|&i| dataset.responded(i, country));
    let survey_note = if questions.is_empty() {
        "This dataset has no survey questions.".to_string()
    } else if responded {
        format!("Answers to the {year} survey")
    } else {
        format!("{} did not take part in the {year} survey.", record.name)
    };
    let blocks = if responded {
        answers_by_block(dataset, country, &questions)
    } else {
        Vec::new()
    };
    let series = dataset
        .indicator_ids()
        .filter(|&i| dataset[i].measure.number().is_some())
        .map(|i| series_line(dataset, country, i, up_to))
        .collect();
    let series_note = format!(
        "Latest value of each series{}; ranked among the countries with a value that year, 1st = best.",
        up_to.map_or_else(String::new, |year| format!(" up to {year}"))
    );
    Profile {
        country,
        name: record.name.clone(),
        groups: record.groups(),
        survey_note,
        blocks,
        series,
        series_note,
    }
}

/// A series' trend line in a `width` × `height` box, in whole units (an SVG `viewBox` of
/// `0 0 width height`), so that the page prints only integers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sparkline {
    /// An SVG path: `M x y L x y …`; empty without any point.
    pub path: String,
    /// The latest point, marked with a dot.
    pub last: Option<(i32, i32)>,
}

/// The sparkline of `line`. Rules: x runs over the series' span (so that one series' lines align
/// from country to country); y over the country's own lowest to highest value, higher values up (a
/// sparkline shows a shape, not a level: the value and rank say the level); a single value or a flat
/// line sits mid-height; points are joined across missing years.
pub fn sparkline(line: &SeriesLine, width: u32, height: u32) -> Sparkline {
    let (Some((first, last_year)), Some(_)) = (line.span, line.trend.first()) else {
        return Sparkline {
            path: String::new(),
            last: None,
        };
    };
    let values: Vec<f64> = line.trend.iter().map(|(_, v)| v.to_f64()).collect();
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (w, h) = (f64::from(width), f64::from(height));
    let points: Vec<(i32, i32)> = line
        .trend
        .iter()
        .zip(&values)
        .map(|(&(year, _), &value)| {
            let x = if last_year > first {
                f64::from(year - first) / f64::from(last_year - first) * w
            } else {
                w / 2.0
            };
            let y = if high > low {
                (high - value) / (high - low) * h
            } else {
                h / 2.0
            };
            (x.round() as i32, y.round() as i32)
        })
        .collect();
    let path = points
        .iter()
        .enumerate()
        .map(|(n, (x, y))| format!("{}{x} {y}", if n == 0 { "M" } else { "L" }))
        .collect::<Vec<_>>()
        .join(" ");
    Sparkline {
        path,
        last: points.last().copied(),
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "101st", "111th".
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn answers_by_block(
    dataset: &Dataset,
    country: CountryId,
    questions: &[IndicatorId],
) -> Vec<BlockAnswers> {
    let region = dataset[country].who_region;
    let line = |indicator: IndicatorId| {
        let observation = dataset.country_observations(indicator, country).next();
        let category = match observation.map(|o| &o.value) {
            Some(Value::Answer(answer)) => Category::Answer(*answer),
            _ if dataset.responded(indicator, country) => Category::Answer(Answer::Unanswered),
            _ => Category::NotSurveyed,
        };
        let share_line = |scope: &str, filter: Filter| {
            let share = yes_share(dataset, indicator, filter);
            ShareLine {
                scope: scope.to_string(),
                share,
                text: format!(
                    "{} ({} of {})",
                    percent_text(share),
                    share.yes,
                    share.responding
                ),
            }
        };
        AnswerLine {
            indicator,
            label: dataset[indicator].label.clone(),
            category,
            year_adopted: observation.and_then(|o| o.year_adopted),
            detail: observation.map_or_else(String::new, |o| o.detail.clone()),
            region: region.map(|r| {
                share_line(
                    r.name(),
                    Filter {
                        region: Some(r),
                        income: None,
                    },
                )
            }),
            world: share_line("World", Filter::default()),
        }
    };
    let blocks = BuildingBlock::ALL.into_iter().map(Some).chain([None]);
    blocks
        .map(|block| BlockAnswers {
            block,
            title: block
                .map_or("Other questions", BuildingBlock::name)
                .to_string(),
            answers: questions
                .iter()
                .filter(|&&i| dataset[i].building_block == block)
                .map(|&i| line(i))
                .collect(),
        })
        .filter(|block| !block.answers.is_empty())
        .collect()
}

fn series_line(
    dataset: &Dataset,
    country: CountryId,
    indicator: IndicatorId,
    up_to: Option<u16>,
) -> SeriesLine {
    let ind = &dataset[indicator];
    let format = ind.measure.number();
    let unit = format.map_or("", |f| f.unit.as_str());
    let higher_is_better = format.is_none_or(|f| f.higher_is_better);
    let admitted = |year: u16| up_to.is_none_or(|cap| year <= cap);
    let number = |value: &Value| match value {
        Value::Number(n) => Some(*n),
        _ => None,
    };
    let mut trend: Vec<(u16, Decimal)> = dataset
        .country_observations(indicator, country)
        .filter(|o| admitted(o.year))
        .filter_map(|o| Some((o.year, number(&o.value)?)))
        .collect();
    trend.sort_by_key(|&(year, _)| year);
    let latest = trend.last().map(|&(year, value)| {
        let others: Vec<Decimal> = dataset
            .observations_of(indicator)
            .filter(|o| o.year == year && o.country != country)
            .filter_map(|o| number(&o.value))
            .collect();
        let better = others
            .iter()
            .filter(|&&other| {
                if higher_is_better {
                    other > value
                } else {
                    other < value
                }
            })
            .count() as u32;
        let tied = others.contains(&value);
        let (position, of) = (better + 1, others.len() as u32 + 1);
        Latest {
            year,
            value,
            text: format!("{} {unit} ({year})", value.readable()),
            rank: Rank {
                position,
                of,
                tied,
                text: format!(
                    "{} of {of}{}",
                    ordinal(position),
                    if tied { " (tied)" } else { "" }
                ),
            },
        }
    });
    let years: Vec<u16> = ind.years.iter().copied().filter(|&y| admitted(y)).collect();
    SeriesLine {
        indicator,
        label: ind.label.clone(),
        unit: unit.to_string(),
        building_block: ind.building_block,
        loaded: dataset.observations_of(indicator).next().is_some(),
        latest,
        trend,
        span: years.first().zip(years.last()).map(|(&a, &b)| (a, b)),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::load::tests::fixture_file;
    use crate::load::{load, load_series, COUNTRIES, INDICATORS, OBSERVATIONS, SERIES};
    use expect_test::{expect, Expect};

    /// Seven countries: four in the African Region (Uganda did not answer the survey), two in the
    /// European, Kosovo in none. Three questions in three building blocks (France left one
    /// unanswered). Series: internet_users (higher is better; Kenya and Ghana tie in 2015, France has
    /// no 2015 value), child_mortality (lower is better; no value for Uganda), egdi (not loaded).
    pub(crate) fn countries_fixture() -> Dataset {
        const COUNTRIES_TEXT: &str = "iso3,iso2,numeric,name,who_region,income_group\n\
            KEN,KE,404,Kenya,AFR,LMC\nGHA,GH,288,Ghana,AFR,LMC\nNGA,NG,566,Nigeria,AFR,LMC\n\
            UGA,UG,800,Uganda,AFR,LIC\nMLT,MT,470,Malta,EUR,HIC\nFRA,FR,250,France,EUR,HIC\nXKX,,,Kosovo,,UMC\n";
        const INDICATORS_TEXT: &str = "id,section,section_name,question,label,predicate,kind,building_block,published_share,year,source\n\
            ehealth_policy,1,eHealth foundations,National eHealth policy or strategy,National eHealth policy,a national eHealth policy,yes_no,strategy_investment,58,2015,who-goe-2015\n\
            telehealth,3,Telehealth,At least one telehealth programme,Telehealth programme,a telehealth programme,yes_no,services_applications,,2015,who-goe-2015\n\
            ehr_law,6,Legal frameworks,Legislation on electronic health records,EHR legislation,EHR legislation,yes_no,legislation_policy_compliance,,2015,who-goe-2015\n";
        const OBSERVATIONS_TEXT: &str = "country,ehealth_policy,ehealth_policy.year_adopted,telehealth,ehr_law\n\
            KEN,Yes,2011,No,Yes\nGHA,Yes,,Yes,Don't know\nNGA,No,,Yes,No\nMLT,Yes,,Yes,Yes\nFRA,No,,Yes,\n";
        const SERIES_TEXT: &str = "id,label,definition,unit,decimals,higher_is_better,building_block,source,years\n\
            child_mortality,Child mortality,Deaths before age 5 per 1000 live births.,per 1000 live births,0,false,,wb-wdi,2013 2014 2015\n\
            egdi,E-Government Development Index,UN composite.,\"index, 0–1\",4,true,leadership_governance,wb-wdi,2014 2016\n\
            internet_users,Internet users,Individuals using the Internet.,% of population,1,true,infrastructure,wb-wdi,2013 2014 2015\n";
        const INTERNET: &str = "country,year,value\nKEN,2013,12.5\nKEN,2015,16.0\nGHA,2015,16.0\n\
            NGA,2015,40.0\nUGA,2015,5.0\nMLT,2013,68.9\nMLT,2014,73.2\nMLT,2015,76.2\nFRA,2014,80.0\n";
        const CHILD_MORTALITY: &str =
            "country,year,value\nKEN,2015,40\nGHA,2015,45\nNGA,2015,100\n\
            MLT,2015,6\nFRA,2013,5\nFRA,2015,4\n";
        let (loaded, report) = load(|name| {
            Ok(match name {
                COUNTRIES => COUNTRIES_TEXT,
                INDICATORS => INDICATORS_TEXT,
                OBSERVATIONS => OBSERVATIONS_TEXT,
                SERIES => SERIES_TEXT,
                _ => fixture_file(name),
            }
            .to_string())
        });
        assert!(report.is_clean(), "{report:?}");
        let mut dataset = loaded.dataset;
        for (id, text) in [
            ("internet_users", INTERNET),
            ("child_mortality", CHILD_MORTALITY),
        ] {
            let indicator = dataset.indicator(id).expect("series");
            let (more, report) = load_series(&dataset, indicator, Ok(text.to_string()));
            assert!(report.is_clean(), "{report:?}");
            dataset = more;
        }
        dataset
    }

    /// The profile of `iso3` (capped to `up_to`), one line per thing shown.
    fn check(iso3: &str, up_to: Option<u16>, expect: Expect) {
        let dataset = countries_fixture();
        let country = dataset.country(iso3).expect("country");
        let p = profile(&dataset, country, up_to);
        let mut out = format!("{} | {} | {}\n", p.name, p.groups, p.survey_note);
        for block in &p.blocks {
            out += &format!("{}\n", block.title);
            for a in &block.answers {
                let region = a
                    .region
                    .as_ref()
                    .map_or("–".to_string(), |r| format!("{} {}", r.scope, r.text));
                out += &format!(
                    "  {}: {} | {} | {} {}\n",
                    a.label,
                    a.category.label(),
                    region,
                    a.world.scope,
                    a.world.text
                );
            }
        }
        out += &format!("{}\n", p.series_note);
        for s in &p.series {
            let latest = s.latest.as_ref().map_or("no value".to_string(), |l| {
                format!("{} | {}", l.text, l.rank.text)
            });
            let trend: Vec<String> = s
                .trend
                .iter()
                .map(|(year, value)| format!("{year} {}", value.plain()))
                .collect();
            out += &format!(
                "{} [{}{}]: {latest} | trend {} | span {:?}\n",
                s.label,
                s.unit,
                if s.loaded { "" } else { ", not loaded" },
                trend.join(", "),
                s.span,
            );
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn answers_sit_beside_region_and_world_shares_with_their_n() {
        check(
            "KEN",
            None,
            expect![[r#"
            Kenya | WHO African Region · Lower middle income | Answers to the 2015 survey
            Strategy and investment
              National eHealth policy: Yes | WHO African Region 67% (2 of 3) | World 60% (3 of 5)
            Services and applications
              Telehealth programme: No | WHO African Region 67% (2 of 3) | World 80% (4 of 5)
            Legislation, policy and compliance
              EHR legislation: Yes | WHO African Region 33% (1 of 3) | World 40% (2 of 5)
            Latest value of each series; ranked among the countries with a value that year, 1st = best.
            Child mortality [per 1000 live births]: 40 per 1000 live births (2015) | 3rd of 5 | trend 2015 40 | span Some((2013, 2015))
            E-Government Development Index [index, 0–1, not loaded]: no value | trend  | span Some((2014, 2016))
            Internet users [% of population]: 16.0 % of population (2015) | 3rd of 5 (tied) | trend 2013 12.5, 2015 16.0 | span Some((2013, 2015))
        "#]],
        );
    }

    #[test]
    fn a_respondent_without_a_row_is_unanswered_and_europe_has_its_own_shares() {
        check(
            "FRA",
            None,
            expect![[r#"
            France | WHO European Region · High income | Answers to the 2015 survey
            Strategy and investment
              National eHealth policy: No | WHO European Region 50% (1 of 2) | World 60% (3 of 5)
            Services and applications
              Telehealth programme: Yes | WHO European Region 100% (2 of 2) | World 80% (4 of 5)
            Legislation, policy and compliance
              EHR legislation: Unanswered | WHO European Region 50% (1 of 2) | World 40% (2 of 5)
            Latest value of each series; ranked among the countries with a value that year, 1st = best.
            Child mortality [per 1000 live births]: 4 per 1000 live births (2015) | 1st of 5 | trend 2013 5, 2015 4 | span Some((2013, 2015))
            E-Government Development Index [index, 0–1, not loaded]: no value | trend  | span Some((2014, 2016))
            Internet users [% of population]: 80.0 % of population (2014) | 1st of 2 | trend 2014 80.0 | span Some((2013, 2015))
        "#]],
        );
    }

    #[test]
    fn no_survey_answers_and_no_value_of_a_series() {
        check(
            "UGA",
            None,
            expect![[r#"
            Uganda | WHO African Region · Low income | Uganda did not take part in the 2015 survey.
            Latest value of each series; ranked among the countries with a value that year, 1st = best.
            Child mortality [per 1000 live births]: no value | trend  | span Some((2013, 2015))
            E-Government Development Index [index, 0–1, not loaded]: no value | trend  | span Some((2014, 2016))
            Internet users [% of population]: 5.0 % of population (2015) | 5th of 5 | trend 2015 5.0 | span Some((2013, 2015))
        "#]],
        );
        check(
            "XKX",
            None,
            expect![[r#"
            Kosovo | Upper middle income | Kosovo did not take part in the 2015 survey.
            Latest value of each series; ranked among the countries with a value that year, 1st = best.
            Child mortality [per 1000 live births]: no value | trend  | span Some((2013, 2015))
            E-Government Development Index [index, 0–1, not loaded]: no value | trend  | span Some((2014, 2016))
            Internet users [% of population]: no value | trend  | span Some((2013, 2015))
        "#]],
        );
    }

    #[test]
    fn the_latest_year_is_capped_and_ranks_count_that_year_only() {
        check(
            "KEN",
            Some(2014),
            expect![[r#"
            Kenya | WHO African Region · Lower middle income | Answers to the 2015 survey
            Strategy and investment
              National eHealth policy: Yes | WHO African Region 67% (2 of 3) | World 60% (3 of 5)
            Services and applications
              Telehealth programme: No | WHO African Region 67% (2 of 3) | World 80% (4 of 5)
            Legislation, policy and compliance
              EHR legislation: Yes | WHO African Region 33% (1 of 3) | World 40% (2 of 5)
            Latest value of each series up to 2014; ranked among the countries with a value that year, 1st = best.
            Child mortality [per 1000 live births]: no value | trend  | span Some((2013, 2014))
            E-Government Development Index [index, 0–1, not loaded]: no value | trend  | span Some((2014, 2014))
            Internet users [% of population]: 12.5 % of population (2013) | 2nd of 2 | trend 2013 12.5 | span Some((2013, 2014))
        "#]],
        );
        check(
            "MLT",
            Some(2014),
            expect![[r#"
            Malta | WHO European Region · High income | Answers to the 2015 survey
            Strategy and investment
              National eHealth policy: Yes | WHO European Region 50% (1 of 2) | World 60% (3 of 5)
            Services and applications
              Telehealth programme: Yes | WHO European Region 100% (2 of 2) | World 80% (4 of 5)
            Legislation, policy and compliance
              EHR legislation: Yes | WHO European Region 50% (1 of 2) | World 40% (2 of 5)
            Latest value of each series up to 2014; ranked among the countries with a value that year, 1st = best.
            Child mortality [per 1000 live births]: no value | trend  | span Some((2013, 2014))
            E-Government Development Index [index, 0–1, not loaded]: no value | trend  | span Some((2014, 2014))
            Internet users [% of population]: 73.2 % of population (2014) | 2nd of 2 | trend 2013 68.9, 2014 73.2 | span Some((2013, 2014))
        "#]],
        );
    }

    #[test]
    fn sparklines_span_the_series_years_and_the_countrys_own_range() {
        let dataset = countries_fixture();
        let lines = |iso3: &str| {
            let p = profile(&dataset, dataset.country(iso3).expect("country"), None);
            p.series
                .iter()
                .map(|s| format!("{}: {:?}", s.label, sparkline(s, 100, 20)))
                .collect::<Vec<_>>()
                .join("\n")
        };
        expect![[r#"
            Child mortality: Sparkline { path: "M100 10", last: Some((100, 10)) }
            E-Government Development Index: Sparkline { path: "", last: None }
            Internet users: Sparkline { path: "M0 20 L100 0", last: Some((100, 0)) }"#]]
        .assert_eq(&lines("KEN"));
        expect![[r#"
            Child mortality: Sparkline { path: "M100 10", last: Some((100, 10)) }
            E-Government Development Index: Sparkline { path: "", last: None }
            Internet users: Sparkline { path: "M0 20 L50 8 L100 0", last: Some((100, 0)) }"#]]
        .assert_eq(&lines("MLT"));
    }

    #[test]
    fn ordinals_in_english() {
        let ordinals: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            ordinals.join(" "),
            "1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th 112th 1000th"
        );
    }
}
