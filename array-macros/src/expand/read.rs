//! Reads: chains of indices (views, elements or copies) and split borrows.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};

use super::{isize_literal, local, Gen};
use crate::ast::{Borrow, Elem, Expr, Index, ReadPath};

impl Gen {
    /// `base[i][j]...`, each step as `classify` decided.
    pub(super) fn read_chain(&self, borrow: Borrow, base: &Expr, chain: &[&Index]) -> TokenStream {
        if borrow == Borrow::Mut {
            return self.read_chain_mut(base, chain);
        }
        let k = &self.krate;
        let mut acc = self.source(base, false);
        for (n, index) in chain.iter().enumerate() {
            let span = index.span;
            let form = self.element_form(borrow, n + 1 == chain.len());
            let call = match (index.read, index.as_comparison()) {
                (ReadPath::Slices, _) => {
                    // `a[1:4, ::2]`: the slices as a fixed-size array, applied on the static rank.
                    let slices = index.elems.iter().map(|e| self.elem(e));
                    quote_spanned! {span=> #k::__private::read_slices(#acc, [#(#slices),*]) }
                }
                (ReadPath::Basic, _) => {
                    // `m[2, 1:]`: as for slices, with the integers counted for the rank.
                    let items = index.elems.iter().map(|e| match e {
                        Elem::Expr(Expr::Lit(lit)) => {
                            let i = isize_literal(lit).unwrap_or_else(|| self.elem(e));
                            quote_spanned! {lit.span=> #k::__private::BasicItem::Int(#i) }
                        }
                        _ => {
                            let s = self.elem(e);
                            quote_spanned! {span=> #k::__private::BasicItem::Slice(#s) }
                        }
                    });
                    let n = index.elems.len();
                    let ints = index
                        .elems
                        .iter()
                        .filter(|e| matches!(e, Elem::Expr(_)))
                        .count();
                    quote_spanned! {span=>
                        #k::__private::read_basic::<_, #n, #ints>(#acc, [#(#items),*])
                    }
                }
                (ReadPath::FusedComparison, Some((op, op_span, lhs, rhs))) => {
                    // `a[x OP y]`: the comparison goes in unevaluated, so no mask need be built.
                    let cmp = proc_macro2::Ident::new(op.type_name(), op_span);
                    let (l, r) = (self.node(lhs), self.node(rhs));
                    self.with_threads(span, acc, |src, threads| quote_spanned! {span=>
                        #k::__private::fused::select_where::<#form, _, _, _, _>(#src, #l, #r, #k::__private::fused::#cmp, #threads)
                    })
                }
                _ if index.may_gather() => {
                    let list = self.index_list(index);
                    self.with_threads(span, acc, |src, threads| {
                        quote_spanned! {span=>
                            #k::__private::read::<#form, _, _>(#src, #list, #threads)
                        }
                    })
                }
                _ => {
                    // Integers and slices only: a view or an element, no copy to split.
                    let list = self.index_list(index);
                    let calling = quote_spanned! {span=> #k::__private::Threads::calling() };
                    quote_spanned! {span=> #k::__private::read::<#form, _, _>(#acc, #list, #calling) }
                }
            };
            acc = self.check(span, call);
        }
        acc
    }

    /// `&mut a[i][j]...`: mutable views, step by step. The index lists are evaluated first,
    /// so an index may read the array (`&mut a[:a.len() / 2]`) before it is borrowed mutably.
    fn read_chain_mut(&self, base: &Expr, chain: &[&Index]) -> TokenStream {
        let k = &self.krate;
        let vars = index_vars(chain.len());
        let lists = chain.iter().map(|i| self.index_list(i));
        let mut acc = self.source(base, true);
        for (index, var) in chain.iter().zip(&vars) {
            let span = index.span;
            acc = self.check(
                span,
                quote_spanned! {span=> #k::__private::view_mut(#acc, #var) },
            );
        }
        quote! { { #( let #vars = #lists; )* #acc } }
    }

    /// `&mut a[i], &mut a[j], ...`: mutable views checked at run time not to overlap; the
    /// index lists are evaluated before `a` is borrowed mutably.
    pub(super) fn split(&self, targets: &[Expr]) -> TokenStream {
        let k = &self.krate;
        let parts: Vec<(&Expr, &Index)> = targets
            .iter()
            .filter_map(|t| t.chain())
            .filter_map(|(base, chain)| Some((base, *chain.first()?)))
            .collect();
        let Some(&(base, first)) = parts.first() else {
            return TokenStream::new();
        };
        let source = self.source(base, true);
        let vars = index_vars(parts.len());
        let lists = parts.iter().map(|(_, i)| self.index_list(i));
        let span = first.span;
        let call = self.check(
            span,
            quote_spanned! {span=> #k::__private::split_mut(#source, (#(#vars,)*)) },
        );
        quote! { { #( let #vars = #lists; )* #call } }
    }
}

/// Names for the index lists of a chain, evaluated before the borrow they are used with.
pub(super) fn index_vars(count: usize) -> Vec<Ident> {
    (0..count).map(|n| local(&format!("__np_idx{n}"))).collect()
}
