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
    assert!(expands(quote! { krate; a[[0, 2]] = 0 }).contains("assign"));
    // A comparison as the whole index goes to the fused loops, for `=` and compound operators.
    assert!(expands(quote! { krate; a[a > 25] = 0 }).contains("update_where_self"));
    assert!(expands(quote! { krate; a[a > 25] += 1 }).contains("With"));
    let other_keys = expands(quote! { krate; a[b > 25] = 0 });
    assert!(other_keys.contains("update_where") && !other_keys.contains("update_where_self"));
    assert!(expands(quote! { krate; a[a % 2 == 0] %= 3 }).contains("assign_op"));
    assert!(expands(quote! { krate; a[[0, 0]] += 1 }).contains("assign_op"));
    assert!(expands(quote! { krate; try a[5] }).contains("'__np_try"));
    // A value reading the array being written is rebuilt per band of rows when the array is a
    // variable, the target a plain index, and rebuilding gives the same values with no side
    // effects: views of the array (an index with a slice), literals, other variables.
    let bands = |input| expands(input).contains("assign_in_bands");
    assert!(bands(quote! { krate; u[1:-1] = (u[:-2] + u[2:]) / 2.0 }));
    assert!(bands(
        quote! { krate; u[1:, :] = np.where(u[:-1] > 0, u[:-1], -u[1:]) }
    ));
    assert!(bands(quote! { krate; u[i:, ...] = u[:-i] * w[0] + np.pi }));
    assert!(bands(quote! { krate; u[...] = u - u[0:1] }));
    // Read again after a band is written: an element of the array, or a copy of its elements.
    assert!(!bands(quote! { krate; u[...] = u - u[0] }));
    assert!(!bands(quote! { krate; u[...] = u - u[0, 0] }));
    assert!(!bands(quote! { krate; u[...] = u - r#u[0, 0] }));
    assert!(!bands(quote! { krate; u[1:] = u[:-1] + u[[0]] }));
    assert!(!bands(quote! { krate; u[1:] = u[:-1] + u[idx] }));
    // Side effects or work repeated per band, and forms a closure cannot take.
    assert!(!bands(quote! { krate; u[1:] = u[:-1] * rng.gen() }));
    assert!(!bands(quote! { krate; u[1:] = u[:-1] * scale()? }));
    assert!(!bands(quote! { krate; u[f():] = u[:-1] + 1 }));
    assert!(!bands(quote! { krate; self[1:] = self[:-1] + 1 }));
    assert!(!bands(quote! { krate; s.u[1:] = s.u[:-1] + 1 }));
    assert!(!bands(quote! { krate; u[1:] = u.T[1:] + 1 }));
    assert!(!bands(quote! { krate; u[idx] = u[:-1] + 1 }));
    assert!(!bands(quote! { krate; u[1:] += u[:-1] }));
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

/// Inputs that nest or chain far past anything a person writes still give errors, not a
/// stack overflow.
#[test]
fn deep_nesting_and_long_chains_give_errors() {
    let deep_list = format!("krate; a[{}0{}]", "[".repeat(5000), "]".repeat(5000));
    let deep_paren = format!("krate; a[{}0{}]", "(".repeat(5000), ")".repeat(5000));
    let unary = format!("krate; a[{}x]", "- ".repeat(5000));
    let sum = format!("krate; a[{}1]", "1 + ".repeat(5000));
    let chain = format!("krate; a{}", "[0]".repeat(5000));
    let block = format!("krate; a[0] = {}x{}", "{".repeat(5000), "}".repeat(5000));
    let huge =
        "krate; a[123456789012345678901234567890123456789, -99999999999999999999999999]".to_owned();
    for text in [deep_list, deep_paren, unary, sum, chain, block, huge] {
        let input: proc_macro2::TokenStream = text.parse().expect("lexes");
        let _ = expand(input);
    }
}

/// Valid invocations the fuzzer mutates.
const FUZZ_SEEDS: &[&str] = &[
    "k; a[1:4]",
    "k; &mut a[1:4, ::2]",
    "k; &a[0, -1]",
    "k; a[[0, 2], [1, 3]]",
    "k; a[a > 25] = 0",
    "k; a[(a > 10) & (a < 40)] += [1, 2]",
    "k; try a[..., None, i:j:-1]",
    "k; a[a[:, 0] > 3, 1:]",
    "k; a[1:][[0, 1]] = b[::2]",
    "k; a[~m, idx.clone()] -= 1",
    "k; a[x % 2 == 0] %= 3",
    "k; a[..n, 2..=5, (i64::MAX)]",
    "k; m.t()[0, :]",
    "k; a > 25",
    "k; let mut v = a[1:4]; v[0] = 9; a[a > 2] = 0; total += a[1:].sum();",
    "k; let (x, y) = (a[0], b[::2]); for i in 0..3 { println!(\"{i}\"); } x",
    "k; &mut a[:, :2], &mut a[:, 2:]",
];

/// Single tokens and small groups the fuzzer inserts.
const FUZZ_SOUP: &[&str] = &[
    "a", "b", "None", "try", "mut", "true", "0", "-1", "2.5", "\"s\"", "'c'", "::", ":", ";", ",",
    "...", "..", "..=", "=", "+=", "==", ">", "<", "&", "&&", "|", "~", "!", "-", "*", "%", ".",
    "?", "#", "$", "@", "as", "(", ")", "[", "]", "{", "}", "[1]", "(a)", "{x}",
];

/// xorshift64: the fuzzer's deterministic source of choices.
struct FuzzRng(u64);

impl FuzzRng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }

    fn soup_token(&mut self) -> Vec<proc_macro2::TokenTree> {
        let text = FUZZ_SOUP[self.next() % FUZZ_SOUP.len()];
        text.parse::<proc_macro2::TokenStream>()
            .map(|t| t.into_iter().collect())
            .unwrap_or_default()
    }

    /// Insert, delete, swap, duplicate or wrap tokens, at this depth and inside groups.
    fn mutate(
        &mut self,
        tokens: Vec<proc_macro2::TokenTree>,
        depth: usize,
    ) -> Vec<proc_macro2::TokenTree> {
        use proc_macro2::{Delimiter, Group, TokenTree};
        let mut tokens: Vec<TokenTree> = tokens
            .into_iter()
            .map(|t| match t {
                TokenTree::Group(g) if depth < 4 && self.next() % 3 == 0 => {
                    let inner = self.mutate(g.stream().into_iter().collect(), depth + 1);
                    TokenTree::Group(Group::new(g.delimiter(), inner.into_iter().collect()))
                }
                other => other,
            })
            .collect();
        for _ in 0..1 + self.next() % 3 {
            let at = if tokens.is_empty() {
                0
            } else {
                self.next() % (tokens.len() + 1)
            };
            match self.next() % 5 {
                0 => {
                    let new = self.soup_token();
                    tokens.splice(at..at, new);
                }
                1 if at < tokens.len() => {
                    tokens.remove(at);
                }
                2 if tokens.len() > 1 => {
                    let other = self.next() % tokens.len();
                    let at = at.min(tokens.len() - 1);
                    tokens.swap(at, other);
                }
                3 if at < tokens.len() => {
                    let copy = tokens[at].clone();
                    tokens.insert(at, copy);
                }
                _ => {
                    let inner = self.soup_token().into_iter().collect();
                    let delim = [Delimiter::Bracket, Delimiter::Parenthesis, Delimiter::Brace]
                        [self.next() % 3];
                    tokens.insert(
                        at.min(tokens.len()),
                        TokenTree::Group(Group::new(delim, inner)),
                    );
                }
            }
        }
        tokens
    }

    /// One fuzzed input: a mutated seed, or (one time in ten) token soup after `k;`.
    fn input(&mut self, n: usize) -> proc_macro2::TokenStream {
        use proc_macro2::{TokenStream, TokenTree};
        let tokens: Vec<TokenTree> = if n % 10 == 9 {
            let len = self.next() % 12;
            let mut tokens: Vec<TokenTree> = "k ;"
                .parse::<TokenStream>()
                .expect("lexes")
                .into_iter()
                .collect();
            for _ in 0..len {
                tokens.extend(self.soup_token());
            }
            tokens
        } else {
            let seed: TokenStream = FUZZ_SEEDS[self.next() % FUZZ_SEEDS.len()]
                .parse()
                .expect("seeds lex");
            self.mutate(seed.into_iter().collect(), 0)
        };
        tokens.into_iter().collect()
    }
}

/// A deterministic fuzzer: valid invocations with tokens inserted, deleted, swapped and
/// duplicated at any depth, plus token soup. Every input must give tokens or a spanned
/// error, never a panic. `NPVIEW_FUZZ_CASES` sets the count (CI: the default 20000; a
/// longer run: `NPVIEW_FUZZ_CASES=1000000 cargo test -p npview-macros --release fuzz`).
#[test]
fn fuzzed_inputs_never_panic() {
    let cases: usize = std::env::var("NPVIEW_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let mut rng = FuzzRng(0x5EED_1234_ABCD_0001);
    let (mut expanded, mut rejected) = (0usize, 0usize);
    for n in 0..cases {
        let input = rng.input(n);
        let text = input.to_string();
        match std::panic::catch_unwind(|| expand(input)) {
            Ok(out) if out.to_string().contains("compile_error") => rejected += 1,
            Ok(_) => expanded += 1,
            Err(_) => panic!("the macro panicked on input #{n}: {text}"),
        }
    }
    assert_eq!(expanded + rejected, cases);
    assert!(
        expanded > cases / 20 && rejected > cases / 20,
        "both outcomes occur: {expanded} expanded, {rejected} rejected"
    );
    println!("{cases} fuzzed inputs: {expanded} expanded, {rejected} rejected with an error");
}

/// Expansions never contain `unsafe`: all of it stays in npview-core's one module.
#[test]
fn expansions_contain_no_unsafe() {
    let inputs = [
        quote! { krate; a[1:4] },
        quote! { krate; &mut a[.., None, ::-1] },
        quote! { krate; try a[a > 25] += [1, 2] },
        quote! { krate; &mut a[:2], &mut a[2:] },
        quote! { krate; a[1:] = a[:-1] },
    ];
    for input in inputs {
        let out = expand(input).to_string();
        assert!(!out.contains("compile_error"), "{out}");
        assert!(!out.contains("unsafe"), "{out}");
    }
}

#[test]
fn literal_split_borrows_are_proved_disjoint_or_rejected() {
    let overlap = error_of(quote! { krate; &mut a[:3], &mut a[2:] });
    assert!(overlap.contains("both contain `a[2]`"), "{overlap}");
    let interleaved = error_of(quote! { krate; &mut a[1:, ::3], &mut a[2, 2::2] });
    assert!(
        interleaved.contains("both contain `a[2, 6]`"),
        "{interleaved}"
    );
    for disjoint in [
        quote! { krate; &mut a[:2], &mut a[2:] },
        quote! { krate; &mut a[::2], &mut a[1::2] },
        quote! { krate; &mut a[0], &mut a[1] },
        quote! { krate; &mut a[:, :2], &mut a[:, 2:] },
        quote! { krate; &mut a[-1], &mut a[0] },
        quote! { krate; &mut a[i], &mut a[::3] },
    ] {
        let out = expand(disjoint).to_string();
        assert!(!out.contains("compile_error"), "{out}");
    }
}

/// The right side is copied first only when, evaluated, it could still borrow the target; a
/// basic index of the target itself goes to the run-time overlap check instead.
#[test]
fn self_assignment_copies_only_values_that_may_borrow_the_target() {
    let expanded = |input: proc_macro2::TokenStream| expand(input).to_string();
    let copies = |input: proc_macro2::TokenStream| expanded(input).contains("materialize");
    let in_place = |input: proc_macro2::TokenStream| expanded(input).contains("assign_within");
    assert!(in_place(quote! { krate; a[1:] = a[:-1] }));
    assert!(in_place(quote! { krate; a[::-1] = a[::1] }));
    assert!(!copies(quote! { krate; a[1:] = a[:-1] }));
    assert!(!in_place(quote! { krate; a[1:] = a[[0, 1]] }));
    assert!(!in_place(quote! { krate; a[1:] = b[:-1] }));
    assert!(in_place(quote! { krate; a[::-1] = a }));
    assert!(copies(quote! { krate; a[1:] += a[:-1] }));
    assert!(!copies(quote! { krate; a[1:] = a[:-1] * 2 }));
    assert!(!copies(quote! { krate; a[[0, 1]] = a[[4, 5]] }));
    assert!(!copies(quote! { krate; a[a > 5] = a[a > 5] - 1 }));
    assert!(!copies(quote! { krate; a[1:] = b[:-1] }));
}
