// An np! assignment into a shared view is rejected too.
use npview::{array, np};

fn main() {
    let arr = array![10, 20, 30, 40, 50];
    let view = np!(arr[1:4]);
    np!(view[0] = 999);
}
