//! The table of NumPy's functions computed by a function of the array crate's `np` module
//! (reductions, searches, constructors, joins): each one's signature, and the forms chosen by
//! the arguments (`np.unique`'s flags, `np.bincount`'s weights, `np.arange`'s number types).

/// One of NumPy's functions computed by a function of the array crate's `np` module: the
/// core function's name and its parameters, in the core function's order.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct FnSpec {
    pub(crate) name: &'static str,
    pub(crate) core: &'static str,
    pub(crate) params: &'static [Param],
}

/// A parameter: NumPy's name, its position among NumPy's positional parameters (`None` for a
/// keyword-only one), and how its argument is passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Param {
    pub(crate) name: &'static str,
    pub(crate) pos: Option<usize>,
    pub(crate) kind: ParamKind,
}

/// How an argument is passed to the core function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamKind {
    /// An array or expression (required).
    Operand,
    /// A tuple of arrays (required).
    Operands,
    /// `axis`: every axis, one, or a tuple; the default when absent.
    Axis(AxisDefault),
    /// `keepdims`: a literal bool, `False` when absent.
    Keep,
    /// `dtype`: the default dtype when absent.
    Dtype,
    /// An integer, with its default.
    Int(&'static str),
    /// An optional integer (`None` when absent).
    OptInt,
    /// A float, with its default.
    Float(&'static str),
    /// A bool, with its default.
    Bool(&'static str),
    /// A string literal, with its default.
    Str(&'static str),
    /// A shape: one length or a tuple.
    Shape,
    /// Integers (counts, positions, shifts): one, a list, or an integer or boolean array.
    Ints,
    /// One quantile or a list.
    Quantiles,
    /// One quantile or a list, Python ints kept as ints (`np.quantile(a, 1)` keeps the dtype).
    QuantilesKeepInts,
    /// `pad_width`: one width, a pair, or a pair per axis.
    PadWidth,
    /// An operand that may be absent, as an `Option` (NumPy tells "not given" from any value:
    /// `np.pad` refuses `constant_values` in a mode that does not use it).
    OptionalOperand,
    /// Accepted and not needed: the result is the same whatever it is (`kind=`, for a stable
    /// sort is one of NumPy's answers; `overwrite_input=`; the flags that choose a form).
    Unused,
    /// Accepted only at NumPy's default (the value as written in NumPy), which is what npview
    /// computes; anything else would change the result, so it is a compile error with the hint.
    OnlyDefault(&'static str, &'static str),
}

/// The default of an `axis` parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AxisDefault {
    All,
    Last,
    First,
}

const fn p(name: &'static str, pos: usize, kind: ParamKind) -> Param {
    Param {
        name,
        pos: Some(pos),
        kind,
    }
}
const fn kw(name: &'static str, kind: ParamKind) -> Param {
    Param {
        name,
        pos: None,
        kind,
    }
}

use ParamKind as K;

const A: Param = p("a", 0, K::Operand);
const AXIS_ALL: Param = p("axis", 1, K::Axis(AxisDefault::All));

macro_rules! specs {
    ($($id:ident: $name:literal => $core:literal [$($param:expr),*];)*) => {
        $(
            #[allow(non_upper_case_globals)]
            const $id: FnSpec = FnSpec { name: $name, core: $core, params: &[$($param),*] };
        )*
        /// Every function of the table.
        pub(super) const CALLS: &[&FnSpec] = &[$(&$id),*];
    };
}

specs! {
    SUM: "sum" => "sum" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    PROD: "prod" => "prod" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    NANSUM: "nansum" => "nansum" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    MEAN: "mean" => "mean" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    NANMEAN: "nanmean" => "nanmean" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    VAR: "var" => "var" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    STD: "std" => "std" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    NANVAR: "nanvar" => "nanvar" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    NANSTD: "nanstd" => "nanstd" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    MIN: "min" => "min" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    MAX: "max" => "max" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    AMIN: "amin" => "min" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    AMAX: "amax" => "max" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    NANMIN: "nanmin" => "nanmin" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    NANMAX: "nanmax" => "nanmax" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    PTP: "ptp" => "ptp" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    ARGMIN: "argmin" => "argmin" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    ARGMAX: "argmax" => "argmax" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    ANY: "any" => "any" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    ALL: "all" => "all" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    COUNT_NONZERO: "count_nonzero" => "count_nonzero" [A, AXIS_ALL, p("keepdims", 2, K::Keep)];
    MEDIAN: "median" => "median" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`")), p("overwrite_input", 3, K::Unused)];
    PERCENTILE: "percentile" => "percentile" [A, p("q", 1, K::Quantiles), p("axis", 2, K::Axis(AxisDefault::All)), kw("keepdims", K::Keep), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`")), p("overwrite_input", 4, K::Unused), p("method", 5, K::OnlyDefault("\"linear\"", "npview computes NumPy's default method, `\"linear\"`"))];
    QUANTILE: "quantile" => "quantile" [A, p("q", 1, K::QuantilesKeepInts), p("axis", 2, K::Axis(AxisDefault::All)), kw("keepdims", K::Keep), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`")), p("overwrite_input", 4, K::Unused), p("method", 5, K::OnlyDefault("\"linear\"", "npview computes NumPy's default method, `\"linear\"`"))];
    CUMSUM: "cumsum" => "cumsum" [A, AXIS_ALL, p("dtype", 2, K::Dtype), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    CUMPROD: "cumprod" => "cumprod" [A, AXIS_ALL, p("dtype", 2, K::Dtype), p("out", 3, K::OnlyDefault("None", "assign the result instead, as in `out[...] = np.NAME(...)`"))];
    SORT: "sort" => "sort" [A, p("axis", 1, K::Axis(AxisDefault::Last)), p("kind", 2, K::Unused), p("order", 3, K::OnlyDefault("None", "npview has no structured arrays to order by field"))];
    ARGSORT: "argsort" => "argsort" [A, p("axis", 1, K::Axis(AxisDefault::Last)), p("kind", 2, K::Unused), p("order", 3, K::OnlyDefault("None", "npview has no structured arrays to order by field"))];
    NONZERO: "nonzero" => "nonzero" [A];
    ARGWHERE: "argwhere" => "argwhere" [A];
    FLATNONZERO: "flatnonzero" => "flatnonzero" [A];
    SEARCHSORTED: "searchsorted" => "searchsorted" [A, p("v", 1, K::Operand), p("side", 2, K::Str("\"left\"")), p("sorter", 3, K::OnlyDefault("None", "`np.searchsorted(a[sorter], v)` gives the same positions"))];
    ZEROS: "zeros" => "zeros" [p("shape", 0, K::Shape), p("dtype", 1, K::Dtype)];
    EMPTY: "empty" => "zeros" [p("shape", 0, K::Shape), p("dtype", 1, K::Dtype)];
    ONES: "ones" => "ones" [p("shape", 0, K::Shape), p("dtype", 1, K::Dtype)];
    FULL: "full" => "full" [p("shape", 0, K::Shape), p("fill_value", 1, K::Operand), p("dtype", 2, K::Dtype)];
    ZEROS_LIKE: "zeros_like" => "zeros_like" [A, p("dtype", 1, K::Dtype)];
    EMPTY_LIKE: "empty_like" => "zeros_like" [A, p("dtype", 1, K::Dtype)];
    ONES_LIKE: "ones_like" => "ones_like" [A, p("dtype", 1, K::Dtype)];
    FULL_LIKE: "full_like" => "full_like" [A, p("fill_value", 1, K::Operand), p("dtype", 2, K::Dtype)];
    EYE: "eye" => "eye" [p("N", 0, K::Int("0")), p("M", 1, K::OptInt), p("k", 2, K::Int("0")), p("dtype", 3, K::Dtype)];
    IDENTITY: "identity" => "identity" [p("n", 0, K::Int("0")), p("dtype", 1, K::Dtype)];
    ARRAY: "array" => "array" [p("object", 0, K::Operand), p("dtype", 1, K::Dtype)];
    LINSPACE: "linspace" => "linspace" [p("start", 0, K::Float("0.0")), p("stop", 1, K::Float("0.0")), p("num", 2, K::Int("50")), p("endpoint", 3, K::Bool("true")), p("dtype", 5, K::Dtype), p("retstep", 4, K::OnlyDefault("False", "the step is `(stop - start) / (num - 1)`, or `/ num` with `endpoint=False`"))];
    TILE: "tile" => "tile" [p("A", 0, K::Operand), p("reps", 1, K::Shape)];
    REPEAT: "repeat" => "repeat" [A, p("repeats", 1, K::Ints), p("axis", 2, K::Axis(AxisDefault::All))];
    MESHGRID: "meshgrid" => "meshgrid" [p("x", 0, K::Operand), p("y", 1, K::Operand), kw("indexing", K::Str("\"xy\""))];
    CONCATENATE: "concatenate" => "concatenate" [p("arrays", 0, K::Operands), p("axis", 1, K::Axis(AxisDefault::First))];
    STACK: "stack" => "stack" [p("arrays", 0, K::Operands), p("axis", 1, K::Axis(AxisDefault::First))];
    VSTACK: "vstack" => "vstack" [p("tup", 0, K::Operands)];
    HSTACK: "hstack" => "hstack" [p("tup", 0, K::Operands)];
    DSTACK: "dstack" => "dstack" [p("tup", 0, K::Operands)];
    COLUMN_STACK: "column_stack" => "column_stack" [p("tup", 0, K::Operands)];
    APPEND: "append" => "append" [p("arr", 0, K::Operand), p("values", 1, K::Operand), p("axis", 2, K::Axis(AxisDefault::All))];
    INSERT: "insert" => "insert" [p("arr", 0, K::Operand), p("obj", 1, K::Ints), p("values", 2, K::Operand), p("axis", 3, K::Axis(AxisDefault::All))];
    DELETE: "delete" => "delete" [p("arr", 0, K::Operand), p("obj", 1, K::Ints), p("axis", 2, K::Axis(AxisDefault::All))];
    ROLL: "roll" => "roll" [A, p("shift", 1, K::Ints), p("axis", 2, K::Axis(AxisDefault::All))];
    PAD: "pad" => "pad" [p("array", 0, K::Operand), p("pad_width", 1, K::PadWidth), p("mode", 2, K::Str("\"constant\"")), kw("constant_values", K::OptionalOperand)];
    BINCOUNT: "bincount" => "bincount" [p("x", 0, K::Operand), kw("minlength", K::Int("0")), p("weights", 1, K::Unused)];
    BINCOUNT_WEIGHTED: "bincount" => "bincount_weighted" [p("x", 0, K::Operand), p("weights", 1, K::Operand), kw("minlength", K::Int("0"))];
    UNIQUE: "unique" => "unique" [p("ar", 0, K::Operand), p("return_index", 1, K::Unused), p("return_inverse", 2, K::OnlyDefault("False", "for a 1-D `a`, `np.searchsorted(np.unique(a), a)` gives the inverse")), p("return_counts", 3, K::Unused), p("axis", 4, K::OnlyDefault("None", "npview's np.unique works on the flattened array")), kw("equal_nan", K::OnlyDefault("True", "npview's np.unique keeps one NaN, as NumPy's default does"))];
    UNIQUE_INDEX: "unique" => "unique_index" [p("ar", 0, K::Operand), p("return_index", 1, K::Unused)];
    UNIQUE_COUNTS: "unique" => "unique_counts" [p("ar", 0, K::Operand), p("return_counts", 3, K::Unused)];
    UNIQUE_INDEX_COUNTS: "unique" => "unique_index_counts" [p("ar", 0, K::Operand), p("return_index", 1, K::Unused), p("return_counts", 3, K::Unused)];
    ARANGE_INT: "arange" => "arange_int" [p("start", 0, K::Int("0")), p("stop", 1, K::Int("0")), p("step", 2, K::Int("1")), kw("dtype", K::Dtype)];
    ARANGE_FLOAT: "arange" => "arange_float" [p("start", 0, K::Float("0.0")), p("stop", 1, K::Float("0.0")), p("step", 2, K::Float("1.0")), kw("dtype", K::Dtype)];
}

/// The table entry of `np.NAME` (before the choices among forms that `expand` makes from the
/// arguments: `unique`'s flags, `bincount`'s weights, `arange`'s number types).
pub(crate) fn call(name: &str) -> Option<&'static FnSpec> {
    CALLS.iter().copied().find(|s| s.name == name)
}

/// The forms of a function chosen by its arguments.
pub(crate) fn call_form(spec: &'static FnSpec, flags: &[&str], floats: bool) -> &'static FnSpec {
    match spec.name {
        "unique" => match (
            flags.contains(&"return_index"),
            flags.contains(&"return_counts"),
        ) {
            (true, true) => &UNIQUE_INDEX_COUNTS,
            (true, false) => &UNIQUE_INDEX,
            (false, true) => &UNIQUE_COUNTS,
            (false, false) => &UNIQUE,
        },
        "bincount" if flags.contains(&"weights") => &BINCOUNT_WEIGHTED,
        "arange" if floats => &ARANGE_FLOAT,
        _ => spec,
    }
}

/// `a.NAME(...)` methods computed by the table (NumPy's array methods of the same name).
pub(crate) fn method_call(name: &str) -> Option<&'static FnSpec> {
    let known = [
        "sum",
        "prod",
        "mean",
        "var",
        "std",
        "min",
        "max",
        "argmin",
        "argmax",
        "any",
        "all",
        "cumsum",
        "cumprod",
        "argsort",
        "nonzero",
        "searchsorted",
        "repeat",
    ];
    known.contains(&name).then(|| call(name)).flatten()
}
