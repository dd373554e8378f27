// A name from the list: `np.sqrt`, or `a ** (1 / 3)` for the cube root.
use npview::{array, np};

fn main() {
    let a = array![1.0, 8.0, 27.0];
    let r = np!(np.sqrt(a));
    let c = np!(a ** (1 / 3));
    println!("{r} {c}");
}
