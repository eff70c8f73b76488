//! The numeric context indicators: id, labels, unit, precision, building block and source of each.
//! Metadata only; every value comes from the raw files.

use readiness_core::model::BuildingBlock;

pub struct Indicator {
    /// Stable snake_case id: file name under `data/series/` and the page's URL key.
    pub id: &'static str,
    /// Short label, at most 40 characters.
    pub label: &'static str,
    /// One sentence, at most 200 characters; the source's full definition goes to datapackage.json.
    pub definition: &'static str,
    pub unit: &'static str,
    /// Digits after the point in the written values.
    pub decimals: usize,
    pub higher_is_better: bool,
    /// Building block of the WHO-ITU National eHealth Strategy Toolkit it informs; `None` for
    /// general context.
    pub block: Option<BuildingBlock>,
    /// Id in `data/sources.csv`.
    pub source: &'static str,
    /// The series' code in its source: WDI code, Gapminder concept, or the column key of the index files.
    pub code: &'static str,
    /// Why this source, where another file offered the same series, and caveats; goes to datapackage.json.
    pub note: &'static str,
}

use BuildingBlock::{
    Infrastructure, LeadershipGovernance, ServicesApplications, StrategyInvestment, Workforce,
};

/// Sorted by id, the order of `series.csv`.
pub const INDICATORS: [Indicator; 20] = [
    Indicator {
        id: "broadband_subscriptions",
        label: "Fixed broadband subscriptions",
        definition: "Fixed subscriptions to high-speed public internet access (256 kbit/s or more downstream), per 100 people.",
        unit: "per 100 people",
        decimals: 2,
        higher_is_better: true,
        block: Some(Infrastructure),
        source: "gapminder",
        code: "broadband_subscribers_per_100_people",
        note: "WDI IT.NET.BBND.P2 (ITU) as re-published by Gapminder: no World Bank download of a recent vintage was available. Two decimals keep the low values of many countries (0.05).",
    },
    Indicator {
        id: "egdi",
        label: "E-Government Development Index",
        definition: "UN composite of online services, telecommunication infrastructure and human capital, 0 to 1; methodology revised between editions.",
        unit: "index, 0–1",
        decimals: 4,
        higher_is_better: true,
        block: Some(LeadershipGovernance),
        source: "un-egov",
        code: "egdi",
        note: "Weighted average of the Online Service, Telecommunication Infrastructure and Human Capital indices (one third each). 2003–2005 used an older methodology; values are not strictly comparable across editions. 2012 is from the UNU-EGOV re-publication (the only 2012 file found).",
    },
    Indicator {
        id: "egov_human_capital",
        label: "E-Government human capital",
        definition: "Human Capital Index of the UN E-Government Survey (adult literacy, school enrolment, years of schooling), 0 to 1.",
        unit: "index, 0–1",
        decimals: 4,
        higher_is_better: true,
        block: None,
        source: "un-egov",
        code: "hci",
        note: "A sub-index of the EGDI; general context on education rather than on the health workforce.",
    },
    Indicator {
        id: "egov_online_services",
        label: "E-Government online services",
        definition: "Online Service Index of the UN E-Government Survey: scope and quality of national government online services, 0 to 1.",
        unit: "index, 0–1",
        decimals: 4,
        higher_is_better: true,
        block: Some(ServicesApplications),
        source: "un-egov",
        code: "osi",
        note: "A sub-index of the EGDI, scored by UN DESA from an assessment of national government portals.",
    },
    Indicator {
        id: "egov_telecom",
        label: "E-Government telecom infrastructure",
        definition: "Telecommunication Infrastructure Index of the UN E-Government Survey (internet, mobile and broadband use), 0 to 1.",
        unit: "index, 0–1",
        decimals: 4,
        higher_is_better: true,
        block: Some(Infrastructure),
        source: "un-egov",
        code: "tii",
        note: "A sub-index of the EGDI, computed by UN DESA from ITU indicators.",
    },
    Indicator {
        id: "electricity_access",
        label: "Access to electricity",
        definition: "Share of the population with access to electricity.",
        unit: "% of population",
        decimals: 1,
        higher_is_better: true,
        block: Some(Infrastructure),
        source: "wb-wdi",
        code: "EG.ELC.ACCS.ZS",
        note: "",
    },
    Indicator {
        id: "gdp_per_capita",
        label: "GDP per capita",
        definition: "Gross domestic product divided by midyear population, in current US dollars.",
        unit: "current US$",
        decimals: 0,
        higher_is_better: true,
        block: None,
        source: "wb-wdi",
        code: "NY.GDP.PCAP.CD",
        note: "",
    },
    Indicator {
        id: "gdp_per_capita_ppp",
        label: "GDP per capita, PPP",
        definition: "Gross domestic product per person converted at purchasing power parity, in current international dollars.",
        unit: "current international $",
        decimals: 0,
        higher_is_better: true,
        block: None,
        source: "wb-wdi",
        code: "NY.GDP.PCAP.PP.CD",
        note: "WDI vintage of 2024-06-28 (2021-based PPPs). Gapminder's constant-dollar PPP series is a different measure and is not shipped.",
    },
    Indicator {
        id: "health_spending_gdp",
        label: "Health spending, % of GDP",
        definition: "Current health expenditure (goods and services consumed in the year, no capital spending) as a share of GDP.",
        unit: "% of GDP",
        decimals: 2,
        higher_is_better: true,
        block: Some(StrategyInvestment),
        source: "wb-wdi",
        code: "SH.XPD.CHEX.GD.ZS",
        note: "Chosen over Gapminder's copy of the same WHO GHED series: the World Bank file is the newer vintage (GHED of 2025-12-12, values to 2024; Gapminder stops at 2022), from the primary publisher, with its metadata. Two decimals as WHO publishes them.",
    },
    Indicator {
        id: "health_spending_per_capita",
        label: "Health spending per person",
        definition: "Current health expenditure per person, in current US dollars.",
        unit: "current US$",
        decimals: 0,
        higher_is_better: true,
        block: Some(StrategyInvestment),
        source: "wb-wdi",
        code: "SH.XPD.CHEX.PC.CD",
        note: "",
    },
    Indicator {
        id: "ict_development_index",
        label: "ICT Development Index",
        definition: "ITU composite of ICT access, use and skills (11 indicators), 0 to 10; editions 2010, 2015 and 2017 only.",
        unit: "index, 0–10",
        decimals: 2,
        higher_is_better: true,
        block: Some(Infrastructure),
        source: "itu-idi",
        code: "idi",
        note: "2010 and 2015 from the Measuring the Information Society Report 2015 (2010 as recomputed there), 2017 from the 2017 report, the last edition of this methodology. The 2023+ IDI uses a new 0–100 scale and is not included.",
    },
    Indicator {
        id: "internet_users",
        label: "Internet users",
        definition: "Share of the population who used the internet from any location in the last three months.",
        unit: "% of population",
        decimals: 1,
        higher_is_better: true,
        block: Some(Infrastructure),
        source: "wb-wdi",
        code: "IT.NET.USER.ZS",
        note: "Chosen over Gapminder's later WDI vintage of the same ITU series: the World Bank download is from the primary publisher with its metadata, and its values are at the one decimal written here; Gapminder's copy has 2024 values for more countries, which this file lacks.",
    },
    Indicator {
        id: "life_expectancy",
        label: "Life expectancy at birth",
        definition: "Years a newborn would live if the mortality patterns of its birth year stayed the same throughout its life.",
        unit: "years",
        decimals: 1,
        higher_is_better: true,
        block: None,
        source: "wb-wdi",
        code: "SP.DYN.LE00.IN",
        note: "",
    },
    Indicator {
        id: "literacy",
        label: "Adult literacy",
        definition: "Share of people aged 15 and above who can read and write a short simple statement about their everyday life.",
        unit: "% of people 15+",
        decimals: 1,
        higher_is_better: true,
        block: None,
        source: "wb-wdi",
        code: "SE.ADT.LITR.ZS",
        note: "Survey-based and sparse; many high-income countries have no value.",
    },
    Indicator {
        id: "mobile_subscriptions",
        label: "Mobile subscriptions",
        definition: "Subscriptions to a public mobile telephone service, per 100 people; one person may hold several.",
        unit: "per 100 people",
        decimals: 1,
        higher_is_better: true,
        block: Some(Infrastructure),
        source: "gapminder",
        code: "cell_phones_per_100_people",
        note: "WDI IT.CEL.SETS.P2 (ITU) as re-published by Gapminder: no World Bank download of a recent vintage was available.",
    },
    Indicator {
        id: "networked_readiness_index",
        label: "Networked Readiness Index",
        definition: "World Economic Forum score of a country's environment, readiness, usage and impact of ICT, 1 to 7.",
        unit: "index, 1–7",
        decimals: 2,
        higher_is_better: true,
        block: Some(Infrastructure),
        source: "wef-nri",
        code: "nri",
        note: "Editions 2012–2015 of the Global Information Technology Report; countries not covered in a year have no value.",
    },
    Indicator {
        id: "nurses_midwives",
        label: "Nurses and midwives",
        definition: "Nurses and midwives (professional, auxiliary, enrolled and associated personnel) per 1,000 people.",
        unit: "per 1,000 people",
        decimals: 2,
        higher_is_better: true,
        block: Some(Workforce),
        source: "wb-wdi",
        code: "SH.MED.NUMW.P3",
        note: "WDI vintage of 2023-03-01 (last data year 2020). WHO has since revised the series strongly for some countries, with methodological breaks: compare countries within a year rather than read trends.",
    },
    Indicator {
        id: "physicians",
        label: "Physicians",
        definition: "Generalist and specialist medical practitioners per 1,000 people.",
        unit: "per 1,000 people",
        decimals: 3,
        higher_is_better: true,
        block: Some(Workforce),
        source: "wb-wdi",
        code: "SH.MED.PHYS.ZS",
        note: "Chosen over Gapminder's identical copy: the World Bank file is from the primary publisher, with its metadata, and of the same or newer vintage. Three decimals as WHO publishes them: densities under 0.1 per 1,000 would lose up to 7% at two. Series breaks (e.g. Kenya 2020–2022) are as published.",
    },
    Indicator {
        id: "population",
        label: "Population",
        definition: "Midyear estimate of all residents regardless of legal status or citizenship.",
        unit: "people",
        decimals: 0,
        higher_is_better: true,
        block: None,
        source: "wb-wdi",
        code: "SP.POP.TOTL",
        note: "Context only: higher_is_better is true by convention and carries no judgement.",
    },
    Indicator {
        id: "uhc_index",
        label: "UHC service coverage index",
        definition: "WHO index of coverage of essential health services (14 tracer indicators), 0 to 100.",
        unit: "index, 0–100",
        decimals: 0,
        higher_is_better: true,
        block: None,
        source: "wb-wdi",
        code: "SH.UHC.SRVS.CV.XD",
        note: "SDG indicator 3.8.1, published for 2000, 2005, 2010, 2015, 2017, 2019 and 2021 only, as integers. The download has no indicator metadata file.",
    },
];

pub fn indicator(id: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.id == id)
}

#[cfg(test)]
mod tests {
    use super::INDICATORS;

    #[test]
    fn ids_are_sorted_and_texts_short() {
        let ids: Vec<&str> = INDICATORS.iter().map(|i| i.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted);
        for indicator in &INDICATORS {
            assert!(indicator.label.chars().count() <= 40, "{}", indicator.id);
            assert!(
                indicator.definition.chars().count() <= 200,
                "{}",
                indicator.id
            );
            assert!(indicator.decimals <= 4, "{}", indicator.id);
        }
    }
}
