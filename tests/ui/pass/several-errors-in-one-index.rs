// The fix: integers.
use npview::{array, np};

fn main() {
    let m = array![[1, 2, 3], [4, 5, 6]];
    let x = np!(m[1, 2]);
    println!("{x}");
}
