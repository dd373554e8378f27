//! NumPy's printing: `Display` is `str(a)`, `Debug` is `repr(a)` (NumPy 2.x defaults: line
//! width 75, threshold 1000 elements, 3 edge items, float precision 8).
//!
//! ```
//! use npview::array;
//! let a = array![1.0, 2.5, -3.25, 0.0];
//! assert_eq!(a.to_string(), "[ 1.    2.5  -3.25  0.  ]");
//! assert_eq!(format!("{:?}", array![1e-5, 1.0, 1234.5]), "array([1.0000e-05, 1.0000e+00, 1.2345e+03])");
//! assert_eq!(format!("{:?}", array![1i32, 2]), "array([1, 2], dtype=int32)");
//! ```
//!
//! The layout follows `numpy/_core/arrayprint.py` (`_formatArray`): elements right-aligned to a
//! common width computed over the elements that are shown, one space of indent per nesting
//! level, `ndim - 1` newlines between blocks, `...` where a long axis is summarised.

use core::fmt;

use ndarray::{ArrayViewD, Axis, Dimension};

mod float;
mod options;
pub(crate) mod pystr;

pub use self::options::{set_printoptions, PrintOptions, PrintOptionsGuard};
pub use self::pystr::{pystr, PyStr};

use crate::__private::Sealed;
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};

/// An element type NumPy can print, with its dtype name.
///
/// ```
/// use npview::FormatElement;
/// assert_eq!(<f32 as FormatElement>::DTYPE, "float32");
/// // `repr()` names a dtype only when it is not implied: `array([1.5], dtype=float32)`.
/// assert!(!<f32 as FormatElement>::DTYPE_IMPLIED && <f64 as FormatElement>::DTYPE_IMPLIED);
/// ```
pub trait FormatElement: Sealed + Sized {
    /// NumPy's dtype name (`int64`, `bool`, ...).
    const DTYPE: &'static str;
    /// Whether `repr()` leaves the dtype out (NumPy's defaults: `int64`, `float64`, `bool`).
    const DTYPE_IMPLIED: bool;
    /// The strings of `shown`, before padding, the way NumPy formats them together.
    ///
    /// ```
    /// use npview::{FormatElement, PrintOptions};
    /// let options = PrintOptions::default();
    /// assert_eq!(f64::format_all(&[&1.0, &0.25], &options), ["1.  ", "0.25"]);
    /// assert_eq!(bool::format_all(&[&true, &false], &options), [" True", "False"]);
    /// ```
    fn format_all(shown: &[&Self], options: &PrintOptions) -> Vec<String>;
    /// How one element prints on its own (a 0-d array's `str()`).
    ///
    /// ```
    /// use npview::FormatElement;
    /// assert_eq!(1.0f64.format_scalar(), "1.0");
    /// assert_eq!(true.format_scalar(), "True");
    /// ```
    fn format_scalar(&self) -> String;
}

macro_rules! int_format {
    ($($t:ty => $name:literal, $implied:literal;)*) => {$(
        impl FormatElement for $t {
            const DTYPE: &'static str = $name;
            const DTYPE_IMPLIED: bool = $implied;
            fn format_all(shown: &[&Self], _: &PrintOptions) -> Vec<String> {
                shown.iter().map(|x| x.to_string()).collect()
            }
            fn format_scalar(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
int_format! {
    i8 => "int8", false; i16 => "int16", false; i32 => "int32", false; i64 => "int64", true;
    isize => "int64", true; u8 => "uint8", false; u16 => "uint16", false; u32 => "uint32", false;
    u64 => "uint64", false; usize => "uint64", false;
}

impl FormatElement for bool {
    const DTYPE: &'static str = "bool";
    const DTYPE_IMPLIED: bool = true;
    fn format_all(shown: &[&Self], _: &PrintOptions) -> Vec<String> {
        shown
            .iter()
            .map(|&&b| if b { " True" } else { "False" }.to_owned())
            .collect()
    }
    fn format_scalar(&self) -> String {
        if *self { "True" } else { "False" }.to_owned()
    }
}

/// How one array prints: the separator, the prefix whose width indents continuation lines,
/// and the line width left for the body.
struct Style {
    options: PrintOptions,
    separator: &'static str,
    prefix_len: usize,
    line_width: usize,
}

/// The body of `str()` or the part of `repr()` between `array(` and `)`.
fn format_body<T: FormatElement>(a: &ArrayViewD<'_, T>, style: &Style) -> String {
    let edge = (a.len() > style.options.threshold).then_some(style.options.edgeitems);
    let picks: Vec<Vec<usize>> = a.shape().iter().map(|&n| shown_indices(n, edge)).collect();
    let shown = shown_elements(a, &picks);
    let words = T::format_all(&shown, &style.options);
    let width = words.iter().map(String::len).max().unwrap_or(0);
    let printer = Printer {
        shape: a.shape(),
        picks: &picks,
        separator: style.separator,
        edge,
        words: words.into_iter().map(|w| format!("{w:>width$}")).collect(),
    };
    let hanging_indent = " ".repeat(1 + style.prefix_len);
    let mut path = Vec::with_capacity(a.ndim());
    printer.recurse(&mut path, &hanging_indent, style.line_width)
}

/// The indices of an axis of `n` whose elements are formatted (NumPy's `_leading_trailing`):
/// all of them, or when summarising the first and last `edge`. With `edge = 0` that is all of
/// them again, as NumPy's `a[:0]` and `a[-0:]` make it (its last element is still printed).
fn shown_indices(n: usize, edge: Option<usize>) -> Vec<usize> {
    match edge {
        Some(e) if e > 0 && e.saturating_mul(2) < n => (0..e).chain(n - e..n).collect(),
        _ => (0..n).collect(),
    }
}

/// The formatted elements, in C order of the shown sub-array (`picks` per axis).
fn shown_elements<'a, T>(a: &'a ArrayViewD<'_, T>, picks: &[Vec<usize>]) -> Vec<&'a T> {
    fn walk<'a, T>(a: ArrayViewD<'a, T>, picks: &[Vec<usize>], out: &mut Vec<&'a T>) {
        let Some((first, rest)) = picks.split_first() else {
            out.extend(a);
            return;
        };
        for &i in first {
            walk(a.clone().index_axis_move(Axis(0), i), rest, out);
        }
    }
    let mut out = Vec::new();
    walk(a.view(), picks, &mut out);
    out
}

/// One entry of an axis as printed: the element (or sub-array) at an index, or the `...` of
/// a summary.
#[derive(Clone, Copy, PartialEq)]
enum Entry {
    Item(usize),
    Summary,
}

/// NumPy's `_formatArray`: the shape being printed and the padded words of the shown
/// elements, in C order of the shown sub-array.
struct Printer<'s> {
    shape: &'s [usize],
    picks: &'s [Vec<usize>],
    separator: &'static str,
    /// `edgeitems` when summarising.
    edge: Option<usize>,
    words: Vec<String>,
}

impl Printer<'_> {
    /// The entries of an axis of `n`, in print order: leading items, `...`, trailing items,
    /// and always the last one.
    fn entries(&self, n: usize) -> Vec<Entry> {
        match self.edge {
            Some(e) if e.saturating_mul(2) < n => (0..e)
                .map(Entry::Item)
                .chain([Entry::Summary])
                .chain((n - e..n).map(Entry::Item))
                .chain((e == 0).then_some(Entry::Item(n - 1)))
                .collect(),
            _ => (0..n).map(Entry::Item).collect(),
        }
    }

    /// The word of the element at `path` (indices into the array).
    fn word(&self, path: &[usize]) -> String {
        let mut flat = 0;
        for (picks, &i) in self.picks.iter().zip(path) {
            let position = picks.binary_search(&i).unwrap_or(0);
            flat = flat * picks.len() + position;
        }
        self.words.get(flat).cloned().unwrap_or_default()
    }

    /// `_formatArray.recurser` for the axis `path.len()`. Widths are Python integers there, so
    /// they are signed and saturating here: a line width of 0 makes every element wrap, and
    /// one of `usize::MAX` none.
    fn recurse(&self, path: &mut Vec<usize>, hanging_indent: &str, width: usize) -> String {
        let axis = path.len();
        let axes_left = self.shape.len() - axis;
        if axes_left == 0 {
            return self.word(path);
        }
        let n = self.shape[axis];
        if n == 0 {
            return "[]".to_owned();
        }
        let entries = self.entries(n);
        let next_indent = format!("{hanging_indent} ");
        let sep_trim = self.separator.trim_end();
        let last = entries.len() - 1;
        let mut s = String::new();
        let item = |path: &mut Vec<usize>, i: usize| {
            path.push(i);
            let text = self.recurse(path, &next_indent, width.saturating_sub(1));
            path.pop();
            text
        };
        if axes_left == 1 {
            // Words fill lines up to the width left after the closing bracket (below zero,
            // every word wraps: `saturating_sub` keeps that, as no line is shorter than 0).
            let elem_width = width.saturating_sub(sep_trim.len().max(1));
            let mut line = hanging_indent.to_owned();
            for (k, entry) in entries.into_iter().enumerate() {
                let word = match entry {
                    Entry::Item(i) => item(path, i),
                    Entry::Summary => "...".to_owned(),
                };
                let needs_wrap = line.len().saturating_add(word.len()) > elem_width;
                if needs_wrap && line.len() > hanging_indent.len() {
                    s.push_str(line.trim_end());
                    s.push('\n');
                    line = hanging_indent.to_owned();
                }
                line.push_str(&word);
                if k != last {
                    line.push_str(self.separator);
                }
            }
            s.push_str(&line);
        } else {
            // Blocks one per line, with a blank line per extra axis between them.
            let line_sep = format!("{sep_trim}{}", "\n".repeat(axes_left - 1));
            for (k, entry) in entries.into_iter().enumerate() {
                s.push_str(hanging_indent);
                match entry {
                    Entry::Item(i) => s.push_str(&item(path, i)),
                    Entry::Summary => s.push_str("..."),
                }
                if k != last {
                    s.push_str(&line_sep);
                }
            }
        }
        format!("[{}]", &s[hanging_indent.len()..])
    }
}

/// NumPy's `str(a)`.
pub(crate) fn numpy_str<T: FormatElement>(a: &ArrayViewD<'_, T>) -> String {
    let options = PrintOptions::current();
    if a.ndim() == 0 {
        return a.first().expect("0-d has one element").format_scalar();
    }
    if a.is_empty() {
        return "[]".to_owned();
    }
    format_body(
        a,
        &Style {
            separator: " ",
            prefix_len: 0,
            options,
            line_width: options.linewidth,
        },
    )
}

/// NumPy's `repr(a)`.
pub(crate) fn numpy_repr<T: FormatElement>(a: &ArrayViewD<'_, T>) -> String {
    let options = PrintOptions::current();
    let prefix = "array(";
    let body = if a.is_empty() && a.ndim() > 0 {
        "[]".to_owned()
    } else if a.ndim() == 0 {
        let words = T::format_all(&[a.first().expect("one element")], &options);
        words[0].trim_start().to_owned()
    } else {
        format_body(
            a,
            &Style {
                separator: ", ",
                prefix_len: prefix.len(),
                options,
                line_width: options.linewidth.saturating_sub(1),
            },
        )
    };
    let mut extras = Vec::new();
    if (a.is_empty() && a.shape() != [0]) || a.len() > options.threshold {
        extras.push(format!("shape={}", python_tuple(a.shape())));
    }
    if !T::DTYPE_IMPLIED || a.is_empty() {
        extras.push(format!("dtype={}", T::DTYPE));
    }
    if extras.is_empty() {
        return format!("{prefix}{body})");
    }
    let arr_str = format!("{prefix}{body},");
    let extra_str = format!("{})", extras.join(", "));
    let last_line_len = arr_str.len() - arr_str.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if (last_line_len + extra_str.len()).saturating_add(1) > options.linewidth {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_owned()
    };
    format!("{arr_str}{spacer}{extra_str}")
}

/// A shape as Python prints a tuple: `(3,)`, `(0, 3)`.
fn python_tuple(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

macro_rules! numpy_fmt {
    ($ty:ident $(<$lt:lifetime>)?, |$s:ident| $view:expr, $base:expr) => {
        impl<$($lt,)? T: FormatElement, D: Dimension> fmt::Display for $ty<$($lt,)? T, D> {
            /// NumPy's `str()`; with `{:#}`, followed by a picture of the memory (see
            /// `explain`).
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let $s = self;
                if f.alternate() {
                    return f.write_str(&crate::memory::explain(&$view.into_dyn(), $base));
                }
                f.write_str(&numpy_str(&$view.into_dyn()))
            }
        }
        impl<$($lt,)? T: FormatElement, D: Dimension> fmt::Debug for $ty<$($lt,)? T, D> {
            /// NumPy's `repr()`.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let $s = self;
                f.write_str(&numpy_repr(&$view.into_dyn()))
            }
        }
    };
}
numpy_fmt!(Array, |a| a.inner.view(), None);
numpy_fmt!(ArrayView<'a>, |a| a.inner.view(), Some(a.base));
numpy_fmt!(ArrayViewMut<'a>, |a| a.inner.view(), Some(a.base));
numpy_fmt!(Reshaped<'a>, |a| a.view().inner, a.base());
