//! The Rust element types behind NumPy's dtypes: the types a dtype argument names, and the
//! weak range of a Python integer literal.

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
