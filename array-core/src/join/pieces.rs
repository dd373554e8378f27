//! Building an array from pieces of another along one axis: runs of its slices (copied) and
//! slices of one value. In C order each piece is, for every index of the axes before the axis,
//! one contiguous block, so the whole result is a sequence of `memcpy`s and fills into one
//! buffer. `np.roll`, `np.delete`, `np.repeat` and `np.pad` are such sequences.

use ndarray::{ArrayD, ArrayViewD, CowArray, IxDyn};

/// A piece of the result along the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Piece<T> {
    /// The source's slices `start..start + len`.
    Copy { start: usize, len: usize },
    /// The source's slice `index`, `times` times over.
    Repeat { index: usize, times: usize },
    /// `len` slices holding `value` everywhere.
    Fill { value: T, len: usize },
}

impl<T> Piece<T> {
    /// How many slices of the result the piece is.
    fn len(&self) -> usize {
        match *self {
            Piece::Copy { len, .. } | Piece::Fill { len, .. } => len,
            Piece::Repeat { times, .. } => times,
        }
    }
}

/// The array whose slices along `axis` are `pieces` in order, from `values` (C-ordered, any
/// other layout is read in C order first).
pub(crate) fn from_pieces<T: Copy>(
    values: &ArrayViewD<'_, T>,
    axis: usize,
    pieces: &[Piece<T>],
) -> ArrayD<T> {
    let standard = values.as_standard_layout();
    let src = standard.as_slice().expect("C order");
    let shape = values.shape();
    let n = shape[axis];
    let inner: usize = shape[axis + 1..].iter().product();
    let outer: usize = shape[..axis].iter().product();
    let mut out_shape = shape.to_vec();
    out_shape[axis] = pieces.iter().map(Piece::len).sum();
    let mut out = crate::raw::output_vec(out_shape.iter().product());
    if inner > 0 {
        for o in 0..outer {
            let lane = &src[o * n * inner..(o + 1) * n * inner];
            for piece in pieces {
                match *piece {
                    Piece::Copy { start, len } => {
                        out.extend_from_slice(&lane[start * inner..(start + len) * inner]);
                    }
                    Piece::Repeat { index, times } if inner == 1 => {
                        out.resize(out.len() + times, lane[index]);
                    }
                    Piece::Repeat { index, times } => {
                        for _ in 0..times {
                            out.extend_from_slice(&lane[index * inner..(index + 1) * inner]);
                        }
                    }
                    Piece::Fill { value, len } => {
                        out.resize(out.len() + len * inner, value);
                    }
                }
            }
        }
    }
    ArrayD::from_shape_vec(IxDyn(&out_shape), out).expect("one value per element")
}

/// `values` as one axis in C order: itself reshaped when it is C-ordered.
pub(crate) fn flat<T: Copy>(values: CowArray<'_, T, IxDyn>) -> CowArray<'_, T, IxDyn> {
    let n = values.len();
    if values.is_standard_layout() {
        values
            .into_shape_with_order(IxDyn(&[n]))
            .expect("a C-ordered array")
    } else {
        CowArray::from(
            ArrayD::from_shape_vec(IxDyn(&[n]), values.iter().copied().collect()).expect("1-d"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule: slice `j` of the result is the source's slice (or the value) its piece names.
    #[test]
    fn pieces_pick_whole_slices_along_the_axis() {
        let m = ArrayD::from_shape_vec(IxDyn(&[2, 3]), vec![0, 1, 2, 3, 4, 5]).unwrap();
        let cols = from_pieces(
            &m.view(),
            1,
            &[
                Piece::Copy { start: 2, len: 1 },
                Piece::Fill { value: 9, len: 2 },
                Piece::Repeat { index: 0, times: 2 },
            ],
        );
        assert_eq!(cols.shape(), &[2, 5]);
        assert_eq!(
            cols.iter().copied().collect::<Vec<_>>(),
            [2, 9, 9, 0, 0, 5, 9, 9, 3, 3]
        );
        let rows = from_pieces(
            &m.view(),
            0,
            &[
                Piece::Repeat { index: 1, times: 2 },
                Piece::Copy { start: 0, len: 1 },
            ],
        );
        assert_eq!(
            rows.iter().copied().collect::<Vec<_>>(),
            [3, 4, 5, 3, 4, 5, 0, 1, 2]
        );
        let t = m.t().to_owned();
        let back = from_pieces(&t.view(), 0, &[Piece::Copy { start: 0, len: 3 }]);
        assert_eq!(back, t);
        let empty = from_pieces(&m.view(), 1, &[]);
        assert_eq!(empty.shape(), &[2, 0]);
    }
}
