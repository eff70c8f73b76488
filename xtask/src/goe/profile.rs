//! Parser of one 2015 GOe country profile (text extracted from the PDF). It finds each catalogue
//! question where a line starts with its text, joins wrapped lines, and reads the answer cells that
//! follow. Anything that looks like an answer but matches no catalogue question is an error, so a new
//! or reworded question cannot be skipped silently.

use std::fmt;

use readiness_core::answer::Answer;
use readiness_core::region::Region;

use super::catalogue::{Question, QuestionKind, QUESTIONS, SECTIONS};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub region: Region,
    /// One entry per catalogue question, in catalogue order.
    pub cells: Vec<Cells>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cells {
    YesNo {
        answer: Answer,
        /// The global "yes" share printed on the line, in percent.
        share: Option<u8>,
        year: Option<u16>,
        /// The third column when it is not a year: funding share, proportion, facilities with EHR.
        detail: String,
    },
    Programme {
        /// Health-system levels, abbreviations spelled out: "Regional, National"; or an answer mark's label.
        level: String,
        /// "Pilot, Established"; or an answer mark's label.
        programme_type: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line in the profile, when the problem has one.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

pub fn parse_profile(text: &str) -> Result<Profile, Vec<ParseError>> {
    let text = Text::new(text);
    let mut errors = Vec::new();
    let mut error = |line, message: String| errors.push(ParseError { line, message });

    let name = text
        .lines()
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_string();
    let region = text.lines().find_map(Region::from_name);
    if region.is_none() {
        error(
            None,
            "no WHO region line (e.g. \"WHO African Region\")".into(),
        );
    }
    let mut consumed = Vec::new();
    let mut spans = Vec::new();
    let mut cells = Vec::new();
    for section in &SECTIONS {
        let Some(span) = text.section_span(section.number, section.title) else {
            error(
                None,
                format!(
                    "section \"{}. {}\" not found (truncated file?)",
                    section.number, section.title
                ),
            );
            continue;
        };
        spans.push((section.number, span));
        let mut cursor = span.0;
        for question in QUESTIONS.iter().filter(|q| q.section == section.number) {
            let Some(start) = text.find_row(question.text, cursor, span.1) else {
                error(
                    None,
                    format!(
                        "section {}: question \"{}\" not found",
                        section.number, question.text
                    ),
                );
                continue;
            };
            let mut tokens = Tokens::new(&text.flat, start + question.text.len(), span.1);
            match read_cells(question, &mut tokens) {
                Ok(parsed) => cells.push(parsed),
                Err(message) => error(
                    Some(text.line_of(start)),
                    format!("question \"{}\": {message}", question.text),
                ),
            }
            consumed.push((start, tokens.consumed_to));
            cursor = tokens.consumed_to;
        }
    }
    // Only lines inside a section can be answers: the legend's "National level: ..." are not.
    let in_sections = text.line_starts().filter_map(|(at, line)| {
        let section = spans.iter().find(|&&(_, (s, e))| s <= at && at < e)?.0;
        Some((section, at, line))
    });
    for (section, start, line) in in_sections {
        let end = start + line.len();
        let covered = consumed.iter().any(|&(s, e)| s <= start && end <= e.max(s));
        if looks_like_answer(line, section) && !covered {
            error(
                Some(text.line_of(start)),
                format!("an answer line that matches no known question: \"{line}\""),
            );
        }
    }
    match (errors.is_empty(), region) {
        (true, Some(region)) => Ok(Profile {
            name,
            region,
            cells,
        }),
        _ => Err(errors),
    }
}

fn read_cells(question: &Question, tokens: &mut Tokens) -> Result<Cells, String> {
    match question.kind() {
        QuestionKind::YesNo => {
            let mark = tokens.next().ok_or("no answer after the question")?;
            let answer = Answer::from_profile_mark(mark)
                .ok_or_else(|| format!("\"{mark}\" is not an answer (Yes, No, —, N/A, ‡)"))?;
            let share = match tokens.next_if(is_share) {
                Some(share) => Some(
                    share
                        .trim_end_matches('%')
                        .parse::<u8>()
                        .ok()
                        .filter(|&p| p <= 100)
                        .ok_or_else(|| format!("\"{share}\" is not a percentage"))?,
                ),
                None => None,
            };
            let year = tokens.next_if(is_year).and_then(|y| y.parse().ok());
            let detail = match year {
                Some(_) => "",
                None => tokens.next_if(is_detail).unwrap_or(""),
            };
            Ok(Cells::YesNo {
                answer,
                share,
                year,
                detail: detail.to_string(),
            })
        }
        QuestionKind::Programme => {
            let level =
                read_list(tokens, level_word).ok_or("no health-system level after the row")?;
            let programme_type =
                read_list(tokens, type_word).ok_or("no programme type after the level")?;
            Ok(Cells::Programme {
                level,
                programme_type,
            })
        }
    }
}

/// Either one answer mark (read as its label) or a run of words that `word` recognises, joined by ", ".
fn read_list(tokens: &mut Tokens, word: fn(&str) -> Option<&'static str>) -> Option<String> {
    if let Some(mark) = tokens.next_if(|t| Answer::from_profile_mark(t).is_some()) {
        return Answer::from_profile_mark(mark).map(|a| a.label().to_string());
    }
    let mut words = Vec::new();
    while let Some(token) = tokens.next_if(|t| word(t.trim_end_matches(',')).is_some()) {
        words.extend(word(token.trim_end_matches(',')));
    }
    (!words.is_empty()).then(|| words.join(", "))
}

fn level_word(token: &str) -> Option<&'static str> {
    match token {
        "International" | "Intl" => Some("International"),
        "Regional" | "Reg" => Some("Regional"),
        "National" | "Nat" => Some("National"),
        "Intermediate" | "Intm" => Some("Intermediate"),
        "Local" | "Loc" => Some("Local"),
        "All" => Some("All"),
        _ => None,
    }
}

fn type_word(token: &str) -> Option<&'static str> {
    match token {
        "Informal" => Some("Informal"),
        "Pilot" => Some("Pilot"),
        "Established" => Some("Established"),
        _ => None,
    }
}

fn is_share(token: &str) -> bool {
    token
        .strip_suffix('%')
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
}

fn is_year(token: &str) -> bool {
    token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit())
}

/// The third column's other forms: a mark, "Zero", or a band such as "<25%" or "25-50%".
fn is_detail(token: &str) -> bool {
    Answer::from_profile_mark(token).is_some()
        || token == "Zero"
        || (token.ends_with('%') && token.contains(['<', '>', '-']))
}

/// A line that reads like an answer row: an answer mark followed by a global share (every yes/no row
/// with a printed share), a line ending in Yes or No (rows without a share), a line ending in a
/// programme type, or, in the programme sections, a line ending in a mark ("Telepathology ‡ ‡").
/// Marks alone are not enough elsewhere: the country-context block prints "—" for missing figures.
fn looks_like_answer(line: &str, section: u8) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    let last = words.last().copied().unwrap_or("");
    let programme_section = QUESTIONS
        .iter()
        .any(|q| q.section == section && q.kind() == QuestionKind::Programme);
    words
        .windows(2)
        .any(|w| Answer::from_profile_mark(w[0]).is_some() && is_share(w[1]))
        || matches!(last, "Yes" | "No")
        || type_word(last.trim_end_matches(',')).is_some()
        || (programme_section && Answer::from_profile_mark(last).is_some())
}

/// The profile with every line trimmed and its inner spaces collapsed, joined by '\n'; `flat` is the
/// same text with '\n' as ' ' (same byte offsets), so a question wrapped over lines is found whole.
struct Text {
    joined: String,
    flat: String,
}

impl Text {
    fn new(raw: &str) -> Text {
        let joined = raw
            .lines()
            .map(|line| {
                line.replace('’', "'")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join("\n");
        let flat = joined.replace('\n', " ");
        Text { joined, flat }
    }

    fn lines(&self) -> impl Iterator<Item = &str> {
        self.joined.split('\n')
    }

    fn line_starts(&self) -> impl Iterator<Item = (usize, &str)> {
        let mut start = 0;
        self.lines().map(move |line| {
            let at = start;
            start += line.len() + 1;
            (at, line)
        })
    }

    fn line_of(&self, offset: usize) -> usize {
        self.joined[..offset].matches('\n').count() + 1
    }

    /// From the section's heading line to the next heading of any section, or the legend.
    fn section_span(&self, number: u8, title: &str) -> Option<(usize, usize)> {
        let heading = format!("{number}. {title}");
        let start = self.line_starts().find(|(_, l)| *l == heading)?.0;
        let is_boundary = |line: &str| {
            line == "LEGEND"
                || SECTIONS
                    .iter()
                    .any(|s| line == format!("{}. {}", s.number, s.title))
        };
        let end = self
            .line_starts()
            .find(|&(at, line)| at > start && is_boundary(line))
            .map_or(self.joined.len(), |(at, _)| at);
        Some((start, end))
    }

    /// Where a row starting with `text` begins at the start of a line, at or after `from`.
    fn find_row(&self, text: &str, from: usize, to: usize) -> Option<usize> {
        let mut at = from;
        while let Some(found) = self.flat[at..to].find(text) {
            let start = at + found;
            let at_line_start = start == 0 || self.joined.as_bytes()[start - 1] == b'\n';
            let whole_word = self
                .flat
                .as_bytes()
                .get(start + text.len())
                .is_none_or(|&b| b == b' ');
            if at_line_start && whole_word {
                return Some(start);
            }
            at = start + 1;
        }
        None
    }
}

/// The space-separated tokens of `flat` after an offset, remembering how far they have been read.
struct Tokens<'a> {
    flat: &'a str,
    position: usize,
    end: usize,
    consumed_to: usize,
}

impl<'a> Tokens<'a> {
    fn new(flat: &'a str, position: usize, end: usize) -> Tokens<'a> {
        Tokens {
            flat,
            position,
            end,
            consumed_to: position,
        }
    }

    fn peek(&self) -> Option<(usize, &'a str)> {
        let rest = &self.flat[self.position..self.end];
        let skipped = rest.len() - rest.trim_start().len();
        let start = self.position + skipped;
        let token = self.flat[start..self.end]
            .split(' ')
            .next()
            .filter(|t| !t.is_empty())?;
        Some((start, token))
    }

    fn next(&mut self) -> Option<&'a str> {
        self.next_if(|_| true)
    }

    fn next_if(&mut self, accept: impl Fn(&str) -> bool) -> Option<&'a str> {
        let (start, token) = self.peek().filter(|(_, t)| accept(t))?;
        self.position = start + token.len();
        self.consumed_to = self.position;
        Some(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A profile in the printed layout where every yes/no question reads "Yes 50%" and every
    /// programme row "National Established"; each test edits the line it is about.
    fn synthetic() -> String {
        let mut text = String::from("Testland\nC\no\nu\nn\ntr\ny\n");
        for section in &SECTIONS {
            text += &format!("{}. {}\n", section.number, section.title);
            for question in QUESTIONS.iter().filter(|q| q.section == section.number) {
                let cells = match question.kind() {
                    QuestionKind::YesNo => "Yes 50%",
                    QuestionKind::Programme => "National Established",
                };
                text += &format!("{} {cells}\n", question.text.replace('\'', "’"));
            }
        }
        text + "WHO African Region\nLEGEND\n— Don’t know\nNational level: Referral hospitals Yes 10%\n"
    }

    fn cells_of(profile: &Profile, id: &str) -> Cells {
        let index = QUESTIONS
            .iter()
            .position(|q| q.id == id)
            .expect("catalogue id");
        profile.cells[index].clone()
    }

    fn yes_no(answer: Answer, share: Option<u8>, year: Option<u16>, detail: &str) -> Cells {
        Cells::YesNo {
            answer,
            share,
            year,
            detail: detail.to_string(),
        }
    }

    fn errors(text: &str) -> Vec<String> {
        parse_profile(text)
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn a_complete_profile_parses_every_question() {
        let profile = parse_profile(&synthetic()).expect("parses");
        assert_eq!(profile.name, "Testland");
        assert_eq!(profile.region, Region::Afr);
        assert_eq!(profile.cells.len(), QUESTIONS.len());
        assert_eq!(
            cells_of(&profile, "ehealth_policy"),
            yes_no(Answer::Yes, Some(50), None, "")
        );
    }

    #[test]
    fn a_wrapped_question_is_read_with_its_answer_on_a_later_line() {
        let text = synthetic().replace(
            "Defines medical jurisdiction, liability or reimbursement of eHealth services such as telehealth Yes 50%",
            "Defines medical jurisdiction, liability or reimbursement of eHealth services such \nas telehealth\nNo 31%",
        );
        let profile = parse_profile(&text).expect("parses");
        assert_eq!(
            cells_of(&profile, "law_jurisdiction"),
            yes_no(Answer::No, Some(31), None, "")
        );
    }

    #[test]
    fn each_legend_mark_is_its_own_category() {
        for (mark, answer) in [
            ("Yes", Answer::Yes),
            ("No", Answer::No),
            ("—", Answer::DontKnow),
            ("N/A", Answer::NotApplicable),
            ("‡", Answer::Unanswered),
        ] {
            let text = synthetic().replace(
                "National eHealth policy or strategy Yes 50%",
                &format!("National eHealth policy or strategy {mark} 58%"),
            );
            let profile = parse_profile(&text).expect("parses");
            assert_eq!(
                cells_of(&profile, "ehealth_policy"),
                yes_no(answer, Some(58), None, ""),
                "{mark}"
            );
        }
    }

    #[test]
    fn the_third_column_is_a_year_or_a_detail() {
        let text = synthetic()
            .replace(
                "National eHealth policy or strategy Yes 50%",
                "National eHealth policy or strategy Yes 58% 2011",
            )
            .replace("Public funding Yes 50%", "Public funding No 77% Zero")
            .replace(
                "Donor/non-public funding Yes 50%",
                "Donor/non-public funding Yes 63% <25%",
            )
            .replace(
                "Primary care facilities (e.g. clinics and health care centres) Yes 50%",
                "Primary care facilities\n(e.g. clinics and health care centres)\nN/A ‡",
            );
        let profile = parse_profile(&text).expect("parses");
        assert_eq!(
            cells_of(&profile, "ehealth_policy"),
            yes_no(Answer::Yes, Some(58), Some(2011), "")
        );
        assert_eq!(
            cells_of(&profile, "funding_public"),
            yes_no(Answer::No, Some(77), None, "Zero")
        );
        assert_eq!(
            cells_of(&profile, "funding_donor"),
            yes_no(Answer::Yes, Some(63), None, "<25%")
        );
        assert_eq!(
            cells_of(&profile, "ehr_primary"),
            yes_no(Answer::NotApplicable, None, None, "‡")
        );
    }

    #[test]
    fn programme_rows_read_levels_and_types_even_when_wrapped() {
        let text = synthetic()
            .replace(
                "Mobile telehealth National Established",
                "Mobile telehealth\nInternational, Regional, \nNational\n‡",
            )
            .replace(
                "Teledermatology National Established",
                "Teledermatology Intl, Reg, Intm, Loc Pilot, Established",
            )
            .replace("Telepathology National Established", "Telepathology ‡ ‡");
        let profile = parse_profile(&text).expect("parses");
        let programme = |level: &str, programme_type: &str| Cells::Programme {
            level: level.to_string(),
            programme_type: programme_type.to_string(),
        };
        assert_eq!(
            cells_of(&profile, "mhealth_telehealth"),
            programme("International, Regional, National", "Unanswered")
        );
        assert_eq!(
            cells_of(&profile, "teledermatology"),
            programme(
                "International, Regional, Intermediate, Local",
                "Pilot, Established"
            )
        );
        assert_eq!(
            cells_of(&profile, "telepathology"),
            programme("Unanswered", "Unanswered")
        );
    }

    #[test]
    fn a_truncated_file_names_the_missing_sections() {
        let text = synthetic();
        let cut = text.find("6. mHealth").expect("section 6");
        assert_eq!(
            errors(&text[..cut]),
            [
                "no WHO region line (e.g. \"WHO African Region\")",
                "section \"6. mHealth\" not found (truncated file?)",
                "section \"7. Social media\" not found (truncated file?)",
                "section \"8. Big data\" not found (truncated file?)",
            ]
        );
    }

    #[test]
    fn an_empty_file_is_an_error_not_an_empty_profile() {
        let errors = errors("");
        assert_eq!(errors.len(), 1 + SECTIONS.len());
        assert!(errors[1].starts_with("section \"1. eHealth foundations\" not found"));
    }

    #[test]
    fn an_unknown_question_is_reported_with_its_line() {
        let text = synthetic().replace(
            "Governs civil registration and vital statistics Yes 50%",
            "Governs civil registration and vital statistics Yes 50%\nGoverns blockchain health records Yes 3%",
        );
        let line = text
            .lines()
            .position(|l| l.starts_with("Governs blockchain"))
            .expect("line")
            + 1;
        assert_eq!(
            errors(&text),
            [format!("line {line}: an answer line that matches no known question: \"Governs blockchain health records Yes 3%\"")]
        );
    }

    #[test]
    fn unknown_rows_without_a_share_and_unknown_programmes_are_reported() {
        let text = synthetic()
            .replace(
                "National EHR system Yes 50%",
                "National EHR system Yes 50%\nNational patient identifier No",
            )
            .replace(
                "Disease surveillance National Established",
                "Disease surveillance National Established\nDrone deliveries ‡ ‡",
            );
        let line = |start: &str| {
            text.lines()
                .position(|l| l.starts_with(start))
                .expect("line")
                + 1
        };
        assert_eq!(
            errors(&text),
            [
                format!("line {}: an answer line that matches no known question: \"National patient identifier No\"", line("National patient")),
                format!("line {}: an answer line that matches no known question: \"Drone deliveries ‡ ‡\"", line("Drone")),
            ]
        );
    }

    #[test]
    fn a_share_over_100_percent_is_an_error_not_a_zero() {
        let text = synthetic().replace("PACS Yes 50%", "PACS Yes 260%");
        let line = text
            .lines()
            .position(|l| l.starts_with("PACS"))
            .expect("line")
            + 1;
        assert_eq!(
            errors(&text),
            [format!(
                "line {line}: question \"PACS\": \"260%\" is not a percentage"
            )]
        );
    }

    #[test]
    fn a_missing_answer_is_reported_with_the_question_and_line() {
        let text = synthetic().replace(
            "Pharmacy information systems Yes 50%",
            "Pharmacy information systems Maybe 33%",
        );
        let line = text
            .lines()
            .position(|l| l.starts_with("Pharmacy information"))
            .expect("line")
            + 1;
        assert_eq!(
            errors(&text),
            [format!("line {line}: question \"Pharmacy information systems\": \"Maybe\" is not an answer (Yes, No, —, N/A, ‡)")]
        );
    }
}
