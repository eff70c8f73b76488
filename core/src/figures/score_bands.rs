//! The index's five score bands, shared by its map, legend and table swatches, and how its scores and
//! coverage print.

use crate::figures::bins::Bins;
use crate::number::Decimal;

/// Lower limits of the score bands after the first, on 0–100: five equal bands, so that a colour
/// means the same score whatever the settings (quintiles would move with every weight).
const BAND_LIMITS: [i64; 4] = [20, 40, 60, 80];

/// The score bands: "< 20", "20–40", "40–60", "60–80", "≥ 80".
pub fn score_bands() -> Bins {
    let whole = |units| Decimal { units, scale: 0 };
    Bins {
        limits: BAND_LIMITS.map(whole).to_vec(),
        range: Some((whole(0), whole(100))),
        values: 0,
        years: None,
    }
}

/// A score on 0–100 to one decimal, exact, for printing and binning without float formatting.
pub fn score_decimal(score: f64) -> Decimal {
    Decimal {
        units: (score * 10.0).round() as i64,
        scale: 1,
    }
}

/// "63.5"; "—" without a score.
pub fn score_text(score: Option<f64>) -> String {
    score.map_or_else(
        || "—".to_string(),
        |s| score_decimal(s).trimmed().readable(),
    )
}

/// "85%": coverage (0–1) as a whole percent.
pub fn percent_text(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// Each score's text and band, one a line.
    fn check(scores: &[f64], expect: Expect) {
        let bands = score_bands();
        let out: String = scores
            .iter()
            .map(|&s| {
                let band = bands.category(score_decimal(s));
                let label = match band {
                    crate::figures::scale::Category::Bin(bin) => bands.label(bin),
                    other => other.label().to_string(),
                };
                format!("{} in {label}\n", score_text(Some(s)))
            })
            .collect();
        expect.assert_eq(&out);
    }

    #[test]
    fn a_score_is_banded_on_its_printed_value() {
        // 19.96 prints as 20, so it must be coloured as 20: the swatch and the number cannot disagree.
        check(
            &[0.0, 19.94, 19.96, 40.0, 59.99, 80.0, 100.0],
            expect![[r#"
                0 in < 20
                19.9 in < 20
                20 in 20–40
                40 in 40–60
                60 in 60–80
                80 in ≥ 80
                100 in ≥ 80
            "#]],
        );
    }

    #[test]
    fn no_score_prints_a_dash_and_coverage_a_whole_percent() {
        assert_eq!(score_text(None), "—");
        assert_eq!(percent_text(0.846), "85%");
    }
}
