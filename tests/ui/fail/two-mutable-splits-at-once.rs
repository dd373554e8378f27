// np!(&mut np.split(a, 2)) hands out disjoint mutable pieces of `a`; a second split while the
// first pieces are alive would give two mutable views of the same elements.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let (mut left, _right) = np!(&mut np.split(a, 2));
    let (mut again, _) = np!(&mut np.split(a, 2));
    left[0] = 1;
    again[0] = 2;
}
