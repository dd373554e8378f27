//! The compile-time side of an index: what each element type means, and the rank and kind
//! (element, view or copy) of the result, computed from the types alone.

use ndarray::{CowArray, Dimension, Ix0, Ix1, IxDyn};

use super::item::{IndexItem, SliceSpec};
use crate::array::{Array, ArrayView};
use crate::rank::RankSub;
use ndarray::{DimAdd, DimMax};

mod arrays;
pub use self::arrays::{ArrayClass, IndexScalar};

/// The kind of an index, at the type level.
pub trait Class {}
/// No index elements yet.
pub enum NoIndex {}
/// Only integers: the element itself when they cover every axis.
pub enum IntOnly {}
/// Basic indexing (a slice, `...` or `None` is present): a view.
pub enum Basic {}
/// Advanced indexing (an index array or a mask is present): a copy.
pub enum Advanced {}
/// Integers and 0-d integer arrays, at least one of them an array: NumPy gives the element
/// when they cover every axis, otherwise a copy (the arrays make it advanced).
pub enum ZeroD {}
impl Class for NoIndex {}
impl Class for IntOnly {}
impl Class for Basic {}
impl Class for Advanced {}
impl Class for ZeroD {}

/// Combining the kinds of two parts of an index.
pub trait Join<Other: Class>: Class {
    /// The kind of the whole.
    type Output: Class;
}
macro_rules! join {
    ($($a:ty, $b:ty => $o:ty;)*) => { $( impl Join<$b> for $a { type Output = $o; } )* };
}
join! {
    NoIndex, NoIndex => NoIndex; NoIndex, IntOnly => IntOnly; NoIndex, Basic => Basic; NoIndex, Advanced => Advanced; NoIndex, ZeroD => ZeroD;
    IntOnly, NoIndex => IntOnly; IntOnly, IntOnly => IntOnly; IntOnly, Basic => Basic; IntOnly, Advanced => Advanced; IntOnly, ZeroD => ZeroD;
    Basic, NoIndex => Basic; Basic, IntOnly => Basic; Basic, Basic => Basic; Basic, Advanced => Advanced; Basic, ZeroD => Advanced;
    Advanced, NoIndex => Advanced; Advanced, IntOnly => Advanced; Advanced, Basic => Advanced; Advanced, Advanced => Advanced; Advanced, ZeroD => Advanced;
    ZeroD, NoIndex => ZeroD; ZeroD, IntOnly => ZeroD; ZeroD, Basic => Advanced; ZeroD, Advanced => Advanced; ZeroD, ZeroD => ZeroD;
}

/// One element of an index: an integer, a slice, `...`, `None`, an index array or a mask.
///
/// `np!` turns each comma-separated part of an index into a value of a type implementing this
/// trait; Rust expressions are dispatched by their type (integers, ranges, integer or bool
/// arrays, vectors and slices).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as a NumPy index",
    label = "not an integer, range, slice, index array or boolean mask",
    note = "np! accepts integers, Rust ranges, `start:stop:step`, `...`, `None`, list literals, and arrays, vectors or slices of integers or bools"
)]
pub trait IndexElem<'i> {
    /// Axes of the indexed array this element uses.
    type In: Dimension;
    /// Axes it adds to the result outside the advanced group (slices, `None`).
    type BasicOut: Dimension;
    /// The rank it contributes to the advanced group (broadcast with the others).
    type AdvOut: Dimension;
    /// Its kind.
    type Class: Class;
    /// The run-time form.
    fn into_item(self) -> IndexItem<'i>;
    /// Whether the element is a plain integer, the element-access fast path's one kind.
    const IS_INT: bool = false;
    /// A plain integer's position on an axis of length `len` (a negative one counts from the
    /// end), or `None` when it is out of bounds; `None` for every other kind.
    fn position(&self, len: usize) -> Option<usize> {
        let _ = len;
        None
    }
    /// A plain integer as written, for its error message; `None` for every other kind.
    fn int_value(&self) -> Option<i128> {
        None
    }
    /// Append the run-time forms: one, except for a tuple of index arrays, one per array.
    fn push_into(self, out: &mut Vec<IndexItem<'i>>)
    where
        Self: Sized,
    {
        out.push(self.into_item());
    }
}

/// A whole index as a type-level list `(first, (second, (..., ())))`.
pub trait IndexList<'i> {
    /// What the list adds up to, as one type: see `Summary`.
    type Summary: Summary;
    /// Axes used in all.
    type In: Dimension;
    /// Axes added by slices and `None`.
    type BasicOut: Dimension;
    /// The broadcast rank of the advanced group.
    type AdvOut: Dimension;
    /// The kind of the whole index.
    type Class: Class;
    /// Append the run-time forms, in order.
    fn push_items(self, out: &mut Vec<IndexItem<'i>>);
    /// Whether every element is a plain integer (`a[i, j]`, `a[i]`): then the element-access
    /// fast path applies, with no index list built.
    const ALL_INTS: bool;
    /// How many elements.
    const LEN: usize;
    /// The fast path's check: each plain integer's position on its axis of `shape`, from axis
    /// `at`, written into `out`; the first axis whose integer is out of bounds as the error.
    /// No allocation and no stored index, so reading one element in a loop costs what
    /// ndarray's `a[[i, j]]` does plus the wrap of negative indices.
    fn positions(
        &self,
        shape: &[usize],
        out: &mut [usize; MAX_INTS],
        at: usize,
    ) -> Result<(), usize>;
    /// Each plain integer as written, from position `at`, for the fast path's error message.
    fn int_values(&self, out: &mut [i128; MAX_INTS], at: usize);
}

/// The most integers the element-access fast path takes; longer lists take the general path.
pub(crate) const MAX_INTS: usize = 8;

/// The four type-level totals of an index, kept in one tuple type
/// `(used axes, basic output axes, advanced rank, kind)`.
///
/// Each list level adds its element to the summary of the rest with one projection; naming the
/// rest's four totals separately made the trait solver's work grow exponentially with the
/// number of index elements.
pub trait Summary {
    /// Axes used.
    type In: Dimension;
    /// Axes added by slices and `None`.
    type BasicOut: Dimension;
    /// The broadcast rank of the advanced group.
    type AdvOut: Dimension;
    /// The kind.
    type Class: Class;
}

impl<A: Dimension, B: Dimension, C: Dimension, K: Class> Summary for (A, B, C, K) {
    type In = A;
    type BasicOut = B;
    type AdvOut = C;
    type Class = K;
}

/// An index element added in front of a summary.
pub trait AddTo<'i, S: Summary> {
    /// The new summary.
    type Output: Summary;
}

impl<'i, H: IndexElem<'i>, S: Summary> AddTo<'i, S> for H
where
    H::In: DimAdd<S::In>,
    H::BasicOut: DimAdd<S::BasicOut>,
    H::AdvOut: DimMax<S::AdvOut>,
    H::Class: Join<S::Class>,
{
    type Output = (
        <H::In as DimAdd<S::In>>::Output,
        <H::BasicOut as DimAdd<S::BasicOut>>::Output,
        <H::AdvOut as DimMax<S::AdvOut>>::Output,
        <H::Class as Join<S::Class>>::Output,
    );
}

impl IndexList<'_> for () {
    type Summary = (Ix0, Ix0, Ix0, NoIndex);
    type In = Ix0;
    type BasicOut = Ix0;
    type AdvOut = Ix0;
    type Class = NoIndex;
    const ALL_INTS: bool = true;
    const LEN: usize = 0;
    fn push_items(self, _: &mut Vec<IndexItem<'_>>) {}
    #[inline]
    fn positions(&self, _: &[usize], _: &mut [usize; MAX_INTS], _: usize) -> Result<(), usize> {
        Ok(())
    }
    fn int_values(&self, _: &mut [i128; MAX_INTS], _: usize) {}
}

impl<'i, H, T> IndexList<'i> for (H, T)
where
    H: IndexElem<'i> + AddTo<'i, T::Summary>,
    T: IndexList<'i>,
{
    type Summary = <H as AddTo<'i, T::Summary>>::Output;
    type In = <Self::Summary as Summary>::In;
    type BasicOut = <Self::Summary as Summary>::BasicOut;
    type AdvOut = <Self::Summary as Summary>::AdvOut;
    type Class = <Self::Summary as Summary>::Class;
    fn push_items(self, out: &mut Vec<IndexItem<'i>>) {
        self.0.push_into(out);
        self.1.push_items(out);
    }
    const ALL_INTS: bool = H::IS_INT && T::ALL_INTS;
    const LEN: usize = 1 + T::LEN;
    #[inline]
    fn positions(
        &self,
        shape: &[usize],
        out: &mut [usize; MAX_INTS],
        at: usize,
    ) -> Result<(), usize> {
        let position = shape.get(at).and_then(|&len| self.0.position(len));
        *out.get_mut(at).ok_or(at)? = position.ok_or(at)?;
        self.1.positions(shape, out, at + 1)
    }
    fn int_values(&self, out: &mut [i128; MAX_INTS], at: usize) {
        if let (Some(slot), Some(value)) = (out.get_mut(at), self.0.int_value()) {
            *slot = value;
        }
        self.1.int_values(out, at + 1);
    }
}

macro_rules! int_elems {
    ($position:ident: $($t:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl<'i> IndexElem<'i> for $t {
            type In = Ix1;
            type BasicOut = Ix0;
            type AdvOut = Ix0;
            type Class = IntOnly;
            const IS_INT: bool = true;
            fn into_item(self) -> IndexItem<'i> {
                int_item(self)
            }
            #[inline]
            fn position(&self, len: usize) -> Option<usize> {
                $position(*self, len)
            }
            fn int_value(&self) -> Option<i128> {
                Some(num_traits::AsPrimitive::as_(*self))
            }
        }

        /// A variable used as an index is borrowed, not moved, by `np!`.
        #[diagnostic::do_not_recommend]
        impl<'i> IndexElem<'i> for &$t {
            type In = Ix1;
            type BasicOut = Ix0;
            type AdvOut = Ix0;
            type Class = IntOnly;
            const IS_INT: bool = true;
            fn into_item(self) -> IndexItem<'i> {
                int_item(*self)
            }
            #[inline]
            fn position(&self, len: usize) -> Option<usize> {
                $position(**self, len)
            }
            fn int_value(&self) -> Option<i128> {
                Some(num_traits::AsPrimitive::as_(**self))
            }
        }
    )*};
}
int_elems!(signed_position: i8, i16, i32, i64, isize);
int_elems!(unsigned_position: u8, u16, u32, u64, usize);

/// A signed index's position on an axis of length `len`, negative counting from the end.
#[inline]
fn signed_position<I: TryInto<isize>>(index: I, len: usize) -> Option<usize> {
    let index: isize = index.try_into().ok()?;
    // An axis length fits `isize` (ndarray's rule), so the sum cannot overflow.
    let at = if index < 0 {
        index + len as isize
    } else {
        index
    };
    usize::try_from(at).ok().filter(|&at| at < len)
}

/// An unsigned index's position: one comparison, as ndarray's `a[i]`.
#[inline]
fn unsigned_position<I: TryInto<usize>>(index: I, len: usize) -> Option<usize> {
    index.try_into().ok().filter(|&at| at < len)
}

/// An integer index as the run-time item: `isize` when it fits, else an index NumPy refuses
/// outright (`OverflowError`), kept with the value written.
fn int_item<'i, I: num_traits::AsPrimitive<i128>>(i: I) -> IndexItem<'i> {
    IndexItem::from_int(i.as_())
}

/// An integer as `isize`, saturating: a slice bound past `isize::MAX` clamps as Python's does.
fn to_isize<I: TryInto<isize> + PartialOrd + Default>(i: I) -> isize {
    let negative = i < I::default();
    i.try_into()
        .unwrap_or(if negative { isize::MIN } else { isize::MAX })
}

/// A bare `true` or `false` as an index: NumPy's 0-d boolean, a new axis of length 1 or 0
/// that is indexed as advanced (so the result is a copy).
#[diagnostic::do_not_recommend]
impl<'i> IndexElem<'i> for bool {
    type In = Ix0;
    type BasicOut = Ix0;
    type AdvOut = Ix1;
    type Class = Advanced;
    fn into_item(self) -> IndexItem<'i> {
        IndexItem::Mask(ndarray::arr0(self).into_dyn().into())
    }
}

/// A `bool` variable used as an index is borrowed, not moved, by `np!`.
#[diagnostic::do_not_recommend]
impl<'i> IndexElem<'i> for &bool {
    type In = Ix0;
    type BasicOut = Ix0;
    type AdvOut = Ix1;
    type Class = Advanced;
    fn into_item(self) -> IndexItem<'i> {
        (*self).into_item()
    }
}

#[diagnostic::do_not_recommend]
impl<'i> IndexElem<'i> for SliceSpec {
    type In = Ix1;
    type BasicOut = Ix1;
    type AdvOut = Ix0;
    type Class = Basic;
    fn into_item(self) -> IndexItem<'i> {
        IndexItem::Slice(self)
    }
}

/// A slice bound or step: any integer type, or an `Option` of one (`None` is Python's `None`,
/// as in `a[start:stop]` with `start: Option<usize>`).
pub trait SliceBound {
    /// The bound as `isize` (saturating, which clamps exactly as Python does), if present.
    fn to_bound(self) -> Option<isize>;
}
macro_rules! slice_bounds {
    ($($t:ty),*) => {$( impl SliceBound for $t { fn to_bound(self) -> Option<isize> { Some(to_isize(self)) } } )*};
}
slice_bounds!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl<I: SliceBound> SliceBound for Option<I> {
    fn to_bound(self) -> Option<isize> {
        self.and_then(I::to_bound)
    }
}

/// A slice from the three parts of `start:stop:step`.
pub fn slice<A: SliceBound, B: SliceBound, C: SliceBound>(
    start: Option<A>,
    stop: Option<B>,
    step: Option<C>,
) -> SliceSpec {
    SliceSpec::new(
        start.and_then(A::to_bound),
        stop.and_then(B::to_bound),
        step.and_then(C::to_bound),
    )
}

macro_rules! range_elems {
    ($($r:ident $(<$i:ident>)? => |$s:ident| $start:expr, $stop:expr;)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<'i, $($i: SliceBound + Copy)?> IndexElem<'i> for core::ops::$r $(<$i>)? {
            type In = Ix1;
            type BasicOut = Ix1;
            type AdvOut = Ix0;
            type Class = Basic;
            fn into_item(self) -> IndexItem<'i> {
                let $s = self;
                IndexItem::Slice(SliceSpec::new($start, $stop, None))
            }
        }

        /// A range variable used as an index is borrowed, not moved, by `np!`.
        #[diagnostic::do_not_recommend]
        impl<'i, $($i: SliceBound + Copy)?> IndexElem<'i> for &core::ops::$r $(<$i>)? {
            type In = Ix1;
            type BasicOut = Ix1;
            type AdvOut = Ix0;
            type Class = Basic;
            fn into_item(self) -> IndexItem<'i> {
                self.clone().into_item()
            }
        }
    )*};
}
range_elems! {
    Range<I> => |r| r.start.to_bound(), r.end.to_bound();
    RangeFrom<I> => |r| r.start.to_bound(), None;
    RangeTo<I> => |r| None, r.end.to_bound();
    RangeFull => |_r| None, None;
    RangeInclusive<I> => |r| r.start().to_bound(), r.end().to_bound().and_then(inclusive_end);
    RangeToInclusive<I> => |r| None, r.end.to_bound().and_then(inclusive_end);
}

/// `..=end` as a Python stop; `..=-1` means "through the last element".
fn inclusive_end(end: isize) -> Option<isize> {
    if end == -1 {
        None
    } else {
        Some(end.saturating_add(1))
    }
}

/// NumPy's `None` (`np.newaxis`).
#[derive(Clone, Copy, Debug)]
pub struct NewAxis;
#[diagnostic::do_not_recommend]
impl<'i> IndexElem<'i> for NewAxis {
    type In = Ix0;
    type BasicOut = Ix1;
    type AdvOut = Ix0;
    type Class = Basic;
    fn into_item(self) -> IndexItem<'i> {
        IndexItem::NewAxis
    }
}

/// NumPy's `...`.
#[derive(Clone, Copy, Debug)]
pub struct Ellipsis;
#[diagnostic::do_not_recommend]
impl<'i> IndexElem<'i> for Ellipsis {
    type In = Ix0;
    type BasicOut = Ix0;
    type AdvOut = Ix0;
    type Class = Basic;
    fn into_item(self) -> IndexItem<'i> {
        IndexItem::Ellipsis
    }
}

/// An index that fits an array of rank `D` (it uses no more axes than `D` has), and the rank
/// of the result: `D - used + basic + advanced`.
pub trait Fits<'i, D: Dimension>: IndexList<'i> {
    /// The rank of `a[idx]`.
    type Out: Dimension;
}

impl<'i, D, L> Fits<'i, D> for L
where
    D: RankSub<L::In>,
    L: IndexList<'i>,
    <D as RankSub<L::In>>::Output: DimAdd<L::BasicOut>,
    <<D as RankSub<L::In>>::Output as DimAdd<L::BasicOut>>::Output: DimAdd<L::AdvOut>,
{
    type Out = <<<D as RankSub<L::In>>::Output as DimAdd<L::BasicOut>>::Output as DimAdd<
        L::AdvOut,
    >>::Output;
}
