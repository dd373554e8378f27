//! `a.flat[...]`: NumPy's flat iterator indexed like a 1-d array of the elements in C order.
//! Reads copy (an element, or a 1-d array for a list or slice); writes go into `a`, with the
//! values repeated when there are fewer than the elements written, as NumPy does.

use ndarray::{ArrayViewD, ArrayViewMutD, IxDyn};

use crate::array::Array;
use crate::dtype::{SameKind, Scalar};
use crate::error::IndexError;
use crate::expr::Node;
use crate::index::value::{CloneValue, NodeValue};
use crate::index::{Source, SourceMut};
use crate::value::Operand;

/// An index of `a.flat`.
#[derive(Clone, Debug)]
pub enum FlatIndex {
    /// `a.flat[i]`.
    Int(isize),
    /// `a.flat[[i, j, ...]]`.
    List(Vec<isize>),
    /// `a.flat[start:stop:step]`.
    Slice(Option<isize>, Option<isize>, Option<isize>),
    /// `a.flat[...]` or `a.flat[:]`.
    All,
}

impl From<isize> for FlatIndex {
    fn from(i: isize) -> Self {
        Self::Int(i)
    }
}
impl<const N: usize> From<[isize; N]> for FlatIndex {
    fn from(list: [isize; N]) -> Self {
        Self::List(list.to_vec())
    }
}
impl From<Vec<isize>> for FlatIndex {
    fn from(list: Vec<isize>) -> Self {
        Self::List(list)
    }
}
impl From<&[isize]> for FlatIndex {
    fn from(list: &[isize]) -> Self {
        Self::List(list.to_vec())
    }
}

impl FlatIndex {
    /// The flat positions selected among `n`, in order.
    fn positions(&self, n: usize) -> Result<Vec<usize>, IndexError> {
        let one = |i: isize| -> Result<usize, IndexError> {
            let size = n as isize;
            if i < -size || i >= size {
                return Err(IndexError::flat_out_of_bounds(i, n));
            }
            Ok(if i < 0 { i + size } else { i } as usize)
        };
        match self {
            Self::Int(i) => Ok(vec![one(*i)?]),
            Self::List(list) => list.iter().map(|&i| one(i)).collect(),
            Self::All => Ok((0..n).collect()),
            Self::Slice(start, stop, step) => {
                let spec = crate::index::item::SliceSpec::new(*start, *stop, *step);
                let (first, len, step) = spec.indices(n)?;
                Ok((0..len)
                    .map(|k| (first as isize + k as isize * step) as usize)
                    .collect())
            }
        }
    }
}

/// Element `p` of `v` in C order.
fn at_flat<'v, T>(v: &'v ArrayViewD<'_, T>, p: usize) -> &'v T {
    let ix = super::ops::unravel(p, v.shape());
    &v[IxDyn(&ix)]
}

/// `a.flat[i]`: one element, copied.
///
/// # Errors
/// `IndexError: index 12 is out of bounds for size 12`.
pub fn flat_get<'a, S: Source<'a>>(src: S, index: isize) -> Result<S::Elem, IndexError>
where
    S::Elem: Clone,
{
    let v = src.whole();
    let p = FlatIndex::Int(index).positions(v.len())?[0];
    Ok(at_flat(&v, p).clone())
}

/// `a.flat[[i, j]]`, `a.flat[1:5]`: a 1-d copy.
///
/// # Errors
/// NumPy's `IndexError` for an index out of range.
pub fn flat_take<'a, S: Source<'a>>(
    src: S,
    index: FlatIndex,
) -> Result<Array<S::Elem, ndarray::Ix1>, IndexError>
where
    S::Elem: Clone,
{
    let v = src.whole();
    let positions = index.positions(v.len())?;
    Ok(Array {
        inner: positions.iter().map(|&p| at_flat(&v, p).clone()).collect(),
    })
}

/// What `a.flat[...] = v` writes: the values in C order, converted to `T`.
pub trait FlatValue<T> {
    /// The values and whether they came as a single element.
    ///
    /// # Errors
    /// NumPy's error for an expression that fails.
    fn flat_values(self) -> Result<(Vec<T>, bool), IndexError>;
}

impl<T: Scalar, N: Node> FlatValue<T> for NodeValue<N>
where
    N::Elem: SameKind<T>,
{
    fn flat_values(self) -> Result<(Vec<T>, bool), IndexError> {
        let values = crate::expr::eval::collect_elems(&self.0)?;
        let scalar = values.ndim() == 0;
        Ok((
            values.into_iter().map(SameKind::cast_into).collect(),
            scalar,
        ))
    }
}

impl<T: Clone, V: Operand<T>> FlatValue<T> for CloneValue<V> {
    fn flat_values(self) -> Result<(Vec<T>, bool), IndexError> {
        let v = self.0.operand();
        Ok((v.iter().cloned().collect(), v.ndim() == 0))
    }
}

/// `a.flat[index] = value`: the selected elements, in order, take the values in C order,
/// repeated when fewer (NumPy's flat assignment).
///
/// # Errors
/// NumPy's errors: an index out of range, several values for one element; nothing is
/// written then.
pub fn flat_set<'a, S, V>(target: S, index: FlatIndex, value: V) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Clone,
    V: FlatValue<S::Elem>,
{
    let (view, _) = target.into_view_mut();
    let mut view: ArrayViewMutD<'_, S::Elem> = view.into_dyn();
    let positions = index.positions(view.len())?;
    let (values, _) = value.flat_values()?;
    if matches!(index, FlatIndex::Int(_)) && values.len() != 1 {
        return Err(IndexError::value_text(
            "Error setting single item of array.",
        ));
    }
    if values.is_empty() {
        return Ok(());
    }
    let shape = view.shape().to_vec();
    for (p, v) in positions.iter().zip(values.iter().cycle()) {
        view[IxDyn(&super::ops::unravel(*p, &shape))] = v.clone();
    }
    Ok(())
}
