//! NumPy's view functions as Rust methods of arrays and views, for code outside `np!`: the
//! same functions `np!(a.swapaxes(0, 1))` calls, so the same views, copies and errors (the
//! split family included, as a `Vec` of views). Shared
//! forms borrow the array (`&self`); the `_mut` forms give mutable views (`&mut self`).

use ndarray::{DimAdd, Dimension, Ix1, IxDyn};

use super::ops::ViewOp;
use super::split::split_mut;
use super::{
    ascontiguousarray, broadcast_to, diagonal, expand_dims, expand_dims_mut, flatten, flip_mut,
    moveaxis, moveaxis_mut, ravel, rearranged, split, split_at, squeeze, swapaxes, swapaxes_mut,
    transpose, transpose_mut, AtLeast1, SplitKind,
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

            /// NumPy's `np.ascontiguousarray(a)`: the array itself as a view when it is
            /// C-contiguous, else a C-ordered copy ([`Reshaped::is_view`] tells which); a 0-d
            /// array becomes 1-d.
            ///
            /// ```
            #[doc = $make]
            /// assert!(m.ascontiguousarray().is_view());
            /// assert!(!m.transpose().ascontiguousarray().is_view());
            /// ```
            pub fn ascontiguousarray(&self) -> Reshaped<$out, T, <D as AtLeast1>::Out>
            where
                D: AtLeast1,
            {
                ascontiguousarray(self)
            }

            /// NumPy's `np.split(a, sections, axis)`: `sections` views of equal length along
            /// `axis`.
            ///
            /// # Errors
            /// NumPy's `ValueError: array split does not result in an equal division`, and
            /// `IndexError: tuple index out of range` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// let columns = m.split(3, 1).unwrap();
            /// assert_eq!(columns[2].to_string(), "[[2]\n [5]]");
            /// assert!(m.split(4, 1).is_err());
            /// ```
            pub fn split(&self, sections: usize, axis: isize) -> Result<Vec<ArrayView<$out, T, D>>, IndexError> {
                split(self, sections, SplitKind::Split, axis)
            }

            /// NumPy's `np.array_split(a, sections, axis)`: as [`split`](Self::split), but the
            /// first pieces are one longer when the length does not divide.
            ///
            /// # Errors
            /// NumPy's `ValueError: number sections must be larger than 0.`, and
            /// `IndexError: tuple index out of range` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// let pieces = m.array_split(2, 1).unwrap();
            /// assert_eq!((pieces[0].shape(), pieces[1].shape()), (&[2, 2][..], &[2, 1][..]));
            /// ```
            pub fn array_split(&self, sections: usize, axis: isize) -> Result<Vec<ArrayView<$out, T, D>>, IndexError> {
                split(self, sections, SplitKind::ArraySplit, axis)
            }

            /// NumPy's `np.split(a, [i, j, ...], axis)`: views starting at those indices along
            /// `axis`, by Python's slice rules (negative from the end, clamped; a piece may be
            /// empty).
            ///
            /// # Errors
            /// `IndexError: tuple index out of range` for an axis out of range.
            ///
            /// ```
            #[doc = $make]
            /// let pieces = m.split_at_indices(&[1, -1], 1).unwrap();
            /// assert_eq!(pieces[1].to_string(), "[[1]\n [4]]");
            /// ```
            pub fn split_at_indices(&self, indices: &[isize], axis: isize) -> Result<Vec<ArrayView<$out, T, D>>, IndexError> {
                split_at(self, indices, SplitKind::Split, axis)
            }

            /// NumPy's `np.hsplit(a, sections)`: [`split`](Self::split) along axis 1 (axis 0 of
            /// a 1-d array).
            ///
            /// # Errors
            /// As [`split`](Self::split); NumPy's `ValueError` for a 0-d array.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.hsplit(3).unwrap()[0].to_string(), "[[0]\n [3]]");
            /// ```
            pub fn hsplit(&self, sections: usize) -> Result<Vec<ArrayView<$out, T, D>>, IndexError> {
                split(self, sections, SplitKind::HSplit, 0)
            }

            /// NumPy's `np.vsplit(a, sections)`: [`split`](Self::split) along axis 0 of an
            /// array of at least 2 dimensions.
            ///
            /// # Errors
            /// As [`split`](Self::split); NumPy's `ValueError` below 2 dimensions.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.vsplit(2).unwrap()[1].to_string(), "[[3 4 5]]");
            /// ```
            pub fn vsplit(&self, sections: usize) -> Result<Vec<ArrayView<$out, T, D>>, IndexError> {
                split(self, sections, SplitKind::VSplit, 0)
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

            /// [`split`](Self::split) as disjoint mutable views (a split borrow: every piece
            /// can be written while the others are).
            ///
            /// # Errors
            /// As [`split`](Self::split).
            ///
            /// ```
            #[doc = $make]
            /// let mut rows = m.split_mut(2, 0).unwrap();
            /// rows[1].fill(7);
            /// rows[0][[0, 0]] = rows[1][[0, 0]];
            /// assert_eq!(m.to_string(), "[[7 1 2]\n [7 7 7]]");
            /// ```
            pub fn split_mut(&mut self, sections: usize, axis: isize) -> Result<Vec<ArrayViewMut<'_, T, D>>, IndexError> {
                split_mut(self, sections, SplitKind::Split, axis)
            }

            /// [`array_split`](Self::array_split) as disjoint mutable views.
            ///
            /// # Errors
            /// As [`array_split`](Self::array_split).
            ///
            /// ```
            #[doc = $make]
            /// let mut pieces = m.array_split_mut(2, 1).unwrap();
            /// pieces[1].fill(0);
            /// assert_eq!(m.to_string(), "[[0 1 0]\n [3 4 0]]");
            /// ```
            pub fn array_split_mut(&mut self, sections: usize, axis: isize) -> Result<Vec<ArrayViewMut<'_, T, D>>, IndexError> {
                split_mut(self, sections, SplitKind::ArraySplit, axis)
            }
        }
    )*};
}

mutable_view_methods! {
    [] Array<T, D>, "let mut m = npview::arange(6).into_reshape((2, 3));";
    ['a] ArrayViewMut<'a, T, D>, "let mut owner = npview::arange(6).into_reshape((2, 3));\nlet mut m = owner.view_mut();";
}
