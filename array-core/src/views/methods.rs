//! NumPy's view functions as Rust methods of arrays and views, for code outside `np!`: the
//! same functions `np!(a.swapaxes(0, 1))` calls, so the same views, copies and errors. Shared
//! forms borrow the array (`&self`); the `_mut` forms give mutable views (`&mut self`).

use ndarray::{DimAdd, Dimension, Ix1, IxDyn};

use super::ops::ViewOp;
use super::{
    broadcast_to, diagonal, expand_dims, expand_dims_mut, flatten, flip_mut, moveaxis,
    moveaxis_mut, ravel, rearranged, squeeze, swapaxes, swapaxes_mut, transpose, transpose_mut,
};
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::axes::{AllAxes, OneAxis};
use crate::error::IndexError;
use crate::rank::RankSub;

macro_rules! shared_view_methods {
    ($([$($lt:lifetime)?] $ty:ty => $out:lifetime, $make:literal;)*) => {$(
        impl<$($lt,)? T: Clone, D: Dimension> $ty {
            /// NumPy's `a.transpose()`: the axes reversed, as a view (`a.T`).
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.transpose().to_string(), "[[0 3]\n [1 4]\n [2 5]]");
            /// ```
            pub fn transpose(&self) -> ArrayView<$out, T, D> {
                transpose(self, AllAxes).expect("reversing the axes always fits")
            }

            /// NumPy's `a.swapaxes(i, j)`: a view.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.swapaxes(0, -1).unwrap().shape(), &[3, 2]);
            /// ```
            pub fn swapaxes(&self, i: isize, j: isize) -> Result<ArrayView<$out, T, D>, IndexError> {
                swapaxes(self, i, j)
            }

            /// NumPy's `np.moveaxis(a, source, destination)`: a view.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.moveaxis(0, 1).unwrap().to_string(), "[[0 3]\n [1 4]\n [2 5]]");
            /// ```
            pub fn moveaxis(&self, source: isize, destination: isize) -> Result<ArrayView<$out, T, D>, IndexError> {
                moveaxis(self, OneAxis(source), OneAxis(destination))
            }

            /// NumPy's `a.squeeze()`: every length-1 axis removed (so the rank is known only at
            /// run time), as a view.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.expand_dims(0).unwrap().squeeze().shape(), &[2, 3]);
            /// ```
            pub fn squeeze(&self) -> ArrayView<$out, T, IxDyn> {
                squeeze(self, AllAxes).expect("squeezing every length-1 axis always fits")
            }

            /// NumPy's `np.expand_dims(a, axis)`: a view with a new length-1 axis.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.expand_dims(-1).unwrap().shape(), &[2, 3, 1]);
            /// ```
            pub fn expand_dims(&self, axis: isize) -> Result<ArrayView<$out, T, <D as DimAdd<Ix1>>::Output>, IndexError>
            where
                D: DimAdd<Ix1>,
            {
                expand_dims(self, OneAxis(axis))
            }

            /// NumPy's `np.flip(a, axis)`: a view with that axis reversed.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.flip(1).unwrap().to_string(), "[[2 1 0]\n [5 4 3]]");
            /// ```
            pub fn flip(&self, axis: isize) -> Result<ArrayView<$out, T, D>, IndexError> {
                rearranged(self, ViewOp::Flip(Some(vec![axis])))
            }

            /// NumPy's `a.ravel()`: the elements in C order, a view when NumPy's rule allows one
            /// and a copy otherwise ([`Reshaped::is_view`] says which).
            ///
            /// ```
            #[doc = $make]
            /// assert!(m.ravel().is_view());
            /// assert!(!m.transpose().ravel().is_view());
            /// ```
            pub fn ravel(&self) -> Reshaped<$out, T, Ix1> {
                ravel(self)
            }

            /// NumPy's `a.flatten()`: always a new 1-d array in C order.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.transpose().flatten().to_string(), "[0 3 1 4 2 5]");
            /// ```
            pub fn flatten(&self) -> Array<T, Ix1> {
                flatten(self)
            }

            /// NumPy's `np.broadcast_to(a, shape)`: a read-only view repeating the array.
            ///
            /// # Errors
            /// NumPy's `ValueError` when the array does not broadcast to `shape`.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.broadcast_to([2, 2, 3]).unwrap().shape(), &[2, 2, 3]);
            /// ```
            pub fn broadcast_to<const K: usize>(
                &self,
                shape: [isize; K],
            ) -> Result<ArrayView<$out, T, <[usize; K] as ndarray::IntoDimension>::Dim>, IndexError>
            where
                [usize; K]: ndarray::IntoDimension,
            {
                broadcast_to(self, shape)
            }

            /// NumPy's `a.diagonal()` (offset 0, the first two axes): a read-only view.
            ///
            /// # Errors
            /// NumPy's `ValueError` for an array of fewer than two dimensions.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.diagonal().unwrap().to_string(), "[0 4]");
            /// ```
            pub fn diagonal(&self) -> Result<ArrayView<$out, T, <D as RankSub<Ix1>>::Output>, IndexError>
            where
                D: RankSub<Ix1>,
            {
                diagonal(self, 0, 0, 1)
            }
        }
    )*};
}

shared_view_methods! {
    [] Array<T, D> => '_, "let m = npview::arange(6).into_reshape((2, 3));";
    ['a] ArrayView<'a, T, D> => 'a, "let owner = npview::arange(6).into_reshape((2, 3));\nlet m = owner.view();";
    ['a] ArrayViewMut<'a, T, D> => '_, "let mut owner = npview::arange(6).into_reshape((2, 3));\nlet m = owner.view_mut();";
}

macro_rules! mutable_view_methods {
    ($([$($lt:lifetime)?] $ty:ty, $make:literal;)*) => {$(
        impl<$($lt,)? T: Clone, D: Dimension> $ty {
            /// NumPy's `a.T` as a mutable view: writes through it change the array.
            ///
            /// ```
            #[doc = $make]
            /// m.transpose_mut()[[2, 0]] = 20;
            /// assert_eq!(m.to_string(), "[[ 0  1 20]\n [ 3  4  5]]");
            /// ```
            pub fn transpose_mut(&mut self) -> ArrayViewMut<'_, T, D> {
                transpose_mut(self, AllAxes).expect("reversing the axes always fits")
            }

            /// [`swapaxes`](Self::swapaxes) as a mutable view.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// m.swapaxes_mut(0, 1).unwrap()[[1, 0]] = -1;
            /// assert_eq!(m.to_string(), "[[ 0 -1  2]\n [ 3  4  5]]");
            /// ```
            pub fn swapaxes_mut(&mut self, i: isize, j: isize) -> Result<ArrayViewMut<'_, T, D>, IndexError> {
                swapaxes_mut(self, i, j)
            }

            /// [`moveaxis`](Self::moveaxis) as a mutable view.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.moveaxis_mut(0, 1).unwrap().shape(), &[3, 2]);
            /// ```
            pub fn moveaxis_mut(&mut self, source: isize, destination: isize) -> Result<ArrayViewMut<'_, T, D>, IndexError> {
                moveaxis_mut(self, OneAxis(source), OneAxis(destination))
            }

            /// [`expand_dims`](Self::expand_dims) as a mutable view.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.expand_dims_mut(0).unwrap().shape(), &[1, 2, 3]);
            /// ```
            pub fn expand_dims_mut(&mut self, axis: isize) -> Result<ArrayViewMut<'_, T, <D as DimAdd<Ix1>>::Output>, IndexError>
            where
                D: DimAdd<Ix1>,
            {
                expand_dims_mut(self, OneAxis(axis))
            }

            /// [`flip`](Self::flip) as a mutable view.
            ///
            /// # Errors
            /// NumPy's `AxisError` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// m.flip_mut(1).unwrap()[[0, 0]] = 9;
            /// assert_eq!(m.to_string(), "[[0 1 9]\n [3 4 5]]");
            /// ```
            pub fn flip_mut(&mut self, axis: isize) -> Result<ArrayViewMut<'_, T, D>, IndexError> {
                flip_mut(self, OneAxis(axis))
            }
        }
    )*};
}

mutable_view_methods! {
    [] Array<T, D>, "let mut m = npview::arange(6).into_reshape((2, 3));";
    ['a] ArrayViewMut<'a, T, D>, "let mut owner = npview::arange(6).into_reshape((2, 3));\nlet mut m = owner.view_mut();";
}
