// `a[0] = 1.5` on an integer array: NumPy stores 1; npview refuses the unsafe cast.
use npview::{array, np};

fn main() {
    let mut a = array![1i64, 2, 3];
    np!(a[0] = 1.5);
    println!("{a}");
}
