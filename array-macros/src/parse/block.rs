//! The statements of an `np! { ... }` block.
//!
//! ```text
//! block     := (statement [';'])*
//! statement := ('#' '[' ATTR ']')* statement
//!            | 'let' ['mut'] PATTERN '=' expr ['else' '{' block '}']   -- a view, copy or value
//!            | control                         -- if/else, match, loop, while, for, { }: NumPy bodies
//!            | ITEM | MACRO_CALL | 'return' ...  -- Rust, passed through
//!            | PLACE ASSIGN_OP expr            -- Rust's assignment of a NumPy value
//!            | body                            -- a read, write or expression
//! ```

use proc_macro2::Delimiter;

use super::control::starts_control;
use super::{tokens_of, whole_expr, Parser};
use crate::ast::{Block, LetBind, Stmt};
use crate::lex::{is_bracket, lex, Tok};
use crate::ops::AssignOp;

/// Statements that start with these are Rust, passed through as written.
const RUST_STATEMENTS: &[&str] = &[
    "fn", "use", "return", "break", "continue", "struct", "enum", "impl", "const", "static", "mod",
    "type", "trait", "union", "pub", "extern", "async",
];

/// Items whose definition ends with their first `{ ... }` (no `;` after it).
const BRACED_ITEMS: &[&str] = &["fn", "impl", "mod", "trait", "enum", "struct", "union"];

fn is_brace(tok: &Tok) -> bool {
    matches!(tok, Tok::Group(g) if g.delimiter() == Delimiter::Brace)
}

/// Where a statement starting at `toks[0]` ends when it ends with a `{ ... }` and needs no
/// `;`: a control construct (after its last body), or an item such as `fn` (after its body).
fn block_statement_end(toks: &[Tok]) -> Option<usize> {
    if starts_control(toks) {
        // The first top-level `{ ... }` not followed by `else` (bodies are single groups, so
        // this needs no parsing).
        return (0..toks.len()).find_map(|k| {
            let last_body =
                is_brace(&toks[k]) && !toks.get(k + 1).is_some_and(|t| t.is_ident("else"));
            last_body.then_some(k + 1)
        });
    }
    let mut k = 0;
    while toks.get(k).is_some_and(|t| {
        ["pub", "unsafe", "async", "extern"]
            .iter()
            .any(|w| t.is_ident(w))
    }) {
        k += 1;
        // `pub(crate)`, `extern "C"`.
        if matches!(toks.get(k), Some(Tok::Lit(_)))
            || matches!(toks.get(k), Some(Tok::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
        {
            k += 1;
        }
    }
    let item = toks
        .get(k)
        .is_some_and(|t| BRACED_ITEMS.iter().any(|w| t.is_ident(w)));
    if !item {
        return None;
    }
    let semi = toks.iter().position(|t| t.is_op(";"));
    let brace = toks.iter().position(is_brace)?;
    semi.map_or(true, |s| brace < s).then_some(brace + 1)
}

/// A block of statements: it has a top-level `;`, or starts with `let`, an attribute or a
/// statement that ends with a block (`for`, `if`, `fn`, ...).
pub(super) fn is_block(toks: &[Tok]) -> bool {
    toks.first()
        .is_some_and(|t| t.is_ident("let") || t.is_op("#"))
        || block_statement_end(toks).is_some()
        || toks.iter().any(|t| t.is_op(";"))
}

/// The statements of an `np! { ... }` block; `depth` counts the blocks around it.
pub(super) fn block(toks: &[Tok], depth: usize) -> syn::Result<Vec<Stmt>> {
    let mut stmts = Vec::new();
    let mut start = 0;
    while start < toks.len() {
        if toks[start].is_op(";") {
            start += 1;
            continue;
        }
        let rest = &toks[start..];
        let attrs = attributes(rest);
        let after_attrs = &rest[attrs..];
        if let Some(len) = block_statement_end(after_attrs) {
            // No `;` needed; a `;` right after is kept, as Rust allows it.
            let end = start + attrs + len;
            let semi = toks.get(end).is_some_and(|t| t.is_op(";"));
            stmts.push(statement(&toks[start..end], semi, depth)?);
            start = end + usize::from(semi);
            continue;
        }
        let end = rest
            .iter()
            .position(|t| t.is_op(";"))
            .map_or(toks.len(), |n| start + n);
        let semi = end < toks.len();
        stmts.push(statement(&toks[start..end], semi, depth)?);
        start = end + 1;
    }
    Ok(stmts)
}

/// How many tokens of outer attributes (`#[...]`) start `toks`.
fn attributes(toks: &[Tok]) -> usize {
    let mut k = 0;
    while toks.get(k).is_some_and(|t| t.is_op("#"))
        && matches!(toks.get(k + 1), Some(Tok::Group(g)) if is_bracket(g))
    {
        k += 2;
    }
    k
}

fn statement(toks: &[Tok], semi: bool, depth: usize) -> syn::Result<Stmt> {
    let attrs = attributes(toks);
    if attrs > 0 {
        let Some(rest) = toks.get(attrs..).filter(|r| !r.is_empty()) else {
            return Err(syn::Error::new(
                toks[0].span(),
                "expected a statement after the attribute",
            ));
        };
        return Ok(Stmt::Attributed {
            attrs: tokens_of(&toks[..attrs]),
            stmt: Box::new(statement(rest, semi, depth)?),
        });
    }
    let first = &toks[0];
    if starts_control(toks) {
        let mut p = Parser::new(toks, toks[toks.len() - 1].span(), depth);
        let parts = p.control()?;
        p.expect_end("the block")?;
        return Ok(Stmt::Control { parts, semi });
    }
    let is_macro_call = matches!(first, Tok::Ident(_)) && toks.get(1).is_some_and(|t| t.is_op("!"));
    if is_macro_call || RUST_STATEMENTS.iter().any(|k| first.is_ident(k)) {
        return Ok(Stmt::Rust {
            tokens: tokens_of(toks),
            semi,
        });
    }
    if first.is_ident("let") {
        return let_statement(toks, semi, depth);
    }
    if let Some(k) = toks
        .iter()
        .position(|t| matches!(t, Tok::Op(op, _) if AssignOp::from_spelling(op).is_some()))
    {
        let indexed = k > 0 && matches!(&toks[k - 1], Tok::Group(g) if is_bracket(g));
        // Rust has no `**=`: `a **= 2` is NumPy's in-place power, written into the array.
        let rust_operator = !toks[k].is_op("**=");
        if !indexed && k > 0 && rust_operator {
            let value = whole_expr(&toks[k + 1..], toks[k].span(), depth, "the assigned value")?;
            return Ok(Stmt::Assign {
                place: tokens_of(&toks[..k]),
                op: tokens_of(&toks[k..=k]),
                value,
            });
        }
    }
    let mut p = Parser::new(toks, toks[toks.len() - 1].span(), depth);
    Ok(Stmt::Np {
        body: p.body()?,
        semi,
    })
}

/// `let [mut] PATTERN = EXPR [else { ... }]`.
fn let_statement(toks: &[Tok], semi: bool, depth: usize) -> syn::Result<Stmt> {
    let first = &toks[0];
    let mutable = toks.get(1).is_some_and(|t| t.is_ident("mut"));
    let pattern_start = 1 + usize::from(mutable);
    let Some(eq) = toks.iter().position(|t| t.is_op("=")) else {
        return Ok(Stmt::Rust {
            tokens: tokens_of(toks),
            semi,
        });
    };
    if eq <= pattern_start {
        return Err(syn::Error::new(
            first.span(),
            "expected a name after `let`, as in `let v = a[1:3];`",
        ));
    }
    let mut p = Parser::new(&toks[eq + 1..], toks[eq].span(), depth);
    let value = p.expr(0)?;
    let otherwise = if p.eat_ident("else") {
        match p.next() {
            Some(Tok::Group(g)) if g.delimiter() == Delimiter::Brace => Some(Block {
                stmts: block(&lex(g.stream())?, depth + 1)?,
                span: g.span(),
            }),
            other => return Err(syn::Error::new(
                other.map_or(first.span(), Tok::span),
                "expected a `{ ... }` block after `else`, as in `let Some(x) = v else { return };`",
            )),
        }
    } else {
        None
    };
    p.expect_end("the value of `let`")?;
    Ok(Stmt::Let {
        mutable,
        pattern: tokens_of(&toks[pattern_start..eq]),
        value: Box::new(value),
        otherwise,
        span: first.span(),
        bind: LetBind::default(),
    })
}
