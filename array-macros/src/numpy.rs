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
    NAMES.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
}

/// Every known name, for the error at an unknown one.
pub(crate) fn known_names() -> String {
    let names: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
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
        NpName::Where => (vec!["condition", "x", "y"], 3),
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
