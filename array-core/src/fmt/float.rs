//! NumPy's float printing: `FloatingFormat` of `numpy/_core/arrayprint.py` (precision 8,
//! `floatmode='maxprec'`, no suppression) for arrays, and the scalar `str()` for 0-d arrays.
//!
//! Digits come from Rust's float formatting, which gives the shortest digits that round-trip
//! (`{:e}`) and correctly rounded fixed digits (`{:.8}`, `{:.8e}`, ties to even): the same
//! digits NumPy's Dragon4 produces in its unique and cutoff modes.

use core::fmt::{Display, LowerExp};

use super::{FormatElement, PrintOptions};

/// The float types NumPy prints: `f32` and `f64`.
pub(crate) trait Float:
    Copy + Display + LowerExp + PartialOrd + core::ops::Div<Output = Self>
{
    const DTYPE: &'static str;
    /// Below this magnitude (and from 1e-4 up) a scalar prints positionally.
    const SCALAR_CUTOFF: f64;
    /// From this magnitude up an array prints in scientific notation: `10**min(8, precision)`
    /// with the type's decimal precision (15 for f64, 6 for f32).
    const EXP_CUTOFF_MAX: f64;
    fn to_f64(self) -> f64;
    /// A Python float compared with a NumPy scalar is converted to the scalar's type (NEP 50).
    fn from_f64(x: f64) -> Self;
    fn abs(self) -> Self;
}

impl Float for f64 {
    const DTYPE: &'static str = "float64";
    const SCALAR_CUTOFF: f64 = 1e16;
    const EXP_CUTOFF_MAX: f64 = 1e8;
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(x: f64) -> Self {
        x
    }
    fn abs(self) -> Self {
        self.abs()
    }
}

impl Float for f32 {
    const DTYPE: &'static str = "float32";
    const SCALAR_CUTOFF: f64 = 1e6;
    const EXP_CUTOFF_MAX: f64 = 1e6;
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    #[allow(clippy::cast_possible_truncation)]
    fn from_f64(x: f64) -> Self {
        x as f32
    }
    fn abs(self) -> Self {
        self.abs()
    }
}

/// The shortest round-trip digits of `|x|` and its decimal exponent: `x = d.ddd × 10^exp`.
fn shortest<F: Float>(x: F) -> (String, i32) {
    split_exp(&format!("{:e}", x.abs()))
}

/// `"d.ddde-5"` into the digits `"dddd"` and the exponent `-5`.
fn split_exp(s: &str) -> (String, i32) {
    let (mantissa, exp) = s.split_once('e').expect("LowerExp writes an exponent");
    (
        mantissa.replace('.', ""),
        exp.parse().expect("an integer exponent"),
    )
}

/// `|x|` in positional notation with at most `precision` digits after the point, the
/// shortest that round-trips when that fits: `(integer part, fraction digits)`.
fn positional_digits<F: Float>(x: F, precision: usize) -> (String, String) {
    let (digits, exp) = shortest(x);
    // Digits after the point: all but those before it (`exp + 1` of them when exp >= 0).
    let frac_len = usize::try_from(digits.len() as i64 - 1 - i64::from(exp)).unwrap_or(0);
    let text = if frac_len <= precision {
        format!("{:.*}", frac_len, x.abs())
    } else {
        format!("{:.*}", precision, x.abs())
    };
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    (int.to_owned(), frac.trim_end_matches('0').to_owned())
}

/// `|x|` in scientific notation with at most `precision` mantissa digits after the point:
/// `(first digit, fraction digits, exponent)`.
fn scientific_digits<F: Float>(x: F, precision: usize) -> (String, String, i32) {
    let (digits, exp) = shortest(x);
    let (digits, exp) = if digits.len() - 1 <= precision {
        (digits, exp)
    } else {
        split_exp(&format!("{:.*e}", precision, x.abs()))
    };
    let (first, frac) = digits.split_at(1);
    (first.to_owned(), frac.trim_end_matches('0').to_owned(), exp)
}

fn sign<F: Float>(x: F) -> &'static str {
    if x.to_f64().is_sign_negative() {
        "-"
    } else {
        ""
    }
}

fn exponent(exp: i32, digits: usize) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    format!("e{sign}{:0digits$}", exp.unsigned_abs())
}

/// The widest integer part, sign included, of the finite values (NumPy's `pad_left`).
fn widest_integer_part<'s, F: Float>(
    finite: &[F],
    ints: impl Iterator<Item = &'s String>,
) -> usize {
    finite
        .iter()
        .zip(ints)
        .map(|(&x, int)| sign(x).len() + int.len())
        .max()
        .unwrap_or(0)
}

/// How every element of one array is laid out (NumPy's `FloatingFormat.fillFormat`).
enum FloatStyle {
    Positional {
        pad_left: usize,
        pad_right: usize,
    },
    Scientific {
        pad_left: usize,
        precision: usize,
        exp_size: usize,
    },
}

/// The words of an array of floats, padded to one width (NumPy's `FloatingFormat`).
pub(crate) fn format_floats<F: Float>(shown: &[&F], options: &PrintOptions) -> Vec<String> {
    let precision = options.precision;
    let finite: Vec<F> = shown
        .iter()
        .map(|&&x| x)
        .filter(|x| x.to_f64().is_finite())
        .collect();
    let (mut min, mut max) = (None::<F>, None::<F>);
    for &x in &finite {
        let a = x.abs();
        if a.to_f64() != 0.0 {
            min = Some(min.map_or(a, |m| if a < m { a } else { m }));
            max = Some(max.map_or(a, |m| if a > m { a } else { m }));
        }
    }
    let exp_format = match (min, max) {
        (Some(min), Some(max)) => {
            max >= F::from_f64(F::EXP_CUTOFF_MAX)
                || (!options.suppress
                    && (min < F::from_f64(1e-4) || max / min > F::from_f64(1000.0)))
        }
        _ => false,
    };
    let mut style = if finite.is_empty() {
        FloatStyle::Positional {
            pad_left: 0,
            pad_right: 0,
        }
    } else if exp_format {
        let parts: Vec<(String, String, i32)> = finite
            .iter()
            .map(|&x| scientific_digits(x, precision))
            .collect();
        let pad_left = widest_integer_part(&finite, parts.iter().map(|p| &p.0));
        let precision = parts.iter().map(|p| p.1.len()).max().unwrap_or(0);
        let exp_size = parts
            .iter()
            .map(|p| exponent(p.2, 2).len() - 2)
            .max()
            .unwrap_or(2);
        FloatStyle::Scientific {
            pad_left,
            precision,
            exp_size,
        }
    } else {
        let parts: Vec<(String, String)> = finite
            .iter()
            .map(|&x| positional_digits(x, precision))
            .collect();
        let pad_left = widest_integer_part(&finite, parts.iter().map(|p| &p.0));
        let pad_right = parts.iter().map(|p| p.1.len()).max().unwrap_or(0);
        FloatStyle::Positional {
            pad_left,
            pad_right,
        }
    };
    // Room for `nan`, `inf` and `-inf` to the left of the point.
    if finite.len() != shown.len() {
        let neg_inf = shown.iter().any(|x| x.to_f64() == f64::NEG_INFINITY);
        let right = match style {
            FloatStyle::Positional { pad_right, .. } => pad_right,
            FloatStyle::Scientific {
                precision,
                exp_size,
                ..
            } => exp_size + 2 + precision,
        };
        let need = (3 + usize::from(neg_inf)).saturating_sub(right + 1);
        match &mut style {
            FloatStyle::Positional { pad_left, .. } | FloatStyle::Scientific { pad_left, .. } => {
                *pad_left = (*pad_left).max(need).max(3usize.saturating_sub(right + 1));
            }
        }
    }
    shown
        .iter()
        .map(|&&x| format_one(x, &style, precision))
        .collect()
}

fn format_one<F: Float>(x: F, style: &FloatStyle, max_precision: usize) -> String {
    let v = x.to_f64();
    if !v.is_finite() {
        let word = if v.is_nan() {
            "nan"
        } else if v < 0.0 {
            "-inf"
        } else {
            "inf"
        };
        let width = match *style {
            FloatStyle::Positional {
                pad_left,
                pad_right,
            } => pad_left + pad_right + 1,
            FloatStyle::Scientific {
                pad_left,
                precision,
                exp_size,
            } => pad_left + exp_size + 3 + precision,
        };
        return format!("{word:>width$}");
    }
    match *style {
        FloatStyle::Positional {
            pad_left,
            pad_right,
        } => {
            let (int, frac) = positional_digits(x, max_precision);
            let int = format!("{}{int}", sign(x));
            format!("{int:>pad_left$}.{frac:<pad_right$}")
        }
        FloatStyle::Scientific {
            pad_left,
            precision,
            exp_size,
        } => {
            // Every word gets `precision` digits: NumPy's Dragon4 with `min_digits` goes on with
            // the exact value's digits past the shortest ones, correctly rounded.
            let (digits, exp) = split_exp(&format!("{:.*e}", precision, x.abs()));
            let (first, frac) = digits.split_at(1);
            let int = format!("{}{first}", sign(x));
            format!("{int:>pad_left$}.{frac}{}", exponent(exp, exp_size))
        }
    }
}

/// NumPy's `str()` of a float scalar (and so of a 0-d float array): Python's float repr
/// rules, positional from 1e-4 up to the type's cutoff, scientific outside.
pub(crate) fn format_float_scalar<F: Float>(x: F) -> String {
    let v = x.to_f64();
    if v.is_nan() {
        return "nan".to_owned();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf" } else { "inf" }.to_owned();
    }
    let a = x.abs().to_f64();
    if a == 0.0 || (1e-4..F::SCALAR_CUTOFF).contains(&a) {
        let (int, frac) = positional_digits(x, usize::MAX / 2);
        let frac = if frac.is_empty() {
            "0".to_owned()
        } else {
            frac
        };
        format!("{}{int}.{frac}", sign(x))
    } else {
        let (first, frac, exp) = scientific_digits(x, usize::MAX / 2);
        let point = if frac.is_empty() {
            String::new()
        } else {
            format!(".{frac}")
        };
        format!("{}{first}{point}{}", sign(x), exponent(exp, 2))
    }
}

macro_rules! float_format {
    ($($t:ty => $implied:literal),*) => {$(
        impl FormatElement for $t {
            const DTYPE: &'static str = <$t as Float>::DTYPE;
            const DTYPE_IMPLIED: bool = $implied;
            fn format_all(shown: &[&Self], options: &PrintOptions) -> Vec<String> {
                format_floats(shown, options)
            }
            fn format_scalar(&self) -> String {
                format_float_scalar(*self)
            }
        }
    )*};
}
float_format!(f32 => false, f64 => true);
