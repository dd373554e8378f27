//! NumPy's namespace and calls: `np.NAME`, `np.NAME(args)`, the NumPy methods and attributes
//! (`x.astype(T)`, `x.T`), `print(args)`, and their arguments, each a NumPy expression
//! (`keyword=value` where the function has that parameter).

use proc_macro2::{Group, Ident};

use super::{split_commas, whole_expr, Parser};
use crate::ast::{Arg, Args, Expr};
use crate::lex::{lex, Tok};
use crate::numpy::{self, NpName};

impl Parser<'_> {
    /// Whether the next tokens are `np . NAME`.
    pub(super) fn at_numpy_name(&self) -> bool {
        self.peek().is_some_and(|t| t.is_ident("np"))
            && self.peek_at(1).is_some_and(|t| t.is_op("."))
            && matches!(self.peek_at(2), Some(Tok::Ident(_)))
    }

    /// `np.NAME` or `np.NAME(args)` (at `np`).
    pub(super) fn numpy_name(&mut self) -> syn::Result<Expr> {
        self.pos += 2;
        let Some(Tok::Ident(name)) = self.next() else {
            unreachable!("checked by at_numpy_name")
        };
        // `np.add.at(a, idx, v)`: the unbuffered form of a ufunc.
        let at = self.peek().is_some_and(|t| t.is_op("."))
            && self.peek_at(1).is_some_and(|t| t.is_ident("at"));
        let kind = if at {
            self.pos += 2;
            numpy::at_ufunc(&name.to_string()).map(NpName::At)
        } else {
            numpy::lookup(&name.to_string())
        };
        let args = match self.peek() {
            Some(Tok::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis => {
                self.pos += 1;
                Some(arguments(g, self.depth)?)
            }
            _ => None,
        };
        Ok(Expr::Np {
            name: name.clone(),
            kind,
            args,
        })
    }

    /// Whether the next tokens are `print(...)`.
    pub(super) fn at_print(&self) -> bool {
        self.peek().is_some_and(|t| t.is_ident("print"))
            && matches!(self.peek_at(1), Some(Tok::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis)
    }

    /// Whether the next tokens are Python's `len(...)`.
    pub(super) fn at_len(&self) -> bool {
        self.peek().is_some_and(|t| t.is_ident("len"))
            && matches!(self.peek_at(1), Some(Tok::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis)
    }

    /// `len(a)` (at `len`): the length of `a`'s first axis, as NumPy's `len` gives it.
    pub(super) fn len(&mut self) -> syn::Result<Expr> {
        let name = match self.next() {
            Some(Tok::Ident(name)) => name.clone(),
            _ => unreachable!("checked by at_len"),
        };
        let Some(Tok::Group(g)) = self.next() else {
            unreachable!("checked by at_len")
        };
        let args = arguments(g, self.depth)?;
        match args.items.as_slice() {
            [one] if one.keyword.is_none() => Ok(Expr::NpMethod {
                receiver: Box::new(one.value.clone()),
                method: crate::numpy::NpMethod::Len,
                name,
                args: None,
            }),
            _ => Err(syn::Error::new(
                g.span(),
                "`len` takes one array, as in `len(a)`",
            )),
        }
    }

    /// `print(args)` (at `print`).
    pub(super) fn print(&mut self) -> syn::Result<Expr> {
        let span = self.next().map_or(self.end, Tok::span);
        let Some(Tok::Group(g)) = self.next() else {
            unreachable!("checked by at_print")
        };
        Ok(Expr::Print {
            span,
            args: arguments(g, self.depth)?,
        })
    }
}

/// A NumPy method or attribute: `receiver.name(args)` or `receiver.name`.
pub(super) fn numpy_method(
    receiver: Expr,
    name: &Ident,
    args: Option<&Group>,
    depth: usize,
) -> syn::Result<Result<Expr, Expr>> {
    let Some(method) = numpy::method(&name.to_string(), args.is_some()) else {
        return Ok(Err(receiver));
    };
    // A method of a Rust call's result (`v.iter().sum()`) stays Rust's; NumPy's attributes
    // (`f(&m).T`) have no Rust meaning on a value and stay NumPy's.
    if args.is_some() && matches!(receiver, Expr::Rust { place: false, .. }) {
        return Ok(Err(receiver));
    }
    let args = args.map(|g| arguments(g, depth)).transpose()?;
    Ok(Ok(Expr::NpMethod {
        receiver: Box::new(receiver),
        method,
        name: name.clone(),
        args,
    }))
}

/// The arguments inside `( ... )`: NumPy expressions, `keyword=value` for keywords.
pub(super) fn arguments(g: &Group, depth: usize) -> syn::Result<Args> {
    let toks = lex(g.stream())?;
    let mut items = Vec::new();
    for part in split_commas(&toks) {
        let part =
            part.map_err(|e| syn::Error::new(e.span(), "expected an argument before `,`"))?;
        let keyword = match part {
            [Tok::Ident(k), eq, ..] if eq.is_op("=") => Some(k.clone()),
            _ => None,
        };
        let value_toks = if keyword.is_some() { &part[2..] } else { part };
        if value_toks.is_empty() {
            let span = part.last().map_or(g.span_close(), Tok::span);
            return Err(syn::Error::new(span, "expected a value after `=`"));
        }
        let value = match value_toks {
            // Python's `None` as an argument (`axis=None`).
            [Tok::Ident(none)] if none == "None" => Expr::Rust {
                tokens: quote::quote_spanned! {none.span()=> None },
                span: none.span(),
                place: false,
            },
            _ => whole_expr(value_toks, g.span_close(), depth + 1, "an argument")?,
        };
        items.push(Arg { keyword, value });
    }
    Ok(Args {
        span: g.span(),
        items,
    })
}
