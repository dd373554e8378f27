// NumPy 2: `np.percentile(b, 50)` on booleans raises TypeError ("numpy boolean subtract, the
// `-` operator, is not supported"): the interpolation subtracts. npview refuses it at compile
// time.
use npview::{array, np};

fn main() {
    let b = array![true, false, true];
    let r = np!(np.percentile(b, 50));
    println!("{r}");
}
