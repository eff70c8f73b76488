//! Rounding of the sources' decimal text to a fixed number of digits after the point, done on the
//! digits themselves so output is exact and deterministic (no f64 formatting).

/// `text` rounded half away from zero to exactly `decimals` digits after the point. Accepts what the
/// sources write: an optional `-`, digits with an optional `.`, and an optional exponent
/// (`9.17E-05` occurs in the WDI internet file).
pub fn round_decimal(text: &str, decimals: usize) -> Result<String, String> {
    let not_a_number = || format!("\"{text}\" is not a decimal number");
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (
            mantissa,
            exponent.parse::<i64>().map_err(|_| not_a_number())?,
        ),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(not_a_number());
    }
    // The value is 0.d1d2d3… × 10^point; keep the digits before index `keep`, round on the next one.
    let point = whole.len() as i64 + exponent;
    let keep = point + decimals as i64;
    let digit = |index: i64| -> u8 {
        usize::try_from(index)
            .ok()
            .and_then(|i| digits.get(i))
            .map_or(0, |d| d - b'0')
    };
    let mut kept: Vec<u8> = (0..keep.max(0)).map(digit).collect();
    if digit(keep) >= 5 {
        let mut index = kept.len();
        loop {
            if index == 0 {
                kept.insert(0, 1);
                break;
            }
            index -= 1;
            if kept[index] == 9 {
                kept[index] = 0;
            } else {
                kept[index] += 1;
                break;
            }
        }
    }
    let first_significant = kept.iter().position(|&d| d != 0).unwrap_or(kept.len());
    let mut kept: Vec<u8> =
        kept[first_significant.min(kept.len().saturating_sub(decimals + 1))..].to_vec();
    while kept.len() < decimals + 1 {
        kept.insert(0, 0);
    }
    let split = kept.len() - decimals;
    let text_of = |ds: &[u8]| ds.iter().map(|d| char::from(b'0' + d)).collect::<String>();
    let sign = if negative && kept.iter().any(|&d| d != 0) {
        "-"
    } else {
        ""
    };
    Ok(if decimals == 0 {
        format!("{sign}{}", text_of(&kept))
    } else {
        format!(
            "{sign}{}.{}",
            text_of(&kept[..split]),
            text_of(&kept[split..])
        )
    })
}

#[cfg(test)]
mod tests {
    use super::round_decimal;
    use expect_test::{expect, Expect};

    fn check(input: &str, decimals: usize, expect: Expect) {
        let actual = match round_decimal(input, decimals) {
            Ok(text) => text,
            Err(message) => format!("error: {message}"),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn pads_to_the_number_of_decimals() {
        check("16.5", 2, expect!["16.50"]);
    }

    #[test]
    fn integers_stay_integers() {
        check("1438069596", 0, expect!["1438069596"]);
    }

    #[test]
    fn half_rounds_away_from_zero() {
        check("212032318.5", 0, expect!["212032319"]);
    }

    #[test]
    fn half_rounds_away_from_zero_when_negative() {
        check("-2.25", 1, expect!["-2.3"]);
    }

    #[test]
    fn below_half_rounds_down() {
        check("99.1536560058594", 1, expect!["99.2"]);
    }

    #[test]
    fn float_artefacts_disappear() {
        check("0.7026600000000001", 4, expect!["0.7027"]);
    }

    #[test]
    fn carry_runs_through_nines() {
        check("99.96", 1, expect!["100.0"]);
    }

    #[test]
    fn carry_adds_a_digit_when_decimals_are_zero() {
        check("9.5", 0, expect!["10"]);
    }

    #[test]
    fn exponent_moves_the_point_left() {
        check("9.17E-05", 1, expect!["0.0"]);
    }

    #[test]
    fn exponent_moves_the_point_right() {
        check("1.5e3", 1, expect!["1500.0"]);
    }

    #[test]
    fn small_values_round_up_into_the_last_digit() {
        check("0.0074", 2, expect!["0.01"]);
    }

    #[test]
    fn leading_point_is_read() {
        check(".5", 0, expect!["1"]);
    }

    #[test]
    fn negative_zero_loses_its_sign() {
        check("-0.004", 2, expect!["0.00"]);
    }

    #[test]
    fn leading_zeros_are_dropped() {
        check("007.10", 1, expect!["7.1"]);
    }

    #[test]
    fn thousands_separator_is_refused() {
        check(
            "69,338.29",
            0,
            expect![[r#"error: "69,338.29" is not a decimal number"#]],
        );
    }

    #[test]
    fn empty_text_is_refused() {
        check("", 0, expect![[r#"error: "" is not a decimal number"#]]);
    }

    #[test]
    fn bad_exponent_is_refused() {
        check("1e", 0, expect![[r#"error: "1e" is not a decimal number"#]]);
    }
}
