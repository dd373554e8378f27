//! Part 6: views beyond indexing. `ravel` is a view when it can be, `flatten` always copies,
//! `.T` is a view, `broadcast_to` repeats memory read-only, and `a[idx] += 1` counts a repeated
//! index once where `np.add.at` counts each.

use npview::{array, np, Array1};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut super::Lesson) {
    // ravel is a view when it can be (C-contiguous memory); flatten always copies. npview's
    // ravel says which in its type (`is_view()`) and is read-only either way, since it may be a
    // copy: NumPy's `r[0] = 100` through the view is `m.flat[0] = 100` on the owner.
    out.step(
        "r = m.ravel(); f = m.flatten(); r[0] = 100; f[1] = -1",
        "let r = np!(m.ravel()); let mut f = np!(m.flatten()); np!(m.flat[0] = 100); f[1] = -1;",
        "ravel is a view when the memory is C-contiguous, flatten always copies",
    );
    let mut m = array![[0, 1, 2], [3, 4, 5]];
    let r = np!(m.ravel());
    let mut f = np!(m.flatten());
    let shares = (np!(np.shares_memory(m, r)), np!(np.shares_memory(m, f)));
    assert!(r.is_view());
    np!(m.flat[0] = 100);
    f[1] = -1;
    say!(out, "{m}");
    say!(
        out,
        "ravel shares memory: {} flatten: {}",
        py(shares.0),
        py(shares.1)
    );
    out.step(
        "t = m.T; t[2, 1] = 0; m.T.base is m; np.shares_memory(m, m.T.ravel())",
        "let mut t = np!(&mut m.T); np!(t[2, 1] = 0); np!(m.T.base is m)",
        ".T is a view with the strides swapped; its ravel must copy, since it is not C-contiguous",
    );
    // .T is a view: writing through it changes m.
    let mut t = np!(&mut m.T);
    np!(t[2, 1] = 0);
    say!(out, "{m}");
    say!(out, "m.T.base is m: {}", py(np!(m.T.base is m)));
    // The transpose is not C-contiguous, so its ravel has to copy.
    say!(
        out,
        "m.T.ravel() shares memory: {}",
        py(np!(np.shares_memory(m, m.T.ravel())))
    );
    out.step(
        "b = np.broadcast_to(np.array([1, 2, 3]), (2, 3))",
        "let b = np!(np.broadcast_to(row, (2, 3)));",
        "broadcast_to repeats one row with stride 0: a read-only view, and writing through it does not compile",
    );
    // broadcast_to repeats one row without copying it: a read-only view.
    let row = array![1, 2, 3];
    let b = np!(np.broadcast_to(row, (2, 3)));
    say!(out, "{b}");
    say!(
        out,
        "rows share memory: {}",
        py(np!(np.shares_memory(b[0], b[1])))
    );
    out.step(
        "a[[0, 0, 2]] += 1; np.add.at(a, [0, 0, 2], 1)",
        "np!(a[[0, 0, 2]] += 1); np!(np.add.at(a, [0, 0, 2], 1));",
        "a[idx] += 1 reads, adds and writes back once, so a repeated index counts once; np.add.at counts each",
    );
    // a[idx] += 1 reads, adds and writes back once: a repeated index counts once.
    let mut a = Array1::<i64>::zeros(4);
    np!(a[[0, 0, 2]] += 1);
    say!(out, "{a}");
    // np.add.at is unbuffered: each occurrence of an index adds again.
    np!(np.add.at(a, [0, 0, 2], 1));
    say!(out, "{a}");
}
