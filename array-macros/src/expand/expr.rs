//! Expressions with NumPy's meaning of indexing and element-wise operators.

use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};

use super::{grouped, Gen};
use crate::ast::{Borrow, Expr};
use crate::ops::{BinOp, UnOp};

impl Gen {
    pub(super) fn expr(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        match e {
            Expr::Lit(lit) => grouped(lit.tokens.clone()),
            Expr::Rust { tokens, .. } => grouped(tokens.clone()),
            Expr::Binary { op, span, lhs, rhs } => {
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                match op.function() {
                    Some(f) => {
                        let f = Ident::new(f, *span);
                        quote_spanned! {*span=> #k::__private::ops::#f(&#l, &#r) }
                    }
                    // Rust's short-circuit logic, on booleans only.
                    None => {
                        let logic = match op {
                            BinOp::Or => quote_spanned! {*span=> || },
                            _ => quote_spanned! {*span=> && },
                        };
                        grouped(quote_spanned! {*span=>
                            #k::__private::ops::truth(#l) #logic #k::__private::ops::truth(#r)
                        })
                    }
                }
            }
            Expr::Compare { op, span, lhs, rhs } => {
                let f = Ident::new(op.function(), *span);
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                quote_spanned! {*span=> #k::__private::ops::#f(&#l, &#r) }
            }
            Expr::Unary { op, span, expr } => {
                let inner = self.expr(expr);
                match op {
                    UnOp::Neg => quote_spanned! {*span=> #k::__private::ops::neg(&#inner) },
                    UnOp::Deref => grouped(quote_spanned! {*span=> *#inner }),
                    UnOp::Not | UnOp::Invert => {
                        quote_spanned! {*span=> #k::__private::ops::not(&#inner) }
                    }
                }
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
}
