// The same rule when the index array is a variable: its type says it copies.
use npview::{array, np};

fn main() {
    let mut a = array![10, 20, 30, 40, 50];
    let idx = vec![0, 2];
    np!(a[idx][0] = 5);
}
