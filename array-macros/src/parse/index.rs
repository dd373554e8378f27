//! The contents of `[...]`: index elements after an expression, or a list literal.

use proc_macro2::{Group, Span};

use super::{optional_expr, split_commas, whole_expr, Errors};
use crate::ast::{Elem, Index, List, ReadPath};
use crate::lex::{lex, Tok};

/// A list literal `[a, b, ...]`.
pub(super) fn list(g: &Group, depth: usize) -> syn::Result<List> {
    let toks = lex(g.stream())?;
    let mut items = Vec::new();
    for part in split_commas(&toks) {
        items.push(whole_expr(part?, g.span_close(), depth, "a list item")?);
    }
    Ok(List {
        span: g.span(),
        items,
    })
}

/// The contents of `[...]` after an expression: comma-separated index elements.
pub(super) fn index(g: &Group, depth: usize) -> syn::Result<Index> {
    let toks = lex(g.stream())?;
    if toks.is_empty() {
        return Err(syn::Error::new(
            g.span(),
            "empty index: NumPy needs at least one index element, as in `a[...]` or `a[:]`",
        ));
    }
    // `a[()]`: NumPy's empty index tuple, the whole array (the element of a 0-d array).
    if matches!(toks.as_slice(), [Tok::Group(t)] if t.delimiter() == proc_macro2::Delimiter::Parenthesis && t.stream().is_empty())
    {
        return Ok(Index {
            span: g.span(),
            elems: Vec::new(),
            read: ReadPath::General,
        });
    }
    let mut elems = Vec::new();
    let mut errors = Errors::default();
    for part in split_commas(&toks) {
        match part.and_then(|p| element(p, g.span_close(), depth)) {
            Ok(e) => elems.push(e),
            Err(e) => errors.push(e),
        }
    }
    errors.finish()?;
    Ok(Index {
        span: g.span(),
        elems,
        read: ReadPath::General,
    })
}

/// One index element.
fn element(toks: &[Tok], end: Span, depth: usize) -> syn::Result<Elem> {
    let span = toks[0].span();
    if toks.len() == 1 && toks[0].is_op("...") {
        return Ok(Elem::Ellipsis(span));
    }
    if toks.len() == 1 && toks[0].is_ident("None") {
        return Ok(Elem::NewAxis(span));
    }
    // Slices: top-level `:` (a `::` is two of them: `a[::2]`, `a[1::2]`).
    if toks.iter().any(|t| t.is_op(":") || t.is_op("::")) {
        let mut parts: Vec<Vec<Tok>> = vec![Vec::new()];
        for t in toks {
            if t.is_op(":") {
                parts.push(Vec::new());
            } else if t.is_op("::") {
                parts.push(Vec::new());
                parts.push(Vec::new());
            } else {
                parts.last_mut().expect("never empty").push(t.clone());
            }
        }
        if parts.len() > 3 {
            return Err(syn::Error::new(
                span,
                "a slice has at most three parts, `start:stop:step`; to use a Rust path here, wrap it in parentheses: `a[(i64::MAX)]`",
            ));
        }
        let bound = |part: &Vec<Tok>| optional_expr(part, end, depth, "a slice bound");
        let start = bound(&parts[0])?;
        let stop = bound(&parts[1])?;
        let step = match parts.get(2) {
            Some(p) => bound(p)?,
            None => None,
        };
        return Ok(Elem::Slice {
            span,
            start,
            stop,
            step,
        });
    }
    // Rust ranges: a top-level `..` or `..=`.
    if let Some(k) = toks.iter().position(|t| t.is_op("..") || t.is_op("..=")) {
        let side = |part: &[Tok]| optional_expr(part, end, depth, "a range bound");
        let start = side(&toks[..k])?;
        let stop = side(&toks[k + 1..])?;
        return Ok(Elem::Range {
            span,
            start,
            inclusive: toks[k].is_op("..="),
            stop,
        });
    }
    whole_expr(toks, end, depth, "an index element").map(Elem::Expr)
}
