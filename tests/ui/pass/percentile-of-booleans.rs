// The fix: numbers first.
use npview::{array, np};

fn main() {
    let b = array![true, false, true];
    let r = np!(np.percentile(b.astype(np.int64), 50));
    println!("{r}");
}
