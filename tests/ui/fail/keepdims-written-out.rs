// `keepdims` decides the rank of the result, which is in its type: npview takes it written
// out, where a value computed at run time was dropped silently before.
use npview::np;

fn main() {
    let m = np!(np.arange(6).reshape(2, 3));
    let keep = true;
    let means = np!(m.mean(axis=0, keepdims=keep));
    println!("{means}");
}
