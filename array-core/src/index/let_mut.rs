//! `let mut x = a[i, j]` in an `np! { ... }` block, when every index element may be an
//! integer: NumPy gives the element (a scalar copy) when the integers cover every axis, and a
//! view otherwise. Only the view needs `a` borrowed mutably, and which one it is depends on the
//! rank of `a`, a type the macro cannot see. So the expansion calls `a.__np_let_mut_K(idx)`
//! (`K` the number of elements) and lets method resolution choose: for an array of rank `K`
//! the `&self` method of [`LetMutElement1`] (...`6`) is found first, borrowing `a` shared;
//! for any other rank only the `&mut self` method of [`LetMutView1`] (...`6`) applies.

use ndarray::{Ix1, Ix2, Ix3, Ix4, Ix5, Ix6};

use super::pick::{CopyPick, PickLetMut};
use super::select::select;
use super::source::SourceMut;
use super::spec::Fits;
use super::{items, let_mut, LetMut};
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::error::IndexError;

macro_rules! let_mut_by_rank {
    ($($element:ident, $view:ident, $method:ident => $rank:ty;)*) => {$(
        /// `let mut x = a[...]` with as many integers as `a` has axes: the element, by value.
        pub trait $element<T> {
            /// Read the element (or a copy, for an index array in an integer's place).
            ///
            /// # Errors
            /// NumPy's error for this index.
            fn $method<'i, L>(&self, idx: L) -> Result<<L::Class as CopyPick<T, L::Out>>::Out, IndexError>
            where
                L: Fits<'i, $rank>,
                L::Class: CopyPick<T, L::Out>;
        }

        /// `let mut x = a[...]` with fewer integers than `a` has axes: a mutable view.
        pub trait $view<'a> {
            /// Take the mutable view.
            ///
            /// # Errors
            /// NumPy's error for this index.
            fn $method<'i, L>(&'a mut self, idx: L) -> Result<LetMut<'a, 'i, &'a mut Self, L>, IndexError>
            where
                &'a mut Self: SourceMut<'a>,
                L: Fits<'i, <&'a mut Self as SourceMut<'a>>::Dim>,
                L::Class: PickLetMut<'a, <&'a mut Self as SourceMut<'a>>::Elem, L::Out>;
        }

        impl<'a, X: 'a> $view<'a> for X {
            fn $method<'i, L>(&'a mut self, idx: L) -> Result<LetMut<'a, 'i, &'a mut Self, L>, IndexError>
            where
                &'a mut Self: SourceMut<'a>,
                L: Fits<'i, <&'a mut Self as SourceMut<'a>>::Dim>,
                L::Class: PickLetMut<'a, <&'a mut Self as SourceMut<'a>>::Elem, L::Out>,
            {
                let_mut(self, idx)
            }
        }

        let_mut_element!($element, $method, $rank;
            Array<T, $rank> => |a| a.inner.view();
            ArrayView<'_, T, $rank> => |a| a.inner.view();
            ArrayViewMut<'_, T, $rank> => |a| a.inner.view();
            Reshaped<'_, T, $rank> => |a| a.view().inner;
        );
    )*};
}

macro_rules! let_mut_element {
    ($element:ident, $method:ident, $rank:ty; $($ty:ty => |$s:ident| $view:expr;)*) => {$(
        impl<T: Clone> $element<T> for $ty {
            fn $method<'i, L>(&self, idx: L) -> Result<<L::Class as CopyPick<T, L::Out>>::Out, IndexError>
            where
                L: Fits<'i, $rank>,
                L::Class: CopyPick<T, L::Out>,
            {
                let $s = self;
                let items = items(idx);
                Ok(<L::Class as CopyPick<T, L::Out>>::pick(select($view.into_dyn(), &items)?))
            }
        }
    )*};
}

let_mut_by_rank! {
    LetMutElement1, LetMutView1, __np_let_mut_1 => Ix1;
    LetMutElement2, LetMutView2, __np_let_mut_2 => Ix2;
    LetMutElement3, LetMutView3, __np_let_mut_3 => Ix3;
    LetMutElement4, LetMutView4, __np_let_mut_4 => Ix4;
    LetMutElement5, LetMutView5, __np_let_mut_5 => Ix5;
    LetMutElement6, LetMutView6, __np_let_mut_6 => Ix6;
}
