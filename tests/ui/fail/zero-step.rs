// NumPy: ValueError: slice step cannot be zero. Written as a literal, np! sees it at compile time.
use npview::{array, np};

fn main() {
    let a = array![10, 20, 30];
    let v = np!(a[::0]);
    println!("{v}");
}
