//! Element-wise operations: NumPy's element loops (`ufunc`), and the comparisons and
//! arithmetic that build masks (`a > 25`, `(a > 10) & (a < 40)`, `a % 2 == 0`, `~m`), with
//! NumPy's broadcasting.

pub(crate) mod ufunc;

pub use self::ufunc::{
    Add, BitAnd, BitOr, BitXor, FloorDivide, InPlace, LeftShift, Mul, Remainder, RightShift, Sub,
    TrueDivide, Ufunc2,
};

use ndarray::{ArrayD, Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn, Zip};

use crate::array::Array;
use crate::broadcast::broadcast_shapes;
use crate::compare::{self, Compare};
use crate::error::IndexError;
use crate::value::Operand;
use ndarray::DimMax;

/// The rank of an element-wise result: the two ranks broadcast together.
pub type Broadcast<L, R, T, U> = <<L as Operand<T>>::Dim as DimMax<<R as Operand<U>>::Dim>>::Output;

/// What an element-wise operation returns at a rank: a plain value when both sides are scalars
/// (or 0-d arrays), as NumPy's arithmetic gives a scalar there; an array otherwise.
pub trait Wrap<R>: Dimension {
    /// The result type.
    type Out;
    /// The result of an operation on two 0-d operands.
    fn from_scalar(r: R) -> Self::Out;
    /// The result of an operation on arrays.
    fn from_array(a: ArrayD<R>) -> Self::Out;
}

impl<R> Wrap<R> for Ix0 {
    type Out = R;
    fn from_scalar(r: R) -> R {
        r
    }
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
            fn from_scalar(r: R) -> Self::Out {
                Self::from_array(ArrayD::from_shape_vec(IxDyn(&[]), vec![r]).expect("0-d"))
            }
            fn from_array(a: ArrayD<R>) -> Self::Out {
                Array { inner: a.into_dimensionality().expect("rank computed from the operand types") }
            }
        }
    )*};
}
wrap_arrays!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// The result type of an element-wise operation.
pub type Output<L, Rt, T, U, R> = <Broadcast<L, Rt, T, U> as Wrap<R>>::Out;

/// `f` over `l` and `r` broadcast together.
///
/// # Panics
/// With NumPy's message when the operands do not broadcast: see [`try_zip_with`].
#[track_caller]
pub(crate) fn zip_with<T, U, R, L: Operand<T>, Rt: Operand<U>>(
    l: &L,
    r: &Rt,
    f: impl Fn(&T, &U) -> R,
) -> Output<L, Rt, T, U, R>
where
    L::Dim: DimMax<Rt::Dim>,
    Broadcast<L, Rt, T, U>: Wrap<R>,
{
    match try_zip_with(l, r, f) {
        Ok(out) => out,
        Err(e) => panic!("{e}"),
    }
}

/// [`zip_with`], returning NumPy's `ValueError` when the operands do not broadcast.
pub(crate) fn try_zip_with<T, U, R, L: Operand<T>, Rt: Operand<U>>(
    l: &L,
    r: &Rt,
    f: impl Fn(&T, &U) -> R,
) -> Result<Output<L, Rt, T, U, R>, IndexError>
where
    L::Dim: DimMax<Rt::Dim>,
    Broadcast<L, Rt, T, U>: Wrap<R>,
{
    let (lv, rv) = (l.operand(), r.operand());
    if lv.ndim() == 0 && rv.ndim() == 0 {
        // Scalar arithmetic inside an index (`a[i + 1]`): no array, no allocation.
        let (x, y) = (lv.first().expect("0-d"), rv.first().expect("0-d"));
        return Ok(<Broadcast<L, Rt, T, U>>::from_scalar(f(x, y)));
    }
    let shape = broadcast_shapes([lv.shape(), rv.shape()])
        .ok_or_else(|| IndexError::operands_mismatch(&[lv.shape(), rv.shape()]))?;
    let (lb, rb) = (
        lv.broadcast(IxDyn(&shape)).expect("broadcast shape"),
        rv.broadcast(IxDyn(&shape)).expect("broadcast shape"),
    );
    Ok(<Broadcast<L, Rt, T, U>>::from_array(
        Zip::from(&lb).and(&rb).map_collect(f),
    ))
}

/// An element-wise comparison, `l OP r`, for each operator type of [`crate::compare`].
macro_rules! comparison_functions {
    ($($(#[$doc:meta])* $name:ident => $ty:ident, $bound:path;)*) => {$(
        $(#[$doc])*
        pub fn $name<T: $bound, L: Operand<T>, R: Operand<T>>(l: L, r: R) -> Output<L, R, T, T, bool>
        where
            L::Dim: DimMax<R::Dim>,
            Broadcast<L, R, T, T>: Wrap<bool>,
        {
            zip_with(&l, &r, <compare::$ty as Compare<T>>::test)
        }
    )*};
}
comparison_functions! {
    /// `l > r` element-wise.
    gt => Gt, PartialOrd;
    /// `l >= r` element-wise.
    ge => Ge, PartialOrd;
    /// `l < r` element-wise.
    lt => Lt, PartialOrd;
    /// `l <= r` element-wise.
    le => Le, PartialOrd;
    /// `l == r` element-wise.
    eq => Eq, PartialEq;
    /// `l != r` element-wise.
    ne => Ne, PartialEq;
}

/// An element-wise binary operation, `l OP r`, with NumPy's element loop `OP` (a ufunc
/// type) and NumPy's broadcasting.
macro_rules! ufunc_functions {
    ($($(#[$doc:meta])* $name:ident => $ufunc:ident;)*) => {$(
        $(#[$doc])*
        pub fn $name<T, L: Operand<T>, R: Operand<T>>(l: L, r: R) -> Output<L, R, T, T, <$ufunc as Ufunc2<T>>::Out>
        where
            T: Copy,
            $ufunc: Ufunc2<T>,
            L::Dim: DimMax<R::Dim>,
            Broadcast<L, R, T, T>: Wrap<<$ufunc as Ufunc2<T>>::Out>,
        {
            zip_with(&l, &r, |x, y| <$ufunc as Ufunc2<T>>::call(*x, *y))
        }
    )*};
}
ufunc_functions! {
    /// `l + r` element-wise.
    add => Add;
    /// `l - r` element-wise.
    sub => Sub;
    /// `l * r` element-wise.
    mul => Mul;
    /// `l / r` element-wise: NumPy's true division (integers give `f64`).
    div => TrueDivide;
    /// `np.floor_divide(l, r)`: Python's `//` (`x // 0` is 0 for integers).
    floor_divide => FloorDivide;
    /// `l % r` element-wise, with NumPy's sign rule (`x % 0` is 0 for integers).
    rem => Remainder;
    /// `l & r` element-wise: logical and for masks, bitwise for integers.
    bitand => BitAnd;
    /// `l | r` element-wise.
    bitor => BitOr;
    /// `l ^ r` element-wise.
    bitxor => BitXor;
    /// `l << r` element-wise.
    shl => LeftShift;
    /// `l >> r` element-wise.
    shr => RightShift;
}

/// `~m` or `!m` element-wise: logical not for masks, bitwise not for integers.
pub fn not<T, A: Operand<T>>(a: A) -> <A::Dim as Wrap<<T as core::ops::Not>::Output>>::Out
where
    T: Clone + core::ops::Not,
    A::Dim: Wrap<<T as core::ops::Not>::Output>,
{
    A::Dim::from_array(a.operand().map(|x| !x.clone()))
}

/// `-a` element-wise (`-i` of a scalar stays a scalar).
pub fn neg<T, A: Operand<T>>(a: A) -> <A::Dim as Wrap<<T as core::ops::Neg>::Output>>::Out
where
    T: Clone + core::ops::Neg,
    A::Dim: Wrap<<T as core::ops::Neg>::Output>,
{
    A::Dim::from_array(a.operand().map(|x| -x.clone()))
}

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
