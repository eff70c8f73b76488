//! How to cite a view: an APA-style text and a BibTeX entry naming the tool, the permalink, the data
//! package version, the date accessed, and every source behind the indicators shown with its licence.

use crate::model::{Dataset, IndicatorId};
use crate::view::Tab;

/// The tool's name as it is cited.
pub const TOOL: &str = "eHealth Readiness";

/// The kind of figure cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Map,
    Table,
    Compare,
    Profile,
    Trend,
    Index,
}

impl From<Tab> for ViewKind {
    fn from(tab: Tab) -> ViewKind {
        match tab {
            Tab::Map => ViewKind::Map,
            Tab::Table => ViewKind::Table,
            Tab::Compare => ViewKind::Compare,
            Tab::Trend => ViewKind::Trend,
            Tab::Profile => ViewKind::Profile,
            Tab::Index => ViewKind::Index,
        }
    }
}

impl ViewKind {
    /// The code in BibTeX keys: `map`, `table`, `compare`, `profile`, `trend`, `index`.
    pub fn code(self) -> &'static str {
        match self {
            ViewKind::Map => "map",
            ViewKind::Table => "table",
            ViewKind::Compare => "compare",
            ViewKind::Profile => "profile",
            ViewKind::Trend => "trend",
            ViewKind::Index => "index",
        }
    }

    /// What the figure is called in a citation's title.
    pub fn label(self) -> &'static str {
        match self {
            ViewKind::Map => "World map",
            ViewKind::Table => "Table",
            ViewKind::Compare => "Country comparison",
            ViewKind::Profile => "Country profile",
            ViewKind::Trend => "Trend chart",
            ViewKind::Index => "Readiness index",
        }
    }
}

/// A calendar date, as the page's clock gives it (the page has no date library: it passes numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

impl Date {
    /// "2026-03-05".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "March 5, 2026", as APA writes a retrieval date; the ISO form if the month is out of range.
    pub fn written(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match MONTHS.get(usize::from(self.month).wrapping_sub(1)) {
            Some(month) => format!("{month} {}, {}", self.day, self.year),
            None => self.iso(),
        }
    }
}

/// The view being cited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedView<'a> {
    /// The view's permalink, as the address bar shows it.
    pub permalink: &'a str,
    pub kind: ViewKind,
    /// The indicators shown, in the order the title should name them; their sources are listed.
    pub indicators: &'a [IndicatorId],
    /// What the title names instead of the indicators' labels, when they are too many to name: the
    /// country of a profile ("Country profile: Kenya").
    pub subject: Option<&'a str>,
    pub accessed: Date,
    /// The data package's version: [`data_version`], as `datapackage.json` declares none.
    pub data_version: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// APA style, plain text: the citation of the view, then "Underlying data:" and one line per
    /// source (its own citation and licence), lines separated by `\n`.
    pub text: String,
    /// A `@misc` entry with every field escaped for BibTeX.
    pub bibtex: String,
}

/// Both citations of `view`. Rules: the tool is the author; a live dashboard has no publication
/// date, so APA's "(n.d.)" and the retrieval date are used, and BibTeX's `year` is the year accessed;
/// the title is the figure kind and the labels of the indicators shown (each once); every value is
/// put on one line, so that the text's lines are its parts; sources are listed once each,
/// in the order of the first indicator naming them; a source the data package does not describe is
/// named by its id and said to be undescribed. In BibTeX, text fields are escaped ([`bibtex_text`]),
/// the `url` field is verbatim and `\url{}` in `howpublished` has `%` and `#` escaped.
pub fn cite(dataset: &Dataset, view: &CitedView) -> Citation {
    let mut indicators: Vec<IndicatorId> = Vec::new();
    for &indicator in view.indicators {
        if !indicators.contains(&indicator) {
            indicators.push(indicator);
        }
    }
    let labels: Vec<&str> = indicators
        .iter()
        .map(|&i| dataset[i].label.as_str())
        .collect();
    let subject = view
        .subject
        .map_or_else(|| labels.join("; "), str::to_string);
    let title = one_line(&format!("{}: {subject}", view.kind.label()));
    let sources = sources(dataset, &indicators);
    let mut text = format!(
        "{TOOL}. (n.d.). {title} (Data package version {}) [Interactive dashboard]. Retrieved {}, from {}",
        view.data_version,
        view.accessed.written(),
        view.permalink
    );
    if !sources.is_empty() {
        text += "\nUnderlying data:";
        for source in &sources {
            text += "\n";
            text += source;
        }
    }
    let key = format!("ehealthreadiness{}{}", view.accessed.year, view.kind.code());
    let note = format!(
        "Data package version {}. Accessed {}. Underlying data: {}",
        view.data_version,
        view.accessed.iso(),
        sources.join(" ")
    );
    let fields = [
        ("author", format!("{{{}}}", bibtex_text(TOOL))),
        ("title", format!("{{{}}}", bibtex_text(&title))),
        (
            "howpublished",
            format!("\\url{{{}}}", url_in_argument(view.permalink)),
        ),
        ("url", verbatim_url(view.permalink)),
        ("version", bibtex_text(view.data_version)),
        ("year", view.accessed.year.to_string()),
        ("urldate", view.accessed.iso()),
        ("note", bibtex_text(note.trim_end())),
    ];
    let mut bibtex = format!("@misc{{{key},\n");
    for (name, value) in fields {
        bibtex += &format!("  {name} = {{{value}}},\n");
    }
    bibtex += "}\n";
    Citation { text, bibtex }
}

/// The data package's version for citations. `datapackage.json` declares none, so it is named by
/// what it holds: "2015 survey + series of 2024", the year of the survey questions and the latest
/// year of any series in the catalogue (known before any series file is loaded).
pub fn data_version(dataset: &Dataset) -> String {
    let latest = |question: bool| {
        dataset
            .indicators
            .iter()
            .filter(|i| {
                if question {
                    i.is_question()
                } else {
                    i.measure.number().is_some()
                }
            })
            .filter_map(|i| i.latest_year())
            .max()
    };
    match (latest(true), latest(false)) {
        (Some(survey), Some(series)) => format!("{survey} survey + series of {series}"),
        (Some(survey), None) => format!("{survey} survey"),
        (None, Some(series)) => format!("series of {series}"),
        (None, None) => "empty".to_string(),
    }
}

/// "World Bank (2023–2026). World Development Indicators... Licence: CC BY 4.0." once per source.
fn sources(dataset: &Dataset, indicators: &[IndicatorId]) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    let mut lines = Vec::new();
    for &indicator in indicators {
        let id = dataset[indicator].source.as_str();
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        lines.push(one_line(&match dataset.source_of(indicator) {
            Some(source) => {
                let citation = source.citation.trim();
                let stop = if citation.ends_with('.') { "" } else { "." };
                format!("{citation}{stop} Licence: {}.", source.licence.trim())
            }
            None => format!("Source \"{id}\" (not described by the data package)."),
        }));
    }
    lines
}

/// Line breaks read as spaces.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// Text for a BibTeX field: the ten characters TeX treats specially are escaped (`&` becomes `\&`,
/// `\` becomes `\textbackslash{}`, ...) and line breaks become spaces, so no value can end a field,
/// start a comment or break the entry.
pub fn bibtex_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A URL for the verbatim `url` field (biblatex, natbib): kept as it is, except that braces,
/// backslashes and white space (never in our permalinks, which the view codec percent-encodes) are
/// percent-encoded, so that the field's braces always balance.
fn verbatim_url(url: &str) -> String {
    let mut out = String::new();
    for c in url.chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out
}

/// A URL for `\url{}` inside another field (`howpublished`): the url package then needs `%` and `#`
/// escaped with a backslash.
fn url_in_argument(url: &str) -> String {
    let mut out = String::new();
    for c in verbatim_url(url).chars() {
        if c == '%' || c == '#' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::fixture_with_series;
    use crate::model::Dataset;
    use expect_test::{expect, Expect};

    /// Both citations of a `kind` view of `indicators`, accessed on 5 March 2026, data package 1.2.0.
    fn check(
        dataset: &Dataset,
        permalink: &str,
        kind: ViewKind,
        indicators: &[&str],
        expect: Expect,
    ) {
        let ids: Vec<IndicatorId> = indicators
            .iter()
            .map(|id| dataset.indicator(id).expect("indicator"))
            .collect();
        let citation = cite(
            dataset,
            &CitedView {
                permalink,
                kind,
                indicators: &ids,
                subject: None,
                accessed: Date {
                    year: 2026,
                    month: 3,
                    day: 5,
                },
                data_version: "1.2.0",
            },
        );
        expect.assert_eq(&format!("{}\n\n{}", citation.text, citation.bibtex));
    }

    #[test]
    fn a_trend_of_a_series_and_a_survey_question_cites_both_sources() {
        check(
            &fixture_with_series().dataset,
            "https://example.org/ehealth/?tab=trend&q=internet_users&also=ehealth_policy&region=AFR",
            ViewKind::Trend,
            &["internet_users", "ehealth_policy"],
            expect![[r#"
                eHealth Readiness. (n.d.). Trend chart: Internet users; National eHealth policy (Data package version 1.2.0) [Interactive dashboard]. Retrieved March 5, 2026, from https://example.org/ehealth/?tab=trend&q=internet_users&also=ehealth_policy&region=AFR
                Underlying data:
                World Bank. World Development Indicators. 2026. Licence: CC BY 4.0.
                WHO. Atlas of eHealth country profiles 2015. Geneva: WHO; 2016. Licence: CC BY-NC-SA 3.0 IGO.

                @misc{ehealthreadiness2026trend,
                  author = {{eHealth Readiness}},
                  title = {{Trend chart: Internet users; National eHealth policy}},
                  howpublished = {\url{https://example.org/ehealth/?tab=trend&q=internet_users&also=ehealth_policy&region=AFR}},
                  url = {https://example.org/ehealth/?tab=trend&q=internet_users&also=ehealth_policy&region=AFR},
                  version = {1.2.0},
                  year = {2026},
                  urldate = {2026-03-05},
                  note = {Data package version 1.2.0. Accessed 2026-03-05. Underlying data: World Bank. World Development Indicators. 2026. Licence: CC BY 4.0. WHO. Atlas of eHealth country profiles 2015. Geneva: WHO; 2016. Licence: CC BY-NC-SA 3.0 IGO.},
                }
            "#]],
        );
    }

    #[test]
    fn special_characters_are_escaped_in_bibtex_only() {
        let mut dataset = fixture_with_series().dataset;
        dataset.sources[1].citation = "R&D_stats {50%} #1 ~ ^ $ \\ end".to_string();
        dataset.sources[1].licence = "CC BY 4.0\nsee terms".to_string();
        check(
            &dataset,
            "https://example.org/?q=internet_users&country=C%C3%B4te&x={a}#top",
            ViewKind::Map,
            &["internet_users", "internet_users"],
            expect![[r#"
                eHealth Readiness. (n.d.). World map: Internet users (Data package version 1.2.0) [Interactive dashboard]. Retrieved March 5, 2026, from https://example.org/?q=internet_users&country=C%C3%B4te&x={a}#top
                Underlying data:
                R&D_stats {50%} #1 ~ ^ $ \ end. Licence: CC BY 4.0 see terms.

                @misc{ehealthreadiness2026map,
                  author = {{eHealth Readiness}},
                  title = {{World map: Internet users}},
                  howpublished = {\url{https://example.org/?q=internet_users&country=C\%C3\%B4te&x=\%7Ba\%7D\#top}},
                  url = {https://example.org/?q=internet_users&country=C%C3%B4te&x=%7Ba%7D#top},
                  version = {1.2.0},
                  year = {2026},
                  urldate = {2026-03-05},
                  note = {Data package version 1.2.0. Accessed 2026-03-05. Underlying data: R\&D\_stats \{50\%\} \#1 \textasciitilde{} \textasciicircum{} \$ \textbackslash{} end. Licence: CC BY 4.0 see terms.},
                }
            "#]],
        );
    }

    #[test]
    fn a_profile_is_titled_by_its_country_and_cites_every_source_shown() {
        let dataset = fixture_with_series().dataset;
        let ids: Vec<IndicatorId> = ["ehealth_policy", "internet_users"]
            .iter()
            .map(|id| dataset.indicator(id).expect("indicator"))
            .collect();
        let citation = cite(
            &dataset,
            &CitedView {
                permalink: "https://example.org/?tab=profile&country=KEN",
                kind: ViewKind::from(Tab::Profile),
                indicators: &ids,
                subject: Some("Kenya"),
                accessed: Date {
                    year: 2026,
                    month: 3,
                    day: 5,
                },
                data_version: &data_version(&dataset),
            },
        );
        expect![[r#"
            eHealth Readiness. (n.d.). Country profile: Kenya (Data package version 2015 survey + series of 2015) [Interactive dashboard]. Retrieved March 5, 2026, from https://example.org/?tab=profile&country=KEN
            Underlying data:
            WHO. Atlas of eHealth country profiles 2015. Geneva: WHO; 2016. Licence: CC BY-NC-SA 3.0 IGO.
            World Bank. World Development Indicators. 2026. Licence: CC BY 4.0."#]].assert_eq(&citation.text);
    }

    #[test]
    fn every_tab_is_a_kind_of_view() {
        let codes: Vec<&str> = Tab::ALL
            .into_iter()
            .map(|tab| ViewKind::from(tab).code())
            .collect();
        assert_eq!(
            codes,
            ["map", "table", "compare", "trend", "profile", "index"]
        );
    }

    #[test]
    fn dates_are_written_as_apa_and_iso() {
        let date = |month| Date {
            year: 2026,
            month,
            day: 5,
        };
        assert_eq!(date(3).written(), "March 5, 2026");
        assert_eq!(date(12).written(), "December 5, 2026");
        assert_eq!(date(13).written(), "2026-13-05");
        assert_eq!(date(0).written(), "2026-00-05");
        assert_eq!(date(1).iso(), "2026-01-05");
    }
}
