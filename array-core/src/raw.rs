//! The one module of npview with `unsafe` code (here and in its `buffers` and `fill`):
//! - views NumPy makes without copying that ndarray's safe constructors cannot express;
//! - output buffers for big results: huge-page advice before first touch, a branch-free
//!   compaction loop that fills the buffer and then sets its length, and outputs filled
//!   piece by piece (on several threads with the `rayon` feature);
//! - freed big buffers kept for reuse, and handed to the next output that fits; an owned
//!   array's data moved out past the destructor that would keep its buffer;
//! - a slice read as its own type once `TypeId`s show the generic types are one type, so a
//!   same-dtype copy can be a `memcpy`;
//! - gathers through index lists checked once before the loop, without a bounds check per
//!   element, and the prefetch hint that the scattered loops give some indices ahead.
//!
//! Invariant relied on by the views: an `ndarray::ArrayView<'a, T, D>` points at elements that
//! stay valid and unmutated for `'a`, at the addresses its first-element pointer, shape and
//! strides give. Every function here builds a new view whose addresses are a subset of (in fact
//! equal to) the addresses of such a view, and checks that again in debug builds.

use ndarray::{ArrayView, ArrayView1, ArrayViewD, Axis, Dimension, IxDyn, ShapeBuilder};

mod buffers {
    //! Output buffers: huge-page advice before first touch, and freed big buffers kept for the
    //! next output of about their size (the `unsafe` of handing a buffer to another element type
    //! and of moving an owned array's data past its destructor).

    use super::*;

    /// A vector with room for `capacity` elements. When that is 4 MiB or more, the kernel is asked
    /// to back it with huge pages before anything touches it, as NumPy does for its allocations
    /// (same threshold): for a fresh 80 MB output the page faults otherwise cost several times the
    /// copy itself.
    ///
    /// A buffer a dropped array left behind (see [`recycle`]) is taken instead when one fits: its
    /// pages are already backed, so the kernel does not zero them again.
    pub(crate) fn output_vec<T>(capacity: usize) -> Vec<T> {
        if let Some(v) = reused_buffer(capacity) {
            return v;
        }
        let v = Vec::with_capacity(capacity);
        advise_huge_pages(&v);
        v
    }

    /// `n` copies of `zero`, for `np.zeros` and its kin. When `zero` is a NumPy dtype's zero
    /// (all bytes zero: bool, the integers and floats), `vec!` asks the allocator for zeroed
    /// memory, whose big blocks come straight from the kernel untouched (NumPy's `zeros` uses
    /// `calloc` the same way), so the huge-page advice still comes before the first touch.
    /// Any other type gets its copies written first, and the advice then changes nothing. A
    /// freed buffer is not reused here: it would have to be cleared in full at once.
    pub(crate) fn zeroed_vec<T: Clone>(n: usize, zero: T) -> Vec<T> {
        let v = vec![zero; n];
        advise_huge_pages(&v);
        v
    }

    /// The smallest buffer the freed buffers are kept for: the size NumPy (and [`output_vec`])
    /// start asking for huge pages at. Smaller ones are cheap to allocate and go back at once.
    pub(crate) const REUSED_FROM_BYTES: usize = 4 << 20;

    /// How many bytes of freed buffers are kept unless the user says otherwise
    /// (`npview::set_freed_buffer_limit`).
    pub(crate) const DEFAULT_REUSE_LIMIT: usize = 256 << 20;

    /// Freed buffers, oldest first, kept whole for the next outputs of their size.
    ///
    /// Only buffers of element types without drop glue (every NumPy dtype) come here, so a buffer
    /// holds nothing that needs dropping and can be handed to any element type of the same
    /// alignment whose size divides the buffer's. A buffer goes to a request it exceeds by at
    /// most 1/16, so little memory is held by an output beyond its length.
    pub(crate) struct FreedBuffers {
        pub(super) buffers: Vec<FreedBuffer>,
        pub(super) bytes: usize,
        smallest: usize,
        limit: usize,
    }

    /// One freed allocation of the global allocator, with the layout it was allocated with.
    pub(super) struct FreedBuffer {
        start: core::ptr::NonNull<u8>,
        pub(super) layout: std::alloc::Layout,
    }

    // SAFETY: a `FreedBuffer` is the only owner of its allocation (the `Vec` that had it was
    // forgotten when it was kept), and it holds no values, so moving it to another thread moves
    // nothing but the right to reuse or free that memory, as moving the `Vec` would.
    unsafe impl Send for FreedBuffer {}

    impl FreedBuffer {
        fn free(self) {
            // SAFETY: `start` was allocated by the global allocator with `layout` (the layout of
            // the `Vec` it came from: its capacity in bytes and its element type's alignment,
            // which is how `Vec` allocates and frees), and nothing else owns or frees it.
            unsafe { std::alloc::dealloc(self.start.as_ptr(), self.layout) }
        }
    }

    impl FreedBuffers {
        /// No buffers yet; buffers of `smallest` bytes or more are kept, `limit` bytes in all.
        pub(crate) const fn new(smallest: usize, limit: usize) -> Self {
            Self {
                buffers: Vec::new(),
                bytes: 0,
                // An empty buffer has no allocation to keep.
                smallest: if smallest == 0 { 1 } else { smallest },
                limit,
            }
        }

        /// Whether a buffer of `bytes` holding `T`s would be kept (cheap: no buffer is touched).
        pub(crate) fn would_keep<T>(&self, bytes: usize) -> bool {
            !core::mem::needs_drop::<T>()
                && core::mem::size_of::<T>() != 0
                && bytes >= self.smallest
                && bytes <= self.limit
        }

        /// Keep `v`'s buffer for reuse (its values need no drop), freeing the oldest buffers kept
        /// if the limit needs room; a buffer the rules do not keep is freed as usual.
        pub(crate) fn keep<T>(&mut self, mut v: Vec<T>) {
            let bytes = v.capacity() * core::mem::size_of::<T>();
            if !self.would_keep::<T>(bytes) {
                return;
            }
            let (Ok(layout), Some(start)) = (
                std::alloc::Layout::array::<T>(v.capacity()),
                core::ptr::NonNull::new(v.as_mut_ptr().cast::<u8>()),
            ) else {
                return;
            };
            // The buffer belongs to the list from here on; its values need no drop.
            core::mem::forget(v);
            self.free_down_to(self.limit - bytes);
            self.buffers.push(FreedBuffer { start, layout });
            self.bytes += bytes;
        }

        /// A kept buffer with room for `capacity` `T`s, if one fits, as an empty `Vec`.
        pub(crate) fn take<T>(&mut self, capacity: usize) -> Option<Vec<T>> {
            let size = core::mem::size_of::<T>();
            let wanted = capacity.checked_mul(size)?;
            if !self.would_keep::<T>(wanted) {
                return None;
            }
            let fits = |b: &FreedBuffer| {
                let bytes = b.layout.size();
                b.layout.align() == core::mem::align_of::<T>()
                    && bytes % size == 0
                    && bytes >= wanted
                    && bytes - wanted <= wanted / 16
            };
            let (at, _) = self
                .buffers
                .iter()
                .enumerate()
                .filter(|(_, b)| fits(b))
                .min_by_key(|(_, b)| b.layout.size())?;
            let buffer = self.buffers.remove(at);
            self.bytes -= buffer.layout.size();
            // SAFETY: `buffer.start` was allocated by the global allocator with `buffer.layout`;
            // `T`'s alignment is that layout's (checked by `fits`), and `T`'s size times the
            // capacity given is its size exactly (`fits` checked that `T`'s size divides it), as
            // `Vec::from_raw_parts` requires. The length is 0, so no value is read from the old
            // bytes, and the buffer left the list above, so the `Vec` is its only owner.
            Some(unsafe {
                Vec::from_raw_parts(
                    buffer.start.as_ptr().cast::<T>(),
                    0,
                    buffer.layout.size() / size,
                )
            })
        }

        /// Keep at most `limit` bytes from now on, freeing the oldest buffers beyond it; returns
        /// the limit before.
        pub(crate) fn set_limit(&mut self, limit: usize) -> usize {
            self.free_down_to(limit);
            core::mem::replace(&mut self.limit, limit)
        }

        /// Free the oldest buffers until at most `bytes` are kept.
        fn free_down_to(&mut self, bytes: usize) {
            while self.bytes > bytes {
                let oldest = self.buffers.remove(0);
                self.bytes -= oldest.layout.size();
                oldest.free();
            }
        }
    }

    impl Drop for FreedBuffers {
        fn drop(&mut self) {
            self.set_limit(0);
        }
    }

    /// The buffers of the process, shared by its threads.
    static FREED: std::sync::Mutex<FreedBuffers> =
        std::sync::Mutex::new(FreedBuffers::new(REUSED_FROM_BYTES, DEFAULT_REUSE_LIMIT));

    /// The process's freed buffers (a panic while they were held left them consistent: every
    /// change to the list happens after the last call that could panic).
    pub(crate) fn freed_buffers() -> std::sync::MutexGuard<'static, FreedBuffers> {
        FREED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether a buffer of `bytes` holding `T`s is big enough, and of a type plain enough, to be
    /// kept for reuse: checked before taking the lock, so small arrays never wait for it.
    pub(crate) fn worth_reusing<T>(bytes: usize) -> bool {
        !core::mem::needs_drop::<T>() && bytes >= REUSED_FROM_BYTES
    }

    /// Give the buffer of a dropped array back for reuse by the next output that fits it.
    /// Small buffers and element types with drop glue are freed at once, without taking the lock.
    pub(crate) fn recycle<T>(v: Vec<T>) {
        if worth_reusing::<T>(v.capacity().saturating_mul(core::mem::size_of::<T>())) {
            freed_buffers().keep(v);
        }
    }

    /// The ndarray array inside an [`Array`](crate::Array), moved out without running `Array`'s
    /// destructor (which would hand the buffer on for reuse).
    pub(crate) fn into_inner<T, D: Dimension>(array: crate::Array<T, D>) -> ndarray::Array<T, D> {
        let array = core::mem::ManuallyDrop::new(array);
        // SAFETY: `array` is never dropped nor used again (`ManuallyDrop`, going out of scope here),
        // so reading its field out moves the value: it has exactly one owner afterwards, as a move
        // out of a type without a destructor would leave it.
        unsafe { core::ptr::read(&array.inner) }
    }

    /// A kept buffer for an output of `capacity` `T`s, if one fits.
    fn reused_buffer<T>(capacity: usize) -> Option<Vec<T>> {
        let bytes = capacity.saturating_mul(core::mem::size_of::<T>());
        worth_reusing::<T>(bytes)
            .then(|| freed_buffers().take(capacity))
            .flatten()
    }

    /// Ask for huge pages under a big buffer that nothing has touched yet (see [`output_vec`]).
    #[cfg(all(target_os = "linux", not(miri)))]
    pub(crate) fn advise_huge_pages<T>(v: &Vec<T>) {
        const HUGE_PAGE: usize = 2 << 20;
        let bytes = v.capacity().saturating_mul(core::mem::size_of::<T>());
        if bytes < 4 << 20 {
            return;
        }
        let start = v.as_ptr() as usize;
        let first = start.next_multiple_of(HUGE_PAGE);
        let end = (start + bytes) / HUGE_PAGE * HUGE_PAGE;
        if end > first {
            // SAFETY: `first..end` lies inside the allocation `v` owns (its capacity in bytes from
            // `v.as_ptr()`), and is page-aligned as madvise requires. MADV_HUGEPAGE only changes how
            // the kernel backs those pages when they are first touched; it never changes contents,
            // validity or ownership. A failure (no transparent huge pages) is harmless and ignored.
            unsafe {
                libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE);
            }
        }
    }

    /// Huge-page advice is Linux's; elsewhere (and under Miri) there is nothing to do.
    #[cfg(not(all(target_os = "linux", not(miri))))]
    pub(crate) fn advise_huge_pages<T>(_: &Vec<T>) {}
}
mod fill {
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

        /// Split off the next `lens` free slots as consecutive pieces of their own, for `fill` to
        /// write; once it has written every one of them, they count as written here.
        ///
        /// # Panics
        /// If there are fewer free slots, or `fill` leaves one of them unwritten.
        pub(crate) fn in_parts<const K: usize, R>(
            &mut self,
            lens: [usize; K],
            fill: impl FnOnce(&mut [Slots<'_, T>; K]) -> R,
        ) -> R {
            let mut rest = &mut self.slots[self.filled..];
            let mut parts = lens.map(|len| {
                let (slots, tail) = core::mem::take(&mut rest).split_at_mut(len);
                rest = tail;
                Slots { slots, filled: 0 }
            });
            let r = fill(&mut parts);
            assert!(
                parts.iter().all(|p| p.filled == p.len()),
                "a part writes every slot"
            );
            self.filled += lens.iter().sum::<usize>();
            r
        }
    }

    /// Write `len` values into the next free slots of each of four pieces, value `i` of each
    /// in turn (`value(i)` gives the four): four output streams advancing together, which one
    /// core of the benchmark machine writes faster than one after another.
    ///
    /// # Panics
    /// If a piece has fewer than `len` free slots.
    #[inline(always)]
    pub(crate) fn extend_four<T>(
        pieces: &mut [Slots<'_, T>; 4],
        len: usize,
        mut value: impl FnMut(usize) -> [T; 4],
    ) {
        let [a, b, c, d] = pieces;
        let (sa, sb) = (
            &mut a.slots[a.filled..][..len],
            &mut b.slots[b.filled..][..len],
        );
        let (sc, sd) = (
            &mut c.slots[c.filled..][..len],
            &mut d.slots[d.filled..][..len],
        );
        for i in 0..len {
            let [va, vb, vc, vd] = value(i);
            sa[i].write(va);
            sb[i].write(vb);
            sc[i].write(vc);
            sd[i].write(vd);
        }
        for piece in pieces {
            piece.filled += len;
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
    /// buffer, four rows at a time side by side ([`extend_with_rows`]).
    ///
    /// A strided row is a pointer walk with the row's stride, a loop the compiler can unroll
    /// (ndarray's iterators step through a generic index instead). Types with drop glue take
    /// [`collect_cloned`], which is panic-safe for them.
    pub(crate) fn copy_rows<T: Clone, D: ndarray::Dimension>(v: &ArrayView<'_, T, D>) -> Vec<T> {
        let len = v.len();
        if core::mem::needs_drop::<T>() || v.ndim() == 0 {
            return collect_cloned(len, v.iter());
        }
        let mut out = output_vec(len);
        let mut rows = v.rows().into_iter();
        loop {
            let group: [Option<ArrayView1<'_, T>>; 4] = core::array::from_fn(|_| rows.next());
            match group {
                [Some(r0), Some(r1), Some(r2), Some(r3)] => {
                    extend_with_rows(&mut out, [r0, r1, r2, r3]);
                }
                rest => {
                    for row in rest.into_iter().flatten() {
                        extend_with_row(&mut out, row);
                    }
                    return out;
                }
            }
        }
    }

    /// Append four rows to `out`, in order, copied side by side: element `i` of each row, then
    /// element `i + 1` of each. Four streams of memory at once keep more of its bandwidth busy
    /// than one row after another (an 80 MB copy as four interleaved streams took 6.8-7.4 ms
    /// against 9.4-10.3 ms for `memcpy` on the machine `BENCHMARKS.md` was measured on). Rows
    /// of different lengths, and types with drop glue (a panicking `clone` must leave `out`
    /// whole), go one after another.
    pub(crate) fn extend_with_rows<T: Clone>(out: &mut Vec<T>, rows: [ArrayView1<'_, T>; 4]) {
        let n = rows[0].len();
        if core::mem::needs_drop::<T>() || rows.iter().any(|r| r.len() != n) {
            for row in rows {
                extend_with_row(out, row);
            }
            return;
        }
        out.reserve(4 * n);
        let start = out.len();
        let firsts = rows.each_ref().map(|r| r.as_ptr());
        let strides = rows.each_ref().map(|r| r.strides()[0]);
        let (s0, rest) = out.spare_capacity_mut()[..4 * n].split_at_mut(n);
        let (s1, rest) = rest.split_at_mut(n);
        let (s2, s3) = rest.split_at_mut(n);
        #[inline(always)]
        fn copy<T: Clone>(
            slots: [&mut [core::mem::MaybeUninit<T>]; 4],
            firsts: [*const T; 4],
            strides: [isize; 4],
            n: usize,
        ) {
            let [s0, s1, s2, s3] = slots;
            let (s0, s1, s2, s3) = (&mut s0[..n], &mut s1[..n], &mut s2[..n], &mut s3[..n]);
            for i in 0..n {
                let at = |k: usize| {
                    // SAFETY: element `i` of row `k` (0 <= i < n, the row's length) is at
                    // `firsts[k] + i * strides[k]`, an element of a view that is valid and not
                    // mutated while it borrows it; ndarray keeps every element address of a
                    // view inside its allocation, so the offset stays in it.
                    unsafe { &*firsts[k].offset(i as isize * strides[k]) }
                };
                s0[i].write(at(0).clone());
                s1[i].write(at(1).clone());
                s2[i].write(at(2).clone());
                s3[i].write(at(3).clone());
            }
        }
        let slots = [s0, s1, s2, s3];
        if strides == [1; 4] {
            // Contiguous rows: the stride is known here, so the loop vectorises.
            copy(slots, firsts, [1; 4], n);
        } else {
            copy(slots, firsts, strides, n);
        }
        // SAFETY: the four `n`-slot runs after the first `start` elements were written (each
        // indexed in bounds of the spare capacity's first `4 * n` slots); `T` has no drop glue,
        // so a panicking `clone` before this line leaks nothing that needs dropping.
        unsafe { out.set_len(start + 4 * n) };
    }

    /// Append one row to `out`: a block copy when it is contiguous (`memcpy` for the plain
    /// dtypes), else a pointer walk with its stride.
    fn extend_with_row<T: Clone>(out: &mut Vec<T>, row: ArrayView1<'_, T>) {
        if let Some(contiguous) = row.as_slice() {
            out.extend_from_slice(contiguous);
            return;
        }
        if core::mem::needs_drop::<T>() {
            out.extend(row.iter().cloned());
            return;
        }
        let (first, stride, n, start) = (row.as_ptr(), row.strides()[0], row.len(), out.len());
        out.reserve(n);
        for (i, slot) in out.spare_capacity_mut()[..n].iter_mut().enumerate() {
            // SAFETY: element `i` of `row` (0 <= i < n) is at `first + i * stride`, an element
            // of the view, valid and unmutated while it borrows it; the offset stays in the
            // allocation since ndarray keeps every element address of a view in it.
            let x = unsafe { &*first.offset(i as isize * stride) };
            slot.write(x.clone());
        }
        // SAFETY: the loop above wrote the `n` slots after the first `start` elements (it
        // indexed `[..n]` of the spare capacity, so they exist); `T` has no drop glue, so a
        // panicking `clone` before this line leaks nothing that needs dropping.
        unsafe { out.set_len(start + n) };
    }
}

pub(crate) use self::buffers::*;
pub(crate) use self::fill::*;

/// A loop to run compiled for an instruction set the CPU has (see [`with_avx2`]).
pub(crate) trait Loop {
    /// What the loop returns.
    type Out;
    /// The loop; `#[inline(always)]` in every impl, so that it is compiled into the caller
    /// of its instruction set.
    fn run(self) -> Self::Out;
}

/// Defines `$name(body)`: `body.run()` compiled with `#[target_feature(enable = $feature)]`
/// when the CPU running it has that feature (detected at run time, as NumPy picks its loops),
/// else for the baseline.
macro_rules! run_compiled_for {
    ($(#[$doc:meta])* $name:ident, $feature:tt) => {
        $(#[$doc])*
        #[inline(always)]
        pub(crate) fn $name<L: Loop>(body: L) -> L::Out {
            #[cfg(all(target_arch = "x86_64", not(miri)))]
            {
                #[target_feature(enable = $feature)]
                unsafe fn compiled<L: Loop>(body: L) -> L::Out {
                    body.run()
                }
                if std::arch::is_x86_feature_detected!($feature) {
                    // SAFETY: the CPU running this has the feature (checked just above), the
                    // one requirement of calling a function compiled with it enabled.
                    return unsafe { compiled(body) };
                }
            }
            body.run()
        }
    };
}

run_compiled_for!(
    /// `body.run()`, compiled for AVX2 when the CPU running it has AVX2: the same operations
    /// in the same order (no fused multiply-add, no reassociated sums), so the same bits, in
    /// wider registers. x86-64's baseline (SSE2) has no 64-bit integer comparison, for one, so
    /// `a > 25` on `int64` needs five instructions where AVX2 has one.
    with_avx2,
    "avx2"
);

run_compiled_for!(
    /// `body.run()`, compiled for SSE4.2 when the CPU running it has it: for loops that
    /// rewrite some elements in place and keep the others (`*x = if keep { v } else { *x }`).
    /// With AVX2, LLVM turns that select and store into masked stores (`VPMASKMOVQ`), which
    /// AMD's cores run slowly; SSE4.2 has the 64-bit comparison too, and no masked store, so
    /// every vector is stored whole. `a[a > 25] = 0` on 10M int64: 6.3-6.4 ms with AVX2,
    /// against 5.0-5.1 ms for ndarray's `map_inplace` (SSE2) and 4.2-4.4 ms in a standalone
    /// SSE4.2 loop.
    with_sse42,
    "sse4.2"
);

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

/// An index list whose every index lies in `0..len`, checked once: a gather (`a[idx]`) reads
/// through it without a bounds check per element. Each of its iterations is a cache miss that
/// does not depend on the others, so how many misses are in flight depends on how many
/// iterations the core's reorder window holds; the check and its branch took half the loop's
/// instructions (a gather of 1M int64 from 10M took 1.4x ndarray's unchecked `select` with
/// them). The writes (`a[idx] = v`, `np.add.at`) check once through it too, so that a failed
/// write changes nothing, but their loops keep the per-element check: see
/// [`InBounds::indices`].
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
        // past any length. An OR of comparisons rather than a maximum: x86-64's baseline has
        // no 64-bit maximum, and the scalar one took 0.83 ms for 1M indices against 0.33-0.41.
        let past = indices
            .iter()
            .fold(false, |past, &i| past | (i as usize >= len));
        (!past).then_some(Self { indices, len })
    }

    /// The checked indices, for a loop that writes through them. Such loops index with a bounds
    /// check per element all the same: a store loop with the check measured faster than
    /// without (1M random stores into 10M int64: 6.4 ms against 8.3 ms on 4 KiB pages, 4.3
    /// against 4.4 on huge pages), and the check is a compare and a branch that is never taken.
    pub(crate) fn indices(self) -> &'a [isize] {
        self.indices
    }

    /// `buf[i]` for each index, in order, the element [`PREFETCH_AHEAD`] indices on asked for
    /// in advance (see [`prefetch`]).
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
        let indices = self.indices;
        indices.iter().enumerate().map(move |(k, &i)| {
            prefetch(buf.as_ptr().wrapping_add(ahead(indices, k) as usize));
            // SAFETY: `check` found `0 <= i < self.len`, and `self.len == buf.len()`.
            unsafe { buf.get_unchecked(i as usize) }.clone()
        })
    }
}

/// `update(&mut buf[i], k)` for the `k`-th of the checked indices `at`, in order (a repeated
/// index is updated once per occurrence), each element asked for [`PREFETCH_AHEAD`] indices
/// in advance: an update reads the element before it writes it, so unlike a plain store it
/// waits for the miss (`np.add.at` of 1M indices into 10M int64: 5.7 ms without, 5.2-5.5 with
/// on huge pages; 9.9 and 8.6 ms on 4 KiB pages). The per-element check stays, as
/// [`InBounds::indices`] explains.
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
    let indices = at.indices;
    for (k, &i) in indices.iter().enumerate() {
        prefetch(buf.as_ptr().wrapping_add(ahead(indices, k) as usize));
        update(&mut buf[i as usize], k);
    }
}

/// How many indices ahead the scattered loops ask for the element they will need (see
/// [`prefetch`]). Measured on a gather of 1M random indices into 10M values: 16, 32, 64 and
/// 128 ahead, 32 was the fastest for int64 and float32 on both kinds of pages.
pub(crate) const PREFETCH_AHEAD: usize = 32;

/// The index [`PREFETCH_AHEAD`] places after the `k`-th, or the last one near the end (asked
/// for again, which costs nothing). `k < indices.len()`: the loops call it for the index they
/// are at.
#[inline(always)]
pub(crate) fn ahead<I: Copy>(indices: &[I], k: usize) -> I {
    indices[(k + PREFETCH_AHEAD).min(indices.len() - 1)]
}

/// Ask the CPU to start loading the cache line at `p` into its caches now. A gather's loads
/// are independent cache misses, but the core only starts those its reorder window has
/// reached; a hint some iterations ahead starts the miss, and the page-table walk of an array
/// on 4 KiB pages, earlier (a gather of 1M from 10M int64: 10.5 ms without, 8.0-8.5 ms with
/// on 4 KiB pages; 5.9 and 5.2-5.4 ms on huge pages). `p` need not point into anything.
#[inline(always)]
pub(crate) fn prefetch<T>(p: *const T) {
    #[cfg(all(target_arch = "x86_64", not(miri)))]
    // SAFETY: `_mm_prefetch` needs SSE, which is part of x86-64's baseline, so every CPU
    // running this has it. PREFETCHT0 is a hint: it never faults, whatever the address (one
    // outside every allocation included), writes nothing, and reads nothing the program can
    // see, so any pointer value is allowed.
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(all(target_arch = "x86_64", not(miri))))]
    let _ = p;
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

/// `values` as whole rows of eight, and the fewer than eight left over: std's
/// `slice::as_chunks::<8>`, which needs Rust 1.88 (npview supports 1.80). Rows as arrays let
/// the pairwise sums' eight accumulators vectorise where several blocks are summed side by
/// side (`chunks_exact` rows, whose length is only known at run time, did not).
#[inline(always)]
pub(crate) fn rows_of_eight<T>(values: &[T]) -> (&[[T; 8]], &[T]) {
    let rows = values.len() / 8;
    let (whole, rest) = values.split_at(rows * 8);
    // SAFETY: `[T; 8]` is eight `T`s in a row with `T`'s alignment, so `rows` of them are
    // exactly the `rows * 8` elements of `whole`, borrowed for the same lifetime.
    let whole = unsafe { core::slice::from_raw_parts(whole.as_ptr().cast::<[T; 8]>(), rows) };
    (whole, rest)
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
#[path = "raw_tests.rs"]
mod tests;
