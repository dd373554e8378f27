//! Right-hand sides and operands: scalars, arrays, views, Rust arrays and list literals.

use ndarray::{ArrayViewD, Dimension, Ix0, Ix1, Ix2, Ix3, IxDyn};

use crate::__private::Sealed;
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::dtype::Scalar;

/// A value that can stand on the right of `np!(a[idx] = value)` or in an element-wise
/// operation inside an index: a scalar of the element type, or anything array-like whose
/// elements are of that type. It broadcasts as NumPy broadcasts.
///
/// ```
/// use npview::{array, np};
/// let mut a = array![[1, 2, 3], [4, 5, 6]];
/// np!(a[0] = [7, 8, 9]);
/// np!(a[1, ::2] = 0);
/// assert_eq!(a.to_string(), "[[7 8 9]\n [0 5 0]]");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as an array of `{T}`",
    note = "use a scalar of the element type, an npview array or view, a Rust array, a Vec or a slice"
)]
pub trait Operand<T>: Sealed {
    /// The rank this operand has.
    type Dim: Dimension;
    /// A dynamic-rank view of the operand (0-d for a scalar).
    #[doc(hidden)]
    fn operand(&self) -> ArrayViewD<'_, T>;

    /// Whether this is a list (a Rust array, `Vec` or slice) rather than an array: NumPy
    /// converts lists by their own rule in some assignments.
    #[doc(hidden)]
    fn is_list(&self) -> bool {
        false
    }
}

#[diagnostic::do_not_recommend]
impl<T: Scalar> Operand<T> for T {
    type Dim = Ix0;
    fn operand(&self) -> ArrayViewD<'_, T> {
        ArrayViewD::from_shape(IxDyn(&[]), core::slice::from_ref(self)).expect("one element")
    }
}
impl<T: Scalar> Sealed for &T {}
#[diagnostic::do_not_recommend]
impl<T: Scalar> Operand<T> for &T {
    type Dim = Ix0;
    fn operand(&self) -> ArrayViewD<'_, T> {
        ArrayViewD::from_shape(IxDyn(&[]), core::slice::from_ref(*self)).expect("one element")
    }
}

macro_rules! array_operands {
    ($([$($g:tt)*] $ty:ty => $dim:ty, $list:literal, |$s:ident| $view:expr;)*) => {$(
        impl<$($g)*> Sealed for $ty {}
        #[diagnostic::do_not_recommend]
        impl<$($g)*> Operand<T> for $ty {
            type Dim = $dim;
            fn operand(&self) -> ArrayViewD<'_, T> {
                let $s = self;
                $view
            }
            fn is_list(&self) -> bool {
                $list
            }
        }
    )*};
}
array_operands! {
    [T, D: Dimension] Array<T, D> => D, false, |a| a.inner.view().into_dyn();
    [T, D: Dimension] &Array<T, D> => D, false, |a| a.inner.view().into_dyn();
    [T, D: Dimension] ArrayView<'_, T, D> => D, false, |a| a.inner.view().into_dyn();
    [T, D: Dimension] &ArrayView<'_, T, D> => D, false, |a| a.inner.view().into_dyn();
    [T, D: Dimension] &ArrayViewMut<'_, T, D> => D, false, |a| a.inner.view().into_dyn();
    [T, D: Dimension] Reshaped<'_, T, D> => D, false, |a| a.view().inner.into_dyn();
    [T, D: Dimension] &Reshaped<'_, T, D> => D, false, |a| a.view().inner.into_dyn();
    [T, D: Dimension] &ndarray::Array<T, D> => D, false, |a| a.view().into_dyn();
    [T, D: Dimension] &&Array<T, D> => D, false, |a| a.inner.view().into_dyn();
    [T, D: Dimension] &&mut Array<T, D> => D, false, |a| a.inner.view().into_dyn();
    [T, D: Dimension] &&mut ArrayViewMut<'_, T, D> => D, false, |a| a.inner.view().into_dyn();
    [T] Vec<T> => Ix1, true, |a| ArrayViewD::from_shape(IxDyn(&[a.len()]), a).expect("1-D");
    [T] &Vec<T> => Ix1, true, |a| ArrayViewD::from_shape(IxDyn(&[a.len()]), a).expect("1-D");
    [T] &[T] => Ix1, true, |a| ArrayViewD::from_shape(IxDyn(&[a.len()]), a).expect("1-D");
    [T: Scalar, const N: usize] [T; N] => Ix1, true, |a| ArrayViewD::from_shape(IxDyn(&[N]), &a[..]).expect("1-D");
    [T: Scalar, const N: usize] &[T; N] => Ix1, true, |a| ArrayViewD::from_shape(IxDyn(&[N]), &a[..]).expect("1-D");
    [T: Scalar, const N: usize, const M: usize] [[T; N]; M] => Ix2, true,
        |a| ArrayViewD::from_shape(IxDyn(&[M, N]), a.as_flattened()).expect("2-D");
    [T: Scalar, const N: usize, const M: usize] &[[T; N]; M] => Ix2, true,
        |a| ArrayViewD::from_shape(IxDyn(&[M, N]), a.as_flattened()).expect("2-D");
    [T: Scalar, const N: usize, const M: usize, const K: usize] [[[T; N]; M]; K] => Ix3, true,
        |a| ArrayViewD::from_shape(IxDyn(&[K, M, N]), a.as_flattened().as_flattened()).expect("3-D");
}
