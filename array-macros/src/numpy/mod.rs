//! The names of NumPy's namespace that `np!` knows: `np.NAME(...)` functions, `np.NAME`
//! constants and dtypes, and the methods and attributes with NumPy's meaning (`a.astype(T)`,
//! `a.T`). One table each, so `valid` can list them when a name is unknown and `expand` knows
//! what each becomes.
//!
//! This module holds `np.NAME` itself; the functions' signatures (`signatures`), the view
//! functions (`views`), the methods (`methods`) and the dtypes (`dtypes`) have a file each.

mod dtypes;
mod methods;
mod signatures;
mod views;

pub(crate) use self::dtypes::{builtin_dtype, weak_range};
pub(crate) use self::methods::{method, NpMethod};
pub(crate) use self::signatures::{call, call_form, AxisDefault, FnSpec, ParamKind};
pub(crate) use self::views::ViewFn;

use self::signatures::CALLS;

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
                            | ParamKind::Ints
                            | ParamKind::PadWidth
                    )
                })
                .count();
            (names, required)
        }
        NpName::Constant(_) | NpName::Dtype(_) => return None,
    })
}
