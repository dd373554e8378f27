//! NumPy syntax inside the bodies of `for`, `while`, `loop`, `if`/`else` and plain blocks of an
//! `np! { ... }` block. Expected values follow NumPy (the same loops written in Python).

use npview::{arange, np};

#[test]
fn loop_bodies_keep_numpys_meaning() {
    let mut a = arange(10);
    np! {
        for i in 0..3 {
            // NumPy: a[-1 - i] = i  (negative indices count from the end)
            a[-1 - i] = i;
        }
        if a[-1] == 0 {
            let mut tail = a[7:];   // a mutable view, as `let mut` of a basic index binds
            tail[0] += 100;
        } else {
            a[0] = -1;
        }
        {
            a[a > 100] = 0;
        }
    }
    // NumPy: a = np.arange(10); for i in range(3): a[-1 - i] = i
    //        a[7:][0] += 100; a[a > 100] = 0
    assert_eq!(a.to_string(), "[0 1 2 3 4 5 6 0 1 0]");

    let mut b = arange(6);
    let mut k: usize = 0;
    np! {
        while k < 3 {
            b[k::3] *= 2;
            k += 1;
        }
        loop {
            b[::-1] = b[:];
            k -= 1;
            if b[k] > 0 {
                break;
            }
        }
    }
    // NumPy: b = np.arange(6); for k in range(3): b[k::3] *= 2
    //        b[::-1] = b[:]  (as if the right side were copied first); then k = 2 and
    //        b[2] == 6 > 0 ends the loop after one reversal.
    assert_eq!(b.to_string(), "[10  8  6  4  2  0]");
    assert_eq!(k, 2);
}
