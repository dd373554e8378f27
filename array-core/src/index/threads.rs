//! Which threads the copy of a read may use, decided by the element type where `np!` is used.
//!
//! With the `rayon` feature a big gather (`a[idx]`) or mask select (`a[a > 25]`) is split over
//! threads, which reads elements on several threads at once: that needs the element type to be
//! `Send + Sync`, a bound indexing does not otherwise ask for (arrays of any `Clone` type can
//! be indexed). Adding it would make the feature break code that compiles without it, so the
//! macro asks instead, where the element type is known: `(&Probe::of(&src)).threads()` finds
//! [`SplitSync::threads`] when the type is `Send + Sync`, and otherwise, one auto-reference
//! further, [`SplitAny::threads`], which keeps the copy on the calling thread. Generic code
//! whose element type has no such bound gets the latter, and compiles either way.

use core::marker::PhantomData;
use core::ops::Range;

use super::source::Source;

/// The element type of a read's source, for [`SplitSync`] and [`SplitAny`] to tell apart.
pub struct Probe<T>(PhantomData<fn() -> T>);

impl<T> Probe<T> {
    /// The probe for the elements of `src`.
    #[inline(always)]
    pub fn of<'a, S: Source<'a, Elem = T>>(_: &S) -> Self {
        Self(PhantomData)
    }
}

/// The threads a read of `Send + Sync` elements may use (chosen first, when it applies).
pub trait SplitSync<T> {
    /// The kernels that split over threads.
    fn threads(&self) -> Threads<T>;
}

/// The threads a read of any elements may use: the calling thread.
pub trait SplitAny<T> {
    /// No kernel that splits.
    fn threads(&self) -> Threads<T>;
}

impl<T: Clone + Send + Sync> SplitSync<T> for Probe<T> {
    #[inline(always)]
    fn threads(&self) -> Threads<T> {
        Threads {
            kernels: Some(Kernels {
                take: super::select::take_split::<T>,
                compact: super::fused::compact_split::<T>,
            }),
        }
    }
}

impl<T> SplitAny<T> for &Probe<T> {
    #[inline(always)]
    fn threads(&self) -> Threads<T> {
        Threads::calling()
    }
}

/// The kernels a read may split over threads, if its element type allows.
pub struct Threads<T> {
    kernels: Option<Kernels<T>>,
}

/// Which rows of the keys a mask select keeps: fills the flags of the elements in a range.
pub(crate) type Flags<'f> = &'f (dyn Fn(Range<usize>, &mut Vec<bool>) + Sync);

/// The kernels, instantiated where the element type is known to be `Send + Sync`.
pub(crate) struct Kernels<T> {
    /// `buf[idx]` for indices already checked against `buf`'s length.
    pub(crate) take: fn(&[T], &[isize]) -> Vec<T>,
    /// The values whose flag is true, in order.
    pub(crate) compact: fn(&[T], Flags<'_>) -> Vec<T>,
}

impl<T> Clone for Kernels<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Kernels<T> {}

impl<T> Threads<T> {
    /// Every copy on the calling thread: what reads that cannot gather are given.
    #[inline(always)]
    pub fn calling() -> Self {
        Self { kernels: None }
    }

    /// The kernels, when the element type allows splitting and `len` elements are worth it.
    pub(crate) fn split(&self, len: usize) -> Option<Kernels<T>> {
        self.kernels.filter(|_| crate::parallel::is_split(len))
    }
}

impl<T> Clone for Threads<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Threads<T> {}
