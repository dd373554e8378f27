//! Postfix operators after an operand: NumPy indexing `[...]`, `.field`, `.method(args)`
//! (NumPy's methods and attributes among them), `?` and `as Type`.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

use super::index::index;
use super::{Parser, MAX_CHAIN};
use crate::ast::Expr;
use crate::lex::{is_bracket, Tok};

impl Parser<'_> {
    /// Postfix operators: NumPy indexing, `.field`, `.method(args)`, `?`, `as Type`.
    pub(super) fn postfix(&mut self, mut e: Expr) -> syn::Result<Expr> {
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
                    self.pos += 1;
                    e = self.member(e, t.span())?;
                }
                Some(t) if t.is_op("?") => {
                    self.pos += 1;
                    e = Expr::Try {
                        expr: Box::new(e),
                        span: t.span(),
                    };
                }
                Some(t) if t.is_ident("as") => {
                    let mut ty = TokenStream::new();
                    self.pos += 1;
                    match self.next() {
                        Some(name @ Tok::Ident(_)) => name.to_tokens(&mut ty),
                        other => {
                            let span = other.map_or(self.end, Tok::span);
                            return Err(syn::Error::new(
                                span,
                                "expected a type after `as`, as in `a[i as usize]`",
                            ));
                        }
                    }
                    e = Expr::Cast {
                        expr: Box::new(e),
                        ty,
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

    /// `.name`, `.name(args)` or `.name::<T>(args)` after `receiver` (the `.` is eaten).
    fn member(&mut self, receiver: Expr, dot: Span) -> syn::Result<Expr> {
        let name = match self.next() {
            Some(Tok::Ident(i)) => TokenTree::Ident(i.clone()),
            Some(Tok::Lit(l)) => TokenTree::Literal(l.clone()),
            other => {
                let span = other.map_or(dot, Tok::span);
                return Err(syn::Error::new(
                    span,
                    "expected a field or method name after `.`, as in `a[1:].sum()`",
                ));
            }
        };
        let mut turbofish = None;
        if let Some(colons) = self.peek().filter(|t| t.is_op("::")) {
            let mut tokens = TokenStream::new();
            colons.to_tokens(&mut tokens);
            self.pos += 1;
            match self.next() {
                Some(lt) if lt.is_op("<") => {
                    lt.to_tokens(&mut tokens);
                    self.angle_rest(lt.span(), &mut tokens)?;
                }
                _ => {
                    return Err(syn::Error::new(
                        colons.span(),
                        "expected `<` after `::`: a turbofish is `::<T>`, as in `.sum::<i64>()`",
                    ))
                }
            }
            turbofish = Some(tokens);
        }
        let args = match self.peek() {
            Some(Tok::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                self.pos += 1;
                Some(g.clone())
            }
            _ => None,
        };
        let receiver = match (&name, &turbofish) {
            (TokenTree::Ident(ident), None) => {
                match super::numpy::numpy_method(receiver, ident, args.as_ref(), self.depth)? {
                    Ok(method) => return Ok(method),
                    Err(receiver) => receiver,
                }
            }
            _ => receiver,
        };
        Ok(match receiver {
            // A Rust path stays Rust (`self.a`, `v.len()`): still a place while no call is made.
            Expr::Rust {
                mut tokens,
                span,
                place,
            } => {
                let mut dot_punct = proc_macro2::Punct::new('.', proc_macro2::Spacing::Alone);
                dot_punct.set_span(dot);
                tokens.extend([TokenTree::Punct(dot_punct), name]);
                tokens.extend(turbofish);
                let call = args.is_some();
                tokens.extend(args.map(TokenTree::Group));
                Expr::Rust {
                    tokens,
                    span,
                    place: place && !call,
                }
            }
            other => Expr::Method {
                receiver: Box::new(other),
                dot,
                name,
                turbofish,
                args,
                write_through: false,
            },
        })
    }
}
