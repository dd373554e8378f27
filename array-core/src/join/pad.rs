//! `np.pad`: an array extended along each axis by constants or by copies of its own slices
//! (edge, reflect, symmetric, wrap), each axis one pass of whole runs.

use ndarray::{ArrayD, CowArray, IxDyn};

use super::pieces::{from_pieces, Piece};
use super::{finish, values_as};
use crate::array::Array;
use crate::dtype::CastFrom;
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::reduce::{strong_cow, DimOf, StrongOf};

/// The widths of `np.pad`: one for every side, `(before, after)` for every axis, or a pair per
/// axis; written in `np!` or held in a Rust value of any integer type (`let w = ((1, 0), (2,
/// 2)); np!(np.pad(m, w))`).
pub trait PadWidth {
    /// The widths as written, and the shape NumPy sees them as (`()`, `(2,)` or `(N, 2)`).
    fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>);
}

impl<T: PadWidth + ?Sized> PadWidth for &T {
    fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
        (**self).given()
    }
}

/// One width as `isize`; one past `isize` stays past every size, and is refused as one.
fn to_width<T: TryInto<isize>>(w: T) -> isize {
    w.try_into().unwrap_or(isize::MAX)
}

macro_rules! pad_widths {
    ($($t:ty),*) => {$(
        impl PadWidth for $t {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                (vec![[to_width(*self); 2]], vec![])
            }
        }
        impl PadWidth for [$t; 2] {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                (vec![self.map(to_width)], vec![2])
            }
        }
        impl PadWidth for ($t, $t) {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                (vec![[to_width(self.0), to_width(self.1)]], vec![2])
            }
        }
        impl<const N: usize> PadWidth for [[$t; 2]; N] {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                (self.iter().map(|p| p.map(to_width)).collect(), vec![N, 2])
            }
        }
        impl<const N: usize> PadWidth for [($t, $t); N] {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                self[..].given()
            }
        }
        impl PadWidth for [($t, $t)] {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                let pairs = self.iter().map(|&(a, b)| [to_width(a), to_width(b)]).collect();
                (pairs, vec![self.len(), 2])
            }
        }
        impl PadWidth for Vec<($t, $t)> {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                self[..].given()
            }
        }
        impl PadWidth for (($t, $t),) {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                [self.0].given()
            }
        }
        impl PadWidth for (($t, $t), ($t, $t)) {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                [self.0, self.1].given()
            }
        }
        impl PadWidth for (($t, $t), ($t, $t), ($t, $t)) {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                [self.0, self.1, self.2].given()
            }
        }
        impl PadWidth for (($t, $t), ($t, $t), ($t, $t), ($t, $t)) {
            fn given(&self) -> (Vec<[isize; 2]>, Vec<usize>) {
                [self.0, self.1, self.2, self.3].given()
            }
        }
    )*};
}
pad_widths!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// NumPy's message when `pad_width` or `constant_values` (of shape `given`) does not
/// broadcast to one `(before, after)` pair per axis.
fn pad_shape_error(given: &[usize], ndim: usize) -> IndexError {
    let given = crate::error::shape_tuple(given);
    IndexError::value_text(&format!(
        "operands could not be broadcast together with remapped shapes [original->remapped]: {given}  and requested shape ({ndim},2)"
    ))
}

/// One `(before, after)` pair per axis from pairs given for one axis or for each.
fn per_axis<T: Copy>(
    pairs: &[[T; 2]],
    shape: &[usize],
    ndim: usize,
) -> Result<Vec<[T; 2]>, IndexError> {
    match pairs.len() {
        1 if shape.len() < 2 || shape[0] == 1 => Ok(vec![pairs[0]; ndim]),
        n if n == ndim => Ok(pairs.to_vec()),
        _ => Err(pad_shape_error(shape, ndim)),
    }
}

/// Where the element at offset `t` from the start of an axis of length `n` (negative: before
/// it, `n` and on: after it) comes from, for the modes that copy the array's own elements.
fn source_of(mode: PadMode, t: isize, n: isize) -> isize {
    match mode {
        PadMode::Edge => t.clamp(0, n - 1),
        // A one-element axis reflects onto itself.
        PadMode::Reflect if n == 1 => 0,
        PadMode::Reflect => {
            let t = t.rem_euclid(2 * (n - 1));
            if t < n {
                t
            } else {
                2 * (n - 1) - t
            }
        }
        PadMode::Symmetric => {
            let t = t.rem_euclid(2 * n);
            if t < n {
                t
            } else {
                2 * n - 1 - t
            }
        }
        PadMode::Wrap => t.rem_euclid(n),
        PadMode::Constant | PadMode::Empty => t,
    }
}

/// The modes of `np.pad` that npview has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PadMode {
    Constant,
    Empty,
    Edge,
    Reflect,
    Symmetric,
    Wrap,
}

impl PadMode {
    fn parse(mode: &str) -> Result<Self, IndexError> {
        Ok(match mode {
            "constant" => Self::Constant,
            "empty" => Self::Empty,
            "edge" => Self::Edge,
            "reflect" => Self::Reflect,
            "symmetric" => Self::Symmetric,
            "wrap" => Self::Wrap,
            "linear_ramp" | "maximum" | "mean" | "median" | "minimum" => {
                return Err(IndexError::value_text(&format!(
                    "npview's np.pad has no mode '{mode}' (it has 'constant', 'edge', 'reflect', 'symmetric', 'wrap' and 'empty')"
                )))
            }
            other => {
                return Err(IndexError::value_text(&format!(
                    "mode '{other}' is not supported"
                )))
            }
        })
    }
}

/// `np.pad(array, pad_width, mode, constant_values)`: `"constant"` (the values, one per side
/// of each axis as NumPy broadcasts them), `"empty"` (zeros here), `"edge"`, `"reflect"`,
/// `"symmetric"` or `"wrap"`. Axis by axis, as NumPy: each axis's padding covers the padding
/// of the axes before it, so the corners come from the last axis.
///
/// # Errors
/// NumPy's messages for negative widths, widths or values that do not broadcast to the axes,
/// an empty axis to extend by copying, and an unknown mode.
pub fn pad<X, W, C>(
    array: X,
    width: W,
    mode: &str,
    constant: Option<C>,
) -> Result<Array<StrongOf<X>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    W: PadWidth,
    C: IntoNode,
    StrongOf<X>: CastFrom<StrongOf<C>>,
{
    let node = array.into_node();
    let values = strong_cow(&node)?;
    let nd = values.ndim();
    let (pairs, given) = width.given();
    if pairs.iter().flatten().any(|&w| w < 0) {
        return Err(IndexError::value_text(
            "index can't contain negative values",
        ));
    }
    let widths: Vec<[usize; 2]> = per_axis(&pairs, &given, nd)?
        .into_iter()
        .map(|[b, a]| [b as usize, a as usize])
        .collect();
    let name = mode;
    let mode = PadMode::parse(name)?;
    if constant.is_some() && mode != PadMode::Constant {
        return Err(IndexError::value_text(&format!(
            "unsupported keyword arguments for mode '{name}': {{'constant_values'}}"
        )));
    }
    let copying = !matches!(mode, PadMode::Constant | PadMode::Empty);
    if let Some(k) =
        (0..nd).find(|&k| copying && values.shape()[k] == 0 && widths[k][0] + widths[k][1] > 0)
    {
        return Err(IndexError::value_text(&format!(
            "can't extend empty axis {k} using modes other than 'constant' or 'empty'"
        )));
    }
    let padded: Vec<usize> = values
        .shape()
        .iter()
        .zip(&widths)
        .map(|(&n, [b, a])| n.checked_add(*b)?.checked_add(*a))
        .collect::<Option<_>>()
        .ok_or_else(|| IndexError::value_text("negative dimensions are not allowed"))?;
    let size = padded
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .filter(|&size| size <= isize::MAX as usize)
        .ok_or_else(|| IndexError::value_text("negative dimensions are not allowed"))?;
    let fills: ArrayD<StrongOf<X>> = match constant {
        Some(c) => values_as::<C, StrongOf<X>>(c)?,
        None => ArrayD::from_elem(IxDyn(&[]), StrongOf::<X>::default()),
    };
    let fills = fills
        .broadcast(IxDyn(&[nd, 2]))
        .ok_or_else(|| pad_shape_error(fills.shape(), nd))?
        .to_owned();
    if size == 0 {
        return Ok(finish(
            ArrayD::from_shape_vec(IxDyn(&padded), Vec::new()).expect("no elements"),
        ));
    }
    let mut out = values;
    for (k, &[before, after]) in widths.iter().enumerate() {
        let n = out.shape()[k];
        let pieces = match mode {
            PadMode::Constant | PadMode::Empty => {
                let (lo, hi) = if mode == PadMode::Constant {
                    (fills[[k, 0]], fills[[k, 1]])
                } else {
                    Default::default()
                };
                vec![
                    Piece::Fill {
                        value: lo,
                        len: before,
                    },
                    Piece::Copy { start: 0, len: n },
                    Piece::Fill {
                        value: hi,
                        len: after,
                    },
                ]
            }
            _ if before + after == 0 => continue,
            _ => {
                let copied = |t: isize| Piece::Copy {
                    start: source_of(mode, t, n as isize) as usize,
                    len: 1,
                };
                let mut pieces: Vec<_> = (-(before as isize)..0).map(copied).collect();
                pieces.push(Piece::Copy { start: 0, len: n });
                pieces.extend((n as isize..(n + after) as isize).map(copied));
                pieces
            }
        };
        if before + after > 0 {
            out = CowArray::from(from_pieces(&out.view(), k, &pieces));
        }
    }
    Ok(finish(out.into_owned()))
}
