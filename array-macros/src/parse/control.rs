//! Control flow as statements or values: `if`/`else`, `match`, `loop`, `while`, `for`,
//! `unsafe` and plain blocks, optionally labeled (`'outer: for`). Keywords, labels and
//! patterns stay Rust; bodies are NumPy statements; a header that indexes an array (an `if` or
//! `while` condition, the iterable of `for`, the scrutinee of `match`) is a NumPy expression.

use proc_macro2::{Delimiter, Group, TokenStream};

use super::block::block;
use super::{tokens_of, whole_expr, Parser, MAX_DEPTH};
use crate::ast::{Block, ControlPart, Expr};
use crate::lex::{is_bracket, lex, Tok};

/// Keywords that start a control construct.
const CONTROL_KEYWORDS: &[&str] = &["if", "match", "loop", "while", "for", "unsafe"];

fn is_brace(tok: &Tok) -> bool {
    matches!(tok, Tok::Group(g) if g.delimiter() == Delimiter::Brace)
}

/// Whether `toks` start a control construct: a keyword, a label, or a block.
pub(super) fn starts_control(toks: &[Tok]) -> bool {
    match toks {
        [first, ..] if is_brace(first) => true,
        [Tok::Ident(i), ..] => CONTROL_KEYWORDS.iter().any(|k| i == k),
        [Tok::Lifetime(..), colon, ..] => colon.is_op(":"),
        _ => false,
    }
}

impl Parser<'_> {
    /// One control construct, from its first token to its last body.
    pub(super) fn control(&mut self) -> syn::Result<Vec<ControlPart>> {
        if self.depth > MAX_DEPTH {
            return Err(syn::Error::new(
                self.peek().map_or(self.end, Tok::span),
                format!("blocks nested more than {MAX_DEPTH} levels deep"),
            ));
        }
        let mut parts = Vec::new();
        let mut rust = TokenStream::new();
        if let Some(label @ Tok::Lifetime(..)) = self.peek() {
            label.to_tokens(&mut rust);
            self.pos += 1;
            self.next()
                .expect("a label is followed by `:`")
                .to_tokens(&mut rust);
        }
        loop {
            let Some(tok) = self.next() else {
                return Err(syn::Error::new(self.end, "expected a `{ ... }` body"));
            };
            match tok {
                Tok::Group(g) if g.delimiter() == Delimiter::Brace => {
                    parts.push(ControlPart::Rust(core::mem::take(&mut rust)));
                    parts.push(ControlPart::Body(self.body_block(g)?));
                    // `if ... { } else ...` goes on; anything else ends here.
                    if !self.peek().is_some_and(|t| t.is_ident("else")) {
                        break;
                    }
                }
                Tok::Ident(kw) if kw == "if" || kw == "while" || kw == "match" => {
                    tok.to_tokens(&mut rust);
                    self.header(&mut parts, &mut rust)?;
                    if kw == "match" {
                        let Some(Tok::Group(arms)) = self.next() else {
                            return Err(syn::Error::new(
                                tok.span(),
                                "expected the arms of `match`",
                            ));
                        };
                        parts.push(ControlPart::Rust(core::mem::take(&mut rust)));
                        parts.push(self.arms(arms)?);
                        break;
                    }
                }
                Tok::Ident(kw) if kw == "for" => {
                    tok.to_tokens(&mut rust);
                    while let Some(t) = self.next() {
                        t.to_tokens(&mut rust);
                        if t.is_ident("in") {
                            break;
                        }
                    }
                    self.header(&mut parts, &mut rust)?;
                }
                other => other.to_tokens(&mut rust),
            }
        }
        parts.push(ControlPart::Rust(rust));
        Ok(parts)
    }

    /// The tokens up to the next `{ ... }`: a NumPy expression when they index an array (and
    /// are not `let` of `if let`/`while let`), else Rust as written.
    fn header(&mut self, parts: &mut Vec<ControlPart>, rust: &mut TokenStream) -> syn::Result<()> {
        let start = self.pos;
        while self.peek().is_some_and(|t| !is_brace(t)) {
            self.pos += 1;
        }
        let header = &self.toks[start..self.pos];
        let is_let = header.first().is_some_and(|t| t.is_ident("let"));
        let range = header.iter().position(|t| t.is_op("..") || t.is_op("..="));
        if let (Some(at), false) = (range, is_let) {
            // `for i in 0..a.shape[0]`: each end is NumPy's when it reads an array.
            parts.push(ControlPart::Rust(core::mem::take(rust)));
            let (start, stop) = (&header[..at], &header[at + 1..]);
            self.range_end(start, header[at].span(), parts)?;
            parts.push(ControlPart::Rust(tokens_of(&header[at..=at])));
            self.range_end(stop, header[at].span(), parts)?;
            return Ok(());
        }
        let indexes = header
            .iter()
            .any(|t| matches!(t, Tok::Group(g) if is_bracket(g)));
        if indexes && !is_let {
            parts.push(ControlPart::Rust(core::mem::take(rust)));
            let end = header[header.len() - 1].span();
            let e = whole_expr(header, end, self.depth + 1, "the header")?;
            parts.push(ControlPart::Condition(e));
        } else {
            rust.extend(tokens_of(header));
        }
        Ok(())
    }

    /// One end of a range in a header: a NumPy expression when it reads an array (an index,
    /// or `a.shape`, `a.size`, `a.ndim`, `len(a)`), else Rust as written.
    fn range_end(
        &self,
        toks: &[Tok],
        span: proc_macro2::Span,
        parts: &mut Vec<ControlPart>,
    ) -> syn::Result<()> {
        let attribute = |w: &[Tok]| {
            (w[0].is_op(".") && ["shape", "size", "ndim"].iter().any(|a| w[1].is_ident(a)))
                || (w[0].is_ident("len")
                    && matches!(&w[1], Tok::Group(g) if g.delimiter() == Delimiter::Parenthesis))
        };
        let numpy = toks
            .iter()
            .any(|t| matches!(t, Tok::Group(g) if is_bracket(g)))
            || toks.windows(2).any(attribute);
        if numpy {
            let e = whole_expr(toks, span, self.depth + 1, "the range")?;
            // A length is a Python int, as NumPy's arithmetic on lengths gives: `int64`, so
            // `a.size - 2..a.size` has one type at both ends.
            let e = if e.is_python_int() {
                cast_to_int64(e)
            } else {
                e
            };
            parts.push(ControlPart::Condition(e));
        } else {
            parts.push(ControlPart::Rust(tokens_of(toks)));
        }
        Ok(())
    }

    /// A `{ ... }` of NumPy statements.
    fn body_block(&self, g: &Group) -> syn::Result<Block> {
        let inner = lex(g.stream())?;
        Ok(Block {
            stmts: block(&inner, self.depth + 1)?,
            span: g.span(),
        })
    }

    /// `PATTERN [if GUARD] => EXPR,` ...: patterns and guards stay Rust, bodies are NumPy.
    fn arms(&self, g: &Group) -> syn::Result<ControlPart> {
        let toks = lex(g.stream())?;
        let mut arms = Vec::new();
        let mut at = 0;
        while at < toks.len() {
            let Some(arrow) = toks[at..].iter().position(|t| t.is_op("=>")) else {
                return Err(syn::Error::new(
                    toks[at].span(),
                    "expected `=>` in a `match` arm",
                ));
            };
            let pattern = tokens_of(&toks[at..at + arrow + 1]);
            at += arrow + 1;
            // The body: a block (with an optional comma), or an expression up to a comma.
            let end = if toks.get(at).is_some_and(is_brace) {
                at + 1
            } else {
                toks[at..]
                    .iter()
                    .position(|t| t.is_op(","))
                    .map_or(toks.len(), |n| at + n)
            };
            if end == at {
                return Err(syn::Error::new(
                    toks[at - 1].span(),
                    "expected a `match` arm's value",
                ));
            }
            let body = whole_expr(
                &toks[at..end],
                toks[end - 1].span(),
                self.depth + 1,
                "the arm",
            )?;
            at = end;
            if toks.get(at).is_some_and(|t| t.is_op(",")) {
                at += 1;
            }
            arms.push((pattern, body));
        }
        Ok(ControlPart::Arms {
            arms,
            span: g.span(),
        })
    }
}

/// `e as i64`.
fn cast_to_int64(e: Expr) -> Expr {
    Expr::Cast {
        expr: Box::new(e),
        ty: quote::quote! { i64 },
    }
}
