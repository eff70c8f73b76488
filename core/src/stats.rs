//! Shares computed live from country-level answers. The denominator is always stated, and it is the
//! indicator's source that says whom it counts: for a survey, the countries that responded to it (and
//! match the filter), not all countries, and not countries that only appear in another dataset.

use crate::answer::Answer;
use crate::filter::Filter;
use crate::model::{CountryId, Dataset, IndicatorId, Value};

/// "`yes` of `responding` countries".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub yes: u32,
    pub responding: u32,
}

impl Share {
    /// Whole percent, rounded half up as the survey report does; `None` when nobody responded.
    pub fn percent(self) -> Option<u32> {
        (self.responding > 0).then(|| (self.yes * 200 + self.responding) / (self.responding * 2))
    }

    /// The share as a CSS width with one decimal ("58.4%"), in integer arithmetic: formatting floats
    /// would add several kilobytes of code to the page for a bar's width.
    pub fn css_width(self) -> String {
        let tenths = (self.yes * 1000).checked_div(self.responding).unwrap_or(0);
        format!("{}.{}%", tenths / 10, tenths % 10)
    }
}

/// Countries that count for an indicator under a filter: those its source counts (respondents of its
/// survey) that the filter admits.
pub fn in_scope(
    dataset: &Dataset,
    indicator: IndicatorId,
    country: CountryId,
    filter: Filter,
) -> bool {
    dataset.responded(indicator, country) && filter.admits(&dataset[country])
}

/// The share of responding countries (admitted by `filter`) answering "Yes" to `indicator`.
pub fn yes_share(dataset: &Dataset, indicator: IndicatorId, filter: Filter) -> Share {
    let responding = dataset
        .country_ids()
        .filter(|&country| in_scope(dataset, indicator, country, filter))
        .count() as u32;
    let yes = dataset
        .observations_of(indicator)
        .filter(|o| {
            o.value == Value::Answer(Answer::Yes) && in_scope(dataset, indicator, o.country, filter)
        })
        .count() as u32;
    Share { yes, responding }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_half_up_and_handles_no_respondents() {
        assert_eq!(
            Share {
                yes: 73,
                responding: 125
            }
            .percent(),
            Some(58)
        );
        assert_eq!(
            Share {
                yes: 1,
                responding: 8
            }
            .percent(),
            Some(13)
        );
        assert_eq!(
            Share {
                yes: 1,
                responding: 200
            }
            .percent(),
            Some(1)
        );
        assert_eq!(
            Share {
                yes: 0,
                responding: 0
            }
            .percent(),
            None
        );
        assert_eq!(
            Share {
                yes: 73,
                responding: 125
            }
            .css_width(),
            "58.4%"
        );
        assert_eq!(
            Share {
                yes: 0,
                responding: 0
            }
            .css_width(),
            "0.0%"
        );
    }
}
