//! Which countries the reader has narrowed the page to: a WHO region and/or an income group. Every
//! fact, the map highlight and the tables use the same filter.

use crate::income::IncomeGroup;
use crate::model::Country;
use crate::region::Region;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub region: Option<Region>,
    pub income: Option<IncomeGroup>,
}

impl Filter {
    pub fn is_empty(self) -> bool {
        self.region.is_none() && self.income.is_none()
    }

    pub fn admits(self, country: &Country) -> bool {
        self.admits_groups(country.who_region, country.income_group)
    }

    /// Whether a country of this region and income group passes.
    pub fn admits_groups(self, region: Option<Region>, income: Option<IncomeGroup>) -> bool {
        self.region.is_none_or(|r| region == Some(r))
            && self.income.is_none_or(|g| income == Some(g))
    }

    /// "all WHO regions", "WHO European Region", "WHO African Region, Low income".
    pub fn describe(self) -> String {
        match (self.region, self.income) {
            (None, None) => "all WHO regions".to_string(),
            (Some(r), None) => r.name().to_string(),
            (None, Some(g)) => format!("{} countries", g.name()),
            (Some(r), Some(g)) => format!("{}, {} countries", r.name(), g.name()),
        }
    }
}
