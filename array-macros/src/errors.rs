//! Independent errors, combined so one compile shows them all (as serde's `Ctxt` does).

#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    pub(crate) fn push(&mut self, e: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(e),
            None => self.0 = Some(e),
        }
    }

    pub(crate) fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// The errors as one expression: `{ compile_error!{..}; ...; compile_error!{..} }`. Side by
/// side, several `compile_error!`s are not an expression, and rustc would report that before
/// the messages themselves; the last one is the block's value, so no type error follows.
pub(crate) fn compile_errors(errors: syn::Error) -> proc_macro2::TokenStream {
    let all: Vec<proc_macro2::TokenStream> =
        errors.into_iter().map(|e| e.to_compile_error()).collect();
    match all.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => quote::quote! { { #(#init;)* #last } },
        [] => proc_macro2::TokenStream::new(),
    }
}
