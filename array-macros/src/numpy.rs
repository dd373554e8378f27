//! The names of NumPy's namespace that `np!` knows: `np.NAME(...)` functions, `np.NAME`
//! constants and dtypes, and the methods and attributes with NumPy's meaning (`a.astype(T)`,
//! `a.T`). One table each, so `valid` can list them when a name is unknown and `expand` knows
//! what each becomes.

/// What a name of NumPy's namespace is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpName {
    /// A one-operand ufunc: `expr::<fn>(x)`.
    Unary(&'static str),
    /// A two-operand ufunc or comparison: `expr::<fn>(x, y)`.
    Binary(&'static str),
    /// `np.where(c, x, y)`.
    Where,
    /// `np.clip(a, lo, hi)`.
    Clip,
    /// `np.round(a, decimals=0)`.
    Round,
    /// `np.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)`.
    IsClose,
    /// `np.allclose(...)`, the same arguments: a Python `bool`.
    AllClose,
    /// `np.array_equal(a, b, equal_nan=False)`: a Python `bool`.
    ArrayEqual,
    /// `np.matmul(a, b)`, the operator `@`.
    Matmul,
    /// A float constant: its Rust path.
    Constant(&'static str),
    /// A dtype (`np.float64`): the Rust element type.
    Dtype(&'static str),
    /// A function returning a view (or a copy): `np.transpose`, `np.split` ...
    View(ViewFn),
    /// `np.<ufunc>.at(a, indices, b)`: the ufunc type of the in-place loop.
    At(&'static str),
    /// A reduction, search, constructor or join: its table entry.
    Call(&'static FnSpec),
}

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
    /// One integer or a list of them.
    IntOrList,
    /// A list of integers (one integer is a list of one).
    IntList,
    /// `(list, whether one integer was given)`: `np.insert`'s `obj`.
    IndexOrList,
    /// One quantile or a list.
    Quantiles,
    /// One quantile or a list, Python ints kept as ints (`np.quantile(a, 1)` keeps the dtype).
    QuantilesKeepInts,
    /// `pad_width`: one width, a pair, or a pair per axis.
    PadWidth,
    /// An operand with a default (its tokens) when absent.
    OperandOr(&'static str),
    /// Accepted and not used (`kind=`, `overwrite_input=`).
    Ignored,
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
        const CALLS: &[&FnSpec] = &[$(&$id),*];
    };
}

specs! {
    SUM: "sum" => "sum" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::Ignored)];
    PROD: "prod" => "prod" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::Ignored)];
    NANSUM: "nansum" => "nansum" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::Ignored)];
    MEAN: "mean" => "mean" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::Ignored)];
    NANMEAN: "nanmean" => "nanmean" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), p("out", 3, K::Ignored)];
    VAR: "var" => "var" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::Ignored)];
    STD: "std" => "std" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::Ignored)];
    NANVAR: "nanvar" => "nanvar" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::Ignored)];
    NANSTD: "nanstd" => "nanstd" [A, AXIS_ALL, kw("keepdims", K::Keep), p("dtype", 2, K::Dtype), kw("ddof", K::Int("0")), p("out", 3, K::Ignored)];
    MIN: "min" => "min" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    MAX: "max" => "max" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    AMIN: "amin" => "min" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    AMAX: "amax" => "max" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    NANMIN: "nanmin" => "nanmin" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    NANMAX: "nanmax" => "nanmax" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    PTP: "ptp" => "ptp" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    ARGMIN: "argmin" => "argmin" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    ARGMAX: "argmax" => "argmax" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    ANY: "any" => "any" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    ALL: "all" => "all" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored)];
    COUNT_NONZERO: "count_nonzero" => "count_nonzero" [A, AXIS_ALL, p("keepdims", 2, K::Keep)];
    MEDIAN: "median" => "median" [A, AXIS_ALL, kw("keepdims", K::Keep), p("out", 2, K::Ignored), p("overwrite_input", 3, K::Ignored)];
    PERCENTILE: "percentile" => "percentile" [A, p("q", 1, K::Quantiles), p("axis", 2, K::Axis(AxisDefault::All)), kw("keepdims", K::Keep), p("out", 3, K::Ignored), p("overwrite_input", 4, K::Ignored), p("method", 5, K::Ignored)];
    QUANTILE: "quantile" => "quantile" [A, p("q", 1, K::QuantilesKeepInts), p("axis", 2, K::Axis(AxisDefault::All)), kw("keepdims", K::Keep), p("out", 3, K::Ignored), p("overwrite_input", 4, K::Ignored), p("method", 5, K::Ignored)];
    CUMSUM: "cumsum" => "cumsum" [A, AXIS_ALL, p("dtype", 2, K::Dtype), p("out", 3, K::Ignored)];
    CUMPROD: "cumprod" => "cumprod" [A, AXIS_ALL, p("dtype", 2, K::Dtype), p("out", 3, K::Ignored)];
    SORT: "sort" => "sort" [A, p("axis", 1, K::Axis(AxisDefault::Last)), p("kind", 2, K::Ignored), p("order", 3, K::Ignored)];
    ARGSORT: "argsort" => "argsort" [A, p("axis", 1, K::Axis(AxisDefault::Last)), p("kind", 2, K::Ignored), p("order", 3, K::Ignored)];
    NONZERO: "nonzero" => "nonzero" [A];
    ARGWHERE: "argwhere" => "argwhere" [A];
    FLATNONZERO: "flatnonzero" => "flatnonzero" [A];
    SEARCHSORTED: "searchsorted" => "searchsorted" [A, p("v", 1, K::Operand), p("side", 2, K::Str("\"left\"")), p("sorter", 3, K::Ignored)];
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
    LINSPACE: "linspace" => "linspace" [p("start", 0, K::Float("0.0")), p("stop", 1, K::Float("0.0")), p("num", 2, K::Int("50")), p("endpoint", 3, K::Bool("true")), p("dtype", 5, K::Dtype), p("retstep", 4, K::Ignored)];
    TILE: "tile" => "tile" [p("A", 0, K::Operand), p("reps", 1, K::Shape)];
    REPEAT: "repeat" => "repeat" [A, p("repeats", 1, K::IntOrList), p("axis", 2, K::Axis(AxisDefault::All))];
    MESHGRID: "meshgrid" => "meshgrid" [p("x", 0, K::Operand), p("y", 1, K::Operand), kw("indexing", K::Str("\"xy\""))];
    CONCATENATE: "concatenate" => "concatenate" [p("arrays", 0, K::Operands), p("axis", 1, K::Axis(AxisDefault::First))];
    STACK: "stack" => "stack" [p("arrays", 0, K::Operands), p("axis", 1, K::Axis(AxisDefault::First))];
    VSTACK: "vstack" => "vstack" [p("tup", 0, K::Operands)];
    HSTACK: "hstack" => "hstack" [p("tup", 0, K::Operands)];
    DSTACK: "dstack" => "dstack" [p("tup", 0, K::Operands)];
    COLUMN_STACK: "column_stack" => "column_stack" [p("tup", 0, K::Operands)];
    APPEND: "append" => "append" [p("arr", 0, K::Operand), p("values", 1, K::Operand), p("axis", 2, K::Axis(AxisDefault::All))];
    INSERT: "insert" => "insert" [p("arr", 0, K::Operand), p("obj", 1, K::IndexOrList), p("values", 2, K::Operand), p("axis", 3, K::Axis(AxisDefault::All))];
    DELETE: "delete" => "delete" [p("arr", 0, K::Operand), p("obj", 1, K::IntList), p("axis", 2, K::Axis(AxisDefault::All))];
    ROLL: "roll" => "roll" [A, p("shift", 1, K::IntOrList), p("axis", 2, K::Axis(AxisDefault::All))];
    PAD: "pad" => "pad" [p("array", 0, K::Operand), p("pad_width", 1, K::PadWidth), p("mode", 2, K::Str("\"constant\"")), kw("constant_values", K::OperandOr("0i64"))];
    BINCOUNT: "bincount" => "bincount" [p("x", 0, K::Operand), kw("minlength", K::Int("0")), p("weights", 1, K::Ignored)];
    BINCOUNT_WEIGHTED: "bincount" => "bincount_weighted" [p("x", 0, K::Operand), p("weights", 1, K::Operand), kw("minlength", K::Int("0"))];
    UNIQUE: "unique" => "unique" [p("ar", 0, K::Operand), p("return_index", 1, K::Ignored), p("return_inverse", 2, K::Ignored), p("return_counts", 3, K::Ignored), p("axis", 4, K::Ignored), kw("equal_nan", K::Ignored)];
    UNIQUE_INDEX: "unique" => "unique_index" [p("ar", 0, K::Operand), p("return_index", 1, K::Ignored)];
    UNIQUE_COUNTS: "unique" => "unique_counts" [p("ar", 0, K::Operand), p("return_counts", 3, K::Ignored)];
    UNIQUE_INDEX_COUNTS: "unique" => "unique_index_counts" [p("ar", 0, K::Operand), p("return_index", 1, K::Ignored), p("return_counts", 3, K::Ignored)];
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

/// NumPy's functions and methods that rearrange an array (a view), copy it, or ask about its
/// memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ViewFn {
    Transpose,
    SwapAxes,
    MoveAxis,
    Squeeze,
    ExpandDims,
    Flip,
    Ravel,
    Reshape,
    Copy,
    Flatten,
    AsContiguous,
    BroadcastTo,
    Diagonal,
    /// `np.split`, `np.array_split`, `np.hsplit`, `np.vsplit`: the `SplitKind` variant.
    Split(&'static str),
    SharesMemory,
    MayShareMemory,
}

impl ViewFn {
    /// The parameters after the array, as NumPy names them (`None` in place of a name for a
    /// method's `*args`), and the core function.
    pub(crate) fn params(self) -> &'static [&'static str] {
        match self {
            Self::Transpose => &["axes"],
            Self::SwapAxes => &["axis1", "axis2"],
            Self::MoveAxis => &["source", "destination"],
            Self::Squeeze | Self::ExpandDims | Self::Flip => &["axis"],
            Self::Reshape => &["shape"],
            Self::BroadcastTo => &["shape"],
            Self::Diagonal => &["offset", "axis1", "axis2"],
            Self::Split("HSplit" | "VSplit") => &["indices_or_sections"],
            Self::Split(_) => &["indices_or_sections", "axis"],
            Self::SharesMemory | Self::MayShareMemory => &["b"],
            Self::Ravel | Self::Copy | Self::Flatten | Self::AsContiguous => &[],
        }
    }

    /// How many arguments after the array are required.
    pub(crate) fn required(self) -> usize {
        match self {
            Self::SwapAxes | Self::MoveAxis => 2,
            Self::ExpandDims | Self::Reshape | Self::BroadcastTo | Self::Split(_) => 1,
            Self::SharesMemory | Self::MayShareMemory => 1,
            _ => 0,
        }
    }

    /// Whether NumPy's result is a view that may be written through (`np!(&mut ...)`).
    pub(crate) fn has_mut(self) -> bool {
        matches!(
            self,
            Self::Transpose
                | Self::SwapAxes
                | Self::MoveAxis
                | Self::Squeeze
                | Self::ExpandDims
                | Self::Flip
                | Self::Split(_)
        )
    }
}

impl NpName {
    /// Whether the call is element-wise, built into the expression's tree (a constant is a
    /// weak float of the tree); `isclose`, `allclose`, `array_equal` and `matmul` are computed
    /// on their own.
    pub(crate) fn is_element_wise(self) -> bool {
        matches!(
            self,
            Self::Unary(_)
                | Self::Binary(_)
                | Self::Where
                | Self::Clip
                | Self::Round
                | Self::Constant(_)
        )
    }

    /// Whether the result is boolean (a mask, when it is an index).
    pub(crate) fn gives_bool(self) -> bool {
        match self {
            Self::Binary(f) => {
                matches!(f, "eq" | "ne" | "lt" | "le" | "gt" | "ge") || f.starts_with("logical_")
            }
            Self::Unary(f) => matches!(f, "isnan" | "isinf" | "isfinite" | "logical_not"),
            Self::IsClose => true,
            _ => false,
        }
    }
}

/// `np.NAME` for every name npview knows, in the order the error lists them.
const NAMES: &[(&str, NpName)] = &[
    ("add", NpName::Binary("add")),
    ("subtract", NpName::Binary("sub")),
    ("multiply", NpName::Binary("mul")),
    ("divide", NpName::Binary("div")),
    ("true_divide", NpName::Binary("div")),
    ("floor_divide", NpName::Binary("floor_divide")),
    ("mod", NpName::Binary("rem")),
    ("remainder", NpName::Binary("rem")),
    ("power", NpName::Binary("pow")),
    ("minimum", NpName::Binary("minimum")),
    ("maximum", NpName::Binary("maximum")),
    ("bitwise_and", NpName::Binary("bitand")),
    ("bitwise_or", NpName::Binary("bitor")),
    ("bitwise_xor", NpName::Binary("bitxor")),
    ("left_shift", NpName::Binary("shl")),
    ("right_shift", NpName::Binary("shr")),
    ("logical_and", NpName::Binary("logical_and")),
    ("logical_or", NpName::Binary("logical_or")),
    ("logical_xor", NpName::Binary("logical_xor")),
    ("equal", NpName::Binary("eq")),
    ("not_equal", NpName::Binary("ne")),
    ("less", NpName::Binary("lt")),
    ("less_equal", NpName::Binary("le")),
    ("greater", NpName::Binary("gt")),
    ("greater_equal", NpName::Binary("ge")),
    ("negative", NpName::Unary("neg")),
    ("invert", NpName::Unary("invert")),
    ("bitwise_not", NpName::Unary("invert")),
    ("logical_not", NpName::Unary("logical_not")),
    ("abs", NpName::Unary("abs")),
    ("absolute", NpName::Unary("abs")),
    ("sign", NpName::Unary("sign")),
    ("square", NpName::Unary("square")),
    ("sqrt", NpName::Unary("sqrt")),
    ("exp", NpName::Unary("exp")),
    ("log", NpName::Unary("log")),
    ("log2", NpName::Unary("log2")),
    ("log10", NpName::Unary("log10")),
    ("sin", NpName::Unary("sin")),
    ("cos", NpName::Unary("cos")),
    ("tan", NpName::Unary("tan")),
    ("floor", NpName::Unary("floor")),
    ("ceil", NpName::Unary("ceil")),
    ("isnan", NpName::Unary("isnan")),
    ("isinf", NpName::Unary("isinf")),
    ("isfinite", NpName::Unary("isfinite")),
    ("round", NpName::Round),
    ("around", NpName::Round),
    ("where", NpName::Where),
    ("clip", NpName::Clip),
    ("isclose", NpName::IsClose),
    ("allclose", NpName::AllClose),
    ("array_equal", NpName::ArrayEqual),
    ("matmul", NpName::Matmul),
    ("transpose", NpName::View(ViewFn::Transpose)),
    ("swapaxes", NpName::View(ViewFn::SwapAxes)),
    ("moveaxis", NpName::View(ViewFn::MoveAxis)),
    ("squeeze", NpName::View(ViewFn::Squeeze)),
    ("expand_dims", NpName::View(ViewFn::ExpandDims)),
    ("flip", NpName::View(ViewFn::Flip)),
    ("ravel", NpName::View(ViewFn::Ravel)),
    ("reshape", NpName::View(ViewFn::Reshape)),
    ("copy", NpName::View(ViewFn::Copy)),
    ("ascontiguousarray", NpName::View(ViewFn::AsContiguous)),
    ("broadcast_to", NpName::View(ViewFn::BroadcastTo)),
    ("diagonal", NpName::View(ViewFn::Diagonal)),
    ("split", NpName::View(ViewFn::Split("Split"))),
    ("array_split", NpName::View(ViewFn::Split("ArraySplit"))),
    ("hsplit", NpName::View(ViewFn::Split("HSplit"))),
    ("vsplit", NpName::View(ViewFn::Split("VSplit"))),
    ("shares_memory", NpName::View(ViewFn::SharesMemory)),
    ("may_share_memory", NpName::View(ViewFn::MayShareMemory)),
    ("pi", NpName::Constant("::core::f64::consts::PI")),
    ("e", NpName::Constant("::core::f64::consts::E")),
    ("nan", NpName::Constant("::core::f64::NAN")),
    ("inf", NpName::Constant("::core::f64::INFINITY")),
    ("bool_", NpName::Dtype("bool")),
    ("int8", NpName::Dtype("i8")),
    ("int16", NpName::Dtype("i16")),
    ("int32", NpName::Dtype("i32")),
    ("int64", NpName::Dtype("i64")),
    ("intp", NpName::Dtype("isize")),
    ("uint8", NpName::Dtype("u8")),
    ("uint16", NpName::Dtype("u16")),
    ("uint32", NpName::Dtype("u32")),
    ("uint64", NpName::Dtype("u64")),
    ("uintp", NpName::Dtype("usize")),
    ("float32", NpName::Dtype("f32")),
    ("float64", NpName::Dtype("f64")),
];

/// `np.<NAME>.at`: the in-place ufunc type, for the ufuncs with an unbuffered `.at` form.
pub(crate) fn at_ufunc(name: &str) -> Option<&'static str> {
    Some(match name {
        "add" => "Add",
        "subtract" => "Sub",
        "multiply" => "Mul",
        "maximum" => "Maximum",
        "minimum" => "Minimum",
        _ => return None,
    })
}

/// The meaning of `np.NAME`.
pub(crate) fn lookup(name: &str) -> Option<NpName> {
    NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, k)| *k)
        .or_else(|| call(name).map(NpName::Call))
}

/// Every known name, for the error at an unknown one.
pub(crate) fn known_names() -> String {
    let mut names: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
    for spec in CALLS {
        if !names.contains(&spec.name) {
            names.push(spec.name);
        }
    }
    names.join(", ")
}

/// The Rust element type a dtype argument names: `np.float64`, `f64`, Python's `bool`, `int`
/// and `float` (NumPy's `int64` and `float64`).
pub(crate) fn builtin_dtype(name: &str) -> Option<&'static str> {
    Some(match name {
        "bool" => "bool",
        "int" => "i64",
        "float" => "f64",
        "i8" => "i8",
        "i16" => "i16",
        "i32" => "i32",
        "i64" => "i64",
        "isize" => "isize",
        "u8" => "u8",
        "u16" => "u16",
        "u32" => "u32",
        "u64" => "u64",
        "usize" => "usize",
        "f32" => "f32",
        "f64" => "f64",
        _ => return None,
    })
}

/// The positional and keyword parameters of a function taking NumPy operands, and how many
/// positional arguments it needs; `None` for constants and dtypes.
pub(crate) fn parameters(kind: NpName) -> Option<(Vec<&'static str>, usize)> {
    Some(match kind {
        NpName::Unary(_) => (vec!["x"], 1),
        NpName::Binary(_) | NpName::Matmul => (vec!["x1", "x2"], 2),
        NpName::Where => (vec!["condition", "x", "y"], 1),
        NpName::Clip => (vec!["a", "a_min", "a_max"], 3),
        NpName::Round => (vec!["a", "decimals"], 1),
        NpName::IsClose | NpName::AllClose => (vec!["a", "b", "rtol", "atol", "equal_nan"], 2),
        NpName::ArrayEqual => (vec!["a1", "a2", "equal_nan"], 2),
        NpName::View(f) => {
            let mut params = vec!["a"];
            params.extend_from_slice(f.params());
            (params, f.required() + 1)
        }
        NpName::At(_) => (vec!["a", "indices", "b"], 3),
        NpName::Call(spec) => {
            let mut params: Vec<(usize, &'static str)> = spec
                .params
                .iter()
                .filter_map(|p| Some((p.pos?, p.name)))
                .collect();
            params.sort_unstable();
            let mut names: Vec<&'static str> = params.into_iter().map(|(_, n)| n).collect();
            names.extend(
                spec.params
                    .iter()
                    .filter(|p| p.pos.is_none())
                    .map(|p| p.name),
            );
            let required = spec
                .params
                .iter()
                .filter(|p| {
                    matches!(
                        p.kind,
                        ParamKind::Operand
                            | ParamKind::Operands
                            | ParamKind::Shape
                            | ParamKind::Quantiles
                            | ParamKind::IntOrList
                            | ParamKind::IntList
                            | ParamKind::PadWidth
                    )
                })
                .count();
            (names, required)
        }
        NpName::Constant(_) | NpName::Dtype(_) => return None,
    })
}

/// A method or attribute with NumPy's meaning on an expression (`a.astype(np.float64)`,
/// `a.T`): the function it stands for and whether it is an attribute (no parentheses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpMethod {
    /// `a.astype(dtype)`.
    AsType,
    /// `a.clip(lo, hi)`: `np.clip(a, lo, hi)`.
    Clip,
    /// `a.round(decimals=0)`: `np.round(a, decimals)`.
    Round,
    /// `a.T`: the transpose, a view.
    Transpose,
    /// `a.shape`: the shape as a tuple.
    Shape,
    /// `a.ndim`.
    Ndim,
    /// `a.size`.
    Size,
    /// A method returning a view or a copy: `a.transpose(1, 0)`, `a.ravel()` ...
    View(ViewFn),
    /// `a.flat`, indexed (`a.flat[3]`) or written (`a.flat[::2] = 0`).
    Flat,
    /// `a.base`, compared with `is`.
    Base,
    /// A method computed by a table entry (`a.sum(axis=0)`).
    Call(&'static FnSpec),
    /// `a.sort(axis=-1)`: in place.
    SortInPlace,
}

/// The NumPy method `name` called with (`call`) or without parentheses, if it is one.
pub(crate) fn method(name: &str, call: bool) -> Option<NpMethod> {
    Some(match (name, call) {
        ("astype", true) => NpMethod::AsType,
        ("clip", true) => NpMethod::Clip,
        ("round", true) => NpMethod::Round,
        ("T", false) => NpMethod::Transpose,
        ("shape", false) => NpMethod::Shape,
        ("ndim", false) => NpMethod::Ndim,
        ("size", false) => NpMethod::Size,
        ("transpose", true) => NpMethod::View(ViewFn::Transpose),
        ("swapaxes", true) => NpMethod::View(ViewFn::SwapAxes),
        ("squeeze", true) => NpMethod::View(ViewFn::Squeeze),
        ("ravel", true) => NpMethod::View(ViewFn::Ravel),
        ("reshape", true) => NpMethod::View(ViewFn::Reshape),
        ("flatten", true) => NpMethod::View(ViewFn::Flatten),
        ("copy", true) => NpMethod::View(ViewFn::Copy),
        ("diagonal", true) => NpMethod::View(ViewFn::Diagonal),
        ("flat", false) => NpMethod::Flat,
        ("base", false) => NpMethod::Base,
        ("sort", true) => NpMethod::SortInPlace,
        (other, true) => NpMethod::Call(method_call(other)?),
        _ => return None,
    })
}

/// The marker type of the range an integer literal's value falls in (see the array crate's
/// `dtype::weak`); `None` past `uint64` and `int64`, where NumPy has no dtype for it.
pub(crate) fn weak_range(v: i128) -> Option<&'static str> {
    const RANGES: [(i128, i128, &str); 12] = [
        (0, 127, "I8"),
        (128, 255, "U8"),
        (256, 32_767, "I16"),
        (32_768, 65_535, "U16"),
        (65_536, (1 << 31) - 1, "I32"),
        (1 << 31, (1 << 32) - 1, "U32"),
        (1 << 32, (1 << 63) - 1, "I64"),
        (1 << 63, (1 << 64) - 1, "U64"),
        (-128, -1, "NegI8"),
        (-32_768, -129, "NegI16"),
        (-(1 << 31), -32_769, "NegI32"),
        (-(1 << 63), -(1 << 31) - 1, "NegI64"),
    ];
    RANGES
        .iter()
        .find(|(lo, hi, _)| (*lo..=*hi).contains(&v))
        .map(|(_, _, name)| *name)
}
