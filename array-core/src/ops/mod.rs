//! NumPy's element loops: binary (`ufunc`) and unary (`unary`), each with its result dtype,
//! called element by element by the expression nodes (`crate::expr`); and the result form of
//! an element-wise operation (a scalar for rank 0, else an array).

pub(crate) mod ufunc;
pub(crate) mod unary;

pub use self::ufunc::{
    Add, BitAnd, BitOr, BitXor, FloorDivide, InPlace, LeftShift, LogicalAnd, LogicalOr, LogicalXor,
    Maximum, Minimum, Mul, Power, Remainder, RightShift, Sub, TrueDivide, Ufunc2,
};
pub use self::unary::{
    Absolute, AsType, Ceil, Cos, Exp, Floor, Invert, IsFinite, IsInf, IsNan, Log, Log10, Log2,
    LogicalNot, Negative, Round, Sign, Sin, Sqrt, Square, Tan, Ufunc1,
};

use ndarray::{ArrayD, Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

use crate::array::Array;

/// What an element-wise operation returns at a rank: a plain value when both sides are scalars
/// (or 0-d arrays), as NumPy's arithmetic gives a scalar there; an array otherwise.
pub trait Wrap<R>: Dimension {
    /// The result type.
    type Out;
    /// The result of an operation on arrays.
    fn from_array(a: ArrayD<R>) -> Self::Out;
}

impl<R> Wrap<R> for Ix0 {
    type Out = R;
    fn from_array(a: ArrayD<R>) -> R {
        a.into_iter()
            .next()
            .expect("a 0-d result holds one element")
    }
}

macro_rules! wrap_arrays {
    ($($d:ty),*) => {$(
        impl<R> Wrap<R> for $d {
            type Out = Array<R, $d>;
            fn from_array(a: ArrayD<R>) -> Self::Out {
                Array { inner: a.into_dimensionality().expect("rank computed from the operand types") }
            }
        }
    )*};
}
wrap_arrays!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// A condition of Rust's `&&` or `||` inside `np!`: a `bool`, as in Rust.
#[diagnostic::on_unimplemented(
    message = "`&&` and `||` take booleans, not `{Self}`",
    label = "not a bool",
    note = "to combine masks element by element, use `&` or `|` with parentheses, as in `(a > 1) & (a < 5)`"
)]
pub trait Truth {
    /// The boolean.
    fn truth(self) -> bool;
}
impl Truth for bool {
    fn truth(self) -> bool {
        self
    }
}
impl Truth for &bool {
    fn truth(self) -> bool {
        *self
    }
}

/// `c` as the condition of Rust's `&&`/`||`.
pub fn truth(c: impl Truth) -> bool {
    c.truth()
}
