//! The syntax tree of an `np!` invocation: built by `parse`, checked by `valid`, annotated by
//! `classify`, printed by `expand`. Every node keeps the span of the tokens it came from, so
//! each later stage points at what the user wrote.

use proc_macro2::{Span, TokenStream, TokenTree};

use crate::ops::{AssignOp, BinOp, CmpOp, UnOp};

/// A whole `np!` invocation: `KRATE ; ['try'] body`.
pub(crate) struct Invocation {
    /// The path of the array crate (`$crate` of the wrapper macro).
    pub(crate) krate: TokenStream,
    /// `np!(try ...)`.
    pub(crate) is_try: bool,
    pub(crate) body: Body,
}

/// What an invocation (or one statement of a block) does.
pub(crate) enum Body {
    /// `a[i]`, `&a[i]` or `&mut a[i]`; without an index at the top, an expression (`a > 25`).
    Read { borrow: Borrow, target: Expr },
    /// `a[i] = v` or `a[i] op= v`.
    Assign {
        target: Expr,
        op: AssignOp,
        op_span: Span,
        value: Expr,
        /// Set by `classify`; the parser leaves the general path.
        plan: Box<WritePlan>,
    },
    /// `&mut a[i], &mut a[j], ...`: mutable views used at the same time.
    Split { targets: Vec<Expr> },
    /// `np! { stmt; stmt; ... }`: NumPy code, statement by statement.
    Block(Vec<Stmt>),
}

/// How a write runs (decided in `classify`).
#[derive(Clone, Default)]
pub(crate) struct WritePlan {
    /// The value mentions the array being written and may still borrow it, so it is copied
    /// first (NumPy's rule: the result is as if the right-hand side had been copied).
    pub(crate) copy_value: bool,
    pub(crate) path: WritePath,
}

/// Which write loop runs.
#[derive(Clone, Default)]
pub(crate) enum WritePath {
    /// Through the chain of indices, NumPy's general `__setitem__` (or its buffered compound
    /// operator) on the last.
    #[default]
    General,
    /// `a[x OP y] = v` (or `+=` ...): the comparison is handed over unevaluated, so the
    /// write runs without building the mask.
    FusedComparison(Box<MaskWrite>),
    /// `a[dst] = a[src]` with a basic `src`: copies only when the two sides overlap badly.
    Within(Box<Index>),
}

/// The comparison of a fused mask write.
#[derive(Clone)]
pub(crate) struct MaskWrite {
    pub(crate) op: CmpOp,
    pub(crate) span: Span,
    pub(crate) keys: MaskKeys,
}

/// Where the keys of a fused mask write come from.
#[derive(Clone)]
pub(crate) enum MaskKeys {
    /// The comparison does not read the array being written.
    Other { lhs: Expr, rhs: Expr },
    /// One side is the array being written itself (`a[a > 25] = 0`); `other` is the other side.
    Own { other: Expr, target_on_left: bool },
}

/// How a read borrows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Borrow {
    /// `np!(a[i])`: elements by value.
    Value,
    /// `np!(&a[i])`: elements by reference.
    Shared,
    /// `np!(&mut a[i])`.
    Mut,
}

/// One statement of an `np! { ... }` block.
pub(crate) enum Stmt {
    /// `let [mut] PATTERN = EXPR;`
    Let {
        mutable: bool,
        pattern: TokenStream,
        value: Box<Expr>,
        span: Span,
    },
    /// An indexing statement: a read, a write, a split borrow or an expression.
    Np { body: Body, semi: bool },
    /// Rust passed through as written: items, macro calls, `match`, `return` ...
    Rust { tokens: TokenStream, semi: bool },
    /// `for`, `while`, `loop`, `if`/`else` or a plain block: Rust's keywords and headers with
    /// NumPy code in the bodies (and in `if`/`while` conditions that index something).
    Control { parts: Vec<ControlPart>, semi: bool },
    /// `name op= EXPR;` on a plain variable: Rust's assignment, NumPy's meaning in `EXPR`.
    Assign {
        place: TokenStream,
        op: TokenStream,
        value: Expr,
    },
}

/// A piece of a control-flow statement, in order.
pub(crate) enum ControlPart {
    /// Keywords, patterns and headers, as written.
    Rust(TokenStream),
    /// An `if` or `while` condition that indexes an array: a NumPy expression.
    Condition(Expr),
    /// A `{ ... }` body, itself NumPy code.
    Body { stmts: Vec<Stmt>, span: Span },
}

/// An expression in which indexing and operators have NumPy's meaning.
#[derive(Clone)]
pub(crate) enum Expr {
    /// A literal, parsed once.
    Lit(Lit),
    /// Plain Rust tokens: a path, a call, a macro call, a block. `place` when it names a
    /// variable or field, so the expansion borrows it instead of moving it.
    Rust {
        tokens: TokenStream,
        span: Span,
        place: bool,
    },
    /// `lhs op rhs`.
    Binary {
        op: BinOp,
        span: Span,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `lhs == rhs`, `lhs > rhs`, ...
    Compare {
        op: CmpOp,
        span: Span,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `-e`, `!e`, `~e`, `*e`.
    Unary {
        op: UnOp,
        span: Span,
        expr: Box<Expr>,
    },
    /// `&e` / `&mut e`, passed through.
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
    /// `.name`, `.name(args)` or `.name::<T>(args)` after a NumPy expression; `args` is
    /// passed through as Rust.
    Method {
        receiver: Box<Expr>,
        dot: Span,
        name: TokenTree,
        turbofish: Option<TokenStream>,
        args: Option<proc_macro2::Group>,
    },
    /// `e as Type`.
    Cast { expr: Box<Expr>, ty: TokenStream },
    /// `e?`.
    Try { expr: Box<Expr>, span: Span },
    /// A list literal `[a, b, ...]`.
    List(List),
}

/// A literal as written, with its value where an integer or float.
#[derive(Clone)]
pub(crate) struct Lit {
    /// The tokens (`-` and the literal, for a negative one).
    pub(crate) tokens: TokenStream,
    pub(crate) span: Span,
    pub(crate) value: LitValue,
}

/// What a literal is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum LitValue {
    /// An integer: its magnitude, sign and type suffix (`""` when unsuffixed).
    Int {
        magnitude: u128,
        negative: bool,
        suffix: String,
    },
    /// An integer too large for `u128`.
    HugeInt,
    /// A float (`1.5`, `2e3`, `1f32`).
    Float { negative: bool, suffix: String },
    /// `true` or `false`.
    Bool(bool),
    /// A string, byte string, character or byte.
    Other,
}

impl Lit {
    /// The literal `tokens`, one literal or `-` and one literal.
    pub(crate) fn new(literal: &proc_macro2::Literal, negative: bool, tokens: TokenStream) -> Self {
        Self {
            tokens,
            span: literal.span(),
            value: LitValue::parse(&literal.to_string(), negative),
        }
    }

    /// `true` or `false`.
    pub(crate) fn boolean(ident: &proc_macro2::Ident) -> Self {
        Self {
            tokens: TokenTree::Ident(ident.clone()).into(),
            span: ident.span(),
            value: LitValue::Bool(ident == "true"),
        }
    }

    /// The value of an unsuffixed integer literal, when it fits an `i128`.
    pub(crate) fn unsuffixed_int(&self) -> Option<i128> {
        match &self.value {
            LitValue::Int {
                magnitude,
                negative,
                suffix,
            } if suffix.is_empty() => {
                let m = i128::try_from(*magnitude).ok()?;
                Some(if *negative { -m } else { m })
            }
            _ => None,
        }
    }

    /// The value of a non-negative integer literal of any suffix.
    pub(crate) fn non_negative_int(&self) -> Option<u128> {
        match &self.value {
            LitValue::Int {
                magnitude,
                negative: false,
                ..
            } => Some(*magnitude),
            _ => None,
        }
    }

    pub(crate) fn is_float(&self) -> bool {
        matches!(self.value, LitValue::Float { .. })
    }

    pub(crate) fn is_zero(&self) -> bool {
        matches!(self.value, LitValue::Int { magnitude: 0, .. })
    }
}

impl LitValue {
    /// Read the text of a Rust literal (`0x1F`, `1_000u8`, `2.5e3f32`, `"s"`).
    fn parse(text: &str, negative: bool) -> Self {
        let first = text.chars().next().unwrap_or(' ');
        if !first.is_ascii_digit() {
            return Self::Other;
        }
        let (radix, digits) = match text.get(..2) {
            Some("0x") => (16, &text[2..]),
            Some("0o") => (8, &text[2..]),
            Some("0b") => (2, &text[2..]),
            _ => (10, text),
        };
        let is_digit = |c: char| c.is_digit(radix) || c == '_';
        let end = digits.find(|c: char| !is_digit(c)).unwrap_or(digits.len());
        let (number, suffix) = digits.split_at(end);
        let float_suffix = matches!(suffix, "f32" | "f64");
        if radix == 10 && (suffix.starts_with(['.', 'e', 'E']) || float_suffix) {
            let suffix = ["f32", "f64"]
                .into_iter()
                .find(|s| text.ends_with(s))
                .unwrap_or("");
            return Self::Float {
                negative,
                suffix: suffix.to_owned(),
            };
        }
        let clean: String = number.chars().filter(|&c| c != '_').collect();
        match u128::from_str_radix(&clean, radix) {
            Ok(magnitude) => Self::Int {
                magnitude,
                negative,
                suffix: suffix.to_owned(),
            },
            Err(_) => Self::HugeInt,
        }
    }
}

/// A list literal, possibly nested.
#[derive(Clone)]
pub(crate) struct List {
    pub(crate) span: Span,
    pub(crate) items: Vec<Expr>,
}

/// The contents of one `[...]` after an expression, and how `classify` decided to read it.
#[derive(Clone)]
pub(crate) struct Index {
    pub(crate) span: Span,
    pub(crate) elems: Vec<Elem>,
    /// Set by `classify`; the parser leaves the general path.
    pub(crate) read: ReadPath,
}

/// How one index of a read runs (decided in `classify`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReadPath {
    /// NumPy's general rules at run time.
    General,
    /// Slices only, on an array the macro borrows: a fixed-size array of slices applied on
    /// the static rank, without a run-time index list.
    Slices,
    /// One comparison (`a[x > 25]`): handed over unevaluated, so no mask need be built.
    FusedComparison,
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
        inclusive: bool,
        stop: Option<Expr>,
    },
    /// Anything else: an integer, an index array, a mask, a list literal.
    Expr(Expr),
}

impl Expr {
    /// The span of the expression's first token.
    pub(crate) fn span(&self) -> Span {
        match self {
            Expr::Lit(l) => l.span,
            Expr::Rust { span, .. }
            | Expr::Binary { span, .. }
            | Expr::Compare { span, .. }
            | Expr::Unary { span, .. }
            | Expr::Ref { span, .. }
            | Expr::Paren(_, span)
            | Expr::Tuple(_, span) => *span,
            Expr::Index { base, .. }
            | Expr::Method { receiver: base, .. }
            | Expr::Cast { expr: base, .. }
            | Expr::Try { expr: base, .. } => base.span(),
            Expr::List(l) => l.span,
        }
    }

    /// The variable at the root of an expression (`a` in `a`, `a.b`, `a.view()`, `a[1:]`).
    pub(crate) fn root_ident(&self) -> Option<String> {
        match self {
            Expr::Rust { tokens, .. } => match tokens.clone().into_iter().next() {
                Some(TokenTree::Ident(i)) => Some(i.to_string()),
                _ => None,
            },
            Expr::Index { base, .. } | Expr::Method { receiver: base, .. } => base.root_ident(),
            Expr::Paren(inner, _) | Expr::Ref { expr: inner, .. } => inner.root_ident(),
            _ => None,
        }
    }

    /// The text of a variable or field (`a`, `self.a`), looking through parentheses.
    pub(crate) fn place_text(&self) -> Option<String> {
        match self {
            Expr::Rust {
                place: true,
                tokens,
                ..
            } => Some(tokens.to_string()),
            Expr::Paren(inner, _) => inner.place_text(),
            _ => None,
        }
    }

    /// Whether this names the same variable or field as `other`.
    pub(crate) fn is_same_place(&self, other: &Expr) -> bool {
        self.place_text().is_some() && self.place_text() == other.place_text()
    }

    /// Comparisons, mask logic and `~` build boolean masks.
    pub(crate) fn is_mask(&self) -> bool {
        match self {
            Expr::Compare { .. } => true,
            Expr::Binary { op, .. } => op.is_mask_logic(),
            Expr::Unary { op, .. } => matches!(op, UnOp::Not | UnOp::Invert),
            Expr::Paren(inner, _) => inner.is_mask(),
            _ => false,
        }
    }

    /// Whether an identifier occurs anywhere in the expression.
    pub(crate) fn mentions(&self, name: &str) -> bool {
        // Iterative over tokens: a Rust block inside an index may nest as deep as the user likes.
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
        match self {
            Expr::Lit(_) => false,
            Expr::Rust { tokens, .. } => in_tokens(tokens, name),
            Expr::Binary { lhs, rhs, .. } | Expr::Compare { lhs, rhs, .. } => {
                lhs.mentions(name) || rhs.mentions(name)
            }
            Expr::Unary { expr, .. }
            | Expr::Ref { expr, .. }
            | Expr::Paren(expr, _)
            | Expr::Cast { expr, .. }
            | Expr::Try { expr, .. } => expr.mentions(name),
            Expr::Method {
                receiver,
                turbofish,
                args,
                ..
            } => {
                receiver.mentions(name)
                    || turbofish.as_ref().is_some_and(|t| in_tokens(t, name))
                    || args.as_ref().is_some_and(|g| in_tokens(&g.stream(), name))
            }
            Expr::Index { base, index } => base.mentions(name) || index.mentions(name),
            Expr::List(l) => l.items.iter().any(|i| i.mentions(name)),
            Expr::Tuple(items, _) => items.iter().any(|i| i.mentions(name)),
        }
    }

    /// `a[i][j]` as its base `a` and the chain `[i], [j]`; `None` without an index at the top.
    pub(crate) fn chain(&self) -> Option<(&Expr, Vec<&Index>)> {
        let mut chain = Vec::new();
        let mut e = self;
        while let Expr::Index { base, index } = e {
            chain.push(index);
            e = base;
        }
        chain.reverse();
        (!chain.is_empty()).then_some((e, chain))
    }

    /// [`Expr::chain`], mutably.
    pub(crate) fn chain_mut(&mut self) -> Option<(&mut Expr, Vec<&mut Index>)> {
        let mut chain = Vec::new();
        let mut e = self;
        while let Expr::Index { base, index } = e {
            chain.push(index);
            e = base;
        }
        chain.reverse();
        (!chain.is_empty()).then_some((e, chain))
    }
}

impl Index {
    /// The first element that makes the index advanced, when the syntax shows one.
    pub(crate) fn copying_element(&self) -> Option<Copying> {
        self.elems.iter().find_map(|e| match e {
            Elem::Expr(Expr::List(l)) => Some(Copying::Fancy(l.span)),
            Elem::Expr(e) if e.is_mask() => Some(Copying::Mask(e.span())),
            _ => None,
        })
    }

    /// Whether an identifier occurs in any element.
    pub(crate) fn mentions(&self, name: &str) -> bool {
        self.elems.iter().any(|el| match el {
            Elem::Expr(e) => e.mentions(name),
            Elem::Slice {
                start, stop, step, ..
            } => [start, stop, step]
                .into_iter()
                .flatten()
                .any(|e| e.mentions(name)),
            Elem::Range { start, stop, .. } => [start, stop]
                .into_iter()
                .flatten()
                .any(|e| e.mentions(name)),
            Elem::Ellipsis(_) | Elem::NewAxis(_) => false,
        })
    }

    /// The index is one comparison, `[x OP y]`: its operator and sides.
    pub(crate) fn as_comparison(&self) -> Option<(CmpOp, Span, &Expr, &Expr)> {
        match self.elems.as_slice() {
            [Elem::Expr(Expr::Compare { op, span, lhs, rhs })] => Some((*op, *span, lhs, rhs)),
            _ => None,
        }
    }
}

/// Why an index element gives a copy, when the syntax shows it.
#[derive(Clone, Copy)]
pub(crate) enum Copying {
    /// A list literal: fancy indexing.
    Fancy(Span),
    /// A mask built from a comparison or mask logic.
    Mask(Span),
}

#[cfg(test)]
mod tests {
    use super::LitValue;

    #[test]
    fn literals_are_read_with_their_radix_and_suffix() {
        let int = |m: u128, s: &str| LitValue::Int {
            magnitude: m,
            negative: false,
            suffix: s.to_owned(),
        };
        assert_eq!(LitValue::parse("1_000u8", false), int(1000, "u8"));
        assert_eq!(LitValue::parse("0x1F", false), int(31, ""));
        assert_eq!(LitValue::parse("0b101i64", false), int(5, "i64"));
        assert!(matches!(
            LitValue::parse("2.5e3f32", true),
            LitValue::Float { negative: true, ref suffix } if suffix == "f32"
        ));
        assert!(matches!(
            LitValue::parse("1e5", false),
            LitValue::Float { .. }
        ));
        assert!(matches!(
            LitValue::parse("3f64", false),
            LitValue::Float { .. }
        ));
        assert_eq!(LitValue::parse("\"s\"", false), LitValue::Other);
        assert_eq!(
            LitValue::parse("340282366920938463463374607431768211456", false),
            LitValue::HugeInt
        );
    }
}
