//! Expressions with NumPy's meaning of indexing and element-wise operators.

use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};

use super::{grouped, Gen};
use crate::ast::{Borrow, Expr, List, Lit, LitValue};
use crate::numpy::{weak_range, NpMethod, NpName};
use crate::ops::{BinOp, UnOp};

impl Gen {
    pub(super) fn expr(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        match e {
            Expr::Lit(lit) => grouped(lit.tokens.clone()),
            Expr::Rust { tokens, .. } => grouped(tokens.clone()),
            _ if e.is_element_wise() => {
                // The outermost operation of an expression: its tree, evaluated in one pass.
                // `np.where` and `astype` give an array even for 0-d operands, as in NumPy.
                let node = self.node(e);
                let span = e.span();
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
            Expr::Compare { .. } => TokenStream::new(),
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
            Expr::Index { base, index } if tuple_field(base, index).is_some() => {
                // `np.nonzero(m)[0]`: an item of the tuple the call returns.
                let v = self.expr(base);
                let field =
                    proc_macro2::Literal::usize_unsuffixed(tuple_field(base, index).unwrap_or(0));
                grouped(quote! { (#v).#field })
            }
            Expr::Index { base, index } if is_flat(base) => match &**base {
                Expr::NpMethod { receiver, .. } => self.flat_read(receiver, index),
                _ => TokenStream::new(),
            },
            Expr::Is {
                span,
                lhs,
                rhs,
                negated,
            } => self.identity(*span, lhs, rhs.as_deref(), *negated),
            Expr::Index { .. } => match e.chain() {
                Some((base, chain)) => grouped(self.read_chain(Borrow::Value, base, &chain)),
                None => TokenStream::new(),
            },
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
            Expr::List(l) => {
                if l.items.is_empty() {
                    // NumPy reads `[]` as an empty integer index.
                    return quote_spanned! {l.span=> [0isize; 0] };
                }
                let items = l.items.iter().map(|i| self.expr(i));
                let mut g = Group::new(Delimiter::Bracket, quote! { #(#items),* });
                g.set_span(l.span);
                g.into_token_stream()
            }
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
            Expr::List(l) => self.list(l, ListKind::of(l, false)),
            // An argument needs no parentheses around `as` (they would trip `unused_parens`).
            Expr::Cast { expr, ty } => {
                let inner = self.expr(expr);
                grouped(quote! { #inner as #ty })
            }
            _ => self.value(e),
        }
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
            _ => self.expr(item),
        });
        let mut g = Group::new(Delimiter::Bracket, quote! { #(#items),* });
        g.set_span(l.span);
        g.into_token_stream()
    }

    /// `-` or `~` of a Python number is a Python number: a weak literal of the result
    /// (`-np.pi`, `~3`, `-(2)`).
    fn folded(&self, op: UnOp, inner: &Expr) -> Option<TokenStream> {
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

    /// An unsuffixed number literal as NumPy's weak Python scalar: a float, or an integer
    /// with the marker of its value's range, so only the dtypes it fits promote with it.
    fn weak_literal(&self, lit: &Lit) -> Option<TokenStream> {
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

fn collect_leaves<'a>(l: &'a List, out: &mut Vec<&'a Expr>) {
    for item in &l.items {
        match item {
            Expr::List(inner) => collect_leaves(inner, out),
            _ => out.push(item),
        }
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
/// `np.unique` with its flags, `np.meshgrid`, `np.split` into a literal count): the field.
pub(super) fn tuple_field(base: &Expr, index: &crate::ast::Index) -> Option<usize> {
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
            ..
        } => true,
        _ => false,
    };
    match (returns_tuple, index.elems.as_slice()) {
        (true, [crate::ast::Elem::Expr(Expr::Lit(lit))]) => {
            lit.non_negative_int().map(|k| k as usize)
        }
        _ => None,
    }
}
