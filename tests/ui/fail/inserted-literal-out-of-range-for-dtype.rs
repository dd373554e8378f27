// NumPy 2: `np.insert(u, 1, 300)` on uint8 raises OverflowError (the inserted values are
// converted to the array's dtype, and 300 does not fit it); npview refuses it at compile time.
use npview::{array, np};

fn main() {
    let u = array![1u8, 2, 3];
    let r = np!(np.insert(u, 1, 300));
    println!("{r}");
}
