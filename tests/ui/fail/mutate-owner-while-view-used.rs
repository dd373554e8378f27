// A shared view must not see its owner change under it.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    let view = np!(arr[1:4]);
    np!(arr[0] = 0);
    println!("{view}");
}
