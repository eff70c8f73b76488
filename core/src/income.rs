//! World Bank income groups, the second way the page groups countries.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IncomeGroup {
    Low,
    LowerMiddle,
    UpperMiddle,
    High,
}

impl IncomeGroup {
    pub const ALL: [IncomeGroup; 4] = [
        IncomeGroup::Low,
        IncomeGroup::LowerMiddle,
        IncomeGroup::UpperMiddle,
        IncomeGroup::High,
    ];

    /// The World Bank's own abbreviation, used in `data/` and in URLs.
    pub fn code(self) -> &'static str {
        match self {
            IncomeGroup::Low => "LIC",
            IncomeGroup::LowerMiddle => "LMC",
            IncomeGroup::UpperMiddle => "UMC",
            IncomeGroup::High => "HIC",
        }
    }

    /// The name as the World Bank writes it.
    pub fn name(self) -> &'static str {
        match self {
            IncomeGroup::Low => "Low income",
            IncomeGroup::LowerMiddle => "Lower middle income",
            IncomeGroup::UpperMiddle => "Upper middle income",
            IncomeGroup::High => "High income",
        }
    }

    pub fn from_code(code: &str) -> Option<IncomeGroup> {
        IncomeGroup::ALL
            .into_iter()
            .find(|group| group.code() == code)
    }

    pub fn from_name(name: &str) -> Option<IncomeGroup> {
        IncomeGroup::ALL
            .into_iter()
            .find(|group| group.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_round_trip() {
        for group in IncomeGroup::ALL {
            assert_eq!(IncomeGroup::from_code(group.code()), Some(group));
            assert_eq!(IncomeGroup::from_name(group.name()), Some(group));
        }
        assert_eq!(IncomeGroup::from_name("Middle income"), None);
    }
}
