//! The questions later stages ask of the tree: spans, the variable at the root of an
//! expression, whether it is a mask, what it mentions, and its chain of indices.

use proc_macro2::{Span, TokenStream, TokenTree};

use super::{Body, ControlPart, Copying, Elem, Expr, Index, LitValue, Stmt};
use crate::numpy::{NpMethod, NpName};
use crate::ops::{CmpOp, UnOp};

/// Whether an identifier occurs in Rust tokens. Iterative: a Rust block inside an index may
/// nest as deep as the user likes.
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

impl ControlPart {
    /// Whether an identifier occurs in this part.
    fn mentions(&self, name: &str) -> bool {
        match self {
            ControlPart::Rust(tokens) => in_tokens(tokens, name),
            ControlPart::Condition(e) => e.mentions(name),
            ControlPart::Body(b) => b.stmts.iter().any(|s| s.mentions(name)),
            ControlPart::Arms { arms, .. } => arms
                .iter()
                .any(|(pattern, e)| in_tokens(pattern, name) || e.mentions(name)),
        }
    }
}

impl Stmt {
    /// Whether an identifier occurs in this statement.
    fn mentions(&self, name: &str) -> bool {
        match self {
            Stmt::Let {
                pattern,
                value,
                otherwise,
                ..
            } => {
                in_tokens(pattern, name)
                    || value.mentions(name)
                    || otherwise
                        .as_ref()
                        .is_some_and(|b| b.stmts.iter().any(|s| s.mentions(name)))
            }
            Stmt::Np { body, .. } => body.mentions(name),
            Stmt::Rust { tokens, .. } => in_tokens(tokens, name),
            Stmt::Control { parts, .. } => parts.iter().any(|p| p.mentions(name)),
            Stmt::Attributed { stmt, .. } => stmt.mentions(name),
            Stmt::Assign { place, value, .. } => in_tokens(place, name) || value.mentions(name),
        }
    }
}

impl Body {
    /// Whether an identifier occurs in this body.
    fn mentions(&self, name: &str) -> bool {
        match self {
            Body::Read { target, .. } => target.mentions(name),
            Body::Assign { target, value, .. } => target.mentions(name) || value.mentions(name),
            Body::Split { targets } => targets.iter().any(|t| t.mentions(name)),
            Body::Block(stmts) => stmts.iter().any(|s| s.mentions(name)),
        }
    }
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
            Expr::Control { span, .. } => *span,
            Expr::Closure { body, .. } | Expr::Detached(body) => body.span(),
            Expr::Np { name, .. } => name.span(),
            Expr::NpMethod { receiver, .. } => receiver.span(),
            Expr::Print { span, .. } => *span,
            Expr::Is { lhs, .. } => lhs.span(),
        }
    }

    /// Whether the expression is an element-wise operation of NumPy's (an operator other than
    /// Rust's `&&`, `||` and `*`), built as one tree and evaluated in one pass.
    pub(crate) fn is_element_wise(&self) -> bool {
        match self {
            Expr::Binary { op, .. } => op.function().is_some(),
            Expr::Compare { .. } => true,
            Expr::Unary { op, .. } => op.is_element_wise(),
            Expr::Np {
                kind: Some(NpName::Where),
                args: Some(args),
                ..
            } => args.items.len() > 1,
            Expr::Np {
                kind: Some(kind),
                args,
                ..
            } => kind.is_element_wise() && (args.is_some() || matches!(kind, NpName::Constant(_))),
            Expr::NpMethod { method, .. } => {
                matches!(method, NpMethod::AsType | NpMethod::Clip | NpMethod::Round)
            }
            _ => false,
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

    /// Whether this is `a.shape`.
    pub(crate) fn is_shape(&self) -> bool {
        matches!(
            self,
            Expr::NpMethod {
                method: NpMethod::Shape,
                ..
            }
        )
    }

    /// Whether this is a length NumPy gives as a Python `int`: `a.shape[i]`, `a.size`,
    /// `a.ndim`, `len(a)`.
    pub(crate) fn is_python_int(&self) -> bool {
        match self {
            Expr::Index { base, .. } => base.is_shape(),
            Expr::NpMethod { method, .. } => {
                matches!(method, NpMethod::Size | NpMethod::Ndim | NpMethod::Len)
            }
            _ => false,
        }
    }

    /// Comparisons, mask logic and `~` build boolean masks.
    pub(crate) fn is_mask(&self) -> bool {
        match self {
            Expr::Compare { .. } => true,
            Expr::Binary { op, .. } => op.is_mask_logic(),
            Expr::Unary { op, .. } => matches!(op, UnOp::Not | UnOp::Invert),
            Expr::Paren(inner, _) => inner.is_mask(),
            Expr::Np {
                kind: Some(kind), ..
            } => kind.gives_bool(),
            _ => false,
        }
    }

    /// Whether an identifier occurs anywhere in the expression.
    pub(crate) fn mentions(&self, name: &str) -> bool {
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
            | Expr::Detached(expr)
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
            Expr::Control { parts, .. } => parts.iter().any(|p| p.mentions(name)),
            Expr::Closure { head, body } => in_tokens(head, name) || body.mentions(name),
            Expr::Np { args, .. } => args
                .as_ref()
                .is_some_and(|a| a.values().any(|v| v.mentions(name))),
            Expr::NpMethod { receiver, args, .. } => {
                receiver.mentions(name)
                    || args
                        .as_ref()
                        .is_some_and(|a| a.values().any(|v| v.mentions(name)))
            }
            Expr::Print { args, .. } => args.values().any(|v| v.mentions(name)),
            Expr::Is { lhs, rhs, .. } => {
                lhs.mentions(name) || rhs.as_ref().is_some_and(|r| r.mentions(name))
            }
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

    /// Whether the read may gather (copy elements picked by an index array or a mask): not
    /// when every element is a slice, a range, `...`, `None` or an integer literal. Only
    /// such reads need the probe that lets a big copy use threads.
    pub(crate) fn may_gather(&self) -> bool {
        !self.elems.iter().all(|e| match e {
            Elem::Ellipsis(_) | Elem::NewAxis(_) | Elem::Slice { .. } | Elem::Range { .. } => true,
            Elem::Expr(Expr::Lit(lit)) => matches!(lit.value, LitValue::Int { .. }),
            Elem::Expr(_) => false,
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
