//! Reuse of the buffers big arrays leave when they drop.
//!
//! A fresh buffer from the system comes in pages the kernel zeroes when they are first
//! touched; for an element-wise result of 80 MB that zeroing takes about as long as computing
//! the values. So npview keeps the buffer of a dropped array of 4 MiB or more (of a NumPy
//! dtype) and hands it to the next result that fits it, as a caching allocator would. NumPy
//! gives such buffers back to the system at once.

/// Keep at most `bytes` of freed buffers for reuse from now on (256 MiB unless set), freeing
/// the oldest ones kept beyond that; returns the limit before. `0` gives every big array's
/// memory back to the system as soon as the array drops, as NumPy does.
///
/// What is kept: the buffer of each dropped [`Array`](crate::Array) of 4 MiB or more whose
/// element type has no drop glue (every NumPy dtype). It goes to the next result npview makes
/// (an expression's value, a copy, a gather, a join, ...) whose size it matches within 1/16,
/// so a loop that makes a new big array every time takes its pages from the last time instead
/// of having fresh ones zeroed. The buffers are shared by the process's threads; the oldest
/// are freed first when the limit needs room.
///
/// ```
/// use npview::np;
/// let before = npview::set_freed_buffer_limit(0); // give memory back at once
/// let a = npview::arange(1_000_000);
/// let b = np!(a * 2);
/// drop(b); // its 8 MB go back to the system
/// npview::set_freed_buffer_limit(before);
/// ```
pub fn set_freed_buffer_limit(bytes: usize) -> usize {
    crate::raw::freed_buffers().set_limit(bytes)
}
