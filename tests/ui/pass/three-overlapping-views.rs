// The fix: three disjoint views.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let (mut p, mut q, mut r) = np!(&mut a[:2], &mut a[2:4], &mut a[4:]);
    p[0] = 1;
    q[0] = 1;
    r[0] = 1;
}
