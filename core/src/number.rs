//! Exact decimal numbers for the yearly indicators: parsed from the data files' text and formatted back
//! in integer arithmetic. Formatting a float would pull Rust's float printing (several kilobytes) into
//! the page's wasm; these values are read, compared and printed, never computed with as floats.

use std::cmp::Ordering;

/// `units / 10^scale`, e.g. 16.54 is `{ units: 1654, scale: 2 }`. The scale is the indicator's number of
/// decimals, so every value of an indicator shares it. Equality is of values: 1.5 equals 1.50.
#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    pub units: i64,
    pub scale: u8,
}

/// The most decimals an indicator may declare: 10^9 keeps any plausible value far inside i64.
pub const MAX_SCALE: u8 = 9;

/// Why a text is not a number of an indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a plain decimal: empty, a letter, an exponent, a thousands separator...
    NotANumber,
    /// More digits after the point than the indicator declares.
    TooPrecise { decimals: u8 },
    /// Beyond what the page can hold.
    TooLarge,
}

impl Decimal {
    /// Reads a plain decimal (`-12.5`, `0.1234`, `1200`) with at most `scale` digits after the point.
    pub fn parse(text: &str, scale: u8) -> Result<Decimal, NumberError> {
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !is_digits(whole) || !is_digits(fraction) || digits.ends_with('.') {
            return Err(NumberError::NotANumber);
        }
        if fraction.len() > usize::from(scale) || scale > MAX_SCALE {
            return Err(NumberError::TooPrecise { decimals: scale });
        }
        let mut units: i64 = 0;
        let padding = usize::from(scale) - fraction.len();
        for digit in whole
            .bytes()
            .chain(fraction.bytes())
            .chain(std::iter::repeat_n(b'0', padding))
        {
            units = units
                .checked_mul(10)
                .and_then(|u| u.checked_add(i64::from(digit - b'0')))
                .ok_or(NumberError::TooLarge)?;
        }
        Ok(Decimal {
            units: if negative { -units } else { units },
            scale,
        })
    }

    /// The value as written in data files: `-12.50` for scale 2, no thousands separator.
    pub fn plain(self) -> String {
        self.render(false)
    }

    /// The value for a reader: `1,234.5`, with a minus sign (−) rather than a hyphen.
    pub fn readable(self) -> String {
        self.render(true)
    }

    /// An approximation for scales and axes (log axes, bar lengths), never for printing.
    pub fn to_f64(self) -> f64 {
        self.units as f64 / 10f64.powi(i32::from(self.scale))
    }

    /// The same value at another scale, rounded half away from zero when decimals are dropped.
    pub fn rescale(self, scale: u8) -> Decimal {
        let scale = scale.min(MAX_SCALE);
        let units = match scale.cmp(&self.scale) {
            Ordering::Equal => self.units,
            Ordering::Greater => self
                .units
                .saturating_mul(10i64.pow(u32::from(scale - self.scale))),
            Ordering::Less => {
                let divisor = 10i64.pow(u32::from(self.scale - scale));
                let half = divisor / 2;
                if self.units >= 0 {
                    (self.units + half) / divisor
                } else {
                    (self.units - half) / divisor
                }
            }
        };
        Decimal { units, scale }
    }

    /// The same value without trailing zero decimals (`20.00` becomes `20`), for limits and labels.
    pub fn trimmed(self) -> Decimal {
        let mut d = self;
        while d.scale > 0 && d.units % 10 == 0 {
            d.units /= 10;
            d.scale -= 1;
        }
        d
    }

    /// Rounded to two significant digits (half away from zero), as a legend's limits are: 1,234 is
    /// 1,200 and 0.04567 is 0.046.
    pub fn two_significant(self) -> Decimal {
        let digits = self
            .units
            .unsigned_abs()
            .checked_ilog10()
            .map_or(1, |d| d + 1);
        if digits <= 2 {
            return self;
        }
        let factor = 10i64.pow(digits - 2);
        let half = factor / 2;
        let rounded = if self.units >= 0 {
            (self.units + half) / factor
        } else {
            (self.units - half) / factor
        };
        Decimal {
            units: rounded * factor,
            scale: self.scale,
        }
    }

    /// The midpoint of two values, exact: one more decimal where the sum is odd (the median of an
    /// even count of values).
    pub fn midpoint(self, other: Decimal) -> Decimal {
        let scale = self.scale.max(other.scale);
        let sum = i128::from(self.rescale(scale).units) + i128::from(other.rescale(scale).units);
        if sum % 2 == 0 {
            Decimal {
                units: (sum / 2) as i64,
                scale,
            }
        } else {
            Decimal {
                units: (sum * 5) as i64,
                scale: scale + 1,
            }
        }
    }

    fn render(self, readable: bool) -> String {
        // Digits only, least significant first, padded so that there is one before the point.
        let scale = usize::from(self.scale);
        let mut digits: Vec<u8> = Vec::new();
        let mut rest = self.units.unsigned_abs();
        while rest > 0 || digits.len() <= scale {
            digits.push(b'0' + (rest % 10) as u8);
            rest /= 10;
        }
        let whole = digits.len() - scale;
        let mut out = String::new();
        if self.units < 0 {
            out.push_str(if readable { "−" } else { "-" });
        }
        for (i, &digit) in digits.iter().rev().enumerate() {
            if i == whole {
                out.push('.');
            } else if readable && i > 0 && i < whole && (whole - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(char::from(digit));
        }
        out
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        let scale = self.scale.max(other.scale);
        let widen = |d: &Decimal| i128::from(d.units) * 10i128.pow(u32::from(scale - d.scale));
        widen(self).cmp(&widen(other))
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Decimal) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    /// Parses `text` at `scale` and prints the plain and readable forms, or the error.
    fn check(text: &str, scale: u8, expect: Expect) {
        let out = match Decimal::parse(text, scale) {
            Ok(d) => format!("{} | {}", d.plain(), d.readable()),
            Err(e) => format!("{e:?}"),
        };
        expect.assert_eq(&out);
    }

    #[test]
    fn plain_decimals_parse_and_print_back() {
        check("16.5", 2, expect!["16.50 | 16.50"]);
        check("0.0123", 4, expect!["0.0123 | 0.0123"]);
        check("-0.5", 1, expect!["-0.5 | −0.5"]);
        check("1234567", 0, expect!["1234567 | 1,234,567"]);
        check("1234.5", 1, expect!["1234.5 | 1,234.5"]);
        check("100", 0, expect!["100 | 100"]);
        check("0", 2, expect!["0.00 | 0.00"]);
    }

    #[test]
    fn anything_else_is_refused_with_a_reason() {
        check("", 1, expect!["NotANumber"]);
        check("1e5", 1, expect!["NotANumber"]);
        check("1,000", 0, expect!["NotANumber"]);
        check("12.", 1, expect!["NotANumber"]);
        check(".5", 1, expect!["NotANumber"]);
        check("--1", 1, expect!["NotANumber"]);
        check("1.25", 1, expect!["TooPrecise { decimals: 1 }"]);
        check("99999999999999999999", 0, expect!["TooLarge"]);
        check("١٢", 0, expect!["NotANumber"]);
    }

    #[test]
    fn order_midpoint_and_rescale_are_exact() {
        let d = |units, scale| Decimal { units, scale };
        assert!(d(150, 2) > d(14, 1));
        assert_eq!(d(15, 1).cmp(&d(150, 2)), Ordering::Equal);
        assert_eq!(d(3, 0).midpoint(d(4, 0)), d(35, 1));
        assert_eq!(d(3, 0).midpoint(d(5, 0)), d(4, 0));
        assert_eq!(d(-3, 0).midpoint(d(-4, 0)), d(-35, 1));
        assert_eq!(d(1655, 2).rescale(1), d(166, 1));
        assert_eq!(d(-1655, 2).rescale(1), d(-166, 1));
        assert_eq!(d(5, 1).rescale(3), d(500, 3));
        assert_eq!(d(1655, 2).to_f64(), 16.55);
        assert_eq!(d(2000, 2).trimmed().plain(), "20");
        assert_eq!(d(2050, 2).trimmed().plain(), "20.5");
        assert_eq!(d(0, 2).trimmed().plain(), "0");
        assert_eq!(d(1234, 0).two_significant(), d(1200, 0));
        assert_eq!(d(4567, 5).two_significant(), d(4600, 5));
        assert_eq!(d(-1250, 1).two_significant(), d(-1300, 1));
        assert_eq!(d(7, 1).two_significant(), d(7, 1));
    }
}
