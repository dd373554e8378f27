// The fix: use the raveled array before writing, or take an owned copy (`a.flatten()`).
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let r = np!(a.flatten());
    np!(a[0, 0] = 100);
    println!("{r} {a}");
}
