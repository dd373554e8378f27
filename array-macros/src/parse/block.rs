//! The statements of an `np! { ... }` block.
//!
//! ```text
//! block     := (statement [';'])*
//! statement := 'let' ['mut'] PATTERN '=' expr        -- a view, a copy or a value
//!            | control                               -- for/while/loop/if/else/{ }: NumPy bodies
//!            | ITEM | MACRO_CALL | 'match' ... | ...  -- Rust, passed through
//!            | PLACE ASSIGN_OP expr                  -- Rust's assignment of a NumPy value
//!            | body                                  -- a read, write or expression
//! ```

use proc_macro2::{Delimiter, TokenStream};

use super::{tokens_of, whole_expr, Parser};
use crate::ast::{ControlPart, Stmt};
use crate::lex::{is_bracket, lex, Tok};
use crate::ops::AssignOp;

/// Statements that start with these are Rust control flow or items, passed through.
const RUST_STATEMENTS: &[&str] = &[
    "for", "if", "while", "loop", "match", "fn", "use", "return", "break", "continue", "struct",
    "enum", "impl", "const", "static", "mod", "unsafe", "type", "trait",
];

/// Statements that end at their last `{ ... }` (no `;` needed), as in Rust.
const BLOCK_STATEMENTS: &[&str] = &["for", "while", "loop", "if", "match", "unsafe"];

/// Statements whose `{ ... }` bodies hold NumPy code.
const CONTROL_STATEMENTS: &[&str] = &["for", "while", "loop", "if"];

/// How deeply blocks may nest inside blocks before the macro reports an error.
const MAX_BLOCK_DEPTH: usize = 64;

fn is_brace(tok: &Tok) -> bool {
    matches!(tok, Tok::Group(g) if g.delimiter() == Delimiter::Brace)
}

/// Whether a statement starting with `first` ends with a block.
fn ends_with_block(first: &Tok) -> bool {
    is_brace(first) || BLOCK_STATEMENTS.iter().any(|k| first.is_ident(k))
}

/// A block of statements: it has a top-level `;`, or starts with `let` or with a statement
/// that ends with a block (`for`, `if`, ...).
pub(super) fn is_block(toks: &[Tok]) -> bool {
    toks.first()
        .is_some_and(|t| t.is_ident("let") || ends_with_block(t))
        || toks.iter().any(|t| t.is_op(";"))
}

/// The statements of an `np! { ... }` block; `depth` counts the blocks around it.
pub(super) fn block(toks: &[Tok], depth: usize) -> syn::Result<Vec<Stmt>> {
    let mut stmts = Vec::new();
    let mut start = 0;
    for end in 0..=toks.len() {
        let at_semi = toks.get(end).is_some_and(|t| t.is_op(";"));
        // `for ... { }`, `if ... { } else { }`, `{ }`: the statement ends with its block
        // (the brace not followed by `else`), as Rust needs no `;` there.
        let block_end = toks.get(start).is_some_and(ends_with_block)
            && toks.get(end).is_some_and(is_brace)
            && !toks.get(end + 1).is_some_and(|t| t.is_ident("else"));
        if block_end {
            stmts.push(statement(&toks[start..=end], false, depth)?);
            start = end + 1;
            continue;
        }
        if !(at_semi || end == toks.len()) {
            continue;
        }
        let part = toks.get(start..end).unwrap_or_default();
        start = end + 1;
        if part.is_empty() {
            continue;
        }
        stmts.push(statement(part, at_semi, depth)?);
    }
    Ok(stmts)
}

fn statement(toks: &[Tok], semi: bool, depth: usize) -> syn::Result<Stmt> {
    let first = &toks[0];
    let is_macro_call = matches!(first, Tok::Ident(_)) && toks.get(1).is_some_and(|t| t.is_op("!"));
    if is_brace(first) || CONTROL_STATEMENTS.iter().any(|k| first.is_ident(k)) {
        return Ok(Stmt::Control {
            parts: control(toks, depth)?,
            semi,
        });
    }
    if is_macro_call || RUST_STATEMENTS.iter().any(|k| first.is_ident(k)) {
        return Ok(Stmt::Rust {
            tokens: tokens_of(toks),
            semi,
        });
    }
    if first.is_ident("let") {
        return let_statement(toks, semi);
    }
    if let Some(k) = toks
        .iter()
        .position(|t| matches!(t, Tok::Op(op, _) if AssignOp::from_spelling(op).is_some()))
    {
        let indexed = k > 0 && matches!(&toks[k - 1], Tok::Group(g) if is_bracket(g));
        if !indexed && k > 0 {
            let value = whole_expr(&toks[k + 1..], toks[k].span(), 0, "the assigned value")?;
            return Ok(Stmt::Assign {
                place: tokens_of(&toks[..k]),
                op: tokens_of(&toks[k..=k]),
                value,
            });
        }
    }
    let mut p = Parser::new(toks, toks[toks.len() - 1].span(), 0);
    Ok(Stmt::Np {
        body: p.body()?,
        semi,
    })
}

/// `let [mut] PATTERN = EXPR`.
fn let_statement(toks: &[Tok], semi: bool) -> syn::Result<Stmt> {
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
    let value = whole_expr(&toks[eq + 1..], toks[eq].span(), 0, "the value of `let`")?;
    Ok(Stmt::Let {
        mutable,
        pattern: tokens_of(&toks[pattern_start..eq]),
        value: Box::new(value),
        span: first.span(),
    })
}

/// A `for`, `while`, `loop`, `if`/`else` or plain block statement: its `{ ... }` bodies are
/// blocks of NumPy code, and an `if` or `while` condition (not `if let`) that indexes an
/// array is a NumPy expression.
fn control(toks: &[Tok], depth: usize) -> syn::Result<Vec<ControlPart>> {
    if depth >= MAX_BLOCK_DEPTH {
        return Err(syn::Error::new(
            toks[0].span(),
            format!("blocks nested more than {MAX_BLOCK_DEPTH} levels deep"),
        ));
    }
    let mut parts = Vec::new();
    let mut rust = TokenStream::new();
    let mut i = 0;
    while i < toks.len() {
        let tok = &toks[i];
        i += 1;
        match tok {
            Tok::Ident(kw) if kw == "if" || kw == "while" => {
                tok.to_tokens(&mut rust);
                let body = toks[i..]
                    .iter()
                    .position(is_brace)
                    .map_or(toks.len(), |n| i + n);
                let header = &toks[i..body];
                let is_let = header.first().is_some_and(|t| t.is_ident("let"));
                let indexes = header
                    .iter()
                    .any(|t| matches!(t, Tok::Group(g) if is_bracket(g)));
                if indexes && !is_let && !header.is_empty() {
                    parts.push(ControlPart::Rust(core::mem::take(&mut rust)));
                    let end = header[header.len() - 1].span();
                    parts.push(ControlPart::Condition(whole_expr(
                        header,
                        end,
                        0,
                        "the condition",
                    )?));
                } else {
                    rust.extend(tokens_of(header));
                }
                i = body;
            }
            Tok::Group(g) if g.delimiter() == Delimiter::Brace && !g.stream().is_empty() => {
                parts.push(ControlPart::Rust(core::mem::take(&mut rust)));
                let inner = lex(g.stream())?;
                parts.push(ControlPart::Body {
                    stmts: block(&inner, depth + 1)?,
                    span: g.span(),
                });
            }
            other => other.to_tokens(&mut rust),
        }
    }
    parts.push(ControlPart::Rust(rust));
    Ok(parts)
}
