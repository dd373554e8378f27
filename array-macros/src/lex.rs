//! Tokens to a flat list of operators, atoms and groups.
//!
//! A proc macro sees `::`, `...` and `+=` as runs of single-character puncts; this stage joins
//! each run into the longest operators it spells, so the parser can match `...` or `+=` whole.

use proc_macro2::{Delimiter, Group, Ident, Literal, Spacing, Span, TokenStream, TokenTree};

/// One lexed token.
#[derive(Clone, Debug)]
pub(crate) enum Tok {
    /// An operator such as `+`, `+=`, `::` or `...`.
    Op(&'static str, Span),
    /// An identifier or keyword.
    Ident(Ident),
    /// A literal.
    Lit(Literal),
    /// A delimited group, lexed lazily by whoever opens it.
    Group(Group),
    /// A lifetime or label: `'a`, `'static`, `'outer`.
    Lifetime(proc_macro2::Punct, Ident),
}

impl Tok {
    pub(crate) fn span(&self) -> Span {
        match self {
            Tok::Op(_, s) => *s,
            Tok::Ident(i) => i.span(),
            Tok::Lit(l) => l.span(),
            Tok::Group(g) => g.span(),
            Tok::Lifetime(p, _) => p.span(),
        }
    }

    pub(crate) fn is_op(&self, op: &str) -> bool {
        matches!(self, Tok::Op(o, _) if *o == op)
    }

    pub(crate) fn is_ident(&self, name: &str) -> bool {
        matches!(self, Tok::Ident(i) if i == name)
    }

    /// The token back as a token tree (operators as their puncts).
    pub(crate) fn to_tokens(&self, out: &mut TokenStream) {
        match self {
            Tok::Op(op, span) => {
                let n = op.len();
                for (k, c) in op.chars().enumerate() {
                    let spacing = if k + 1 < n {
                        Spacing::Joint
                    } else {
                        Spacing::Alone
                    };
                    let mut p = proc_macro2::Punct::new(c, spacing);
                    p.set_span(*span);
                    out.extend([TokenTree::Punct(p)]);
                }
            }
            Tok::Ident(i) => out.extend([TokenTree::Ident(i.clone())]),
            Tok::Lit(l) => out.extend([TokenTree::Literal(l.clone())]),
            Tok::Group(g) => out.extend([TokenTree::Group(g.clone())]),
            Tok::Lifetime(p, i) => {
                out.extend([TokenTree::Punct(p.clone()), TokenTree::Ident(i.clone())])
            }
        }
    }
}

/// Every operator the grammar knows, longest first so a greedy match is right.
const OPERATORS: &[&str] = &[
    "<<=", ">>=", "**=", "...", "..=", "::", "**", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "..", "->", "=>", "+", "-", "*", "/", "%", "&",
    "|", "^", "!", "~", "<", ">", "=", ".", ",", ";", ":", "?", "#", "$", "@",
];

/// Lex a token stream. Puncts that form no operator are reported at their span.
pub(crate) fn lex(input: TokenStream) -> syn::Result<Vec<Tok>> {
    let mut out = Vec::new();
    let mut run: Vec<(char, Span)> = Vec::new();
    let mut tokens = input.into_iter().peekable();
    while let Some(tt) = tokens.next() {
        match tt {
            // `'a`: a quote joined to an identifier is a lifetime or a label.
            TokenTree::Punct(p) if p.as_char() == '\'' && p.spacing() == Spacing::Joint => {
                split_run(&mut run, &mut out)?;
                match tokens.next() {
                    Some(TokenTree::Ident(name)) => out.push(Tok::Lifetime(p, name)),
                    _ => {
                        return Err(syn::Error::new(
                            p.span(),
                            "expected a lifetime name after `'`",
                        ))
                    }
                }
            }
            TokenTree::Punct(p) => {
                run.push((p.as_char(), p.span()));
                if p.spacing() == Spacing::Alone {
                    split_run(&mut run, &mut out)?;
                }
            }
            other => {
                split_run(&mut run, &mut out)?;
                out.push(match other {
                    TokenTree::Ident(i) => Tok::Ident(i),
                    TokenTree::Literal(l) => Tok::Lit(l),
                    TokenTree::Group(g) => Tok::Group(g),
                    TokenTree::Punct(_) => unreachable!("handled above"),
                });
            }
        }
    }
    split_run(&mut run, &mut out)?;
    Ok(out)
}

fn split_run(run: &mut Vec<(char, Span)>, out: &mut Vec<Tok>) -> syn::Result<()> {
    let text: String = run.iter().map(|(c, _)| *c).collect();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let Some(op) = OPERATORS.iter().find(|op| rest.starts_with(**op)) else {
            return Err(syn::Error::new(
                run[at].1,
                format!("unexpected `{}`", &rest[..1]),
            ));
        };
        out.push(Tok::Op(op, run[at].1));
        at += op.len();
    }
    run.clear();
    Ok(())
}

/// Whether a group is `[...]`.
pub(crate) fn is_bracket(g: &Group) -> bool {
    g.delimiter() == Delimiter::Bracket
}
