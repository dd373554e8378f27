// The fix: a float array (or floor division into a new integer array).
use npview::{array, np};

fn main() {
    let mut c = array![10.0, 20.0, 30.0];
    np!(c[:] /= [2.0, 4.0, 2.0]);
    println!("{c}");
}
