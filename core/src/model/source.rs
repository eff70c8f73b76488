//! Where a dataset comes from, and whom its shares and counts are out of.

/// Whom a share or a count of an indicator is out of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denominator {
    /// A survey: the countries that responded to it (answered any of its questions), whatever their
    /// answer to this one ("73 of 125 responding countries").
    Respondents,
    /// A statistical series: the countries with a value for this indicator in that year.
    Values,
}

impl Denominator {
    pub const ALL: [Denominator; 2] = [Denominator::Respondents, Denominator::Values];

    pub fn code(self) -> &'static str {
        match self {
            Denominator::Respondents => "respondents",
            Denominator::Values => "values",
        }
    }

    pub fn from_code(code: &str) -> Option<Denominator> {
        Denominator::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// One publisher's dataset: the GOe survey, the World Development Indicators, ...
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Short id that indicators name, e.g. `who-goe-2015`.
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub licence: String,
    /// A full reference to paste into a paper.
    pub citation: String,
    pub url: String,
    pub denominator: Denominator,
}
