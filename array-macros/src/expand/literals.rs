//! Python's numbers in an expression: weak scalars (their value's range in the type, so only
//! the dtypes they fit promote with them), signs folded into them, and numbers made strong
//! (suffixed) where NumPy converts them to their own dtype.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};

use super::Gen;
use crate::ast::{Expr, Lit, LitValue};
use crate::numpy::{weak_range, NpName};
use crate::ops::UnOp;

impl Gen {
    /// `-` or `~` of a Python number is a Python number: a weak literal of the result
    /// (`-np.pi`, `~3`, `-(2)`).
    pub(super) fn folded(&self, op: UnOp, inner: &Expr) -> Option<TokenStream> {
        let k = &self.krate;
        match (op, inner) {
            (_, Expr::Paren(inner, _)) => self.folded(op, inner),
            (
                UnOp::Neg,
                Expr::Np {
                    name,
                    kind: Some(NpName::Constant(path)),
                    ..
                },
            ) => {
                let span = name.span();
                let path: TokenStream = path.parse().ok()?;
                Some(quote_spanned! {span=> #k::__private::expr::weak_float(-#path) })
            }
            (UnOp::Neg, Expr::Lit(lit)) if lit.is_float() && lit.suffix().is_empty() => {
                let tokens = &lit.tokens;
                Some(quote_spanned! {lit.span=> #k::__private::expr::weak_float(-(#tokens)) })
            }
            (UnOp::Neg | UnOp::Invert, Expr::Lit(lit)) => {
                let v = lit.unsuffixed_int()?;
                let folded = if op == UnOp::Neg { -v } else { !v };
                self.weak_int(folded, lit.span)
            }
            _ => None,
        }
    }

    /// The operand of a one-operand function: a Python number there is converted to its own
    /// dtype first (`np.sqrt(2)` is `np.sqrt(np.int64(2))`), as NumPy does.
    pub(super) fn strong_operand(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Paren(inner, _) => self.strong_operand(inner),
            Expr::Lit(lit) if lit.is_float() && lit.suffix().is_empty() => suffixed(lit, "f64"),
            Expr::Lit(lit) => match lit.unsuffixed_int() {
                Some(v) if v > i128::from(i64::MAX) => suffixed(lit, "u64"),
                Some(_) => suffixed(lit, "i64"),
                None => self.node(e),
            },
            Expr::Np {
                kind: Some(NpName::Constant(path)),
                name,
                ..
            } => {
                let path: TokenStream = path.parse().unwrap_or_default();
                let span = name.span();
                quote_spanned! {span=> (#path) }
            }
            // `~a.size`: the length as int64, NumPy's dtype of a Python int on its own.
            _ if e.is_python_int() => {
                let v = self.expr(e);
                quote! { ((#v) as i64) }
            }
            _ => self.node(e),
        }
    }

    /// The weak integer literal `value`.
    fn weak_int(&self, value: i128, span: proc_macro2::Span) -> Option<TokenStream> {
        let k = &self.krate;
        let range = Ident::new(weak_range(value)?, span);
        let value = proc_macro2::Literal::i128_unsuffixed(value);
        Some(
            quote_spanned! {span=> #k::__private::expr::weak_int::<#k::__private::expr::#range>(#value) },
        )
    }

    /// A branch `x` of `np.where(c, x, y)` whose other branch is `other`: an integer literal
    /// (`-1` too) against a non-literal takes the dtype NumPy's promotion gives and is cast
    /// into it without a range check, as NumPy's `where` does (`np.where(c, uint8_array, -1)`
    /// holds 255); anything else as an operand.
    pub(super) fn where_branch(&self, e: &Expr, other: &Expr) -> TokenStream {
        let k = &self.krate;
        let other_is_literal = number_literal(other);
        match int_literal(e).and_then(|v| Some((v, weak_range(v)?))) {
            Some((v, range)) if !other_is_literal => {
                let span = e.span();
                let range = Ident::new(range, span);
                let v = proc_macro2::Literal::i128_unsuffixed(v);
                quote_spanned! {span=> #k::__private::expr::weak_int::<#k::__private::expr::Wrapped<#k::__private::expr::#range>>(#v) }
            }
            _ => self.node(e),
        }
    }

    /// A bound of `np.clip`: a Python `int` literal (`-5` too) as one NumPy may drop for an
    /// integer array (the array crate's `ClipBound`), anything else as an operand.
    pub(super) fn clip_bound(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        let span = e.span();
        match int_literal(e).and_then(|v| Some((v, weak_range(v)?))) {
            Some((v, range)) => {
                let range = Ident::new(range, span);
                let v = proc_macro2::Literal::i128_unsuffixed(v);
                quote_spanned! {span=> #k::__private::expr::IntBound::<#k::__private::expr::#range>::new(#v) }
            }
            None => {
                let node = self.node(e);
                quote_spanned! {span=> #k::__private::expr::Operand(#node) }
            }
        }
    }

    /// An unsuffixed number literal as NumPy's weak Python scalar: a float, or an integer
    /// with the marker of its value's range, so only the dtypes it fits promote with it.
    pub(super) fn weak_literal(&self, lit: &Lit) -> Option<TokenStream> {
        let k = &self.krate;
        let span = lit.span;
        match &lit.value {
            LitValue::Float { suffix, .. } if suffix.is_empty() => {
                let tokens = &lit.tokens;
                Some(quote_spanned! {span=> #k::__private::expr::weak_float(#tokens) })
            }
            LitValue::Int { suffix, .. } if suffix.is_empty() => {
                self.weak_int(lit.unsuffixed_int()?, span)
            }
            _ => None,
        }
    }
}

/// The value of a Python `int` written as a literal: an unsuffixed integer, in parentheses or
/// not, with `-` or `~` before it (as [`Gen::folded`] reads them).
fn int_literal(e: &Expr) -> Option<i128> {
    match e {
        Expr::Lit(lit) => lit.unsuffixed_int(),
        Expr::Paren(inner, _) => int_literal(inner),
        Expr::Unary {
            op: UnOp::Neg,
            expr,
            ..
        } => int_literal(expr).map(|v| -v),
        Expr::Unary {
            op: UnOp::Invert,
            expr,
            ..
        } => int_literal(expr).map(|v| !v),
        _ => None,
    }
}

/// Whether `e` is a Python number written as a literal (an `int` as [`int_literal`] reads
/// it, or a float).
fn number_literal(e: &Expr) -> bool {
    match e {
        Expr::Lit(lit) => !matches!(lit.value, LitValue::Bool(_) | LitValue::Other),
        Expr::Paren(inner, _) | Expr::Unary { expr: inner, .. } => number_literal(inner),
        _ => false,
    }
}

/// A number literal with a type suffix (`1` as `1i64`, `1` or `2.5` as `1f64`, `2.5f64`).
pub(super) fn suffixed(lit: &Lit, suffix: &str) -> TokenStream {
    let text = lit.tokens.to_string().replace(' ', "");
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest.to_owned()),
        None => ("", text.clone()),
    };
    let is_float_text = digits.contains(['.', 'e', 'E']) && !digits.starts_with("0x");
    let number = if suffix == "f64" && !is_float_text {
        // An integer literal in a float list: its value as a float literal.
        format!(
            "{}",
            lit.unsuffixed_int().unwrap_or_default().unsigned_abs() as f64
        )
    } else {
        digits.trim_end_matches('.').to_owned()
    };
    let mut out: TokenStream = format!("{number}{suffix}")
        .parse()
        .unwrap_or_else(|_| lit.tokens.clone());
    out = out
        .into_iter()
        .map(|mut t| {
            t.set_span(lit.span);
            t
        })
        .collect();
    if sign.is_empty() {
        out
    } else {
        let minus = quote_spanned! {lit.span=> - };
        quote! { #minus #out }
    }
}
