//! Writes: `a[idx] = v` and the compound operators, on the path `classify` chose.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::read::index_vars;
use super::{local, Gen};
use crate::ast::{Expr, Index, MaskKeys, MaskWrite, WritePath, WritePlan};
use crate::ops::AssignOp;

impl Gen {
    /// `target op= value` as planned.
    pub(super) fn write(
        &self,
        target: &Expr,
        op: AssignOp,
        op_span: Span,
        value: &Expr,
        plan: WritePlan,
    ) -> TokenStream {
        if let Expr::Index { base, index } = target {
            if let Expr::NpMethod {
                receiver,
                method: crate::numpy::NpMethod::Flat,
                ..
            } = &**base
            {
                return self.flat_write(receiver, index, value);
            }
        }
        let Some((base, chain)) = target.chain() else {
            return TokenStream::new();
        };
        match plan.path {
            WritePath::FusedComparison(mask) => {
                self.mask_write(base, *mask, (op, op_span), value, plan.copy_value)
            }
            WritePath::Within(src) => self.assign_within(base, chain[0], &src),
            WritePath::InBands => self.assign_in_bands(base, chain[0], value),
            WritePath::General => self.assign(base, &chain, (op, op_span), value, plan.copy_value),
        }
    }

    /// Through the chain of mutable views, NumPy's `__setitem__` (or its buffered compound
    /// operator) on the last index.
    fn assign(
        &self,
        base: &Expr,
        chain: &[&Index],
        (op, op_span): (AssignOp, Span),
        value: &Expr,
        copy_value: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let value_code = self.assigned_value(value, op, copy_value);
        let value_code = match op {
            // `=` takes any value: NumPy's casting for its element types, a clone otherwise.
            AssignOp::Set => self.tagged(value_code),
            _ => value_code,
        };
        let value_var = local("__np_value");
        let idx_vars = index_vars(chain.len());
        let lists = chain.iter().map(|i| self.index_list(i));
        let mut target = self.source(base, true);
        let Some((last, init)) = chain.split_last() else {
            return TokenStream::new();
        };
        for (index, var) in init.iter().zip(&idx_vars) {
            let span = index.span;
            target = self.check(
                span,
                quote_spanned! {span=> #k::__private::view_mut(#target, #var) },
            );
        }
        let last_var = &idx_vars[chain.len() - 1];
        let span = last.span;
        let call = match self.compound(op, op_span) {
            None => quote_spanned! {span=> #k::__private::assign(#target, #last_var, #value_var) },
            Some(apply) => {
                quote_spanned! {span=> #k::__private::assign_op(#target, #last_var, #value_var, #apply) }
            }
        };
        let call = self.check(span, call);
        quote! {
            {
                let #value_var = #value_code;
                #( let #idx_vars = #lists; )*
                #call
            }
        }
    }

    /// The right side of a write, as an operand (an element-wise expression unevaluated, so it
    /// is written in one pass); computed first when it may still borrow the target.
    fn assigned_value(&self, value: &Expr, op: AssignOp, copy_value: bool) -> TokenStream {
        let k = &self.krate;
        match (copy_value, value.is_element_wise()) {
            (false, _) => match value {
                Expr::List(l) if op == AssignOp::Set && !l.items.is_empty() => self.write_list(l),
                _ => self.node(value),
            },
            (true, true) => self.expr(value),
            (true, false) => {
                let code = self.value(value);
                quote_spanned! {value.span()=> #k::__private::materialize(#code) }
            }
        }
    }

    /// The value of `=`, tagged for method resolution: NumPy's same_kind casting when it is an
    /// operand of NumPy's element types, a clone of exactly the target's element type otherwise.
    pub(super) fn tagged(&self, value: TokenStream) -> TokenStream {
        let k = &self.krate;
        quote! {
            {
                #[allow(unused_imports)]
                use #k::__private::{ViaClone as _, ViaNode as _};
                (&&#k::__private::Tag::new(#value)).__np_tag()
            }
        }
    }

    /// `u[dst] = value` where the value reads `u`: the value as a closure that builds it from a
    /// shared view of `u` (its name rebound to the closure's argument), called once per band
    /// of rows the write computes (see npview-core's `expr::bands`).
    fn assign_in_bands(&self, base: &Expr, dst: &Index, value: &Expr) -> TokenStream {
        let k = &self.krate;
        let Expr::Rust { tokens: name, .. } = base else {
            return TokenStream::new();
        };
        let target = self.source(base, true);
        let (idx, band) = (local("__np_idx0"), local("__np_band"));
        let list = self.index_list(dst);
        let node = self.node(value);
        let mut build = quote! { #band.fill(#node) };
        if self.is_try {
            // The value's own checks leave the closure, not the whole `try` block (a value
            // without any leaves the label unused).
            let label = &self.label;
            build = quote! { {
                #[allow(unused_labels)]
                let __np_built = #label: { #build };
                __np_built
            } };
        }
        let span = dst.span;
        let call = self.check(
            span,
            quote_spanned! {span=> #k::__private::assign_in_bands(#target, #idx, |#name, #band| #build) },
        );
        quote! {
            {
                let #idx = #list;
                #call
            }
        }
    }

    /// `a[dst] = a[src]`, in place when the two sides allow it.
    fn assign_within(&self, base: &Expr, dst: &Index, src: &Index) -> TokenStream {
        let k = &self.krate;
        let target = self.source(base, true);
        let (dst_list, src_list) = (self.index_list(dst), self.index_list(src));
        let (dst_var, src_var) = (local("__np_dst"), local("__np_src"));
        let span = dst.span;
        let call = self.check(
            span,
            quote_spanned! {span=> #k::__private::assign_within(#target, #dst_var, #src_var) },
        );
        quote! {
            {
                let #src_var = #src_list;
                let #dst_var = #dst_list;
                #call
            }
        }
    }

    /// `a[x OP y] = value` (or `+=` ...) without building the mask.
    fn mask_write(
        &self,
        base: &Expr,
        mask: MaskWrite,
        (op, op_span): (AssignOp, Span),
        value: &Expr,
        copy_value: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let value_code = self.tagged(self.assigned_value(value, op, copy_value));
        let value_var = local("__np_value");
        let target = self.source(base, true);
        // `=` sets; a compound operator updates, with the same closure as the general path.
        let update = match self.compound(op, op_span) {
            None => quote! { #k::__private::fused::Set },
            Some(apply) => quote! { #k::__private::fused::With(#apply) },
        };
        let span = mask.span;
        let cmp = Ident::new(mask.op.type_name(), span);
        let call = match mask.keys {
            MaskKeys::Other { lhs, rhs } => {
                let (l, r) = (self.node(&lhs), self.node(&rhs));
                quote_spanned! {span=>
                    #k::__private::fused::update_where(#target, #l, #r, #k::__private::fused::#cmp, #value_var, #update)
                }
            }
            MaskKeys::Own {
                other,
                target_on_left,
            } => {
                let other = self.node(&other);
                quote_spanned! {span=>
                    #k::__private::fused::update_where_self(#target, #other, #target_on_left, #k::__private::fused::#cmp, #value_var, #update)
                }
            }
        };
        let call = self.check(span, call);
        quote! {
            {
                let #value_var = #value_code;
                #call
            }
        }
    }

    /// The ufunc type of a compound operator (NumPy's element loop); `None` for `=`.
    fn compound(&self, op: AssignOp, span: Span) -> Option<TokenStream> {
        let k = &self.krate;
        let ufunc = Ident::new(op.ufunc()?, span);
        Some(quote_spanned! {span=> #k::__private::ops::#ufunc })
    }
}
