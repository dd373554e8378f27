// The reshaped array borrows its owner even when NumPy's rule made it a copy (here, of a
// transpose): the type is the same either way, so it cannot outlive the owner.
use npview::{arange, np};

fn main() {
    let r;
    {
        let a = arange(6).into_reshape((2, 3));
        r = np!(a.T.reshape(6));
    }
    println!("{r}");
}
