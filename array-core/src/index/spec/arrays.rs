//! Index arrays as index elements: the element types an index array may have (integers for
//! fancy indexing, `bool` for masks), their run-time form, and the array and list types `np!`
//! accepts as one.

use super::*;

/// An element of an integer index array as NumPy converts it (to `intp`, wrapping: NumPy casts
/// an unsigned 64-bit index array unsafely, so `2**64 - 1` is `-1`).
fn wrap_isize<I: num_traits::AsPrimitive<isize>>(i: I) -> isize {
    i.as_()
}

/// The element type of an index array: an integer type (fancy indexing) or `bool` (a mask).
pub trait IndexScalar: Clone + 'static {
    /// Axes an index array of rank `D` uses: 1 for integers, `D` for a mask.
    type In<D: Dimension>: Dimension;
    /// Rank it gives the advanced group: `D` for integers, 1 for a mask.
    type AdvOut<D: Dimension>: Dimension;
    /// Its kind: advanced, except a 0-d integer array, which NumPy reads as an integer.
    type Class<D: ArrayClass>: Class;
    /// The run-time form of an array of these.
    fn array_item(a: CowArray<'_, Self, IxDyn>) -> IndexItem<'_>;
    /// The run-time form of a borrowed array of these: by default [`IndexScalar::array_item`].
    fn view_item(a: ndarray::ArrayViewD<'_, Self>) -> IndexItem<'_> {
        Self::array_item(a.into())
    }
}

macro_rules! int_scalars {
    ($($t:ty),*; 64-bit: $($wide:ty),*) => {
        $( int_scalars!(@one $t); )*
        $( int_scalars!(@one $wide,
            // `intp` has the same bits on a 64-bit target: a borrowed array in C order is
            // read in place, not converted into a copy. Another layout is still copied, in
            // C order, so the fast paths over a contiguous index list take it.
            #[cfg(target_pointer_width = "64")]
            fn view_item(a: ndarray::ArrayViewD<'_, Self>) -> IndexItem<'_> {
                if a.is_standard_layout() {
                    return IndexItem::IntArray(crate::raw::intp_view(a).into());
                }
                let c_order = a.iter().map(|&i| wrap_isize(i)).collect();
                let copy = ndarray::ArrayD::from_shape_vec(a.raw_dim(), c_order)
                    .expect("one index per element");
                IndexItem::IntArray(copy.into())
            }
        ); )*
    };
    (@one $t:ty $(, $($extra:tt)*)?) => {
        impl IndexScalar for $t {
            type In<D: Dimension> = Ix1;
            type AdvOut<D: Dimension> = D;
            type Class<D: ArrayClass> = D::IntClass;
            fn array_item(a: CowArray<'_, Self, IxDyn>) -> IndexItem<'_> {
                IndexItem::IntArray(a.mapv(wrap_isize).into())
            }
            $($($extra)*)?
        }
    };
}
int_scalars!(i8, i16, i32, u8, u16, u32; 64-bit: i64, u64, usize);

impl IndexScalar for isize {
    type In<D: Dimension> = Ix1;
    type AdvOut<D: Dimension> = D;
    type Class<D: ArrayClass> = D::IntClass;
    fn array_item(a: CowArray<'_, Self, IxDyn>) -> IndexItem<'_> {
        IndexItem::IntArray(a)
    }
}

impl IndexScalar for bool {
    type In<D: Dimension> = D;
    type AdvOut<D: Dimension> = Ix1;
    type Class<D: ArrayClass> = Advanced;
    fn array_item(a: CowArray<'_, Self, IxDyn>) -> IndexItem<'_> {
        IndexItem::Mask(a)
    }
}

/// The kind of an integer index array of rank `Self`: a 0-d one stands for an integer.
pub trait ArrayClass: Dimension {
    /// [`ZeroD`] for rank 0, else [`Advanced`].
    type IntClass: Class;
}
impl ArrayClass for Ix0 {
    type IntClass = ZeroD;
}
macro_rules! advanced_ranks {
    ($($d:ty),*) => { $( impl ArrayClass for $d { type IntClass = Advanced; } )* };
}
advanced_ranks!(
    Ix1,
    ndarray::Ix2,
    ndarray::Ix3,
    ndarray::Ix4,
    ndarray::Ix5,
    ndarray::Ix6,
    IxDyn
);

macro_rules! array_elems {
    ($($(#[$m:meta])* [$($g:tt)*] $ty:ty => $dim:ty, $form:ident |$s:ident| $arr:expr;)*) => {$(
        $(#[$m])*
        #[diagnostic::do_not_recommend]
        impl<'i, $($g)*> IndexElem<'i> for $ty {
            type In = S::In<$dim>;
            type BasicOut = Ix0;
            type AdvOut = S::AdvOut<$dim>;
            type Class = S::Class<$dim>;
            fn into_item(self) -> IndexItem<'i> {
                let $s = self;
                array_elems!(@$form $arr)
            }
        }
    )*};
    (@view $view:expr) => { S::view_item($view) };
    (@owned $array:expr) => { S::array_item($array.into()) };
}
array_elems! {
    [S: IndexScalar, D: ArrayClass] &'i Array<S, D> => D, view |a| a.inner.view().into_dyn();
    [S: IndexScalar, D: ArrayClass] Array<S, D> => D, owned |a| a.into_inner().into_dyn();
    [S: IndexScalar, D: ArrayClass] ArrayView<'i, S, D> => D, view |a| a.inner.into_dyn();
    [S: IndexScalar, D: ArrayClass] &'i ArrayView<'_, S, D> => D, view |a| a.inner.view().into_dyn();
    [S: IndexScalar, D: ArrayClass] &'i ndarray::Array<S, D> => D, view |a| a.view().into_dyn();
    [S: IndexScalar, D: ArrayClass] ndarray::ArrayView<'i, S, D> => D, view |a| a.into_dyn();
    [S: IndexScalar, D: ArrayClass] &'i ndarray::ArrayView<'_, S, D> => D, view |a| a.view().into_dyn();
    [S: IndexScalar] &'i [S] => Ix1, view |a| ndarray::ArrayView1::from(a).into_dyn();
    [S: IndexScalar] &'i Vec<S> => Ix1, view |a| ndarray::ArrayView1::from(a.as_slice()).into_dyn();
    [S: IndexScalar] Vec<S> => Ix1, owned |a| ndarray::Array1::from(a).into_dyn();
    [S: IndexScalar, const N: usize] [S; N] => Ix1, owned |a| ndarray::Array1::from(a.to_vec()).into_dyn();
    [S: IndexScalar, const N: usize] &'i [S; N] => Ix1, view |a| ndarray::ArrayView1::from(&a[..]).into_dyn();
    [S: IndexScalar, const N: usize, const M: usize] [[S; N]; M] => ndarray::Ix2,
        owned |a| ndarray::Array2::from(a.to_vec()).into_dyn();
    [S: IndexScalar, const N: usize, const M: usize, const K: usize] [[[S; N]; M]; K] => ndarray::Ix3,
        owned |a| ndarray::Array3::from(a.to_vec()).into_dyn();
}
