//! What can be an operand of an `np!` expression, and the node each becomes: arrays and views
//! (borrowed, as a [`Leaf`], or owned, as an [`OwnedLeaf`]), scalars and weak literals (a
//! [`Constant`]), Rust arrays, vectors and slices (NumPy's lists), tuples of one element type
//! (read as lists, as NumPy reads them), and expressions themselves.

use ndarray::Dimension;

use super::node::{Constant, Leaf, Node, OwnedLeaf};
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::dtype::{DType, Scalar, WeakFloat, WeakInt};

/// What can be an operand of an expression: arrays and views (borrowed or owned), scalars,
/// weak literals, Rust arrays and vectors (NumPy's lists), tuples of one element type, and
/// expressions themselves.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be an operand of a NumPy expression",
    label = "not an array, a view, a scalar or a list",
    note = "operands are npview arrays and views, scalars of NumPy's element types (bool, integers, floats), Rust arrays, vectors and slices of those, and tuples whose elements are all one such type"
)]
#[doc(hidden)]
pub trait IntoNode {
    /// The node.
    type Node: Node;
    /// Make it.
    fn into_node(self) -> Self::Node;
}

impl<N: Node> IntoNode for N {
    type Node = N;
    #[inline(always)]
    fn into_node(self) -> N {
        self
    }
}

macro_rules! view_operands {
    ($([$($g:tt)*] $ty:ty => |$s:ident| $view:expr;)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<'a, $($g)*> IntoNode for $ty {
            type Node = Leaf<'a, T, D>;
            #[inline]
            fn into_node(self) -> Leaf<'a, T, D> {
                let $s = self;
                Leaf { view: $view, list: false }
            }
        }
    )*};
}
view_operands! {
    [T: Scalar, D: Dimension] &'a Array<T, D> => |a| a.inner.view();
    [T: Scalar, D: Dimension] ArrayView<'a, T, D> => |a| a.inner;
    ['b, T: Scalar, D: Dimension] &'a ArrayView<'b, T, D> => |a| a.inner.view();
    ['b, T: Scalar, D: Dimension] &'a ArrayViewMut<'b, T, D> => |a| a.inner.view();
    ['b, T: Scalar, D: Dimension] &'a Reshaped<'b, T, D> => |a| a.view().inner;
    ['b, T: Scalar, D: Dimension] &'a &'b Array<T, D> => |a| a.inner.view();
    ['b, T: Scalar, D: Dimension] &'a &'b mut Array<T, D> => |a| a.inner.view();
    ['b, 'c, T: Scalar, D: Dimension] &'a &'b ArrayView<'c, T, D> => |a| a.inner.view();
    [T: Scalar, D: Dimension] &'a ndarray::Array<T, D> => |a| a.view();
    [T: Scalar, D: Dimension] ndarray::ArrayView<'a, T, D> => |a| a;
    ['b, T: Scalar, D: Dimension] &'a ndarray::ArrayView<'b, T, D> => |a| a.view();
    ['b, T: Scalar, D: Dimension] &'a ndarray::ArrayViewMut<'b, T, D> => |a| a.view();
}

#[diagnostic::do_not_recommend]
impl<T: Scalar, D: Dimension> IntoNode for ndarray::Array<T, D> {
    type Node = OwnedLeaf<T, D>;
    fn into_node(self) -> OwnedLeaf<T, D> {
        OwnedLeaf {
            array: self,
            list: false,
        }
    }
}

#[diagnostic::do_not_recommend]
impl<T: Scalar, D: Dimension> IntoNode for Array<T, D> {
    type Node = OwnedLeaf<T, D>;
    fn into_node(self) -> OwnedLeaf<T, D> {
        OwnedLeaf {
            array: self.into_inner(),
            list: false,
        }
    }
}

#[diagnostic::do_not_recommend]
impl<'b, T: Scalar, D: Dimension> IntoNode for Reshaped<'b, T, D> {
    type Node = OwnedLeaf<T, D>;
    fn into_node(self) -> OwnedLeaf<T, D> {
        OwnedLeaf {
            array: self.into_owned().into_inner(),
            list: false,
        }
    }
}

/// Scalars (by value or borrowed) and weak literals.
macro_rules! scalar_operands {
    ($($t:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl IntoNode for $t {
            type Node = Constant<$t>;
            #[inline(always)]
            fn into_node(self) -> Constant<$t> {
                Constant(self)
            }
        }
        #[diagnostic::do_not_recommend]
        impl IntoNode for &$t {
            type Node = Constant<$t>;
            #[inline(always)]
            fn into_node(self) -> Constant<$t> {
                Constant(*self)
            }
        }
    )*};
}
scalar_operands!(bool, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64, WeakFloat);

#[diagnostic::do_not_recommend]
impl<R: Copy + 'static> IntoNode for WeakInt<R>
where
    WeakInt<R>: DType,
{
    type Node = Constant<WeakInt<R>>;
    #[inline(always)]
    fn into_node(self) -> Constant<WeakInt<R>> {
        Constant(self)
    }
}

/// NumPy's lists: Rust arrays, vectors and slices become 1-D (or nested, 2-D and 3-D) arrays.
macro_rules! list_operands {
    ($([$($g:tt)*] $ty:ty => $dim:ty, |$s:ident| $data:expr, $shape:expr;)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<'a, $($g)*> IntoNode for $ty {
            type Node = Leaf<'a, T, $dim>;
            fn into_node(self) -> Leaf<'a, T, $dim> {
                let $s = self;
                Leaf {
                    view: ndarray::ArrayView::from_shape($shape, $data).expect("a list fits its shape"),
                    list: true,
                }
            }
        }
    )*};
}
list_operands! {
    [T: DType, const N: usize] &'a [T; N] => ndarray::Ix1, |a| &a[..], N;
    [T: DType] &'a [T] => ndarray::Ix1, |a| a, a.len();
    [T: DType] &'a Vec<T> => ndarray::Ix1, |a| &a[..], a.len();
    [T: DType, const N: usize, const M: usize] &'a [[T; N]; M] => ndarray::Ix2, |a| a.as_flattened(), (M, N);
    [T: DType, const N: usize, const M: usize, const K: usize] &'a [[[T; N]; M]; K] => ndarray::Ix3,
        |a| a.as_flattened().as_flattened(), (K, M, N);
}

/// Tuples, which NumPy reads as it reads lists (`np.roll(m, shift, axis=(0, 1))` with
/// `let shift = (1, 2)`): a tuple of one element type is a 1-D array of it. A tuple's layout
/// is not an array's, so its elements are copied.
macro_rules! tuple_operands {
    ($(($($t:ident $n:tt),*);)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<T: DType> IntoNode for &($($t,)*) {
            type Node = OwnedLeaf<T, ndarray::Ix1>;
            fn into_node(self) -> OwnedLeaf<T, ndarray::Ix1> {
                OwnedLeaf {
                    array: ndarray::Array::from(vec![$(self.$n),*]),
                    list: true,
                }
            }
        }
        #[diagnostic::do_not_recommend]
        impl<T: DType> IntoNode for ($($t,)*) {
            type Node = OwnedLeaf<T, ndarray::Ix1>;
            fn into_node(self) -> OwnedLeaf<T, ndarray::Ix1> {
                (&self).into_node()
            }
        }
    )*};
}
tuple_operands! {
    (T 0);
    (T 0, T 1);
    (T 0, T 1, T 2);
    (T 0, T 1, T 2, T 3);
    (T 0, T 1, T 2, T 3, T 4);
    (T 0, T 1, T 2, T 3, T 4, T 5);
}

/// Owned lists (a list literal written in the expression).
macro_rules! owned_list_operands {
    ($([$($g:tt)*] $ty:ty => $dim:ty, |$s:ident| $data:expr, $shape:expr;)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<$($g)*> IntoNode for $ty {
            type Node = OwnedLeaf<T, $dim>;
            fn into_node(self) -> OwnedLeaf<T, $dim> {
                let $s = self;
                let shape = $shape;
                OwnedLeaf {
                    array: ndarray::Array::from_shape_vec(shape, $data).expect("a list fits its shape"),
                    list: true,
                }
            }
        }
    )*};
}
owned_list_operands! {
    [T: DType, const N: usize] [T; N] => ndarray::Ix1, |a| a.to_vec(), N;
    [T: DType] Vec<T> => ndarray::Ix1, |a| a, a.len();
    [T: DType, const N: usize, const M: usize] [[T; N]; M] => ndarray::Ix2, |a| a.as_flattened().to_vec(), (M, N);
    [T: DType, const N: usize, const M: usize, const K: usize] [[[T; N]; M]; K] => ndarray::Ix3,
        |a| a.as_flattened().as_flattened().to_vec(), (K, M, N);
}
