//! `np.split`, `np.array_split`, `np.hsplit` and `np.vsplit`: views of consecutive pieces
//! along an axis (copies for an owned temporary), as a tuple when the count of sections is
//! written in the call, else a `Vec`; and the mutable form, which hands out disjoint mutable
//! views (a split borrow).

use ndarray::{ArrayViewD, Axis, Slice};

use super::{fix, ViewOut, Viewed};
use crate::array::ArrayViewMut;
use crate::error::IndexError;
use crate::index::{Selection, Source, SourceMut};
use crate::ints::{python_index, IntArg};

/// Which of NumPy's split functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitKind {
    /// `np.split`: equal sections only.
    Split,
    /// `np.array_split`: the first sections one longer when the length does not divide.
    ArraySplit,
    /// `np.hsplit`: along axis 1 (axis 0 of a 1-d array).
    HSplit,
    /// `np.vsplit`: along axis 0 of an array of at least 2 dimensions.
    VSplit,
}

/// How to cut: a number of sections, or the indices where pieces start.
enum Cut<'c> {
    Sections(usize),
    At(&'c [isize]),
}

/// The axis the function splits along, checked as NumPy checks it.
fn split_axis(kind: SplitKind, ndim: usize, axis: isize) -> Result<usize, IndexError> {
    let axis = match kind {
        SplitKind::HSplit if ndim == 0 => {
            return Err(IndexError::value_text(
                "hsplit only works on arrays of 1 or more dimensions",
            ))
        }
        SplitKind::HSplit => isize::from(ndim > 1),
        SplitKind::VSplit if ndim < 2 => {
            return Err(IndexError::value_text(
                "vsplit only works on arrays of 2 or more dimensions",
            ))
        }
        SplitKind::VSplit => 0,
        _ => axis,
    };
    // NumPy reads `ary.shape[axis]`: Python's tuple indexing.
    let n = ndim as isize;
    if axis < -n || axis >= n {
        return Err(IndexError::index_text("tuple index out of range"));
    }
    Ok(if axis < 0 { axis + n } else { axis } as usize)
}

/// The `(start, stop)` of each piece along an axis of length `total`.
fn bounds(kind: SplitKind, total: usize, cut: &Cut<'_>) -> Result<Vec<(usize, usize)>, IndexError> {
    match *cut {
        Cut::Sections(0) if kind == SplitKind::ArraySplit => Err(IndexError::value_text(
            "number sections must be larger than 0.",
        )),
        Cut::Sections(0) => Err(IndexError::zero_division("integer modulo by zero")),
        Cut::Sections(n) => {
            if kind != SplitKind::ArraySplit && total % n != 0 {
                return Err(IndexError::value_text(
                    "array split does not result in an equal division",
                ));
            }
            let (each, extra) = (total / n, total % n);
            let mut start = 0;
            Ok((0..n)
                .map(|k| {
                    let len = each + usize::from(k < extra);
                    let piece = (start, start + len);
                    start += len;
                    piece
                })
                .collect())
        }
        Cut::At(indices) => {
            // Python's slice bounds: negative from the end, clamped to the axis.
            let clamp = |i: isize| -> usize {
                let t = total as isize;
                (if i < 0 { (i + t).max(0) } else { i.min(t) }) as usize
            };
            let mut points = vec![0];
            points.extend(indices.iter().map(|&i| clamp(i)));
            points.push(total);
            Ok(points.windows(2).map(|w| (w[0], w[1].max(w[0]))).collect())
        }
    }
}

/// The pieces of a whole, as views or copies.
fn pieces<'a, S>(
    src: S,
    kind: SplitKind,
    cut: Cut<'_>,
    axis: isize,
) -> Result<Vec<Viewed<'a, S, S::Dim>>, IndexError>
where
    S: Source<'a>,
    S::Mode: ViewOut<'a, S::Elem, S::Dim>,
    S::Elem: Clone,
{
    let (whole, base) = src.into_whole();
    let view: ArrayViewD<'_, S::Elem> = match &whole {
        Selection::View(v) => v.view(),
        Selection::Copy(a) => a.view(),
    };
    let axis = split_axis(kind, view.ndim(), axis)?;
    let ranges = bounds(kind, view.shape()[axis], &cut)?;
    let cut_piece = |(start, stop): (usize, usize)| Slice::from(start..stop);
    Ok(match whole {
        Selection::View(v) => ranges
            .into_iter()
            .map(|r| {
                let piece = v.clone().slice_axis_move(Axis(axis), cut_piece(r));
                <S::Mode as ViewOut<'a, S::Elem, S::Dim>>::wrap(Selection::View(piece), base)
            })
            .collect(),
        Selection::Copy(a) => ranges
            .into_iter()
            .map(|r| {
                let piece = a.slice_axis(Axis(axis), cut_piece(r)).to_owned();
                <S::Mode as ViewOut<'a, S::Elem, S::Dim>>::wrap(Selection::Copy(piece), base)
            })
            .collect(),
    })
}

/// `np.split(a, n)` (and the others) with a count of sections only known at run time.
///
/// # Errors
/// NumPy's error for an unequal division, a zero count, or an axis out of range.
pub fn split<'a, S>(
    src: S,
    sections: usize,
    kind: SplitKind,
    axis: isize,
) -> Result<Vec<Viewed<'a, S, S::Dim>>, IndexError>
where
    S: Source<'a>,
    S::Mode: ViewOut<'a, S::Elem, S::Dim>,
    S::Elem: Clone,
{
    pieces(src, kind, Cut::Sections(sections), axis)
}

/// `np.split(a, [i, j, ...])`: pieces starting at those indices.
///
/// # Errors
/// NumPy's error for an axis out of range.
pub fn split_at<'a, S>(
    src: S,
    indices: &[isize],
    kind: SplitKind,
    axis: isize,
) -> Result<Vec<Viewed<'a, S, S::Dim>>, IndexError>
where
    S: Source<'a>,
    S::Mode: ViewOut<'a, S::Elem, S::Dim>,
    S::Elem: Clone,
{
    pieces(src, kind, Cut::At(indices), axis)
}

/// `np.split(a, obj)` with `obj` a Rust value or an array: a count of equal pieces when it is
/// one integer, else the positions the pieces start at.
///
/// # Errors
/// As [`split`] and [`split_at`], and an error computing `obj`.
pub fn split_by<'a, S, O>(
    src: S,
    obj: O,
    kind: SplitKind,
    axis: isize,
) -> Result<Vec<Viewed<'a, S, S::Dim>>, IndexError>
where
    S: Source<'a>,
    S::Mode: ViewOut<'a, S::Elem, S::Dim>,
    S::Elem: Clone,
    O: IntArg,
{
    let obj = obj.int_list()?;
    if obj.is_scalar() {
        // A negative count is refused as zero is.
        let sections = usize::try_from(obj.values[0]).unwrap_or(0);
        pieces(src, kind, Cut::Sections(sections), axis)
    } else {
        pieces(src, kind, Cut::At(&obj.values), axis)
    }
}

/// `np.split(a, 3)` with the count written in the call: exactly that many pieces, as an array
/// (turned into a tuple by [`IntoTuple`]).
///
/// # Errors
/// As [`split`].
pub fn split_into<'a, S, const N: usize>(
    src: S,
    kind: SplitKind,
    axis: isize,
) -> Result<[Viewed<'a, S, S::Dim>; N], IndexError>
where
    S: Source<'a>,
    S::Mode: ViewOut<'a, S::Elem, S::Dim>,
    S::Elem: Clone,
{
    let v = pieces(src, kind, Cut::Sections(N), axis)?;
    Ok(v.try_into()
        .unwrap_or_else(|_| unreachable!("N sections give N pieces")))
}

/// A mutable piece of a split of `S`.
type MutPiece<'a, S> = ArrayViewMut<'a, <S as SourceMut<'a>>::Elem, <S as SourceMut<'a>>::Dim>;

/// The mutable form of [`split_into`]: `N` disjoint mutable views.
///
/// # Errors
/// As [`split`].
pub fn split_into_mut<'a, S, const N: usize>(
    src: S,
    kind: SplitKind,
    axis: isize,
) -> Result<[MutPiece<'a, S>; N], IndexError>
where
    S: SourceMut<'a>,
{
    let pieces = pieces_mut(src, kind, N, axis)?;
    Ok(pieces
        .try_into()
        .unwrap_or_else(|_| unreachable!("N sections give N pieces")))
}

/// `split` as disjoint mutable views, for a count of sections known at run time.
///
/// # Errors
/// As [`split`].
pub(crate) fn split_mut<'a, S>(
    src: S,
    sections: usize,
    kind: SplitKind,
    axis: isize,
) -> Result<Vec<MutPiece<'a, S>>, IndexError>
where
    S: SourceMut<'a>,
{
    pieces_mut(src, kind, sections, axis)
}

/// The pieces of a split into `sections` as disjoint mutable views, each cut off the front of
/// the rest (sections are consecutive, so they never overlap; NumPy's split at indices can give
/// overlapping pieces, which is why it has no mutable form).
fn pieces_mut<'a, S>(
    src: S,
    kind: SplitKind,
    sections: usize,
    axis: isize,
) -> Result<Vec<MutPiece<'a, S>>, IndexError>
where
    S: SourceMut<'a>,
{
    let (view, base) = src.into_view_mut();
    let mut rest = view.into_dyn();
    let axis = split_axis(kind, rest.ndim(), axis)?;
    let ranges = bounds(kind, rest.shape()[axis], &Cut::Sections(sections))?;
    let mut out = Vec::with_capacity(ranges.len());
    for (start, stop) in ranges {
        let (piece, tail) = rest.split_at(Axis(axis), stop - start);
        out.push(ArrayViewMut {
            inner: fix(piece),
            base,
        });
        rest = tail;
    }
    Ok(out)
}

/// An array of pieces as a tuple, so `let (a, b) = np!(np.split(x, 2));` reads as in Python.
pub trait IntoTuple {
    /// The tuple.
    type Tuple;
    /// Convert.
    fn into_tuple(self) -> Self::Tuple;
}

macro_rules! tuples {
    ($($n:literal => ($($v:ident),*);)*) => {$(
        impl<V> IntoTuple for [V; $n] {
            type Tuple = ($(tuples!(@ty $v V),)*);
            fn into_tuple(self) -> Self::Tuple {
                let [$($v),*] = self;
                ($($v,)*)
            }
        }
    )*};
    (@ty $v:ident $t:ident) => { $t };
}
tuples! {
    1 => (a);
    2 => (a, b);
    3 => (a, b, c);
    4 => (a, b, c, d);
    5 => (a, b, c, d, e);
    6 => (a, b, c, d, e, f);
}

/// `pieces[i]` for the pieces of `np.split(a, [2, 5])` (a `Vec`), as Python indexes a list:
/// `i` negative from the end.
///
/// # Errors
/// Python's `IndexError: list index out of range`.
pub fn list_item<T>(mut pieces: Vec<T>, i: isize) -> Result<T, IndexError> {
    let at = python_index(i, pieces.len()).ok_or_else(IndexError::list_index)?;
    Ok(pieces.swap_remove(at))
}
