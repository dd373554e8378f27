//! The pipeline driven directly on token streams.

use quote::quote;

use super::expand;

fn expands(input: proc_macro2::TokenStream) -> String {
    expand(input).to_string()
}

fn error_of(input: proc_macro2::TokenStream) -> String {
    let out = expands(input);
    assert!(
        out.contains("compile_error"),
        "expected an error, got {out}"
    );
    out
}

#[test]
fn reads_writes_and_try_forms_expand_to_calls() {
    assert!(expands(quote! { krate; a[1:4] }).contains("read"));
    assert!(expands(quote! { krate; &mut a[1:4, ::2] }).contains("view_mut"));
    assert!(expands(quote! { krate; a[a > 25] = 0 }).contains("assign"));
    assert!(expands(quote! { krate; a[[0, 0]] += 1 }).contains("assign_op"));
    assert!(expands(quote! { krate; try a[5] }).contains("'__np_try"));
}

#[test]
fn syntax_errors_name_the_numpy_rule() {
    assert!(error_of(quote! { krate; a[::0] }).contains("slice step cannot be zero"));
    assert!(error_of(quote! { krate; a[..., 1, ...] }).contains("single ellipsis"));
    assert!(error_of(quote! { krate; a[1.5] }).contains("valid indices"));
    assert!(error_of(quote! { krate; a[1:2:3:4] }).contains("at most three parts"));
    assert!(error_of(quote! { krate; a[[0, 2]][0] = 5 }).contains("fancy indexing returns a copy"));
    assert!(error_of(quote! { krate; &mut a[a > 25] }).contains("a boolean mask copies"));
    assert!(error_of(quote! { krate; a[] }).contains("empty index"));
    assert!(error_of(quote! { krate; &a }).contains("needs an indexed array"));
    assert!(error_of(quote! { krate; a[(a > 1) && (a < 5)] }).contains("does not combine masks"));
    assert!(error_of(quote! { krate; a[[[0, 1], [2]]] }).contains("same length"));
}

#[test]
fn independent_errors_are_reported_together() {
    let out = error_of(quote! { krate; a[::0, 1.5] });
    assert_eq!(out.matches("compile_error").count(), 2, "{out}");
}

#[test]
fn garbage_gives_errors_not_panics() {
    let inputs = [
        quote! {},
        quote! { krate },
        quote! { krate; },
        quote! { krate; [] },
        quote! { krate; a[1:2] = },
        quote! { krate; a[1:2] == 3 },
        quote! { krate; & },
        quote! { krate; &mut },
        quote! { krate; a[:::] },
        quote! { krate; a[. . .] },
        quote! { krate; a[-] },
        quote! { krate; a[1 +] },
        quote! { krate; a[x::<] },
        quote! { krate; a.b::<[1:2]> },
        quote! { krate; try },
        quote! { krate; a[1] = 2 = 3 },
        quote! { krate; a[None + 1] },
        quote! { krate; a[1 < 2 < 3] },
    ];
    for input in inputs {
        let text = input.to_string();
        let result = std::panic::catch_unwind(|| expand(input));
        assert!(result.is_ok(), "panicked on {text}");
    }
}
