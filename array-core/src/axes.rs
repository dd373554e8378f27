//! NumPy's `axis` arguments: none (every axis), one axis, or a tuple of axes, each possibly
//! negative, checked against the array's rank with NumPy's messages. The macro passes each
//! form as its own type, so the rank of a result (a reduction, `squeeze`, `expand_dims`) is
//! known at compile time when the axes are written in the call.

use ndarray::{Dimension, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6};

use crate::error::IndexError;

/// `axis=None`, or no `axis` argument where that means every axis.
#[derive(Clone, Copy, Debug)]
pub struct AllAxes;

/// `axis=k`.
#[derive(Clone, Copy, Debug)]
pub struct OneAxis(pub isize);

/// `axis=(i, j, ...)`.
#[derive(Clone, Copy, Debug)]
pub struct ManyAxes<const K: usize>(pub [isize; K]);

/// An axis argument: how many axes it names (as a rank, for the result type) and which.
pub trait AxisSpec: Copy {
    /// The number of axes named, as a dimension type (`Ix1` for one axis).
    type Count: Dimension;
    /// The axes, each in `0..ndim`, in the order given; `None` for [`AllAxes`].
    ///
    /// # Errors
    /// NumPy's `AxisError` for an axis out of range, `ValueError` for a repeated one.
    fn resolve(&self, ndim: usize) -> Result<Option<Vec<usize>>, IndexError>;
    /// The axes as written, before any check (`None` for [`AllAxes`]).
    fn given(&self) -> Option<Vec<isize>>;
}

impl AxisSpec for AllAxes {
    type Count = ndarray::IxDyn;
    fn resolve(&self, _: usize) -> Result<Option<Vec<usize>>, IndexError> {
        Ok(None)
    }
    fn given(&self) -> Option<Vec<isize>> {
        None
    }
}

impl AxisSpec for OneAxis {
    type Count = Ix1;
    fn resolve(&self, ndim: usize) -> Result<Option<Vec<usize>>, IndexError> {
        Ok(Some(vec![normalize(self.0, ndim, "")?]))
    }
    fn given(&self) -> Option<Vec<isize>> {
        Some(vec![self.0])
    }
}

macro_rules! many_axes {
    ($($k:literal => $d:ty),*) => {$(
        impl AxisSpec for ManyAxes<$k> {
            type Count = $d;
            fn resolve(&self, ndim: usize) -> Result<Option<Vec<usize>>, IndexError> {
                distinct(&self.0, ndim).map(Some)
            }
            fn given(&self) -> Option<Vec<isize>> {
                Some(self.0.to_vec())
            }
        }
    )*};
}
many_axes!(1 => Ix1, 2 => Ix2, 3 => Ix3, 4 => Ix4, 5 => Ix5, 6 => Ix6);

impl AxisSpec for ManyAxes<0> {
    type Count = ndarray::Ix0;
    fn resolve(&self, _: usize) -> Result<Option<Vec<usize>>, IndexError> {
        Ok(Some(Vec::new()))
    }
    fn given(&self) -> Option<Vec<isize>> {
        Some(Vec::new())
    }
}

/// `axis` as an index in `0..ndim` (negative counts from the end); `what` prefixes NumPy's
/// message (`"axis1: "`, `"source: "`).
///
/// # Errors
/// `AxisError: axis 3 is out of bounds for array of dimension 2`.
pub(crate) fn normalize(axis: isize, ndim: usize, what: &str) -> Result<usize, IndexError> {
    let n = ndim as isize;
    if axis < -n || axis >= n {
        return Err(IndexError::axis_out_of_bounds(what, axis, ndim));
    }
    Ok(if axis < 0 { axis + n } else { axis } as usize)
}

/// Several axes, each normalised, none twice.
///
/// # Errors
/// As [`normalize`]; `ValueError: duplicate value in 'axis'` for a repeat.
pub(crate) fn distinct(axes: &[isize], ndim: usize) -> Result<Vec<usize>, IndexError> {
    let mut out = Vec::with_capacity(axes.len());
    for &a in axes {
        let k = normalize(a, ndim, "")?;
        if out.contains(&k) {
            return Err(IndexError::value_text("duplicate value in 'axis'"));
        }
        out.push(k);
    }
    Ok(out)
}

/// An `axis` argument held in a Rust value: an integer of any type names one axis, a tuple or
/// an array of integers several (an array read as a tuple: NumPy refuses a list here, but a
/// Rust array's length is in its type as a tuple's is), and the count is the result's rank,
/// as for axes written in the call.
///
/// ```
/// use npview::{arange, np};
/// let m = arange(24).into_reshape((2, 3, 4));
/// let axes = (0, 2);
/// let k = 1usize;
/// assert_eq!(np!(m.sum(axis=axes)).to_string(), np!(m.sum(axis=(0, 2))).to_string());
/// assert_eq!(np!(np.sum(m, axis=k)).to_string(), np!(np.sum(m, axis=1)).to_string());
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as NumPy's `axis`",
    label = "not an integer, or a tuple or array of integers",
    note = "one axis is an integer, several a tuple or an array of integers: their count is the result's rank, so a `Vec` or a slice, whose length the compiler cannot see, does not do"
)]
pub trait AxisValue {
    /// The argument's form: [`OneAxis`] or [`ManyAxes`].
    type Spec: AxisSpec;
    /// The axes as written.
    fn axis_spec(&self) -> Self::Spec;
}

impl<T: AxisValue + ?Sized> AxisValue for &T {
    type Spec = T::Spec;
    fn axis_spec(&self) -> Self::Spec {
        (**self).axis_spec()
    }
}

/// An integer type an axis can be held in.
pub trait AxisInt: Copy {
    /// The axis as `isize`; one past `isize` saturates, still out of range for every array.
    fn to_axis(self) -> isize;
}

macro_rules! axis_ints {
    ($($t:ty),*) => {$(
        impl AxisInt for $t {
            #[allow(unused_comparisons)]
            fn to_axis(self) -> isize {
                match isize::try_from(self) {
                    Ok(axis) => axis,
                    Err(_) if self < 0 => isize::MIN,
                    Err(_) => isize::MAX,
                }
            }
        }
        impl AxisValue for $t {
            type Spec = OneAxis;
            fn axis_spec(&self) -> OneAxis {
                OneAxis(self.to_axis())
            }
        }
    )*};
}
axis_ints!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl<I: AxisInt, const K: usize> AxisValue for [I; K]
where
    ManyAxes<K>: AxisSpec,
{
    type Spec = ManyAxes<K>;
    fn axis_spec(&self) -> ManyAxes<K> {
        ManyAxes(self.map(AxisInt::to_axis))
    }
}

macro_rules! axis_tuples {
    ($($k:literal => ($($i:ident $n:tt),*);)*) => {$(
        impl<$($i: AxisInt),*> AxisValue for ($($i,)*) {
            type Spec = ManyAxes<$k>;
            fn axis_spec(&self) -> ManyAxes<$k> {
                ManyAxes([$(self.$n.to_axis()),*])
            }
        }
    )*};
}
axis_tuples! {
    1 => (A 0);
    2 => (A 0, B 1);
    3 => (A 0, B 1, C 2);
    4 => (A 0, B 1, C 2, D 3);
    5 => (A 0, B 1, C 2, D 3, E 4);
    6 => (A 0, B 1, C 2, D 3, E 4, F 5);
}
