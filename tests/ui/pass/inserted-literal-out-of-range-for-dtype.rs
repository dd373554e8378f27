// The fix: a wider dtype first, as NumPy's own message suggests.
use npview::{array, np};

fn main() {
    let u = array![1u8, 2, 3];
    let r = np!(np.insert(u.astype(np.int64), 1, 300));
    println!("{r}");
}
