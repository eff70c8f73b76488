//! The in-memory dataset: sources, countries, indicators and tidy observations with their years,
//! indexed for the page's queries. Built by the loader; a series loaded later makes a new dataset.

mod indicator;
mod source;

use std::collections::HashMap;
use std::ops::Index;

pub use indicator::{BuildingBlock, Indicator, Measure, NumberFormat, SurveyPart};
pub use source::{Denominator, Source};

use crate::answer::Answer;
use crate::fast_hash::FastMap;
use crate::income::IncomeGroup;
use crate::number::Decimal;
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

impl Country {
    /// "WHO African Region · Lower middle income": the groups a reader sees under the name.
    pub fn groups(&self) -> String {
        let groups: Vec<&str> = [
            self.who_region.map(|r| r.name()),
            self.income_group.map(|g| g.name()),
        ]
        .into_iter()
        .flatten()
        .collect();
        groups.join(" · ")
    }
}

/// A country's place in [`Dataset::countries`]; its own type, so that it cannot be passed where an
/// indicator is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryId(pub usize);

/// An indicator's place in [`Dataset::indicators`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IndicatorId(pub usize);

/// One value: an [`Answer`] for yes/no questions, the printed text for programme rows, a number for a
/// statistical series.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Answer(Answer),
    Text(String),
    Number(Decimal),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub country: CountryId,
    pub indicator: IndicatorId,
    pub year: u16,
    pub value: Value,
    /// Year the policy was adopted or the system introduced, where the profile gives one.
    pub year_adopted: Option<u16>,
    /// The profile's extra column as printed (funding share, proportion, facilities with EHR), or empty.
    pub detail: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub countries: Vec<Country>,
    pub indicators: Vec<Indicator>,
    pub observations: Vec<Observation>,
    country_index: FastMap<String, CountryId>,
    indicator_index: FastMap<String, IndicatorId>,
    /// For each indicator, its source's place in `sources` (`None` for a source `sources.csv` does not
    /// describe): found once, as the figures ask for it per country.
    source_at: Vec<Option<usize>>,
    /// For each indicator, its observations' positions in `observations`.
    by_indicator: Vec<Vec<usize>>,
    /// The same positions ordered by country, then year: a country's values are found by a binary
    /// search, as maps, the index and trends ask for every country's.
    by_country: Vec<Vec<usize>>,
    /// For each survey (a source whose denominator is its respondents), which countries answered it.
    respondents: Vec<Vec<bool>>,
    /// For each indicator whose shares are out of its survey's respondents, that survey's place in
    /// `respondents`.
    respondents_at: Vec<Option<usize>>,
}

impl Dataset {
    pub fn new(
        sources: Vec<Source>,
        countries: Vec<Country>,
        indicators: Vec<Indicator>,
        observations: Vec<Observation>,
    ) -> Dataset {
        let country_index = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.iso3.clone(), CountryId(i)))
            .collect();
        let indicator_index = indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.clone(), IndicatorId(i)))
            .collect();
        let source_at = indicators
            .iter()
            .map(|indicator| sources.iter().position(|s| s.id == indicator.source))
            .collect();
        let mut dataset = Dataset {
            sources,
            countries,
            indicators,
            observations,
            country_index,
            indicator_index,
            source_at,
            by_indicator: Vec::new(),
            by_country: Vec::new(),
            respondents: Vec::new(),
            respondents_at: Vec::new(),
        };
        dataset.index_observations();
        dataset
    }

    /// The same dataset with more observations (a series loaded when first shown). Survey respondents
    /// are counted per survey, so a series added here changes no survey share.
    pub fn with_observations(&self, more: Vec<Observation>) -> Dataset {
        let mut dataset = self.clone();
        dataset.observations.extend(more);
        dataset.index_observations();
        dataset
    }

    fn index_observations(&mut self) {
        // One list of respondents per survey, however many of its indicators there are.
        let mut surveys: HashMap<&str, usize> = HashMap::new();
        let respondents_at: Vec<Option<usize>> = (0..self.indicators.len())
            .map(IndicatorId)
            .map(|id| {
                (self.denominator(id) == Denominator::Respondents).then(|| {
                    let next = surveys.len();
                    *surveys.entry(self[id].source.as_str()).or_insert(next)
                })
            })
            .collect();
        let mut respondents = vec![vec![false; self.countries.len()]; surveys.len()];
        let mut by_indicator = vec![Vec::new(); self.indicators.len()];
        for (position, observation) in self.observations.iter().enumerate() {
            by_indicator[observation.indicator.0].push(position);
            if let Some(survey) = respondents_at[observation.indicator.0] {
                respondents[survey][observation.country.0] = true;
            }
        }
        let mut by_country = by_indicator.clone();
        for positions in &mut by_country {
            positions.sort_by_key(|&p| (self.observations[p].country, self.observations[p].year));
        }
        self.by_indicator = by_indicator;
        self.by_country = by_country;
        self.respondents = respondents;
        self.respondents_at = respondents_at;
    }

    pub fn country(&self, iso3: &str) -> Option<CountryId> {
        self.country_index.get(iso3).copied()
    }

    pub fn indicator(&self, id: &str) -> Option<IndicatorId> {
        self.indicator_index.get(id).copied()
    }

    pub fn country_ids(&self) -> impl Iterator<Item = CountryId> {
        (0..self.countries.len()).map(CountryId)
    }

    pub fn indicator_ids(&self) -> impl Iterator<Item = IndicatorId> {
        (0..self.indicators.len()).map(IndicatorId)
    }

    /// The source an indicator names, if `sources.csv` describes it.
    pub fn source_of(&self, indicator: IndicatorId) -> Option<&Source> {
        let at = self.source_at.get(indicator.0).copied().flatten()?;
        self.sources.get(at)
    }

    /// Whom the indicator's shares are out of: its source's rule. A source that `sources.csv` does not
    /// describe (reported by the loader) is taken to be a survey for survey measures, a series otherwise.
    pub fn denominator(&self, indicator: IndicatorId) -> Denominator {
        match self.source_of(indicator) {
            Some(source) => source.denominator,
            None if self[indicator].survey.is_some() => Denominator::Respondents,
            None => Denominator::Values,
        }
    }

    /// Every observation of one indicator, in file order.
    pub fn observations_of(&self, indicator: IndicatorId) -> impl Iterator<Item = &Observation> {
        self.by_indicator
            .get(indicator.0)
            .into_iter()
            .flatten()
            .map(|&position| &self.observations[position])
    }

    /// One country's observations of one indicator, oldest first.
    pub fn country_observations(
        &self,
        indicator: IndicatorId,
        country: CountryId,
    ) -> impl Iterator<Item = &Observation> {
        let positions = self
            .by_country
            .get(indicator.0)
            .map_or(&[][..], Vec::as_slice);
        let first = positions.partition_point(|&p| self.observations[p].country < country);
        positions[first..]
            .iter()
            .map(|&position| &self.observations[position])
            .take_while(move |o| o.country == country)
    }

    /// The value of one country for one indicator in one year.
    pub fn value(
        &self,
        country: CountryId,
        indicator: IndicatorId,
        year: u16,
    ) -> Option<&Observation> {
        self.country_observations(indicator, country)
            .find(|o| o.year == year)
    }

    /// The most recent value at or before `year` and at most `within` years older: "latest value
    /// within N years of a reference year". With `within` 0 it is [`Dataset::value`].
    pub fn latest(
        &self,
        country: CountryId,
        indicator: IndicatorId,
        year: u16,
        within: u16,
    ) -> Option<&Observation> {
        let oldest = year.saturating_sub(within);
        self.country_observations(indicator, country)
            .filter(|o| (oldest..=year).contains(&o.year))
            .max_by_key(|o| o.year)
    }

    /// The years an indicator has values for, ascending, as its catalogue declares them (so they are
    /// known before a series' file is loaded).
    pub fn years(&self, indicator: IndicatorId) -> &[u16] {
        &self[indicator].years
    }

    /// Whether the country answered the survey that asked `indicator`; for a statistical series,
    /// whether it has any value of it.
    pub fn responded(&self, indicator: IndicatorId, country: CountryId) -> bool {
        match self.denominator(indicator) {
            Denominator::Respondents => self
                .respondents_at
                .get(indicator.0)
                .copied()
                .flatten()
                .and_then(|survey| self.respondents[survey].get(country.0).copied())
                .unwrap_or(false),
            Denominator::Values => self
                .country_observations(indicator, country)
                .next()
                .is_some(),
        }
    }

    /// Whether the country counts in the denominator of `indicator` in `year`: a respondent of its
    /// survey, or a country with a value that year.
    pub fn counts_for(&self, indicator: IndicatorId, country: CountryId, year: u16) -> bool {
        match self.denominator(indicator) {
            Denominator::Respondents => self.responded(indicator, country),
            Denominator::Values => self.value(country, indicator, year).is_some(),
        }
    }
}

impl Index<CountryId> for Dataset {
    type Output = Country;
    fn index(&self, id: CountryId) -> &Country {
        &self.countries[id.0]
    }
}

impl Index<IndicatorId> for Dataset {
    type Output = Indicator;
    fn index(&self, id: IndicatorId) -> &Indicator {
        &self.indicators[id.0]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::load::tests::{fixture, fixture_with_series};
    use crate::stats::yes_share;
    use expect_test::{expect, Expect};

    /// Prints, for each country of the fixture with a series, the queries a figure asks of one
    /// indicator around `year`: the value that year, the latest within two years, whether it counts.
    fn check(indicator: &str, year: u16, expect: Expect) {
        let dataset = fixture_with_series().dataset;
        let indicator = dataset.indicator(indicator).expect("indicator");
        let show = |o: Option<&Observation>| match o {
            Some(Observation {
                value: Value::Number(n),
                year,
                ..
            }) => format!("{} ({year})", n.plain()),
            Some(Observation { value, year, .. }) => format!("{value:?} ({year})"),
            None => "–".to_string(),
        };
        let mut out = format!(
            "{}: years {:?}, denominator {:?}\n",
            dataset[indicator].id,
            dataset.years(indicator),
            dataset.denominator(indicator)
        );
        for country in dataset.country_ids() {
            out += &format!(
                "{}: value {} | latest within 2 {} | counts {}\n",
                dataset[country].iso3,
                show(dataset.value(country, indicator, year)),
                show(dataset.latest(country, indicator, year, 2)),
                dataset.counts_for(indicator, country, year),
            );
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn a_series_answers_value_latest_and_denominator_per_year() {
        check(
            "internet_users",
            2014,
            expect![[r#"
                internet_users: years [2013, 2014, 2015], denominator Values
                KEN: value – | latest within 2 12.5 (2013) | counts false
                MLT: value 73.2 (2014) | latest within 2 73.2 (2014) | counts true
                XKX: value – | latest within 2 – | counts false
            "#]],
        );
        check(
            "internet_users",
            2015,
            expect![[r#"
                internet_users: years [2013, 2014, 2015], denominator Values
                KEN: value 16.0 (2015) | latest within 2 16.0 (2015) | counts true
                MLT: value 76.2 (2015) | latest within 2 76.2 (2015) | counts true
                XKX: value – | latest within 2 – | counts false
            "#]],
        );
    }

    #[test]
    fn latest_within_n_years_looks_back_only_and_not_too_far() {
        let dataset = fixture_with_series().dataset;
        let internet = dataset.indicator("internet_users").expect("series");
        let kenya = dataset.country("KEN").expect("KEN");
        let year_of = |year, within| {
            dataset
                .latest(kenya, internet, year, within)
                .map(|o| o.year)
        };
        assert_eq!(year_of(2014, 0), None, "within 0 is the year itself");
        assert_eq!(year_of(2014, 1), Some(2013));
        assert_eq!(year_of(2016, 1), Some(2015));
        assert_eq!(year_of(2012, 5), None, "never a later year");
        assert_eq!(year_of(2020, 4), None, "2015 is five years before 2020");
    }

    #[test]
    fn survey_questions_count_respondents_whatever_else_is_loaded() {
        check(
            "ehealth_policy",
            2015,
            expect![[r#"
                ehealth_policy: years [2015], denominator Respondents
                KEN: value Answer(Yes) (2015) | latest within 2 Answer(Yes) (2015) | counts true
                MLT: value Answer(DontKnow) (2015) | latest within 2 Answer(DontKnow) (2015) | counts true
                XKX: value – | latest within 2 – | counts false
            "#]],
        );
        let survey_only = fixture().dataset;
        let mut with_series = fixture_with_series().dataset;
        // A series value for Kosovo, which did not respond to the survey, must not make it a respondent.
        let internet = with_series.indicator("internet_users").expect("series");
        let kosovo = with_series.country("XKX").expect("XKX");
        with_series = with_series.with_observations(vec![Observation {
            country: kosovo,
            indicator: internet,
            year: 2015,
            value: Value::Number(Decimal {
                units: 500,
                scale: 1,
            }),
            year_adopted: None,
            detail: String::new(),
        }]);
        let policy = |d: &Dataset| d.indicator("ehealth_policy").expect("question");
        assert_eq!(
            yes_share(&with_series, policy(&with_series), Filter::default()),
            yes_share(&survey_only, policy(&survey_only), Filter::default()),
        );
        assert!(!with_series.responded(policy(&with_series), kosovo));
        assert!(with_series.counts_for(internet, kosovo, 2015));
    }
}
