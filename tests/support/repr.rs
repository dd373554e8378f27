//! NumPy's `repr()` of whatever an `np!` expression gives, for the corpora generated from NumPy:
//! arrays print their own `repr()` (`Debug`), Rust scalars print as NumPy scalars
//! (`np.int64(5)`, `np.float32(0.5)`, `np.True_`) or, where NumPy gives a Python value, as
//! Python prints it (`5`, `0.5`, `True`), and tuples and vectors as Python's tuples and lists.

#![allow(dead_code)]

use npview::{Array, ArrayView, ArrayViewMut, Dimension, FormatElement, Reshaped};

/// NumPy's `repr()` of a result.
pub(crate) trait Repr {
    fn repr(&self) -> String;
}

impl<T: FormatElement, D: Dimension> Repr for Array<T, D> {
    fn repr(&self) -> String {
        format!("{self:?}")
    }
}
impl<T: FormatElement, D: Dimension> Repr for ArrayView<'_, T, D> {
    fn repr(&self) -> String {
        format!("{self:?}")
    }
}
impl<T: FormatElement, D: Dimension> Repr for ArrayViewMut<'_, T, D> {
    fn repr(&self) -> String {
        format!("{self:?}")
    }
}
impl<T: FormatElement, D: Dimension> Repr for Reshaped<'_, T, D> {
    fn repr(&self) -> String {
        format!("{self:?}")
    }
}

macro_rules! numpy_scalars {
    ($($t:ty),*) => {$(
        impl Repr for $t {
            fn repr(&self) -> String {
                numpy_scalar(self)
            }
        }
    )*};
}
numpy_scalars!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, bool, isize, usize);

/// A NumPy scalar's `repr()`: `np.int64(5)`, `np.float64(nan)`, `np.True_`.
pub(crate) fn numpy_scalar<T: FormatElement>(x: &T) -> String {
    let text = x.format_scalar();
    match T::DTYPE {
        "bool" => format!("np.{text}_"),
        dtype => format!("np.{dtype}({text})"),
    }
}

/// A Python scalar's `str()`/`repr()` (an `int`, `float` or `bool` NumPy returned as Python's).
pub(crate) fn python_scalar<T: FormatElement>(x: &T) -> String {
    x.format_scalar()
}

impl<R: Repr> Repr for &R {
    fn repr(&self) -> String {
        (**self).repr()
    }
}

impl<R: Repr> Repr for Vec<R> {
    /// A Python list.
    fn repr(&self) -> String {
        let items: Vec<String> = self.iter().map(Repr::repr).collect();
        format!("[{}]", items.join(", "))
    }
}

macro_rules! tuples {
    ($(($($name:ident $idx:tt),+);)*) => {$(
        impl<$($name: Repr),+> Repr for ($($name,)+) {
            /// A Python tuple (`(x,)` for one item).
            fn repr(&self) -> String {
                let items: Vec<String> = vec![$(self.$idx.repr()),+];
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
        }
    )*};
}
tuples! {
    (A 0);
    (A 0, B 1);
    (A 0, B 1, C 2);
    (A 0, B 1, C 2, D 3);
    (A 0, B 1, C 2, D 3, E 4);
    (A 0, B 1, C 2, D 3, E 4, F 5);
}

/// A shape or an axis count as NumPy gives it: a Python tuple of Python ints.
pub(crate) fn python_shape(shape: &[usize]) -> String {
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
