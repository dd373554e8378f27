// Two mutable views of one array may overlap, so both cannot be alive at once.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    let mut left = np!(&mut arr[:3]);
    let mut right = np!(&mut arr[2:]);
    left[0] = 1;
    right[0] = 2;
}
