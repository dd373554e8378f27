// NumPy 2: `u + 300` on uint8 raises OverflowError (300 does not fit the array's dtype, and
// a Python int takes the array's dtype); npview refuses it at compile time.
use npview::{array, np};

fn main() {
    let u = array![1u8, 2, 3];
    let r = np!(u + 300);
    println!("{r}");
}
