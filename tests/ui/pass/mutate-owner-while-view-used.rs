// The fix: keep a copy if the old values are needed after the write.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    let old = np!(arr[1:4]).copy();
    np!(arr[0] = 0);
    println!("{old}");
}
