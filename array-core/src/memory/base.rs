//! Identity of the memory an array owns: NumPy's `.base`.

use core::fmt;

/// The owner of an array's memory, as NumPy's `.base` reports it.
///
/// A view carries the `Base` of the array whose buffer it points into; views of views keep the
/// original owner, as NumPy collapses `.base` chains. An owned array has no base (`None`), like
/// a NumPy array that owns its data. Compare with [`Base::is`]:
///
/// ```
/// use npview::{array, np};
/// let arr = array![10, 20, 30, 40, 50];
/// let view = np!(arr[1:4]);
/// assert!(view.base().is_some_and(|b| b.is(&arr)));
/// assert!(view.copy().base().is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Base {
    addr: usize,
    bytes: usize,
}

impl Base {
    /// The base of the memory from byte address `addr`, `bytes` long. Addresses only: no
    /// pointer is made from them (so Miri keeps strict provenance checks).
    pub(crate) fn of_span(addr: usize, bytes: usize) -> Self {
        Self { addr, bytes }
    }

    /// The first byte address and the length in bytes of the owner's memory.
    pub(crate) fn span(&self) -> (usize, usize) {
        (self.addr, self.bytes)
    }

    /// Whether `owner` is the array that owns this memory (NumPy's `view.base is owner`).
    ///
    /// ```
    /// use npview::{arange, np};
    /// let (a, b) = (arange(4), arange(4));
    /// let base = np!(a[1:]).base().unwrap();
    /// assert!(base.is(&a) && !base.is(&b));
    /// ```
    pub fn is<O: super::MemoryLayout + ?Sized>(&self, owner: &O) -> bool {
        owner.owned_base() == Some(*self)
    }
}

impl fmt::Debug for Base {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Base({:#x}, {} bytes)", self.addr, self.bytes)
    }
}
