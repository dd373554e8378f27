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
