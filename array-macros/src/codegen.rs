//! Checked plans to Rust code. Nothing here can fail.
//!
//! Every path into the array crate starts with the forwarded `$crate` (`krate`), internal names
//! start with `__np_` and live in the macro's own hygiene context, and each call carries the
//! span of the index it implements, so a type error lands on what the user wrote.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};

use crate::classify::{is_comparison, Action, MaskWrite, Plan, Step};
use crate::parse::{Borrow, Elem, Expr, Index};

/// Generate the expansion of a plan.
pub(crate) fn generate(plan: Plan) -> TokenStream {
    let g = Gen {
        krate: plan.krate,
        is_try: plan.is_try,
        label: label(),
    };
    let body = g.action(plan.action);
    if g.is_try {
        let (k, label) = (&g.krate, &g.label);
        quote! { { #label: { ::core::result::Result::Ok::<_, #k::IndexError>(#body) } } }
    } else {
        body
    }
}

fn label() -> syn::Lifetime {
    syn::Lifetime::new("'__np_try", Span::call_site())
}

fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// Wrap tokens in an invisible group: keeps precedence without parentheses a lint could flag.
fn grouped(tokens: TokenStream) -> TokenStream {
    Group::new(Delimiter::None, tokens).into_token_stream()
}

struct Gen {
    krate: TokenStream,
    is_try: bool,
    label: syn::Lifetime,
}

impl Gen {
    fn action(&self, action: Action) -> TokenStream {
        match action {
            Action::Read {
                borrow,
                base,
                chain,
            } => self.read_chain(borrow, &base, &chain.iter().collect::<Vec<_>>()),
            Action::Eval(e) => self.expr(&e),
            Action::Split { base, indices } => self.split(&base, &indices),
            Action::Assign {
                base,
                op,
                op_span,
                value,
                copy_value,
                mask_write: Some(mask_write),
                ..
            } => self.mask_write(&base, *mask_write, (op, op_span), &value, copy_value),
            Action::Assign {
                base,
                chain,
                within: Some(src),
                ..
            } => self.assign_within(&base, &chain[0], &src),
            Action::Assign {
                base,
                chain,
                op,
                op_span,
                value,
                copy_value,
                mask_write: None,
                within: None,
            } => self.assign(&base, &chain, op, op_span, &value, copy_value),
            Action::Block(steps) => {
                let steps = steps.into_iter().map(|step| self.step(step));
                quote! { { #(#steps)* } }
            }
        }
    }

    /// One statement of a block. Its `let` bindings use the user's own names and spans, so
    /// the borrow checker reports conflicts at the user's lines.
    fn step(&self, step: Step) -> TokenStream {
        let k = &self.krate;
        let semi = |semi: bool| semi.then(|| quote! { ; });
        match step {
            Step::Rust {
                tokens,
                semi: s,
                bodies,
            } => {
                let s = semi(s);
                let tokens = if bodies {
                    self.numpy_bodies(tokens)
                } else {
                    tokens
                };
                quote! { #tokens #s }
            }
            Step::Np { action, semi: s } => {
                let code = self.action(action);
                let s = semi(s);
                quote! { #code #s }
            }
            Step::Assign { place, op, value } => {
                let code = self.expr(&value);
                quote! { #place #op #code; }
            }
            Step::Let {
                mutable,
                pattern,
                value,
            } => {
                let m = mutable.then(|| quote! { mut });
                let code = self.expr(&value);
                quote! { let #m #pattern = #code; }
            }
            Step::LetIndexed {
                mutable: false,
                pattern,
                base,
                chain,
                ..
            } => {
                let code = self.read_chain(Borrow::Value, &base, &chain.iter().collect::<Vec<_>>());
                quote! { let #pattern = #code; }
            }
            Step::LetIndexed {
                mutable: true,
                pattern,
                base,
                chain,
                span,
            } => {
                let source = self.source(&base, true);
                let list = self.index_list(&chain[0]);
                let call = self.check(
                    span,
                    quote_spanned! {span=> #k::__private::let_mut(#source, #list) },
                );
                quote! { let mut #pattern = #call; }
            }
        }
    }

    /// The bodies of `for`, `while`, `loop`, `if`/`else` and blocks as `np!` blocks of their
    /// own, and the conditions of `if` and `while` (not `if let`) as `np!` expressions when
    /// they index something, so NumPy syntax keeps its meaning in both.
    fn numpy_bodies(&self, tokens: TokenStream) -> TokenStream {
        use proc_macro2::TokenTree;
        let k = &self.krate;
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out = TokenStream::new();
        let mut i = 0;
        while i < trees.len() {
            let tree = &trees[i];
            i += 1;
            match tree {
                TokenTree::Ident(kw) if kw == "if" || kw == "while" => {
                    out.extend([tree.clone()]);
                    let body = trees[i..]
                        .iter()
                        .position(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
                        .map_or(trees.len(), |n| i + n);
                    let header: TokenStream = trees[i..body].iter().cloned().collect();
                    let is_let = matches!(trees.get(i), Some(TokenTree::Ident(l)) if l == "let");
                    let indexes = trees[i..body].iter().any(
                        |t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket),
                    );
                    if indexes && !is_let {
                        out.extend(quote! { #k::np!(#header) });
                    } else {
                        out.extend(header);
                    }
                    i = body;
                }
                TokenTree::Group(g)
                    if g.delimiter() == Delimiter::Brace && !g.stream().is_empty() =>
                {
                    let inner = g.stream();
                    let mut body = Group::new(Delimiter::Brace, quote! { #k::np! { #inner } });
                    body.set_span(g.span());
                    out.extend([TokenTree::Group(body)]);
                }
                other => out.extend([other.clone()]),
            }
        }
        out
    }

    /// A fallible call: `?`-like inside `try`, NumPy's panic otherwise.
    fn check(&self, span: Span, call: TokenStream) -> TokenStream {
        let k = &self.krate;
        if self.is_try {
            let label = &self.label;
            quote_spanned! {span=>
                match #call {
                    ::core::result::Result::Ok(__np_ok) => __np_ok,
                    ::core::result::Result::Err(__np_err) => break #label ::core::result::Result::Err(__np_err),
                }
            }
        } else {
            quote_spanned! {span=> #k::__private::unwrap(#call) }
        }
    }

    /// The first source of a chain: a borrow of a variable, or the value of an expression.
    fn source(&self, base: &Expr, mutable: bool) -> TokenStream {
        let code = self.expr(base);
        // The borrow carries the variable's span, so borrow errors point at the user's name.
        let span = base.span();
        match base {
            Expr::Rust { place: true, .. } if mutable => {
                let k = &self.krate;
                quote_spanned! {span=> { use #k::__private::Place as _; #code.__np_mut() } }
            }
            Expr::Rust { place: true, .. } => quote_spanned! {span=> &#code },
            _ => code,
        }
    }

    fn read_chain(&self, borrow: Borrow, base: &Expr, chain: &[&Index]) -> TokenStream {
        let k = &self.krate;
        let mutable = matches!(borrow, Borrow::Mut);
        let mut acc = self.source(base, mutable);
        for (n, index) in chain.iter().enumerate() {
            let list = self.index_list(index);
            let span = index.span;
            let last = n + 1 == chain.len();
            let only_slices = !index.elems.is_empty()
                && index.elems.iter().all(|e| matches!(e, Elem::Slice { .. }));
            let borrowed = n == 0 && matches!(base, Expr::Rust { place: true, .. });
            let call = if mutable {
                quote_spanned! {span=> #k::__private::view_mut(#acc, #list) }
            } else if only_slices && borrowed {
                // `a[1:4, ::2]`: the slices as a fixed-size array, applied on the static rank.
                let slices = index.elems.iter().map(|e| self.elem(e));
                quote_spanned! {span=> #k::__private::read_slices(#acc, [#(#slices),*]) }
            } else if let Some((op, op_span, lhs, rhs)) = comparison_index(index) {
                // `a[x OP y]`: the comparison goes in unevaluated, so no mask need be built.
                let form = if last && matches!(borrow, Borrow::Shared) {
                    quote! { #k::__private::ByRef }
                } else {
                    quote! { #k::__private::ByValue }
                };
                let cmp = comparison_type(op, op_span);
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                quote_spanned! {span=>
                    #k::__private::fused::select_where::<#form, _, _, _, _, _>(#acc, &#l, &#r, #k::__private::fused::#cmp)
                }
            } else {
                let form = if last && matches!(borrow, Borrow::Shared) {
                    quote! { #k::__private::ByRef }
                } else {
                    quote! { #k::__private::ByValue }
                };
                quote_spanned! {span=> #k::__private::read::<#form, _, _>(#acc, #list) }
            };
            acc = self.check(span, call);
        }
        acc
    }

    fn split(&self, base: &Expr, indices: &[Index]) -> TokenStream {
        let k = &self.krate;
        let source = self.source(base, true);
        let lists = indices.iter().map(|i| self.index_list(i));
        let span = indices[0].span;
        self.check(
            span,
            quote_spanned! {span=> #k::__private::split_mut(#source, (#(#lists,)*)) },
        )
    }

    fn assign(
        &self,
        base: &Expr,
        chain: &[Index],
        op: &'static str,
        op_span: Span,
        value: &Expr,
        copy_value: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let value_code = self.assigned_value(value, copy_value);
        let value_var = local("__np_value");
        let idx_vars: Vec<Ident> = (0..chain.len())
            .map(|n| local(&format!("__np_idx{n}")))
            .collect();
        let lists = chain.iter().map(|i| self.index_list(i));
        let mut target = self.source(base, true);
        let (last, init) = chain
            .split_last()
            .expect("classify keeps at least one index");
        for (index, var) in init.iter().zip(&idx_vars) {
            let span = index.span;
            target = self.check(
                span,
                quote_spanned! {span=> #k::__private::view_mut(#target, #var) },
            );
        }
        let last_var = &idx_vars[chain.len() - 1];
        let span = last.span;
        let call = if op == "=" {
            quote_spanned! {span=> #k::__private::assign(#target, #last_var, #value_var) }
        } else {
            let apply = self.compound(op, op_span);
            quote_spanned! {span=> #k::__private::assign_op(#target, #last_var, #value_var, #apply) }
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

    /// The right side of a write; copied first when it may still borrow the target.
    fn assigned_value(&self, value: &Expr, copy_value: bool) -> TokenStream {
        let code = self.value(value);
        if copy_value {
            let k = &self.krate;
            quote_spanned! {value.span()=> #k::__private::materialize(#code) }
        } else {
            code
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
        fused: MaskWrite,
        (write_op, write_span): (&'static str, Span),
        value: &Expr,
        copy_value: bool,
    ) -> TokenStream {
        let k = &self.krate;
        let value_code = self.assigned_value(value, copy_value);
        let value_var = local("__np_value");
        let target = self.source(base, true);
        // `=` sets; a compound operator updates, with the same closure as the general path.
        let update = if write_op == "=" {
            quote! { #k::__private::fused::Set }
        } else {
            let op = self.compound(write_op, write_span);
            quote! { #k::__private::fused::With(#op) }
        };
        let (call, span) = match fused {
            MaskWrite::Keys { lhs, rhs, op, span } => {
                let cmp = comparison_type(op, span);
                let (l, r) = (self.expr(&lhs), self.expr(&rhs));
                let call = quote_spanned! {span=>
                    #k::__private::fused::update_where(#target, &#l, &#r, #k::__private::fused::#cmp, #value_var, #update)
                };
                (call, span)
            }
            MaskWrite::OwnKeys {
                other,
                target_on_left,
                op,
                span,
            } => {
                let cmp = comparison_type(op, span);
                let other = self.expr(&other);
                let call = quote_spanned! {span=>
                    #k::__private::fused::update_where_self(#target, &#other, #target_on_left, #k::__private::fused::#cmp, #value_var, #update)
                };
                (call, span)
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

    /// The closure that applies a compound operator to one element.
    fn compound(&self, op: &str, span: Span) -> TokenStream {
        let k = &self.krate;
        let (x, y) = (local("__np_x"), local("__np_y"));
        let apply = match op {
            "%=" => quote_spanned! {span=> *#x = #k::__private::ops::Remainder::remainder(#x, #y) },
            _ => {
                let (tr, method) = match op {
                    "+=" => ("AddAssign", "add_assign"),
                    "-=" => ("SubAssign", "sub_assign"),
                    "*=" => ("MulAssign", "mul_assign"),
                    "/=" => ("DivAssign", "div_assign"),
                    "&=" => ("BitAndAssign", "bitand_assign"),
                    "|=" => ("BitOrAssign", "bitor_assign"),
                    "^=" => ("BitXorAssign", "bitxor_assign"),
                    "<<=" => ("ShlAssign", "shl_assign"),
                    _ => ("ShrAssign", "shr_assign"),
                };
                let (tr, method) = (Ident::new(tr, span), Ident::new(method, span));
                quote_spanned! {span=> ::core::ops::#tr::#method(#x, ::core::clone::Clone::clone(#y)) }
            }
        };
        quote_spanned! {span=> |#x: &mut _, #y: &_| { #apply; } }
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
                        let code = match e {
                            Expr::Rust { tokens, span, .. } => {
                                isize_literal(tokens, *span).unwrap_or_else(|| self.expr(e))
                            }
                            _ => self.expr(e),
                        };
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
                op,
                stop,
            } => {
                let a = start.as_ref().map(|e| self.expr(e));
                let b = stop.as_ref().map(|e| self.expr(e));
                let op: TokenStream = if *op == "..=" {
                    quote_spanned! {*span=> ..= }
                } else {
                    quote_spanned! {*span=> .. }
                };
                grouped(quote! { #a #op #b })
            }
            Elem::Expr(e) => match e {
                Expr::Rust { .. } | Expr::List(_) => self.index_expr(e),
                _ => self.value(e),
            },
        }
    }

    /// An index element or slice bound. Unsuffixed integer literals become `isize`, so the
    /// result type is known without waiting for integer fallback (NumPy's indices are intp).
    fn index_expr(&self, e: &Expr) -> TokenStream {
        match e {
            Expr::Rust { tokens, span, .. } => match isize_literal(tokens, *span) {
                Some(lit) => lit,
                None => self.value(e),
            },
            Expr::List(l) if !l.items.is_empty() => {
                let items = l.items.iter().map(|i| match i {
                    Expr::Rust { tokens, span, .. } => {
                        isize_literal(tokens, *span).unwrap_or_else(|| self.expr(i))
                    }
                    Expr::List(_) => self.index_expr(i),
                    _ => self.expr(i),
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

    /// An expression with NumPy's meaning of indexing and element-wise operators.
    fn expr(&self, e: &Expr) -> TokenStream {
        let k = &self.krate;
        match e {
            Expr::Rust { tokens, .. } => grouped(tokens.clone()),
            Expr::Binary { op, span, lhs, rhs } => {
                let f = Ident::new(binary_fn(op), *span);
                let (l, r) = (self.expr(lhs), self.expr(rhs));
                quote_spanned! {*span=> #k::__private::ops::#f(&#l, &#r) }
            }
            Expr::Unary { op, span, expr } => {
                let inner = self.expr(expr);
                match *op {
                    "-" => quote_spanned! {*span=> #k::__private::ops::neg(&#inner) },
                    "*" => grouped(quote_spanned! {*span=> *#inner }),
                    _ => quote_spanned! {*span=> #k::__private::ops::not(&#inner) },
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
            Expr::Index { .. } => {
                let mut chain = Vec::new();
                let mut base = e;
                while let Expr::Index { base: b, index } = base {
                    chain.push(index);
                    base = b;
                }
                chain.reverse();
                grouped(self.read_chain(Borrow::Value, base, &chain))
            }
            Expr::Method { receiver, rest } => {
                let r = self.expr(receiver);
                grouped(quote! { #r #rest })
            }
            Expr::Tuple(items, span) => {
                let items = items.iter().map(|i| self.expr(i));
                let mut g = Group::new(Delimiter::Parenthesis, quote! { #(#items,)* });
                g.set_span(*span);
                g.into_token_stream()
            }
            Expr::List(l) => {
                let items = l.items.iter().map(|i| self.expr(i));
                let mut g = Group::new(Delimiter::Bracket, quote! { #(#items),* });
                g.set_span(l.span);
                if l.items.is_empty() {
                    // NumPy reads `[]` as an empty integer index.
                    return quote_spanned! {l.span=> [0isize; 0] };
                }
                g.into_token_stream()
            }
        }
    }
}

/// An index that is one comparison, `[x OP y]`: its operator and sides.
fn comparison_index(index: &Index) -> Option<(&'static str, Span, &Expr, &Expr)> {
    match index.elems.as_slice() {
        [Elem::Expr(Expr::Binary { op, span, lhs, rhs })] if is_comparison(op) => {
            Some((op, *span, lhs, rhs))
        }
        _ => None,
    }
}

/// The type that stands for a comparison operator in the fused calls.
fn comparison_type(op: &str, span: Span) -> Ident {
    let name = match op {
        ">" => "Gt",
        ">=" => "Ge",
        "<" => "Lt",
        "<=" => "Le",
        "==" => "Eq",
        _ => "Ne",
    };
    Ident::new(name, span)
}

fn binary_fn(op: &str) -> &'static str {
    match op {
        "==" => "eq",
        "!=" => "ne",
        "<" => "lt",
        ">" => "gt",
        "<=" => "le",
        ">=" => "ge",
        "|" => "bitor",
        "^" => "bitxor",
        "&" => "bitand",
        "+" => "add",
        "-" => "sub",
        "*" => "mul",
        "/" => "div",
        "%" => "rem",
        "<<" => "shl",
        _ => "shr",
    }
}

/// `lit` or `-lit`, an unsuffixed integer that fits `isize`, as an `isize` literal.
fn isize_literal(tokens: &TokenStream, span: Span) -> Option<TokenStream> {
    let toks: Vec<proc_macro2::TokenTree> = tokens.clone().into_iter().collect();
    let (negative, lit) = match toks.as_slice() {
        [proc_macro2::TokenTree::Literal(l)] => (false, l),
        [proc_macro2::TokenTree::Punct(p), proc_macro2::TokenTree::Literal(l)]
            if p.as_char() == '-' =>
        {
            (true, l)
        }
        _ => return None,
    };
    let syn::Lit::Int(int) = syn::parse_str::<syn::Lit>(&lit.to_string()).ok()? else {
        return None;
    };
    if !int.suffix().is_empty() {
        return None;
    }
    let magnitude: i128 = int.base10_parse().ok()?;
    let value = isize::try_from(if negative { -magnitude } else { magnitude }).ok()?;
    if value == isize::MIN {
        return None;
    }
    let mut out = proc_macro2::Literal::isize_suffixed(value.abs());
    out.set_span(span);
    Some(if value < 0 {
        quote_spanned! {span=> -#out }
    } else {
        out.into_token_stream()
    })
}
