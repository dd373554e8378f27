//! `a.flat[...]`, read and written: calls of the array crate's `flat_get`, `flat_take` and
//! `flat_set`, with the index as a `FlatIndex`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::Gen;
use crate::ast::{Elem, Expr, Index};

impl Gen {
    /// `a.flat[index]`: an element for an integer written in the call, a 1-d copy otherwise.
    pub(super) fn flat_read(&self, receiver: &Expr, index: &Index) -> TokenStream {
        let k = &self.krate;
        let span = index.span;
        let s = self.view_source(receiver, false);
        match index.elems.as_slice() {
            [Elem::Expr(e @ Expr::Lit(_))] => {
                let i = self.int(e);
                self.check(
                    span,
                    quote_spanned! {span=> #k::__private::views::flat_get(#s, #i) },
                )
            }
            _ => {
                let idx = self.flat_index(index);
                self.check(
                    span,
                    quote_spanned! {span=> #k::__private::views::flat_take(#s, #idx) },
                )
            }
        }
    }

    /// `a.flat[index] = value`.
    pub(super) fn flat_write(&self, receiver: &Expr, index: &Index, value: &Expr) -> TokenStream {
        let k = &self.krate;
        let span = index.span;
        let idx = self.flat_index(index);
        let value = match value {
            Expr::List(l) if !l.items.is_empty() => self.write_list(l),
            _ => self.node(value),
        };
        let value = self.tagged(value);
        let target = self.view_source(receiver, true);
        let (idx_var, value_var) = (super::local("__np_idx"), super::local("__np_value"));
        let call = self.check(
            span,
            quote_spanned! {span=> #k::__private::views::flat_set(#target, #idx_var, #value_var) },
        );
        quote! { { let #value_var = #value; let #idx_var = #idx; #call } }
    }

    /// The index of `a.flat[...]` as a `FlatIndex`.
    fn flat_index(&self, index: &Index) -> TokenStream {
        let k = &self.krate;
        let fi = quote_spanned! {index.span=> #k::__private::views::FlatIndex };
        let part = |p: &Option<Expr>| match p {
            Some(e) => {
                let v = self.int(e);
                quote! { ::core::option::Option::Some(#v) }
            }
            None => quote! { ::core::option::Option::None },
        };
        match index.elems.as_slice() {
            [Elem::Ellipsis(_)] => quote! { #fi::All },
            [Elem::Slice {
                start, stop, step, ..
            }] => {
                let (a, b, c) = (part(start), part(stop), part(step));
                quote! { #fi::Slice(#a, #b, #c) }
            }
            [Elem::Expr(Expr::List(l))] => {
                let items = l.items.iter().map(|i| self.int(i));
                quote! { #fi::List(::std::vec![#(#items),*]) }
            }
            [Elem::Expr(e)] => {
                let v = self.expr(e);
                quote! { #fi::from(#v) }
            }
            _ => quote! { #fi::All },
        }
    }
}
