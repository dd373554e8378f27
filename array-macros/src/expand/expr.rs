//! Expressions with NumPy's meaning of indexing and element-wise operators.

use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};

use super::{grouped, Gen};
use crate::ast::{Borrow, Expr};
use crate::ops::UnOp;

impl Gen {
    pub(super) fn expr(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        match e {
            Expr::Lit(lit) => grouped(lit.tokens.clone()),
            Expr::Rust { tokens, .. } => grouped(tokens.clone()),
            Expr::Binary { op, span, lhs, rhs } => {
                let f = Ident::new(op.function(), *span);
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                quote_spanned! {*span=> #k::__private::ops::#f(&#l, &#r) }
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
            } => {
                let r = self.expr(receiver);
                let dot = quote_spanned! {*dot=> . };
                let args = args.clone().map(TokenTree::Group);
                grouped(quote! { #r #dot #name #turbofish #args })
            }
            Expr::Cast { expr, ty } => {
                let inner = self.expr(expr);
                grouped(quote! { #inner as #ty })
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
