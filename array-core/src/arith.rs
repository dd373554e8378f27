//! In-place arithmetic on arrays and mutable views (`view += 100`, `a *= &b`), with NumPy's
//! broadcasting rule for in-place operations: the right side broadcasts to the left side's
//! shape, never the other way.

use core::ops;

use ndarray::Dimension;

use crate::array::{Array, ArrayViewMut};
use crate::broadcast::apply_in_place;
use crate::value::Operand;

macro_rules! compound {
    ($($(#[$doc:meta])* $tr:ident :: $method:ident;)*) => {$(
        impl<T, D, V> ops::$tr<V> for ArrayViewMut<'_, T, D>
        where
            T: Clone + ops::$tr<T>,
            D: Dimension,
            V: Operand<T>,
        {
            $(#[$doc])*
            ///
            /// # Panics
            /// With NumPy's message when `rhs` does not broadcast to this view's shape.
            #[track_caller]
            fn $method(&mut self, rhs: V) {
                let mut out = self.inner.view_mut().into_dyn();
                if let Err(e) = apply_in_place(&mut out, &rhs.operand(), &|x: &mut T, y: &T| ops::$tr::$method(x, y.clone())) {
                    panic!("{e}");
                }
            }
        }

        impl<T, D, V> ops::$tr<V> for Array<T, D>
        where
            T: Clone + ops::$tr<T>,
            D: Dimension,
            V: Operand<T>,
        {
            $(#[$doc])*
            ///
            /// # Panics
            /// With NumPy's message when `rhs` does not broadcast to this array's shape.
            #[track_caller]
            fn $method(&mut self, rhs: V) {
                let mut view = self.view_mut();
                ops::$tr::$method(&mut view, rhs);
            }
        }
    )*};
}

compound! {
    /// `self += rhs` element-wise, broadcasting `rhs`.
    AddAssign::add_assign;
    /// `self -= rhs` element-wise, broadcasting `rhs`.
    SubAssign::sub_assign;
    /// `self *= rhs` element-wise, broadcasting `rhs`.
    MulAssign::mul_assign;
    /// `self /= rhs` element-wise (Rust's division), broadcasting `rhs`.
    DivAssign::div_assign;
    /// `self &= rhs` element-wise, broadcasting `rhs`.
    BitAndAssign::bitand_assign;
    /// `self |= rhs` element-wise, broadcasting `rhs`.
    BitOrAssign::bitor_assign;
    /// `self ^= rhs` element-wise, broadcasting `rhs`.
    BitXorAssign::bitxor_assign;
}
