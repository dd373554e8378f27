// The fix for: NumPy: only integers, slices, ellipsis, newaxis and integer or boolean arrays are valid indices.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let v = np!(a[0, 1]);
    println!("{v}");
    a.fill(0);
}
