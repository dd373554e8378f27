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
