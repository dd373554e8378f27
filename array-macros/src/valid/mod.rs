//! Every diagnostic the syntax alone can give, collected over the whole invocation so one
//! compile shows them all: what NumPy rejects whatever the types (a zero step, two `...`, a
//! float index), writes and mutable views that would go into a copy, and split borrows that
//! cannot be disjoint.
//!
//! What only types can tell (the rank of `a`, whether a variable holds integers or a mask) is
//! left to the trait impls in `npview-core`, whose `on_unimplemented` messages say the same
//! things in the same words.

mod numpy;
mod overlap;

pub(crate) use self::numpy::dtype_of;

use proc_macro2::Span;

use crate::ast::{Body, Borrow, ControlPart, Copying, Elem, Expr, Index, Invocation, List, Stmt};
use crate::errors::Errors;
use crate::ops::BinOp;

/// Check an invocation; the tree comes back unchanged when nothing is wrong.
pub(crate) fn check(inv: Invocation) -> syn::Result<Invocation> {
    let mut errors = Errors::default();
    body(&inv.body, &mut errors);
    errors.finish()?;
    Ok(inv)
}

fn body(b: &Body, errors: &mut Errors) {
    match b {
        Body::Block(stmts) => stmts.iter().for_each(|s| statement(s, errors)),
        Body::Read { borrow, target } => {
            expr(target, errors);
            if *borrow == Borrow::Value && !matches!(target, Expr::Index { .. }) {
                return; // an expression such as `a > 25`
            }
            if *borrow == Borrow::Mut {
                if let Some(f) = numpy::view_fn(target) {
                    if !f.has_mut() {
                        errors.push(syn::Error::new(
                            target.span(),
                            "this function does not return a view that can be written through (NumPy may copy here, or marks the view read-only); take `&mut` of an index or of `.T`, `transpose`, `swapaxes`, `moveaxis`, `squeeze`, `expand_dims`, `flip` or `split`",
                        ));
                    }
                    return;
                }
            }
            let Some((base, chain)) = indexed(target, errors) else {
                return;
            };
            if *borrow == Borrow::Mut {
                for index in chain {
                    if let Some(copying) = index.copying_element() {
                        errors.push(mut_view_of_copy(base, index, copying));
                    }
                }
            }
        }
        Body::Split { targets } => split(targets, errors),
        Body::Assign {
            target, value, op, ..
        } => {
            expr(target, errors);
            expr(value, errors);
            let Some((base, chain)) = indexed(target, errors) else {
                return;
            };
            for (k, index) in chain.iter().enumerate().take(chain.len() - 1) {
                if let Some(copying) = index.copying_element() {
                    errors.push(write_into_copy(
                        (base, index, &chain[k + 1..]),
                        *op,
                        value,
                        copying,
                    ));
                }
            }
        }
    }
}

fn statement(s: &Stmt, errors: &mut Errors) {
    match s {
        Stmt::Rust { .. } => {}
        Stmt::Np { body: b, .. } => body(b, errors),
        Stmt::Assign { value, .. } => expr(value, errors),
        Stmt::Control { parts, .. } => control(parts, errors),
        Stmt::Attributed { stmt, .. } => statement(stmt, errors),
        Stmt::Let {
            mutable,
            value,
            otherwise,
            ..
        } => {
            expr(value, errors);
            if let Some(b) = otherwise {
                b.stmts.iter().for_each(|s| statement(s, errors));
            }
            if let Some((_, chain)) = value.chain() {
                if *mutable && chain.len() > 1 {
                    errors.push(syn::Error::new(
                        chain[1].span,
                        "`let mut` in an np! block takes one index; bind the first step, then index that",
                    ));
                }
            }
        }
    }
}

/// The headers, bodies and arms of a control construct.
fn control(parts: &[ControlPart], errors: &mut Errors) {
    for part in parts {
        match part {
            ControlPart::Rust(_) => {}
            ControlPart::Condition(e) => expr(e, errors),
            ControlPart::Body(b) => b.stmts.iter().for_each(|s| statement(s, errors)),
            ControlPart::Arms { arms, .. } => arms.iter().for_each(|(_, e)| expr(e, errors)),
        }
    }
}

/// A method that writes through `self`, called on a fancy or mask copy: it would change only
/// the copy, NumPy's silent no-op.
fn method_on_copy(
    receiver: &Expr,
    name: &proc_macro2::TokenTree,
    args: Option<&proc_macro2::Group>,
    errors: &mut Errors,
) {
    let Some((base, chain)) = receiver.chain() else {
        return;
    };
    if !crate::names::writes_through(&name.to_string()) {
        return;
    }
    let Some((index, copying)) = chain.iter().find_map(|i| Some((*i, i.copying_element()?))) else {
        return;
    };
    let (a, idx) = (expr_text(base), index_text(index));
    let kind = match copying {
        Copying::Fancy(_) => "fancy indexing returns a copy",
        Copying::Mask(_) => "a boolean mask returns a copy",
    };
    let call = args.map_or_else(String::new, |g| text(g.span(), || "(...)".to_owned()));
    errors.push(syn::Error::new(
        name.span(),
        format!(
            "{kind}, so `.{name}{call}` would change only the copy, not `{a}`; write through the index instead, as in `np!({a}{idx} = value)`"
        ),
    ));
}

/// The base and index chain of a target, or an error that an index is needed.
fn indexed<'e>(target: &'e Expr, errors: &mut Errors) -> Option<(&'e Expr, Vec<&'e Index>)> {
    let chain = target.chain();
    if chain.is_none() {
        errors.push(syn::Error::new(
            target.span(),
            "np! needs an indexed array here, such as `a[1:4]`, `&mut a[:, 0]` or `a[a > 25] = 0`",
        ));
    }
    chain
}

/// `&mut a[i], &mut a[j]`: the same array, one index each, 2 to 4 parts, basic indices only,
/// and not provably overlapping.
fn split(targets: &[Expr], errors: &mut Errors) {
    let mut first: Option<(&Expr, String)> = None;
    let mut indices = Vec::with_capacity(targets.len());
    for target in targets {
        expr(target, errors);
        let Some((base, chain)) = indexed(target, errors) else {
            continue;
        };
        if chain.len() != 1 {
            errors.push(syn::Error::new(
                chain[1].span,
                "each part of a split borrow indexes the array once, as in `&mut a[1:, ::2]`",
            ));
        }
        let text = match base {
            Expr::Rust {
                tokens,
                place: true,
                ..
            } => tokens.to_string(),
            other => {
                errors.push(syn::Error::new(
                    other.span(),
                    "a split borrow needs a variable or field to split, as in `np!(&mut a[:2], &mut a[2:])`",
                ));
                String::new()
            }
        };
        match &first {
            None => first = Some((base, text)),
            Some((_, t)) if *t != text => errors.push(syn::Error::new(
                base.span(),
                format!("every part of a split borrow must index the same array; the first part indexes `{t}`"),
            )),
            Some(_) => {}
        }
        if let Some(copying) = chain[0].copying_element() {
            errors.push(mut_view_of_copy(base, chain[0], copying));
        }
        indices.push(chain[0]);
    }
    if targets.len() > 4 {
        errors.push(syn::Error::new(
            targets[0].span(),
            "np! splits an array into at most 4 mutable views at once",
        ));
    }
    let Some((base, _)) = first else { return };
    for (k, a) in indices.iter().enumerate() {
        for b in &indices[k + 1..] {
            if let Some(shared) = overlap::literal_overlap(a, b) {
                errors.push(syn::Error::new(
                    b.span,
                    format!(
                        "these mutable views overlap: both contain `{}[{}]` (whenever the array is that large), so they cannot be written at the same time",
                        expr_text(base),
                        shared
                    ),
                ));
            }
        }
    }
}

/// Check every index inside an expression, and the operators that never apply to arrays.
fn expr(e: &Expr, errors: &mut Errors) {
    match e {
        Expr::Rust { .. } => {}
        Expr::Lit(lit) => numpy::literal_in_range(lit, errors),
        Expr::Binary { lhs, rhs, .. } => {
            expr(lhs, errors);
            expr(rhs, errors);
        }
        Expr::Control { parts, .. } => control(parts, errors),
        Expr::Closure { body, .. } => expr(body, errors),
        Expr::Compare { lhs, rhs, .. } => {
            expr(lhs, errors);
            expr(rhs, errors);
        }
        Expr::Method {
            receiver,
            name,
            args,
            ..
        } => {
            expr(receiver, errors);
            method_on_copy(receiver, name, args.as_ref(), errors);
        }
        Expr::Unary { expr: inner, .. }
        | Expr::Ref { expr: inner, .. }
        | Expr::Paren(inner, _)
        | Expr::Cast { expr: inner, .. }
        | Expr::Detached(inner)
        | Expr::Try { expr: inner, .. } => expr(inner, errors),
        Expr::Index { base, index: i } if base.is_shape() => {
            expr(base, errors);
            numpy::shape_index(i, errors);
        }
        Expr::Index { base, index: i } if numpy::is_flat(base) => {
            expr(base, errors);
            numpy::flat_index(i, errors);
        }
        Expr::Index { base, index: i } => {
            expr(base, errors);
            index(i, errors);
        }
        Expr::Tuple(items, _) => items.iter().for_each(|i| expr(i, errors)),
        Expr::List(l) => l.items.iter().for_each(|i| expr(i, errors)),
        Expr::Np { name, kind, args } => {
            numpy::np_name(name, *kind, args.as_ref(), errors);
            args.iter()
                .flat_map(|a| a.values())
                .filter(|v| dtype_of(v).is_none())
                .for_each(|v| expr(v, errors));
        }
        Expr::NpMethod {
            receiver,
            method,
            name,
            args,
        } => {
            expr(receiver, errors);
            numpy::np_method(name, *method, args.as_ref(), errors);
            args.iter()
                .flat_map(|a| a.values())
                .filter(|v| dtype_of(v).is_none())
                .for_each(|v| expr(v, errors));
        }
        Expr::Print { args, .. } => args.values().for_each(|v| expr(v, errors)),
        Expr::Is { lhs, rhs, .. } => {
            expr(lhs, errors);
            if let Some(r) = rhs {
                expr(r, errors);
            }
        }
    }
}

fn index(i: &Index, errors: &mut Errors) {
    let mut seen_ellipsis = false;
    for elem in &i.elems {
        match elem {
            Elem::Ellipsis(span) => {
                if seen_ellipsis {
                    errors.push(syn::Error::new(
                        *span,
                        "an index can only have a single ellipsis ('...')",
                    ));
                }
                seen_ellipsis = true;
            }
            Elem::NewAxis(_) => {}
            Elem::Slice {
                start, stop, step, ..
            } => {
                for part in [start, stop, step].into_iter().flatten() {
                    index_operand(part, errors);
                }
                if let Some(step) = step.as_ref().filter(|s| is_zero_literal(s)) {
                    errors.push(syn::Error::new(step.span(), "slice step cannot be zero"));
                }
            }
            Elem::Range { start, stop, .. } => {
                for part in [start, stop].into_iter().flatten() {
                    expr(part, errors);
                }
            }
            Elem::Expr(e) => {
                index_operand(e, errors);
                logic_of_masks(e, errors);
                if let Expr::List(l) = e {
                    rectangular(l, errors);
                }
            }
        }
    }
}

/// `&&` and `||` inside an index element: Rust's logic on two booleans, which never builds
/// the mask the user means (NumPy's `and`/`or` fail on arrays too).
fn logic_of_masks(e: &Expr, errors: &mut Errors) {
    match e {
        Expr::Binary { op, span, lhs, rhs } => {
            if matches!(op, BinOp::And | BinOp::Or) {
                let single = &op.spelling()[..1];
                errors.push(syn::Error::new(
                    *span,
                    format!(
                        "`{}` does not combine masks (NumPy's `and`/`or` fail on arrays too); use `{single}` with parentheses, as in `(a > 1) {single} (a < 5)`",
                        op.spelling()
                    ),
                ));
            }
            logic_of_masks(lhs, errors);
            logic_of_masks(rhs, errors);
        }
        Expr::Compare { lhs, rhs, .. } => {
            logic_of_masks(lhs, errors);
            logic_of_masks(rhs, errors);
        }
        Expr::Unary { expr: inner, .. } | Expr::Paren(inner, _) => logic_of_masks(inner, errors),
        _ => {}
    }
}

/// An integer position of an index: its literals are `isize` (checked by [`not_float`]), the
/// rest an expression.
fn index_operand(e: &Expr, errors: &mut Errors) {
    match e {
        Expr::Lit(_) => not_float(e, errors),
        Expr::List(l) => l.items.iter().for_each(|i| index_operand(i, errors)),
        _ => expr(e, errors),
    }
}

const INVALID_INDEX: &str = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

/// A literal that cannot be an index: a float, or an integer beyond `isize` (also inside a
/// list literal used as an index).
fn not_float(e: &Expr, errors: &mut Errors) {
    match e {
        Expr::Lit(l) if l.is_float() => errors.push(syn::Error::new(l.span, INVALID_INDEX)),
        Expr::Lit(l) if !l.fits_isize() => errors.push(syn::Error::new(
            l.span,
            format!(
                "`{}` is too large for an index, which is an `isize` (NumPy: OverflowError: Python int too large to convert to C long)",
                l.tokens
            ),
        )),
        Expr::List(l) => l.items.iter().for_each(|i| not_float(i, errors)),
        _ => {}
    }
}

fn is_zero_literal(e: &Expr) -> bool {
    match e {
        Expr::Lit(l) => l.is_zero(),
        Expr::Paren(inner, _) => is_zero_literal(inner),
        _ => false,
    }
}

/// NumPy needs nested lists of equal lengths (Rust arrays do too, with a worse message).
fn rectangular(l: &List, errors: &mut Errors) {
    fn shape(e: &Expr) -> Vec<usize> {
        match e {
            Expr::List(l) => {
                let mut s = vec![l.items.len()];
                if let Some(first) = l.items.first() {
                    s.extend(shape(first));
                }
                s
            }
            _ => Vec::new(),
        }
    }
    let expected: Vec<usize> = l.items.first().map(shape).unwrap_or_default();
    for item in &l.items {
        if shape(item) != expected {
            errors.push(syn::Error::new(
                item.span(),
                "setting an array element with a sequence: nested lists in an index must all have the same length",
            ));
            return;
        }
        if let Expr::List(inner) = item {
            rectangular(inner, errors);
        }
    }
}

/// What the user wrote at a span, for messages that show the fix.
fn text(span: Span, fallback: impl FnOnce() -> String) -> String {
    span.source_text().unwrap_or_else(fallback)
}

fn expr_text(e: &Expr) -> String {
    match e {
        Expr::Rust { tokens, span, .. } => text(*span, || tokens.to_string()),
        _ => text(e.span(), || "a".to_owned()),
    }
}

fn index_text(index: &Index) -> String {
    text(index.span, || "[...]".to_owned())
}

fn mut_view_of_copy(base: &Expr, index: &Index, copying: Copying) -> syn::Error {
    let (a, idx) = (expr_text(base), index_text(index));
    match copying {
        Copying::Fancy(span) => syn::Error::new(
            span,
            format!(
                "fancy indexing returns a copy, so it cannot give a mutable view of `{a}`; to change those elements, assign through the index: `np!({a}{idx} = value)`"
            ),
        ),
        Copying::Mask(span) => syn::Error::new(
            span,
            format!(
                "a boolean mask copies, so it cannot give a mutable view of `{a}`; assign through the mask instead: `np!({a}{idx} = value)`"
            ),
        ),
    }
}

fn write_into_copy(
    (base, index, rest): (&Expr, &Index, &[&Index]),
    op: crate::ops::AssignOp,
    value: &Expr,
    copying: Copying,
) -> syn::Error {
    let (a, idx) = (expr_text(base), index_text(index));
    let v = expr_text(value);
    let kind = match copying {
        Copying::Fancy(_) => "fancy indexing returns a copy",
        Copying::Mask(_) => "a boolean mask returns a copy",
    };
    let span = rest.first().map_or(index.span, |r| r.span);
    syn::Error::new(
        span,
        format!(
            "{kind}, so assigning into it would change nothing in `{a}`; index `{a}` directly, as in `np!({a}{idx} {} {v})`",
            op.spelling()
        ),
    )
}
