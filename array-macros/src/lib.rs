//! The `np!` procedural macro of npview: NumPy's syntax, decided at compile time.
//!
//! The pipeline runs one way, one module per stage, all sharing the tree of `ast`:
//! `lex` (tokens into operators and atoms) -> `parse` (the NumPy grammar, syntax only) ->
//! `valid` (every diagnostic the syntax can give, reported together) -> `classify` (every
//! strategy: view, copy, fused loop, in-place move) -> `expand` (prints the decisions; cannot
//! fail). Use it through `npview::np!`, which forwards `$crate` so the expansion finds the
//! array crate under any name.

#![forbid(unsafe_code)]

mod ast;
mod classify;
mod errors;
mod expand;
mod lex;
mod names;
mod numpy;
mod ops;
mod parse;
mod valid;

use proc_macro::TokenStream;

/// The implementation behind `npview::np!`; call that macro instead.
///
/// Input: the path of the array crate, a `;`, then the `np!` body.
#[doc(hidden)]
#[proc_macro]
pub fn np_impl(input: TokenStream) -> TokenStream {
    expand(input.into()).into()
}

/// The whole pipeline on `proc_macro2` tokens: generated code, or `compile_error!`s at the
/// user's tokens. Never panics.
fn expand(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    parse::parse_invocation(input)
        .and_then(valid::check)
        .map(classify::classify)
        .map(expand::generate)
        .unwrap_or_else(errors::compile_errors)
}

#[cfg(test)]
mod tests;
