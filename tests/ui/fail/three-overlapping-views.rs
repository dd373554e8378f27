// Every overlapping pair is reported, as npview's messages alone.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let (p, q, r) = np!(&mut a[:3], &mut a[1:4], &mut a[2:]);
    p[0] = 1;
    q[0] = 1;
    r[0] = 1;
}
