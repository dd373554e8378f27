//! The NumPy grammar of `np!`, syntax only: tokens into the tree of `ast`.
//!
//! ```text
//! invocation := KRATE ';' ['try'] body | KRATE ';' block
//! body       := '&' ['mut'] expr (',' '&' 'mut' expr)*  -- a read, or a split borrow
//!             | expr                                  -- a read by value, or an expression
//!             | expr ASSIGN_OP expr                   -- an in-place write
//! expr       := Pratt expression over Rust's precedence (which orders `& ^ |` and the
//!               comparisons as Python does), with NumPy indexing `expr[index]` as a postfix
//! index      := element (',' element)* [',']
//! element    := '...' | 'None' | [expr] ':' [expr] [':' [expr]] | [expr] ('..' | '..=') [expr]
//!             | expr
//! atom       := literal | path ['(' args ')' | '!' group] | '(' expr ')' | '[' list ']' | '{' block '}'
//! block      := statement*   (see `block.rs`)
//! ```

mod block;
mod control;
mod expr;
mod index;
mod numpy;
mod postfix;

use proc_macro2::{Span, TokenStream};

use crate::ast::{Body, Borrow, Elem, Expr, Index, Invocation, ReadPath};
pub(crate) use crate::errors::Errors;
use crate::lex::{lex, Tok};
use crate::ops::AssignOp;

/// How deeply expressions may nest (groups, unary operators, right operands) before the
/// macro reports an error instead of recursing further: the compiler's stack is finite.
const MAX_DEPTH: usize = 128;

/// How many operators may chain at one level (`a + b + ...`, `a[0][0]...`): each one adds a
/// level to the tree that later stages walk recursively.
const MAX_CHAIN: usize = 1024;

/// Parse `KRATE ; body`.
pub(crate) fn parse_invocation(input: TokenStream) -> syn::Result<Invocation> {
    let toks = lex(input)?;
    let Some(semi) = toks.iter().position(|t| t.is_op(";")) else {
        return Err(syn::Error::new(
            Span::call_site(),
            "np_impl! is internal: call npview::np!",
        ));
    };
    let mut krate = TokenStream::new();
    for t in &toks[..semi] {
        t.to_tokens(&mut krate);
    }
    let rest = &toks[semi + 1..];
    if block::is_block(rest) {
        return Ok(Invocation {
            krate,
            is_try: false,
            body: Body::Block(block::block(rest, 0)?),
        });
    }
    let mut p = Parser::new(rest, Span::call_site(), 0);
    let is_try = p.eat_ident("try");
    let body = p.body()?;
    Ok(Invocation {
        krate,
        is_try,
        body,
    })
}

/// Tokens back as a token stream, as written.
fn tokens_of(toks: &[Tok]) -> TokenStream {
    let mut out = TokenStream::new();
    for t in toks {
        t.to_tokens(&mut out);
    }
    out
}

/// Exactly one expression in `toks`: what a list item, a slice bound or a `let` value is.
/// `what` names it in the error for tokens left over.
fn whole_expr(toks: &[Tok], end: Span, depth: usize, what: &str) -> syn::Result<Expr> {
    let mut p = Parser::new(toks, end, depth);
    let e = p.expr(0)?;
    p.expect_end(what)?;
    Ok(e)
}

/// [`whole_expr`] for a part that may be left out (`a[:3]`, `..5`).
fn optional_expr(toks: &[Tok], end: Span, depth: usize, what: &str) -> syn::Result<Option<Expr>> {
    if toks.is_empty() {
        Ok(None)
    } else {
        whole_expr(toks, end, depth, what).map(Some)
    }
}

/// Split on top-level commas; an empty part (`[1,,2]`) is an error, a trailing comma is not.
fn split_commas(toks: &[Tok]) -> Vec<syn::Result<&[Tok]>> {
    let mut parts: Vec<syn::Result<&[Tok]>> = Vec::new();
    let mut start = 0;
    for (k, t) in toks.iter().enumerate() {
        if t.is_op(",") {
            if k == start {
                parts.push(Err(syn::Error::new(
                    t.span(),
                    "expected an index element before `,`; a whole axis is `:`, as in `m[:, 1]`",
                )));
            } else {
                parts.push(Ok(&toks[start..k]));
            }
            start = k + 1;
        }
    }
    if start < toks.len() {
        parts.push(Ok(&toks[start..]));
    }
    parts
}

/// A cursor over lexed tokens.
pub(crate) struct Parser<'t> {
    toks: &'t [Tok],
    pos: usize,
    /// Where "expected ..." errors point when the tokens run out.
    end: Span,
    /// Nesting depth of the expression being parsed, across nested groups.
    depth: usize,
}

impl<'t> Parser<'t> {
    fn new(toks: &'t [Tok], end: Span, depth: usize) -> Self {
        Self {
            toks,
            pos: 0,
            end,
            depth,
        }
    }

    fn peek(&self) -> Option<&'t Tok> {
        self.toks.get(self.pos)
    }

    fn peek_at(&self, k: usize) -> Option<&'t Tok> {
        self.toks.get(self.pos + k)
    }

    fn next(&mut self) -> Option<&'t Tok> {
        let t = self.toks.get(self.pos);
        self.pos += usize::from(t.is_some());
        t
    }

    fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }

    fn eat_op(&mut self, op: &str) -> Option<Span> {
        match self.peek() {
            Some(t) if t.is_op(op) => {
                self.pos += 1;
                Some(t.span())
            }
            _ => None,
        }
    }

    fn eat_ident(&mut self, name: &str) -> bool {
        let hit = self.peek().is_some_and(|t| t.is_ident(name));
        self.pos += usize::from(hit);
        hit
    }

    fn expect_end(&self, what: &str) -> syn::Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(syn::Error::new(
                t.span(),
                format!("unexpected token after {what}"),
            )),
        }
    }

    /// A read, a split borrow, an expression or a write.
    fn body(&mut self) -> syn::Result<Body> {
        if self.eat_op("&").is_some() {
            let borrow = if self.eat_ident("mut") {
                Borrow::Mut
            } else {
                Borrow::Shared
            };
            let target = self.expr(0)?;
            if let Some(comma) = self.peek().filter(|t| t.is_op(",")) {
                if borrow == Borrow::Mut {
                    return self.split(target);
                }
                return Err(syn::Error::new(
                    comma.span(),
                    "only mutable views are split: shared views may overlap freely, so take them one at a time, as in `(np!(a[0]), np!(a[1]))`",
                ));
            }
            self.expect_end("the indexed expression")?;
            return Ok(Body::Read { borrow, target });
        }
        let target = self.expr(0)?;
        if self.at_end() {
            return Ok(Body::Read {
                borrow: Borrow::Value,
                target,
            });
        }
        let tok = self.next().expect("not at end");
        let op = match tok {
            Tok::Op(text, _) => AssignOp::from_spelling(text),
            _ => None,
        };
        let Some(op) = op else {
            return Err(syn::Error::new(
                tok.span(),
                "expected `=` or a compound assignment such as `+=` after the indexed expression",
            ));
        };
        if self.at_end() {
            return Err(syn::Error::new(
                tok.span(),
                format!(
                    "expected a value after `{0}`, as in `a[0] {0} 1`",
                    op.spelling()
                ),
            ));
        }
        let value = self.expr(0)?;
        self.expect_end("the assigned value")?;
        // `a += b` on a whole array is NumPy's in-place operator: `a[...] += b`.
        let target = match target {
            whole @ Expr::Rust { place: true, .. } if op != AssignOp::Set => Expr::Index {
                index: Index {
                    span: whole.span(),
                    elems: vec![Elem::Ellipsis(whole.span())],
                    read: ReadPath::General,
                },
                base: Box::new(whole),
            },
            other => other,
        };
        Ok(Body::Assign {
            target,
            op,
            op_span: tok.span(),
            value,
            plan: Box::default(),
        })
    }

    /// The rest of `&mut a[i], &mut a[j], ...` after the first part.
    fn split(&mut self, first: Expr) -> syn::Result<Body> {
        let mut targets = vec![first];
        while self.eat_op(",").is_some() {
            if self.at_end() {
                break;
            }
            let span = self.peek().map_or(self.end, Tok::span);
            if self.eat_op("&").is_none() || !self.eat_ident("mut") {
                return Err(syn::Error::new(
                    span,
                    "each part of a split borrow is a mutable view, as in `np!(&mut a[:, :2], &mut a[:, 2:])`",
                ));
            }
            targets.push(self.expr(0)?);
        }
        self.expect_end("the split borrow")?;
        if targets.len() < 2 {
            return Err(syn::Error::new(
                targets[0].span(),
                "a comma after `&mut a[...]` makes a split borrow, which takes two or more mutable views: write `np!(&mut a[0])` for one, or list the others, as in `np!(&mut a[0], &mut a[1])`",
            ));
        }
        Ok(Body::Split { targets })
    }
}
