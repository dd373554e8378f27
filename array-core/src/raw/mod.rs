//! The one module of npview with `unsafe` code (here and in `buffers.rs` and `fill.rs`):
//! - views NumPy makes without copying that ndarray's safe constructors cannot express;
//! - output buffers for big results: huge-page advice before first touch, a branch-free
//!   compaction loop that fills the buffer and then sets its length, and outputs filled
//!   piece by piece (on several threads with the `rayon` feature);
//! - freed big buffers kept for reuse, and handed to the next output that fits; an owned
//!   array's data moved out past the destructor that would keep its buffer;
//! - a slice read as its own type once `TypeId`s show the generic types are one type, so a
//!   same-dtype copy can be a `memcpy`;
//! - gathers and scatters through index lists checked once before the loop, without a bounds
//!   check per element.
//!
//! Invariant relied on by the views: an `ndarray::ArrayView<'a, T, D>` points at elements that
//! stay valid and unmutated for `'a`, at the addresses its first-element pointer, shape and
//! strides give. Every function here builds a new view whose addresses are a subset of (in fact
//! equal to) the addresses of such a view, and checks that again in debug builds.

use ndarray::{ArrayView, ArrayViewD, Axis, Dimension, IxDyn, ShapeBuilder};

mod buffers;
mod fill;

pub(crate) use self::buffers::*;
pub(crate) use self::fill::*;

/// A loop to run compiled for the best instruction set the CPU has (see [`with_avx2`]).
pub(crate) trait Loop {
    /// What the loop returns.
    type Out;
    /// The loop; `#[inline(always)]` in every impl, so that it is compiled into the caller
    /// of its instruction set.
    fn run(self) -> Self::Out;
}

/// `body.run()`, compiled for AVX2 when the CPU running it has AVX2, as NumPy picks its loops
/// at run time: the same operations in the same order (no fused multiply-add, no reassociated
/// sums), so the same bits, in wider registers. x86-64's baseline (SSE2) has no 64-bit integer
/// comparison, for one, so `a > 25` on `int64` needs five instructions where AVX2 has one.
#[inline(always)]
pub(crate) fn with_avx2<L: Loop>(body: L) -> L::Out {
    #[cfg(all(target_arch = "x86_64", not(miri)))]
    {
        #[target_feature(enable = "avx2")]
        unsafe fn avx2<L: Loop>(body: L) -> L::Out {
            body.run()
        }
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU running this has AVX2 (checked just above), the one requirement
            // of calling a function compiled with `target_feature(enable = "avx2")`.
            return unsafe { avx2(body) };
        }
    }
    body.run()
}

/// `view` under `new_dim` (same size), as NumPy's `reshape` gives it when no copy is needed:
/// `None` when the strides do not allow a view.
pub(crate) fn reshaped_view<'a, T, D: Dimension, E: Dimension>(
    view: ArrayView<'a, T, D>,
    new_dim: E,
) -> Option<ArrayView<'a, T, E>> {
    debug_assert_eq!(view.len(), new_dim.size());
    if view.is_empty() || view.is_standard_layout() {
        return view.into_shape_with_order(new_dim).ok();
    }
    let strides = crate::array::nocopy_strides(view.shape(), view.strides(), new_dim.slice())?;
    // ndarray's raw constructor takes non-negative strides: start from the lowest element along
    // each axis that walks backwards, then turn those axes around again.
    let mut start = view.as_ptr();
    let mut abs = new_dim.clone();
    for ((&n, &s), a) in new_dim.slice().iter().zip(&strides).zip(abs.slice_mut()) {
        if s < 0 {
            start = start.wrapping_offset((n as isize - 1) * s);
        }
        *a = s.unsigned_abs();
    }
    #[cfg(debug_assertions)]
    check_same_elements(&view, new_dim.slice(), &strides);
    // SAFETY: `nocopy_strides` found strides under which `new_dim` walks exactly the elements of
    // `view` (NumPy's rule: each run of merged old axes is C-contiguous, and split new axes step
    // through it in order); the debug check above confirms the address sets are equal. `start`
    // is the lowest address the new view forms along its negative axes, itself one of `view`'s
    // element addresses, so it is non-null, aligned and inside the same allocation, and every
    // address formed from it with the non-negative strides `abs` is an element of `view`. Those
    // elements are valid and not mutably aliased for `'a`, since `view` borrows them for `'a`.
    // The element count equals `view.len()`, which ndarray already keeps within `isize::MAX`.
    let mut out = unsafe { ArrayView::from_shape_ptr(new_dim.strides(abs), start) };
    for (k, &s) in strides.iter().enumerate() {
        if s < 0 {
            out.invert_axis(Axis(k));
        }
    }
    Some(out)
}

/// The diagonal of the last two axes of `view` (whose lengths are equal), as one axis: the
/// elements `view[..., k, k]`. NumPy's `diagonal` returns this view of the same memory.
pub(crate) fn diagonal_of_last_two<'a, T>(view: ArrayViewD<'a, T>) -> ArrayViewD<'a, T> {
    let nd = view.ndim();
    debug_assert!(nd >= 2 && view.shape()[nd - 1] == view.shape()[nd - 2]);
    let len = view.shape()[nd - 1];
    let mut shape: Vec<usize> = view.shape()[..nd - 2].to_vec();
    shape.push(len);
    let mut strides: Vec<isize> = view.strides()[..nd - 2].to_vec();
    strides.push(view.strides()[nd - 2] + view.strides()[nd - 1]);
    if view.is_empty() {
        // No element to point at: an empty array of that shape.
        return ArrayViewD::from_shape(IxDyn(&shape), &[]).expect("an empty shape fits no data");
    }
    // Start from the lowest address along each axis that walks backwards, as `reshaped_view`.
    let mut start = view.as_ptr();
    let mut abs = shape.clone();
    for ((&n, &s), a) in shape.iter().zip(&strides).zip(abs.iter_mut()) {
        if s < 0 {
            start = start.wrapping_offset((n as isize - 1) * s);
        }
        *a = s.unsigned_abs();
    }
    // SAFETY: every element the new view addresses is `view[i..., k, k]` for in-range indices
    // (the diagonal axis has the length of both last axes, and its stride is the sum of theirs),
    // so it is an element of `view`, valid and not mutably aliased for `'a`. `start` is the
    // lowest of those addresses along the negative axes (itself an element, since the view is
    // not empty), and from it the non-negative strides `abs` reach exactly those elements. The
    // element count is at most `view.len()`, which ndarray keeps within `isize::MAX`.
    let mut out = unsafe { ArrayViewD::from_shape_ptr(IxDyn(&shape).strides(IxDyn(&abs)), start) };
    for (k, &s) in strides.iter().enumerate() {
        if s < 0 {
            out.invert_axis(Axis(k));
        }
    }
    out
}

/// `view` broadcast to `dims` (NumPy's rule: missing leading axes and length-1 axes repeat,
/// with stride 0), keeping the lifetime of the elements; `None` when it does not broadcast.
/// ndarray's `broadcast` gives the same view but borrows the view value itself.
pub(crate) fn broadcast_view<'a, T>(
    view: ArrayViewD<'a, T>,
    dims: &[usize],
) -> Option<ArrayViewD<'a, T>> {
    let extra = dims.len().checked_sub(view.ndim())?;
    let mut strides = vec![0isize; dims.len()];
    for (k, (&n, &s)) in view.shape().iter().zip(view.strides()).enumerate() {
        let want = dims[extra + k];
        if n == want {
            strides[extra + k] = s;
        } else if n != 1 {
            return None;
        }
    }
    if view.is_empty() || dims.contains(&0) {
        // No element needed (a length-0 axis broadcasts only to 0): an empty array.
        if dims.iter().product::<usize>() != 0 {
            return None;
        }
        return ArrayViewD::from_shape(IxDyn(dims), &[]).ok();
    }
    let mut start = view.as_ptr();
    let mut abs = vec![0usize; dims.len()];
    for ((&n, &s), a) in dims.iter().zip(&strides).zip(abs.iter_mut()) {
        if s < 0 {
            start = start.wrapping_offset((n as isize - 1) * s);
        }
        *a = s.unsigned_abs();
    }
    // SAFETY: each index of the new view maps to an index of `view` (an axis of `view` keeps its
    // length and stride, a repeated axis has stride 0, so it always reads index 0 of a length-1
    // axis, and new leading axes read nothing new), so every address formed is an element of
    // `view`, valid and not mutably aliased for `'a`; elements read more than once are only
    // read. `start` is the lowest address along the negative axes (an element, the view being
    // non-empty), from which the non-negative strides `abs` reach exactly those elements.
    let mut out = unsafe { ArrayViewD::from_shape_ptr(IxDyn(dims).strides(IxDyn(&abs)), start) };
    for (k, &s) in strides.iter().enumerate() {
        if s < 0 {
            out.invert_axis(Axis(k));
        }
    }
    Some(out)
}

/// The transpose of the C-ordered `rows x cols` matrix `mem`, in C order (a `cols x rows`
/// matrix), with no pass to initialise the output first. It goes strip by strip: a few source
/// rows at a time, read along their length, each output row getting that many consecutive
/// elements per strip. The reads are a few sequential streams and the writes land in whole
/// groups, which the cache and the prefetcher both handle far better than square tiles
/// (measured on a 4000x2500 matrix: 1.4x faster for 8-byte elements, 2.8x for 4-byte ones).
pub(crate) fn transpose_copy<T: Clone>(mem: &[T], rows: usize, cols: usize) -> Vec<T> {
    // Rows per strip, by measurement: 4 for 8-byte elements (half a cache line per write
    // group), 8 for smaller ones.
    if core::mem::size_of::<T>() >= 8 {
        transpose_strips::<T, 4>(mem, rows, cols)
    } else {
        transpose_strips::<T, 8>(mem, rows, cols)
    }
}

/// [`transpose_copy`] in strips of `R` source rows.
fn transpose_strips<T: Clone, const R: usize>(mem: &[T], rows: usize, cols: usize) -> Vec<T> {
    // Columns per pass over a strip: the strip's rows stay in cache from one strip to the next.
    const BLOCK: usize = 256;
    assert_eq!(mem.len(), rows * cols, "the matrix fills `mem`");
    let mut out: Vec<T> = output_vec(rows * cols);
    let spare = &mut out.spare_capacity_mut()[..rows * cols];
    let whole_strips = rows / R * R;
    for c0 in (0..cols).step_by(BLOCK) {
        let c1 = (c0 + BLOCK).min(cols);
        for r0 in (0..whole_strips).step_by(R) {
            let strip: [&[T]; R] =
                core::array::from_fn(|k| &mem[(r0 + k) * cols + c0..(r0 + k) * cols + c1]);
            for (j, c) in (c0..c1).enumerate() {
                let group = &mut spare[c * rows + r0..c * rows + r0 + R];
                for (slot, row) in group.iter_mut().zip(&strip) {
                    slot.write(row[j].clone());
                }
            }
        }
        // The last rows, fewer than a strip, one element at a time.
        for r in whole_strips..rows {
            for c in c0..c1 {
                spare[c * rows + r].write(mem[r * cols + c].clone());
            }
        }
    }
    // SAFETY: the passes cover every (r, c) with r < rows and c < cols exactly once (column
    // blocks `c0..c1` partition `0..cols`; within each, the strips take rows below
    // `whole_strips` and the last loop the rest), so each of the first `rows * cols` slots
    // (all within the capacity `output_vec` reserved) was written with an initialised `T`. If
    // a `clone` panicked we never get here: the written elements leak, which is safe.
    unsafe { out.set_len(rows * cols) };
    out
}

/// An index list whose every index lies in `0..len`, checked once: the loops of a gather
/// (`a[idx]`), a fancy write (`a[idx] = v`) and `np.add.at` go through it without a bounds
/// check per element. Each of their iterations is a cache miss that does not depend on the
/// others, so how many misses are in flight depends on how many iterations the core's reorder
/// window holds; the check and its branch took half the loop's instructions (a gather of 1M
/// int64 from 10M took 1.4x ndarray's unchecked `select` with them).
#[derive(Clone, Copy)]
pub(crate) struct InBounds<'a> {
    indices: &'a [isize],
    len: usize,
}

impl<'a> InBounds<'a> {
    /// `indices` when each of them lies in `0..len` (none negative: those take the checked
    /// loops, which read them from the end).
    pub(crate) fn check(indices: &'a [isize], len: usize) -> Option<Self> {
        // No early exit, so that the pass vectorises; a negative index read as `usize` is
        // past any length.
        let highest = indices.iter().fold(0usize, |m, &i| m.max(i as usize));
        (indices.is_empty() || highest < len).then_some(Self { indices, len })
    }

    /// `buf[i]` for each index, in order.
    ///
    /// # Panics
    /// If the indices were checked against another length than `buf`'s.
    #[inline(always)]
    pub(crate) fn take<T: Clone>(self, buf: &'a [T]) -> impl ExactSizeIterator<Item = T> + 'a {
        assert_eq!(
            buf.len(),
            self.len,
            "the indices were checked against this buffer"
        );
        self.indices.iter().map(move |&i| {
            // SAFETY: `check` found `0 <= i < self.len`, and `self.len == buf.len()`.
            unsafe { buf.get_unchecked(i as usize) }.clone()
        })
    }
}

/// `update(&mut buf[i], k)` for the `k`-th of the checked indices `at`, in order (a repeated
/// index is updated once per occurrence).
///
/// # Panics
/// If `at` was checked against another length than `buf`'s.
#[inline(always)]
pub(crate) fn update_in_bounds<T>(
    buf: &mut [T],
    at: InBounds<'_>,
    mut update: impl FnMut(&mut T, usize),
) {
    assert_eq!(
        buf.len(),
        at.len,
        "the indices were checked against this buffer"
    );
    for (k, &i) in at.indices.iter().enumerate() {
        // SAFETY: `InBounds::check` found `0 <= i < at.len`, and `at.len == buf.len()`; the
        // reference lives only for this call of `update`.
        update(unsafe { buf.get_unchecked_mut(i as usize) }, k);
    }
}

/// The 64-bit integer types whose values NumPy's cast of an index array to `intp` (Rust's
/// `as isize`) leaves bit for bit as they are on a 64-bit target: see [`intp_view`].
///
/// # Safety
/// An implementing type has the size and alignment of `isize` and no padding, so that its
/// elements can be read as `isize`.
#[cfg(target_pointer_width = "64")]
pub(crate) unsafe trait SameBitsAsIntp: Copy {}
// SAFETY: on a 64-bit target, `i64`, `u64` and `usize` are 8-byte integers without padding,
// aligned as `isize` is (checked at compile time just below).
#[cfg(target_pointer_width = "64")]
unsafe impl SameBitsAsIntp for i64 {}
// SAFETY: as for `i64` above.
#[cfg(target_pointer_width = "64")]
unsafe impl SameBitsAsIntp for u64 {}
// SAFETY: as for `i64` above.
#[cfg(target_pointer_width = "64")]
unsafe impl SameBitsAsIntp for usize {}
#[cfg(target_pointer_width = "64")]
const _: () = {
    use core::mem::{align_of, size_of};
    assert!(size_of::<isize>() == 8 && align_of::<isize>() == align_of::<i64>());
    assert!(size_of::<i64>() == 8 && size_of::<u64>() == 8 && size_of::<usize>() == 8);
    assert!(align_of::<isize>() == align_of::<u64>() && align_of::<isize>() == align_of::<usize>());
};

/// A borrowed index array of 64-bit integers read as `isize` in place: each element is what
/// `i as isize` gives (the same bits), and nothing is copied. A million `int64` indices were
/// otherwise converted into a fresh 8 MB array before every gather or fancy write.
#[cfg(target_pointer_width = "64")]
pub(crate) fn intp_view<'a, I: SameBitsAsIntp>(view: ArrayViewD<'a, I>) -> ArrayViewD<'a, isize> {
    let raw = view.raw_view().cast::<isize>();
    // SAFETY: `raw` has the addresses, shape and strides of `view`, which borrows its elements
    // for `'a` (the module's invariant), so they stay valid and unmutated for the result's
    // lifetime. `I: SameBitsAsIntp` has the size and alignment of `isize` and no padding (the
    // trait's contract), and every bit pattern of 8 bytes is a valid `isize`.
    let read = unsafe { raw.deref_into_view() };
    debug_assert!(
        read.shape() == view.shape() && read.strides() == view.strides(),
        "the same elements, read as isize"
    );
    debug_assert_eq!(read.as_ptr() as usize, view.as_ptr() as usize);
    read
}

/// `values` as a slice of `T` when `T` is `S` itself, else `None`. The dtype-generic copies
/// (`np.concatenate`, `np.array`) copy an operand of the result's own dtype with `memcpy`
/// through it: glibc's `memcpy`, chosen for the CPU at run time, moves 32 or 64 bytes per
/// instruction where the element loop of a conversion, compiled for the baseline, moves 16
/// (two 40 MB int64 arrays concatenated: the element loop took 3-28% longer in ten pairs of
/// alternating runs).
pub(crate) fn same_type<S: 'static, T: 'static>(values: &[S]) -> Option<&[T]> {
    (core::any::TypeId::of::<S>() == core::any::TypeId::of::<T>()).then(|| {
        // SAFETY: two `'static` types with equal `TypeId`s are one type (the guarantee
        // `Any::downcast_ref` relies on), so this is `values` itself under the same type: the
        // same layout, elements and lifetime.
        unsafe { core::slice::from_raw_parts(values.as_ptr().cast::<T>(), values.len()) }
    })
}

/// Debug check: the new shape and strides address the same elements, in the same C order.
#[cfg(debug_assertions)]
fn check_same_elements<T, D: Dimension>(
    view: &ArrayView<'_, T, D>,
    shape: &[usize],
    strides: &[isize],
) {
    let old: Vec<*const T> = view.iter().map(|x| x as *const T).collect();
    let first = view.as_ptr();
    let new = ndarray::indices(ndarray::IxDyn(shape))
        .into_iter()
        .map(|idx| {
            let off: isize = idx
                .slice()
                .iter()
                .zip(strides)
                .map(|(&i, &s)| i as isize * s)
                .sum();
            first.wrapping_offset(off)
        });
    assert!(
        old.iter().copied().eq(new),
        "a reshaped view must walk the same elements in C order"
    );
}

#[cfg(test)]
#[path = "../raw_tests.rs"]
mod tests;
