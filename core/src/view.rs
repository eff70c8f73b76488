//! The view state: what is on screen, as one small struct that round-trips through the URL query
//! string, so that every view has a permalink. Unknown values fall back to the default with a notice.

use crate::model::{Dataset, Kind};
use crate::region::Region;

/// The question shown when the URL names none: the survey's headline question.
pub const DEFAULT_QUESTION: &str = "ehealth_policy";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// Indicator id of the question on the map (`q=`).
    pub question: String,
    /// WHO region filter (`region=`); `None` is the whole world.
    pub region: Option<Region>,
}

impl Default for View {
    fn default() -> View {
        View {
            question: DEFAULT_QUESTION.to_string(),
            region: None,
        }
    }
}

/// Reads a query string (with or without its leading `?`). Every parameter it cannot use is named in
/// the returned notices and replaced by its default.
pub fn decode(query: &str, dataset: &Dataset) -> (View, Vec<String>) {
    let mut view = View::default();
    let mut notices = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(raw);
        match key {
            "q" => match dataset.indicator(&value) {
                Some(i) if dataset.indicators[i].kind == Kind::YesNo => view.question = value,
                _ => notices.push(format!(
                    "The link asks for question “{value}”, which this dataset does not have; showing the default question."
                )),
            },
            "region" => match Region::from_code(&value) {
                Some(region) => view.region = Some(region),
                None => notices.push(format!(
                    "The link asks for WHO region “{value}”, which does not exist; showing all regions."
                )),
            },
            _ => notices.push(format!("The link has an unknown parameter “{key}”; it was ignored.")),
        }
    }
    (view, notices)
}

/// The query string of a view, carrying only what differs from the default (empty for the default).
pub fn encode(view: &View) -> String {
    let View { question, region } = view;
    let mut pairs = Vec::new();
    if question != DEFAULT_QUESTION {
        pairs.push(format!("q={question}"));
    }
    if let Some(region) = region {
        pairs.push(format!("region={}", region.code()));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
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
    use crate::load::tests::fixture;

    #[test]
    fn the_default_view_has_an_empty_query_and_round_trips() {
        let dataset = fixture().dataset;
        assert_eq!(encode(&View::default()), "");
        let view = View {
            question: "ehealth_policy".to_string(),
            region: Some(Region::Eur),
        };
        assert_eq!(encode(&view), "?region=EUR");
        assert_eq!(decode(&encode(&view), &dataset), (view, vec![]));
    }

    #[test]
    fn unknown_values_fall_back_with_a_notice() {
        let dataset = fixture().dataset;
        let (view, notices) = decode(
            "?q=teleradiology_level&region=MARS&zoom=3&q=%3Cb%3E",
            &dataset,
        );
        assert_eq!(view, View::default());
        assert_eq!(
            notices,
            [
                "The link asks for question “teleradiology_level”, which this dataset does not have; showing the default question.",
                "The link asks for WHO region “MARS”, which does not exist; showing all regions.",
                "The link has an unknown parameter “zoom”; it was ignored.",
                "The link asks for question “<b>”, which this dataset does not have; showing the default question.",
            ]
        );
    }

    #[test]
    fn percent_escapes_are_decoded_and_broken_ones_kept() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }
}
