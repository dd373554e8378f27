// In an np! block, a mutable view kept alive across a read of its owner is rejected, at the
// user's lines, just as outside one.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    np! {
        let mut view = arr[1:4];
        println!("{arr}");
        view[0] = 999;
    }
}
