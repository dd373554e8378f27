// NumPy: arrays used as indices must be of integer (or boolean) type.
use npview::{arange, np};

fn main() {
    let a = arange(5);
    let v = np!(a[[0.5, 1.5]]);
    println!("{v}");
}
