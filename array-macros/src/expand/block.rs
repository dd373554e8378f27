//! The statements of an `np! { ... }` block. Its `let` bindings use the user's own names and
//! spans, so the borrow checker reports conflicts at the user's lines.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use super::{local, Gen};
use crate::ast::{Block, Borrow, ControlPart, Expr, Index, LetBind, Stmt};

impl Gen {
    pub(super) fn statement(&self, stmt: Stmt) -> TokenStream {
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
                let root = place.clone().into_iter().find_map(|t| match t {
                    proc_macro2::TokenTree::Ident(i) => Some(i.to_string()),
                    _ => None,
                });
                if root.is_some_and(|r| value.mentions(&r)) {
                    // `a += a.T`: NumPy reads the right side in full first; a view of the
                    // target is copied (see npview-core's `index::detach`).
                    let k = &self.krate;
                    quote! { {
                        use #k::__private::{DetachView as _, KeepValue as _};
                        let __np_value = (&&#k::__private::Tag::new(#code)).__np_detach();
                        #place #op __np_value;
                    } }
                } else {
                    quote! { #place #op #code; }
                }
            }
            Stmt::Attributed { attrs, stmt } => {
                let stmt = self.statement(*stmt);
                quote! { #attrs #stmt }
            }
            Stmt::Let {
                mutable,
                pattern,
                value,
                otherwise,
                span,
                bind,
            } => {
                let otherwise = otherwise.map(|b| {
                    let b = self.block(b);
                    quote! { else #b }
                });
                match (mutable, value.chain()) {
                    (false, Some(_)) if super::reads_an_item(&value) => {
                        let code = self.expr(&value);
                        quote! { let #pattern = #code #otherwise; }
                    }
                    (false, Some((base, chain))) => {
                        let code = self.read_after_item(Borrow::Value, base, &chain);
                        quote! { let #pattern = #code #otherwise; }
                    }
                    (true, Some((base, chain))) => {
                        let value = self.let_mut(base, chain[0], bind, span);
                        quote! { let mut #pattern = #value #otherwise; }
                    }
                    (true, None) if super::is_writable_view(&value) => {
                        // `let mut t = m.T`: NumPy's `t[0, 1] = 7` writes into `m`, so `t`
                        // is the mutable view, as `let mut v = a[1:3]` is.
                        let code = self.view_mut(&value);
                        quote! { let mut #pattern = #code #otherwise; }
                    }
                    (_, None) => {
                        let m = mutable.then(|| quote! { mut });
                        let code = self.expr(&value);
                        quote! { let #m #pattern = #code #otherwise; }
                    }
                }
            }
        }
    }

    /// The value of `let mut x = base[index]`, as `classify` decided.
    fn let_mut(&self, base: &Expr, index: &Index, bind: LetBind, span: Span) -> TokenStream {
        let k = &self.krate;
        let list = self.index_list(index);
        let idx = local("__np_idx0");
        let call =
            match bind {
                LetBind::Copy => {
                    let source = self.source(base, false);
                    self.with_threads(span, source, |src, threads| quote_spanned! {span=>
                    #k::__private::read::<#k::__private::ByValue, _, _>(#src, #idx, #threads)
                })
                }
                LetBind::ByRank(rank) => {
                    // Method resolution on `a` borrows it shared when `a` has `rank` axes.
                    let place = self.expr(base);
                    let method = Ident::new(&format!("__np_let_mut_{rank}"), span);
                    let element = Ident::new(&format!("LetMutElement{rank}"), span);
                    let view = Ident::new(&format!("LetMutView{rank}"), span);
                    quote_spanned! {span=> {
                        // One of the two is used, as method resolution decides.
                        #[allow(unused_imports)]
                        use #k::__private::{#element as _, #view as _};
                        #place.#method(#idx)
                    } }
                }
                LetBind::View => {
                    let source = self.source(base, true);
                    quote_spanned! {span=> #k::__private::let_mut(#source, #idx) }
                }
            };
        let call = self.check(span, call);
        quote! { { let #idx = #list; #call } }
    }

    /// One piece of a control-flow construct: Rust as written, a NumPy header, a body of
    /// NumPy statements, or the arms of a `match`.
    pub(super) fn control_part(&self, part: ControlPart) -> TokenStream {
        match part {
            ControlPart::Rust(tokens) => tokens,
            ControlPart::Condition(e) => self.condition(&e),
            ControlPart::Body(b) => self.block(b),
            ControlPart::Arms { arms, span } => {
                let arms = arms.into_iter().map(|(pattern, e)| {
                    let value = self.condition(&e);
                    quote! { #pattern #value, }
                });
                let mut g = Group::new(Delimiter::Brace, quote! { #(#arms)* });
                g.set_span(span);
                TokenTree::Group(g).into()
            }
        }
    }

    /// `{ ... }` of NumPy statements.
    fn block(&self, b: Block) -> TokenStream {
        let stmts = b.stmts.into_iter().map(|s| self.statement(s));
        let mut body = Group::new(Delimiter::Brace, quote! { #(#stmts)* });
        body.set_span(b.span);
        TokenTree::Group(body).into()
    }

    /// A header or an arm's value: the expression, with an index at the top read by value.
    fn condition(&self, e: &Expr) -> TokenStream {
        if super::reads_an_item(e) {
            return self.expr(e);
        }
        match e.chain() {
            Some((base, chain)) => self.read_after_item(Borrow::Value, base, &chain),
            None => self.expr(e),
        }
    }
}
