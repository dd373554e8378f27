//! The unit tests of `raw.rs` (the module and its `buffers` and `fill`), kept beside it: they
//! run under Miri in CI (both aliasing models), so every `unsafe` block there is exercised,
//! with negative, zero and large strides.

use super::*;

#[test]
fn compaction_keeps_flagged_values_in_order() {
    let values: Vec<i64> = (0..1000).collect();
    let flags: Vec<bool> = values.iter().map(|v| v % 3 == 1 || *v == 999).collect();
    let count = flags.iter().filter(|&&f| f).count();
    let kept = compact(values.iter().zip(flags.iter().copied()), count);
    let expected: Vec<i64> = values
        .iter()
        .copied()
        .filter(|v| v % 3 == 1 || *v == 999)
        .collect();
    assert_eq!(kept, expected);
    assert!(compact(values.iter().zip(core::iter::repeat(false)), 0).is_empty());
    let all = compact(values.iter().zip(core::iter::repeat(true)), values.len());
    assert_eq!(all, values);
    // Types with drop glue take the filtering loop.
    let names: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    let kept = compact(names.iter().zip([true, false, true]), 2);
    assert_eq!(kept, ["a", "c"]);
}

#[test]
fn sampled_compaction_matches_filtering_even_when_the_sample_misleads() {
    // More than one chunk of 4096 either way; small under Miri.
    let n: i64 = if cfg!(miri) { 5_000 } else { 100_000 };
    let mixed: Vec<i64> = (0..n).map(|v| (v * 7919) % 100).collect();
    let sorted: Vec<i64> = (0..n).map(|v| v * 100 / n).collect();
    // Every 256th key fails, the others pass: the sample says nothing is kept.
    let adversarial: Vec<i64> = (0..n).map(|v| i64::from(v % 256 != 0)).collect();
    let thresholds: &[i64] = if cfg!(miri) {
        &[0, 50]
    } else {
        &[-1, 0, 25, 50, 99, 1000]
    };
    for data in [&mixed, &sorted, &adversarial] {
        for &threshold in thresholds {
            let kept = compact_sampled(data, data, |&v| v > threshold);
            let expected: Vec<i64> = data.iter().copied().filter(|&v| v > threshold).collect();
            assert_eq!(kept, expected);
            // At most 1/16 of the length to spare (the margin that lets the buffer be reused).
            assert!(kept.capacity() - kept.len() <= kept.len() / 16);
        }
    }
    let names: Vec<String> = ["x", "y", "z"].map(String::from).to_vec();
    assert_eq!(compact_sampled(&names, &[1, 0, 1], |&k| k == 1), ["x", "z"]);
    assert!(compact_sampled::<i64, i64>(&[], &[], |_| true).is_empty());
}

#[test]
fn strided_copies_walk_every_row_in_c_order() {
    let a = ndarray::Array::from_iter(0..60i64)
        .into_shape_with_order((3, 4, 5))
        .expect("shape");
    for v in [
        a.slice(ndarray::s![.., ..;2, ..;3]),
        a.slice(ndarray::s![..;-1, 1.., ..;-2]),
        a.slice(ndarray::s![.., ..0, ..]),
        // Contiguous rows in a view that is not one block: block copies per row.
        a.slice(ndarray::s![..;2, 1..3, ..]),
        a.slice(ndarray::s![.., ..;-1, 1..4]),
    ] {
        let expected: Vec<i64> = v.iter().copied().collect();
        assert_eq!(copy_rows(&v), expected);
        assert_eq!(collect_cloned(v.len(), v.iter()), expected);
    }
    let t = a.t();
    assert_eq!(copy_rows(&t), t.iter().copied().collect::<Vec<_>>());
    let names = ndarray::Array::from_iter(["a", "b", "c", "d"].map(String::from));
    let odd = names.slice(ndarray::s![1..;2]);
    assert_eq!(copy_rows(&odd), ["b", "d"]);
}

#[test]
fn four_rows_side_by_side_append_each_row_in_order() {
    let a = ndarray::Array::from_iter(0..40i64)
        .into_shape_with_order((4, 10))
        .expect("shape");
    // Strided, reversed and contiguous rows together, then rows of different lengths.
    let mixed = [
        a.slice(ndarray::s![0, ..;3]),
        a.slice(ndarray::s![1, ..;-3]),
        a.slice(ndarray::s![2, 3..7]),
        a.slice(ndarray::s![.., 9]),
    ];
    let uneven = [
        a.slice(ndarray::s![0, ..2]),
        a.slice(ndarray::s![1, ..5]),
        a.slice(ndarray::s![2, ..0]),
        a.slice(ndarray::s![3, ..;4]),
    ];
    for rows in [mixed, uneven] {
        let mut out = vec![-1i64];
        let mut expected = out.clone();
        for r in &rows {
            expected.extend(r.iter().copied());
        }
        extend_with_rows(&mut out, rows);
        assert_eq!(out, expected);
    }
    // A type with drop glue goes row after row.
    let names = ndarray::Array::from_iter((0..8).map(|i| i.to_string()));
    let rows = [0, 1, 2, 3].map(|k| names.slice(ndarray::s![k..k + 4;2]));
    let mut out = Vec::new();
    extend_with_rows(&mut out, rows);
    assert_eq!(out, ["0", "2", "1", "3", "2", "4", "3", "5"]);
}

#[test]
fn big_outputs_are_advised_and_usable() {
    // Big enough for the advice off Miri; small under Miri, which cannot call madvise.
    let n = if cfg!(miri) { 1 << 10 } else { 1 << 20 };
    let mut v = output_vec::<i64>(n);
    v.extend(0..n as i64);
    assert_eq!(v[1000], 1000);
}

#[test]
fn reshaped_views_read_the_right_elements() {
    let a = ndarray::Array::from_iter(0..24i64)
        .into_shape_with_order((4, 6))
        .expect("shape");
    let v = a.slice(ndarray::s![.., ..;2]); // (4, 3), strides (6, 2)
    let r = reshaped_view(v, ndarray::Dim([2, 2, 3])).expect("a view");
    assert_eq!(
        r.iter().copied().collect::<Vec<_>>(),
        v.iter().copied().collect::<Vec<_>>()
    );
    let rev = a.slice(ndarray::s![..;-1, ..;-2]); // negative strides on both axes
    let r = reshaped_view(rev, ndarray::Dim([4, 3, 1])).expect("a view");
    assert_eq!(
        r.iter().copied().collect::<Vec<_>>(),
        rev.iter().copied().collect::<Vec<_>>()
    );
    assert!(reshaped_view(a.t(), ndarray::Dim([24])).is_none());
}

#[test]
fn diagonals_read_the_diagonal_elements_at_any_strides() {
    let a = ndarray::Array::from_iter(0..48i64)
        .into_shape_with_order((3, 4, 4))
        .expect("shape");
    let d = diagonal_of_last_two(a.view().into_dyn());
    let expected: Vec<i64> = (0..3)
        .flat_map(|i| (0..4).map(move |k| i * 16 + k * 5))
        .collect();
    assert_eq!(d.iter().copied().collect::<Vec<_>>(), expected);
    // Reversed and stepped last axes: negative and large strides.
    let rev = a.slice(ndarray::s![..;-1, ..;-1, ..;-1]).into_dyn();
    let d = diagonal_of_last_two(rev.clone());
    let reference: Vec<i64> = (0..3)
        .flat_map(|i| (0..4).map(move |k| (i, k)))
        .map(|(i, k)| rev[[i, k, k]])
        .collect();
    assert_eq!(d.iter().copied().collect::<Vec<_>>(), reference);
    let empty = ndarray::Array::<i64, _>::zeros((2, 0, 0));
    assert_eq!(
        diagonal_of_last_two(empty.view().into_dyn()).shape(),
        &[2, 0]
    );
}

#[test]
fn broadcasts_repeat_elements_without_reading_outside() {
    let row = ndarray::Array::from_iter(0..3i64);
    let b = broadcast_view(row.view().into_dyn(), &[2, 3]).expect("broadcasts");
    assert_eq!(
        b.iter().copied().collect::<Vec<_>>(),
        vec![0, 1, 2, 0, 1, 2]
    );
    let col = ndarray::Array::from_iter(0..4i64)
        .into_shape_with_order((4, 1))
        .expect("shape");
    let flipped = col.slice(ndarray::s![..;-1, ..]).into_dyn();
    let b = broadcast_view(flipped, &[2, 4, 3]).expect("broadcasts");
    assert_eq!(b.len(), 24);
    assert_eq!(b[[1, 0, 2]], 3);
    assert_eq!(b[[0, 3, 0]], 0);
    assert!(broadcast_view(row.view().into_dyn(), &[2, 4]).is_none());
    assert_eq!(
        broadcast_view(row.view().into_dyn(), &[0, 3])
            .expect("empty")
            .shape(),
        &[0, 3]
    );
}

#[test]
fn transposed_copies_hold_every_element_once() {
    // Rows around the strips (4 rows of 8-byte elements, 8 of smaller ones), columns around
    // the block of 256, and 1-wide matrices.
    fn check<T: Clone + PartialEq + core::fmt::Debug>(mem: &[T], rows: usize, cols: usize) {
        let t = transpose_copy(mem, rows, cols);
        for r in 0..rows {
            for c in 0..cols {
                assert_eq!(
                    t[c * rows + r],
                    mem[r * cols + c],
                    "{rows}x{cols} at ({r}, {c})"
                );
            }
        }
    }
    let shapes: &[(usize, usize)] = if cfg!(miri) {
        &[(3, 5), (9, 7), (1, 40), (17, 2), (5, 260)]
    } else {
        &[
            (3, 5),
            (9, 7),
            (33, 31),
            (1, 40),
            (64, 2),
            (17, 257),
            (8, 512),
            (5, 260),
        ]
    };
    for &(rows, cols) in shapes {
        check(&(0..(rows * cols) as u32).collect::<Vec<_>>(), rows, cols);
        check(&(0..(rows * cols) as u64).collect::<Vec<_>>(), rows, cols);
        check(
            &(0..rows * cols).map(|i| i as u8).collect::<Vec<_>>(),
            rows,
            cols,
        );
    }
    // Elements with heap memory: every clone is owned by the output.
    let words: Vec<String> = (0..6).map(|i| i.to_string()).collect();
    assert_eq!(transpose_copy(&words, 2, 3), ["0", "3", "1", "4", "2", "5"]);
}

#[test]
fn outputs_filled_in_pieces_hold_every_value_in_order() {
    let spans = vec![0..3, 3..3, 3..10, 10..11];
    let pieces = spans.into_iter().map(|s| (s.len(), s)).collect();
    let (out, firsts) = filled_in_pieces(pieces, |span, slots| {
        let first = span.start;
        slots.extend(span.map(|i| i as i64 * 10));
        first
    });
    assert_eq!(out, (0..11).map(|i| i * 10).collect::<Vec<i64>>());
    assert_eq!(firsts, [0, 3, 3, 10]);
    // Values with drop glue are owned by the vector once it is built.
    let (names, _) = filled_in_pieces(vec![(1, 0..1), (3, 1..4)], |span, slots| {
        slots.extend(span.map(|i| format!("n{i}")));
    });
    assert_eq!(names, ["n0", "n1", "n2", "n3"]);
    let (empty, _) = filled_in_pieces::<u8, (), ()>(Vec::new(), |_, _| ());
    assert!(empty.is_empty());
}

#[test]
fn kept_values_fill_pieces_in_order() {
    let values: Vec<i64> = (0..100).collect();
    let keep = |v: &i64| v % 3 == 0 || *v == 99;
    // Two pieces of the input, each writing its kept values into its own slots.
    let halves = [0..50usize, 50..100];
    let pieces = halves
        .iter()
        .map(|r| {
            (
                values[r.clone()].iter().filter(|v| keep(v)).count(),
                r.clone(),
            )
        })
        .collect();
    let (kept, _) = filled_in_pieces(pieces, |r, slots| {
        slots.extend_kept(values[r].iter().map(|v| (v, keep(v))));
    });
    let expected: Vec<i64> = values.iter().copied().filter(keep).collect();
    assert_eq!(kept, expected);
    // With drop glue, the filtering loop.
    let names: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
    let (kept, _) = filled_in_pieces(vec![(2, ())], |(), slots| {
        slots.extend_kept(names.iter().zip([true, false, false, true]));
    });
    assert_eq!(kept, ["a", "d"]);
}

#[test]
fn parts_written_side_by_side_hold_every_value_in_order() {
    // One piece of 23 values as four parts of 5, 5, 5 and 8, written four at a time, then the
    // last part's leftover three; and a piece after it. Strings, so Miri sees each moved in.
    let (out, _) = filled_in_pieces(vec![(23, 0..23), (2, 23..25)], |span, slots| {
        if span.len() < 23 {
            slots.extend(span.map(|i| format!("v{i}")));
            return;
        }
        slots.in_parts([5, 5, 5, 8], |parts| {
            extend_four(parts, 2, |i| [0, 5, 10, 15].map(|p| format!("v{}", p + i)));
            extend_four(parts, 3, |i| [2, 7, 12, 17].map(|p| format!("v{}", p + i)));
            parts[3].extend((20..23).map(|i| format!("v{i}")));
        });
    });
    assert_eq!(out, (0..25).map(|i| format!("v{i}")).collect::<Vec<_>>());
}

#[test]
#[should_panic(expected = "a part writes every slot")]
fn a_part_that_leaves_a_slot_unwritten_is_refused() {
    filled_in_pieces(vec![(8, ())], |(), slots| {
        slots.in_parts([4, 4], |parts| parts[0].extend(0..4i64));
    });
}

#[test]
#[should_panic(expected = "a piece writes every slot")]
fn a_piece_that_leaves_a_slot_unwritten_is_refused() {
    filled_in_pieces(vec![(2, 0..2), (2, 2..4)], |span, slots| {
        slots.extend(span.take(1).map(|i| i as i64));
    });
}

#[test]
#[should_panic(expected = "more values kept than slots")]
fn a_piece_that_keeps_more_than_its_slots_is_refused() {
    let values = [1i64, 2, 3];
    filled_in_pieces(vec![(1, ())], |(), slots| {
        slots.extend_kept(values.iter().map(|v| (v, true)));
    });
}

#[cfg(target_pointer_width = "64")]
#[test]
fn intp_view_reads_each_element_as_its_cast() {
    let signed = ndarray::Array2::from_shape_vec((3, 4), (-6i64..6).collect()).unwrap();
    // A reversed, stepped view: negative strides and a first element inside the buffer.
    let view = signed.slice(ndarray::s![..;-2, 1..;2]).into_dyn();
    let read = intp_view(view.clone());
    assert_eq!(read.shape(), view.shape());
    assert!(read.iter().copied().eq(view.iter().map(|&i| i as isize)));
    // NumPy casts an unsigned index array to intp by wrapping, as `as isize` does.
    let unsigned = ndarray::arr1(&[0u64, 7, u64::MAX, 1 << 63]).into_dyn();
    let read = intp_view(unsigned.view());
    assert_eq!(
        read.iter().copied().collect::<Vec<_>>(),
        [0, 7, -1, isize::MIN]
    );
    let sizes = ndarray::arr1(&[3usize, usize::MAX]).into_dyn();
    assert_eq!(
        intp_view(sizes.view()).iter().copied().collect::<Vec<_>>(),
        [3, -1]
    );
}

#[test]
fn same_type_reads_only_a_slice_of_its_own_type() {
    let values: Vec<i64> = vec![-3, 0, i64::MAX];
    assert_eq!(same_type::<i64, i64>(&values), Some(&values[..]));
    assert_eq!(same_type::<i64, i64>(&values[1..]), Some(&values[1..]));
    assert_eq!(same_type::<i64, i64>(&[]), Some(&[][..]));
    // The same elements, not a copy.
    let same = same_type::<i64, i64>(&values).expect("one type");
    assert_eq!(same.as_ptr(), values.as_ptr());
    assert_eq!(same_type::<i64, u64>(&values), None);
    // Equal size and alignment are not enough: `isize` is another type.
    assert_eq!(same_type::<i64, isize>(&values), None);
    assert_eq!(same_type::<i64, f64>(&values), None);
}

#[test]
fn freed_buffers_go_to_outputs_that_fit_them() {
    const SMALLEST: usize = 64;
    let mut freed = FreedBuffers::new(SMALLEST, 4 * SMALLEST);
    let mut v: Vec<f64> = Vec::with_capacity(SMALLEST / 8);
    v.extend((0..SMALLEST / 8).map(|i| i as f64));
    let start = v.as_ptr() as usize;
    freed.keep(v);
    // Another element type of the same size and alignment gets it, empty.
    let mut w = freed
        .take::<i64>(SMALLEST / 8)
        .expect("a kept buffer of that size");
    assert_eq!(
        (w.as_ptr() as usize, w.len(), w.capacity()),
        (start, 0, SMALLEST / 8)
    );
    w.extend(0..(SMALLEST / 8) as i64);
    assert_eq!(w[3], 3);
    freed.keep(w);
    // Another alignment, too small a request (more than 1/16 to spare), too big a request:
    // no buffer; small buffers and types with drop glue are not kept.
    assert!(freed.take::<u8>(SMALLEST).is_none());
    assert!(freed.take::<i64>(SMALLEST / 16).is_none());
    assert!(freed.take::<i64>(SMALLEST / 8 + 1).is_none());
    freed.keep(Vec::<i64>::with_capacity(SMALLEST / 16));
    freed.keep(vec![String::new(); SMALLEST]);
    assert_eq!(freed.buffers.len(), 1);
    // The limit frees the oldest first.
    for _ in 0..4 {
        freed.keep(Vec::<i32>::with_capacity(SMALLEST / 4));
    }
    assert_eq!((freed.buffers.len(), freed.bytes), (4, 4 * SMALLEST));
    assert_eq!(freed.buffers[0].layout.align(), 4);
    assert!(
        freed.take::<i64>(SMALLEST / 8).is_none(),
        "the f64 buffer went first"
    );
    let four = freed.take::<f32>(SMALLEST / 4).expect("an i32 buffer");
    assert_eq!(four.capacity(), SMALLEST / 4);
    assert_eq!(freed.set_limit(SMALLEST), 4 * SMALLEST);
    assert_eq!((freed.buffers.len(), freed.bytes), (1, SMALLEST));
    freed.keep(Vec::<i32>::with_capacity(SMALLEST / 2)); // more than the limit: freed
    assert_eq!(freed.bytes, SMALLEST);
    drop(four);
    // Dropping the list frees what it holds (Miri checks nothing leaks).
}

#[test]
fn dropped_big_arrays_leave_their_buffers_for_the_next_output() {
    // Off Miri only: 4 MiB buffers, and the list is the process's, which other tests share,
    // so only the ownership and values are checked, not which buffer comes back.
    if cfg!(miri) {
        return;
    }
    let n = REUSED_FROM_BYTES / 8;
    let mut v = output_vec::<f64>(n);
    v.extend((0..n).map(|i| i as f64));
    recycle(v);
    let mut w = output_vec::<u64>(n);
    assert!(w.is_empty() && w.capacity() >= n && w.capacity() - n <= n / 16);
    w.extend(0..n as u64);
    assert_eq!(w[n - 1], n as u64 - 1);
}

#[test]
fn checked_indices_read_and_update_exactly_the_positions_given() {
    let values: Vec<String> = (0..10).map(|i| i.to_string()).collect();
    // Every index at the edges of `0..10`, a repeat, and an empty list.
    let ix: [isize; 5] = [0, 9, 3, 3, 5];
    let at = InBounds::check(&ix, 10).expect("all in 0..10");
    let taken: Vec<String> = at.take(&values).collect();
    assert_eq!(taken, ["0", "9", "3", "3", "5"]);
    let mut counts = [0u32; 10];
    update_in_bounds(&mut counts, at, |c, k| *c += 1 + k as u32);
    assert_eq!(counts, [1, 0, 0, 7, 0, 5, 0, 0, 0, 2]);
    assert!(InBounds::check(&[], 0).is_some());
    // A negative index or one at the length takes the checked loops.
    assert!(InBounds::check(&[0, -1], 10).is_none());
    assert!(InBounds::check(&[10], 10).is_none());
    assert!(InBounds::check(&[isize::MIN, 2], 10).is_none());
    assert!(InBounds::check(&[0], 0).is_none());
}

#[test]
#[should_panic(expected = "checked against this buffer")]
fn checked_indices_refuse_a_shorter_buffer() {
    let ix = [4isize];
    let at = InBounds::check(&ix, 5).expect("in bounds");
    let _ = at.take(&[1, 2, 3]).count();
}

#[test]
fn rows_of_eight_cover_every_value_once() {
    for n in [0usize, 7, 8, 9, 23, 24] {
        let values: Vec<String> = (0..n).map(|i| i.to_string()).collect();
        let (rows, rest) = rows_of_eight(&values);
        assert_eq!(rows.len(), n / 8);
        assert_eq!(rest.len(), n % 8);
        let seen: Vec<&String> = rows.iter().flatten().chain(rest).collect();
        assert_eq!(seen, values.iter().collect::<Vec<_>>());
    }
}
