// The fix: floor division written out (NumPy's `c //= v`), or true division of a float array.
use npview::{array, np};

fn main() {
    let mut c = array![10i64, 20, 30];
    np!(c[:] = np.floor_divide(c[:], [2, 4, 2]));
    println!("{c}");
    let mut f = array![10.0, 20.0, 30.0];
    np!(f[:] /= [2, 4, 2]);
    println!("{f}");
}
