// The fix: a nonzero step.
use npview::{array, np};

fn main() {
    let a = array![10, 20, 30];
    let v = np!(a[::-1]);
    println!("{v}");
}
