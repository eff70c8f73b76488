//! Sorting names as a reader expects, whatever their accents.

/// A case- and accent-insensitive key, so that "Türkiye" sorts among the T's next to "Turkmenistan"
/// and "Åland Islands" among the A's, as a reader expects.
pub fn collation_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à'..='å' => 'a',
            'ç' => 'c',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ñ' => 'n',
            'ò'..='ö' | 'ø' => 'o',
            'ù'..='ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
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
