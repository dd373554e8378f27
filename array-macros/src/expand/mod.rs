//! The decided tree to Rust code. Nothing here can fail, and nothing is decided here: every
//! strategy was chosen in `classify`.
//!
//! Every path into the array crate starts with the forwarded `$crate` (`krate`), internal names
//! start with `__np_` and live in the macro's own hygiene context, and each call carries the
//! span of the index it implements, so a type error lands on what the user wrote.

mod block;
mod calls;
mod expr;
mod flat;
mod lists;
mod literals;
mod numpy;
mod read;
mod views;
mod write;

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};

use crate::ast::{Body, Borrow, Elem, Expr, Index, Invocation, Lit};
use crate::numpy::{NpMethod, NpName};

/// Generate the expansion of a decided invocation.
pub(crate) fn generate(inv: Invocation) -> TokenStream {
    let g = Gen {
        krate: inv.krate,
        is_try: inv.is_try,
        label: syn::Lifetime::new("'__np_try", Span::call_site()),
    };
    let body = g.body(inv.body);
    if g.is_try {
        let (k, label) = (&g.krate, &g.label);
        quote! { { #label: { ::core::result::Result::Ok::<_, #k::IndexError>(#body) } } }
    } else {
        body
    }
}

/// A name of the expansion's own, out of reach of the user's code.
fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// Wrap tokens in an invisible group: keeps precedence without parentheses a lint could flag.
fn grouped(tokens: TokenStream) -> TokenStream {
    Group::new(Delimiter::None, tokens).into_token_stream()
}

/// The generator: the array crate's path and the `try` form's label.
struct Gen {
    krate: TokenStream,
    is_try: bool,
    label: syn::Lifetime,
}

impl Gen {
    fn body(&self, body: Body) -> TokenStream {
        match body {
            Body::Read {
                borrow: Borrow::Mut,
                target,
            } if target.chain().is_none() => self.view_mut(&target),
            Body::Read { target, .. } if reads_an_item(&target) => self.expr(&target),
            Body::Read { borrow, target } => match target.chain() {
                Some((base, chain)) => self.read_after_item(borrow, base, &chain),
                None => self.expr(&target),
            },
            Body::Split { targets } => self.split(&targets),
            Body::Assign {
                target,
                op,
                op_span,
                value,
                plan,
            } => self.write(&target, op, op_span, &value, *plan),
            Body::Block(stmts) => {
                let stmts = stmts.into_iter().map(|s| self.statement(s));
                quote! { { #(#stmts)* } }
            }
        }
    }

    /// `np!(&mut a.T)`, `np!(&mut np.split(a, 2))`: the mutable form of a view function.
    pub(super) fn view_mut(&self, target: &Expr) -> TokenStream {
        match target {
            Expr::NpMethod {
                receiver,
                method: NpMethod::View(f),
                name,
                args,
            } => {
                let call = views::Call::new(args.as_ref(), false);
                self.view_call(*f, name.span(), receiver, &call, true)
            }
            Expr::NpMethod {
                receiver,
                method: NpMethod::Transpose,
                name,
                ..
            } => {
                let call = views::Call::new(None, false);
                self.view_call(
                    crate::numpy::ViewFn::Transpose,
                    name.span(),
                    receiver,
                    &call,
                    true,
                )
            }
            Expr::Np {
                name,
                kind: Some(NpName::View(f)),
                args,
            } => {
                let call = views::Call::new(args.as_ref(), true);
                match args.as_ref().and_then(|a| a.positional().next()) {
                    Some(src) => self.view_call(*f, name.span(), src, &call, true),
                    None => TokenStream::new(),
                }
            }
            _ => TokenStream::new(),
        }
    }

    /// A fallible call: `?`-like inside `try`, NumPy's panic otherwise.
    fn check(&self, span: Span, call: TokenStream) -> TokenStream {
        let k = &self.krate;
        if self.is_try {
            let label = &self.label;
            // `absurd` gives the early exit the step's value type (see npview-core's
            // `__private::absurd`); the lints: `break` never returns to the call, and a write
            // binds `()`.
            quote_spanned! {span=> {
                #[allow(
                    unreachable_code,
                    clippy::diverging_sub_expression,
                    clippy::let_unit_value
                )]
                let __np_ok = match #call {
                    ::core::result::Result::Ok(__np_ok) => __np_ok,
                    ::core::result::Result::Err(__np_err) => #k::__private::absurd(
                        break #label ::core::result::Result::Err(__np_err),
                    ),
                };
                __np_ok
            } }
        } else {
            quote_spanned! {span=> #k::__private::unwrap(#call) }
        }
    }

    /// The first source of a chain: a borrow of a variable, or the value of an expression.
    fn source(&self, base: &Expr, mutable: bool) -> TokenStream {
        let code = self.expr(base);
        // The borrow carries the variable's span, so borrow errors point at the user's name.
        let span = base.span();
        let k = &self.krate;
        match base {
            Expr::Rust { place: true, .. } if mutable => {
                quote_spanned! {span=> { use #k::__private::Place as _; #code.__np_mut() } }
            }
            Expr::Rust { place: true, .. } => {
                quote_spanned! {span=> { use #k::__private::Place as _; #code.__np_ref() } }
            }
            // `m.T[0] = 5`: NumPy writes through the view into `m`.
            _ if mutable && is_writable_view(base) => self.view_mut(base),
            _ => code,
        }
    }

    /// `call(src, threads)` on the evaluated `source` and the threads its copy may use. With
    /// the `rayon` feature, the probe on its element type (see npview-core's
    /// `index/threads.rs`) finds the kernels that split over threads when the type is
    /// `Send + Sync`, and the calling thread otherwise; without it, the calling thread, and
    /// no probe to type-check at every read.
    fn with_threads(
        &self,
        span: Span,
        source: TokenStream,
        call: impl FnOnce(&Ident, &Ident) -> TokenStream,
    ) -> TokenStream {
        let k = &self.krate;
        let (src, threads) = (local("__np_src"), local("__np_threads"));
        let call = call(&src, &threads);
        let threads_of = if cfg!(feature = "rayon") {
            quote_spanned! {span=> {
                #[allow(unused_imports)]
                use #k::__private::{SplitAny as _, SplitSync as _};
                (&#k::__private::Probe::of(&#src)).threads()
            } }
        } else {
            quote_spanned! {span=> #k::__private::Threads::calling() }
        };
        quote_spanned! {span=> {
            let #src = #source;
            let #threads = #threads_of;
            #call
        } }
    }

    /// An index as the type-level list `(first, (second, ()))`.
    fn index_list(&self, index: &Index) -> TokenStream {
        let mut list = quote! { () };
        for elem in index.elems.iter().rev() {
            let e = self.elem(elem);
            list = quote! { (#e, #list) };
        }
        list
    }

    fn elem(&self, elem: &Elem) -> TokenStream {
        let k = &self.krate;
        match elem {
            Elem::Ellipsis(span) => quote_spanned! {*span=> #k::__private::Ellipsis },
            Elem::NewAxis(span) => quote_spanned! {*span=> #k::__private::NewAxis },
            Elem::Slice {
                span,
                start,
                stop,
                step,
            } => {
                let part = |p: &Option<Expr>| match p {
                    Some(e) => {
                        let code = self.index_scalar(e);
                        quote_spanned! {e.span()=> ::core::option::Option::Some(#code) }
                    }
                    None => quote! { ::core::option::Option::None::<isize> },
                };
                let (a, b, c) = (part(start), part(stop), part(step));
                quote_spanned! {*span=> #k::__private::slice(#a, #b, #c) }
            }
            Elem::Range {
                span,
                start,
                inclusive,
                stop,
            } => {
                let a = start.as_ref().map(|e| self.expr(e));
                let b = stop.as_ref().map(|e| self.expr(e));
                let op: TokenStream = if *inclusive {
                    quote_spanned! {*span=> ..= }
                } else {
                    quote_spanned! {*span=> .. }
                };
                grouped(quote! { #a #op #b })
            }
            Elem::Expr(e) if gives_indices(e) => {
                // `a[np.nonzero(m)]`: the tuple of index arrays, one per axis of `m`.
                let v = self.value(e);
                quote_spanned! {e.span()=> #k::__private::np::IndexTuple(#v) }
            }
            Elem::Expr(e) => match e {
                Expr::Lit(_) | Expr::Rust { .. } | Expr::List(_) => self.index_expr(e),
                _ => self.value(e),
            },
        }
    }

    /// A slice bound or a literal list item: an unsuffixed integer literal as `isize`.
    fn index_scalar(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Lit(lit) => isize_literal(lit).unwrap_or_else(|| self.expr(e)),
            _ => self.expr(e),
        }
    }

    /// An index element. Unsuffixed integer literals become `isize`, so the result type is
    /// known without waiting for integer fallback (NumPy's indices are intp).
    fn index_expr(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Lit(lit) => isize_literal(lit).unwrap_or_else(|| self.value(e)),
            Expr::List(l) if !l.items.is_empty() => {
                let items = l.items.iter().map(|i| match i {
                    Expr::List(_) => self.index_expr(i),
                    _ => self.index_scalar(i),
                });
                let mut g = Group::new(Delimiter::Bracket, quote! { #(#items),* });
                g.set_span(l.span);
                g.into_token_stream()
            }
            _ => self.value(e),
        }
    }

    /// An operand passed by value, except that a variable is borrowed rather than moved.
    fn value(&self, e: &Expr) -> TokenStream {
        let code = self.expr(e);
        match e {
            Expr::Rust {
                place: true, span, ..
            } => quote_spanned! {*span=> &#code },
            _ => code,
        }
    }

    /// An index chain whose first index may take an item of a call's tuple or list
    /// (`np.split(a, [2])[0][1:]`, `np.nonzero(m)[0][::2]`): the item is the base of the rest.
    fn read_after_item(&self, borrow: Borrow, base: &Expr, chain: &[&Index]) -> TokenStream {
        if let [first, rest @ ..] = chain {
            let item = Expr::Index {
                base: Box::new(base.clone()),
                index: (*first).clone(),
            };
            if !rest.is_empty() && reads_an_item(&item) {
                let tokens = self.expr(&item);
                let item = Expr::Rust {
                    span: first.span,
                    tokens,
                    place: false,
                };
                return self.read_chain(borrow, &item, rest);
            }
        }
        self.read_chain(borrow, base, chain)
    }

    /// `Value` or `Ref`: how the last step of a shared read hands out a full element.
    fn element_form(&self, borrow: Borrow, last: bool) -> TokenStream {
        let k = &self.krate;
        if last && borrow == Borrow::Shared {
            quote! { #k::__private::ByRef }
        } else {
            quote! { #k::__private::ByValue }
        }
    }
}

/// `lit` or `-lit`, an unsuffixed integer that fits `isize`, as an `isize` literal.
fn isize_literal(lit: &Lit) -> Option<TokenStream> {
    let value = lit.as_index()?;
    let span = lit.span;
    if value == isize::MIN {
        // `-9223372036854775808` as written would negate a literal too large for `isize`.
        return Some(quote_spanned! {span=> ::core::primitive::isize::MIN });
    }
    let mut out = proc_macro2::Literal::isize_suffixed(value.abs());
    out.set_span(span);
    Some(if value < 0 {
        quote_spanned! {span=> -#out }
    } else {
        out.into_token_stream()
    })
}

/// A call that gives a view NumPy lets you write through (`m.T`, `np.swapaxes(m, 0, 1)`,
/// `m.squeeze()` ...), not a split (a `Vec` or tuple of views).
fn is_writable_view(e: &Expr) -> bool {
    match e {
        Expr::NpMethod {
            method: NpMethod::Transpose,
            ..
        } => true,
        Expr::NpMethod {
            method: NpMethod::View(f),
            ..
        }
        | Expr::Np {
            kind: Some(NpName::View(f)),
            ..
        } => f.has_mut() && !matches!(f, crate::numpy::ViewFn::Split(_)),
        Expr::Paren(inner, _) => is_writable_view(inner),
        _ => false,
    }
}

/// `a.flat[...]`, a tuple's or list's item, or a length of `a.shape`: a read that is not an
/// index chain into an array.
fn reads_an_item(e: &Expr) -> bool {
    is_flat_index(e) || is_tuple_item(e) || is_shape_item(e) || expr::is_list_item(e)
}

/// `a.flat[...]`, which reads through NumPy's flat iterator rather than an index chain.
fn is_flat_index(e: &Expr) -> bool {
    matches!(e, Expr::Index { base, .. } if expr::is_flat(base))
}

/// `a.shape[i]`: a length read from the shape tuple, not an index chain into `a`.
fn is_shape_item(e: &Expr) -> bool {
    matches!(e, Expr::Index { base, .. } if base.is_shape())
}

/// `np.nonzero(x)`, `x.nonzero()` or `np.where(c)`: a tuple of index arrays, one per axis.
fn gives_indices(e: &Expr) -> bool {
    match e {
        Expr::Np {
            kind: Some(NpName::Where),
            args: Some(args),
            ..
        } => args.items.len() == 1,
        Expr::Np {
            kind: Some(NpName::Call(spec)),
            ..
        }
        | Expr::NpMethod {
            method: NpMethod::Call(spec),
            ..
        } => spec.core == "nonzero",
        _ => false,
    }
}

/// `np.nonzero(m)[0]`: an item of a tuple a call returns, not an index chain.
fn is_tuple_item(e: &Expr) -> bool {
    matches!(e, Expr::Index { base, index } if expr::tuple_field(base, index).is_some())
}
