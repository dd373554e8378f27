//! Expressions: a Pratt parser over Rust's precedence, with NumPy indexing as a postfix.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};

use super::control::starts_control;
use super::index::list;
use super::{split_commas, whole_expr, Parser, MAX_CHAIN, MAX_DEPTH};
use crate::ast::{Expr, Lit};
use crate::lex::{lex, Tok};
use crate::ops::{BinOp, CmpOp, UnOp};

/// An infix operator: element-wise, or a comparison.
enum Infix {
    Binary(BinOp),
    Compare(CmpOp),
}

impl Infix {
    fn of(tok: &Tok) -> Option<Self> {
        let Tok::Op(text, _) = tok else { return None };
        BinOp::from_spelling(text)
            .map(Self::Binary)
            .or_else(|| CmpOp::from_spelling(text).map(Self::Compare))
    }

    fn power(&self) -> u8 {
        match self {
            Self::Binary(op) => op.power(),
            Self::Compare(_) => CmpOp::POWER,
        }
    }
}

impl Parser<'_> {
    /// A Pratt expression whose operators bind tighter than `min_power`.
    pub(super) fn expr(&mut self, min_power: u8) -> syn::Result<Expr> {
        self.depth += 1;
        let result = self.expr_at_depth(min_power);
        self.depth -= 1;
        result
    }

    fn expr_at_depth(&mut self, min_power: u8) -> syn::Result<Expr> {
        if self.depth > MAX_DEPTH {
            return Err(syn::Error::new(
                self.peek().map_or(self.end, Tok::span),
                format!("expression nested more than {MAX_DEPTH} levels deep"),
            ));
        }
        let mut lhs = self.prefix()?;
        let mut chain = 0;
        while let Some(tok) = self.peek() {
            if tok.is_ident("is") && CmpOp::POWER > min_power {
                lhs = self.identity(lhs)?;
                continue;
            }
            let Some(infix) = Infix::of(tok) else { break };
            let span = tok.span();
            chain += 1;
            if chain > MAX_CHAIN {
                return Err(syn::Error::new(
                    span,
                    format!("more than {MAX_CHAIN} operators in a row"),
                ));
            }
            let power = infix.power();
            if power <= min_power {
                break;
            }
            self.pos += 1;
            // `**` groups from the right, as in Python: `a ** b ** 2` is `a ** (b ** 2)`.
            let rhs_power = match infix {
                Infix::Binary(BinOp::Pow) => power - 1,
                _ => power,
            };
            let rhs = Box::new(self.expr(rhs_power)?);
            lhs = match infix {
                Infix::Binary(op) => Expr::Binary {
                    op,
                    span,
                    lhs: Box::new(lhs),
                    rhs,
                },
                Infix::Compare(op) => {
                    if let Some(next) = self.peek().filter(|t| CmpOp::of_tok(t).is_some()) {
                        return Err(syn::Error::new(
                            next.span(),
                            "comparisons cannot be chained; combine masks with `&` and parentheses: `(a < b) & (b < c)`",
                        ));
                    }
                    Expr::Compare {
                        op,
                        span,
                        lhs: Box::new(lhs),
                        rhs,
                    }
                }
            };
        }
        Ok(lhs)
    }

    /// `lhs is [not] rhs` (at `is`), with `None` as Python's `None`.
    fn identity(&mut self, lhs: Expr) -> syn::Result<Expr> {
        let span = self.next().map_or(self.end, Tok::span);
        let negated = self.eat_ident("not");
        let rhs = if self.eat_ident("None") {
            None
        } else {
            Some(Box::new(self.expr(CmpOp::POWER)?))
        };
        Ok(Expr::Is {
            span,
            lhs: Box::new(lhs),
            rhs,
            negated,
        })
    }

    /// An expression up to its first infix operator: control flow, a closure, a NumPy name,
    /// `print`, a prefix operator, or an atom with its postfix operators.
    fn prefix(&mut self) -> syn::Result<Expr> {
        let Some(tok) = self.peek() else {
            return Err(syn::Error::new(self.end, "expected an expression"));
        };
        let span = tok.span();
        if starts_control(&self.toks[self.pos..]) {
            let parts = self.control()?;
            return self.postfix(Expr::Control { parts, span });
        }
        if tok.is_op("|") || tok.is_op("||") || tok.is_ident("move") {
            return self.closure();
        }
        if let Tok::Lifetime(..) = tok {
            return Err(syn::Error::new(
                span,
                "expected an expression; a label goes before a loop or block, as in `'outer: for ...`",
            ));
        }
        if self.at_numpy_name() {
            let e = self.numpy_name()?;
            return self.postfix(e);
        }
        if self.at_print() {
            return self.print();
        }
        if self.at_len() {
            let e = self.len()?;
            return self.postfix(e);
        }
        if let Tok::Op(text, _) = tok {
            return self.prefix_operator(tok, text, span);
        }
        self.pos += 1;
        let atom = self.atom(tok)?;
        self.postfix(atom)
    }

    /// At the operator `tok` (spelled `text`) in operand position: `**x`, a negative
    /// literal, a borrow, or a unary operator.
    fn prefix_operator(&mut self, tok: &Tok, text: &str, span: Span) -> syn::Result<Expr> {
        if text == "**" {
            // Rust's double dereference, `**x`.
            self.pos += 1;
            let expr = self.expr(UnOp::POWER)?;
            let inner = Expr::Unary {
                op: UnOp::Deref,
                span,
                expr: Box::new(expr),
            };
            return Ok(Expr::Unary {
                op: UnOp::Deref,
                span,
                expr: Box::new(inner),
            });
        }
        let power_follows = self.peek_at(2).is_some_and(|t| t.is_op("**"));
        if text == "-" && !power_follows {
            if let Some(Tok::Lit(lit)) = self.peek_at(1) {
                // A negative literal stays a literal: `a[-1]` is the integer -1.
                let mut tokens = TokenStream::new();
                tok.to_tokens(&mut tokens);
                tokens.extend([TokenTree::Literal(lit.clone())]);
                self.pos += 2;
                return self.postfix(Expr::Lit(Lit::new(lit, true, tokens)));
            }
        }
        if text == "&" {
            self.pos += 1;
            let mutable = self.eat_ident("mut");
            let expr = self.expr(UnOp::POWER)?;
            return Ok(Expr::Ref {
                mutable,
                span,
                expr: Box::new(expr),
            });
        }
        let Some(op) = UnOp::from_spelling(text) else {
            return Err(syn::Error::new(
                span,
                format!("expected an expression, found `{text}`"),
            ));
        };
        self.pos += 1;
        let expr = self.expr(UnOp::POWER)?;
        Ok(Expr::Unary {
            op,
            span,
            expr: Box::new(expr),
        })
    }

    /// The atom `tok` (already eaten): a literal, a path or a group.
    fn atom(&mut self, tok: &Tok) -> syn::Result<Expr> {
        Ok(match tok {
            Tok::Lit(lit) => {
                Expr::Lit(Lit::new(lit, false, TokenTree::Literal(lit.clone()).into()))
            }
            Tok::Ident(i) if i == "true" || i == "false" => Expr::Lit(Lit::boolean(i)),
            // Python's booleans.
            Tok::Ident(i) if i == "True" || i == "False" => Expr::Lit(Lit::python_boolean(i)),
            Tok::Ident(_) => self.path(tok)?,
            Tok::Group(g) => self.group(g)?,
            Tok::Op(..) | Tok::Lifetime(..) => unreachable!("handled by `prefix`"),
        })
    }

    /// A group in operand position: a tuple or parenthesised expression, a list literal, or
    /// a Rust block.
    fn group(&mut self, g: &Group) -> syn::Result<Expr> {
        let span = g.span();
        Ok(match g.delimiter() {
            Delimiter::Parenthesis => {
                let inner = lex(g.stream())?;
                if inner.iter().any(|t| t.is_op(",")) || inner.is_empty() {
                    // A tuple: its items may use NumPy syntax too.
                    let mut items = Vec::new();
                    for part in split_commas(&inner) {
                        items.push(whole_expr(
                            part?,
                            g.span_close(),
                            self.depth,
                            "a tuple item",
                        )?);
                    }
                    Expr::Tuple(items, span)
                } else {
                    let e = whole_expr(
                        &inner,
                        g.span_close(),
                        self.depth,
                        "the parenthesized expression",
                    )?;
                    Expr::Paren(Box::new(e), span)
                }
            }
            Delimiter::Bracket => Expr::List(list(g, self.depth)?),
            Delimiter::None | Delimiter::Brace => Expr::Rust {
                tokens: TokenTree::Group(g.clone()).into(),
                span,
                place: false,
            },
        })
    }

    /// `[move] |params| [-> Type] body`: the head as Rust, the body a NumPy expression.
    fn closure(&mut self) -> syn::Result<Expr> {
        let mut head = TokenStream::new();
        if self.peek().is_some_and(|t| t.is_ident("move")) {
            self.next().expect("peeked").to_tokens(&mut head);
        }
        match self.next() {
            Some(t) if t.is_op("||") => t.to_tokens(&mut head),
            Some(open) if open.is_op("|") => {
                open.to_tokens(&mut head);
                loop {
                    let Some(t) = self.next() else {
                        return Err(syn::Error::new(
                            open.span(),
                            "unclosed `|` of a closure's parameters",
                        ));
                    };
                    t.to_tokens(&mut head);
                    if t.is_op("|") {
                        break;
                    }
                }
            }
            other => {
                return Err(syn::Error::new(
                    other.map_or(self.end, Tok::span),
                    "expected `|` to start a closure's parameters",
                ))
            }
        }
        if self.peek().is_some_and(|t| t.is_op("->")) {
            // A return type needs a block body: the type runs up to it.
            while self
                .peek()
                .is_some_and(|t| !matches!(t, Tok::Group(g) if g.delimiter() == Delimiter::Brace))
            {
                self.next().expect("peeked").to_tokens(&mut head);
            }
        }
        let body = self.expr(0)?;
        Ok(Expr::Closure {
            head,
            body: Box::new(body),
        })
    }

    /// A path with optional turbofish, call or macro call: `a`, `a::b::<T>(x)`, `vec![1, 2]`.
    fn path(&mut self, first: &Tok) -> syn::Result<Expr> {
        let span = first.span();
        if first.is_ident("None") {
            return Err(syn::Error::new(
                span,
                "`None` (NumPy's newaxis) can only stand alone as an index element, as in `a[:, None]`",
            ));
        }
        let mut tokens = TokenStream::new();
        first.to_tokens(&mut tokens);
        let mut place = true;
        while let Some(colons) = self.peek().filter(|t| t.is_op("::")) {
            colons.to_tokens(&mut tokens);
            self.pos += 1;
            match self.next() {
                Some(t @ Tok::Ident(_)) => t.to_tokens(&mut tokens),
                Some(t) if t.is_op("<") => {
                    t.to_tokens(&mut tokens);
                    self.angle_rest(t.span(), &mut tokens)?;
                }
                _ => {
                    return Err(syn::Error::new(
                        colons.span(),
                        "expected a path segment after `::`",
                    ))
                }
            }
        }
        if let Some(Tok::Group(g)) = self.peek() {
            if g.delimiter() == Delimiter::Parenthesis {
                self.next().expect("peeked").to_tokens(&mut tokens);
                place = false;
            }
        } else if self.peek().is_some_and(|t| t.is_op("!"))
            && matches!(self.peek_at(1), Some(Tok::Group(_)))
        {
            self.next().expect("peeked").to_tokens(&mut tokens);
            self.next().expect("peeked").to_tokens(&mut tokens);
            place = false;
        }
        Ok(Expr::Rust {
            tokens,
            span,
            place,
        })
    }

    /// The rest of a `<...>` generic argument list, balanced.
    pub(super) fn angle_rest(&mut self, open: Span, tokens: &mut TokenStream) -> syn::Result<()> {
        let mut depth = 1usize;
        while depth > 0 {
            let Some(t) = self.next() else {
                return Err(syn::Error::new(
                    open,
                    "unclosed `<` in a path: close it with `>`, as in `.sum::<i64>()`",
                ));
            };
            if t.is_op("<") {
                depth += 1;
            } else if t.is_op(">") {
                depth -= 1;
            } else if t.is_op(">>") {
                depth = depth.saturating_sub(2);
            }
            t.to_tokens(tokens);
        }
        Ok(())
    }
}

impl CmpOp {
    /// The comparison a token spells, if any.
    fn of_tok(tok: &Tok) -> Option<Self> {
        match tok {
            Tok::Op(text, _) => Self::from_spelling(text),
            _ => None,
        }
    }
}
