//! Checks of NumPy's namespace: names npview does not know, constants called and functions
//! not called, argument counts and keywords, dtype arguments, and integer literals past
//! NumPy's largest integer dtypes.

use proc_macro2::Ident;

use crate::ast::{Args, Expr, Lit, LitValue};
use crate::errors::Errors;
use crate::numpy::{self, FnSpec, NpMethod, NpName, ParamKind, ViewFn};

/// `np.NAME` or `np.NAME(args)`.
pub(super) fn np_name(
    name: &Ident,
    kind: Option<NpName>,
    args: Option<&Args>,
    errors: &mut Errors,
) {
    let text = name.to_string();
    let Some(kind) = kind else {
        errors.push(syn::Error::new(
            name.span(),
            format!(
                "npview does not know `np.{text}`; the NumPy names `np!` knows are: {}",
                numpy::known_names()
            ),
        ));
        return;
    };
    match (kind, args) {
        (NpName::Constant(_), Some(a)) => errors.push(syn::Error::new(
            a.span,
            format!("`np.{text}` is a constant, not a function: write `np.{text}`"),
        )),
        (NpName::Dtype(_), Some(a)) => {
            if a.items.len() != 1 || a.items[0].keyword.is_some() {
                errors.push(syn::Error::new(
                    a.span,
                    format!("`np.{text}(x)` converts one value: give exactly one argument"),
                ));
            }
        }
        (NpName::Constant(_), None) => {}
        (NpName::Dtype(_), None) => errors.push(syn::Error::new(
            name.span(),
            format!(
                "`np.{text}` is a dtype: convert with `a.astype(np.{text})`, or a value with `np.{text}(x)`"
            ),
        )),
        (_, None) => errors.push(syn::Error::new(
            name.span(),
            format!("`np.{text}` is a function: call it, as in `np.{text}(...)`"),
        )),
        (NpName::Where, Some(a)) if a.items.len() == 2 => errors.push(syn::Error::new(
            a.span,
            "either both or neither of x and y should be given: `np.where(c, x, y)`, or `np.where(c)` for the indices",
        )),
        (_, Some(a)) => {
            if let Some((params, required)) = numpy::parameters(kind) {
                arguments(&format!("np.{text}"), &params, required, a, errors);
            }
            if let NpName::Call(spec) = kind {
                only_defaults(&format!("np.{text}"), spec, 0, a, errors);
                if spec.name == "pad" {
                    pad_keywords(a, errors);
                }
            }
        }
    }
}

/// The arguments npview takes only at NumPy's default (`out=None`, `method="linear"` ...):
/// any other value would change NumPy's result, which npview does not compute, so it is
/// refused here rather than ignored. `skip` positional parameters are not in `args` (a
/// method's receiver).
fn only_defaults(call: &str, spec: &FnSpec, skip: usize, args: &Args, errors: &mut Errors) {
    keepdims_written_out(call, spec, args, errors);
    for p in spec.params {
        let ParamKind::OnlyDefault(default, hint) = p.kind else {
            continue;
        };
        let given = args
            .items
            .iter()
            .find(|a| a.keyword.as_ref().is_some_and(|k| k == p.name))
            .map(|a| &a.value)
            .or_else(|| {
                p.pos
                    .and_then(|at| at.checked_sub(skip))
                    .and_then(|at| args.positional().nth(at))
            });
        let Some(given) = given else { continue };
        if !is_literal(given, default) {
            errors.push(syn::Error::new(
                given.span(),
                format!(
                    "npview's `{call}` takes `{}` only as NumPy's default, `{}={default}`: {}",
                    p.name,
                    p.name,
                    hint.replace("NAME", spec.name)
                ),
            ));
        }
    }
}

/// `keepdims=` decides the result's rank, which is in its type: it must be written out
/// (`True`, `False`, `1`, `0`), not computed.
fn keepdims_written_out(call: &str, spec: &FnSpec, args: &Args, errors: &mut Errors) {
    if !spec.params.iter().any(|p| p.kind == ParamKind::Keep) {
        return;
    }
    let given = args
        .items
        .iter()
        .find(|a| a.keyword.as_ref().is_some_and(|k| k == "keepdims"))
        .map(|a| &a.value);
    fn written_out(e: &Expr) -> bool {
        match e {
            Expr::Lit(lit) => {
                matches!(lit.value, LitValue::Bool(_)) || lit.unsuffixed_int().is_some()
            }
            Expr::Paren(inner, _) => written_out(inner),
            _ => false,
        }
    }
    if let Some(e) = given.filter(|e| !written_out(e)) {
        errors.push(syn::Error::new(
            e.span(),
            format!(
                "`{call}`'s `keepdims` decides the rank of the result, which npview fixes at compile time: write `keepdims=True` or `keepdims=False`"
            ),
        ));
    }
}

/// `np.pad(a, w, "edge", constant_values=v)`: NumPy's `ValueError` for a keyword the mode
/// does not use, at compile time when the mode is a literal.
fn pad_keywords(args: &Args, errors: &mut Errors) {
    let keyword = |name: &str| {
        args.items
            .iter()
            .find(|a| a.keyword.as_ref().is_some_and(|k| k == name))
            .map(|a| &a.value)
    };
    let (Some(mode), Some(values)) = (
        keyword("mode").or_else(|| args.positional().nth(2)),
        keyword("constant_values"),
    ) else {
        return;
    };
    let Expr::Lit(lit) = mode else { return };
    let written = lit.tokens.to_string();
    let Some(name) = written.strip_prefix('"').and_then(|m| m.strip_suffix('"')) else {
        return;
    };
    if name != "constant" {
        errors.push(syn::Error::new(
            values.span(),
            format!(
                "np.pad's mode \"{name}\" takes no `constant_values` (NumPy: `ValueError: unsupported keyword arguments for mode '{name}': {{'constant_values'}}`); remove it, or use mode=\"constant\""
            ),
        ));
    }
}

/// Whether `e` is written as the Python value `text` (`None`, `True`, `False`, a string).
fn is_literal(e: &Expr, text: &str) -> bool {
    match e {
        Expr::Rust { tokens, .. } => tokens.to_string() == text,
        Expr::Lit(lit) => match lit.value {
            LitValue::Bool(b) => text == if b { "True" } else { "False" },
            _ => lit.tokens.to_string() == text,
        },
        Expr::Paren(inner, _) => is_literal(inner, text),
        _ => false,
    }
}

/// `receiver.NAME(args)` or `receiver.NAME` with NumPy's meaning.
pub(super) fn np_method(name: &Ident, method: NpMethod, args: Option<&Args>, errors: &mut Errors) {
    let call = format!("a.{name}");
    match (method, args) {
        (NpMethod::AsType, Some(a)) => {
            arguments(&call, &["dtype"], 1, a, errors);
            if let Some(dtype) = a.get(&["dtype"], 0) {
                if dtype_of(dtype).is_none() {
                    errors.push(syn::Error::new(
                        dtype.span(),
                        "`astype` takes a dtype npview knows: `np.bool_`, `np.int8` .. `np.int64`, `np.uint8` .. `np.uint64`, `np.float32`, `np.float64`, Python's `bool`, `int`, `float`, or a Rust type such as `f64`",
                    ));
                }
            }
        }
        (NpMethod::Clip, Some(a)) => arguments(&call, &["min", "max"], 2, a, errors),
        (NpMethod::Round, Some(a)) => arguments(&call, &["decimals"], 0, a, errors),
        // `a.transpose(1, 0)` and `a.reshape(2, 3)` take their axes or lengths as `*args`.
        (NpMethod::View(ViewFn::Transpose | ViewFn::Reshape), Some(_)) => {}
        (NpMethod::View(f), Some(a)) => arguments(&call, f.params(), 0, a, errors),
        (NpMethod::Call(spec), Some(a)) => only_defaults(&call, spec, 1, a, errors),
        // `a.sort(axis, kind, order)` in place: the parameters of `np.sort`.
        (NpMethod::SortInPlace, Some(a)) => {
            if let Some(spec) = numpy::call("sort") {
                only_defaults(&call, spec, 1, a, errors);
            }
        }
        _ => {}
    }
}

/// The Rust element type a dtype argument names.
pub(crate) fn dtype_of(e: &Expr) -> Option<&'static str> {
    match e {
        Expr::Np {
            kind: Some(NpName::Dtype(t)),
            args: None,
            ..
        } => Some(t),
        Expr::Rust {
            tokens,
            place: true,
            ..
        } => numpy::builtin_dtype(&tokens.to_string()),
        Expr::Paren(inner, _) => dtype_of(inner),
        _ => None,
    }
}

/// Positional arguments between `required` and the parameter count, keywords among the
/// parameters, none given twice.
fn arguments(call: &str, params: &[&str], required: usize, args: &Args, errors: &mut Errors) {
    let positional = args.positional().count();
    if positional > params.len() {
        errors.push(syn::Error::new(
            args.span,
            format!(
                "`{call}` takes at most {} positional arguments ({}), {positional} given",
                params.len(),
                params.join(", ")
            ),
        ));
    }
    for (k, arg) in args.items.iter().enumerate() {
        let Some(keyword) = &arg.keyword else {
            continue;
        };
        let text = keyword.to_string();
        match params.iter().position(|p| *p == text) {
            None => errors.push(syn::Error::new(
                keyword.span(),
                format!(
                    "`{call}` has no parameter `{text}`; its parameters are: {}",
                    params.join(", ")
                ),
            )),
            Some(at) if at < positional => errors.push(syn::Error::new(
                keyword.span(),
                format!("`{call}` got `{text}` twice: by position and by keyword"),
            )),
            Some(_)
                if args.items[..k]
                    .iter()
                    .any(|a| a.keyword.as_ref() == Some(keyword)) =>
            {
                errors.push(syn::Error::new(
                    keyword.span(),
                    format!("`{call}` got the keyword `{text}` twice"),
                ));
            }
            Some(_) => {}
        }
    }
    let given = (0..params.len())
        .filter(|&at| args.get(params, at).is_some())
        .count();
    let missing: Vec<&str> = params[..required]
        .iter()
        .enumerate()
        .filter(|(at, _)| args.get(params, *at).is_none())
        .map(|(_, p)| *p)
        .collect();
    if !missing.is_empty() && given < params.len() {
        errors.push(syn::Error::new(
            args.span,
            format!(
                "`{call}` is missing its argument{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ),
        ));
    }
}

/// An integer literal in an expression: NumPy's Python `int` must fit `int64` or `uint64`.
pub(super) fn literal_in_range(lit: &Lit, errors: &mut Errors) {
    if let Some(v) = lit.unsuffixed_int() {
        if numpy::weak_range(v).is_none() {
            errors.push(syn::Error::new(
                lit.span,
                format!(
                    "Python integer {v} out of bounds: NumPy's integers go from -2**63 to 2**64 - 1 (OverflowError)"
                ),
            ));
        }
    } else if matches!(lit.value, crate::ast::LitValue::HugeInt) {
        errors.push(syn::Error::new(
            lit.span,
            "this integer is out of bounds: NumPy's integers go from -2**63 to 2**64 - 1 (OverflowError)",
        ));
    }
}

/// The view function a `&mut` target calls, if it is one.
pub(super) fn view_fn(target: &Expr) -> Option<ViewFn> {
    match target {
        Expr::NpMethod {
            method: NpMethod::View(f),
            ..
        }
        | Expr::Np {
            kind: Some(NpName::View(f)),
            ..
        } => Some(*f),
        Expr::NpMethod {
            method: NpMethod::Transpose,
            ..
        } => Some(ViewFn::Transpose),
        _ => None,
    }
}

/// Whether `e` is `a.flat`.
pub(super) fn is_flat(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NpMethod {
            method: NpMethod::Flat,
            ..
        }
    )
}

/// The index of `a.shape[...]`: one integer (negative from the end), as a tuple is indexed.
pub(super) fn shape_index(index: &crate::ast::Index, errors: &mut Errors) {
    use crate::ast::Elem;
    match index.elems.as_slice() {
        [Elem::Expr(Expr::List(_) | Expr::Tuple(..))] | [Elem::Slice { .. } | Elem::Range { .. }] | [] => {
            errors.push(syn::Error::new(
                index.span,
                "`a.shape[i]` reads one length, for one integer `i`; for several, index the tuple in Rust: `np!(a.shape)[1..]`",
            ));
        }
        [Elem::Expr(_)] => {}
        _ => errors.push(syn::Error::new(
            index.span,
            "`a.shape` is a tuple: it takes one index (NumPy: TypeError: tuple indices must be integers or slices, not tuple)",
        )),
    }
}

/// The index of `a.flat[...]`: one integer, list, slice or `...`; never booleans.
pub(super) fn flat_index(index: &crate::ast::Index, errors: &mut Errors) {
    use crate::ast::{Elem, LitValue};
    let is_bool = |e: &Expr| matches!(e, Expr::Lit(l) if matches!(l.value, LitValue::Bool(_)));
    match index.elems.as_slice() {
        [Elem::Expr(Expr::List(l))] if l.items.iter().any(is_bool) => errors.push(syn::Error::new(
            l.span,
            "boolean indices for iterators are not supported (NumPy: IndexError); index `a` itself with the mask, as in `a[mask]`",
        )),
        [Elem::Expr(e)] if is_bool(e) => errors.push(syn::Error::new(
            e.span(),
            "boolean indices for iterators are not supported (NumPy: IndexError)",
        )),
        [_] => {}
        _ => errors.push(syn::Error::new(
            index.span,
            "`a.flat` takes one index: an integer, a list of integers, a slice or `...`",
        )),
    }
}
