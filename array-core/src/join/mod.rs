//! NumPy's joining and rearranging functions inside `np!`: `np.concatenate`, `np.stack`,
//! `np.vstack`, `np.hstack`, `np.dstack`, `np.column_stack`, `np.append`, `np.insert`,
//! `np.delete`, `np.roll` and `np.pad`. Every result is a new array; the inputs of the joins
//! come as a tuple `(a, b, ...)` of operands of one rank, promoted to one dtype as NumPy
//! promotes them, or as one value whose sub-arrays along its first axis are the operands
//! (NumPy iterates a sequence given as one array).

use ndarray::{ArrayD, Axis, CowArray, DimAdd, DimMax, Dimension, Ix1, IxDyn};

use crate::array::Array;
use crate::axes::{normalize, OneAxis};
use crate::dtype::cast::extend_cast;
use crate::dtype::{CastFrom, DType, Promote, Scalar};
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::reduce::{elements, elements_as, CumRank, DimOf, StrongOf};

mod edit;
mod pad;
pub(crate) mod pieces;
mod stacks;

pub use self::edit::{delete, insert, roll};
pub use self::pad::{pad, PadWidth};
pub use self::stacks::{append, column_stack, dstack, hstack, vstack, AtLeast};

/// `np.concatenate` of the arrays `S` along `A` (`axis=None`: flattened first).
pub type Joined<S, A> = Array<<S as Arrays>::Elem, <A as CumRank<<S as Arrays>::Dim>>::Out>;

/// `np.stack` of the arrays `S`: one axis more.
pub type Stacked<S> = Array<<S as Arrays>::Elem, <<S as Arrays>::Dim as DimAdd<Ix1>>::Output>;

/// The arrays of a join: a tuple of operands of one rank, or the sub-arrays of one value
/// ([`Rows`]).
pub trait Arrays {
    /// The promoted dtype.
    type Elem: Scalar;
    /// The common rank.
    type Dim: Dimension;
    /// The values, each converted to the promoted dtype.
    ///
    /// # Errors
    /// NumPy's errors for the operands.
    fn arrays(self) -> Result<Vec<ArrayD<Self::Elem>>, IndexError>;
    /// Calls `f` with the operands as [`Part`]s that convert while they are copied, so
    /// `np.concatenate` copies each value once.
    ///
    /// # Errors
    /// NumPy's errors for the operands.
    fn with_parts<R>(self, f: impl FnOnce(&[&dyn Part<Self::Elem>]) -> R) -> Result<R, IndexError>;
}

/// One operand of a join, read in C order.
pub trait Part<T> {
    /// Its shape.
    fn shape(&self) -> &[usize];
    /// Appends its values `start..start + len` (in C order) to `out`.
    fn extend_into(&self, start: usize, len: usize, out: &mut Vec<T>);
}

/// An operand's values, C-ordered, converted to `T` as they are copied out.
struct Converted<'v, S>(CowArray<'v, S, IxDyn>);

impl<'v, S: DType> Converted<'v, S> {
    fn new(values: CowArray<'v, S, IxDyn>) -> Self {
        if values.is_standard_layout() {
            Self(values)
        } else {
            Self(CowArray::from(values.as_standard_layout().into_owned()))
        }
    }
}

impl<S: DType, T: CastFrom<S::Strong> + Copy + 'static> Part<T> for Converted<'_, S> {
    fn shape(&self) -> &[usize] {
        self.0.shape()
    }
    fn extend_into(&self, start: usize, len: usize, out: &mut Vec<T>) {
        let values = self.0.as_slice().expect("made C-ordered");
        extend_cast(&values[start..start + len], out);
    }
}

impl<T: Clone> Part<T> for ArrayD<T> {
    fn shape(&self) -> &[usize] {
        ArrayD::shape(self)
    }
    fn extend_into(&self, start: usize, len: usize, out: &mut Vec<T>) {
        match self.as_slice() {
            Some(values) => out.extend_from_slice(&values[start..start + len]),
            None => out.extend(self.iter().skip(start).take(len).cloned()),
        }
    }
}

fn values_as<X: IntoNode, T: Scalar + CastFrom<StrongOf<X>>>(
    x: X,
) -> Result<ArrayD<T>, IndexError> {
    elements_as(&x.into_node())
}

impl<A, B> Arrays for (A, B)
where
    A: IntoNode,
    B: IntoNode,
    DimOf<A>: DimMax<DimOf<B>>,
    StrongOf<A>: Promote<StrongOf<B>>,
    <StrongOf<A> as Promote<StrongOf<B>>>::Out: CastFrom<StrongOf<A>> + CastFrom<StrongOf<B>>,
{
    type Elem = <StrongOf<A> as Promote<StrongOf<B>>>::Out;
    type Dim = <DimOf<A> as DimMax<DimOf<B>>>::Output;
    fn arrays(self) -> Result<Vec<ArrayD<Self::Elem>>, IndexError> {
        Ok(vec![values_as(self.0)?, values_as(self.1)?])
    }
    fn with_parts<R>(self, f: impl FnOnce(&[&dyn Part<Self::Elem>]) -> R) -> Result<R, IndexError> {
        let (a, b) = (self.0.into_node(), self.1.into_node());
        let a = Converted::new(elements(&a)?);
        let b = Converted::new(elements(&b)?);
        Ok(f(&[&a, &b]))
    }
}

impl<A, B, C> Arrays for (A, B, C)
where
    A: IntoNode,
    B: IntoNode,
    C: IntoNode,
    DimOf<A>: DimMax<DimOf<B>>,
    <DimOf<A> as DimMax<DimOf<B>>>::Output: DimMax<DimOf<C>>,
    StrongOf<A>: Promote<StrongOf<B>>,
    <StrongOf<A> as Promote<StrongOf<B>>>::Out: Promote<StrongOf<C>>,
    <<StrongOf<A> as Promote<StrongOf<B>>>::Out as Promote<StrongOf<C>>>::Out:
        CastFrom<StrongOf<A>> + CastFrom<StrongOf<B>> + CastFrom<StrongOf<C>>,
{
    type Elem = <<StrongOf<A> as Promote<StrongOf<B>>>::Out as Promote<StrongOf<C>>>::Out;
    type Dim = <<DimOf<A> as DimMax<DimOf<B>>>::Output as DimMax<DimOf<C>>>::Output;
    fn arrays(self) -> Result<Vec<ArrayD<Self::Elem>>, IndexError> {
        Ok(vec![
            values_as(self.0)?,
            values_as(self.1)?,
            values_as(self.2)?,
        ])
    }
    fn with_parts<R>(self, f: impl FnOnce(&[&dyn Part<Self::Elem>]) -> R) -> Result<R, IndexError> {
        let (a, b, c) = (self.0.into_node(), self.1.into_node(), self.2.into_node());
        let a = Converted::new(elements(&a)?);
        let b = Converted::new(elements(&b)?);
        let c = Converted::new(elements(&c)?);
        Ok(f(&[&a, &b, &c]))
    }
}

impl<A: IntoNode> Arrays for (A,)
where
    StrongOf<A>: CastFrom<StrongOf<A>>,
{
    type Elem = StrongOf<A>;
    type Dim = DimOf<A>;
    fn arrays(self) -> Result<Vec<ArrayD<Self::Elem>>, IndexError> {
        let node = self.0.into_node();
        Ok(vec![elements_as(&node)?])
    }
    fn with_parts<R>(self, f: impl FnOnce(&[&dyn Part<Self::Elem>]) -> R) -> Result<R, IndexError> {
        let node = self.0.into_node();
        let a = Converted::new(elements(&node)?);
        Ok(f(&[&a]))
    }
}

/// A join's sequence held in one value (`let m = ...; np!(np.concatenate(m))`, a Rust array
/// of lists): NumPy iterates it along its first axis, so its sub-arrays are the operands.
/// The macro passes every `arrays` argument that is not a tuple or list written in the call
/// this way.
#[derive(Clone, Copy, Debug)]
pub struct Rows<X>(pub X);

impl<X: IntoNode> Arrays for Rows<X>
where
    StrongOf<X>: CastFrom<StrongOf<X>>,
{
    type Elem = StrongOf<X>;
    type Dim = <DimOf<X> as Dimension>::Smaller;
    fn arrays(self) -> Result<Vec<ArrayD<Self::Elem>>, IndexError> {
        let node = self.0.into_node();
        let all: ArrayD<Self::Elem> = elements_as(&node)?;
        if all.ndim() == 0 {
            return Err(IndexError::type_text("iteration over a 0-d array"));
        }
        Ok(all.outer_iter().map(|row| row.to_owned()).collect())
    }
    fn with_parts<R>(self, f: impl FnOnce(&[&dyn Part<Self::Elem>]) -> R) -> Result<R, IndexError> {
        let node = self.0.into_node();
        let all = elements(&node)?;
        if all.ndim() == 0 {
            // `np.concatenate`'s own text (the one caller of `with_parts`).
            return Err(IndexError::type_text(
                "dispatcher for __array_function__ did not return an iterable",
            ));
        }
        let rows: Vec<_> = all
            .outer_iter()
            .map(|row| Converted::new(CowArray::from(row)))
            .collect();
        let parts: Vec<&dyn Part<Self::Elem>> =
            rows.iter().map(|r| r as &dyn Part<Self::Elem>).collect();
        Ok(f(&parts))
    }
}

/// The operands' values, at least one (a sequence held in one value can be empty): NumPy's
/// `need at least one array to {what}` otherwise.
fn some_arrays<S: Arrays>(arrays: S, what: &str) -> Result<Vec<ArrayD<S::Elem>>, IndexError> {
    let arrays = arrays.arrays()?;
    if arrays.is_empty() {
        return Err(need_one(what));
    }
    Ok(arrays)
}

fn need_one(what: &str) -> IndexError {
    IndexError::value_text(&format!("need at least one array to {what}"))
}

fn finish<T, O: Dimension>(a: ArrayD<T>) -> Array<T, O> {
    Array {
        inner: a
            .into_dimensionality()
            .expect("the rank computed at compile time"),
    }
}

/// NumPy's concatenation along `axis` of arrays of one rank.
fn concat<T: Clone>(arrays: &[ArrayD<T>], axis: usize) -> Result<ArrayD<T>, IndexError> {
    let parts: Vec<&dyn Part<T>> = arrays.iter().map(|a| a as &dyn Part<T>).collect();
    concat_parts(&parts, Some(axis))
}

/// NumPy's `concatenate` of `parts` along `axis` (`None`: of the flattened parts), each value
/// copied once into a huge-page buffer.
fn concat_parts<T>(parts: &[&dyn Part<T>], axis: Option<usize>) -> Result<ArrayD<T>, IndexError> {
    let sizes: Vec<usize> = parts.iter().map(|p| p.shape().iter().product()).collect();
    let Some(axis) = axis else {
        let mut out = crate::raw::output_vec(sizes.iter().sum());
        for (p, &n) in parts.iter().zip(&sizes) {
            p.extend_into(0, n, &mut out);
        }
        return Ok(ArrayD::from_shape_vec(IxDyn(&[out.len()]), out).expect("1-d"));
    };
    let Some(first) = parts.first().map(|p| p.shape()) else {
        return Err(need_one("concatenate"));
    };
    if first.is_empty() {
        return Err(IndexError::value_text(
            "zero-dimensional arrays cannot be concatenated",
        ));
    }
    for (i, p) in parts.iter().enumerate().skip(1) {
        if p.shape().len() != first.len() {
            return Err(IndexError::value_text(&format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {} dimension(s) and the array at index {i} has {} dimension(s)",
                first.len(),
                p.shape().len()
            )));
        }
    }
    if axis >= first.len() {
        return Err(IndexError::axis_out_of_bounds(
            "",
            axis as isize,
            first.len(),
        ));
    }
    for (i, p) in parts.iter().enumerate().skip(1) {
        for d in (0..first.len()).filter(|&d| d != axis) {
            if p.shape()[d] != first[d] {
                return Err(IndexError::value_text(&format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {d}, the array at index 0 has size {} and the array at index {i} has size {}",
                    first[d],
                    p.shape()[d]
                )));
            }
        }
    }
    // In C order the result is, for each index of the axes before `axis`, each part's block
    // of the axes from `axis` on.
    let outer: usize = first[..axis].iter().product();
    let mut shape = first.to_vec();
    shape[axis] = parts.iter().map(|p| p.shape()[axis]).sum();
    let blocks: Vec<usize> = parts
        .iter()
        .map(|p| p.shape()[axis..].iter().product())
        .collect();
    let mut out = crate::raw::output_vec(shape.iter().product());
    for i in 0..outer {
        for (p, &block) in parts.iter().zip(&blocks) {
            p.extend_into(i * block, block, &mut out);
        }
    }
    Ok(ArrayD::from_shape_vec(IxDyn(&shape), out).expect("one value per element"))
}

/// `np.concatenate((a, b), axis)` (`axis=None`: of the flattened arrays).
///
/// # Errors
/// NumPy's messages for shapes that do not match and an axis out of range.
pub fn concatenate<S, A>(arrays: S, axis: A) -> Result<Joined<S, A>, IndexError>
where
    S: Arrays,
    A: CumRank<S::Dim>,
{
    let joined = arrays.with_parts(|parts| {
        let Some(nd) = parts.first().map(|p| p.shape().len()) else {
            return Err(need_one("concatenate"));
        };
        match axis.resolve(nd.max(1))? {
            None => concat_parts(parts, None),
            Some(_) if nd == 0 => Err(IndexError::value_text(
                "zero-dimensional arrays cannot be concatenated",
            )),
            Some(list) => concat_parts(parts, Some(list[0])),
        }
    })??;
    Ok(finish(joined))
}

/// `np.stack((a, b), axis)`: along a new axis.
///
/// # Errors
/// `all input arrays must have the same shape`, and an axis out of range.
pub fn stack<S>(arrays: S, axis: OneAxis) -> Result<Stacked<S>, IndexError>
where
    S: Arrays,
    S::Dim: DimAdd<Ix1>,
{
    let arrays = some_arrays(arrays, "stack")?;
    let nd = arrays[0].ndim();
    let k = normalize(axis.0, nd + 1, "")?;
    if arrays.iter().any(|a| a.shape() != arrays[0].shape()) {
        return Err(IndexError::value_text(
            "all input arrays must have the same shape",
        ));
    }
    let expanded: Vec<ArrayD<S::Elem>> =
        arrays.into_iter().map(|a| a.insert_axis(Axis(k))).collect();
    Ok(finish(concat(&expanded, k)?))
}
