//! Outputs filled without a pass to initialise them first: piece by piece (on several
//! threads with the `rayon` feature), by branch-free compaction, and row by row from strided
//! views; each sets its length once every slot is written.

use super::*;

/// The slots of one piece of an output being filled: see [`filled_in_pieces`].
pub(crate) struct Slots<'s, T> {
    slots: &'s mut [core::mem::MaybeUninit<T>],
    filled: usize,
}

impl<T> Slots<'_, T> {
    /// How many slots the piece has.
    pub(crate) fn len(&self) -> usize {
        self.slots.len()
    }

    /// Write `values` into the next free slots (as many as there are slots left).
    #[inline(always)]
    pub(crate) fn extend(&mut self, values: impl IntoIterator<Item = T>) {
        let mut written = 0;
        for (slot, v) in self.slots[self.filled..].iter_mut().zip(values) {
            slot.write(v);
            written += 1;
        }
        self.filled += written;
    }

    /// Write the values whose flag is true into the next free slots, in order. For types
    /// without drop glue the loop has no branch on the flag (as in [`compact`]): it writes each
    /// value into the next free slot and moves on past the kept ones only.
    ///
    /// # Panics
    /// If more values are kept than there are free slots.
    #[inline]
    pub(crate) fn extend_kept<'v>(&mut self, pairs: impl Iterator<Item = (&'v T, bool)>)
    where
        T: Clone + 'v,
    {
        let free = &mut self.slots[self.filled..];
        let mut kept = 0;
        if core::mem::needs_drop::<T>() {
            for (x, _) in pairs.filter(|p| p.1) {
                free[kept].write(x.clone());
                kept += 1;
            }
        } else {
            for (x, keep) in pairs {
                // The slot after the last kept value is written too, while there is one; a
                // value written there and then replaced needs no drop.
                if let Some(slot) = free.get_mut(kept) {
                    slot.write(x.clone());
                }
                kept += usize::from(keep);
            }
            assert!(kept <= free.len(), "more values kept than slots");
        }
        self.filled += kept;
    }
}

/// A vector filled piece by piece: `pieces` holds each piece's number of values and what it
/// needs to make them; `fill(payload, slots)` writes exactly that many values into `slots`,
/// and its results come back in order. With the `rayon` feature the pieces run at once.
///
/// # Panics
/// If a piece leaves a slot unwritten (then the values written are leaked, never read).
pub(crate) fn filled_in_pieces<T: Send, P: Send, R: Send>(
    pieces: Vec<(usize, P)>,
    fill: impl Fn(P, &mut Slots<'_, T>) -> R + Sync + Send,
) -> (Vec<T>, Vec<R>) {
    let len = pieces.iter().map(|p| p.0).sum();
    let mut out: Vec<T> = output_vec(len);
    let mut rest = &mut out.spare_capacity_mut()[..len];
    let mut jobs = Vec::with_capacity(pieces.len());
    for (count, payload) in pieces {
        let (slots, tail) = rest.split_at_mut(count);
        rest = tail;
        jobs.push((payload, Slots { slots, filled: 0 }));
    }
    let results = crate::parallel::map(jobs, |(payload, mut slots)| {
        let r = fill(payload, &mut slots);
        assert_eq!(slots.filled, slots.len(), "a piece writes every slot");
        r
    });
    // SAFETY: the pieces' slots are consecutive and cover slots `0..len` of the buffer (split
    // off in order, `len` their sum and within the capacity `output_vec` gave), and every piece
    // wrote each of its slots: `Slots` writes slots in order from `filled` and counts only the
    // written ones, and each piece's `filled` reached its length, else `map` panicked above.
    unsafe { out.set_len(len) };
    (out, results)
}

/// The values whose flag is true, in order; `count` is the number of true flags.
///
/// For element types without drop glue (every NumPy dtype) the loop has no branch on the flag:
/// it writes each value into the next free slot and advances only past the kept ones, so an
/// unpredictable mask costs nothing extra. Other types take the plain filtering loop.
pub(crate) fn compact<'v, T: Clone + 'v>(
    pairs: impl Iterator<Item = (&'v T, bool)>,
    count: usize,
) -> Vec<T> {
    if core::mem::needs_drop::<T>() {
        let mut out = output_vec(count);
        out.extend(pairs.filter(|p| p.1).map(|(x, _)| x.clone()));
        return out;
    }
    // One spare slot: the loop writes the value after the last kept one too.
    let mut out = output_vec(count + 1);
    let slots = out.spare_capacity_mut();
    let mut kept = 0;
    for (x, keep) in pairs {
        // Indexing panics (safely) should `count` be too small; then nothing leaks, since `T`
        // has no drop glue and the vector's length is still 0.
        slots[kept].write(x.clone());
        kept += usize::from(keep);
    }
    // SAFETY: every slot below `kept` was written: the loop writes slot `kept` before `kept`
    // grows, and it grows by at most one per iteration. `kept` is at most the capacity, since
    // it only grows after `slots[kept]` was in bounds. Slots written and then left out (the
    // value after the last kept one) need no drop, as `T` has no drop glue.
    unsafe { out.set_len(kept) };
    out
}

/// The values whose key passes `keep`, in order, for contiguous values and keys, in one pass
/// over the data.
///
/// The output is sized from a sample (every 256th key) plus a margin of 1/128 of the input
/// (more than three standard errors of the sample's estimate), so no counting pass is needed; should the sample underestimate (sorted data, say), the rest of
/// the keys are counted once and the buffer grows to the exact size. At the end the buffer
/// shrinks to its length when the margin left is more than 1/16 of it (for a big buffer, the
/// kernel just unmaps the tail); a smaller margin stays, so the next select of the same data
/// gets this buffer back once it is freed (see [`FreedBuffers`]). So the memory taken is the
/// output and at most that margin, never a mask or a copy of the input.
pub(crate) fn compact_sampled<T: Clone, K>(
    values: &[T],
    keys: &[K],
    keep: impl Fn(&K) -> bool,
) -> Vec<T> {
    const CHUNK: usize = 4096;
    const SAMPLE_EVERY: usize = 256;
    let n = keys.len().min(values.len());
    let (values, keys) = (&values[..n], &keys[..n]);
    if core::mem::needs_drop::<T>() {
        let count = keys.iter().filter(|k| keep(k)).count();
        return compact(values.iter().zip(keys.iter().map(keep)), count);
    }
    let sampled = keys
        .iter()
        .step_by(SAMPLE_EVERY)
        .filter(|k| keep(k))
        .count();
    let estimate = sampled.saturating_mul(SAMPLE_EVERY) + n / 128 + CHUNK + 1;
    let mut out: Vec<T> = output_vec(estimate.min(n + 1));
    let mut exact = false;
    for (start, (v, k)) in values
        .chunks(CHUNK)
        .zip(keys.chunks(CHUNK))
        .enumerate()
        .map(|(c, pair)| (c * CHUNK, pair))
    {
        if !exact && out.capacity() - out.len() < v.len() + 1 {
            // The sample fell short: count what is left and make room for exactly that.
            let rest = keys[start..].iter().filter(|x| keep(x)).count();
            out.reserve_exact(rest + 1);
            advise_huge_pages(&out);
            exact = true;
        }
        let slots = out.spare_capacity_mut();
        let mut kept = 0;
        for (x, key) in v.iter().zip(k) {
            slots[kept].write(x.clone());
            kept += usize::from(keep(key));
        }
        let len = out.len() + kept;
        // SAFETY: as in `compact`: slots `len - kept..len` of the buffer (the first `kept` spare
        // slots) were all written, slot `kept` before `kept` grew, by at most one per element;
        // `len` is within the capacity because `slots[kept]` was in bounds before each
        // increment. `T` has no drop glue, so a slot written and left out needs nothing.
        unsafe { out.set_len(len) };
    }
    if out.capacity() - out.len() > out.len() / 16 {
        out.shrink_to_fit();
    }
    out
}

/// Clones of the `len` elements `elements` yields, in order, in a new (advised) buffer.
///
/// Driven by `fold`, so ndarray's iterators use their own `fold`, which walks the innermost axis
/// with a plain pointer step. Types without drop glue are written straight into the buffer;
/// others are pushed, so a panicking `clone` leaves nothing behind.
pub(crate) fn collect_cloned<'v, T: Clone + 'v>(
    len: usize,
    elements: impl Iterator<Item = &'v T>,
) -> Vec<T> {
    let mut out = output_vec(len);
    if core::mem::needs_drop::<T>() {
        elements.for_each(|x| out.push(x.clone()));
        return out;
    }
    let slots = &mut out.spare_capacity_mut()[..len];
    // The count travels in the fold's accumulator, so it stays in a register.
    let written = elements.fold(0, |k, x| {
        slots[k].write(x.clone());
        k + 1
    });
    // SAFETY: slots `0..written` were written, in order, and `written <= len <= capacity`
    // because each write indexed `slots` (of length `len`) in bounds first.
    unsafe { out.set_len(written) };
    out
}

/// A C-order copy of a view that is not one contiguous block, row by row, into a new (advised)
/// buffer.
///
/// A contiguous row (`m[::2, :]`) is one block copy, which the standard library turns into a
/// `memcpy` for the plain dtypes. A strided row is a pointer walk with the row's stride, a loop
/// the compiler can unroll (ndarray's iterators step through a generic index instead). Types
/// with drop glue take [`collect_cloned`], which is panic-safe for them.
pub(crate) fn copy_rows<T: Clone, D: ndarray::Dimension>(v: &ArrayView<'_, T, D>) -> Vec<T> {
    let len = v.len();
    if core::mem::needs_drop::<T>() || v.ndim() == 0 {
        return collect_cloned(len, v.iter());
    }
    let mut out = output_vec(len);
    for row in v.rows() {
        if let Some(contiguous) = row.as_slice() {
            out.extend_from_slice(contiguous);
            continue;
        }
        let (first, stride, n, start) = (row.as_ptr(), row.strides()[0], row.len(), out.len());
        for (i, slot) in out.spare_capacity_mut()[..n].iter_mut().enumerate() {
            // SAFETY: element `i` of `row` (0 <= i < n) is at `first + i * stride`, an element
            // of the view `v`, valid and unmutated while `v` borrows it; the offset stays in
            // the allocation since ndarray keeps every element address of a view in it.
            let x = unsafe { &*first.offset(i as isize * stride) };
            slot.write(x.clone());
        }
        // SAFETY: the loop above wrote the `n` slots after the first `start` elements (it
        // indexed `[..n]` of the spare capacity, so they exist); `T` has no drop glue, so a
        // panicking `clone` before this line leaks nothing that needs dropping.
        unsafe { out.set_len(start + n) };
    }
    out
}
