//! Peak extra memory of a mask select, measured with a counting allocator.
//!
//! `a[a > 25]` on 10M int64 values: the fused form should allocate its output and nothing of
//! the input's size; for contrast, the same select through a mask built first (NumPy's way:
//! a 10 MB boolean array, then the output). Prints one JSON object; run by
//! `scripts/benchmarks.py`, or alone with `cargo bench --bench peak_memory`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use npview::{np, Array1};

/// The system allocator, counting the bytes live now and the most live since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = LIVE.fetch_add(bytes, Ordering::SeqCst) + bytes;
    PEAK.fetch_max(now, Ordering::SeqCst);
}

// SAFETY: every call is forwarded unchanged to `System`, which upholds `GlobalAlloc`'s contract;
// the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: same layout as the caller's, whose contract we forward.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        // SAFETY: `ptr` came from this allocator (so from `System`) with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            grew(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
        }
        // SAFETY: forwarded unchanged, as in `dealloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Run `f` and return its result and the most memory it had allocated at once beyond what was
/// live when it started.
fn peak_extra<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let base = LIVE.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let r = f();
    (r, PEAK.load(Ordering::SeqCst) - base)
}

fn main() {
    const N: usize = 10_000_000;
    let mut a = Array1::<i64>::zeros(N);
    let mut state = 2u64;
    a.iter_mut().for_each(|x| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        *x = ((state >> 33) % 100) as i64;
    });
    let (fused, fused_peak) = peak_extra(|| np!(a[a > 25]));
    let (masked, masked_peak) = peak_extra(|| {
        let mask = np!(a > 25);
        np!(a[mask])
    });
    assert_eq!(fused, masked);
    // Five operands in one expression: one pass, so the output is the only allocation.
    let floats = |k: i64| np!(a.astype(np.float64) * 0.5 + k);
    let (b, c, d, e, f) = (floats(1), floats(2), floats(3), floats(4), floats(5));
    let (five, five_peak) = peak_extra(|| np!(b * c + d * e - f));
    // The same select again once the first result has dropped: it takes that buffer.
    let fused_len = fused.len();
    drop(fused);
    let (again, again_peak) = peak_extra(|| np!(a[a > 25]));
    assert_eq!(again, masked);
    let item = std::mem::size_of::<i64>();
    println!(
        "{{\"input_bytes\": {}, \"output_bytes\": {}, \"fused_peak_extra_bytes\": {}, \"mask_first_peak_extra_bytes\": {}, \"five_output_bytes\": {}, \"five_peak_extra_bytes\": {}, \"again_peak_extra_bytes\": {}}}",
        N * item,
        fused_len * item,
        fused_peak,
        masked_peak,
        five.len() * std::mem::size_of::<f64>(),
        five_peak,
        again_peak
    );
}
