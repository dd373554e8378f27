//! The syntax tree of an `np!` invocation: built by `parse`, checked by `valid`, annotated by
//! `classify`, printed by `expand`. Every node keeps the span of the tokens it came from, so
//! each later stage points at what the user wrote.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};

use crate::numpy::{NpMethod, NpName};
use crate::ops::{AssignOp, BinOp, CmpOp, UnOp};

mod lit;
mod query;

pub(crate) use self::lit::{Lit, LitValue};

/// A whole `np!` invocation: `KRATE ; ['try'] body`.
pub(crate) struct Invocation {
    /// The path of the array crate (`$crate` of the wrapper macro).
    pub(crate) krate: TokenStream,
    /// `np!(try ...)`.
    pub(crate) is_try: bool,
    pub(crate) body: Body,
}

/// What an invocation (or one statement of a block) does.
#[derive(Clone)]
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
    /// `u[dst] = <element-wise value reading u>`, `u` a variable and `dst` basic: the value is
    /// built again from a shared view of `u` for each band of rows the write computes.
    InBands,
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
#[derive(Clone)]
pub(crate) enum Stmt {
    /// `let [mut] PATTERN = EXPR [else { ... }];`
    Let {
        mutable: bool,
        pattern: TokenStream,
        value: Box<Expr>,
        /// The diverging block of `let ... else`.
        otherwise: Option<Block>,
        span: Span,
        /// Set by `classify`: what `let mut` of an index binds.
        bind: LetBind,
    },
    /// An indexing statement: a read, a write, a split borrow or an expression.
    Np { body: Body, semi: bool },
    /// Rust passed through as written: items, macro calls, `match`, `return` ...
    Rust { tokens: TokenStream, semi: bool },
    /// `for`, `while`, `loop`, `if`/`else`, `match` or a plain block: Rust's keywords and
    /// headers with NumPy code in the bodies (and in headers that index something).
    Control { parts: Vec<ControlPart>, semi: bool },
    /// A statement with outer attributes (`#[allow(unused_mut)] let mut v = a[1:3];`).
    Attributed { attrs: TokenStream, stmt: Box<Stmt> },
    /// `name op= EXPR;` on a plain variable: Rust's assignment, NumPy's meaning in `EXPR`.
    Assign {
        place: TokenStream,
        op: TokenStream,
        value: Expr,
    },
}

/// How `let mut x = a[idx]` binds (decided in `classify`; the parser leaves `View`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum LetBind {
    /// A mutable view of `a` (a slice, `...` or `None` is present), or anything `let_mut` gives.
    #[default]
    View,
    /// A copy: the index is advanced by its syntax (a list literal or a mask), so `a` is only
    /// read.
    Copy,
    /// `K` elements that may all be integers: the element (reading `a`) when `a` has `K` axes,
    /// else a mutable view; method resolution on `a` chooses.
    ByRank(usize),
}

/// A piece of a control-flow construct, in order.
#[derive(Clone)]
pub(crate) enum ControlPart {
    /// Keywords, labels, patterns and headers, as written.
    Rust(TokenStream),
    /// A header that indexes an array (an `if`/`while` condition, the iterable of `for`, the
    /// scrutinee of `match`): a NumPy expression.
    Condition(Expr),
    /// A `{ ... }` body, itself NumPy code.
    Body(Block),
    /// The arms of a `match`: each pattern (with its guard and `=>`) and a NumPy expression.
    Arms {
        arms: Vec<(TokenStream, Expr)>,
        span: Span,
    },
}

/// A `{ ... }` of NumPy statements.
#[derive(Clone)]
pub(crate) struct Block {
    pub(crate) stmts: Vec<Stmt>,
    pub(crate) span: Span,
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
        /// Set by `classify`: the method writes through `self` and the receiver is a basic
        /// index, read as a mutable view so the write reaches the array (NumPy's
        /// `a[1:3].fill(5)`).
        write_through: bool,
    },
    /// `e as Type`.
    Cast { expr: Box<Expr>, ty: TokenStream },
    /// `e?`.
    Try { expr: Box<Expr>, span: Span },
    /// A list literal `[a, b, ...]`.
    List(List),
    /// `if`, `match`, `loop`, `while`, `for`, `unsafe`, a labeled loop or a block, as a value.
    Control { parts: Vec<ControlPart>, span: Span },
    /// `|args| body` or `move |args| -> T { body }`: Rust's head, a NumPy body.
    Closure { head: TokenStream, body: Box<Expr> },
    /// Set by `classify`: the value of the expression as a fresh array, so it no longer
    /// borrows the array a write goes into (an index read from the target, `a[a] = 5`).
    Detached(Box<Expr>),
    /// `np.NAME` or `np.NAME(args)`: a function, constant or dtype of NumPy's namespace
    /// (`kind` is `None` for a name npview does not know, reported by `valid`).
    Np {
        name: Ident,
        kind: Option<NpName>,
        args: Option<Args>,
    },
    /// A method or attribute with NumPy's meaning: `x.astype(T)`, `x.clip(lo, hi)`, `x.T`.
    NpMethod {
        receiver: Box<Expr>,
        method: NpMethod,
        name: Ident,
        args: Option<Args>,
    },
    /// `print(args)`: Python's print of NumPy values.
    Print { span: Span, args: Args },
    /// `x is y`, `x is not None`: Python's identity test, for `a.base is b`.
    Is {
        span: Span,
        lhs: Box<Expr>,
        /// `None` for Python's `None`.
        rhs: Option<Box<Expr>>,
        negated: bool,
    },
}

/// The arguments of a NumPy call, each a NumPy expression, positional then keyword.
#[derive(Clone)]
pub(crate) struct Args {
    pub(crate) span: Span,
    pub(crate) items: Vec<Arg>,
}

/// One argument: `value` or `keyword=value`.
#[derive(Clone)]
pub(crate) struct Arg {
    pub(crate) keyword: Option<Ident>,
    pub(crate) value: Expr,
}

impl Args {
    /// The positional arguments, in order.
    pub(crate) fn positional(&self) -> impl Iterator<Item = &Expr> {
        self.items
            .iter()
            .filter(|a| a.keyword.is_none())
            .map(|a| &a.value)
    }

    /// Every argument's value.
    pub(crate) fn values(&self) -> impl Iterator<Item = &Expr> {
        self.items.iter().map(|a| &a.value)
    }

    /// Every argument's value, mutably.
    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut Expr> {
        self.items.iter_mut().map(|a| &mut a.value)
    }

    /// The argument for parameter `name` at position `at` of `params`: given by keyword or
    /// by position.
    pub(crate) fn get(&self, params: &[&str], at: usize) -> Option<&Expr> {
        let name = params.get(at)?;
        self.items
            .iter()
            .find(|a| a.keyword.as_ref().is_some_and(|k| k == name))
            .map(|a| &a.value)
            .or_else(|| self.positional().nth(at))
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
    /// Integer literals and slices, at least one of each, on an array the macro borrows: like
    /// `Slices`, with the integers counted at compile time for the result's rank.
    Basic,
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

/// Why an index element gives a copy, when the syntax shows it.
#[derive(Clone, Copy)]
pub(crate) enum Copying {
    /// A list literal: fancy indexing.
    Fancy(Span),
    /// A mask built from a comparison or mask logic.
    Mask(Span),
}
