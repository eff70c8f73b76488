//! The view state: what is on screen, as one small struct that round-trips through the URL query
//! string, so that every view has a permalink. Unknown values fall back to the default with a notice.

use crate::figures::scale::Category;
use crate::figures::trend::Group;
use crate::filter::Filter;
use crate::income::IncomeGroup;
use crate::index::Settings;
use crate::model::{Dataset, IndicatorId};
use crate::region::Region;

/// The question shown when the URL names none: the survey's headline question.
pub const DEFAULT_QUESTION: &str = "ehealth_policy";

/// The most years a map may reach back for a country's latest value.
pub const MAX_WITHIN: u16 = 10;

/// The trend chart draws at most this many countries (and the group median).
pub const MAX_TREND: usize = 12;

/// The keys of the index's settings, read by [`crate::index::decode`].
const INDEX_KEYS: [&str; 8] = [
    "w", "agg", "inner", "norm", "missing", "ref", "window", "cov",
];

/// The compare view shows at most this many countries side by side.
pub const MAX_COMPARE: usize = 5;

/// What a newsletter, mail client or ad platform adds to a link to learn where a visit came from:
/// every parameter whose key starts with this, and the keys of [`TRACKING_KEYS`]. They are not the
/// page's, so they neither make the address another view nor earn a notice; the address bar drops
/// them with the rest of what [`decode`] does not use. index.html's head script, which must decide
/// before the page is drawn, names the same (a test checks).
const TRACKING_PREFIX: &str = "utm_";
const TRACKING_KEYS: [&str; 10] = [
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
    "igshid",
];

/// The ways of looking at the data: the selected question as a map, a table or a comparison, a series
/// over time, one country's profile, and the readiness index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Map,
    Table,
    Compare,
    Trend,
    Profile,
    Index,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Map,
        Tab::Table,
        Tab::Compare,
        Tab::Trend,
        Tab::Profile,
        Tab::Index,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Tab::Map => "map",
            Tab::Table => "table",
            Tab::Compare => "compare",
            Tab::Trend => "trend",
            Tab::Profile => "profile",
            Tab::Index => "index",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tab::Map => "Map",
            Tab::Table => "Table",
            Tab::Compare => "Compare countries",
            Tab::Trend => "Trend",
            Tab::Profile => "Country profile",
            Tab::Index => "Readiness index",
        }
    }

    pub fn from_code(code: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|tab| tab.code() == code)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// Indicator id of the question or series on the map and in the table (`q=`); default
    /// [`DEFAULT_QUESTION`].
    pub question: String,
    /// Year of a series (`year=`); default `None`: its latest year. Survey questions have one year.
    pub year: Option<u16>,
    /// How many years back a country's latest value may come from when the year has none
    /// (`within=`, 0 to [`MAX_WITHIN`]); default 0: that year's values only.
    pub within: u16,
    /// WHO region (`region=`) and income group (`income=`) filters; default: none.
    pub filter: Filter,
    /// Answer category the legend highlights (`show=`, e.g. `no`); default: none.
    pub highlight: Option<Category>,
    /// ISO3 of the country pinned on the map (`country=`); default: none.
    pub country: Option<String>,
    /// ISO3 codes of the countries in the compare view (`compare=KEN,GHA`), at most [`MAX_COMPARE`].
    pub compare: Vec<String>,
    /// ISO3 codes of the countries on the trend chart (`countries=KEN,GHA`), at most [`MAX_TREND`];
    /// any country of the dataset (a series is not a survey).
    pub countries: Vec<String>,
    /// The group whose median the trend chart adds (`group=AFR` or `group=LIC`); default none.
    pub group: Option<Group>,
    /// A logarithmic value axis on the trend chart (`scale=log`); default linear.
    pub log: bool,
    /// The readiness index's settings (`w=`, `agg=`, `inner=`, `norm=`, `missing=`, `ref=`,
    /// `window=`, `cov=`); default: the index's defaults.
    pub index: Settings,
    /// Which view (`tab=`); default map.
    pub tab: Tab,
    /// One figure with minimal chrome, for an iframe in someone else's page (`embed=1`); default off.
    pub embed: bool,
}

impl View {
    pub fn new() -> View {
        View {
            question: DEFAULT_QUESTION.to_string(),
            ..View::default()
        }
    }
}

/// Reads a query string (with or without its leading `?`). Every parameter it cannot use is named in
/// the returned notices and replaced by its default.
pub fn decode(query: &str, dataset: &Dataset) -> (View, Vec<String>) {
    let mut view = View::new();
    let mut notices = Vec::new();
    // Compared countries are survey respondents: of the survey of the default question.
    let survey = survey_question(dataset);
    let mut index_pairs = Vec::new();
    for (key, value) in parameters(query) {
        let (shown, shown_key) = (quoted(&value), quoted(key));
        if INDEX_KEYS.contains(&key) {
            index_pairs.push(format!("{key}={}", percent_encode(&value)));
            continue;
        }
        match key {
            "q" => match dataset.indicator(&value) {
                Some(i) if dataset[i].is_question() || dataset[i].measure.number().is_some() => {
                    view.question = value
                }
                _ => notices.push(format!(
                    "The link asks for question “{shown}”, which this dataset does not have; showing the default question."
                )),
            },
            "year" => match value.parse::<u16>() {
                Ok(year) => view.year = Some(year),
                Err(_) => notices.push(format!(
                    "The link asks for year “{shown}”, which is not a year; showing the latest year."
                )),
            },
            "within" => match value.parse::<u16>() {
                Ok(years) if years <= MAX_WITHIN => view.within = years,
                _ => notices.push(format!(
                    "The link asks for values within “{shown}” years; only 0 to {MAX_WITHIN} are understood, so each year's own values are shown."
                )),
            },
            "region" => match Region::from_code(&value) {
                Some(region) => view.filter.region = Some(region),
                None => notices.push(format!(
                    "The link asks for WHO region “{shown}”, which does not exist; showing all regions."
                )),
            },
            "income" => match IncomeGroup::from_code(&value) {
                Some(group) => view.filter.income = Some(group),
                None => notices.push(format!(
                    "The link asks for income group “{shown}”, which does not exist; showing all income groups."
                )),
            },
            "show" => match Category::from_slug(&value) {
                Some(category) => view.highlight = Some(category),
                None => notices.push(format!(
                    "The link asks to highlight “{shown}”, which is not an answer; nothing is highlighted."
                )),
            },
            "country" => match dataset.country(&value.trim().to_ascii_uppercase()) {
                Some(country) => view.country = Some(dataset[country].iso3.clone()),
                None => notices.push(format!(
                    "The link pins country “{shown}”, which is not on the map; no country is pinned."
                )),
            },
            "compare" => {
                for code in value.split(',').filter(|c| !c.is_empty()) {
                    let code = code.trim().to_ascii_uppercase();
                    let code = code.as_str();
                    let shown_code = quoted(code);
                    let responding = dataset
                        .country(code)
                        .map(|c| survey.is_some_and(|q| dataset.responded(q, c)));
                    if responding.is_none() {
                        notices.push(format!(
                            "The link compares “{shown_code}”, which is not a country code this dataset knows; it was left out."
                        ));
                    } else if responding == Some(false) {
                        notices.push(format!(
                            "The link compares “{shown_code}”, which did not respond to the survey; it was left out."
                        ));
                    } else if view.compare.iter().any(|c| c == code) {
                        // Named twice: already compared, nothing is left out.
                    } else if view.compare.len() == MAX_COMPARE {
                        notices.push(format!(
                            "The link compares more than {MAX_COMPARE} countries; “{shown_code}” was left out."
                        ));
                    } else {
                        view.compare.push(code.to_string());
                    }
                }
            }
            "countries" => {
                for code in value.split(',').filter(|c| !c.is_empty()) {
                    let code = code.trim().to_ascii_uppercase();
                    let shown_code = quoted(&code);
                    if dataset.country(&code).is_none() {
                        notices.push(format!(
                            "The link charts “{shown_code}”, which is not a country code this dataset knows; it was left out."
                        ));
                    } else if view.countries.contains(&code) {
                        // Named twice: already charted.
                    } else if view.countries.len() == MAX_TREND {
                        notices.push(format!(
                            "The link charts more than {MAX_TREND} countries; “{shown_code}” was left out."
                        ));
                    } else {
                        view.countries.push(code);
                    }
                }
            }
            "group" => match Group::from_code(&value) {
                Some(group) => view.group = Some(group),
                None => notices.push(format!(
                    "The link asks for the median of “{shown}”, which is neither a WHO region nor an income group; no median is drawn."
                )),
            },
            "scale" => match value.as_str() {
                "log" => view.log = true,
                "linear" => view.log = false,
                _ => notices.push(format!(
                    "The link asks for a “{shown}” scale; only log or linear are understood, so the scale is linear."
                )),
            },
            "embed" => match value.as_str() {
                "1" => view.embed = true,
                "0" => view.embed = false,
                _ => notices.push(format!(
                    "The link has embed=“{shown}”; only 1 (embed) or 0 are understood, so the full page is shown."
                )),
            },
            "tab" => match Tab::from_code(&value) {
                Some(tab) => view.tab = tab,
                None => notices.push(format!(
                    "The link asks for view “{shown}”, which does not exist; showing the map."
                )),
            },
            _ if is_tracking(key) => {}
            _ => notices.push(format!("The link has an unknown parameter “{shown_key}”; it was ignored.")),
        }
    }
    // Without the default question (a smaller dataset), start from the first yes/no question.
    if dataset.indicator(&view.question).is_none() {
        if let Some(first) = survey_question(dataset) {
            view.question = dataset[first].id.clone();
        }
    }
    if let (Some(year), Some(indicator)) = (view.year, dataset.indicator(&view.question)) {
        let ind = &dataset[indicator];
        if !ind.years.contains(&year) || ind.survey.is_some() {
            let latest = ind
                .latest_year()
                .map_or_else(String::new, |y| format!(", {y}"));
            notices.push(format!(
                "The link asks for {year}, a year “{}” has no data for; showing the latest year{latest}.",
                ind.label
            ));
            view.year = None;
        }
    }
    let (index, index_notices) = crate::index::decode(&index_pairs.join("&"));
    view.index = index;
    notices.extend(index_notices);
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(format!(
            "{more} more parts of the link could not be used and were ignored."
        ));
    }
    (view, notices)
}

/// The default question, or the first yes/no question of a dataset that lacks it.
pub fn survey_question(dataset: &Dataset) -> Option<IndicatorId> {
    dataset
        .indicator(DEFAULT_QUESTION)
        .or_else(|| dataset.indicator_ids().find(|&i| dataset[i].is_question()))
}

/// Whether a query string asks for the embedded figure; read before the data arrive, to choose the
/// page's chrome. Like [`decode`], the last `embed=` wins.
pub fn wants_embed(query: &str) -> bool {
    parameters(query)
        .filter(|(key, _)| *key == "embed")
        .last()
        .is_some_and(|(_, value)| value == "1")
}

/// Whether a query string asks for the default view: it has no parameter but trackers' (a link from
/// a newsletter is still the page's own first view). Read before the data arrive.
pub fn is_default_address(query: &str) -> bool {
    parameters(query).all(|(key, _)| is_tracking(key))
}

fn is_tracking(key: &str) -> bool {
    key.starts_with(TRACKING_PREFIX) || TRACKING_KEYS.contains(&key)
}

/// The key and decoded value of each `key=value` pair of a query string.
fn parameters(query: &str) -> impl Iterator<Item = (&str, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            (key, percent_decode(raw))
        })
}

/// The address of a view: the page's address (`base`, without query) and the view's query.
pub fn permalink(base: &str, view: &View) -> String {
    format!("{base}{}", encode(view))
}

/// HTML to paste into another page to show this view's figure. The URL is built from codes and ids
/// only (no free text), and `"` and `<` are escaped in it anyway, so it is safe inside the attribute.
pub fn embed_snippet(base: &str, view: &View) -> String {
    // A trend embeds as its chart; every other view as the map of its question.
    let (tab, title) = match view.tab {
        Tab::Trend => (Tab::Trend, "trend chart"),
        _ => (Tab::Map, "world map"),
    };
    let embedded = View {
        embed: true,
        tab,
        ..view.clone()
    };
    format!(
        "<iframe src=\"{}\" title=\"eHealth Readiness: {title}\" width=\"100%\" height=\"620\" style=\"border:0\" loading=\"lazy\"></iframe>",
        permalink(base, &embedded).replace('"', "%22").replace('<', "%3C")
    )
}

/// The query string of a view, carrying only what differs from the default (empty for the default).
pub fn encode(view: &View) -> String {
    let View {
        question,
        year,
        within,
        filter,
        highlight,
        country,
        compare,
        countries,
        group,
        log,
        index,
        tab,
        embed,
    } = view;
    let Filter { region, income } = filter;
    let mut pairs = Vec::new();
    if question != DEFAULT_QUESTION {
        pairs.push(format!("q={}", percent_encode(question)));
    }
    if let Some(year) = year {
        pairs.push(format!("year={year}"));
    }
    if *within > 0 {
        pairs.push(format!("within={within}"));
    }
    if let Some(region) = region {
        pairs.push(format!("region={}", region.code()));
    }
    if let Some(income) = income {
        pairs.push(format!("income={}", income.code()));
    }
    if let Some(category) = highlight {
        pairs.push(format!("show={}", category.slug()));
    }
    if let Some(country) = country {
        pairs.push(format!("country={}", percent_encode(country)));
    }
    if !compare.is_empty() {
        let codes: Vec<String> = compare.iter().map(|c| percent_encode(c)).collect();
        pairs.push(format!("compare={}", codes.join(",")));
    }
    if !countries.is_empty() {
        let codes: Vec<String> = countries.iter().map(|c| percent_encode(c)).collect();
        pairs.push(format!("countries={}", codes.join(",")));
    }
    if let Some(group) = group {
        pairs.push(format!("group={}", group.code()));
    }
    if *log {
        pairs.push("scale=log".to_string());
    }
    let index = crate::index::encode(index);
    if !index.is_empty() {
        pairs.push(index);
    }
    if *tab != Tab::Map {
        pairs.push(format!("tab={}", tab.code()));
    }
    if *embed {
        pairs.push("embed=1".to_string());
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Escapes every byte outside the URL's unreserved characters, so that an id or code containing `&`,
/// `=`, `+`, `%` or `#` comes back as it went.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(
                char::from_digit(u32::from(byte >> 4), 16)
                    .unwrap_or('0')
                    .to_ascii_uppercase(),
            );
            out.push(
                char::from_digit(u32::from(byte & 15), 16)
                    .unwrap_or('0')
                    .to_ascii_uppercase(),
            );
        }
    }
    out
}

/// At most this many notices about one link: a mangled address must not bury the page.
pub const MAX_NOTICES: usize = 12;

/// A value quoted in a notice is cut to this many characters.
const QUOTED_CHARS: usize = 40;

/// The value as a notice quotes it: cut, with an ellipsis, when long.
fn quoted(value: &str) -> String {
    let mut shown: String = value.chars().take(QUOTED_CHARS).collect();
    if value.chars().nth(QUOTED_CHARS).is_some() {
        shown.push('…');
    }
    shown
}

/// Decodes `%XX` escapes and `+`; a malformed escape is kept as it is, to be reported as unknown.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => hex(*high).zip(hex(*low)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
                continue;
            }
            (None, b'+') => out.push(b' '),
            (None, byte) => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::load::tests::{fixture, fixture_with_series};

    #[test]
    fn the_default_view_has_an_empty_query() {
        assert_eq!(encode(&View::new()), "");
        assert_eq!(decode("", &fixture().dataset), (View::new(), vec![]));
    }

    #[test]
    fn a_link_with_only_trackers_parameters_is_the_default_view() {
        let query = "?utm_source=newsletter&utm_medium=email&mc_cid=4f2a&fbclid=IwAR0";
        assert!(is_default_address(query));
        assert!(is_default_address(""));
        assert_eq!(decode(query, &fixture().dataset), (View::new(), vec![]));
        // Among the page's own, they are dropped without a word, and the view is the one asked for.
        let (view, notices) = decode("?utm_campaign=ehealth&region=AFR", &fixture().dataset);
        assert!(!is_default_address("?utm_campaign=ehealth&region=AFR"));
        assert_eq!(view.filter.region, Some(Region::Afr));
        assert_eq!(encode(&view), "?region=AFR");
        assert!(notices.is_empty());
        // Only those: a key that merely contains one is unknown.
        assert!(!is_default_address("?xutm_source=a"));
        assert!(!is_default_address("?gclid_extra=1"));
    }

    #[test]
    fn the_head_script_knows_the_same_trackers() {
        // index.html hides the built view's figures, before the first paint, for any address but the
        // default view's; it must take a tracked link for the default view as decode does.
        let index = include_str!("../../index.html");
        let script = index
            .lines()
            .find(|line| line.contains("deep-link"))
            .expect("index.html's head script that marks other addresses");
        let expected = format!("^({TRACKING_PREFIX}|({})(=|$))", TRACKING_KEYS.join("|"));
        assert!(
            script.contains(&expected),
            "{script} should test {expected}"
        );
    }

    #[test]
    fn every_field_round_trips() {
        let dataset = fixture().dataset;
        let view = View {
            question: "ehealth_policy".to_string(),
            filter: Filter {
                region: Some(Region::Eur),
                income: Some(IncomeGroup::High),
            },
            highlight: Some(Category::Answer(Answer::DontKnow)),
            country: Some("XKX".to_string()),
            compare: vec!["MLT".to_string(), "KEN".to_string()],
            tab: Tab::Compare,
            embed: true,
            ..View::new()
        };
        let query = encode(&view);
        assert_eq!(
            query,
            "?region=EUR&income=HIC&show=dont-know&country=XKX&compare=MLT,KEN&tab=compare&embed=1"
        );
        assert_eq!(decode(&query, &dataset), (view, vec![]));
        assert!(wants_embed(&query));
        assert!(!wants_embed("?embed=0&q=embed"));
    }

    #[test]
    fn the_index_map_highlights_the_countries_not_scored() {
        let dataset = fixture().dataset;
        let view = View {
            highlight: Some(Category::NotScored),
            tab: Tab::Index,
            ..View::new()
        };
        let query = encode(&view);
        assert_eq!(query, "?show=not-scored&tab=index");
        assert_eq!(decode(&query, &dataset), (view, vec![]));
    }

    #[test]
    fn a_series_view_carries_its_year_and_reach() {
        let dataset = fixture_with_series().dataset;
        let view = View {
            question: "internet_users".to_string(),
            year: Some(2014),
            within: 2,
            highlight: Some(Category::Bin(2)),
            ..View::new()
        };
        let query = encode(&view);
        assert_eq!(query, "?q=internet_users&year=2014&within=2&show=bin-3");
        assert_eq!(decode(&query, &dataset), (view, vec![]));
        let (fallback, notices) = decode("?q=internet_users&year=1999&within=11", &dataset);
        assert_eq!((fallback.year, fallback.within), (None, 0));
        assert_eq!(
            notices,
            [
                "The link asks for values within “11” years; only 0 to 10 are understood, so each year's own values are shown.",
                "The link asks for 1999, a year “Internet users” has no data for; showing the latest year, 2015.",
            ]
        );
        let (survey, notices) = decode("?year=2014&region=AFR", &dataset);
        assert_eq!(
            (survey.year, survey.filter.region),
            (None, Some(Region::Afr))
        );
        assert_eq!(
            notices.len(),
            1,
            "a survey question has one year: {notices:?}"
        );
    }

    #[test]
    fn the_embed_snippet_points_at_the_embedded_map_of_this_view() {
        let view = View {
            question: "ehr_national".to_string(),
            filter: Filter {
                region: Some(Region::Afr),
                income: None,
            },
            tab: Tab::Table,
            ..View::new()
        };
        let base = "https://example.org/ehealth/";
        assert_eq!(
            permalink(base, &view),
            "https://example.org/ehealth/?q=ehr_national&region=AFR&tab=table"
        );
        assert_eq!(
            embed_snippet(base, &view),
            "<iframe src=\"https://example.org/ehealth/?q=ehr_national&region=AFR&embed=1\" title=\"eHealth Readiness: world map\" width=\"100%\" height=\"620\" style=\"border:0\" loading=\"lazy\"></iframe>"
        );
        assert_eq!(embed_snippet("x\"><script>", &View::new()), "<iframe src=\"x%22>%3Cscript>?embed=1\" title=\"eHealth Readiness: world map\" width=\"100%\" height=\"620\" style=\"border:0\" loading=\"lazy\"></iframe>");
    }

    #[test]
    fn unknown_values_fall_back_with_a_notice() {
        let dataset = fixture().dataset;
        let query = "?q=teleradiology_level&region=MARS&income=RICH&show=maybe&country=ATL&compare=ken,XKX,KEN,ATL&tab=globe&zoom=3&q=%3Cb%3E";
        let (view, notices) = decode(query, &dataset);
        assert_eq!(
            view,
            View {
                compare: vec!["KEN".to_string()],
                ..View::new()
            }
        );
        assert_eq!(
            notices,
            [
                "The link asks for question “teleradiology_level”, which this dataset does not have; showing the default question.",
                "The link asks for WHO region “MARS”, which does not exist; showing all regions.",
                "The link asks for income group “RICH”, which does not exist; showing all income groups.",
                "The link asks to highlight “maybe”, which is not an answer; nothing is highlighted.",
                "The link pins country “ATL”, which is not on the map; no country is pinned.",
                "The link compares “XKX”, which did not respond to the survey; it was left out.",
                "The link compares “ATL”, which is not a country code this dataset knows; it was left out.",
                "The link asks for view “globe”, which does not exist; showing the map.",
                "The link has an unknown parameter “zoom”; it was ignored.",
                "The link asks for question “<b>”, which this dataset does not have; showing the default question.",
            ]
        );
    }

    #[test]
    fn trend_and_index_settings_round_trip() {
        let dataset = fixture_with_series().dataset;
        let (index, _) = crate::index::decode("w=2,1,1,1,1,1,1&agg=geo");
        let view = View {
            question: "internet_users".to_string(),
            countries: vec!["XKX".to_string(), "KEN".to_string()],
            group: Some(Group::Region(Region::Afr)),
            log: true,
            index,
            tab: Tab::Trend,
            ..View::new()
        };
        let query = encode(&view);
        assert_eq!(
            query,
            "?q=internet_users&countries=XKX,KEN&group=AFR&scale=log&w=2,1,1,1,1,1,1&agg=geo&tab=trend"
        );
        assert_eq!(decode(&query, &dataset), (view, vec![]));
        let (_, notices) = decode(
            "?countries=KEN,ATL&group=MARS&scale=cubic&agg=max",
            &dataset,
        );
        assert_eq!(notices.len(), 4, "{notices:?}");
    }

    #[test]
    fn hostile_links_are_read_one_way_cut_and_capped() {
        let dataset = fixture().dataset;
        assert!(!wants_embed("?embed=1&embed=0"));
        assert!(!decode("?embed=1&embed=0", &dataset).0.embed);
        assert!(wants_embed("?embed=0&embed=1"));
        let (view, notices) = decode("?country=ken&compare=KEN,MLT,KEN", &dataset);
        assert_eq!(view.country.as_deref(), Some("KEN"));
        assert_eq!(view.compare, ["KEN", "MLT"]);
        assert!(
            notices.is_empty(),
            "a repeated code leaves nothing out: {notices:?}"
        );
        let long = "x".repeat(600_000);
        let (_, notices) = decode(&format!("?q={long}&{}", "zoom=1&".repeat(10_000)), &dataset);
        assert_eq!(notices.len(), MAX_NOTICES);
        assert!(
            notices.iter().map(String::len).sum::<usize>() < 2_000,
            "{notices:?}"
        );
        assert_eq!(
            notices[MAX_NOTICES - 1],
            "9990 more parts of the link could not be used and were ignored."
        );
    }

    #[test]
    fn ids_with_reserved_characters_round_trip() {
        let view = View {
            question: "a&b=c+d%e#f g".to_string(),
            country: Some("K&N".to_string()),
            ..View::new()
        };
        let query = encode(&view);
        assert_eq!(query, "?q=a%26b%3Dc%2Bd%25e%23f%20g&country=K%26N");
        let decoded: Vec<(&str, String)> = parameters(&query).collect();
        assert_eq!(
            decoded,
            [("q", view.question.clone()), ("country", "K&N".to_string())]
        );
    }

    #[test]
    fn percent_escapes_are_decoded_and_broken_ones_kept() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }
}
