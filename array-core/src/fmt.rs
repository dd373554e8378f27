//! NumPy's printing: `Display` is `str(a)`, `Debug` is `repr(a)` (NumPy 2.x defaults: line
//! width 75, threshold 1000 elements, 3 edge items).
//!
//! The layout follows `numpy/_core/arrayprint.py` (`_formatArray`): elements right-aligned to a
//! common width computed over the elements that are shown, one space of indent per nesting
//! level, `ndim - 1` newlines between blocks, `...` where a long axis is summarised.

use core::fmt;

use ndarray::{ArrayViewD, Axis, Dimension};

use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};

const LINE_WIDTH: usize = 75;
const THRESHOLD: usize = 1000;
const EDGE_ITEMS: usize = 3;

/// An element type NumPy can print, with its dtype name.
pub trait FormatElement: Sized {
    /// NumPy's dtype name (`int64`, `bool`, ...).
    const DTYPE: &'static str;
    /// Whether `repr()` leaves the dtype out (NumPy's defaults: `int64`, `float64`, `bool`).
    const DTYPE_IMPLIED: bool;
    /// The strings of `shown`, before padding, the way NumPy formats them together.
    fn format_all(shown: &[&Self]) -> Vec<String>;
    /// How one element prints on its own (a 0-d array's `str()`).
    fn format_scalar(&self) -> String;
}

macro_rules! int_format {
    ($($t:ty => $name:literal, $implied:literal;)*) => {$(
        impl FormatElement for $t {
            const DTYPE: &'static str = $name;
            const DTYPE_IMPLIED: bool = $implied;
            fn format_all(shown: &[&Self]) -> Vec<String> {
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
    fn format_all(shown: &[&Self]) -> Vec<String> {
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
    separator: &'static str,
    prefix_len: usize,
    line_width: usize,
}

/// The body of `str()` or the part of `repr()` between `array(` and `)`.
fn format_body<T: FormatElement>(a: &ArrayViewD<'_, T>, style: &Style) -> String {
    let summarise = a.len() > THRESHOLD;
    let shown = shown_elements(a, summarise);
    let words = T::format_all(&shown);
    let width = words.iter().map(String::len).max().unwrap_or(0);
    let mut words = words.into_iter().map(|w| format!("{w:>width$}"));
    let next_line_prefix = " ".repeat(1 + style.prefix_len);
    recurse(
        a.shape(),
        0,
        &mut words,
        &next_line_prefix,
        style.line_width,
        style,
        summarise,
    )
}

/// The elements that will be printed, in print order.
fn shown_elements<'a, T>(a: &'a ArrayViewD<'_, T>, summarise: bool) -> Vec<&'a T> {
    fn walk<'a, T>(a: ArrayViewD<'a, T>, summarise: bool, out: &mut Vec<&'a T>) {
        if a.ndim() == 0 {
            out.extend(a);
            return;
        }
        let n = a.shape()[0];
        let picks: Vec<usize> = if summarise && n > 2 * EDGE_ITEMS {
            (0..EDGE_ITEMS).chain(n - EDGE_ITEMS..n).collect()
        } else {
            (0..n).collect()
        };
        for i in picks {
            walk(a.clone().index_axis_move(Axis(0), i), summarise, out);
        }
    }
    let mut out = Vec::new();
    walk(a.view(), summarise, &mut out);
    out
}

/// NumPy's `_formatArray.recurser`, consuming the padded words in order.
fn recurse(
    shape: &[usize],
    axis: usize,
    words: &mut impl Iterator<Item = String>,
    hanging_indent: &str,
    curr_width: usize,
    style: &Style,
    summarise: bool,
) -> String {
    let axes_left = shape.len() - axis;
    if axes_left == 0 {
        return words.next().expect("one word per shown element");
    }
    let next_hanging = format!("{hanging_indent} ");
    let next_width = curr_width - 1;
    let n = shape[axis];
    let show_summary = summarise && 2 * EDGE_ITEMS < n;
    let (leading, trailing) = if show_summary {
        (EDGE_ITEMS, EDGE_ITEMS)
    } else {
        (0, n)
    };
    let sep_trim = style.separator.trim_end();
    let mut s = String::new();
    if n == 0 {
        return "[]".to_owned();
    }
    if axes_left == 1 {
        let elem_width = curr_width - sep_trim.len().max(1);
        let mut line = hanging_indent.to_owned();
        let push = |s: &mut String, line: &mut String, word: &str, width: usize| {
            let needs_wrap = line.len() + word.len() > width && line.len() > hanging_indent.len();
            if needs_wrap {
                s.push_str(line.trim_end());
                s.push('\n');
                *line = hanging_indent.to_owned();
            }
            line.push_str(word);
        };
        for _ in 0..leading {
            let w = recurse(
                shape,
                axis + 1,
                words,
                &next_hanging,
                next_width,
                style,
                summarise,
            );
            push(&mut s, &mut line, &w, elem_width);
            line.push_str(style.separator);
        }
        if show_summary {
            push(&mut s, &mut line, "...", elem_width);
            line.push_str(style.separator);
        }
        for _ in 1..trailing {
            let w = recurse(
                shape,
                axis + 1,
                words,
                &next_hanging,
                next_width,
                style,
                summarise,
            );
            push(&mut s, &mut line, &w, elem_width);
            line.push_str(style.separator);
        }
        let w = recurse(
            shape,
            axis + 1,
            words,
            &next_hanging,
            next_width,
            style,
            summarise,
        );
        push(&mut s, &mut line, &w, elem_width);
        s.push_str(&line);
    } else {
        let line_sep = format!("{sep_trim}{}", "\n".repeat(axes_left - 1));
        for _ in 0..leading {
            let nested = recurse(
                shape,
                axis + 1,
                words,
                &next_hanging,
                next_width,
                style,
                summarise,
            );
            s.push_str(hanging_indent);
            s.push_str(&nested);
            s.push_str(&line_sep);
        }
        if show_summary {
            s.push_str(hanging_indent);
            s.push_str("...");
            s.push_str(&line_sep);
        }
        for _ in 1..trailing {
            let nested = recurse(
                shape,
                axis + 1,
                words,
                &next_hanging,
                next_width,
                style,
                summarise,
            );
            s.push_str(hanging_indent);
            s.push_str(&nested);
            s.push_str(&line_sep);
        }
        let nested = recurse(
            shape,
            axis + 1,
            words,
            &next_hanging,
            next_width,
            style,
            summarise,
        );
        s.push_str(hanging_indent);
        s.push_str(&nested);
    }
    format!("[{}]", &s[hanging_indent.len()..])
}

/// NumPy's `str(a)`.
pub(crate) fn numpy_str<T: FormatElement>(a: &ArrayViewD<'_, T>) -> String {
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
            line_width: LINE_WIDTH,
        },
    )
}

/// NumPy's `repr(a)`.
pub(crate) fn numpy_repr<T: FormatElement>(a: &ArrayViewD<'_, T>) -> String {
    let prefix = "array(";
    let body = if a.is_empty() && a.ndim() > 0 {
        "[]".to_owned()
    } else if a.ndim() == 0 {
        let words = T::format_all(&[a.first().expect("one element")]);
        words[0].trim_start().to_owned()
    } else {
        format_body(
            a,
            &Style {
                separator: ", ",
                prefix_len: prefix.len(),
                line_width: LINE_WIDTH - 1,
            },
        )
    };
    let mut extras = Vec::new();
    if (a.is_empty() && a.shape() != [0]) || a.len() > THRESHOLD {
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
    let spacer = if last_line_len + extra_str.len() + 1 > LINE_WIDTH {
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
    ($ty:ident $(<$lt:lifetime>)?, |$s:ident| $view:expr) => {
        impl<$($lt,)? T: FormatElement, D: Dimension> fmt::Display for $ty<$($lt,)? T, D> {
            /// NumPy's `str()`.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let $s = self;
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
numpy_fmt!(Array, |a| a.inner.view());
numpy_fmt!(ArrayView<'a>, |a| a.inner.view());
numpy_fmt!(ArrayViewMut<'a>, |a| a.inner.view());
numpy_fmt!(Reshaped<'a>, |a| a.view().inner);
