//! NumPy's functions, constants, methods and `print`: each element-wise call becomes a node
//! of the expression's tree; the rest (`isclose`, `allclose`, `array_equal`, `@`, `.T`,
//! `.shape`) are computed where they stand.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::Gen;
use crate::ast::{Args, Expr};
use crate::numpy::{self, NpMethod, NpName};
use crate::valid::dtype_of;

impl Gen {
    /// `np.NAME(args)` as an operand: a node for element-wise functions, a value otherwise.
    pub(super) fn np_node(&self, name: &Ident, kind: NpName, args: Option<&Args>) -> TokenStream {
        let k = &self.krate;
        let span = name.span();
        let arg = |at: usize| -> TokenStream {
            let params = numpy::parameters(kind).map(|(p, _)| p).unwrap_or_default();
            let params = params.as_slice();
            args.and_then(|a| a.get(params, at))
                .map_or_else(TokenStream::new, |e| self.node(e))
        };
        match kind {
            NpName::Unary(f) => {
                let f = Ident::new(f, span);
                let x = args
                    .and_then(|a| a.positional().next())
                    .map_or_else(TokenStream::new, |e| self.strong_operand(e));
                quote_spanned! {span=> #k::__private::expr::#f(#x) }
            }
            NpName::Binary(f) => {
                let f = Ident::new(f, span);
                let (x, y) = (arg(0), arg(1));
                quote_spanned! {span=> #k::__private::expr::#f(#x, #y) }
            }
            // `np.where(c)`: NumPy's `np.nonzero(c)`.
            NpName::Where if args.is_some_and(|a| a.items.len() == 1) => {
                match numpy::call("nonzero") {
                    Some(spec) => self.table_call(spec, span, None, args),
                    None => TokenStream::new(),
                }
            }
            NpName::Where => {
                let params = ["condition", "x", "y"];
                let branch = |at: usize, other: usize| match (
                    args.and_then(|a| a.get(&params, at)),
                    args.and_then(|a| a.get(&params, other)),
                ) {
                    (Some(e), Some(o)) => self.where_branch(e, o),
                    _ => arg(at),
                };
                let (c, x, y) = (arg(0), branch(1, 2), branch(2, 1));
                quote_spanned! {span=> #k::__private::expr::where_(#c, #x, #y) }
            }
            NpName::Clip => {
                let params = ["a", "a_min", "a_max"];
                let bound = |at: usize| {
                    args.and_then(|a| a.get(&params, at))
                        .map_or_else(TokenStream::new, |e| self.clip_bound(e))
                };
                let (a, lo, hi) = (arg(0), bound(1), bound(2));
                quote_spanned! {span=> #k::__private::expr::clip(#a, #lo, #hi) }
            }
            NpName::Round => {
                let params = ["a", "decimals"];
                let decimals = self.decimals(args.and_then(|a| a.get(&params, 1)), span);
                let a = arg(0);
                quote_spanned! {span=> #k::__private::expr::round(#a, #decimals) }
            }
            NpName::Constant(path) => {
                let path: TokenStream = path.parse().unwrap_or_default();
                let path = respan(path, span);
                quote_spanned! {span=> #k::__private::expr::weak_float(#path) }
            }
            NpName::Dtype(t) => {
                let t = Ident::new(t, span);
                let x = args
                    .and_then(|a| a.positional().next())
                    .map_or_else(TokenStream::new, |e| self.node(e));
                quote_spanned! {span=> #k::__private::expr::astype::<#t, _>(#x) }
            }
            NpName::IsClose | NpName::AllClose | NpName::ArrayEqual | NpName::Matmul => {
                self.np_value(name, kind, args)
            }
            NpName::View(f) => {
                let call = super::views::Call::new(args, true);
                match args.and_then(|a| a.positional().next()) {
                    Some(src) => self.view_call(f, span, src, &call, false),
                    None => TokenStream::new(),
                }
            }
            NpName::At(ufunc) => self.at_call(ufunc, span, args),
            NpName::Call(spec) => self.table_call(spec, span, None, args),
        }
    }

    /// `np.isclose`, `np.allclose`, `np.array_equal`, `np.matmul`: computed on their own.
    pub(super) fn np_value(&self, name: &Ident, kind: NpName, args: Option<&Args>) -> TokenStream {
        let k = &self.krate;
        let span = name.span();
        let params = numpy::parameters(kind).map(|(p, _)| p).unwrap_or_default();
        let params = params.as_slice();
        let arg = |at: usize| {
            args.and_then(|a| a.get(params, at))
                .map_or_else(TokenStream::new, |e| self.node(e))
        };
        let scalar = |at: usize, ty: &str, default: TokenStream| {
            args.and_then(|a| a.get(params, at))
                .map_or(default, |e| self.scalar_as(e, ty))
        };
        let call = match kind {
            NpName::IsClose | NpName::AllClose => {
                let f = Ident::new(
                    if kind == NpName::IsClose {
                        "isclose"
                    } else {
                        "allclose"
                    },
                    span,
                );
                let (a, b) = (arg(0), arg(1));
                let rtol = scalar(2, "f64", quote! { 1e-05f64 });
                let atol = scalar(3, "f64", quote! { 1e-08f64 });
                let equal_nan = scalar(4, "bool", quote! { false });
                quote_spanned! {span=>
                    #k::__private::expr::#f(#a, #b, #k::__private::expr::Tolerance {
                        rtol: #rtol, atol: #atol, equal_nan: #equal_nan,
                    })
                }
            }
            NpName::ArrayEqual => {
                let (a, b) = (arg(0), arg(1));
                let equal_nan = scalar(2, "bool", quote! { false });
                quote_spanned! {span=> #k::__private::expr::array_equal(#a, #b, #equal_nan) }
            }
            _ => {
                let (a, b) = (arg(0), arg(1));
                quote_spanned! {span=> #k::__private::expr::matmul(#a, #b) }
            }
        };
        self.check(span, call)
    }

    /// `a @ b`.
    pub(super) fn matmul(&self, span: Span, lhs: &Expr, rhs: &Expr) -> TokenStream {
        let k = &self.krate;
        let (a, b) = (self.node(lhs), self.node(rhs));
        self.check(
            span,
            quote_spanned! {span=> #k::__private::expr::matmul(#a, #b) },
        )
    }

    /// The `decimals` of `np.round` as an `i32`.
    fn decimals(&self, e: Option<&Expr>, span: Span) -> TokenStream {
        match e {
            Some(e) => self.scalar_as(e, "i32"),
            None => quote_spanned! {span=> 0i32 },
        }
    }

    /// A parameter of Rust type `ty` (`i32`, `f64`, `bool`): a number literal written with
    /// that type, anything else converted with `as`.
    fn scalar_as(&self, e: &Expr, ty: &str) -> TokenStream {
        match e {
            Expr::Lit(lit) if lit.suffix().is_empty() && ty != "bool" => {
                if lit.unsuffixed_int().is_some() || ty.starts_with('f') {
                    return super::literals::suffixed(lit, ty);
                }
                self.expr(e)
            }
            _ if ty == "bool" => self.expr(e),
            _ => {
                let v = self.expr(e);
                let ty = Ident::new(ty, e.span());
                quote_spanned! {e.span()=> (#v) as #ty }
            }
        }
    }

    /// A NumPy method as an operand: `astype`, `clip` and `round` as nodes.
    pub(super) fn np_method_node(
        &self,
        receiver: &Expr,
        method: NpMethod,
        name: &Ident,
        args: Option<&Args>,
    ) -> TokenStream {
        let k = &self.krate;
        let span = name.span();
        let get = |params: &[&str], at: usize| args.and_then(|a| a.get(params, at));
        match method {
            NpMethod::AsType => {
                let t = get(&["dtype"], 0).and_then(dtype_of).unwrap_or("f64");
                let t = Ident::new(t, span);
                let x = self.node(receiver);
                quote_spanned! {span=> #k::__private::expr::astype::<#t, _>(#x) }
            }
            NpMethod::Clip => {
                let x = self.node(receiver);
                let params = ["min", "max"];
                let lo = get(&params, 0).map_or_else(TokenStream::new, |e| self.clip_bound(e));
                let hi = get(&params, 1).map_or_else(TokenStream::new, |e| self.clip_bound(e));
                quote_spanned! {span=> #k::__private::expr::clip(#x, #lo, #hi) }
            }
            NpMethod::Round => {
                let x = self.node(receiver);
                let decimals = self.decimals(get(&["decimals"], 0), span);
                quote_spanned! {span=> #k::__private::expr::round(#x, #decimals) }
            }
            NpMethod::View(f) => {
                let call = super::views::Call::new(args, false);
                self.view_call(f, span, receiver, &call, false)
            }
            NpMethod::Call(spec) => self.table_call(spec, span, Some(receiver), args),
            NpMethod::SortInPlace => self.sort_in_place(span, receiver, args),
            // `a.flat` is read through an index (handled with it); `a.base` is `.base()`.
            NpMethod::Flat | NpMethod::Base => {
                let x = self.expr(receiver);
                quote_spanned! {span=> (#x).base() }
            }
            NpMethod::Len => {
                let x = self.value(receiver);
                self.check(span, quote_spanned! {span=> #k::__private::len(#x) })
            }
            NpMethod::Transpose | NpMethod::Shape | NpMethod::Ndim | NpMethod::Size => {
                let f = Ident::new(
                    match method {
                        // `a.T` on the static rank, as cheap as ndarray's (no index list built).
                        NpMethod::Transpose => "transpose",
                        NpMethod::Shape => "shape",
                        NpMethod::Ndim => "ndim",
                        _ => "size",
                    },
                    span,
                );
                let x = self.value(receiver);
                quote_spanned! {span=> #k::__private::#f(#x) }
            }
        }
    }

    /// `print(args)`: Python's print, each argument as `str()` does it.
    pub(super) fn print(&self, span: Span, args: &Args) -> TokenStream {
        let k = &self.krate;
        let keyword = |name: &str, default: &str| {
            args.items
                .iter()
                .find(|a| a.keyword.as_ref().is_some_and(|kw| kw == name))
                .map_or_else(|| quote! { #default }, |a| self.expr(&a.value))
        };
        let (sep, end) = (keyword("sep", " "), keyword("end", "\n"));
        let values = args.positional().map(|e| {
            let v = self.expr(e);
            quote_spanned! {e.span()=> &#v as &dyn #k::PyStr }
        });
        quote_spanned! {span=>
            ::std::print!("{}", #k::__private::print_line(&[#(#values),*], #sep, #end))
        }
    }
}

/// Tokens with every span set to `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut t| {
            t.set_span(span);
            t
        })
        .collect()
}
