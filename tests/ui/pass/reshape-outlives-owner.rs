// The fix: take the owned result (`into_owned` copies only when it is still a view).
use npview::{arange, np};

fn main() {
    let r;
    {
        let a = arange(6).into_reshape((2, 3));
        r = np!(a.T.reshape(6)).into_owned();
    }
    println!("{r}");
}
