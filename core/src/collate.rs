//! Sorting names as a reader expects, whatever their accents.

/// A case- and accent-insensitive key, so that "Türkiye" sorts among the T's next to "Turkmenistan"
/// and "Åland Islands" among the A's, as a reader expects. Only the Latin-1 letters of country names
/// are folded, by table: Unicode case tables would cost the page several kilobytes.
pub fn collation_key(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'À'..='Å' | 'à'..='å' => 'a',
            'Ç' | 'ç' => 'c',
            'È'..='Ë' | 'è'..='ë' => 'e',
            'Ì'..='Ï' | 'ì'..='ï' => 'i',
            'Ñ' | 'ñ' => 'n',
            'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => 'o',
            'Ù'..='Ü' | 'ù'..='ü' => 'u',
            'Ý' | 'ý' | 'ÿ' => 'y',
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_change_the_order() {
        let mut names = vec![
            "Tuvalu",
            "Türkiye",
            "Turkmenistan",
            "Åland Islands",
            "Zambia",
            "angola",
        ];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(
            names,
            [
                "Åland Islands",
                "angola",
                "Türkiye",
                "Turkmenistan",
                "Tuvalu",
                "Zambia"
            ]
        );
    }
}
