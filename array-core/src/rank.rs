//! Type-level rank arithmetic.
//!
//! `np!` decides the rank of its result at compile time: every index element states how many
//! axes it consumes and how many it produces, and the traits here add, subtract and take the
//! maximum of those counts on ndarray's dimension types (`Ix0` ..= `Ix6`, `IxDyn`). A rank above
//! 6, or anything involving `IxDyn`, is `IxDyn`. Subtracting more axes than an array has has no
//! impl, which is how "too many indices" becomes a compile error for static ranks.

use ndarray::{Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

/// `Self + Rhs` on ranks.
pub trait RankAdd<Rhs: Dimension>: Dimension {
    /// The sum.
    type Output: Dimension;
}

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

/// `max(Self, Rhs)` on ranks: the rank of two shapes broadcast together.
pub trait RankMax<Rhs: Dimension>: Dimension {
    /// The maximum.
    type Output: Dimension;
}

/// Maps a rank number to its dimension type (7 and above become `IxDyn`).
macro_rules! rank_table {
    ($( ($a:ty, $na:literal) ),*) => {
        rank_table!(@rows [$(($a, $na)),*] [$(($a, $na)),*]);
    };
    (@rows [$(($a:ty, $na:literal)),*] $all:tt) => {
        $( rank_table!(@cols ($a, $na) $all); )*
    };
    (@cols ($a:ty, $na:literal) [$(($b:ty, $nb:literal)),*]) => {
        $(
            impl RankAdd<$b> for $a { type Output = <Rank<{ $na + $nb }> as RankType>::Dim; }
            impl RankMax<$b> for $a { type Output = <Rank<{ if $na > $nb { $na } else { $nb } }> as RankType>::Dim; }
        )*
    };
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

rank_table!(
    (Ix0, 0),
    (Ix1, 1),
    (Ix2, 2),
    (Ix3, 3),
    (Ix4, 4),
    (Ix5, 5),
    (Ix6, 6)
);

macro_rules! rank_sub {
    ($( $a:ty : [$( $b:ty => $out:ty ),*] ),*) => {
        $( $( impl RankSub<$b> for $a { type Output = $out; } )* )*
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
            impl RankAdd<IxDyn> for $d { type Output = IxDyn; }
            impl RankAdd<$d> for IxDyn { type Output = IxDyn; }
            impl RankSub<IxDyn> for $d { type Output = IxDyn; }
            impl RankSub<$d> for IxDyn { type Output = IxDyn; }
            impl RankMax<IxDyn> for $d { type Output = IxDyn; }
            impl RankMax<$d> for IxDyn { type Output = IxDyn; }
        )*
    };
}
dyn_rules!(Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6);
impl RankAdd<IxDyn> for IxDyn {
    type Output = IxDyn;
}
impl RankSub<IxDyn> for IxDyn {
    type Output = IxDyn;
}
impl RankMax<IxDyn> for IxDyn {
    type Output = IxDyn;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same<A: 'static, B: 'static>() -> bool {
        core::any::TypeId::of::<A>() == core::any::TypeId::of::<B>()
    }

    #[test]
    fn arithmetic_follows_the_numbers() {
        assert!(same::<<Ix2 as RankAdd<Ix3>>::Output, Ix5>());
        assert!(same::<<Ix4 as RankAdd<Ix3>>::Output, IxDyn>());
        assert!(same::<<Ix5 as RankSub<Ix2>>::Output, Ix3>());
        assert!(same::<<Ix1 as RankMax<Ix3>>::Output, Ix3>());
        assert!(same::<<IxDyn as RankSub<Ix1>>::Output, IxDyn>());
    }
}
