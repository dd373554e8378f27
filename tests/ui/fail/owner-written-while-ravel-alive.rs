// a.ravel() is a view of `a` here (NumPy's rule), and npview holds the borrow whether it is a
// view or a copy: writing into `a` while the raveled array is still used does not compile.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let r = np!(a.ravel());
    np!(a[0, 0] = 100);
    println!("{r}");
}
