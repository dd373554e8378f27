// The fix: four views (or a split in two steps).
use npview::{arange, np};

fn main() {
    let mut a = arange(10);
    let views = np!(&mut a[0], &mut a[1], &mut a[2], &mut a[3]);
    drop(views);
}
