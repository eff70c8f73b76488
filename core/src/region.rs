//! WHO regions: the six regional groupings of WHO Member States.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    Afr,
    Amr,
    Sear,
    Eur,
    Emr,
    Wpr,
}

impl Region {
    pub const ALL: [Region; 6] = [
        Region::Afr,
        Region::Amr,
        Region::Sear,
        Region::Eur,
        Region::Emr,
        Region::Wpr,
    ];

    /// WHO's own abbreviation, used in `data/` and in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Region::Afr => "AFR",
            Region::Amr => "AMR",
            Region::Sear => "SEAR",
            Region::Eur => "EUR",
            Region::Emr => "EMR",
            Region::Wpr => "WPR",
        }
    }

    /// The name as WHO prints it, e.g. at the foot of every GOe profile.
    pub fn name(self) -> &'static str {
        match self {
            Region::Afr => "WHO African Region",
            Region::Amr => "WHO Region of the Americas",
            Region::Sear => "WHO South-East Asia Region",
            Region::Eur => "WHO European Region",
            Region::Emr => "WHO Eastern Mediterranean Region",
            Region::Wpr => "WHO Western Pacific Region",
        }
    }

    /// The name without "WHO ... Region", for tight spaces such as chart labels.
    pub fn short_name(self) -> &'static str {
        match self {
            Region::Afr => "Africa",
            Region::Amr => "Americas",
            Region::Sear => "South-East Asia",
            Region::Eur => "Europe",
            Region::Emr => "Eastern Mediterranean",
            Region::Wpr => "Western Pacific",
        }
    }

    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|region| region.code() == code)
    }

    pub fn from_name(name: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|region| region.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_round_trip() {
        for region in Region::ALL {
            assert_eq!(Region::from_code(region.code()), Some(region));
            assert_eq!(Region::from_name(region.name()), Some(region));
        }
        assert_eq!(Region::from_code("afr"), None);
    }
}
