// With literal slices the macro proves the overlap: column 2 is in both views.
use npview::{arange, np};

fn main() {
    let mut a = arange(12).into_reshape((3, 4));
    let (left, right) = np!(&mut a[:, :3], &mut a[:, 2:]);
    drop((left, right));
}
