//! Memory questions: which array owns an array's memory (NumPy's `.base`), and whether two
//! arrays share memory (`np.shares_memory`, exact, and `np.may_share_memory`), and the reuse
//! of big arrays' buffers after they drop.

mod base;
mod overlap;
mod picture;
mod reuse;

pub use self::base::Base;
pub(crate) use self::overlap::{extent_base, spans_overlap};
pub use self::overlap::{may_share_memory, shares_memory, Memory, MemoryLayout, MemorySpan};
pub(crate) use self::picture::explain;
pub use self::reuse::set_freed_buffer_limit;
