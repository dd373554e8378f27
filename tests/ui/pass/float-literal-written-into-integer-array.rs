// The fix: an integer value, or a float array (`a = a.astype(np.float64)` first).
use npview::{array, np};

fn main() {
    let mut a = array![1i64, 2, 3];
    np!(a[0] = 1);
    let mut f = np!(a.astype(np.float64));
    np!(f[0] = 1.5);
    println!("{a} {f}");
}
