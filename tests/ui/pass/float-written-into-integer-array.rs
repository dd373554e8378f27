// The fix: convert explicitly, as NumPy code that means it writes.
use npview::{array, np};

fn main() {
    let mut a = array![1i64, 2, 3];
    let f = array![0.5, 1.5, 2.5];
    np!(a[:] = f.astype(np.int64));
    println!("{a}");
}
