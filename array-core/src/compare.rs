//! The comparison operators as types, so each loop that tests them is compiled for its
//! operator: the element-wise comparisons of expressions and the fused mask loops share them.

/// A comparison operator, as a type, so each fused loop is compiled for its operator.
pub trait Compare<T> {
    /// `x OP y`.
    fn test(x: &T, y: &T) -> bool;
}

macro_rules! comparison_types {
    ($($(#[$doc:meta])* $name:ident => $op:tt, $bound:ident;)*) => {$(
        $(#[$doc])*
        pub struct $name;
        impl<T: $bound> Compare<T> for $name {
            #[inline]
            fn test(x: &T, y: &T) -> bool {
                x $op y
            }
        }
    )*};
}
comparison_types! {
    /// `>`
    Gt => >, PartialOrd;
    /// `>=`
    Ge => >=, PartialOrd;
    /// `<`
    Lt => <, PartialOrd;
    /// `<=`
    Le => <=, PartialOrd;
    /// `==`
    Eq => ==, PartialEq;
    /// `!=`
    Ne => !=, PartialEq;
}

/// `C` with its operands swapped: `Flip<Gt>` tests `y > x`. A scalar written on the left
/// (`25 < a`) becomes a test of each key on the left, so each loop has one fixed form.
pub struct Flip<C>(core::marker::PhantomData<C>);
impl<T, C: Compare<T>> Compare<T> for Flip<C> {
    #[inline]
    fn test(x: &T, y: &T) -> bool {
        C::test(y, x)
    }
}
