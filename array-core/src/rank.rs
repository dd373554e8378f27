//! Type-level rank arithmetic.
//!
//! `np!` decides the rank of its result at compile time: every index element states how many
//! axes it consumes and how many it produces. Sums and maxima of those counts are ndarray's
//! `DimAdd` and `DimMax` (a rank above 6, or anything involving `IxDyn`, is `IxDyn`); the
//! difference is here: subtracting more axes than an array has has no impl, which is how "too
//! many indices" becomes a compile error for static ranks, with the message below.

use ndarray::{Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

/// `Self - Rhs` on ranks; no impl when `Rhs` is larger.
#[diagnostic::on_unimplemented(
    message = "too many indices for array",
    label = "this index uses more axes than the array has",
    note = "each integer, slice or index array uses one axis, a boolean mask uses as many axes as it has"
)]
pub trait RankSub<Rhs: Dimension>: Dimension {
    /// The difference.
    type Output: Dimension;
}

/// A rank as a const generic, used only to pick the dimension type of a computed rank.
pub struct Rank<const N: usize>;

/// The dimension type of a rank number.
pub trait RankType {
    /// `IxN`, or `IxDyn` above 6.
    type Dim: Dimension;
}

macro_rules! rank_types {
    ($($n:literal => $d:ty),* ; $($big:literal),*) => {
        $( impl RankType for Rank<$n> { type Dim = $d; } )*
        $( impl RankType for Rank<$big> { type Dim = IxDyn; } )*
    };
}
rank_types!(0 => Ix0, 1 => Ix1, 2 => Ix2, 3 => Ix3, 4 => Ix4, 5 => Ix5, 6 => Ix6; 7, 8, 9, 10, 11, 12);

macro_rules! rank_sub {
    ($( $a:ty : [$( $b:ty => $out:ty ),*] ),*) => {
        $( $( #[diagnostic::do_not_recommend] impl RankSub<$b> for $a { type Output = $out; } )* )*
    };
}
rank_sub! {
    Ix0: [Ix0 => Ix0],
    Ix1: [Ix0 => Ix1, Ix1 => Ix0],
    Ix2: [Ix0 => Ix2, Ix1 => Ix1, Ix2 => Ix0],
    Ix3: [Ix0 => Ix3, Ix1 => Ix2, Ix2 => Ix1, Ix3 => Ix0],
    Ix4: [Ix0 => Ix4, Ix1 => Ix3, Ix2 => Ix2, Ix3 => Ix1, Ix4 => Ix0],
    Ix5: [Ix0 => Ix5, Ix1 => Ix4, Ix2 => Ix3, Ix3 => Ix2, Ix4 => Ix1, Ix5 => Ix0],
    Ix6: [Ix0 => Ix6, Ix1 => Ix5, Ix2 => Ix4, Ix3 => Ix3, Ix4 => Ix2, Ix5 => Ix1, Ix6 => Ix0]
}

macro_rules! dyn_rules {
    ($($d:ty),*) => {
        $(
            #[diagnostic::do_not_recommend]
            impl RankSub<IxDyn> for $d { type Output = IxDyn; }
            #[diagnostic::do_not_recommend]
            impl RankSub<$d> for IxDyn { type Output = IxDyn; }
        )*
    };
}
dyn_rules!(Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6);
#[diagnostic::do_not_recommend]
impl RankSub<IxDyn> for IxDyn {
    type Output = IxDyn;
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{DimAdd, DimMax};

    fn same<A: 'static, B: 'static>() -> bool {
        core::any::TypeId::of::<A>() == core::any::TypeId::of::<B>()
    }

    #[test]
    fn arithmetic_follows_the_numbers() {
        assert!(same::<<Ix2 as DimAdd<Ix3>>::Output, Ix5>());
        assert!(same::<<Ix4 as DimAdd<Ix3>>::Output, IxDyn>());
        assert!(same::<<Ix5 as RankSub<Ix2>>::Output, Ix3>());
        assert!(same::<<Ix1 as DimMax<Ix3>>::Output, Ix3>());
        assert!(same::<<IxDyn as RankSub<Ix1>>::Output, IxDyn>());
    }
}
