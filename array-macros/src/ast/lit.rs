//! Literals, read once by the parser: integers with their radix, sign and suffix, floats,
//! booleans.

use proc_macro2::{Span, TokenStream, TokenTree};

/// A literal as written, with its value where an integer or float.
#[derive(Clone)]
pub(crate) struct Lit {
    /// The tokens (`-` and the literal, for a negative one).
    pub(crate) tokens: TokenStream,
    pub(crate) span: Span,
    pub(crate) value: LitValue,
}

/// What a literal is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum LitValue {
    /// An integer: its magnitude, sign and type suffix (`""` when unsuffixed).
    Int {
        magnitude: u128,
        negative: bool,
        suffix: String,
    },
    /// An integer too large for `u128`.
    HugeInt,
    /// A float (`1.5`, `2e3`, `1f32`).
    Float { negative: bool, suffix: String },
    /// `true` or `false`.
    Bool(bool),
    /// A string, byte string, character or byte.
    Other,
}

impl Lit {
    /// The literal `tokens`, one literal or `-` and one literal.
    pub(crate) fn new(literal: &proc_macro2::Literal, negative: bool, tokens: TokenStream) -> Self {
        Self {
            tokens,
            span: literal.span(),
            value: LitValue::parse(&literal.to_string(), negative),
        }
    }

    /// `true` or `false`.
    pub(crate) fn boolean(ident: &proc_macro2::Ident) -> Self {
        Self {
            tokens: TokenTree::Ident(ident.clone()).into(),
            span: ident.span(),
            value: LitValue::Bool(ident == "true"),
        }
    }

    /// Python's `True` or `False`: Rust's `true` or `false`.
    pub(crate) fn python_boolean(ident: &proc_macro2::Ident) -> Self {
        let value = ident == "True";
        let rust = proc_macro2::Ident::new(if value { "true" } else { "false" }, ident.span());
        Self {
            tokens: TokenTree::Ident(rust).into(),
            span: ident.span(),
            value: LitValue::Bool(value),
        }
    }

    /// An unsuffixed integer literal that fits `isize` becomes an `isize` literal (for
    /// `isize::MIN`, the constant): NumPy's `intp`.
    pub(crate) fn as_isize(&mut self) {
        let Some(value) = self.unsuffixed_int().and_then(|v| isize::try_from(v).ok()) else {
            return;
        };
        let span = self.span;
        self.tokens = if value == isize::MIN {
            quote::quote_spanned! {span=> ::core::primitive::isize::MIN }
        } else {
            let mut lit = proc_macro2::Literal::isize_suffixed(value.abs());
            lit.set_span(span);
            if value < 0 {
                quote::quote_spanned! {span=> -#lit }
            } else {
                TokenTree::Literal(lit).into()
            }
        };
        if let LitValue::Int { suffix, .. } = &mut self.value {
            *suffix = "isize".to_owned();
        }
    }

    /// The value of an integer literal that can be an index as written: unsuffixed or
    /// `isize`, and fitting `isize`.
    pub(crate) fn as_index(&self) -> Option<isize> {
        match &self.value {
            LitValue::Int {
                magnitude,
                negative,
                suffix,
            } if suffix.is_empty() || suffix == "isize" => {
                let m = i128::try_from(*magnitude).ok()?;
                isize::try_from(if *negative { -m } else { m }).ok()
            }
            _ => None,
        }
    }

    /// The value of an unsuffixed integer literal, when it fits an `i128`.
    pub(crate) fn unsuffixed_int(&self) -> Option<i128> {
        match &self.value {
            LitValue::Int {
                magnitude,
                negative,
                suffix,
            } if suffix.is_empty() => {
                let m = i128::try_from(*magnitude).ok()?;
                Some(if *negative { -m } else { m })
            }
            _ => None,
        }
    }

    /// The value of a non-negative integer literal of any suffix.
    pub(crate) fn non_negative_int(&self) -> Option<u128> {
        match &self.value {
            LitValue::Int {
                magnitude,
                negative: false,
                ..
            } => Some(*magnitude),
            _ => None,
        }
    }

    /// Whether an integer literal fits `isize` (`isize::MIN` included); true for anything
    /// that is not an integer.
    pub(crate) fn fits_isize(&self) -> bool {
        match &self.value {
            LitValue::Int {
                magnitude,
                negative,
                ..
            } => {
                let limit = if *negative {
                    isize::MIN.unsigned_abs() as u128
                } else {
                    isize::MAX as u128
                };
                *magnitude <= limit
            }
            LitValue::HugeInt => false,
            _ => true,
        }
    }

    /// The type suffix of a number literal (`""` when unsuffixed or not a number).
    pub(crate) fn suffix(&self) -> &str {
        match &self.value {
            LitValue::Int { suffix, .. } | LitValue::Float { suffix, .. } => suffix,
            _ => "",
        }
    }

    pub(crate) fn is_float(&self) -> bool {
        matches!(self.value, LitValue::Float { .. })
    }

    pub(crate) fn is_zero(&self) -> bool {
        matches!(self.value, LitValue::Int { magnitude: 0, .. })
    }
}

impl LitValue {
    /// Read the text of a Rust literal (`0x1F`, `1_000u8`, `2.5e3f32`, `"s"`).
    fn parse(text: &str, negative: bool) -> Self {
        let first = text.chars().next().unwrap_or(' ');
        if !first.is_ascii_digit() {
            return Self::Other;
        }
        let (radix, digits) = match text.get(..2) {
            Some("0x") => (16, &text[2..]),
            Some("0o") => (8, &text[2..]),
            Some("0b") => (2, &text[2..]),
            _ => (10, text),
        };
        let is_digit = |c: char| c.is_digit(radix) || c == '_';
        let end = digits.find(|c: char| !is_digit(c)).unwrap_or(digits.len());
        let (number, suffix) = digits.split_at(end);
        let float_suffix = matches!(suffix, "f32" | "f64");
        if radix == 10 && (suffix.starts_with(['.', 'e', 'E']) || float_suffix) {
            let suffix = ["f32", "f64"]
                .into_iter()
                .find(|s| text.ends_with(s))
                .unwrap_or("");
            return Self::Float {
                negative,
                suffix: suffix.to_owned(),
            };
        }
        let clean: String = number.chars().filter(|&c| c != '_').collect();
        match u128::from_str_radix(&clean, radix) {
            Ok(magnitude) => Self::Int {
                magnitude,
                negative,
                suffix: suffix.to_owned(),
            },
            Err(_) => Self::HugeInt,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LitValue;

    #[test]
    fn literals_are_read_with_their_radix_and_suffix() {
        let int = |m: u128, s: &str| LitValue::Int {
            magnitude: m,
            negative: false,
            suffix: s.to_owned(),
        };
        assert_eq!(LitValue::parse("1_000u8", false), int(1000, "u8"));
        assert_eq!(LitValue::parse("0x1F", false), int(31, ""));
        assert_eq!(LitValue::parse("0b101i64", false), int(5, "i64"));
        assert!(matches!(
            LitValue::parse("2.5e3f32", true),
            LitValue::Float { negative: true, ref suffix } if suffix == "f32"
        ));
        assert!(matches!(
            LitValue::parse("1e5", false),
            LitValue::Float { .. }
        ));
        assert!(matches!(
            LitValue::parse("3f64", false),
            LitValue::Float { .. }
        ));
        assert_eq!(LitValue::parse("\"s\"", false), LitValue::Other);
        assert_eq!(
            LitValue::parse("340282366920938463463374607431768211456", false),
            LitValue::HugeInt
        );
    }
}
