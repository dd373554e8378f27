//! NumPy's reductions as Rust methods of npview's arrays and views, for code outside `np!`:
//! `a.sum()`, `a.mean()`, `a.max()`, ... with NumPy's result dtypes and answers (the same
//! functions `np!(np.sum(a))` calls). They shadow ndarray's methods of the same names, which
//! `Deref` would otherwise reach and which answer differently (ndarray's `sum` of `i32` is an
//! `i32` that overflows; NumPy's is an `int64`; ndarray's `mean` of integers is an integer).

use ndarray::Dimension;

use super::{Array, ArrayView, ArrayViewMut};
use crate::axes::{AllAxes, OneAxis};
use crate::dtype::{CastFrom, Scalar};
use crate::error::IndexError;
use crate::rank::RankSub;
use crate::reduce::{self, Accumulated, MeanDtype, NoDtype, NoKeep, Reduced, SumDtype};

/// The dtype of NumPy's `sum` and `prod` of `T`: `int64` for booleans and signed integers,
/// `uint64` for unsigned ones, the float itself.
///
/// ```
/// use npview::{array, np, SumType};
/// let a = array![1u8, 255];
/// let s: SumType<u8> = np!(np.sum(a)); // u64, so it does not wrap at 255
/// assert_eq!(s, 256u64);
/// ```
pub type SumType<T> = <T as SumDtype>::Out;
/// The dtype of NumPy's `mean`, `var` and `std` of `T`: `float64`, or the float itself.
///
/// ```
/// use npview::{array, np, MeanType};
/// let m: MeanType<i32> = np!(np.mean(array![1i32, 2])); // f64
/// assert_eq!(m, 1.5);
/// let m: MeanType<f32> = np!(np.mean(array![1.0f32, 2.0])); // f32 stays f32
/// assert_eq!(m, 1.5f32);
/// ```
pub type MeanType<T> = <T as MeanDtype>::Out;

/// Why a reduction of a whole array cannot fail: its operand is an array, so no shapes are
/// broadcast, and the axes are all of them.
const WHOLE: &str = "a reduction of a whole array has no shapes to check";

macro_rules! numpy_reductions {
    ($([$($lt:lifetime)?] $ty:ty, $example:literal;)*) => {$(
        impl<$($lt,)? T: Scalar, D: Dimension> $ty {
            /// NumPy's `a.sum()`: booleans and small integers sum as `int64` (`uint64` when
            /// unsigned), floats pairwise in NumPy's order, so printed results agree.
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.sum(), 15i64); // int32 sums as int64
            /// ```
            pub fn sum(&self) -> SumType<T>
            where
                T: SumDtype,
            {
                reduce::sum(self, AllAxes, NoKeep, NoDtype).expect(WHOLE)
            }

            /// NumPy's `a.sum(axis=k)` (`k` negative counts from the end): one rank less, a
            /// scalar for a 1-D array.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            /// let m = npview::arange(6).into_reshape((2, 3));
            /// assert_eq!(m.sum_axis(0).unwrap().to_string(), "[3 5 7]");
            /// ```
            pub fn sum_axis(&self, axis: isize) -> Result<Reduced<&Self, OneAxis, NoKeep, SumType<T>>, IndexError>
            where
                T: SumDtype,
                D: RankSub<ndarray::Ix1>,
                <D as RankSub<ndarray::Ix1>>::Output: crate::ops::Wrap<SumType<T>>,
            {
                reduce::sum(self, OneAxis(axis), NoKeep, NoDtype)
            }

            /// NumPy's `a.prod()`, in the dtype of [`sum`](Self::sum).
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.prod(), 120i64);
            /// ```
            pub fn prod(&self) -> SumType<T>
            where
                T: SumDtype,
            {
                reduce::prod(self, AllAxes, NoKeep, NoDtype).expect(WHOLE)
            }

            /// NumPy's `a.mean()`: `float64` for integers (NaN for an empty array, where
            /// NumPy also warns `RuntimeWarning: Mean of empty slice`).
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.mean(), 3.0);
            /// ```
            pub fn mean(&self) -> MeanType<T>
            where
                T: MeanDtype,
            {
                reduce::mean(self, AllAxes, NoKeep, NoDtype).expect(WHOLE)
            }

            /// NumPy's `a.mean(axis=k)`.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            /// let m = npview::arange(6).into_reshape((2, 3));
            /// assert_eq!(m.mean_axis(1).unwrap().to_string(), "[1. 4.]");
            /// ```
            pub fn mean_axis(&self, axis: isize) -> Result<Reduced<&Self, OneAxis, NoKeep, MeanType<T>>, IndexError>
            where
                T: MeanDtype,
                D: RankSub<ndarray::Ix1>,
                <D as RankSub<ndarray::Ix1>>::Output: crate::ops::Wrap<MeanType<T>>,
            {
                reduce::mean(self, OneAxis(axis), NoKeep, NoDtype)
            }

            /// NumPy's `a.var(ddof=ddof)`: the mean squared difference from the mean, divided
            /// by `size - ddof`.
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.var(0), 2.0);
            /// assert_eq!(a.var(1), 2.5);
            /// ```
            pub fn var(&self, ddof: isize) -> MeanType<T>
            where
                T: MeanDtype,
            {
                reduce::var(self, AllAxes, NoKeep, NoDtype, ddof).expect(WHOLE)
            }

            /// NumPy's `a.std(ddof=ddof)`: the square root of [`var`](Self::var).
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.std(0), 2f64.sqrt());
            /// ```
            pub fn std(&self, ddof: isize) -> MeanType<T>
            where
                T: MeanDtype,
            {
                reduce::std(self, AllAxes, NoKeep, NoDtype, ddof).expect(WHOLE)
            }

            /// NumPy's `a.min()`: NaN wins.
            ///
            /// # Errors
            /// NumPy's `zero-size array to reduction operation minimum which has no identity`
            /// for an empty array.
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.min().unwrap(), 1);
            /// ```
            pub fn min(&self) -> Result<T, IndexError> {
                reduce::min(self, AllAxes, NoKeep)
            }

            /// NumPy's `a.max()`: NaN wins.
            ///
            /// # Errors
            /// NumPy's `zero-size array to reduction operation maximum which has no identity`
            /// for an empty array.
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.max().unwrap(), 5);
            /// let empty = npview::Array1::<f64>::zeros(0);
            /// assert_eq!(
            ///     empty.max().unwrap_err().to_string(),
            ///     "zero-size array to reduction operation maximum which has no identity"
            /// );
            /// ```
            pub fn max(&self) -> Result<T, IndexError> {
                reduce::max(self, AllAxes, NoKeep)
            }

            /// NumPy's `a.argmin()`: the flat index of the first minimum (of the first NaN).
            ///
            /// # Errors
            /// `attempt to get argmin of an empty sequence`.
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.argmin().unwrap(), 0);
            /// ```
            pub fn argmin(&self) -> Result<i64, IndexError> {
                reduce::argmin(self, AllAxes, NoKeep)
            }

            /// NumPy's `a.argmax()`: the flat index of the first maximum (of the first NaN).
            ///
            /// # Errors
            /// `attempt to get argmax of an empty sequence`.
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.argmax().unwrap(), 4);
            /// ```
            pub fn argmax(&self) -> Result<i64, IndexError> {
                reduce::argmax(self, AllAxes, NoKeep)
            }

            /// NumPy's `a.any()`: whether any element is nonzero.
            ///
            /// ```
            #[doc = $example]
            /// assert!(a.any());
            /// ```
            pub fn any(&self) -> bool
            where
                bool: CastFrom<T>,
            {
                reduce::any(self, AllAxes, NoKeep).expect(WHOLE)
            }

            /// NumPy's `a.all()`: whether every element is nonzero (`true` when empty).
            ///
            /// ```
            #[doc = $example]
            /// assert!(a.all());
            /// ```
            pub fn all(&self) -> bool
            where
                bool: CastFrom<T>,
            {
                reduce::all(self, AllAxes, NoKeep).expect(WHOLE)
            }

            /// NumPy's `a.cumsum()`: running sums of the flattened array, in the dtype of
            /// [`sum`](Self::sum).
            ///
            /// ```
            #[doc = $example]
            /// assert_eq!(a.cumsum().to_string(), "[ 1  3  6 10 15]");
            /// ```
            pub fn cumsum(&self) -> Accumulated<&Self, AllAxes, SumType<T>>
            where
                T: SumDtype,
            {
                reduce::cumsum(self, AllAxes, NoDtype).expect(WHOLE)
            }
        }
    )*};
}

numpy_reductions! {
    [] Array<T, D>, "let a = npview::array![1i32, 2, 3, 4, 5];";
    ['a] ArrayView<'a, T, D>, "let owner = npview::array![0i32, 1, 2, 3, 4, 5];\nlet a = npview::np!(owner[1:]);";
    ['a] ArrayViewMut<'a, T, D>, "let mut owner = npview::array![0i32, 1, 2, 3, 4, 5];\nlet a = npview::np!(&mut owner[1:]);";
}
