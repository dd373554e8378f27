// NumPy: `a[[0, 2]][0] = 5` writes into a temporary copy and changes nothing.
use npview::{array, np};

fn main() {
    let mut a = array![10, 20, 30, 40, 50];
    np!(a[[0, 2]][0] = 5);
}
