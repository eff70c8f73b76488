//! The sources of `data/sources.csv`: who published each dataset, under which licence, how to cite
//! it, and what the denominator of a share of countries is.

pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    /// As the source's SOURCE.md states it.
    pub licence: &'static str,
    /// A full reference an academic can paste.
    pub citation: &'static str,
    pub url: &'static str,
    /// `respondents` for a survey (shares are of the countries that answered), `values` for a
    /// statistical series (shares are of the countries with a value that year).
    pub denominator: &'static str,
}

/// Sorted by id.
pub const SOURCES: [Source; 6] = [
    Source {
        id: "gapminder",
        title: "Systema Globalis",
        publisher: "Gapminder",
        licence: "CC BY 4.0",
        citation: "Gapminder (2026). Systema Globalis, open-numbers/ddf--gapminder--systema_globalis, snapshot c63631abeb62af6db3910f68be7c2b443beca50b of 2026-03-01; ITU series from the World Bank's World Development Indicators. https://github.com/open-numbers/ddf--gapminder--systema_globalis",
        url: "https://github.com/open-numbers/ddf--gapminder--systema_globalis",
        denominator: "values",
    },
    Source {
        id: "itu-idi",
        title: "ICT Development Index (Measuring the Information Society Report 2015 and 2017)",
        publisher: "International Telecommunication Union",
        licence: "ITU copyright",
        citation: "International Telecommunication Union (2015, 2017). Measuring the Information Society Report 2015; Measuring the Information Society Report 2017: ICT Development Index. Geneva: ITU. https://www.itu.int/net4/ITU-D/idi/2017/index.html",
        url: "https://www.itu.int/net4/ITU-D/idi/2017/index.html",
        denominator: "values",
    },
    Source {
        id: "un-egov",
        title: "UN E-Government Survey: E-Government Development Index, 2003–2024",
        publisher: "United Nations Department of Economic and Social Affairs",
        licence: "UN data. Use with attribution under the UN E-Government Knowledgebase terms of use",
        citation: "United Nations Department of Economic and Social Affairs (2003–2024). United Nations E-Government Survey: E-Government Development Index and sub-indices, UN E-Government Knowledgebase Data Center; 2012 edition as re-published by UNU-EGOV (UNU-EGOV/datasets). https://publicadministration.un.org/egovkb/en-us/Data-Center",
        url: "https://publicadministration.un.org/egovkb/en-us/Data-Center",
        denominator: "values",
    },
    Source {
        id: "wb-wdi",
        title: "World Development Indicators",
        publisher: "World Bank",
        licence: "CC BY 4.0",
        citation: "World Bank (2023–2026). World Development Indicators, per-indicator CSV downloads last updated 2023-03-01 to 2026-07-13. Washington, DC: World Bank. https://data.worldbank.org/indicator",
        url: "https://data.worldbank.org/indicator",
        denominator: "values",
    },
    Source {
        id: "wef-nri",
        title: "Networked Readiness Index (Global Information Technology Report 2012–2015)",
        publisher: "World Economic Forum",
        licence: "WEF terms of use (attribution; check before redistribution beyond research use)",
        citation: "World Economic Forum (2012–2015). The Global Information Technology Report 2012, 2013, 2014, 2015: Networked Readiness Index. Geneva: World Economic Forum.",
        url: "",
        denominator: "values",
    },
    Source {
        id: "who-goe-2015",
        title: "Atlas of eHealth country profiles 2015",
        publisher: "World Health Organization, Global Observatory for eHealth",
        licence: "CC BY-NC-SA 3.0 IGO",
        citation: "World Health Organization (2016). Atlas of eHealth country profiles 2015: the use of eHealth in support of universal health coverage. Based on the findings of the third global survey on eHealth 2015. Geneva: WHO, Global Observatory for eHealth. https://www.who.int/goe",
        url: "https://www.who.int/goe",
        denominator: "respondents",
    },
];
