//! Every strategy decided in one place, on the checked tree: how each read runs (slices on
//! the static rank, a fused comparison, or NumPy's general rules) and how each write runs (a
//! fused comparison, an in-place move within the array, a value that reads the array computed
//! in bands, or the general path, with or without a copy of the value first). `expand` then
//! only prints what was decided here.

use crate::ast::{
    Body, Borrow, ControlPart, Elem, Expr, Index, Invocation, LetBind, MaskKeys, MaskWrite,
    ReadPath, Stmt, WritePath, WritePlan,
};
use crate::ops::{AssignOp, BinOp};
use proc_macro2::TokenTree;

/// Decide every read and write of a checked invocation.
pub(crate) fn classify(mut inv: Invocation) -> Invocation {
    body(&mut inv.body);
    inv
}

fn body(b: &mut Body) {
    match b {
        Body::Block(stmts) => stmts.iter_mut().for_each(statement),
        Body::Read { borrow, target } => {
            if *borrow == Borrow::Mut {
                // Mutable views take the general path at every step; their index operands
                // may still read other arrays.
                if let Some((base, chain)) = target.chain_mut() {
                    expr(base);
                    chain.into_iter().for_each(index_operands);
                }
            } else {
                expr(target);
            }
        }
        Body::Split { targets } => {
            for t in targets {
                if let Some((base, chain)) = t.chain_mut() {
                    expr(base);
                    chain.into_iter().for_each(index_operands);
                }
            }
        }
        Body::Assign {
            target,
            op,
            value,
            plan,
            ..
        } => {
            expr(value);
            if let Some((base, mut chain)) = target.chain_mut() {
                expr(base);
                for index in &mut chain {
                    index_operands(index);
                }
                **plan = write_plan(base, &chain, *op, value);
                if let (WritePath::General, Some(root)) = (&plan.path, base.root_ident()) {
                    for index in &mut chain {
                        detach_reads_of(index, &root);
                    }
                }
            }
        }
    }
}

fn statement(s: &mut Stmt) {
    match s {
        Stmt::Rust { .. } => {}
        Stmt::Np { body: b, .. } => body(b),
        Stmt::Assign { value, .. } => expr(value),
        Stmt::Control { parts, .. } => control(parts),
        Stmt::Attributed { stmt, .. } => statement(stmt),
        Stmt::Let {
            mutable: true,
            value,
            bind,
            ..
        } if matches!(**value, Expr::Index { .. }) => {
            // `let mut v = a[i]` takes one index.
            if let Some((base, mut chain)) = value.chain_mut() {
                expr(base);
                for index in &mut chain {
                    index_operands(index);
                }
                *bind = let_bind(base, chain[0]);
            }
        }
        Stmt::Let {
            value, otherwise, ..
        } => {
            expr(value);
            if let Some(b) = otherwise {
                b.stmts.iter_mut().for_each(statement);
            }
        }
    }
}

/// The headers, bodies and arms of a control construct.
fn control(parts: &mut [ControlPart]) {
    for part in parts {
        match part {
            ControlPart::Rust(_) => {}
            ControlPart::Condition(e) => expr(e),
            ControlPart::Body(b) => b.stmts.iter_mut().for_each(statement),
            ControlPart::Arms { arms, .. } => arms.iter_mut().for_each(|(_, e)| expr(e)),
        }
    }
}

/// Decide the reads inside an expression: each chain of indices, and everything nested.
fn expr(e: &mut Expr) {
    match e {
        Expr::Lit(_) | Expr::Rust { .. } => {}
        Expr::Index { .. } => {
            let Some((base, chain)) = e.chain_mut() else {
                return;
            };
            let borrowed = matches!(base, Expr::Rust { place: true, .. });
            expr(base);
            for (n, index) in chain.into_iter().enumerate() {
                index.read = read_path(index, n == 0 && borrowed);
                index_operands(index);
            }
        }
        Expr::Binary { lhs, rhs, .. } | Expr::Compare { lhs, rhs, .. } => {
            expr(lhs);
            expr(rhs);
        }
        Expr::Method {
            receiver,
            name,
            write_through,
            ..
        } => {
            // `a[1:3].fill(5)`: a basic index written through (copies were refused in `valid`).
            *write_through = matches!(**receiver, Expr::Index { .. })
                && crate::names::writes_through(&name.to_string());
            if *write_through {
                if let Some((base, chain)) = receiver.chain_mut() {
                    expr(base);
                    chain.into_iter().for_each(index_operands);
                }
            } else {
                expr(receiver);
            }
        }
        Expr::Unary { expr: inner, .. }
        | Expr::Ref { expr: inner, .. }
        | Expr::Paren(inner, _)
        | Expr::Cast { expr: inner, .. }
        | Expr::Detached(inner)
        | Expr::Try { expr: inner, .. } => expr(inner),
        Expr::Tuple(items, _) => items.iter_mut().for_each(expr),
        Expr::List(l) => l.items.iter_mut().for_each(expr),
        Expr::Control { parts, .. } => control(parts),
        Expr::Closure { body, .. } => expr(body),
        Expr::Np { args, .. } => args.iter_mut().flat_map(|a| a.values_mut()).for_each(expr),
        Expr::NpMethod { receiver, args, .. } => {
            expr(receiver);
            args.iter_mut().flat_map(|a| a.values_mut()).for_each(expr);
        }
        Expr::Print { args, .. } => args.values_mut().for_each(expr),
        Expr::Is { lhs, rhs, .. } => {
            expr(lhs);
            if let Some(r) = rhs {
                expr(r);
            }
        }
    }
}

/// What `let mut x = base[index]` binds: a copy when the syntax shows an advanced index, a
/// choice by the rank of `base` when every element may be an integer, else a mutable view.
fn let_bind(base: &Expr, index: &Index) -> LetBind {
    if index.copying_element().is_some() {
        return LetBind::Copy;
    }
    let maybe_ints = index.elems.iter().all(|e| matches!(e, Elem::Expr(_)));
    let k = index.elems.len();
    if maybe_ints && (1..=6).contains(&k) && matches!(base, Expr::Rust { place: true, .. }) {
        LetBind::ByRank(k)
    } else {
        LetBind::View
    }
}

/// Decide the reads inside the operands of an index (`a[b[0]:]`, `a[a[:, 0] > 3]`), and the
/// meaning of `/` in its integer positions.
fn index_operands(index: &mut Index) {
    for elem in &mut index.elems {
        match elem {
            Elem::Expr(e) => {
                if !e.is_mask() {
                    integer_division(e);
                }
                expr(e);
            }
            Elem::Slice {
                start, stop, step, ..
            } => [start, stop, step].into_iter().flatten().for_each(|e| {
                integer_division(e);
                expr(e);
            }),
            Elem::Range { start, stop, .. } => {
                [start, stop].into_iter().flatten().for_each(|e| {
                    integer_division(e);
                    expr(e);
                });
            }
            Elem::Ellipsis(_) | Elem::NewAxis(_) => {}
        }
    }
}

/// An index is an integer, so `/` in the arithmetic of an integer position (`a[:a.len() / 2]`,
/// `a[i / 2 + 1]`) is floor division: NumPy's `//`, which a Rust macro cannot receive; and
/// arithmetic of literals alone there is on `isize` (NumPy's `intp`), so `a[1 << 30]` has a
/// type without waiting for Rust's integer fallback. Nested reads and calls keep their own
/// meaning.
fn integer_division(e: &mut Expr) {
    if integer_arithmetic(e) {
        literals_as_isize(e);
    }
}

/// The pass of [`integer_division`]; whether the arithmetic has only literals for operands.
fn integer_arithmetic(e: &mut Expr) -> bool {
    match e {
        Expr::Binary { op, lhs, rhs, .. } if !op.is_mask_logic() => {
            if *op == BinOp::Div {
                *op = BinOp::FloorDiv;
            }
            let left = integer_arithmetic(lhs);
            integer_arithmetic(rhs) && left
        }
        Expr::Unary { expr: inner, .. } | Expr::Paren(inner, _) => integer_arithmetic(inner),
        Expr::Lit(_) => true,
        _ => false,
    }
}

/// Every literal of an all-literal arithmetic as `isize`.
fn literals_as_isize(e: &mut Expr) {
    match e {
        Expr::Binary { lhs, rhs, .. } => {
            literals_as_isize(lhs);
            literals_as_isize(rhs);
        }
        Expr::Unary { expr: inner, .. } | Expr::Paren(inner, _) => literals_as_isize(inner),
        Expr::Lit(lit) => lit.as_isize(),
        _ => {}
    }
}

/// How one index of a shared read runs.
fn read_path(index: &Index, borrowed_base: bool) -> ReadPath {
    let only_slices =
        !index.elems.is_empty() && index.elems.iter().all(|e| matches!(e, Elem::Slice { .. }));
    if only_slices && borrowed_base {
        ReadPath::Slices
    } else if borrowed_base && ints_and_slices(index) {
        ReadPath::Basic
    } else if index.as_comparison().is_some() {
        ReadPath::FusedComparison
    } else {
        ReadPath::General
    }
}

/// Integer literals and slices only, at least one of each: `m[2, 1:]`.
fn ints_and_slices(index: &Index) -> bool {
    let (mut ints, mut slices) = (0, 0);
    for elem in &index.elems {
        match elem {
            Elem::Slice { .. } => slices += 1,
            Elem::Expr(Expr::Lit(lit)) if lit.as_index().is_some() => ints += 1,
            _ => return false,
        }
    }
    ints > 0 && slices > 0
}

/// Index elements that read the array being written (`a[a] = 5`, `a[1:][a[:-2]] = 7`) are
/// copied first: evaluated, they would still borrow it while the write borrows it mutably.
fn detach_reads_of(index: &mut Index, root: &str) {
    for elem in &mut index.elems {
        if let Elem::Expr(e) = elem {
            if e.mentions(root) && may_borrow(e) {
                let inner = core::mem::replace(e, Expr::Tuple(Vec::new(), e.span()));
                *e = Expr::Detached(Box::new(inner));
            }
        }
    }
}

/// How `base[chain] op= value` runs.
fn write_plan(base: &Expr, chain: &[&mut Index], op: AssignOp, value: &Expr) -> WritePlan {
    let copy_value = base
        .root_ident()
        .is_some_and(|root| value.mentions(&root) && may_borrow(value));
    let path = if let Some(mask) = mask_write(base, chain) {
        WritePath::FusedComparison(Box::new(mask))
    } else if let (AssignOp::Set, [_]) = (op, chain) {
        match value {
            Expr::Index { base: vb, index }
                if !matches!(**vb, Expr::Index { .. })
                    && vb.is_same_place(base)
                    && index.copying_element().is_none() =>
            {
                WritePath::Within(Box::new(index.clone()))
            }
            // `a[::-1] = a`: the whole array, an empty index.
            whole @ Expr::Rust { place: true, .. } if whole.is_same_place(base) => {
                WritePath::Within(Box::new(Index {
                    span: whole.span(),
                    elems: Vec::new(),
                    read: ReadPath::General,
                }))
            }
            _ if copy_value && in_bands(base, chain[0], value) => WritePath::InBands,
            _ => WritePath::General,
        }
    } else {
        WritePath::General
    };
    WritePlan { copy_value, path }
}

/// `u[dst] = value` in bands (npview-core's `expr::bands`): `u` a plain variable (not `self`,
/// which a closure cannot take as its argument), `dst` a [`plain_index`], and `value`
/// element-wise and [`rebuildable`]. The expansion rebinds `u` to a shared view inside the
/// closure that builds the value once per band.
fn in_bands(base: &Expr, dst: &Index, value: &Expr) -> bool {
    let single_name = matches!(base, Expr::Rust { place: true, tokens, .. }
        if matches!(&tokens.clone().into_iter().collect::<Vec<_>>()[..],
            [TokenTree::Ident(name)] if name != "self"));
    single_name && plain_index(dst) && value.is_element_wise() && rebuildable(value, base)
}

/// Whether `e`, built again for each band of the write, gives the same values each time and
/// does nothing else, and the plan sees every read of the array being written (`base`): the
/// array itself and views of it (an index with a slice, so never an element, which would be
/// read again once written); literals, NumPy's names, other variables and their plain
/// indices; element-wise operations of these.
fn rebuildable(e: &Expr, base: &Expr) -> bool {
    let part = |e: &Expr| rebuildable(e, base);
    match e {
        Expr::Lit(_) | Expr::Rust { place: true, .. } | Expr::Np { args: None, .. } => true,
        Expr::Paren(inner, _) => part(inner),
        Expr::Binary { lhs, rhs, .. } | Expr::Compare { lhs, rhs, .. } if e.is_element_wise() => {
            part(lhs) && part(rhs)
        }
        Expr::Unary { expr, .. } if e.is_element_wise() => part(expr),
        Expr::Index { base: b, index } => {
            // `r#u` names `u` too.
            let unraw = |e: &Expr| e.place_text().map(|t| t.replace("r#", ""));
            matches!(**b, Expr::Rust { place: true, .. })
                && plain_index(index)
                && (unraw(b) != unraw(base) || keeps_an_axis(index))
        }
        Expr::Np {
            args: Some(args), ..
        } if e.is_element_wise() => args.values().all(part),
        Expr::NpMethod { receiver, args, .. } if e.is_element_wise() => {
            part(receiver) && args.as_ref().map_or(true, |a| a.values().all(part))
        }
        _ => false,
    }
}

/// An index of slices, ranges, `...`, `None` and integers whose bounds are literals or
/// variables: evaluated again, it reads nothing that changes and has no side effects.
fn plain_index(index: &Index) -> bool {
    let plain = |e: &Option<Expr>| e.as_ref().map_or(true, is_plain_value);
    !index.may_gather()
        && index.elems.iter().all(|elem| match elem {
            Elem::Slice {
                start, stop, step, ..
            } => plain(start) && plain(stop) && plain(step),
            Elem::Range { start, stop, .. } => plain(start) && plain(stop),
            Elem::Expr(e) => is_plain_value(e),
            Elem::Ellipsis(_) | Elem::NewAxis(_) => true,
        })
}

/// A literal (negated or not) or a variable.
fn is_plain_value(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) | Expr::Rust { place: true, .. } => true,
        Expr::Paren(inner, _) | Expr::Unary { expr: inner, .. } => is_plain_value(inner),
        _ => false,
    }
}

/// Whether the index keeps an axis of its own (a slice or range), so that reading with it
/// gives a view, never an element.
fn keeps_an_axis(index: &Index) -> bool {
    index
        .elems
        .iter()
        .any(|e| matches!(e, Elem::Slice { .. } | Elem::Range { .. }))
}

/// `a[x OP y] = v` (or `+=` and the other compound operators): how to run it without the
/// mask, if the comparison leaves the array being written alone or is a comparison of that
/// array itself.
fn mask_write(base: &Expr, chain: &[&mut Index]) -> Option<MaskWrite> {
    let [index] = chain else { return None };
    let (op, span, lhs, rhs) = index.as_comparison()?;
    let root = base.root_ident()?;
    let keys = match (lhs.mentions(&root), rhs.mentions(&root)) {
        (false, false) => MaskKeys::Other {
            lhs: lhs.clone(),
            rhs: rhs.clone(),
        },
        (true, false) if lhs.is_same_place(base) => MaskKeys::Own {
            other: rhs.clone(),
            target_on_left: true,
        },
        (false, true) if rhs.is_same_place(base) => MaskKeys::Own {
            other: lhs.clone(),
            target_on_left: false,
        },
        _ => return None,
    };
    Some(MaskWrite { op, span, keys })
}

/// Whether the value, once evaluated, may still borrow what it mentions, so that writing into
/// the target needs a copy of it first. Fancy and mask reads produce fresh arrays (NumPy's
/// "as if copied" already holds); a basic read, a variable or a method call may hand back a
/// view, and an element-wise expression reads its operands while it is written (one pass).
fn may_borrow(value: &Expr) -> bool {
    match value {
        Expr::List(_) => false,
        Expr::Index { .. } => !value
            .chain()
            .is_some_and(|(_, chain)| chain.iter().any(|i| i.copying_element().is_some())),
        Expr::Paren(inner, _) => may_borrow(inner),
        _ => true,
    }
}
