//! Meaning and checks that need no types: which reads are views and which copies can be seen
//! in the syntax, and what NumPy would reject no matter the types.
//!
//! What only types can tell (the rank of `a`, whether a variable holds integers or a mask) is
//! left to the trait impls in `npview-core`, whose `on_unimplemented` messages say the same
//! things in the same words.

use proc_macro2::{Span, TokenStream, TokenTree};

use crate::parse::{Body, Borrow, Elem, Expr, Index, Invocation, Stmt};

/// A checked invocation, ready for code generation.
pub(crate) struct Plan {
    pub(crate) krate: TokenStream,
    pub(crate) is_try: bool,
    pub(crate) action: Action,
}

/// What the expansion does.
pub(crate) enum Action {
    /// A chain of reads from `base`, borrowing as `borrow` says.
    Read {
        borrow: Borrow,
        base: Expr,
        chain: Vec<Index>,
    },
    /// An expression with no index at the top, such as a mask `a > 25`.
    Eval(Expr),
    /// Mutable views of `base`, one per index, checked at run time not to overlap.
    Split { base: Expr, indices: Vec<Index> },
    /// The statements of an `np! { ... }` block.
    Block(Vec<Step>),
    /// A write through a chain of mutable views of `base`, into the last index.
    Assign {
        base: Expr,
        chain: Vec<Index>,
        op: &'static str,
        op_span: Span,
        value: Expr,
        /// The value mentions the array being written, so it is copied first (NumPy's rule:
        /// the result is as if the right-hand side had been copied).
        copy_value: bool,
        /// `a[x OP y] = v`: the comparison is handed over unevaluated, so the write can run
        /// without building the mask.
        mask_write: Option<Box<MaskWrite>>,
        /// `a[dst] = a[src]` with a basic `src`: the source index, for a write that copies only
        /// when the two sides overlap badly.
        within: Option<Box<Index>>,
    },
}

/// A write through a comparison, `a[x OP y] = v` or `a[x OP y] += v`, as the fused loops take it.
pub(crate) enum MaskWrite {
    /// The comparison does not read the array being written.
    Keys {
        lhs: Expr,
        rhs: Expr,
        op: &'static str,
        span: Span,
    },
    /// One side is the array being written itself (`a[a > 25] = 0`); `other` is the other side.
    OwnKeys {
        other: Expr,
        target_on_left: bool,
        op: &'static str,
        span: Span,
    },
}

/// The comparison operators a mask write can fuse.
pub(crate) fn is_comparison(op: &str) -> bool {
    matches!(op, ">" | ">=" | "<" | "<=" | "==" | "!=")
}

/// `a[x OP y] = v` (or `+=` and the other compound operators): how to run it without the mask, if the comparison leaves
/// the array being written alone or is a comparison of that array itself.
fn mask_write(base: &Expr, chain: &[Index]) -> Option<MaskWrite> {
    // `=` and every compound operator (`a[a > 25] += 1`) fuse.
    let [index] = chain else { return None };
    let [Elem::Expr(Expr::Binary {
        op: cmp,
        span,
        lhs,
        rhs,
    })] = index.elems.as_slice()
    else {
        return None;
    };
    if !is_comparison(cmp) {
        return None;
    }
    let root = root_ident(base)?;
    let same_place = |e: &Expr| place_text(e).is_some() && place_text(e) == place_text(base);
    match (mentions(lhs, &root), mentions(rhs, &root)) {
        (false, false) => Some(MaskWrite::Keys {
            lhs: (**lhs).clone(),
            rhs: (**rhs).clone(),
            op: cmp,
            span: *span,
        }),
        (true, false) if same_place(lhs) => Some(MaskWrite::OwnKeys {
            other: (**rhs).clone(),
            target_on_left: true,
            op: cmp,
            span: *span,
        }),
        (false, true) if same_place(rhs) => Some(MaskWrite::OwnKeys {
            other: (**lhs).clone(),
            target_on_left: false,
            op: cmp,
            span: *span,
        }),
        _ => None,
    }
}

/// The text of a variable or field (`a`, `self.a`), looking through parentheses.
fn place_text(e: &Expr) -> Option<String> {
    match e {
        Expr::Rust {
            place: true,
            tokens,
            ..
        } => Some(tokens.to_string()),
        Expr::Paren(inner, _) => place_text(inner),
        _ => None,
    }
}

/// One planned statement of an `np! { ... }` block.
pub(crate) enum Step {
    /// `let [mut] PATTERN = base[index]...;`: a view (mutable with `mut`), or a copy.
    LetIndexed {
        mutable: bool,
        pattern: TokenStream,
        base: Expr,
        chain: Vec<Index>,
        span: Span,
    },
    /// `let [mut] PATTERN = EXPR;` with NumPy's operators in `EXPR`.
    Let {
        mutable: bool,
        pattern: TokenStream,
        value: Expr,
    },
    /// A read, write, split borrow or expression, as `np!(...)` does it.
    Np { action: Action, semi: bool },
    /// Rust as written; with `bodies`, its top-level braces hold NumPy code.
    Rust {
        tokens: TokenStream,
        semi: bool,
        bodies: bool,
    },
    /// `name op= EXPR;` on a plain variable.
    Assign {
        place: TokenStream,
        op: TokenStream,
        value: Expr,
    },
}

/// Why an index element gives a copy, when the syntax shows it.
#[derive(Clone, Copy)]
enum Copying {
    Fancy(Span),
    Mask(Span),
}

/// Check an invocation and decide its action. All independent errors are reported together.
pub(crate) fn classify(inv: Invocation) -> syn::Result<Plan> {
    let mut errors = Errors::default();
    let action = classify_body(inv.body, &mut errors)?;
    errors.finish()?;
    Ok(Plan {
        krate: inv.krate,
        is_try: inv.is_try,
        action,
    })
}

/// One body: a read, a write, a split borrow, an expression, or a block of them.
fn classify_body(body: Body, errors: &mut Errors) -> syn::Result<Action> {
    Ok(match body {
        Body::Block(stmts) => {
            let mut planned = Vec::with_capacity(stmts.len());
            for stmt in stmts {
                planned.push(match stmt {
                    Stmt::Rust {
                        tokens,
                        semi,
                        bodies,
                    } => Step::Rust {
                        tokens,
                        semi,
                        bodies,
                    },
                    Stmt::Assign { place, op, value } => {
                        check_expr(&value, errors);
                        Step::Assign { place, op, value }
                    }
                    Stmt::Np { body, semi } => Step::Np { action: classify_body(body, errors)?, semi },
                    Stmt::Let { mutable, pattern, value, span } => {
                        check_expr(&value, errors);
                        if matches!(value, Expr::Index { .. }) {
                            let (base, chain) = split_target(value)?;
                            if mutable && chain.len() > 1 {
                                errors.push(syn::Error::new(
                                    chain[1].span,
                                    "`let mut` in an np! block takes one index; bind the first step, then index that",
                                ));
                            }
                            Step::LetIndexed { mutable, pattern, base, chain, span }
                        } else {
                            Step::Let { mutable, pattern, value }
                        }
                    }
                });
            }
            Action::Block(planned)
        }
        Body::Read {
            borrow: Borrow::Value,
            target,
        } if !matches!(target, Expr::Index { .. }) => {
            check_expr(&target, errors);
            Action::Eval(target)
        }
        Body::Read { borrow, target } => {
            check_expr(&target, errors);
            let (base, chain) = split_target(target)?;
            if let Borrow::Mut = borrow {
                for index in &chain {
                    if let Some(copying) = copying_element(index) {
                        errors.push(mut_view_of_copy(&base, index, copying));
                    }
                }
            }
            Action::Read {
                borrow,
                base,
                chain,
            }
        }
        Body::Split { targets } => split(targets, errors)?,
        Body::Assign {
            target,
            op,
            op_span,
            value,
        } => {
            check_expr(&target, errors);
            check_expr(&value, errors);
            let (base, chain) = split_target(target)?;
            for (k, index) in chain.iter().enumerate().take(chain.len() - 1) {
                if let Some(copying) = copying_element(index) {
                    errors.push(write_into_copy(
                        &base,
                        index,
                        &chain[k + 1..],
                        &value,
                        copying,
                    ));
                }
            }
            let copy_value = match root_ident(&base) {
                Some(root) => mentions(&value, &root) && may_borrow(&value),
                None => false,
            };
            let mask_write = mask_write(&base, &chain).map(Box::new);
            let within = match (&mask_write, op, chain.len(), &value) {
                (None, "=", 1, Expr::Index { base: vb, index })
                    if !matches!(**vb, Expr::Index { .. })
                        && place_text(vb).is_some()
                        && place_text(vb) == place_text(&base)
                        && copying_element(index).is_none() =>
                {
                    Some(Box::new(index.clone()))
                }
                // `a[::-1] = a`: the whole array, an empty index.
                (None, "=", 1, whole @ Expr::Rust { place: true, .. })
                    if place_text(whole) == place_text(&base) =>
                {
                    Some(Box::new(Index {
                        span: whole.span(),
                        elems: Vec::new(),
                    }))
                }
                _ => None,
            };
            Action::Assign {
                base,
                chain,
                op,
                op_span,
                value,
                copy_value,
                mask_write,
                within,
            }
        }
    })
}

/// `&mut a[i], &mut a[j]`: the same array, one index each, 2 to 4 parts, basic indices only.
fn split(targets: Vec<Expr>, errors: &mut Errors) -> syn::Result<Action> {
    let count = targets.len();
    let first_span = targets[0].span();
    let mut base_text: Option<String> = None;
    let mut base = None;
    let mut indices = Vec::with_capacity(count);
    for target in targets {
        check_expr(&target, errors);
        let (b, mut chain) = split_target(target)?;
        if chain.len() != 1 {
            errors.push(syn::Error::new(
                chain[1].span,
                "each part of a split borrow indexes the array once, as in `&mut a[1:, ::2]`",
            ));
        }
        let text = match &b {
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
        match &base_text {
            None => base_text = Some(text),
            Some(t) if *t != text => errors.push(syn::Error::new(
                b.span(),
                format!("every part of a split borrow must index the same array; the first part indexes `{t}`"),
            )),
            Some(_) => {}
        }
        let index = chain.remove(0);
        if let Some(copying) = copying_element(&index) {
            errors.push(mut_view_of_copy(&b, &index, copying));
        }
        indices.push(index);
        base.get_or_insert(b);
    }
    if count > 4 {
        errors.push(syn::Error::new(
            first_span,
            "np! splits an array into at most 4 mutable views at once",
        ));
    }
    if let Some(b) = &base {
        for (k, first) in indices.iter().enumerate() {
            for second in &indices[k + 1..] {
                if let Some(shared) = literal_overlap(first, second) {
                    errors.push(syn::Error::new(
                        second.span,
                        format!(
                            "these mutable views overlap: both contain `{}[{}]` (whenever the array is that large), so they cannot be written at the same time",
                            expr_text(b),
                            shared
                        ),
                    ));
                }
            }
        }
    }
    Ok(Action::Split {
        base: base.expect("at least two parts"),
        indices,
    })
}

/// The selection of one axis by a literal index element, when the syntax fixes it for every
/// axis length: `start, start + step, ...` below `stop` (`None`: no end).
#[derive(Clone, Copy)]
struct Progression {
    start: u64,
    step: u64,
    stop: Option<u64>,
}

impl Progression {
    fn contains(self, x: u64) -> bool {
        x >= self.start && (x - self.start) % self.step == 0 && self.stop.map_or(true, |s| x < s)
    }
}

/// The progression an element selects, for non-negative literal integers and slices with
/// non-negative literal bounds and a positive literal step; `None` for anything that depends
/// on the axis length or on values known only at run time.
fn progression(elem: &Elem) -> Option<Progression> {
    let literal = |e: &Expr| -> Option<u64> {
        match e {
            Expr::Rust { tokens, .. } => match literal(tokens)? {
                syn::Lit::Int(i) if !tokens.to_string().starts_with('-') => i.base10_parse().ok(),
                _ => None,
            },
            _ => None,
        }
    };
    match elem {
        Elem::Expr(e) => {
            let i = literal(e)?;
            Some(Progression {
                start: i,
                step: 1,
                stop: Some(i.checked_add(1)?),
            })
        }
        Elem::Slice {
            start, stop, step, ..
        } => {
            let part = |p: &Option<Expr>| p.as_ref().map(literal);
            let start = part(start).unwrap_or(Some(0))?;
            let stop = match part(stop) {
                None => None,
                Some(v) => Some(v?),
            };
            let step = part(step).unwrap_or(Some(1))?;
            (step > 0).then_some(Progression { start, step, stop })
        }
        _ => None,
    }
}

/// The first index two progressions share, if any (searched over one period of both steps).
fn first_common(a: Progression, b: Progression) -> Option<u64> {
    let from = a.start.max(b.start);
    let period = a.step.checked_mul(b.step)?.min(1 << 20);
    (from..from.checked_add(period)?).find(|&x| a.contains(x) && b.contains(x))
}

/// When both indices are literal enough to decide, an element both views contain (as the text
/// of an index); `None` when they are disjoint or the syntax cannot tell.
fn literal_overlap(first: &Index, second: &Index) -> Option<String> {
    let axes = first.elems.len().max(second.elems.len());
    let whole = Progression {
        start: 0,
        step: 1,
        stop: None,
    };
    let mut shared = Vec::with_capacity(axes);
    for axis in 0..axes {
        let a = first.elems.get(axis).map_or(Some(whole), progression)?;
        let b = second.elems.get(axis).map_or(Some(whole), progression)?;
        shared.push(first_common(a, b)?.to_string());
    }
    Some(shared.join(", "))
}

#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, e: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(e),
            None => self.0 = Some(e),
        }
    }

    fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// `a[i][j]` into the base `a` and the chain `[i], [j]`.
fn split_target(target: Expr) -> syn::Result<(Expr, Vec<Index>)> {
    let mut chain = Vec::new();
    let mut e = target;
    while let Expr::Index { base, index } = e {
        chain.push(index);
        e = *base;
    }
    if chain.is_empty() {
        return Err(syn::Error::new(
            e.span(),
            "np! needs an indexed array here, such as `a[1:4]`, `&mut a[:, 0]` or `a[a > 25] = 0`",
        ));
    }
    chain.reverse();
    Ok((e, chain))
}

/// The first element of an index that makes it advanced, when the syntax shows one.
fn copying_element(index: &Index) -> Option<Copying> {
    index.elems.iter().find_map(|e| match e {
        Elem::Expr(Expr::List(l)) => Some(Copying::Fancy(l.span)),
        Elem::Expr(e) if is_mask(e) => Some(Copying::Mask(e.span())),
        _ => None,
    })
}

/// Comparisons, mask logic and `~` build boolean masks.
fn is_mask(e: &Expr) -> bool {
    match e {
        Expr::Binary { op, .. } => {
            matches!(*op, "==" | "!=" | "<" | ">" | "<=" | ">=" | "&" | "|" | "^")
        }
        Expr::Unary { op, .. } => matches!(*op, "~" | "!"),
        Expr::Paren(inner, _) => is_mask(inner),
        _ => false,
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
    base: &Expr,
    index: &Index,
    rest: &[Index],
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
            "{kind}, so assigning into it would change nothing in `{a}`; index `{a}` directly, as in `np!({a}{idx} = {v})`"
        ),
    )
}

/// Check every index inside an expression for what NumPy rejects whatever the types.
fn check_expr(e: &Expr, errors: &mut Errors) {
    match e {
        Expr::Rust { .. } => {}
        Expr::Binary { lhs, rhs, .. } => {
            check_expr(lhs, errors);
            check_expr(rhs, errors);
        }
        Expr::Unary { expr, .. } | Expr::Ref { expr, .. } | Expr::Paren(expr, _) => {
            check_expr(expr, errors)
        }
        Expr::Method { receiver, .. } => check_expr(receiver, errors),
        Expr::Index { base, index } => {
            check_expr(base, errors);
            check_index(index, errors);
        }
        Expr::Tuple(items, _) => {
            for item in items {
                check_expr(item, errors);
            }
        }
        Expr::List(l) => {
            for item in &l.items {
                check_expr(item, errors);
            }
        }
    }
}

fn check_index(index: &Index, errors: &mut Errors) {
    let mut seen_ellipsis = false;
    for elem in &index.elems {
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
                    check_expr(part, errors);
                    check_not_float(part, errors);
                }
                if let Some(step) = step {
                    if is_zero_literal(step) {
                        errors.push(syn::Error::new(step.span(), "slice step cannot be zero"));
                    }
                }
            }
            Elem::Range { start, stop, .. } => {
                for part in [start, stop].into_iter().flatten() {
                    check_expr(part, errors);
                }
            }
            Elem::Expr(e) => {
                check_expr(e, errors);
                check_not_float(e, errors);
                if let Expr::List(l) = e {
                    check_rectangular(l, errors);
                }
            }
        }
    }
}

const INVALID_INDEX: &str = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

/// A float literal as an index (or inside a list literal used as one).
fn check_not_float(e: &Expr, errors: &mut Errors) {
    match e {
        Expr::Rust { tokens, span, .. } if is_float_literal(tokens) => {
            errors.push(syn::Error::new(*span, INVALID_INDEX));
        }
        Expr::List(l) => {
            for item in &l.items {
                check_not_float(item, errors);
            }
        }
        _ => {}
    }
}

/// The literal of `lit` or `-lit`, parsed.
fn literal(tokens: &TokenStream) -> Option<syn::Lit> {
    let toks: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let lit = match toks.as_slice() {
        [TokenTree::Literal(l)] => l,
        [TokenTree::Punct(p), TokenTree::Literal(l)] if p.as_char() == '-' => l,
        _ => return None,
    };
    syn::parse_str::<syn::Lit>(&lit.to_string()).ok()
}

fn is_float_literal(tokens: &TokenStream) -> bool {
    matches!(literal(tokens), Some(syn::Lit::Float(_)))
}

fn is_zero_literal(e: &Expr) -> bool {
    match e {
        Expr::Rust { tokens, .. } => match literal(tokens) {
            Some(syn::Lit::Int(i)) => i.base10_parse::<u128>().is_ok_and(|v| v == 0),
            _ => false,
        },
        Expr::Paren(inner, _) => is_zero_literal(inner),
        _ => false,
    }
}

/// NumPy needs nested lists of equal lengths (Rust arrays do too, with a worse message).
fn check_rectangular(l: &crate::parse::List, errors: &mut Errors) {
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
            check_rectangular(inner, errors);
        }
    }
}

/// The variable at the root of an expression (`a` in `a`, `a.b`, `a.view()`).
fn root_ident(e: &Expr) -> Option<String> {
    match e {
        Expr::Rust { tokens, .. } => match tokens.clone().into_iter().next() {
            Some(TokenTree::Ident(i)) => Some(i.to_string()),
            _ => None,
        },
        Expr::Index { base, .. } | Expr::Method { receiver: base, .. } => root_ident(base),
        Expr::Paren(inner, _) | Expr::Ref { expr: inner, .. } => root_ident(inner),
        _ => None,
    }
}

/// Whether the value, once evaluated, may still borrow what it mentions, so that writing into
/// the target needs a copy of it first. Element-wise arithmetic and fancy or mask reads
/// produce fresh arrays (NumPy's "as if copied" already holds); a basic read, a variable or a
/// method call may hand back a view.
fn may_borrow(value: &Expr) -> bool {
    match value {
        Expr::Binary { .. }
        | Expr::Unary {
            op: "-" | "!" | "~",
            ..
        }
        | Expr::List(_) => false,
        Expr::Index { .. } => {
            let mut e = value;
            let mut copies = false;
            while let Expr::Index { base, index } = e {
                copies |= copying_element(index).is_some();
                e = base;
            }
            !copies
        }
        Expr::Paren(inner, _) => may_borrow(inner),
        _ => true,
    }
}

/// Whether an identifier occurs anywhere in an expression.
fn mentions(e: &Expr, name: &str) -> bool {
    // Iterative: a Rust block inside an index may nest as deep as the user likes.
    fn in_tokens(ts: &TokenStream, name: &str) -> bool {
        let mut pending = vec![ts.clone()];
        while let Some(ts) = pending.pop() {
            for t in ts {
                match t {
                    TokenTree::Ident(i) if i == name => return true,
                    TokenTree::Group(g) => pending.push(g.stream()),
                    _ => {}
                }
            }
        }
        false
    }
    match e {
        Expr::Rust { tokens, .. } => in_tokens(tokens, name),
        Expr::Binary { lhs, rhs, .. } => mentions(lhs, name) || mentions(rhs, name),
        Expr::Unary { expr, .. } | Expr::Ref { expr, .. } | Expr::Paren(expr, _) => {
            mentions(expr, name)
        }
        Expr::Method { receiver, rest } => mentions(receiver, name) || in_tokens(rest, name),
        Expr::Index { base, index } => {
            mentions(base, name)
                || index.elems.iter().any(|el| match el {
                    Elem::Expr(e) => mentions(e, name),
                    Elem::Slice {
                        start, stop, step, ..
                    } => [start, stop, step]
                        .into_iter()
                        .flatten()
                        .any(|e| mentions(e, name)),
                    Elem::Range { start, stop, .. } => [start, stop]
                        .into_iter()
                        .flatten()
                        .any(|e| mentions(e, name)),
                    Elem::Ellipsis(_) | Elem::NewAxis(_) => false,
                })
        }
        Expr::List(l) => l.items.iter().any(|i| mentions(i, name)),
        Expr::Tuple(items, _) => items.iter().any(|i| mentions(i, name)),
    }
}
