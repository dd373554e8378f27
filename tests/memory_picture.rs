//! `format!("{:#}", a)`: NumPy's `str(a)`, then shape, strides (NumPy's `.strides`, in bytes)
//! and the base's memory with the elements a view shows marked. Strides and the elements each
//! view shows are NumPy's (`np.arange(10)[::2].strides == (16,)`, `m[:, 1].strides == (32,)`
//! for a 3x4 int64 matrix, `np.broadcast_to(..).strides` has a 0).

use npview::{arange, np};

#[test]
fn a_strided_slice_shows_every_other_element_of_its_base() {
    let a = arange(10);
    let v = np!(a[::2]);
    assert_eq!(
        format!("{v:#}"),
        "[0 2 4 6 8]\n\
         shape (5,), strides (16,) (bytes), itemsize 8\n\
         owns its data: False: a view of a base of 10 elements, starting at element 0 of it, showing 5 of them\n\
         the base's memory, element by element (# shown by this view, . not):\n\
         #.#.#.#.#."
    );
}

#[test]
fn a_fancy_index_owns_its_memory() {
    let a = arange(10);
    let c = np!(a[[0, 2]]);
    assert_eq!(
        format!("{c:#}"),
        "[0 2]\n\
         shape (2,), strides (8,) (bytes), itemsize 8\n\
         owns its data: True (base is None): a copy, or an array made fresh"
    );
}

#[test]
fn a_column_of_a_matrix_and_a_reversed_view() {
    let m = arange(12).into_reshape((3, 4));
    let col = np!(m[:, 1]);
    let text = format!("{col:#}");
    assert!(
        text.starts_with("[1 5 9]\nshape (3,), strides (32,) (bytes)"),
        "{text}"
    );
    assert!(text.ends_with("starting at element 1 of it, showing 3 of them\nthe base's memory, element by element (# shown by this view, . not):\n.#...#...#.."), "{text}");
    let back = np!(m[::-1, 2:]);
    let text = format!("{back:#}");
    assert!(text.contains("strides (-32, 8) (bytes)"), "{text}");
    assert!(text.ends_with("..##..##..##"), "{text}");
}

#[test]
fn a_broadcast_view_shows_one_row_many_times() {
    let row = arange(3);
    let b = np!(np.broadcast_to(row, (2, 3)));
    let text = format!("{b:#}");
    assert!(text.contains("strides (0, 8) (bytes)"), "{text}");
    assert!(text.ends_with("a view of a base of 3 elements, starting at element 0 of it, showing 3 of them\nthe base's memory, element by element (# shown by this view, . not):\n###"), "{text}");
}
