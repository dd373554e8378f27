//! NumPy's reductions, searches, constructors and joins: a call of the array crate's `np`
//! function named in the table (`crate::numpy::FnSpec`), each argument passed as its parameter
//! kind says (axes, `keepdims` and `dtype` as types, so the result's rank and dtype are known
//! at compile time).

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::Gen;
use crate::ast::{Args, Expr, List, Lit, LitValue};
use crate::numpy::{self, AxisDefault, FnSpec, ParamKind};
use crate::valid::dtype_of;

/// The arguments of a call: the receiver of a method (NumPy's first parameter), then the
/// positional ones, and the keywords.
struct CallArgs<'e> {
    positional: Vec<&'e Expr>,
    keywords: Vec<(String, &'e Expr)>,
}

impl<'e> CallArgs<'e> {
    fn new(receiver: Option<&'e Expr>, args: Option<&'e Args>) -> Self {
        let positional = receiver
            .into_iter()
            .chain(args.into_iter().flat_map(Args::positional))
            .collect();
        let keywords = args
            .into_iter()
            .flat_map(|a| a.items.iter())
            .filter_map(|a| Some((a.keyword.as_ref()?.to_string(), &a.value)))
            .collect();
        Self {
            positional,
            keywords,
        }
    }

    fn get(&self, name: &str, pos: Option<usize>) -> Option<&'e Expr> {
        self.keywords
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, e)| *e)
            .or_else(|| pos.and_then(|p| self.positional.get(p).copied()))
    }

    /// The parameters of `spec` given (by keyword or by position) as literal `True` or as
    /// anything but a literal: the flags that choose a form (`np.unique(a, True)` is
    /// `return_index=True`, `np.bincount(x, w)` has weights).
    fn true_flags(&self, spec: &FnSpec) -> Vec<&'static str> {
        spec.params
            .iter()
            .filter(|p| {
                self.get(p.name, p.pos).is_some_and(|e| {
                    matches!(
                        e,
                        Expr::Lit(Lit {
                            value: LitValue::Bool(true),
                            ..
                        })
                    ) || !matches!(e, Expr::Lit(_))
                })
            })
            .map(|p| p.name)
            .collect()
    }
}

/// Tuples of numbers read as NumPy reads them there: as lists (nested ones too).
fn tuples_as_lists(e: &Expr) -> Expr {
    match e {
        Expr::Tuple(items, span) => Expr::List(List {
            span: *span,
            items: items.iter().map(tuples_as_lists).collect(),
        }),
        other => other.clone(),
    }
}

/// Whether an expression is a float literal (or holds one, for `arange`'s choice of dtype).
fn has_float(e: &Expr) -> bool {
    match e {
        Expr::Lit(l) => l.is_float(),
        Expr::Paren(inner, _) => has_float(inner),
        Expr::Np {
            kind: Some(numpy::NpName::Constant(_)),
            ..
        } => true,
        Expr::Binary { lhs, rhs, op, .. } => {
            *op == crate::ops::BinOp::Div || has_float(lhs) || has_float(rhs)
        }
        Expr::Unary { expr, .. } => has_float(expr),
        _ => false,
    }
}

impl Gen {
    /// `np.NAME(args)` or `receiver.NAME(args)` for a table entry.
    pub(super) fn table_call(
        &self,
        spec: &'static FnSpec,
        span: Span,
        receiver: Option<&Expr>,
        args: Option<&Args>,
    ) -> TokenStream {
        let k = &self.krate;
        let mut call = CallArgs::new(receiver, args);
        if spec.name == "arange" && call.positional.len() == 1 {
            // `np.arange(stop)`.
            let stop = call.positional.remove(0);
            call.keywords.push(("stop".to_owned(), stop));
        }
        let floats = call
            .positional
            .iter()
            .chain(call.keywords.iter().map(|(_, e)| e))
            .any(|e| has_float(e));
        let spec = numpy::call_form(spec, &call.true_flags(spec), floats);
        let values = spec
            .params
            .iter()
            .filter(|p| !matches!(p.kind, ParamKind::Unused | ParamKind::OnlyDefault(..)))
            .map(|p| self.param(p.kind, call.get(p.name, p.pos), span));
        let f = Ident::new(spec.core, span);
        self.check(
            span,
            quote_spanned! {span=> #k::__private::np::#f(#(#values),*) },
        )
    }

    /// `a.sort(axis)`: the lanes of `a` sorted in place.
    pub(super) fn sort_in_place(
        &self,
        span: Span,
        receiver: &Expr,
        args: Option<&Args>,
    ) -> TokenStream {
        let k = &self.krate;
        let call = CallArgs::new(None, args);
        let axis = call
            .get("axis", Some(0))
            .map_or_else(|| quote! { -1isize }, |e| self.int(e));
        let target = self.source(receiver, true);
        self.check(
            span,
            quote_spanned! {span=> #k::__private::np::sort_in_place(#target, #k::__private::np::OneAxis(#axis)) },
        )
    }

    /// An integer argument as `isize`.
    pub(super) fn int(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Lit(lit) if lit.unsuffixed_int().is_some() => {
                super::literals::suffixed(lit, "isize")
            }
            // An index's literal, already `isize` (`a.shape[-1]`).
            Expr::Lit(lit) if lit.as_index().is_some() => lit.tokens.clone(),
            Expr::Lit(Lit {
                value: LitValue::Bool(b),
                ..
            }) => {
                let v = isize::from(*b);
                quote! { #v }
            }
            _ => {
                // Python's `int` of any Rust number, as `as isize` converts it; a call rather
                // than the cast itself, which clippy's `unnecessary_cast` reported in the
                // caller's code for every `isize` variable.
                let k = &self.krate;
                let v = self.expr(e);
                quote_spanned! {e.span()=> #k::__private::AsPrimitive::<isize>::as_(#v) }
            }
        }
    }

    /// A float argument as `f64`.
    fn float(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Lit(lit)
                if lit.suffix().is_empty() && !matches!(lit.value, LitValue::Bool(_)) =>
            {
                super::literals::suffixed(lit, "f64")
            }
            _ => {
                let v = self.expr(e);
                quote_spanned! {e.span()=> (#v) as f64 }
            }
        }
    }

    /// A list or tuple of integers, as `[isize; N]`.
    fn ints(&self, items: &[Expr]) -> TokenStream {
        let items = items.iter().map(|i| self.int(i));
        quote! { [#(#items),*] }
    }

    /// The argument `e` for a parameter of kind `kind` (its default when absent), in the form
    /// the core function takes.
    fn param(&self, kind: ParamKind, e: Option<&Expr>, span: Span) -> TokenStream {
        let k = &self.krate;
        let np = quote_spanned! {span=> #k::__private::np };
        match kind {
            ParamKind::Operand => e.map_or_else(TokenStream::new, |e| self.node(e)),
            ParamKind::Operands => self.operands(e, &np),
            // `constant_values=(9, 8)`: NumPy reads a tuple of numbers as it reads a list.
            ParamKind::OptionalOperand => match e {
                Some(e) => {
                    let v = self.node(&tuples_as_lists(e));
                    quote! { ::core::option::Option::Some(#v) }
                }
                // A type for the absent value: `i64`, as NumPy's default `0` is.
                None => quote! { ::core::option::Option::None::<i64> },
            },
            ParamKind::Axis(default) => self.axis(e, default, &np),
            ParamKind::Keep => keepdims(e, &np),
            ParamKind::Dtype => dtype(e, span, &np),
            ParamKind::Int(default) => e.map_or_else(
                || {
                    let d: TokenStream = format!("{default}isize").parse().unwrap_or_default();
                    d
                },
                |e| self.int(e),
            ),
            ParamKind::OptInt => self.opt_int(e),
            ParamKind::Float(default) => e.map_or_else(
                || format!("{default}f64").parse().unwrap_or_default(),
                |e| self.float(e),
            ),
            ParamKind::Bool(default) => {
                e.map_or_else(|| default.parse().unwrap_or_default(), |e| self.expr(e))
            }
            ParamKind::Str(default) => {
                e.map_or_else(|| default.parse().unwrap_or_default(), |e| self.expr(e))
            }
            ParamKind::Shape => self.shape(e),
            ParamKind::Ints => self.int_arg(e, &np),
            ParamKind::QuantilesKeepInts if e.is_some_and(all_int_literals) => int_quantiles(e),
            // An array (or a Rust value, or an expression): its dtype decides the result's.
            ParamKind::Quantiles | ParamKind::QuantilesKeepInts
                if e.is_some_and(|e| {
                    !matches!(e, Expr::Lit(_) | Expr::List(_) | Expr::Tuple(..))
                }) =>
            {
                let v = e.map_or_else(TokenStream::new, |e| self.node(e));
                let wrapper = if kind == ParamKind::Quantiles {
                    quote! { PercentArray }
                } else {
                    quote! { QuantileArray }
                };
                quote! { #np::#wrapper(#v) }
            }
            ParamKind::Quantiles | ParamKind::QuantilesKeepInts => self.quantiles(e),
            ParamKind::PadWidth => self.pad_width(e),
            ParamKind::Unused | ParamKind::OnlyDefault(..) => TokenStream::new(),
        }
    }

    /// A join's sequence: a tuple or list written in the call as a tuple of operands; any
    /// other value as `Rows(value)`, whose sub-arrays along its first axis are the operands,
    /// as NumPy iterates a sequence given as one array.
    fn operands(&self, e: Option<&Expr>, np: &TokenStream) -> TokenStream {
        match e {
            Some(Expr::Tuple(items, _)) | Some(Expr::List(List { items, .. })) => {
                let items = items.iter().map(|i| self.node(i));
                quote! { (#(#items,)*) }
            }
            Some(Expr::Paren(inner, _)) => self.operands(Some(inner), np),
            Some(e) => {
                let v = self.node(e);
                quote_spanned! {e.span()=> #np::Rows(#v) }
            }
            None => TokenStream::new(),
        }
    }

    /// `axis`: every axis (`None`), a tuple, or one; `default` when absent.
    pub(super) fn axis(
        &self,
        e: Option<&Expr>,
        default: AxisDefault,
        np: &TokenStream,
    ) -> TokenStream {
        match e {
            Some(Expr::Rust { tokens, .. }) if tokens.to_string() == "None" => {
                quote! { #np::AllAxes }
            }
            Some(Expr::Tuple(items, _)) => {
                let items = self.ints(items);
                quote! { #np::ManyAxes(#items) }
            }
            // A Rust value (`let axes = (0, 2)`): its type says whether it is one axis or
            // several, and how many.
            Some(e @ Expr::Rust { place: true, .. }) => {
                let v = self.expr(e);
                quote_spanned! {e.span()=> #np::AxisValue::axis_spec(&(#v)) }
            }
            Some(e) => {
                let v = self.int(e);
                quote! { #np::OneAxis(#v) }
            }
            None => match default {
                AxisDefault::All => quote! { #np::AllAxes },
                AxisDefault::Last => quote! { #np::OneAxis(-1isize) },
                AxisDefault::First => quote! { #np::OneAxis(0isize) },
            },
        }
    }

    /// An optional integer: `None` when absent or Python's `None`.
    fn opt_int(&self, e: Option<&Expr>) -> TokenStream {
        match e {
            Some(e) if !matches!(e, Expr::Rust { tokens, .. } if tokens.to_string() == "None") => {
                let v = self.int(e);
                quote! { ::core::option::Option::Some(#v) }
            }
            _ => quote! { ::core::option::Option::None },
        }
    }

    /// A shape, `[isize; N]`: one length or a tuple (or list) of them.
    fn shape(&self, e: Option<&Expr>) -> TokenStream {
        match e {
            Some(Expr::Tuple(items, _)) | Some(Expr::List(List { items, .. })) => self.ints(items),
            Some(e @ Expr::Lit(_)) => {
                let v = self.int(e);
                quote! { [#v] }
            }
            // `np.zeros(dims)`, `np.zeros(b.shape)`, `np.zeros(n + 1)`: a Rust value.
            Some(e) => self.shape_value(e),
            None => quote! { [] },
        }
    }

    /// The integers of `np.repeat`, `np.roll`, `np.insert` and `np.delete`: an integer
    /// literal as `isize`, a list of them as `[isize; N]`, anything else (a Rust integer, an
    /// integer or boolean array or list, an expression) as `Ints(operand)`, read at run time.
    fn int_arg(&self, e: Option<&Expr>, np: &TokenStream) -> TokenStream {
        match e {
            Some(Expr::Tuple(items, _)) | Some(Expr::List(List { items, .. }))
                if items.iter().all(is_int_literal) =>
            {
                self.ints(items)
            }
            Some(e) if is_int_literal(e) => self.int(e),
            Some(e) => {
                let v = self.node(&tuples_as_lists(e));
                quote_spanned! {e.span()=> #np::Ints(#v) }
            }
            None => quote! { [0isize; 0] },
        }
    }

    /// One quantile or a list, as `f64`.
    fn quantiles(&self, e: Option<&Expr>) -> TokenStream {
        match e {
            Some(Expr::List(List { items, .. })) | Some(Expr::Tuple(items, _)) => {
                let items = items.iter().map(|i| self.float(i));
                quote! { [#(#items),*] }
            }
            Some(e) => self.float(e),
            None => quote! { 0f64 },
        }
    }

    /// `pad_width`: a pair per axis, one pair, or one width.
    fn pad_width(&self, e: Option<&Expr>) -> TokenStream {
        match e {
            Some(Expr::Tuple(items, _)) if items.iter().all(|i| matches!(i, Expr::Tuple(..))) => {
                let pairs = items.iter().map(|i| match i {
                    Expr::Tuple(pair, _) => self.ints(pair),
                    _ => TokenStream::new(),
                });
                quote! { [#(#pairs),*] }
            }
            Some(Expr::Tuple(items, _)) => self.ints(items),
            // A Rust value (`let w = ((1, 0), (2, 2))`): its own type says which form it is.
            Some(e @ Expr::Rust { place: true, .. }) => {
                let v = self.expr(e);
                quote_spanned! {e.span()=> &(#v) }
            }
            Some(e) => self.int(e),
            None => quote! { 0isize },
        }
    }
}

/// `keepdims`: kept for a literal `True` (or a non-zero integer, which Python reads as true);
/// the checks refuse anything but a literal.
fn keepdims(e: Option<&Expr>, np: &TokenStream) -> TokenStream {
    match e {
        Some(Expr::Paren(inner, _)) => keepdims(Some(inner), np),
        Some(Expr::Lit(Lit {
            value: LitValue::Bool(true),
            ..
        })) => quote! { #np::Keep },
        Some(Expr::Lit(lit)) if lit.unsuffixed_int().is_some_and(|v| v != 0) => {
            quote! { #np::Keep }
        }
        _ => quote! { #np::NoKeep },
    }
}

/// `dtype`: the element type it names, or none given.
fn dtype(e: Option<&Expr>, span: Span, np: &TokenStream) -> TokenStream {
    match e.and_then(dtype_of) {
        Some(t) => {
            let t = Ident::new(t, span);
            quote! { #np::As::<#t>(::core::marker::PhantomData) }
        }
        None => quote! { #np::NoDtype },
    }
}

/// Quantiles that are all integer literals, kept as `i64` (`np.quantile(a, 1)` keeps the
/// dtype).
fn int_quantiles(e: Option<&Expr>) -> TokenStream {
    match e {
        Some(Expr::List(List { items, .. })) | Some(Expr::Tuple(items, _)) => {
            let items = items.iter().map(|i| int_literal(i, "i64"));
            quote! { [#(#items),*] }
        }
        Some(e) => int_literal(e, "i64"),
        None => quote! { 0i64 },
    }
}

/// Whether `e` is an integer literal (negative too).
fn is_int_literal(e: &Expr) -> bool {
    matches!(e, Expr::Lit(l) if l.unsuffixed_int().is_some())
}

/// Whether `e` is an integer literal or a list of them.
fn all_int_literals(e: &Expr) -> bool {
    match e {
        Expr::Lit(l) => l.unsuffixed_int().is_some(),
        Expr::List(List { items, .. }) | Expr::Tuple(items, _) => {
            items.iter().all(all_int_literals)
        }
        _ => false,
    }
}

/// An integer literal with a suffix.
fn int_literal(e: &Expr, suffix: &str) -> TokenStream {
    match e {
        Expr::Lit(l) => super::literals::suffixed(l, suffix),
        _ => TokenStream::new(),
    }
}
