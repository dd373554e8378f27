// The fix: finish with the view before reading the owner.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    np! {
        let mut view = arr[1:4];
        view[0] = 999;
        println!("{arr}");
    }
}
