// Two float indices: both are reported, as npview's messages alone.
use npview::{array, np};

fn main() {
    let m = array![[1, 2, 3], [4, 5, 6]];
    let x = np!(m[1.5, 2.5]);
    println!("{x}");
}
