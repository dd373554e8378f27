//! Printing a big array formats only the elements it shows (NumPy's summarisation: with the
//! default threshold 1000 and edgeitems 3, a 1-D array of a million shows six).

use std::cell::Cell;

use npview::{Array1, Array2, FormatElement, PrintOptions};

thread_local! {
    static FORMATTED: Cell<usize> = const { Cell::new(0) };
}

/// An element that counts how many of it are formatted.
#[derive(Clone)]
struct Counted(i64);

// `FormatElement` is sealed (NumPy's dtypes are a closed set); this test opens the seal to
// count calls, which no user code needs to do.
impl npview::__private::Sealed for Counted {}

impl FormatElement for Counted {
    const DTYPE: &'static str = "int64";
    const DTYPE_IMPLIED: bool = true;
    fn format_all(shown: &[&Self], _: &PrintOptions) -> Vec<String> {
        FORMATTED.with(|n| n.set(n.get() + shown.len()));
        shown.iter().map(|x| x.0.to_string()).collect()
    }
    fn format_scalar(&self) -> String {
        FORMATTED.with(|n| n.set(n.get() + 1));
        self.0.to_string()
    }
}

fn formatted_by(f: impl FnOnce() -> String) -> (String, usize) {
    FORMATTED.with(|n| n.set(0));
    let text = f();
    (text, FORMATTED.with(Cell::get))
}

#[test]
fn a_million_elements_format_six() {
    let a = Array1::from((0..1_000_000).map(Counted).collect::<Vec<_>>());
    let (text, count) = formatted_by(|| a.to_string());
    // NumPy: str(np.arange(1_000_000))
    assert_eq!(text, "[     0      1      2 ... 999997 999998 999999]");
    assert_eq!(count, 6);
}

#[test]
fn a_summarised_matrix_formats_its_corners() {
    let m = Array2::from_shape_vec((2000, 500), (0..1_000_000).map(Counted).collect()).unwrap();
    let (_, count) = formatted_by(|| m.to_string());
    // Three rows from each end, three columns from each end of each: 36 elements.
    assert_eq!(count, 36);
}
