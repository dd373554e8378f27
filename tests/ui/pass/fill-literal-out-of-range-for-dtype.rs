// The fix: a dtype that holds the value.
use npview::np;

fn main() {
    let r = np!(np.full(3, 300, dtype=np.uint16));
    println!("{r}");
}
