// NumPy lets you read `arr` while a view writes into it; the borrow checker does not.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    let mut view = np!(&mut arr[1:4]);
    println!("{arr}");
    view[0] = 999;
}
