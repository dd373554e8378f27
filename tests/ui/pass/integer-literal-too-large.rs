// The fix: an index that fits (isize::MIN written out is accepted too).
use npview::{arange, np};

fn main() {
    let a = arange(5);
    let v = np!(a[4]);
    let e = np!(try a[-9223372036854775808]);
    println!("{v} {e:?}");
}
