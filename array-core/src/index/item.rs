//! The run-time form of one index element, and Python's slice arithmetic.

use ndarray::{CowArray, IxDyn};

use crate::error::IndexError;
use crate::raw::InBounds;

/// One element of a NumPy index tuple, after the macro has turned it into a value.
#[derive(Debug, Clone)]
pub enum IndexItem<'i> {
    /// An integer; negative counts from the end.
    Int(isize),
    /// An integer beyond `isize` (a `u64` or `usize` index past `isize::MAX`): NumPy refuses
    /// it before looking at the array.
    TooLarge(i128),
    /// `start:stop:step` with Python's meaning of each part.
    Slice(SliceSpec),
    /// `None` / `np.newaxis`: a new axis of length 1.
    NewAxis,
    /// `...`: as many `:` as needed.
    Ellipsis,
    /// An integer index array (fancy indexing).
    IntArray(CowArray<'i, isize, IxDyn>),
    /// A boolean mask.
    Mask(CowArray<'i, bool, IxDyn>),
}

impl IndexItem<'_> {
    /// A plain integer as the run-time item: `Int` when it fits `isize`, else `TooLarge`.
    pub(crate) fn from_int(value: i128) -> Self {
        isize::try_from(value).map_or(Self::TooLarge(value), Self::Int)
    }

    /// How many axes of the indexed array this element uses.
    pub(crate) fn axes_used(&self) -> usize {
        match self {
            Self::Int(_) | Self::TooLarge(_) | Self::Slice(_) | Self::IntArray(_) => 1,
            Self::Mask(m) => m.ndim(),
            Self::NewAxis | Self::Ellipsis => 0,
        }
    }

    pub(crate) fn is_advanced(&self) -> bool {
        matches!(self, Self::IntArray(_) | Self::Mask(_))
    }
}

/// A Python slice `start:stop:step`, each part optional.
///
/// ```
/// use npview::__private::SliceSpec;
/// // z[10:-10:-1] on 5 elements walks 4, 3, 2, 1, 0
/// let s = SliceSpec::new(Some(10), Some(-10), Some(-1));
/// assert_eq!(s.indices(5).unwrap(), (4, 5, -1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliceSpec {
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
}

impl SliceSpec {
    /// A slice from its three optional parts.
    pub fn new(start: Option<isize>, stop: Option<isize>, step: Option<isize>) -> Self {
        Self { start, stop, step }
    }

    /// Python's clamped start and stop for an axis of `n`, and the step.
    ///
    /// # Errors
    /// `slice step cannot be zero`.
    #[inline(always)]
    fn clamped(&self, n: usize) -> Result<(isize, isize, isize), IndexError> {
        let step = self.step.unwrap_or(1);
        if step == 0 {
            return Err(IndexError::zero_step());
        }
        // isize is wide enough: n <= isize::MAX, so v + n cannot overflow for v < 0, and after
        // clamping every value lies in -1..=n.
        let n = n as isize;
        let (lower, upper) = if step > 0 { (0, n) } else { (-1, n - 1) };
        let clamp = |v: Option<isize>, default: isize| match v {
            None => default,
            Some(v) => (if v < 0 { v + n } else { v }).clamp(lower, upper),
        };
        let start = clamp(self.start, if step > 0 { lower } else { upper });
        let stop = clamp(self.stop, if step > 0 { upper } else { lower });
        Ok((start, stop, step))
    }

    /// Python's `slice.indices(n)`: the first index, the number of elements and the step.
    ///
    /// # Errors
    /// `slice step cannot be zero`.
    pub fn indices(&self, n: usize) -> Result<(usize, usize, isize), IndexError> {
        let (start, stop, step) = self.clamped(n)?;
        let len = if step > 0 {
            if start < stop {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if stop < start {
            // -(isize::MIN) overflows; a step that long takes one element.
            (start - stop - 1)
                .checked_div(step.checked_neg().unwrap_or(isize::MAX))
                .unwrap_or(0)
                + 1
        } else {
            0
        };
        // A selection of length 0 may start at -1 (or n); report 0 so callers never see it.
        let first = if len == 0 { 0 } else { start as usize };
        Ok((first, len as usize, step))
    }

    /// The ndarray slice that selects exactly the same elements in the same order.
    ///
    /// No division: Python's clamped start and stop map straight onto ndarray's half-open
    /// range (for a negative step, ndarray walks down from the end of `[stop + 1, start + 1)`).
    #[inline(always)]
    pub(crate) fn to_ndarray(self, n: usize) -> Result<ndarray::Slice, IndexError> {
        let (start, stop, step) = self.clamped(n)?;
        let (lo, hi) = if step > 0 {
            (start, stop.max(start))
        } else {
            (stop + 1, (start + 1).max(stop + 1))
        };
        Ok(ndarray::Slice::new(lo, Some(hi), step))
    }
}

/// NumPy's wrap-around and bounds check of one index into an axis of `n`, inlined for the
/// one-pass loops.
#[inline(always)]
fn wrap(i: isize, n: usize) -> Result<usize, IndexError> {
    let j = if i < 0 { i.wrapping_add(n as isize) } else { i };
    if (j as usize) < n {
        Ok(j as usize)
    } else {
        Err(IndexError::out_of_bounds(i, 0, n))
    }
}

/// Check every index of `idx` against an axis of `n` (NumPy's message names the first bad
/// one), with one vectorisable pass for the range.
pub(crate) fn check_indices(idx: &CowArray<'_, isize, IxDyn>, n: usize) -> Result<(), IndexError> {
    let (low, high) = idx
        .iter()
        .fold((0isize, -1isize), |(lo, hi), &i| (lo.min(i), hi.max(i)));
    if low < -(n as isize) || high >= n as isize {
        let bad = idx
            .iter()
            .find(|&&i| wrap(i, n).is_err())
            .expect("an index is out of range");
        return Err(IndexError::out_of_bounds(*bad, 0, n));
    }
    Ok(())
}

/// [`check_indices`], and when `idx` is contiguous with every index in `0..n` (the common
/// case), the checked list: the gather loops over it need no check per index, and a write
/// knows before its first store that none will fail.
///
/// # Errors
/// As [`check_indices`].
pub(crate) fn check_indices_in_bounds<'x>(
    idx: &'x CowArray<'_, isize, IxDyn>,
    n: usize,
) -> Result<Option<InBounds<'x>>, IndexError> {
    match idx.as_slice().and_then(|ix| InBounds::check(ix, n)) {
        Some(at) => Ok(Some(at)),
        None => check_indices(idx, n).map(|()| None),
    }
}

/// A checked index in `-n..n` as a position.
#[inline(always)]
pub(crate) fn position(i: isize, n: usize) -> usize {
    if i < 0 {
        (i + n as isize) as usize
    } else {
        i as usize
    }
}

/// Resolve a possibly negative integer index against an axis of length `n`.
#[inline]
pub(crate) fn resolve_int(index: isize, axis: usize, n: usize) -> Result<usize, IndexError> {
    // An axis length fits `isize` (ndarray's rule for every array), so `index + n` cannot
    // overflow for a negative `index`.
    let at = if index < 0 { index + n as isize } else { index };
    match usize::try_from(at) {
        Ok(at) if at < n => Ok(at),
        _ => Err(IndexError::out_of_bounds(index, axis, n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picks(
        start: Option<isize>,
        stop: Option<isize>,
        step: Option<isize>,
        n: usize,
    ) -> Vec<usize> {
        let (first, len, step) = SliceSpec::new(start, stop, step).indices(n).unwrap();
        (0..len)
            .map(|k| (first as isize + k as isize * step) as usize)
            .collect()
    }

    #[test]
    fn python_slice_rules() {
        // Python's slice rules with n = 5, as NumPy prints them: z[10:-10:-1] is [4 3 2 1 0],
        // z[-10:10:-1] is [], z[:3:-1] is [4], z[0:4:-2] is [], z[::-2] is [4 2 0].
        assert_eq!(picks(Some(10), Some(-10), Some(-1), 5), vec![4, 3, 2, 1, 0]);
        assert_eq!(picks(Some(-10), Some(10), Some(-1), 5), Vec::<usize>::new());
        assert_eq!(picks(None, Some(3), Some(-1), 5), vec![4]);
        assert_eq!(picks(Some(0), Some(4), Some(-2), 5), Vec::<usize>::new());
        assert_eq!(picks(None, None, Some(-2), 5), vec![4, 2, 0]);
        assert_eq!(
            picks(Some(isize::MIN), Some(isize::MAX), Some(isize::MAX), 5),
            vec![0]
        );
    }

    #[test]
    fn zero_step_is_numpys_value_error() {
        let e = SliceSpec::new(None, None, Some(0)).indices(3).unwrap_err();
        assert_eq!(e.to_string(), "slice step cannot be zero");
    }
}
