// Each comma in an index separates two elements; an empty one is not NumPy's `:`.
use npview::{arange, np};

fn main() {
    let m = arange(6).into_reshape((2, 3));
    let column = np!(m[, 1]);
    println!("{column}");
}
