// NumPy: c /= 2 on an integer array raises UFuncTypeError (float64 results cannot be cast
// back to int64 under same_kind).
use npview::{array, np};

fn main() {
    let mut c = array![10i64, 20, 30];
    np!(c[:] /= [2, 4, 2]);
    println!("{c}");
}
