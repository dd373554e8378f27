// The fix for: NumPy cannot chain comparisons of arrays (`1 < a < 4` is ambiguous): combine two masks.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    np!(a[(1 < a) & (a < 4)] = 0);
}
