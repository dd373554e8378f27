//! The NumPy grammar of `np!`, syntax only. Every node keeps the span of its first token so
//! later stages point at what the user wrote.
//!
//! ```text
//! invocation := KRATE ';' ['try'] body
//! body       := '&' ['mut'] expr                 -- a read (view, element or copy)
//!             | expr                             -- a read by value
//!             | expr ASSIGN_OP expr              -- an in-place write
//! expr       := Pratt expression over Rust's precedence (which orders `& ^ |` and the
//!               comparisons as Python does), with NumPy indexing `expr[index]` as a postfix
//! index      := element (',' element)* [',']
//! element    := '...' | 'None' | [expr] ':' [expr] [':' [expr]] | [expr] ('..' | '..=') [expr]
//!             | expr
//! atom       := literal | path ['(' args ')' | '!' group] | '(' expr ')' | '[' list ']' | '{' block '}'
//! ```

use proc_macro2::{Delimiter, Span, TokenStream};

use crate::lex::{is_bracket, lex, Tok};

/// A whole `np!` invocation.
pub(crate) struct Invocation {
    /// The path of the array crate (`$crate` of the wrapper macro).
    pub(crate) krate: TokenStream,
    /// `np!(try ...)`.
    pub(crate) is_try: bool,
    pub(crate) body: Body,
}

/// What the invocation does.
pub(crate) enum Body {
    /// `a[i]`, `&a[i]` or `&mut a[i]`.
    Read { borrow: Borrow, target: Expr },
    /// `a[i] = v` or `a[i] op= v`.
    Assign {
        target: Expr,
        op: &'static str,
        op_span: Span,
        value: Expr,
    },
    /// `&mut a[i], &mut a[j], ...`: mutable views used at the same time.
    Split { targets: Vec<Expr> },
    /// `np! { stmt; stmt; ... }`: NumPy code, statement by statement.
    Block(Vec<Stmt>),
}

/// One statement of an `np! { ... }` block.
pub(crate) enum Stmt {
    /// `let [mut] PATTERN = EXPR;`
    Let {
        mutable: bool,
        pattern: TokenStream,
        value: Expr,
        span: Span,
    },
    /// An indexing statement: a read, a write, a split borrow or an expression.
    Np { body: Body, semi: bool },
    /// Rust passed through as written (`for`, `if`, macro calls, items ...). With `bodies`,
    /// its top-level `{ ... }` groups are the bodies of `for`, `while`, `loop`, `if`/`else` or
    /// a block, and hold NumPy code themselves.
    Rust {
        tokens: TokenStream,
        semi: bool,
        bodies: bool,
    },
    /// `name op= EXPR;` on a plain variable: Rust's assignment, NumPy's meaning in `EXPR`.
    Assign {
        place: TokenStream,
        op: TokenStream,
        value: Expr,
    },
}

/// Statements that start with these are Rust control flow or items, passed through.
const RUST_STATEMENTS: &[&str] = &[
    "for", "if", "while", "loop", "match", "fn", "use", "return", "break", "continue", "struct",
    "enum", "impl", "const", "static", "mod", "unsafe", "type", "trait",
];

/// How a read borrows.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Borrow {
    /// `np!(a[i])`: elements by value.
    Value,
    /// `np!(&a[i])`: elements by reference.
    Shared,
    /// `np!(&mut a[i])`.
    Mut,
}

/// An expression in which indexing has NumPy's meaning.
#[derive(Clone)]
pub(crate) enum Expr {
    /// Plain Rust tokens: a literal, a path, a call, a block. `place` when it names a variable
    /// or field (so the expansion borrows it instead of moving it).
    Rust {
        tokens: TokenStream,
        span: Span,
        place: bool,
    },
    /// `lhs op rhs`.
    Binary {
        op: &'static str,
        span: Span,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `-e`, `!e`, `~e`.
    Unary {
        op: &'static str,
        span: Span,
        expr: Box<Expr>,
    },
    /// `&e` / `&mut e` passed through.
    Ref {
        mutable: bool,
        span: Span,
        expr: Box<Expr>,
    },
    /// `(e)`.
    Paren(Box<Expr>, Span),
    /// `(a, b, ...)` or `()`.
    Tuple(Vec<Expr>, Span),
    /// `base[index]`.
    Index { base: Box<Expr>, index: Index },
    /// `receiver.method(args)` or `.field` after a NumPy expression.
    Method {
        receiver: Box<Expr>,
        rest: TokenStream,
    },
    /// A list literal `[a, b, ...]`.
    List(List),
}

/// A list literal, possibly nested.
#[derive(Clone)]
pub(crate) struct List {
    pub(crate) span: Span,
    pub(crate) items: Vec<Expr>,
}

/// The contents of one `[...]` after an expression.
#[derive(Clone)]
pub(crate) struct Index {
    pub(crate) span: Span,
    pub(crate) elems: Vec<Elem>,
}

/// One comma-separated element of an index.
#[derive(Clone)]
pub(crate) enum Elem {
    /// `...`.
    Ellipsis(Span),
    /// `None`.
    NewAxis(Span),
    /// `start:stop:step`.
    Slice {
        span: Span,
        start: Option<Expr>,
        stop: Option<Expr>,
        step: Option<Expr>,
    },
    /// A Rust range `start..stop` or `start..=stop`.
    Range {
        span: Span,
        start: Option<Expr>,
        op: &'static str,
        stop: Option<Expr>,
    },
    /// Anything else: an integer, an index array, a mask, a list literal.
    Expr(Expr),
}

impl Expr {
    pub(crate) fn span(&self) -> Span {
        match self {
            Expr::Rust { span, .. }
            | Expr::Binary { span, .. }
            | Expr::Unary { span, .. }
            | Expr::Ref { span, .. }
            | Expr::Paren(_, span)
            | Expr::Tuple(_, span) => *span,
            Expr::Index { base, .. } | Expr::Method { receiver: base, .. } => base.span(),
            Expr::List(l) => l.span,
        }
    }
}

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
    if is_block(rest) {
        return Ok(Invocation {
            krate,
            is_try: false,
            body: Body::Block(block(rest)?),
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

/// Statements that end at their last `{ ... }` (no `;` needed), as in Rust.
const BLOCK_STATEMENTS: &[&str] = &["for", "while", "loop", "if", "match", "unsafe"];

/// Whether a statement starting with `first` ends with a block.
fn ends_with_block(first: &Tok) -> bool {
    matches!(first, Tok::Group(g) if g.delimiter() == Delimiter::Brace)
        || BLOCK_STATEMENTS.iter().any(|k| first.is_ident(k))
}

/// A block of statements: it has a top-level `;`, or starts with `let` or with a statement
/// that ends with a block (`for`, `if`, ...).
fn is_block(toks: &[Tok]) -> bool {
    toks.first()
        .is_some_and(|t| t.is_ident("let") || ends_with_block(t))
        || toks.iter().any(|t| t.is_op(";"))
}

/// The statements of an `np! { ... }` block.
fn block(toks: &[Tok]) -> syn::Result<Vec<Stmt>> {
    let mut stmts = Vec::new();
    let mut start = 0;
    for end in 0..=toks.len() {
        let at_semi = toks.get(end).is_some_and(|t| t.is_op(";"));
        // `for ... { }`, `if ... { } else { }`, `{ }`: the statement ends with its block
        // (the brace not followed by `else`), as Rust needs no `;` there.
        let block_end = toks.get(start).is_some_and(ends_with_block)
            && matches!(toks.get(end), Some(Tok::Group(g)) if g.delimiter() == Delimiter::Brace)
            && !toks.get(end + 1).is_some_and(|t| t.is_ident("else"));
        if block_end {
            stmts.push(statement(&toks[start..=end], false)?);
            start = end + 1;
            continue;
        }
        if !(at_semi || end == toks.len()) {
            continue;
        }
        let part = &toks.get(start..end).unwrap_or_default();
        start = end + 1;
        if part.is_empty() {
            continue;
        }
        stmts.push(statement(part, at_semi)?);
    }
    Ok(stmts)
}

fn statement(toks: &[Tok], semi: bool) -> syn::Result<Stmt> {
    let passthrough = |toks: &[Tok]| {
        let mut tokens = TokenStream::new();
        for t in toks {
            t.to_tokens(&mut tokens);
        }
        tokens
    };
    let first = &toks[0];
    let is_macro_call = matches!(first, Tok::Ident(_)) && toks.get(1).is_some_and(|t| t.is_op("!"));
    let block = matches!(first, Tok::Group(g) if g.delimiter() == Delimiter::Brace);
    if is_macro_call || block || RUST_STATEMENTS.iter().any(|k| first.is_ident(k)) {
        let bodies = block
            || ["for", "while", "loop", "if"]
                .iter()
                .any(|k| first.is_ident(k));
        return Ok(Stmt::Rust {
            tokens: passthrough(toks),
            semi,
            bodies,
        });
    }
    if first.is_ident("let") {
        let mut k = 1;
        let mutable = toks.get(k).is_some_and(|t| t.is_ident("mut"));
        k += usize::from(mutable);
        let Some(eq) = toks.iter().position(|t| t.is_op("=")) else {
            return Ok(Stmt::Rust {
                tokens: passthrough(toks),
                semi,
                bodies: false,
            });
        };
        if eq <= k {
            return Err(syn::Error::new(
                first.span(),
                "expected a name after `let`, as in `let v = a[1:3];`",
            ));
        }
        let pattern = passthrough(&toks[k..eq]);
        let value = whole_expr(&toks[eq + 1..], toks[eq].span(), 0, "the value of `let`")?;
        return Ok(Stmt::Let {
            mutable,
            pattern,
            value,
            span: first.span(),
        });
    }
    if let Some(k) = toks
        .iter()
        .position(|t| matches!(t, Tok::Op(op, _) if ASSIGN_OPS.contains(op)))
    {
        let indexed = k > 0 && matches!(&toks[k - 1], Tok::Group(g) if is_bracket(g));
        if !indexed && k > 0 {
            let value = whole_expr(&toks[k + 1..], toks[k].span(), 0, "the assigned value")?;
            return Ok(Stmt::Assign {
                place: passthrough(&toks[..k]),
                op: passthrough(&toks[k..=k]),
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

/// Binding power of an infix operator, or `None` when it ends an expression.
fn infix_power(op: &str) -> Option<u8> {
    Some(match op {
        "||" | "&&" => 2,
        "==" | "!=" | "<" | ">" | "<=" | ">=" => 3,
        "|" => 4,
        "^" => 5,
        "&" => 6,
        "<<" | ">>" => 7,
        "+" | "-" => 8,
        "*" | "/" | "%" => 9,
        _ => return None,
    })
}

const ASSIGN_OPS: &[&str] = &[
    "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=",
];
const UNARY_POWER: u8 = 11;

/// How deeply expressions may nest (groups, unary operators, right operands) before the
/// macro reports an error instead of recursing further: the compiler's stack is finite.
const MAX_DEPTH: usize = 128;

/// How many operators may chain at one level (`a + b + ...`, `a[0][0]...`): each one adds a
/// level to the tree that later stages walk recursively.
const MAX_CHAIN: usize = 1024;

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

    fn body(&mut self) -> syn::Result<Body> {
        if self.eat_op("&").is_some() {
            let borrow = if self.eat_ident("mut") {
                Borrow::Mut
            } else {
                Borrow::Shared
            };
            let target = self.expr(0)?;
            if let Some(comma) = self.peek().filter(|t| t.is_op(",")) {
                if matches!(borrow, Borrow::Mut) {
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
        match tok {
            Tok::Op(op, span) if ASSIGN_OPS.contains(op) => {
                if self.at_end() {
                    return Err(syn::Error::new(
                        *span,
                        format!("expected a value after `{op}`, as in `a[0] {op} 1`"),
                    ));
                }
                let value = self.expr(0)?;
                self.expect_end("the assigned value")?;
                Ok(Body::Assign {
                    target,
                    op,
                    op_span: *span,
                    value,
                })
            }
            other => Err(syn::Error::new(
                other.span(),
                "expected `=` or a compound assignment such as `+=` after the indexed expression",
            )),
        }
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
        Ok(Body::Split { targets })
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

    /// A Pratt expression whose operators bind tighter than `min_power`.
    pub(crate) fn expr(&mut self, min_power: u8) -> syn::Result<Expr> {
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
        while let Some(Tok::Op(op, span)) = self.peek() {
            let Some(power) = infix_power(op) else { break };
            chain += 1;
            if chain > MAX_CHAIN {
                return Err(syn::Error::new(
                    *span,
                    format!("more than {MAX_CHAIN} operators in a row"),
                ));
            }
            if power <= min_power {
                break;
            }
            if matches!(*op, "&&" | "||") {
                return Err(syn::Error::new(
                    *span,
                    format!(
                        "`{op}` does not combine masks (NumPy's `and`/`or` fail on arrays too); use `{}` with parentheses, as in `(a > 1) {} (a < 5)`",
                        &op[..1],
                        &op[..1]
                    ),
                ));
            }
            self.pos += 1;
            let rhs = self.expr(power)?;
            if power == 3 {
                if let Some(Tok::Op(next, next_span)) = self.peek() {
                    if infix_power(next) == Some(3) {
                        return Err(syn::Error::new(
                            *next_span,
                            "comparisons cannot be chained; combine masks with `&` and parentheses: `(a < b) & (b < c)`",
                        ));
                    }
                }
            }
            lhs = Expr::Binary {
                op,
                span: *span,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            };
        }
        Ok(lhs)
    }

    fn prefix(&mut self) -> syn::Result<Expr> {
        let Some(tok) = self.peek() else {
            return Err(syn::Error::new(self.end, "expected an expression"));
        };
        let span = tok.span();
        if let Tok::Op(op, _) = tok {
            match *op {
                "-" if matches!(self.peek_at(1), Some(Tok::Lit(_))) => {
                    // A negative literal stays a literal: `a[-1]` is the integer -1.
                    let mut tokens = TokenStream::new();
                    tok.to_tokens(&mut tokens);
                    self.toks[self.pos + 1].to_tokens(&mut tokens);
                    self.pos += 2;
                    return self.postfix(Expr::Rust {
                        tokens,
                        span,
                        place: false,
                    });
                }
                "-" | "!" | "~" => {
                    self.pos += 1;
                    let expr = self.expr(UNARY_POWER)?;
                    return Ok(Expr::Unary {
                        op,
                        span,
                        expr: Box::new(expr),
                    });
                }
                "&" => {
                    self.pos += 1;
                    let mutable = self.eat_ident("mut");
                    let expr = self.expr(UNARY_POWER)?;
                    return Ok(Expr::Ref {
                        mutable,
                        span,
                        expr: Box::new(expr),
                    });
                }
                "*" => {
                    self.pos += 1;
                    let expr = self.expr(UNARY_POWER)?;
                    return Ok(Expr::Unary {
                        op: "*",
                        span,
                        expr: Box::new(expr),
                    });
                }
                _ => {
                    return Err(syn::Error::new(
                        span,
                        format!("expected an expression, found `{op}`"),
                    ));
                }
            }
        }
        self.pos += 1;
        let atom = match tok {
            Tok::Lit(_) => {
                let mut tokens = TokenStream::new();
                tok.to_tokens(&mut tokens);
                Expr::Rust {
                    tokens,
                    span,
                    place: false,
                }
            }
            Tok::Ident(_) => self.path(tok)?,
            Tok::Group(g) => match g.delimiter() {
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
                Delimiter::Brace | Delimiter::None => Expr::Rust {
                    tokens: std::iter::once(proc_macro2::TokenTree::Group(g.clone())).collect(),
                    span,
                    place: false,
                },
            },
            Tok::Op(..) => unreachable!("operators handled above"),
        };
        self.postfix(atom)
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
        let mut place = !(first.is_ident("true") || first.is_ident("false"));
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
    fn angle_rest(&mut self, open: Span, tokens: &mut TokenStream) -> syn::Result<()> {
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

    /// Postfix operators: NumPy indexing, `.field`, `.method(args)`, `?`, `as Type`.
    fn postfix(&mut self, mut e: Expr) -> syn::Result<Expr> {
        for _ in 0..MAX_CHAIN {
            match self.peek() {
                Some(Tok::Group(g)) if is_bracket(g) => {
                    self.pos += 1;
                    e = Expr::Index {
                        base: Box::new(e),
                        index: index(g, self.depth)?,
                    };
                }
                Some(t) if t.is_op(".") => {
                    let dot = t.span();
                    let mut rest = TokenStream::new();
                    t.to_tokens(&mut rest);
                    self.pos += 1;
                    let mut call = false;
                    match self.next() {
                        Some(name @ (Tok::Ident(_) | Tok::Lit(_))) => name.to_tokens(&mut rest),
                        other => {
                            let span = other.map_or(dot, Tok::span);
                            return Err(syn::Error::new(
                                span,
                                "expected a field or method name after `.`, as in `a[1:].sum()`",
                            ));
                        }
                    }
                    if let Some(colons) = self.peek().filter(|t| t.is_op("::")) {
                        colons.to_tokens(&mut rest);
                        self.pos += 1;
                        match self.next() {
                            Some(lt) if lt.is_op("<") => {
                                lt.to_tokens(&mut rest);
                                self.angle_rest(lt.span(), &mut rest)?;
                            }
                            _ => {
                                return Err(syn::Error::new(
                                    colons.span(),
                                    "expected `<` after `::`: a turbofish is `::<T>`, as in `.sum::<i64>()`",
                                ))
                            }
                        }
                    }
                    if let Some(Tok::Group(g)) = self.peek() {
                        if g.delimiter() == Delimiter::Parenthesis {
                            self.next().expect("peeked").to_tokens(&mut rest);
                            call = true;
                        }
                    }
                    e = match e {
                        Expr::Rust {
                            mut tokens,
                            span,
                            place,
                        } => {
                            tokens.extend(rest);
                            Expr::Rust {
                                tokens,
                                span,
                                place: place && !call,
                            }
                        }
                        other => Expr::Method {
                            receiver: Box::new(other),
                            rest,
                        },
                    };
                }
                Some(t) if t.is_op("?") => {
                    let mut rest = TokenStream::new();
                    t.to_tokens(&mut rest);
                    self.pos += 1;
                    e = Expr::Method {
                        receiver: Box::new(e),
                        rest,
                    };
                }
                Some(t) if t.is_ident("as") => {
                    let mut rest = TokenStream::new();
                    t.to_tokens(&mut rest);
                    self.pos += 1;
                    match self.next() {
                        Some(ty @ Tok::Ident(_)) => ty.to_tokens(&mut rest),
                        other => {
                            let span = other.map_or(self.end, Tok::span);
                            return Err(syn::Error::new(
                                span,
                                "expected a type after `as`, as in `a[i as usize]`",
                            ));
                        }
                    }
                    e = Expr::Method {
                        receiver: Box::new(e),
                        rest,
                    };
                }
                _ => return Ok(e),
            }
        }
        Err(syn::Error::new(
            self.peek().map_or(self.end, Tok::span),
            format!("more than {MAX_CHAIN} indexing or method steps in a row"),
        ))
    }
}

/// A list literal `[a, b, ...]`.
fn list(g: &proc_macro2::Group, depth: usize) -> syn::Result<List> {
    let toks = lex(g.stream())?;
    let mut items = Vec::new();
    for part in split_commas(&toks) {
        let part = part?;
        items.push(whole_expr(part, g.span_close(), depth, "a list item")?);
    }
    Ok(List {
        span: g.span(),
        items,
    })
}

/// Split on top-level commas; an empty part (`[1,,2]`) is an error, a trailing comma is not.
fn split_commas(toks: &[Tok]) -> impl Iterator<Item = syn::Result<&[Tok]>> {
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
    parts.into_iter()
}

/// The contents of `[...]` after an expression: comma-separated index elements.
fn index(g: &proc_macro2::Group, depth: usize) -> syn::Result<Index> {
    let toks = lex(g.stream())?;
    if toks.is_empty() {
        return Err(syn::Error::new(
            g.span(),
            "empty index: NumPy needs at least one index element, as in `a[...]` or `a[:]`",
        ));
    }
    let mut elems = Vec::new();
    let mut errors: Option<syn::Error> = None;
    for part in split_commas(&toks) {
        match part.and_then(|p| element(p, g.span_close(), depth)) {
            Ok(e) => elems.push(e),
            Err(e) => match &mut errors {
                Some(all) => all.combine(e),
                None => errors = Some(e),
            },
        }
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(Index {
            span: g.span(),
            elems,
        }),
    }
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
        let Tok::Op(op, _) = &toks[k] else {
            unreachable!("matched an operator")
        };
        let side = |part: &[Tok]| optional_expr(part, end, depth, "a range bound");
        let start = side(&toks[..k])?;
        let stop = side(&toks[k + 1..])?;
        return Ok(Elem::Range {
            span,
            start,
            op,
            stop,
        });
    }
    whole_expr(toks, end, depth, "an index element").map(Elem::Expr)
}
