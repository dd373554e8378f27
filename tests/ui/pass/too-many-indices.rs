// The fix: one index per axis.
use npview::{array, np};

fn main() {
    let a = array![[10, 20, 30]];
    let x = np!(a[0, 1]);
    println!("{x}");
}
