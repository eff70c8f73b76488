//! The in-memory dataset: countries, indicators and tidy observations, indexed for the page's queries.
//! Built once by the loader and never changed afterwards.

use std::collections::HashMap;

use crate::answer::Answer;
use crate::income::IncomeGroup;
use crate::region::Region;

#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3, the key everywhere.
    pub iso3: String,
    /// ISO 3166-1 alpha-2; empty for the few map entities ISO does not code (e.g. Kosovo).
    pub iso2: String,
    /// ISO 3166-1 numeric; `None` where ISO gives none.
    pub numeric: Option<u16>,
    pub name: String,
    /// Absent for countries that are not WHO Member States.
    pub who_region: Option<Region>,
    /// World Bank income group; absent where the World Bank classifies none.
    pub income_group: Option<IncomeGroup>,
}

/// What an indicator's values are, which decides how they are read, coloured and counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of the [`Answer`] categories.
    YesNo,
    /// Health-system levels of a programme ("National", "Regional, National", ...) as printed.
    Level,
    /// Programme types ("Informal", "Pilot", "Established", ...) as printed.
    ProgrammeType,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::YesNo, Kind::Level, Kind::ProgrammeType];

    pub fn code(self) -> &'static str {
        match self {
            Kind::YesNo => "yes_no",
            Kind::Level => "level",
            Kind::ProgrammeType => "programme_type",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// The seven building blocks of the WHO-ITU National eHealth Strategy Toolkit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BuildingBlock {
    LeadershipGovernance,
    StrategyInvestment,
    ServicesApplications,
    StandardsInteroperability,
    Infrastructure,
    LegislationPolicyCompliance,
    Workforce,
}

impl BuildingBlock {
    pub const ALL: [BuildingBlock; 7] = [
        BuildingBlock::LeadershipGovernance,
        BuildingBlock::StrategyInvestment,
        BuildingBlock::ServicesApplications,
        BuildingBlock::StandardsInteroperability,
        BuildingBlock::Infrastructure,
        BuildingBlock::LegislationPolicyCompliance,
        BuildingBlock::Workforce,
    ];

    pub fn code(self) -> &'static str {
        match self {
            BuildingBlock::LeadershipGovernance => "leadership_governance",
            BuildingBlock::StrategyInvestment => "strategy_investment",
            BuildingBlock::ServicesApplications => "services_applications",
            BuildingBlock::StandardsInteroperability => "standards_interoperability",
            BuildingBlock::Infrastructure => "infrastructure",
            BuildingBlock::LegislationPolicyCompliance => "legislation_policy_compliance",
            BuildingBlock::Workforce => "workforce",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            BuildingBlock::LeadershipGovernance => "Leadership and governance",
            BuildingBlock::StrategyInvestment => "Strategy and investment",
            BuildingBlock::ServicesApplications => "Services and applications",
            BuildingBlock::StandardsInteroperability => "Standards and interoperability",
            BuildingBlock::Infrastructure => "Infrastructure",
            BuildingBlock::LegislationPolicyCompliance => "Legislation, policy and compliance",
            BuildingBlock::Workforce => "Workforce",
        }
    }

    pub fn from_code(code: &str) -> Option<BuildingBlock> {
        BuildingBlock::ALL
            .into_iter()
            .find(|block| block.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    /// Short, stable id used in data files and URLs, e.g. `ehealth_policy`.
    pub id: String,
    /// Survey section number and title, e.g. 1 and "eHealth foundations".
    pub section: u8,
    pub section_name: String,
    /// The question as printed in the survey profile.
    pub question: String,
    /// A short label for selectors and legends.
    pub label: String,
    /// The predicate a fact sentence ends with: "... countries have {predicate}".
    pub predicate: String,
    pub kind: Kind,
    pub building_block: BuildingBlock,
    /// The global "yes" share printed in the profiles, in whole percent, when the survey printed one.
    pub published_share: Option<u8>,
    /// Survey year the answers were collected.
    pub year: u16,
    /// Id of the source in `datapackage.json`.
    pub source: String,
}

/// One answer cell: an [`Answer`] for yes/no questions, the printed text for programme rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Answer(Answer),
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    /// Index into [`Dataset::countries`].
    pub country: usize,
    /// Index into [`Dataset::indicators`].
    pub indicator: usize,
    pub year: u16,
    pub value: Value,
    /// Year the policy was adopted or the system introduced, where the profile gives one.
    pub year_adopted: Option<u16>,
    /// The profile's extra column as printed (funding share, proportion, facilities with EHR), or empty.
    pub detail: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub countries: Vec<Country>,
    pub indicators: Vec<Indicator>,
    pub observations: Vec<Observation>,
    country_index: HashMap<String, usize>,
    indicator_index: HashMap<String, usize>,
    /// For each indicator, its observations' positions in `observations`.
    by_indicator: Vec<Vec<usize>>,
    /// Which countries answered the survey at all (have any observation).
    responding: Vec<bool>,
}

impl Dataset {
    pub fn new(
        countries: Vec<Country>,
        indicators: Vec<Indicator>,
        observations: Vec<Observation>,
    ) -> Dataset {
        let country_index = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.iso3.clone(), i))
            .collect();
        let indicator_index = indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.clone(), i))
            .collect();
        let mut by_indicator = vec![Vec::new(); indicators.len()];
        let mut responding = vec![false; countries.len()];
        for (position, observation) in observations.iter().enumerate() {
            by_indicator[observation.indicator].push(position);
            responding[observation.country] = true;
        }
        Dataset {
            countries,
            indicators,
            observations,
            country_index,
            indicator_index,
            by_indicator,
            responding,
        }
    }

    pub fn country(&self, iso3: &str) -> Option<usize> {
        self.country_index.get(iso3).copied()
    }

    pub fn indicator(&self, id: &str) -> Option<usize> {
        self.indicator_index.get(id).copied()
    }

    /// Every observation of one indicator, in file order.
    pub fn observations_of(&self, indicator: usize) -> impl Iterator<Item = &Observation> {
        self.by_indicator
            .get(indicator)
            .into_iter()
            .flatten()
            .map(|&position| &self.observations[position])
    }

    /// Whether the country took part in the survey: the denominator of every share.
    pub fn is_responding(&self, country: usize) -> bool {
        self.responding.get(country).copied().unwrap_or(false)
    }
}

/// The pre-projected world map: one SVG path per country, in the integer units of the map's viewBox.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorldMap {
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<Shape>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub iso3: String,
    /// Bounding box: left, top, width, height.
    pub bbox: [i32; 4],
    /// A point inside the shape, where a small state's dot is drawn.
    pub label: [i32; 2],
    /// Land area drawn, in square map units.
    pub area: i64,
    /// SVG path data with relative commands.
    pub path: String,
}
