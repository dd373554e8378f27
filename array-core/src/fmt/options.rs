//! NumPy's print options, scoped to a thread: `np.printoptions(...)` as a guard.

use core::cell::{Cell, RefCell};
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
    /// The options in force on this thread: those of the newest guard still alive, else
    /// NumPy's defaults.
    ///
    /// ```
    /// assert_eq!(npview::PrintOptions::current().linewidth, 75);
    /// ```
    pub fn current() -> Self {
        GUARDS.with(|g| g.borrow().last().map_or_else(Self::default, |&(_, o)| o))
    }
}

thread_local! {
    /// The options of each live guard on this thread, oldest first, with the guard's number.
    static GUARDS: RefCell<Vec<(u64, PrintOptions)>> = const { RefCell::new(Vec::new()) };
    /// The number the next guard gets.
    static NEXT_GUARD: Cell<u64> = const { Cell::new(0) };
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
///
/// Guards may be dropped in any order: the options of the newest guard still alive apply,
/// and once every guard has dropped, NumPy's defaults hold again.
#[must_use = "the options apply only while the guard is alive"]
pub fn set_printoptions(options: PrintOptions) -> PrintOptionsGuard {
    let id = NEXT_GUARD.with(|n| n.replace(n.get() + 1));
    GUARDS.with(|g| g.borrow_mut().push((id, options)));
    PrintOptionsGuard {
        id,
        _not_send: PhantomData,
    }
}

/// Withdraws its print options when dropped; stays on the thread that made it.
///
/// ```
/// use npview::{set_printoptions, PrintOptions};
/// let outer = set_printoptions(PrintOptions { precision: 3, ..Default::default() });
/// let inner = set_printoptions(PrintOptions { precision: 5, ..Default::default() });
/// drop(outer); // out of order: the inner guard's options still hold
/// assert_eq!(PrintOptions::current().precision, 5);
/// drop(inner);
/// assert_eq!(PrintOptions::current(), PrintOptions::default());
/// ```
#[derive(Debug)]
pub struct PrintOptionsGuard {
    id: u64,
    _not_send: PhantomData<*const ()>,
}

impl Drop for PrintOptionsGuard {
    fn drop(&mut self) {
        GUARDS.with(|g| g.borrow_mut().retain(|&(id, _)| id != self.id));
    }
}
