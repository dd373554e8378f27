//! Expressions with NumPy's meaning of indexing and element-wise operators.

use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};

use super::{grouped, Gen};
use crate::ast::{Borrow, Expr, Index};
use crate::numpy::{NpMethod, NpName};
use crate::ops::{BinOp, UnOp};

impl Gen {
    /// An expression's value: an element-wise operation evaluated in one pass, Rust's syntax
    /// as written around the expansion of its NumPy parts.
    pub(super) fn expr(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Lit(lit) => grouped(lit.tokens.clone()),
            Expr::Rust { tokens, .. } => grouped(tokens.clone()),
            _ if e.is_element_wise() => self.element_wise(e),
            Expr::Binary { .. }
            | Expr::Compare { .. }
            | Expr::Unary { .. }
            | Expr::Ref { .. }
            | Expr::Paren(..)
            | Expr::Cast { .. }
            | Expr::Try { .. } => self.operator(e),
            Expr::Index { base, index } if base.is_shape() => self.shape_item(base, index),
            Expr::Index { base, index } => self.index_value(e, base, index),
            Expr::Method { .. }
            | Expr::Tuple(..)
            | Expr::Control { .. }
            | Expr::Closure { .. }
            | Expr::Detached(_)
            | Expr::List(_) => self.rust_form(e),
            Expr::Is {
                span,
                lhs,
                rhs,
                negated,
            } => self.identity(*span, lhs, rhs.as_deref(), *negated),
            Expr::Np {
                name,
                kind: Some(kind),
                args,
            } => self.np_node(name, *kind, args.as_ref()),
            Expr::Np { kind: None, .. } => TokenStream::new(),
            Expr::NpMethod {
                receiver,
                method,
                name,
                args,
            } => self.np_method_node(receiver, *method, name, args.as_ref()),
            Expr::Print { span, args } => self.print(*span, args),
        }
    }

    /// `a.shape[i]`: one length, as Python indexes a tuple (the checks allow one index).
    fn shape_item(&self, shape: &Expr, index: &Index) -> TokenStream {
        let k = &self.krate;
        let [crate::ast::Elem::Expr(i)] = index.elems.as_slice() else {
            return TokenStream::new();
        };
        let (shape, i) = (self.expr(shape), self.int(i));
        self.check(
            index.span,
            quote_spanned! {index.span=> #k::__private::shape_item(#shape, #i) },
        )
    }

    /// The outermost operation of an expression: its tree, evaluated in one pass.
    fn element_wise(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        let node = self.node(e);
        let span = e.span();
        // `np.where` and `astype` give an array even for 0-d operands, as in NumPy.
        let eval = match e {
            Expr::Np {
                kind: Some(NpName::Where),
                ..
            }
            | Expr::NpMethod {
                method: NpMethod::AsType,
                ..
            } => quote_spanned! {span=> eval_array },
            _ => quote_spanned! {span=> eval },
        };
        self.check(
            span,
            quote_spanned! {span=> #k::__private::expr::#eval(#node) },
        )
    }

    /// Rust's operators where they are not element-wise: `@`, short-circuit logic, `*`, `&`,
    /// parentheses, `as` and `?`.
    fn operator(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        match e {
            Expr::Binary {
                op: BinOp::MatMul,
                span,
                lhs,
                rhs,
            } => self.matmul(*span, lhs, rhs),
            Expr::Binary { op, span, lhs, rhs } => {
                // Rust's short-circuit logic, on booleans only.
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                let logic = match op {
                    BinOp::Or => quote_spanned! {*span=> || },
                    _ => quote_spanned! {*span=> && },
                };
                grouped(quote_spanned! {*span=>
                    #k::__private::ops::truth(#l) #logic #k::__private::ops::truth(#r)
                })
            }
            Expr::Unary { span, expr, .. } => {
                let inner = self.expr(expr);
                grouped(quote_spanned! {*span=> *#inner })
            }
            Expr::Ref {
                mutable,
                span,
                expr,
            } => {
                let inner = self.expr(expr);
                let m = mutable.then(|| quote! { mut });
                grouped(quote_spanned! {*span=> & #m #inner })
            }
            // The tree already holds the grouping; parentheses in the output would only
            // trip `unused_parens` at the user's span.
            Expr::Paren(inner, _) => grouped(self.expr(inner)),
            Expr::Cast { expr, ty } => {
                // Real parentheses: inside `&...` an invisible group does not keep `as` apart.
                let inner = self.expr(expr);
                let mut g = Group::new(Delimiter::Parenthesis, quote! { #inner as #ty });
                g.set_span(e.span());
                g.into_token_stream()
            }
            Expr::Try { expr, span } => {
                let inner = self.expr(expr);
                let q = quote_spanned! {*span=> ? };
                grouped(quote! { #inner #q })
            }
            // Comparisons are element-wise (built by `node`); `expr` sends nothing else here.
            _ => TokenStream::new(),
        }
    }

    /// `base[index]` (the whole expression `e`): an item of a tuple a call returns, `a.flat`
    /// indexed, or a read of the chain of indexes.
    fn index_value(&self, e: &Expr, base: &Expr, index: &Index) -> TokenStream {
        if let Some(field) = tuple_field(base, index) {
            // `np.nonzero(m)[0]`: an item of the tuple the call returns.
            let v = self.expr(base);
            let field = proc_macro2::Literal::usize_unsuffixed(field);
            return grouped(quote! { (#v).#field });
        }
        if let (true, [crate::ast::Elem::Expr(i)]) = (is_list_item(e), index.elems.as_slice()) {
            // `np.split(a, [2, 5])[1]`: one piece of the list.
            let k = &self.krate;
            let (list, i) = (self.expr(base), self.int(i));
            return self.check(
                index.span,
                quote_spanned! {index.span=> #k::__private::views::list_item(#list, #i) },
            );
        }
        if let Expr::NpMethod {
            receiver,
            method: NpMethod::Flat,
            ..
        } = base
        {
            return self.flat_read(receiver, index);
        }
        match e.chain() {
            Some((base, chain)) => grouped(self.read_chain(Borrow::Value, base, &chain)),
            None => TokenStream::new(),
        }
    }

    /// Rust's own forms, with NumPy expressions inside: method calls, tuples, control flow,
    /// closures, detached values and list literals.
    fn rust_form(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        match e {
            Expr::Method {
                receiver,
                dot,
                name,
                turbofish,
                args,
                write_through,
            } => {
                let r = match receiver.chain() {
                    Some((base, chain)) if *write_through => {
                        grouped(self.read_chain(Borrow::Mut, base, &chain))
                    }
                    _ => self.expr(receiver),
                };
                let dot = quote_spanned! {*dot=> . };
                let args = args.clone().map(TokenTree::Group);
                grouped(quote! { #r #dot #name #turbofish #args })
            }
            Expr::Tuple(items, span) => {
                let items = items.iter().map(|i| self.expr(i));
                let mut g = Group::new(Delimiter::Parenthesis, quote! { #(#items,)* });
                g.set_span(*span);
                g.into_token_stream()
            }
            Expr::Control { parts, .. } => {
                let parts = parts.iter().cloned().map(|p| self.control_part(p));
                grouped(quote! { #(#parts)* })
            }
            Expr::Detached(inner) => {
                let v = self.value(inner);
                quote_spanned! {inner.span()=> #k::__private::materialize(#v) }
            }
            Expr::Closure { head, body } => {
                let body = self.expr(body);
                grouped(quote! { #head #body })
            }
            Expr::List(l) => self.rust_list(l),
            // `expr` sends nothing else here.
            _ => TokenStream::new(),
        }
    }

    /// An operand of an element-wise expression (anything `IntoNode`): operations as
    /// unevaluated nodes, so the whole expression runs in one pass; literals as NumPy's weak
    /// Python scalars; variables borrowed.
    pub(super) fn node(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        match e {
            Expr::Paren(inner, _) => self.node(inner),
            // NumPy runs an array `** 2` (a Python 2) as `np.square`, whose dtype differs for
            // booleans (int8).
            Expr::Binary {
                op: BinOp::Pow,
                span,
                lhs,
                rhs,
            } if is_literal_two(rhs) && !matches!(**lhs, Expr::Lit(_)) => {
                let x = self.node(lhs);
                quote_spanned! {*span=> #k::__private::expr::square(#x) }
            }
            Expr::Binary { op, span, lhs, rhs } if op.function().is_some() => {
                let f = Ident::new(op.function().unwrap_or_default(), *span);
                let (l, r) = (self.node(lhs), self.node(rhs));
                quote_spanned! {*span=> #k::__private::expr::#f(#l, #r) }
            }
            Expr::Compare { op, span, lhs, rhs } => {
                let f = Ident::new(op.function(), *span);
                let (l, r) = (self.node(lhs), self.node(rhs));
                quote_spanned! {*span=> #k::__private::expr::#f(#l, #r) }
            }
            Expr::Unary { op, expr, .. } if self.folded(*op, expr).is_some() => {
                self.folded(*op, expr).unwrap_or_default()
            }
            Expr::Unary {
                op: UnOp::Neg,
                expr,
                ..
            } if expr.is_python_int() => {
                let v = self.expr(expr);
                quote! { #k::__private::expr::negated_python_int(#v) }
            }
            Expr::Unary { op, span, expr } if op.is_element_wise() => {
                let f = match op {
                    UnOp::Neg => "neg",
                    _ => "invert",
                };
                let f = Ident::new(f, *span);
                let inner = self.strong_operand(expr);
                quote_spanned! {*span=> #k::__private::expr::#f(#inner) }
            }
            Expr::Np {
                name,
                kind: Some(kind),
                args,
            } => self.np_node(name, *kind, args.as_ref()),
            Expr::NpMethod {
                receiver,
                method,
                name,
                args,
            } if e.is_element_wise() => self.np_method_node(receiver, *method, name, args.as_ref()),
            Expr::Binary {
                op: BinOp::MatMul,
                span,
                lhs,
                rhs,
            } => self.matmul(*span, lhs, rhs),
            Expr::Lit(lit) => self.weak_literal(lit).unwrap_or_else(|| self.value(e)),
            // `a.shape[0]`, `a.size`, `a.ndim`: Python ints, weak in an expression.
            _ if e.is_python_int() => {
                let v = self.expr(e);
                quote! { #k::__private::expr::python_int(#v) }
            }
            Expr::List(l) => self.operand_list(l),
            // An argument needs no parentheses around `as` (they would trip `unused_parens`).
            Expr::Cast { expr, ty } => {
                let inner = self.expr(expr);
                grouped(quote! { #inner as #ty })
            }
            _ => self.value(e),
        }
    }
}

/// The unsuffixed integer literal `2`.
fn is_literal_two(e: &Expr) -> bool {
    match e {
        Expr::Paren(inner, _) => is_literal_two(inner),
        Expr::Lit(lit) => lit.unsuffixed_int() == Some(2),
        _ => false,
    }
}

/// Whether `e` is `a.flat`.
pub(super) fn is_flat(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NpMethod {
            method: NpMethod::Flat,
            ..
        }
    )
}

/// `call(...)[k]` for a call that returns a Rust tuple (`np.nonzero`, `np.where(c)`,
/// `np.unique` with its flags, `np.meshgrid`, `np.split` into a literal count): the field
/// (`-1` is the last of a split's known count).
pub(super) fn tuple_field(base: &Expr, index: &Index) -> Option<usize> {
    let mut count = None;
    let returns_tuple = match base {
        Expr::Np {
            kind: Some(NpName::Where),
            args: Some(args),
            ..
        } => args.items.len() == 1,
        Expr::Np {
            kind: Some(NpName::Call(spec)),
            args,
            ..
        } => {
            matches!(spec.core, "nonzero" | "meshgrid")
                || (spec.name == "unique" && args.as_ref().is_some_and(|a| a.items.len() > 1))
        }
        Expr::NpMethod {
            method: NpMethod::Call(spec),
            ..
        } => spec.core == "nonzero",
        Expr::Np {
            kind: Some(NpName::View(crate::numpy::ViewFn::Split(_))),
            args,
            ..
        } => {
            count = args.as_ref().and_then(split_count);
            count.is_some()
        }
        _ => false,
    };
    let [crate::ast::Elem::Expr(field)] = index.elems.as_slice() else {
        return None;
    };
    match (returns_tuple, int_literal(field), count) {
        (true, Some(k), _) if k >= 0 => usize::try_from(k).ok(),
        (true, Some(k), Some(n)) => usize::try_from(n as i128 + k).ok(),
        _ => None,
    }
}

/// The value of an integer literal, `-1` too (an index literal is `isize` by now).
fn int_literal(e: &Expr) -> Option<i128> {
    match e {
        Expr::Lit(lit) => lit.as_index().map(|i| i as i128),
        Expr::Unary {
            op: UnOp::Neg,
            expr,
            ..
        } => match &**expr {
            Expr::Lit(lit) => lit
                .non_negative_int()
                .and_then(|m| i128::try_from(m).ok())
                .map(|m| -m),
            _ => None,
        },
        Expr::Paren(inner, _) => int_literal(inner),
        _ => None,
    }
}

/// The number of pieces of `np.split(a, n)` when it is a tuple: a literal count up to 6.
fn split_count(args: &crate::ast::Args) -> Option<usize> {
    let sections = args
        .items
        .iter()
        .find(|a| {
            a.keyword
                .as_ref()
                .is_some_and(|k| k == "indices_or_sections")
        })
        .map(|a| &a.value)
        .or_else(|| args.positional().nth(1))?;
    match sections {
        Expr::Lit(lit) => lit
            .non_negative_int()
            .filter(|n| (1..=6).contains(n))
            .map(|n| n as usize),
        _ => None,
    }
}

/// `np.split(a, [2, 5])[k]` (a split into a list of positions, or a count beyond six): one
/// piece of the `Vec` it returns, which `np!` indexes as Python indexes a list.
pub(super) fn is_list_item(e: &Expr) -> bool {
    let Expr::Index { base, index } = e else {
        return false;
    };
    matches!(
        &**base,
        Expr::Np {
            kind: Some(NpName::View(crate::numpy::ViewFn::Split(_))),
            args: Some(args),
            ..
        } if split_count(args).is_none()
    ) && matches!(index.elems.as_slice(), [crate::ast::Elem::Expr(_)])
}
