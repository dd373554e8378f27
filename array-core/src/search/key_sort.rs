//! Sorting `(key, payload)` pairs by their `u64` key, stably, for `argsort` and `sort`: the
//! keys' leading bits first (a most-significant-digit radix sort), short runs by comparison.
//!
//! A comparison sort of a million random keys mispredicts about one branch in two of its twenty
//! million comparisons; one pass here puts every pair in one of up to 65536 buckets by the
//! leading bits of its key's distance from the smallest key, after which a bucket holds about a
//! dozen pairs. Buckets take their own leading bits in turn, so values bunched in a few binary
//! exponents (as floats are) still spread out, and a bucket whose keys are all equal is done at
//! once.

/// Runs this short are sorted by comparison (a stable insertion sort in std for most of them).
const BY_COMPARISON_UP_TO: usize = 64;

/// The most buckets one pass spreads pairs into: their counts stay in the core's cache.
const MOST_BITS: u32 = 16;

/// Sorts `pairs` by key; pairs with equal keys keep their order.
pub(crate) fn sort_by_key<P: Copy>(pairs: &mut [(u64, P)]) {
    if pairs.len() <= BY_COMPARISON_UP_TO {
        pairs.sort_by_key(|&(k, _)| k);
        return;
    }
    let mut copy = crate::raw::output_vec(pairs.len());
    copy.extend_from_slice(pairs);
    sort_from_copy(pairs, &mut copy);
    crate::raw::recycle(copy);
}

/// Sorts `pairs`, of which `copy` holds a copy on entry (and scratch values on return).
fn sort_from_copy<P: Copy>(pairs: &mut [(u64, P)], copy: &mut [(u64, P)]) {
    let (lo, hi) = copy
        .iter()
        .fold((u64::MAX, 0), |(lo, hi), &(k, _)| (lo.min(k), hi.max(k)));
    if lo >= hi {
        // All keys equal: `pairs` is in order as it is.
        return;
    }
    // The bucket of a key: the leading `bits` bits of its distance from `lo` (about a quarter
    // as many buckets as pairs, at most 2^MOST_BITS). `lo` and `hi` land in different buckets,
    // so every bucket is shorter than `pairs`, and within one the distances differ in fewer
    // bits by `bits`: at most 64 / 4 levels.
    let len = pairs.len();
    let bits = (usize::BITS - 1 - len.leading_zeros())
        .saturating_sub(2)
        .clamp(4, MOST_BITS);
    let shift = (u64::BITS - (hi - lo).leading_zeros()).saturating_sub(bits);
    let bucket = |k: u64| ((k - lo) >> shift) as usize;
    let mut ends = vec![0usize; bucket(hi) + 1];
    for &(k, _) in copy.iter() {
        ends[bucket(k)] += 1;
    }
    let mut next = Vec::with_capacity(ends.len());
    let mut end = 0;
    for count in &mut ends {
        next.push(end);
        end += *count;
        *count = end;
    }
    for &pair in copy.iter() {
        let b = bucket(pair.0);
        pairs[next[b]] = pair;
        next[b] += 1;
    }
    let mut start = 0;
    for end in ends {
        let run = start..end;
        start = end;
        if run.len() <= BY_COMPARISON_UP_TO {
            pairs[run].sort_by_key(|&(k, _)| k);
        } else {
            copy[run.clone()].copy_from_slice(&pairs[run.clone()]);
            sort_from_copy(&mut pairs[run.clone()], &mut copy[run]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule: the stable order of std's comparison sort.
    fn check(keys: &[u64]) {
        let mut pairs: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
        let mut want = pairs.clone();
        want.sort_by_key(|&(k, _)| k);
        sort_by_key(&mut pairs);
        assert_eq!(pairs, want, "{} keys", keys.len());
    }

    #[test]
    fn sorts_stably_as_a_comparison_sort_does() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        // Under Miri (slow) the short lengths only: the edges of comparison and radix passes.
        let lens: &[usize] = if cfg!(miri) {
            &[0, 1, 2, 63, 64, 65, 66, 70, 200]
        } else {
            &[0, 1, 2, 63, 64, 65, 66, 67, 68, 69, 70, 200, 1000, 100_000]
        };
        for &len in lens {
            // Random keys; few distinct keys (ties across buckets); float-like keys bunched in a
            // few exponents; keys equal but one; keys far apart in powers of two; the top keys.
            check(&(0..len).map(|_| next()).collect::<Vec<_>>());
            check(&(0..len).map(|_| next() % 5).collect::<Vec<_>>());
            check(
                &(0..len)
                    .map(|_| (next() as f64 * 1e-17 + 1.0).to_bits())
                    .collect::<Vec<_>>(),
            );
            check(
                &(0..len)
                    .map(|i| u64::from(i == len / 2))
                    .collect::<Vec<_>>(),
            );
            check(&(0..len).map(|i| 1u64 << (i % 64)).collect::<Vec<_>>());
            check(
                &(0..len)
                    .map(|i| u64::MAX - i as u64 % 70)
                    .collect::<Vec<_>>(),
            );
            // The two extremes; keys just either side of 2^63 (distances past a power of two).
            check(
                &(0..len)
                    .map(|_| [0, u64::MAX][(next() % 2) as usize])
                    .collect::<Vec<_>>(),
            );
            check(
                &(0..len)
                    .map(|_| (1 << 63) - 8 + next() % 16)
                    .collect::<Vec<_>>(),
            );
        }
    }
}
