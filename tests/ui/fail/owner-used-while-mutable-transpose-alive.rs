// A mutable transpose borrows its owner: reading the owner while the view is still used is
// the aliasing NumPy leaves to the programmer.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let mut t = np!(&mut a.T);
    println!("{a}");
    t[[0, 1]] = 99;
}
