//! The functions that give a view when NumPy's rule allows and a copy otherwise (`reshape`,
//! `ravel`, `ascontiguousarray`, told apart by [`Reshaped`]), and the ones that always copy
//! (`flatten`, `copy`).

use ndarray::{Dimension, IxDyn};

use super::{fix, ops};
use crate::array::{Array, ArrayView, Reshaped};
use crate::error::IndexError;
use crate::index::{Borrowed, Owned, Selection, Source, ViewOrCopy};
use crate::memory::Base;

/// What `ravel`, `reshape` and `ascontiguousarray` give for a source read in mode `Self`: a
/// view when NumPy's rule allows one, else a copy ([`Reshaped`]); an owned array for an owned
/// temporary.
pub trait ReshapeOut<'a, T, O: Dimension> {
    /// The result type.
    type Output;
    /// Reshape `sel` to `dim` (same size), by NumPy's rule.
    fn reshape(sel: Selection<'a, T>, base: Base, dim: O) -> Self::Output;
    /// A copy made already, given the shape `dim`.
    fn copied(copy: ndarray::ArrayD<T>, dim: O) -> Self::Output;
}

impl<'a, T: Clone + 'a, O: Dimension> ReshapeOut<'a, T, O> for Borrowed {
    type Output = Reshaped<'a, T, O>;
    fn reshape(sel: Selection<'a, T>, base: Base, dim: O) -> Reshaped<'a, T, O> {
        match sel {
            Selection::View(v) => match crate::raw::reshaped_view(v.clone(), dim.clone()) {
                Some(view) => Reshaped::View(ArrayView { inner: view, base }),
                None => Reshaped::Copy(Array {
                    inner: ndarray::Array::from_shape_vec(
                        dim,
                        c_order_copy(&v).into_raw_vec_and_offset().0,
                    )
                    .expect("the sizes were compared"),
                }),
            },
            Selection::Copy(a) => Self::copied(a, dim),
        }
    }
    fn copied(copy: ndarray::ArrayD<T>, dim: O) -> Reshaped<'a, T, O> {
        Reshaped::Copy(Array {
            inner: owned_reshaped(copy, dim),
        })
    }
}

/// An owned array under a new shape of the same size, in C order: moved when already C-ordered.
fn owned_reshaped<T: Clone, O: Dimension>(
    copy: ndarray::ArrayD<T>,
    dim: O,
) -> ndarray::Array<T, O> {
    if copy.is_standard_layout() {
        return copy
            .into_shape_with_order(dim)
            .expect("the sizes were compared");
    }
    let flat = c_order_copy(&copy.view()).into_raw_vec_and_offset().0;
    ndarray::Array::from_shape_vec(dim, flat).expect("the sizes were compared")
}

impl<'a, T: Clone + 'a, O: Dimension> ReshapeOut<'a, T, O> for Owned {
    type Output = Array<T, O>;
    fn reshape(sel: Selection<'a, T>, _: Base, dim: O) -> Array<T, O> {
        Self::copied(sel.into_owned(), dim)
    }
    fn copied(copy: ndarray::ArrayD<T>, dim: O) -> Array<T, O> {
        Array {
            inner: owned_reshaped(copy, dim),
        }
    }
}

impl<'a, T: Clone + 'a, O: Dimension> ReshapeOut<'a, T, O> for ViewOrCopy {
    type Output = Reshaped<'a, T, O>;
    fn reshape(sel: Selection<'a, T>, base: Base, dim: O) -> Reshaped<'a, T, O> {
        <Borrowed as ReshapeOut<'a, T, O>>::reshape(sel, base, dim)
    }
    fn copied(copy: ndarray::ArrayD<T>, dim: O) -> Reshaped<'a, T, O> {
        <Borrowed as ReshapeOut<'a, T, O>>::copied(copy, dim)
    }
}

/// The result of `reshape` on `S` with rank `O`.
pub type ReshapedOf<'a, S, O> =
    <<S as Source<'a>>::Mode as ReshapeOut<'a, <S as Source<'a>>::Elem, O>>::Output;

/// `a.reshape(d0, d1, ...)`, `np.reshape(a, shape)`: at most one `-1`, inferred from the size.
///
/// # Errors
/// NumPy's `cannot reshape array of size N into shape (...)` and `can only specify one unknown
/// dimension`.
pub fn reshape<'a, S, const K: usize>(
    src: S,
    shape: [isize; K],
) -> Result<ReshapedOf<'a, S, <[usize; K] as ndarray::IntoDimension>::Dim>, IndexError>
where
    S: Source<'a>,
    [usize; K]: ndarray::IntoDimension,
    S::Mode: ReshapeOut<'a, S::Elem, <[usize; K] as ndarray::IntoDimension>::Dim>,
{
    let (whole, base) = src.into_whole();
    let size = match &whole {
        Selection::View(v) => v.len(),
        Selection::Copy(a) => a.len(),
    };
    let dims = ops::resolve_shape(&shape, size)?;
    let mut fixed = [0usize; K];
    fixed.copy_from_slice(&dims);
    let dim = ndarray::IntoDimension::into_dimension(fixed);
    Ok(<S::Mode as ReshapeOut<'a, S::Elem, _>>::reshape(
        whole, base, dim,
    ))
}

/// `a.ravel()`, `np.ravel(a)`: the elements in C order, a view when NumPy's rule allows.
pub fn ravel<'a, S>(src: S) -> ReshapedOf<'a, S, ndarray::Ix1>
where
    S: Source<'a>,
    S::Elem: Clone,
    S::Mode: ReshapeOut<'a, S::Elem, ndarray::Ix1>,
{
    let (whole, base) = src.into_whole();
    let size = match &whole {
        Selection::View(v) => v.len(),
        Selection::Copy(a) => a.len(),
    };
    // NumPy's ravel gives a view only of a C-contiguous array (reshape would find strides for
    // more, but ravel copies them).
    match whole {
        Selection::View(v) if !v.is_standard_layout() => {
            <S::Mode as ReshapeOut<'a, S::Elem, _>>::copied(
                c_order_copy(&v).into_dyn(),
                ndarray::Ix1(size),
            )
        }
        whole => <S::Mode as ReshapeOut<'a, S::Elem, _>>::reshape(whole, base, ndarray::Ix1(size)),
    }
}

/// The rank of `np.ascontiguousarray`: at least one axis.
pub trait AtLeast1: Dimension {
    /// `Ix1` for `Ix0`, the rank itself otherwise.
    type Out: Dimension;
}
impl AtLeast1 for ndarray::Ix0 {
    type Out = ndarray::Ix1;
}
macro_rules! at_least_1 {
    ($($d:ty),*) => {$( impl AtLeast1 for $d { type Out = $d; } )*};
}
at_least_1!(
    ndarray::Ix1,
    ndarray::Ix2,
    ndarray::Ix3,
    ndarray::Ix4,
    ndarray::Ix5,
    ndarray::Ix6,
    IxDyn
);

/// `np.ascontiguousarray(a)`: `a` itself when C-contiguous (a view), else a C-ordered copy; a
/// 0-d array becomes 1-d, as in NumPy.
pub fn ascontiguousarray<'a, S>(src: S) -> ReshapedOf<'a, S, <S::Dim as AtLeast1>::Out>
where
    S: Source<'a>,
    S::Dim: AtLeast1,
    S::Elem: Clone,
    S::Mode: ReshapeOut<'a, S::Elem, <S::Dim as AtLeast1>::Out>,
{
    let (whole, base) = src.into_whole();
    let shape: Vec<usize> = match &whole {
        Selection::View(v) => v.shape().to_vec(),
        Selection::Copy(a) => a.shape().to_vec(),
    };
    let shape = if shape.is_empty() { vec![1] } else { shape };
    let mut dim = <<S::Dim as AtLeast1>::Out as Dimension>::zeros(shape.len());
    dim.slice_mut().copy_from_slice(&shape);
    // NumPy returns a C-contiguous array itself; anything else (even a view that could be
    // re-strided) is copied in C order.
    let whole = match whole {
        Selection::View(v) if !v.is_standard_layout() => {
            Selection::Copy(v.as_standard_layout().into_owned())
        }
        other => other,
    };
    match whole {
        Selection::Copy(a) => <S::Mode as ReshapeOut<'a, S::Elem, _>>::copied(a, dim),
        view => <S::Mode as ReshapeOut<'a, S::Elem, _>>::reshape(view, base, dim),
    }
}

/// `a.flatten()`: always a new C-ordered 1-d copy.
pub fn flatten<'a, S: Source<'a>>(src: S) -> Array<S::Elem, ndarray::Ix1>
where
    S::Elem: Clone,
{
    Array {
        inner: c_order_copy(&src.whole()),
    }
}

/// The elements of `view` in C order, as one axis (see `owned_copy` for how each layout is
/// copied).
fn c_order_copy<T: Clone>(view: &ndarray::ArrayViewD<'_, T>) -> ndarray::Array1<T> {
    let len = view.len();
    crate::array::owned_copy(view)
        .into_shape_with_order(len)
        .expect("a C-ordered array flattens without a copy")
}

/// `np.copy(a)`: a new array in NumPy's `order='K'`, the layout of `a` as near as can be. Its
/// axes lie in memory in the order of `a`'s (by the size of their strides), with positive
/// strides: `np.copy(a.T)` is Fortran-ordered, a copy of memcpy's speed; `np.copy(a[:, ::-1])`
/// is C-ordered.
pub fn copy<'a, S: Source<'a>>(src: S) -> Array<S::Elem, S::Dim>
where
    S::Elem: Clone,
{
    let view = src.whole();
    // The axes from the largest stride to the smallest (a stable sort: ties keep their order,
    // as in NumPy); copied in C order of that arrangement, then arranged back.
    let mut order: Vec<usize> = (0..view.ndim()).collect();
    order.sort_by_key(|&k| core::cmp::Reverse(view.strides()[k].unsigned_abs()));
    let mut back = vec![0; order.len()];
    for (i, &k) in order.iter().enumerate() {
        back[k] = i;
    }
    let arranged = view.permuted_axes(IxDyn(&order));
    let copied = crate::array::owned_copy(&arranged).permuted_axes(IxDyn(&back));
    Array { inner: fix(copied) }
}

/// `a.copy()` inside `np!`: a new array in C order (NumPy's `order='C'`, as the Rust method
/// [`Array::copy`] gives).
pub fn copy_c<'a, S: Source<'a>>(src: S) -> Array<S::Elem, S::Dim>
where
    S::Elem: Clone,
{
    Array {
        inner: fix(crate::array::owned_copy(&src.whole())),
    }
}
