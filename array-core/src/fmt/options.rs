//! NumPy's print options, scoped to a thread: `np.printoptions(...)` as a guard.

use core::cell::Cell;
use core::marker::PhantomData;

/// How arrays print: NumPy's `np.set_printoptions` settings, with NumPy's defaults.
///
/// ```
/// use npview::{arange, set_printoptions, PrintOptions};
/// let a = arange(2000);
/// {
///     let _guard = set_printoptions(PrintOptions { threshold: 5000, ..PrintOptions::default() });
///     assert!(!a.to_string().contains("..."));
/// }
/// assert!(a.to_string().contains("..."));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintOptions {
    /// Digits after the point for floats, at most (NumPy's `precision`, default 8).
    pub precision: usize,
    /// Arrays with more elements than this are summarised (`threshold`, default 1000).
    pub threshold: usize,
    /// Entries kept at each end of a summarised axis (`edgeitems`, default 3).
    pub edgeitems: usize,
    /// Characters per line before wrapping (`linewidth`, default 75).
    pub linewidth: usize,
    /// Never switch floats to scientific notation for small values; print values too small
    /// for `precision` as zero (`suppress`, default `false`).
    pub suppress: bool,
}

impl Default for PrintOptions {
    fn default() -> Self {
        Self {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
        }
    }
}

impl PrintOptions {
    /// The options in force on this thread.
    ///
    /// ```
    /// assert_eq!(npview::PrintOptions::current().linewidth, 75);
    /// ```
    pub fn current() -> Self {
        CURRENT.with(Cell::get)
    }
}

thread_local! {
    static CURRENT: Cell<PrintOptions> = Cell::new(PrintOptions::default());
}

/// Use `options` for printing on this thread until the returned guard is dropped, like NumPy's
/// `with np.printoptions(...)`: other threads, and this one after the guard, are unaffected.
///
/// ```
/// use npview::{array, set_printoptions, PrintOptions};
/// let a = array![1.0 / 3.0, 2e-9];
/// let _guard = set_printoptions(PrintOptions { precision: 3, suppress: true, ..Default::default() });
/// assert_eq!(a.to_string(), "[0.333 0.   ]");
/// ```
#[must_use = "the options apply only while the guard is alive"]
pub fn set_printoptions(options: PrintOptions) -> PrintOptionsGuard {
    let previous = CURRENT.with(|c| c.replace(options));
    PrintOptionsGuard {
        previous,
        _not_send: PhantomData,
    }
}

/// Restores the previous print options when dropped; stays on the thread that made it.
#[derive(Debug)]
pub struct PrintOptionsGuard {
    previous: PrintOptions,
    _not_send: PhantomData<*const ()>,
}

impl Drop for PrintOptionsGuard {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.previous));
    }
}
