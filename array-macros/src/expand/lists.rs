//! List literals: `[..]` as an index, as an operand (typed as NumPy types the list), and as
//! the value of a write (weak, like Python's numbers).

use proc_macro2::{Delimiter, Group, Ident, TokenStream};
use quote::{quote, quote_spanned, ToTokens};

use super::literals::suffixed;
use super::Gen;
use crate::ast::{Expr, List, Lit, LitValue};
use crate::numpy::weak_range;

impl Gen {
    /// A list outside an element-wise expression (an index): its items as written.
    pub(super) fn rust_list(&self, l: &List) -> TokenStream {
        if l.items.is_empty() {
            // NumPy reads `[]` as an empty integer index.
            return quote_spanned! {l.span=> [0isize; 0] };
        }
        let items = l.items.iter().map(|i| self.expr(i));
        let mut g = Group::new(Delimiter::Bracket, quote! { #(#items),* });
        g.set_span(l.span);
        g.into_token_stream()
    }

    /// A list operand of an element-wise expression, its literals of NumPy's dtype for the
    /// list (`int64`, `float64`).
    pub(super) fn operand_list(&self, l: &List) -> TokenStream {
        self.list(l, ListKind::of(l, false))
    }

    /// The value of `a[...] = [..]`: NumPy converts each Python number to the target's dtype,
    /// so a list of literals is weak (`u8_array[:] = [1, 2]` is fine, `[1, 300]` is not).
    pub(super) fn write_list(&self, l: &List) -> TokenStream {
        self.list(l, ListKind::of(l, true))
    }

    /// A list literal, its literals typed as `kind` says.
    fn list(&self, l: &List, kind: ListKind) -> TokenStream {
        let k = &self.krate;
        if l.items.is_empty() {
            let empty = match kind {
                ListKind::Float => quote_spanned! {l.span=> [0f64; 0] },
                ListKind::Int => quote_spanned! {l.span=> [0i64; 0] },
                _ => quote_spanned! {l.span=> [] },
            };
            return empty;
        }
        let items = l.items.iter().map(|item| match item {
            Expr::List(inner) => self.list(inner, kind),
            Expr::Lit(Lit {
                value: LitValue::Bool(b),
                span,
                ..
            }) if !matches!(kind, ListKind::AsWritten) => {
                let v = i64::from(*b);
                let mut lit = match kind {
                    ListKind::Float | ListKind::WeakFloat => proc_macro2::Literal::f64_suffixed(v as f64),
                    _ => proc_macro2::Literal::i64_suffixed(v),
                };
                lit.set_span(*span);
                let lit = lit.into_token_stream();
                match kind {
                    ListKind::WeakInt(lo, hi) => {
                        let (lo, hi) = (Ident::new(lo, *span), Ident::new(hi, *span));
                        let v = proc_macro2::Literal::i128_unsuffixed(i128::from(v));
                        quote_spanned! {*span=>
                            #k::__private::expr::weak_int::<(#k::__private::expr::#lo, #k::__private::expr::#hi)>(#v)
                        }
                    }
                    ListKind::WeakFloat => quote_spanned! {*span=> #k::__private::expr::weak_float(#lit) },
                    _ => lit,
                }
            }
            Expr::Lit(lit) => match (kind, lit.unsuffixed_int()) {
                (ListKind::Int, Some(_)) => suffixed(lit, "i64"),
                (ListKind::Float, _) => suffixed(lit, "f64"),
                (ListKind::WeakInt(lo, hi), Some(v)) => {
                    let (lo, hi) = (Ident::new(lo, lit.span), Ident::new(hi, lit.span));
                    let v = proc_macro2::Literal::i128_unsuffixed(v);
                    quote_spanned! {lit.span=>
                        #k::__private::expr::weak_int::<(#k::__private::expr::#lo, #k::__private::expr::#hi)>(#v)
                    }
                }
                (ListKind::WeakFloat, _) => {
                    let f = suffixed(lit, "f64");
                    quote_spanned! {lit.span=> #k::__private::expr::weak_float(#f) }
                }
                _ => self.expr(item),
            },
            // `[m.shape[0], 1]`: a Python int, int64 in a list (float64 among floats).
            _ if item.is_python_int() => {
                let v = self.expr(item);
                match kind {
                    ListKind::Float | ListKind::WeakFloat => quote! { ((#v) as f64) },
                    _ => quote! { ((#v) as i64) },
                }
            }
            _ => self.expr(item),
        });
        let mut g = Group::new(Delimiter::Bracket, quote! { #(#items),* });
        g.set_span(l.span);
        g.into_token_stream()
    }
}

/// How the literals of a list are typed: NumPy's dtype for the list (`int64`, `float64`), or,
/// in a write, weak like Python's numbers. Lists with other items keep Rust's inference.
#[derive(Clone, Copy)]
enum ListKind {
    AsWritten,
    Int,
    Float,
    /// The range markers of the smallest and largest values.
    WeakInt(&'static str, &'static str),
    WeakFloat,
}

impl ListKind {
    /// How the literals of `l` are typed; `weak` in the value of a write.
    fn of(l: &List, weak: bool) -> Self {
        let mut leaves = Vec::new();
        collect_leaves(l, &mut leaves);
        let mut ints = Vec::new();
        let mut floats = 0;
        let mut bools = 0;
        for leaf in &leaves {
            match leaf {
                Expr::Lit(lit) if lit.unsuffixed_int().is_some() => {
                    ints.push(lit.unsuffixed_int().unwrap_or_default());
                }
                // A bool among numbers is that number type's 0 or 1, as in NumPy's lists.
                Expr::Lit(Lit {
                    value: LitValue::Bool(b),
                    ..
                }) => {
                    bools += 1;
                    ints.push(i128::from(*b));
                }
                Expr::Lit(Lit {
                    value: LitValue::Float { suffix, .. },
                    ..
                }) if suffix.is_empty() => floats += 1,
                _ => return Self::AsWritten,
            }
        }
        if leaves.is_empty() {
            // `np.array([[], []])`: NumPy's empty lists are float64.
            return if weak { Self::AsWritten } else { Self::Float };
        }
        if bools == leaves.len() {
            return Self::AsWritten;
        }
        match (floats, ints.iter().min().zip(ints.iter().max())) {
            (0, None) => Self::AsWritten,
            (0, Some((&lo, &hi))) if weak => match (weak_range(lo), weak_range(hi)) {
                (Some(lo), Some(hi)) => Self::WeakInt(lo, hi),
                _ => Self::AsWritten,
            },
            (0, Some(_)) => Self::Int,
            _ if weak => Self::WeakFloat,
            _ => Self::Float,
        }
    }
}

/// The items of a list that are not lists themselves, at any depth.
fn collect_leaves<'a>(l: &'a List, out: &mut Vec<&'a Expr>) {
    for item in &l.items {
        match item {
            Expr::List(inner) => collect_leaves(inner, out),
            _ => out.push(item),
        }
    }
}
