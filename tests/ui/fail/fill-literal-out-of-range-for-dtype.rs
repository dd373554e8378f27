// NumPy 2: `np.full(3, 300, dtype=np.uint8)` raises OverflowError (a lone Python int fill
// must fit the dtype it is written into); npview refuses it at compile time.
use npview::np;

fn main() {
    let r = np!(np.full(3, 300, dtype=np.uint8));
    println!("{r}");
}
