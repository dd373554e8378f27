//! The statements of an `np! { ... }` block. Its `let` bindings use the user's own names and
//! spans, so the borrow checker reports conflicts at the user's lines.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use super::Gen;
use crate::ast::{Borrow, ControlPart, Expr, Stmt};

impl Gen {
    pub(super) fn statement(&self, stmt: Stmt) -> TokenStream {
        let k = &self.krate;
        let semi = |semi: bool| semi.then(|| quote! { ; });
        match stmt {
            Stmt::Rust { tokens, semi: s } => {
                let s = semi(s);
                quote! { #tokens #s }
            }
            Stmt::Control { parts, semi: s } => {
                let s = semi(s);
                let parts = parts.into_iter().map(|p| self.control_part(p));
                quote! { #(#parts)* #s }
            }
            Stmt::Np { body, semi: s } => {
                let code = self.body(body);
                let s = semi(s);
                quote! { #code #s }
            }
            Stmt::Assign { place, op, value } => {
                let code = self.expr(&value);
                quote! { #place #op #code; }
            }
            Stmt::Let {
                mutable,
                pattern,
                value,
                span,
            } => match (mutable, value.chain()) {
                (false, Some((base, chain))) => {
                    let code = self.read_chain(Borrow::Value, base, &chain);
                    quote! { let #pattern = #code; }
                }
                (true, Some((base, chain))) => {
                    let source = self.source(base, true);
                    let list = self.index_list(chain[0]);
                    let call = self.check(
                        span,
                        quote_spanned! {span=> #k::__private::let_mut(#source, #list) },
                    );
                    quote! { let mut #pattern = #call; }
                }
                (_, None) => {
                    let m = mutable.then(|| quote! { mut });
                    let code = self.expr(&value);
                    quote! { let #m #pattern = #code; }
                }
            },
        }
    }

    /// One piece of a control-flow statement: Rust as written, a NumPy condition, or a body
    /// of NumPy statements.
    fn control_part(&self, part: ControlPart) -> TokenStream {
        match part {
            ControlPart::Rust(tokens) => tokens,
            ControlPart::Condition(e) => self.condition(&e),
            ControlPart::Body { stmts, span } => {
                let stmts = stmts.into_iter().map(|s| self.statement(s));
                let mut body = Group::new(Delimiter::Brace, quote! { #(#stmts)* });
                body.set_span(span);
                TokenTree::Group(body).into()
            }
        }
    }

    /// An `if`/`while` condition: the expression, with an index at the top read by value.
    fn condition(&self, e: &Expr) -> TokenStream {
        match e.chain() {
            Some((base, chain)) => self.read_chain(Borrow::Value, base, &chain),
            None => self.expr(e),
        }
    }
}
