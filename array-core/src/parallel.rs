//! Splitting a big kernel over threads (the `rayon` feature).
//!
//! A kernel over at least [`MIN_PARALLEL`] elements is cut into pieces that rayon's pool runs
//! at once; smaller work, and all work without the feature, is one piece on the calling thread.
//! The cuts never change a result: each piece writes its own part of the output, and float
//! sums are cut only where NumPy's pairwise summation splits anyway, so every answer is the
//! same to the last bit with one thread or many.

use core::ops::Range;

/// Elements below which a kernel stays on the calling thread: handing work to the pool costs
/// a few microseconds, which this many elements take to copy.
pub(crate) const MIN_PARALLEL: usize = 1 << 17;

/// Whether work of `len` elements is split over threads.
#[inline]
pub(crate) fn is_split(len: usize) -> bool {
    cfg!(feature = "rayon") && len >= MIN_PARALLEL && threads() > 1
}

/// How many threads rayon's pool has (1 without the feature).
fn threads() -> usize {
    #[cfg(feature = "rayon")]
    {
        rayon::current_num_threads()
    }
    #[cfg(not(feature = "rayon"))]
    {
        1
    }
}

/// `0..len` cut into consecutive pieces for the pool, for work on `work` elements in all (just
/// `0..len` when it stays on one thread). Cuts fall on multiples of `align`, so pieces of an
/// output do not share a cache line and block loops stay aligned.
pub(crate) fn spans(len: usize, align: usize, work: usize) -> Vec<Range<usize>> {
    if !is_split(work) || len < 2 * align {
        return core::iter::once(0..len).collect();
    }
    // A few pieces per thread, so a thread that is slowed down does not hold up the rest.
    let count = (threads() * 4)
        .min(work / (MIN_PARALLEL / 4))
        .min(len / align)
        .max(1);
    let cut = |k: usize| match k {
        k if k == count => len,
        k => len / count * k / align * align,
    };
    (0..count)
        .map(|k| cut(k)..cut(k + 1))
        .filter(|r| !r.is_empty())
        .collect()
}

/// `f` of each item, in order; the items run at once with the feature.
pub(crate) fn map<I: Send, R: Send>(items: Vec<I>, f: impl Fn(I) -> R + Sync + Send) -> Vec<R> {
    #[cfg(feature = "rayon")]
    {
        use rayon::prelude::*;
        if items.len() > 1 {
            return items.into_par_iter().map(f).collect();
        }
    }
    items.into_iter().map(f).collect()
}

/// `(a(), b())`, run at once with the feature.
#[inline]
pub(crate) fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(feature = "rayon")]
    {
        rayon::join(a, b)
    }
    #[cfg(not(feature = "rayon"))]
    {
        (a(), b())
    }
}
