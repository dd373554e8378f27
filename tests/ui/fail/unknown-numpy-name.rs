// A NumPy function npview does not provide is an error at its name, listing the ones it has.
use npview::{array, np};

fn main() {
    let a = array![1.0, 4.0, 9.0];
    let r = np!(np.cbrt(a));
    println!("{r}");
}
