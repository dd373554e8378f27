//! NumPy's joining and rearranging functions inside `np!`: `np.concatenate`, `np.stack`,
//! `np.vstack`, `np.hstack`, `np.dstack`, `np.column_stack`, `np.append`, `np.insert`,
//! `np.delete`, `np.roll` and `np.pad`. Every result is a new array; the inputs of the joins
//! come as a tuple `(a, b, ...)` of operands of one rank, promoted to one dtype as NumPy
//! promotes them.

use ndarray::{ArrayD, Axis, CowArray, DimAdd, DimMax, Dimension, Ix1, Ix2, Ix3, IxDyn, Slice};

use crate::array::Array;
use crate::axes::{normalize, AxisSpec, OneAxis};
use crate::dtype::{CastFrom, DType, Promote, Scalar};
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::reduce::{elements, Accumulated, CumRank, DimOf, StrongOf};

/// `np.concatenate` of the arrays `S` along `A` (`axis=None`: flattened first).
pub type Joined<S, A> = Array<<S as Arrays>::Elem, <A as CumRank<<S as Arrays>::Dim>>::Out>;

/// `np.stack` of the arrays `S`: one axis more.
pub type Stacked<S> = Array<<S as Arrays>::Elem, <<S as Arrays>::Dim as DimAdd<Ix1>>::Output>;

/// The arrays of a join: a tuple of operands of one rank.
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

impl<S: DType, T: CastFrom<S::Strong>> Part<T> for Converted<'_, S> {
    fn shape(&self) -> &[usize] {
        self.0.shape()
    }
    fn extend_into(&self, start: usize, len: usize, out: &mut Vec<T>) {
        let values = self.0.as_slice().expect("made C-ordered");
        out.extend(
            values[start..start + len]
                .iter()
                .map(|v| T::cast_from(v.strong())),
        );
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

fn values_as<X: IntoNode, T: CastFrom<StrongOf<X>>>(x: X) -> Result<ArrayD<T>, IndexError> {
    let node = x.into_node();
    let values = elements(&node)?;
    match values.as_slice() {
        // C-ordered values convert in one pass over their memory, into a huge-page buffer.
        Some(slice) => {
            let mut out = crate::raw::output_vec(slice.len());
            out.extend(slice.iter().map(|v| T::cast_from(v.strong())));
            Ok(ArrayD::from_shape_vec(values.raw_dim(), out).expect("one value per element"))
        }
        None => Ok(values.mapv(|v| T::cast_from(v.strong()))),
    }
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
        Ok(vec![elements(&node)?.mapv(DType::strong)])
    }
    fn with_parts<R>(self, f: impl FnOnce(&[&dyn Part<Self::Elem>]) -> R) -> Result<R, IndexError> {
        let node = self.0.into_node();
        let a = Converted::new(elements(&node)?);
        Ok(f(&[&a]))
    }
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
    let first = parts[0].shape();
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

fn flattened<T: Clone>(a: &ArrayD<T>) -> ArrayD<T> {
    let flat: Vec<T> = a.iter().cloned().collect();
    ArrayD::from_shape_vec(IxDyn(&[flat.len()]), flat).expect("1-d")
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
        let nd = parts[0].shape().len();
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
    let arrays = arrays.arrays()?;
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

/// The rank of `np.vstack` / `np.column_stack` (at least 2) and `np.dstack` (at least 3).
pub trait AtLeast<const N: usize>: Dimension {
    /// The result's rank.
    type Out: Dimension;
}
macro_rules! at_least {
    ($n:literal: $($d:ty => $o:ty),*) => {$( impl AtLeast<$n> for $d { type Out = $o; } )*};
}
at_least!(1: ndarray::Ix0 => Ix1, Ix1 => Ix1, Ix2 => Ix2, Ix3 => Ix3, ndarray::Ix4 => ndarray::Ix4);
at_least!(2: ndarray::Ix0 => Ix2, Ix1 => Ix2, Ix2 => Ix2, Ix3 => Ix3, ndarray::Ix4 => ndarray::Ix4);
at_least!(3: ndarray::Ix0 => Ix3, Ix1 => Ix3, Ix2 => Ix3, Ix3 => Ix3, ndarray::Ix4 => ndarray::Ix4);

/// NumPy's `atleast_2d` (`(n,)` becomes `(1, n)`) and `atleast_3d` (`(n,)` becomes `(1, n, 1)`,
/// `(m, n)` becomes `(m, n, 1)`).
fn at_least<T: Clone>(a: ArrayD<T>, n: usize) -> ArrayD<T> {
    let shape = a.shape().to_vec();
    let new: Vec<usize> = match (n, shape.as_slice()) {
        (_, s) if s.len() >= n => return a,
        (1, []) => vec![1],
        (2, []) => vec![1, 1],
        (2, [k]) => vec![1, *k],
        (3, []) => vec![1, 1, 1],
        (3, [k]) => vec![1, *k, 1],
        (3, [m, k]) => vec![*m, *k, 1],
        _ => shape,
    };
    a.into_shape_with_order(IxDyn(&new))
        .expect("only length-1 axes added")
}

macro_rules! stacks {
    ($($(#[$doc:meta])* $name:ident, at_least: $n:literal, axis: |$nd:ident| $axis:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's messages for shapes that do not match.
        pub fn $name<S>(arrays: S) -> Result<Array<S::Elem, <S::Dim as AtLeast<$n>>::Out>, IndexError>
        where
            S: Arrays,
            S::Dim: AtLeast<$n>,
        {
            let arrays: Vec<ArrayD<S::Elem>> = arrays.arrays()?.into_iter().map(|a| at_least(a, $n)).collect();
            let $nd = arrays[0].ndim();
            Ok(finish(concat(&arrays, $axis)?))
        }
    )*};
}
stacks! {
    /// `np.vstack((a, b))`: rows after rows (1-d arrays become rows).
    vstack, at_least: 2, axis: |nd| { let _ = nd; 0 };
    /// `np.dstack((a, b))`: along the third axis.
    dstack, at_least: 3, axis: |nd| { let _ = nd; 2 };
}

/// `np.hstack((a, b))`: along axis 1 (axis 0 of 1-d arrays).
///
/// # Errors
/// NumPy's messages for shapes that do not match.
pub fn hstack<S>(arrays: S) -> Result<Array<S::Elem, <S::Dim as AtLeast<1>>::Out>, IndexError>
where
    S: Arrays,
    S::Dim: AtLeast<1>,
{
    let arrays: Vec<ArrayD<S::Elem>> = arrays
        .arrays()?
        .into_iter()
        .map(|a| at_least(a, 1))
        .collect();
    let axis = usize::from(arrays[0].ndim() > 1);
    Ok(finish(concat(&arrays, axis)?))
}

/// `np.column_stack((a, b))`: 1-d arrays as columns, 2-d ones side by side.
///
/// # Errors
/// NumPy's messages for shapes that do not match.
pub fn column_stack<S>(arrays: S) -> Result<Array<S::Elem, <S::Dim as AtLeast<2>>::Out>, IndexError>
where
    S: Arrays,
    S::Dim: AtLeast<2>,
{
    let arrays: Vec<ArrayD<S::Elem>> = arrays
        .arrays()?
        .into_iter()
        .map(|a| match a.ndim() {
            0 | 1 => {
                let n = a.len();
                a.into_shape_with_order(IxDyn(&[n, 1])).expect("a column")
            }
            _ => a,
        })
        .collect();
    Ok(finish(concat(&arrays, 1)?))
}

/// `np.append(arr, values, axis)`: without an axis, the flattened values after the flattened
/// array; with one, a concatenation.
///
/// # Errors
/// As [`concatenate`].
pub fn append<X, V, A>(arr: X, values: V, axis: A) -> Result<Joined<(X, V), A>, IndexError>
where
    X: IntoNode,
    V: IntoNode,
    (X, V): Arrays,
    A: CumRank<<(X, V) as Arrays>::Dim>,
{
    concatenate((arr, values), axis)
}

/// Flat or per-axis positions of `obj` for `insert`/`delete`, checked against `n`.
fn positions(
    obj: &[isize],
    n: usize,
    axis: usize,
    allow_end: bool,
) -> Result<Vec<usize>, IndexError> {
    let limit = if allow_end { n + 1 } else { n };
    obj.iter()
        .map(|&i| {
            let j = if i < 0 { i + n as isize } else { i };
            if j < 0 || j as usize >= limit {
                Err(IndexError::out_of_bounds(i, axis, n))
            } else {
                Ok(j as usize)
            }
        })
        .collect()
}

/// The array and axis an `insert`/`delete`/`roll` works on: the flattened array without an
/// axis.
fn along<T: Clone, A: AxisSpec>(
    values: ArrayD<T>,
    axis: &A,
) -> Result<(ArrayD<T>, usize), IndexError> {
    match axis.resolve(values.ndim())? {
        None => Ok((flattened(&values), 0)),
        Some(list) => Ok((values, list[0])),
    }
}

/// `np.delete(arr, obj, axis)`: the array without the elements (or slices) at `obj`.
///
/// # Errors
/// NumPy's `IndexError` for an index out of range; an axis out of range.
pub fn delete<X, A>(
    arr: X,
    obj: &[isize],
    axis: A,
) -> Result<Accumulated<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    A: CumRank<DimOf<X>>,
{
    let node = arr.into_node();
    let values = elements(&node)?.mapv(DType::strong);
    let (values, k) = along(values, &axis)?;
    let n = values.shape()[k];
    let gone = positions(obj, n, k, false)?;
    let keep: Vec<usize> = (0..n).filter(|i| !gone.contains(i)).collect();
    Ok(finish(values.select(Axis(k), &keep)))
}

/// `np.insert(arr, obj, values, axis)`: `values` inserted before the index `obj` (all of
/// them, as a block, when `obj` is one integer) or one slice before each index of a list,
/// converted to the array's dtype.
///
/// # Errors
/// NumPy's `IndexError` for an index out of range; an axis out of range.
pub fn insert<X, V, A>(
    arr: X,
    obj: (&[isize], bool),
    values: V,
    axis: A,
) -> Result<Accumulated<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    V: IntoNode,
    StrongOf<X>: CastFrom<StrongOf<V>>,
    A: CumRank<DimOf<X>>,
{
    let (obj, scalar) = obj;
    let node = arr.into_node();
    let base = elements(&node)?.mapv(DType::strong);
    let (base, k) = along(base, &axis)?;
    let n = base.shape()[k];
    let at = positions(obj, n, k, true)?;
    let mut new = values_as::<V, StrongOf<X>>(values)?;
    let nd = base.ndim();
    while new.ndim() < nd {
        new = new.insert_axis(Axis(0));
    }
    let mut pieces: Vec<ArrayD<StrongOf<X>>> = Vec::new();
    if scalar {
        // NumPy: `values` as an array of the array's rank, its first axis moved to `axis`.
        let moved = if nd > 1 {
            let mut order: Vec<usize> = (1..nd).collect();
            order.insert(k, 0);
            new.permuted_axes(IxDyn(&order))
        } else {
            new
        };
        let mut shape = base.shape().to_vec();
        shape[k] = moved.shape()[k];
        let block = moved
            .broadcast(IxDyn(&shape))
            .ok_or_else(|| IndexError::cannot_broadcast_value(moved.shape(), &shape))?
            .to_owned();
        let p = at[0];
        pieces.push(base.slice_axis(Axis(k), Slice::from(..p)).to_owned());
        pieces.push(block);
        pieces.push(base.slice_axis(Axis(k), Slice::from(p..)).to_owned());
    } else {
        let flat: Vec<StrongOf<X>> = new.iter().copied().collect();
        let slice_shape: Vec<usize> = base
            .shape()
            .iter()
            .enumerate()
            .map(|(d, &m)| if d == k { 1 } else { m })
            .collect();
        let mut order: Vec<(usize, usize)> = at
            .iter()
            .copied()
            .enumerate()
            .map(|(j, p)| (p, j))
            .collect();
        order.sort_unstable();
        let mut prev = 0;
        for (p, j) in order {
            pieces.push(base.slice_axis(Axis(k), Slice::from(prev..p)).to_owned());
            let v = if flat.len() == at.len() {
                flat[j]
            } else {
                flat.first().copied().unwrap_or_default()
            };
            pieces.push(ArrayD::from_elem(IxDyn(&slice_shape), v));
            prev = p;
        }
        pieces.push(base.slice_axis(Axis(k), Slice::from(prev..n)).to_owned());
    }
    let views: Vec<_> = pieces.iter().map(|a| a.view()).collect();
    Ok(finish(
        ndarray::concatenate(Axis(k), &views).expect("slices of one array"),
    ))
}

/// The shifts of `np.roll`: one for every axis given.
pub trait Shifts {
    /// The shifts.
    fn shifts(&self) -> Vec<isize>;
}
impl Shifts for isize {
    fn shifts(&self) -> Vec<isize> {
        vec![*self]
    }
}
impl<const N: usize> Shifts for [isize; N] {
    fn shifts(&self) -> Vec<isize> {
        self.to_vec()
    }
}

/// `np.roll(a, shift, axis)`: elements moved along the axes (of the flattened array without
/// one), wrapping around.
///
/// # Errors
/// NumPy's errors for the axes.
pub fn roll<X, Sh, A>(a: X, shift: Sh, axis: A) -> Result<Array<StrongOf<X>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    Sh: Shifts,
    A: AxisSpec,
{
    let node = a.into_node();
    let values = elements(&node)?.mapv(DType::strong);
    let shape = values.shape().to_vec();
    let shifts = shift.shifts();
    let (mut work, axes) = match axis.resolve(values.ndim())? {
        None => (flattened(&values), vec![0]),
        Some(list) => (values, list),
    };
    for (i, &k) in axes.iter().enumerate() {
        let s = shifts.get(i).or(shifts.first()).copied().unwrap_or(0);
        let n = work.shape()[k];
        if n == 0 {
            continue;
        }
        let s = s.rem_euclid(n as isize) as usize;
        let idx: Vec<usize> = (0..n).map(|j| (j + n - s) % n).collect();
        work = work.select(Axis(k), &idx);
    }
    if work.shape() != shape.as_slice() {
        // Rolled flat: back to the array's shape, in C order.
        let flat: Vec<StrongOf<X>> = work.iter().copied().collect();
        work = ArrayD::from_shape_vec(IxDyn(&shape), flat).expect("the same size");
    }
    Ok(finish(work))
}

/// The widths of `np.pad`: one for every side, `(before, after)` for every axis, or a pair per
/// axis.
pub trait PadWidth {
    /// `(before, after)` for each of `ndim` axes.
    fn widths(&self, ndim: usize) -> Vec<(usize, usize)>;
}
impl PadWidth for isize {
    fn widths(&self, ndim: usize) -> Vec<(usize, usize)> {
        vec![(*self as usize, *self as usize); ndim]
    }
}
impl PadWidth for [isize; 2] {
    fn widths(&self, ndim: usize) -> Vec<(usize, usize)> {
        vec![(self[0] as usize, self[1] as usize); ndim]
    }
}
impl<const N: usize> PadWidth for [[isize; 2]; N] {
    fn widths(&self, _: usize) -> Vec<(usize, usize)> {
        self.iter()
            .map(|w| (w[0] as usize, w[1] as usize))
            .collect()
    }
}

/// `np.pad(array, pad_width, mode, constant_values)`: `"constant"` (the value) or `"edge"`
/// (the nearest element).
///
/// # Errors
/// NumPy's message for `"edge"` on an empty axis; an unknown mode.
pub fn pad<X, W, C>(
    array: X,
    width: W,
    mode: &str,
    constant: C,
) -> Result<Array<StrongOf<X>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    W: PadWidth,
    C: IntoNode,
    StrongOf<X>: CastFrom<StrongOf<C>>,
{
    let node = array.into_node();
    let values = elements(&node)?.mapv(DType::strong);
    let fill = values_as::<C, StrongOf<X>>(constant)?
        .iter()
        .next()
        .copied()
        .unwrap_or_default();
    let widths = width.widths(values.ndim());
    let edge = match mode {
        "constant" => false,
        "edge" => true,
        other => {
            return Err(IndexError::value_text(&format!(
                "mode '{other}' is not supported"
            )))
        }
    };
    let mut out = values;
    for (k, &(before, after)) in widths.iter().enumerate().take(out.ndim()) {
        let n = out.shape()[k];
        if edge && n == 0 && before + after > 0 {
            return Err(IndexError::value_text(&format!(
                "can't extend empty axis {k} using modes other than 'constant' or 'empty'"
            )));
        }
        let idx: Vec<Option<usize>> = (0..before + n + after)
            .map(|j| {
                if j < before {
                    edge.then_some(0)
                } else if j < before + n {
                    Some(j - before)
                } else {
                    edge.then(|| n - 1)
                }
            })
            .collect();
        let mut shape = out.shape().to_vec();
        shape[k] = idx.len();
        let src = out;
        out = ArrayD::from_shape_fn(IxDyn(&shape), |ix: IxDyn| {
            let mut ix = ix.slice().to_vec();
            match idx[ix[k]] {
                Some(j) => {
                    ix[k] = j;
                    src[IxDyn(&ix)]
                }
                None => fill,
            }
        });
    }
    Ok(finish(out))
}
