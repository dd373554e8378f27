//! In-place arithmetic on arrays and mutable views (`view += 100`, `a *= &b`), with NumPy's
//! broadcasting rule for in-place operations: the right side broadcasts to the left side's
//! shape, never the other way.

use core::ops;

use ndarray::Dimension;

use crate::array::{Array, ArrayViewMut};
use crate::broadcast::apply_in_place;
use crate::dtype::Scalar;
use crate::error::IndexError;
use crate::expr::eval::collect_elems;
use crate::expr::{IntoNode, Node};
use crate::ops::ufunc::{
    Add, BitAnd, BitOr, BitXor, InPlace, LeftShift, Mul, Remainder, RightShift, Sub, TrueDivide,
};

/// `out OP= rhs`: the value computed first (a scalar keeps its weak type), then NumPy's
/// in-place loop with broadcasting of the value to `out`.
fn in_place<T, V, O>(mut out: ndarray::ArrayViewMutD<'_, T>, rhs: V) -> Result<(), IndexError>
where
    T: Scalar,
    V: IntoNode,
    O: InPlace<T, <V::Node as Node>::Elem>,
{
    let values = collect_elems(&rhs.into_node())?;
    if values.iter().any(|&y| O::fails(y)) {
        return Err(O::error());
    }
    if let Some(&v) = values.first().filter(|_| values.ndim() == 0) {
        out.map_inplace(|x| O::apply(x, v));
        return Ok(());
    }
    apply_in_place(&mut out, &values.view(), &|x, y| O::apply(x, *y))
}

macro_rules! compound {
    ($($(#[$doc:meta])* $tr:ident :: $method:ident => $ufunc:ident;)*) => {$(
        impl<T, D, V> ops::$tr<V> for ArrayViewMut<'_, T, D>
        where
            T: Scalar,
            D: Dimension,
            V: IntoNode,
            $ufunc: InPlace<T, <V::Node as Node>::Elem>,
        {
            $(#[$doc])*
            ///
            /// # Panics
            /// With NumPy's message when `rhs` does not broadcast to this view's shape.
            #[track_caller]
            fn $method(&mut self, rhs: V) {
                if let Err(e) = in_place::<T, V, $ufunc>(self.inner.view_mut().into_dyn(), rhs) {
                    panic!("{e}");
                }
            }
        }

        impl<T, D, V> ops::$tr<V> for Array<T, D>
        where
            T: Scalar,
            D: Dimension,
            V: IntoNode,
            $ufunc: InPlace<T, <V::Node as Node>::Elem>,
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
    /// `self += rhs` element-wise, broadcasting `rhs` (integers wrap, as NumPy's do).
    AddAssign::add_assign => Add;
    /// `self -= rhs` element-wise, broadcasting `rhs`.
    SubAssign::sub_assign => Sub;
    /// `self *= rhs` element-wise, broadcasting `rhs`.
    MulAssign::mul_assign => Mul;
    /// `self /= rhs` element-wise for floats (NumPy refuses true division into integers).
    DivAssign::div_assign => TrueDivide;
    /// `self %= rhs` element-wise, with NumPy's sign rule (`x % 0` is 0 for integers).
    RemAssign::rem_assign => Remainder;
    /// `self &= rhs` element-wise, broadcasting `rhs`.
    BitAndAssign::bitand_assign => BitAnd;
    /// `self |= rhs` element-wise, broadcasting `rhs`.
    BitOrAssign::bitor_assign => BitOr;
    /// `self ^= rhs` element-wise, broadcasting `rhs`.
    BitXorAssign::bitxor_assign => BitXor;
    /// `self <<= rhs` element-wise (a shift past the width gives 0, as in NumPy).
    ShlAssign::shl_assign => LeftShift;
    /// `self >>= rhs` element-wise.
    ShrAssign::shr_assign => RightShift;
}
