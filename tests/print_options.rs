//! Print options as guards: any drop order, and the extremes of each setting. Expected texts
//! from NumPy 2.4 (`np.printoptions(...)`, noted per case).

use npview::{arange, set_printoptions, PrintOptions};

#[test]
fn guards_dropped_out_of_order_leave_no_stale_options() {
    let first = set_printoptions(PrintOptions {
        precision: 3,
        ..Default::default()
    });
    let second = set_printoptions(PrintOptions {
        linewidth: 20,
        ..Default::default()
    });
    drop(first);
    assert_eq!(PrintOptions::current().linewidth, 20);
    drop(second);
    assert_eq!(PrintOptions::current(), PrintOptions::default());
}

#[test]
fn the_largest_settings_print_without_overflow() {
    let a = arange(12);
    // NumPy: np.printoptions(linewidth=sys.maxsize) and edgeitems=sys.maxsize, threshold=5
    let _wide = set_printoptions(PrintOptions {
        linewidth: usize::MAX,
        edgeitems: usize::MAX,
        threshold: 5,
        ..Default::default()
    });
    assert_eq!(a.to_string(), "[ 0  1  2  3  4  5  6  7  8  9 10 11]");
    assert_eq!(
        format!("{a:?}"),
        "array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11], shape=(12,))"
    );
}

#[test]
fn no_edge_items_show_only_the_last() {
    // NumPy: with np.printoptions(edgeitems=0, threshold=5): str(np.arange(12)) -> '[... 11]'
    let _guard = set_printoptions(PrintOptions {
        edgeitems: 0,
        threshold: 5,
        ..Default::default()
    });
    assert_eq!(arange(12).to_string(), "[... 11]");
    assert_eq!(format!("{:?}", arange(12)), "array([..., 11], shape=(12,))");
}
