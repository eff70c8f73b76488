//! Spearman's rank correlation, the external check of the index against published composites.

use super::score::average_ranks;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Correlation {
    /// Number of pairs.
    pub n: usize,
    /// Spearman's ρ, −1 to 1.
    pub rho: f64,
}

/// Spearman's ρ of paired values: Pearson's correlation of their ranks, tied values given the average
/// of the ranks they span (so it stays exact with ties, unlike 1 − 6Σd²/(n(n²−1))). `None` with fewer
/// than three pairs or when either side does not vary.
pub fn spearman(pairs: &[(f64, f64)]) -> Option<Correlation> {
    let n = pairs.len();
    if n < 3 {
        return None;
    }
    let x = average_ranks(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let y = average_ranks(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    // Both rank vectors have mean (n + 1) / 2.
    let mean = (n as f64 + 1.0) / 2.0;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(&y) {
        sxy += (a - mean) * (b - mean);
        sxx += (a - mean) * (a - mean);
        syy += (b - mean) * (b - mean);
    }
    (sxx > 0.0 && syy > 0.0).then(|| Correlation {
        n,
        rho: sxy / (sxx * syy).sqrt(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(x: &[f64], y: &[f64], expect: Expect) {
        let pairs: Vec<(f64, f64)> = x.iter().copied().zip(y.iter().copied()).collect();
        let out = match spearman(&pairs) {
            Some(c) => format!("n={} rho={:.6}", c.n, c.rho),
            None => "none".to_string(),
        };
        expect.assert_eq(&out);
    }

    #[test]
    fn the_textbook_example_gives_its_known_value() {
        // IQ and hours of television per week (Wikipedia, "Spearman's rank correlation coefficient"):
        // Σd² = 194, so ρ = 1 − 6·194 / (10·99) = −29/165 = −0.175758.
        check(
            &[
                106.0, 100.0, 86.0, 101.0, 99.0, 103.0, 97.0, 113.0, 112.0, 110.0,
            ],
            &[7.0, 27.0, 2.0, 50.0, 28.0, 29.0, 20.0, 12.0, 6.0, 17.0],
            expect!["n=10 rho=-0.175758"],
        );
    }

    #[test]
    fn ties_take_average_ranks() {
        // Ranks 1, 2.5, 2.5, 4 against 1, 2, 3, 4: ρ = 4.5 / √(4.5 · 5) = √0.9 = 0.948683.
        check(
            &[1.0, 2.0, 2.0, 3.0],
            &[1.0, 2.0, 3.0, 4.0],
            expect!["n=4 rho=0.948683"],
        );
        check(
            &[1.0, 2.0, 3.0, 4.0, 5.0],
            &[5.0, 6.0, 7.0, 8.0, 7.0],
            expect!["n=5 rho=0.820783"],
        );
    }

    #[test]
    fn perfect_orders_and_degenerate_inputs() {
        check(
            &[1.0, 2.0, 3.0],
            &[10.0, 20.0, 300.0],
            expect!["n=3 rho=1.000000"],
        );
        check(
            &[1.0, 2.0, 3.0],
            &[3.0, 2.0, 1.0],
            expect!["n=3 rho=-1.000000"],
        );
        check(&[1.0, 2.0, 3.0], &[5.0, 5.0, 5.0], expect!["none"]);
        check(&[1.0, 2.0], &[1.0, 2.0], expect!["none"]);
    }
}
