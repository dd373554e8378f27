// NumPy writes a float into an integer array by truncating it silently (a[:] = f gives
// [0 1 2]); npview refuses the unsafe cast at compile time and names the explicit one.
use npview::{array, np};

fn main() {
    let mut a = array![1i64, 2, 3];
    let f = array![0.5, 1.5, 2.5];
    np!(a[:] = f);
    println!("{a}");
}
