//! What an indicator is: its measure (a survey answer, a programme's level or type, or a number with a
//! unit), the building block it informs, its source, and for survey questions the survey's own fields.

/// How an indicator's values are read, coloured and counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Measure {
    /// One of the [`crate::answer::Answer`] categories.
    Answer,
    /// Health-system levels of a programme ("National", "Regional, National", ...) as printed.
    Level,
    /// Programme types ("Informal", "Pilot", "Established", ...) as printed.
    ProgrammeType,
    /// A statistical series, e.g. internet users in % of the population.
    Number(NumberFormat),
}

/// How the numbers of an indicator are written and read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberFormat {
    /// Short unit for axes and tooltips: "% of population", "per 1,000 people".
    pub unit: String,
    /// Digits after the point that every value of the indicator carries.
    pub decimals: u8,
    /// Direction: whether more is more ready (internet users) or not.
    pub higher_is_better: bool,
}

impl Measure {
    /// The survey measures, by the code of `indicators.csv`'s `kind` column.
    pub const SURVEY: [Measure; 3] = [Measure::Answer, Measure::Level, Measure::ProgrammeType];

    /// The code of a survey measure in `indicators.csv`; numbers are described by `series.csv` instead.
    pub fn code(&self) -> &'static str {
        match self {
            Measure::Answer => "yes_no",
            Measure::Level => "level",
            Measure::ProgrammeType => "programme_type",
            Measure::Number(_) => "number",
        }
    }

    pub fn from_survey_code(code: &str) -> Option<Measure> {
        Measure::SURVEY.into_iter().find(|m| m.code() == code)
    }

    pub fn number(&self) -> Option<&NumberFormat> {
        match self {
            Measure::Number(format) => Some(format),
            _ => None,
        }
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

/// The fields only a survey question has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyPart {
    /// Survey section number and title, e.g. 1 and "eHealth foundations".
    pub section: u8,
    pub section_name: String,
    /// The question as printed in the survey profile.
    pub question: String,
    /// The predicate a fact sentence ends with: "... countries have {predicate}".
    pub predicate: String,
    /// The global "yes" share printed in the profiles, in whole percent, when the survey printed one.
    pub published_share: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    /// Short, stable id used in data files and URLs, e.g. `ehealth_policy`, `internet_users`.
    pub id: String,
    /// A short label for selectors and legends.
    pub label: String,
    /// One sentence saying what is measured; the survey question for survey indicators.
    pub definition: String,
    pub measure: Measure,
    /// The building block it informs; `None` for general context (population, GDP).
    pub building_block: Option<BuildingBlock>,
    /// Id of the source in `sources.csv`.
    pub source: String,
    /// The years with values, ascending: the survey year of a question, every year of a series.
    pub years: Vec<u16>,
    /// Present for survey questions only.
    pub survey: Option<SurveyPart>,
}

impl Indicator {
    /// A yes/no survey question: what the map, facts and tables of the survey show.
    pub fn is_question(&self) -> bool {
        self.measure == Measure::Answer
    }

    /// The year of a one-off survey's answers, or the latest year of a series.
    pub fn latest_year(&self) -> Option<u16> {
        self.years.last().copied()
    }

    /// The words of the question, or the label of a series.
    pub fn title(&self) -> &str {
        self.survey
            .as_ref()
            .map_or(self.label.as_str(), |s| s.question.as_str())
    }
}
