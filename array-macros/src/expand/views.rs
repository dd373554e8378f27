//! NumPy's functions and methods that return views (or copies), `ufunc.at`,
//! `np.shares_memory` and `a.base is b`: calls into the array crate's `views` module, with the
//! axes, lengths and section counts written in the call turned into types where they decide
//! the result's type (its rank, or a tuple of pieces). `a.flat[...]` is in `flat.rs`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::Gen;
use crate::ast::{Args, Borrow, Elem, Expr, Index};
use crate::numpy::{AxisDefault, ViewFn};

/// The arguments of a view function after the array: positional, then by keyword.
pub(super) struct Call<'e> {
    positional: Vec<&'e Expr>,
    keywords: Vec<(String, &'e Expr)>,
}

impl<'e> Call<'e> {
    /// The arguments of `np.f(a, ...)` after `a`, or of a method call `a.f(...)`.
    pub(super) fn new(args: Option<&'e Args>, skip_first: bool) -> Self {
        let mut positional: Vec<&Expr> = args.into_iter().flat_map(Args::positional).collect();
        if skip_first && !positional.is_empty() {
            positional.remove(0);
        }
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

    /// The argument for parameter `at` of `params`, by keyword or position.
    fn get(&self, params: &[&str], at: usize) -> Option<&'e Expr> {
        let name = params.get(at)?;
        self.keywords
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, e)| *e)
            .or_else(|| self.positional.get(at).copied())
    }
}

/// The view function `base`, or its `_mut` form.
fn view_name(base: &str, mutable: bool, span: Span) -> Ident {
    let text = if mutable {
        format!("{base}_mut")
    } else {
        base.to_owned()
    };
    Ident::new(&text, span)
}

/// Python's `None` passed as an argument.
fn is_none(e: &Expr) -> bool {
    matches!(e, Expr::Rust { tokens, .. } if tokens.to_string() == "None")
}

impl Gen {
    /// An `axis` argument: every axis when absent or `None`, one, or several (their count in
    /// the type), written as the functions' `axis` is.
    fn axis_spec(&self, e: Option<&Expr>, span: Span) -> TokenStream {
        let k = &self.krate;
        let views = quote_spanned! {span=> #k::__private::views };
        self.axis(e, AxisDefault::All, &views)
    }

    /// A shape: a tuple, one length, or (for a method's `*args`) several.
    fn shape_arg(&self, items: &[&Expr]) -> TokenStream {
        let lengths: Vec<TokenStream> = match items {
            // `a.reshape(dims)`, `a.reshape(b.shape)`: lengths held in a Rust value.
            [e] if !matches!(e, Expr::Lit(_) | Expr::Tuple(..) | Expr::Paren(..)) => {
                return self.shape_value(e)
            }
            [Expr::Tuple(t, _)] => t.iter().map(|i| self.int(i)).collect(),
            [Expr::Paren(inner, _)] => vec![self.int(inner)],
            _ => items.iter().map(|i| self.int(i)).collect(),
        };
        quote! { [#(#lengths),*] }
    }

    /// A shape held in a Rust value (`dims`, `b.shape`, `n`): its lengths as `[isize; N]`.
    pub(super) fn shape_value(&self, shape: &Expr) -> TokenStream {
        let k = &self.krate;
        let v = self.expr(shape);
        quote_spanned! {shape.span()=> #k::__private::np::shape_arg(#v) }
    }

    /// The array a view function reads: a borrow of a variable, a view of an index, or the
    /// value of an expression.
    pub(super) fn view_source(&self, e: &Expr, mutable: bool) -> TokenStream {
        match e {
            Expr::Rust { place: true, .. } => self.source(e, mutable),
            Expr::Paren(inner, _) => self.view_source(inner, mutable),
            Expr::Index { .. } => match e.chain() {
                Some((base, chain)) => {
                    let borrow = if mutable { Borrow::Mut } else { Borrow::Value };
                    self.read_chain(borrow, base, &chain)
                }
                None => TokenStream::new(),
            },
            _ => self.expr(e),
        }
    }

    /// `f(src, args)` for a view function, shared or (`mutable`) as mutable views.
    pub(super) fn view_call(
        &self,
        f: ViewFn,
        span: Span,
        src: &Expr,
        call: &Call<'_>,
        mutable: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let v = quote_spanned! {span=> #k::__private::views };
        let s = self.view_source(src, mutable);
        match f {
            ViewFn::Transpose => self.transpose_call(span, s, call, mutable),
            ViewFn::SwapAxes
            | ViewFn::MoveAxis
            | ViewFn::Squeeze
            | ViewFn::ExpandDims
            | ViewFn::Flip => self.axes_call(f, span, s, call, mutable),
            ViewFn::Ravel => quote_spanned! {span=> #v::ravel(#s) },
            ViewFn::Copy => quote_spanned! {span=> #v::copy(#s) },
            ViewFn::CopyC => quote_spanned! {span=> #v::copy_c(#s) },
            ViewFn::Flatten => quote_spanned! {span=> #v::flatten(#s) },
            ViewFn::AsContiguous => quote_spanned! {span=> #v::ascontiguousarray(#s) },
            ViewFn::Reshape | ViewFn::BroadcastTo => self.shape_call(f, span, s, call),
            ViewFn::Diagonal => self.diagonal_call(span, s, call),
            ViewFn::Split(kind) => self.split_call(kind, span, s, call, mutable),
            ViewFn::SharesMemory | ViewFn::MayShareMemory => self.memory_test(f, span, src, call),
        }
    }

    /// `a.transpose()`, `a.transpose(1, 0)`, `np.transpose(a, (1, 0))` alike.
    fn transpose_call(
        &self,
        span: Span,
        s: TokenStream,
        call: &Call<'_>,
        mutable: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let v = quote_spanned! {span=> #k::__private::views };
        let given: Vec<&Expr> = if call.positional.is_empty() {
            call.get(ViewFn::Transpose.params(), 0)
                .into_iter()
                .collect()
        } else {
            call.positional.clone()
        };
        let axes = match given.as_slice() {
            [] => self.axis_spec(None, span),
            [one] if is_none(one) => self.axis_spec(None, span),
            items => {
                let items = self.shape_arg(items);
                quote_spanned! {span=> #v::ManyAxes(#items) }
            }
        };
        let f = view_name("transpose", mutable, span);
        self.check(span, quote_spanned! {span=> #v::#f(#s, #axes) })
    }

    /// The functions that take axes: `swapaxes`, `moveaxis`, `squeeze`, `expand_dims`, `flip`.
    fn axes_call(
        &self,
        f: ViewFn,
        span: Span,
        s: TokenStream,
        call: &Call<'_>,
        mutable: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let v = quote_spanned! {span=> #k::__private::views };
        let arg = |at: usize| call.get(f.params(), at);
        match f {
            ViewFn::SwapAxes => {
                let (i, j) = (self.opt_isize(arg(0), span), self.opt_isize(arg(1), span));
                let f = view_name("swapaxes", mutable, span);
                self.check(span, quote_spanned! {span=> #v::#f(#s, #i, #j) })
            }
            ViewFn::MoveAxis => {
                let (from, to) = (self.axis_spec(arg(0), span), self.axis_spec(arg(1), span));
                let f = view_name("moveaxis", mutable, span);
                self.check(span, quote_spanned! {span=> #v::#f(#s, #from, #to) })
            }
            _ => {
                let axes = self.axis_spec(arg(0), span);
                let f = view_name(
                    match f {
                        ViewFn::Squeeze => "squeeze",
                        ViewFn::ExpandDims => "expand_dims",
                        _ => "flip",
                    },
                    mutable,
                    span,
                );
                self.check(span, quote_spanned! {span=> #v::#f(#s, #axes) })
            }
        }
    }

    /// `reshape` and `broadcast_to`: the shape by keyword, or as the positional arguments.
    fn shape_call(&self, f: ViewFn, span: Span, s: TokenStream, call: &Call<'_>) -> TokenStream {
        let k = &self.krate;
        let v = quote_spanned! {span=> #k::__private::views };
        let items: Vec<&Expr> = match call.keywords.iter().find(|(k, _)| k == "shape") {
            Some((_, e)) => vec![*e],
            None => call.positional.clone(),
        };
        let shape = self.shape_arg(&items);
        let f = Ident::new(
            if f == ViewFn::Reshape {
                "reshape"
            } else {
                "broadcast_to"
            },
            span,
        );
        self.check(span, quote_spanned! {span=> #v::#f(#s, #shape) })
    }

    /// `diagonal(offset=0, axis1=0, axis2=1)`.
    fn diagonal_call(&self, span: Span, s: TokenStream, call: &Call<'_>) -> TokenStream {
        let k = &self.krate;
        let v = quote_spanned! {span=> #k::__private::views };
        let arg = |at: usize| call.get(ViewFn::Diagonal.params(), at);
        let offset = arg(0).map_or_else(|| quote! { 0isize }, |e| self.int(e));
        let a1 = arg(1).map_or_else(|| quote! { 0isize }, |e| self.int(e));
        let a2 = arg(2).map_or_else(|| quote! { 1isize }, |e| self.int(e));
        self.check(
            span,
            quote_spanned! {span=> #v::diagonal(#s, #offset, #a1, #a2) },
        )
    }

    /// `np.shares_memory(a, b)` and `np.may_share_memory(a, b)`: a `bool`, never a view.
    fn memory_test(&self, f: ViewFn, span: Span, src: &Expr, call: &Call<'_>) -> TokenStream {
        let k = &self.krate;
        let other = call
            .get(f.params(), 0)
            .map_or_else(TokenStream::new, |e| self.expr(e));
        let a = self.expr(src);
        let f = Ident::new(
            if f == ViewFn::SharesMemory {
                "shares_memory"
            } else {
                "may_share_memory"
            },
            span,
        );
        quote_spanned! {span=> #k::#f(&(#a), &(#other)) }
    }

    /// An optional integer argument as `isize`, `0` when absent.
    fn opt_isize(&self, e: Option<&Expr>, span: Span) -> TokenStream {
        e.map_or_else(|| quote_spanned! {span=> 0isize }, |e| self.int(e))
    }

    /// The split family: a tuple for a section count written in the call (up to 6), a `Vec`
    /// for index lists and counts known only at run time.
    fn split_call(
        &self,
        kind: &str,
        span: Span,
        s: TokenStream,
        call: &Call<'_>,
        mutable: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let v = quote_spanned! {span=> #k::__private::views };
        let kind = Ident::new(kind, span);
        let kind = quote_spanned! {span=> #v::SplitKind::#kind };
        let params = ["indices_or_sections", "axis"];
        let axis = call
            .get(&params, 1)
            .map_or_else(|| quote! { 0isize }, |e| self.int(e));
        match call.get(&params, 0) {
            Some(Expr::Lit(lit))
                if lit.non_negative_int().is_some_and(|n| (1..=6).contains(&n)) =>
            {
                let n = proc_macro2::Literal::usize_unsuffixed(
                    lit.non_negative_int().unwrap_or(1) as usize
                );
                let f = Ident::new(
                    if mutable {
                        "split_into_mut"
                    } else {
                        "split_into"
                    },
                    span,
                );
                let call = self.check(
                    span,
                    quote_spanned! {span=> #v::#f::<_, #n>(#s, #kind, #axis) },
                );
                quote_spanned! {span=> { use #v::IntoTuple as _; #call.into_tuple() } }
            }
            Some(Expr::List(l)) => {
                let items = l.items.iter().map(|i| self.int(i));
                self.check(
                    span,
                    quote_spanned! {span=> #v::split_at(#s, &[#(#items),*], #kind, #axis) },
                )
            }
            Some(Expr::Lit(lit)) if lit.non_negative_int().is_some() => {
                let n = super::literals::suffixed(lit, "usize");
                self.check(
                    span,
                    quote_spanned! {span=> #v::split(#s, #n, #kind, #axis) },
                )
            }
            // A count or positions held in a Rust value or an array: which one, the run tells.
            Some(e) => {
                let obj = self.node(e);
                self.check(
                    span,
                    quote_spanned! {span=> #v::split_by(#s, #k::__private::np::Ints(#obj), #kind, #axis) },
                )
            }
            None => TokenStream::new(),
        }
    }

    /// `np.<ufunc>.at(a, indices, b)`.
    pub(super) fn at_call(&self, ufunc: &str, span: Span, args: Option<&Args>) -> TokenStream {
        let k = &self.krate;
        let call = Call::new(args, false);
        let params = ["a", "indices", "b"];
        let (Some(a), Some(idx), Some(b)) = (
            call.get(&params, 0),
            call.get(&params, 1),
            call.get(&params, 2),
        ) else {
            return TokenStream::new();
        };
        let elems = match idx {
            Expr::Tuple(items, _) => items.iter().cloned().map(Elem::Expr).collect(),
            other => vec![Elem::Expr(other.clone())],
        };
        let list = self.index_list(&Index {
            span: idx.span(),
            elems,
            read: crate::ast::ReadPath::General,
        });
        // The values are converted to `a`'s dtype as NumPy's `at` does with Python numbers.
        let value = match b {
            Expr::List(l) if !l.items.is_empty() => self.write_list(l),
            _ => self.node(b),
        };
        let target = self.source(a, true);
        let op = Ident::new(ufunc, span);
        let (idx_var, value_var) = (super::local("__np_idx"), super::local("__np_value"));
        let call = self.check(
            span,
            quote_spanned! {span=> #k::__private::views::at(#target, #idx_var, #value_var, #k::__private::ops::#op) },
        );
        quote! { { let #value_var = #value; let #idx_var = #list; #call } }
    }

    /// `x.base is y`, `x.base is None` (and their `is not`).
    pub(super) fn identity(
        &self,
        span: Span,
        lhs: &Expr,
        rhs: Option<&Expr>,
        negated: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let x = match lhs {
            Expr::NpMethod { receiver, .. } => self.expr(receiver),
            other => self.expr(other),
        };
        let test = match rhs {
            Some(owner) => {
                let owner = self.expr(owner);
                quote_spanned! {span=> #k::__private::views::base_is(&(#x), &(#owner)) }
            }
            None => quote_spanned! {span=> #k::__private::views::base_is_none(&(#x)) },
        };
        if negated {
            quote_spanned! {span=> !#test }
        } else {
            test
        }
    }
}
