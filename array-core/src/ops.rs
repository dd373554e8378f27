//! Element-wise operations inside an index: the comparisons and arithmetic that build masks
//! (`a > 25`, `(a > 10) & (a < 40)`, `a % 2 == 0`, `~m`), with NumPy's broadcasting.

use ndarray::{ArrayD, Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn, Zip};

use crate::array::Array;
use crate::broadcast::broadcast_shapes;
use crate::compare::{self, Compare};
use crate::error::operands_mismatch;
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

pub(crate) fn zip_with<T, U, R, L: Operand<T>, Rt: Operand<U>>(
    l: &L,
    r: &Rt,
    f: impl Fn(&T, &U) -> R,
) -> Output<L, Rt, T, U, R>
where
    L::Dim: DimMax<Rt::Dim>,
    Broadcast<L, Rt, T, U>: Wrap<R>,
{
    let (lv, rv) = (l.operand(), r.operand());
    if lv.ndim() == 0 && rv.ndim() == 0 {
        // Scalar arithmetic inside an index (`a[i + 1]`): no array, no allocation.
        let (x, y) = (lv.first().expect("0-d"), rv.first().expect("0-d"));
        return <Broadcast<L, Rt, T, U>>::from_scalar(f(x, y));
    }
    let shape = broadcast_shapes([lv.shape(), rv.shape()])
        .unwrap_or_else(|| panic!("{}", operands_mismatch(&[lv.shape(), rv.shape()])));
    let (lb, rb) = (
        lv.broadcast(IxDyn(&shape)).expect("broadcast shape"),
        rv.broadcast(IxDyn(&shape)).expect("broadcast shape"),
    );
    <Broadcast<L, Rt, T, U>>::from_array(Zip::from(&lb).and(&rb).map_collect(f))
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

macro_rules! arithmetic {
    ($($(#[$doc:meta])* $name:ident => $trait:ident :: $method:ident;)*) => {$(
        $(#[$doc])*
        pub fn $name<T, L: Operand<T>, R: Operand<T>>(l: L, r: R) -> Output<L, R, T, T, T>
        where
            T: Clone + core::ops::$trait<Output = T>,
            L::Dim: DimMax<R::Dim>,
            Broadcast<L, R, T, T>: Wrap<T>,
        {
            zip_with(&l, &r, |x, y| core::ops::$trait::$method(x.clone(), y.clone()))
        }
    )*};
}
arithmetic! {
    /// `l + r` element-wise.
    add => Add::add;
    /// `l - r` element-wise.
    sub => Sub::sub;
    /// `l * r` element-wise.
    mul => Mul::mul;
    /// `l / r` element-wise (Rust's division: integer division truncates, unlike NumPy's `/`).
    div => Div::div;
    /// `l & r` element-wise: logical and for masks, bitwise for integers.
    bitand => BitAnd::bitand;
    /// `l | r` element-wise.
    bitor => BitOr::bitor;
    /// `l ^ r` element-wise.
    bitxor => BitXor::bitxor;
    /// `l << r` element-wise.
    shl => Shl::shl;
    /// `l >> r` element-wise.
    shr => Shr::shr;
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

/// NumPy's `%` (`np.remainder`): the result has the sign of the divisor, and `x % 0` is 0 for
/// integers (NumPy warns) and `nan` for floats.
pub trait Remainder: Clone {
    /// `self % rhs` with NumPy's rule.
    fn remainder(&self, rhs: &Self) -> Self;
}
macro_rules! int_remainder {
    ($($t:ty),*) => {$(
        impl Remainder for $t {
            #[allow(unused_comparisons)]
            fn remainder(&self, rhs: &Self) -> Self {
                match self.checked_rem(*rhs) {
                    None => 0,
                    Some(r) if r != 0 && ((r < 0) != (*rhs < 0)) => r.wrapping_add(*rhs),
                    Some(r) => r,
                }
            }
        }
    )*};
}
int_remainder!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);
macro_rules! float_remainder {
    ($($t:ty),*) => {$(
        impl Remainder for $t {
            fn remainder(&self, rhs: &Self) -> Self {
                let r = self % rhs;
                if r != 0.0 && ((r < 0.0) != (*rhs < 0.0)) { r + rhs } else { r }
            }
        }
    )*};
}
float_remainder!(f32, f64);

/// `l % r` element-wise, with NumPy's sign rule (see [`Remainder`]).
pub fn rem<T: Remainder, L: Operand<T>, R: Operand<T>>(l: L, r: R) -> Output<L, R, T, T, T>
where
    L::Dim: DimMax<R::Dim>,
    Broadcast<L, R, T, T>: Wrap<T>,
{
    zip_with(&l, &r, T::remainder)
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
