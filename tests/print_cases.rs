//! Printing conformance: `Display` against NumPy's `str()` and `Debug` against its `repr()`,
//! byte for byte, on the arrays of `tests/data/print_cases.tsv` (written by
//! `scripts/gen_print_cases.py` from NumPy itself).

use core::str::FromStr;

use npview::{set_printoptions, ArrayD, FormatElement, IxDyn, PrintOptions};

const CASES: &str = include_str!("data/print_cases.tsv");

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Build the array and compare both strings; `None` when they match NumPy.
fn check<T: FormatElement + Clone>(
    shape: &[usize],
    values: &str,
    parse: impl Fn(&str) -> T,
    str_: &str,
    repr: &str,
) -> Option<String> {
    let data: Vec<T> = values
        .split(' ')
        .filter(|v| !v.is_empty())
        .map(parse)
        .collect();
    let a = ArrayD::from_shape_vec(IxDyn(shape), data).expect("shape fits the values");
    let (got_str, got_repr) = (a.to_string(), format!("{a:?}"));
    if got_str == str_ && got_repr == repr {
        None
    } else {
        Some(format!(
            "numpy str:\n{str_}\nnpview:\n{got_str}\nnumpy repr:\n{repr}\nnpview:\n{got_repr}"
        ))
    }
}

fn int<T: FromStr>(v: &str) -> T {
    v.parse().ok().expect("an integer of the dtype")
}

fn float(v: &str) -> f64 {
    match v {
        "nan" => f64::NAN,
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        _ => v.parse().expect("a float"),
    }
}

#[test]
fn display_and_debug_match_numpy_str_and_repr() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [options, dtype, shape, values, str_, repr] = fields[..] else {
            panic!("6 fields: {line}")
        };
        let o: Vec<&str> = options.split(',').collect();
        let _guard = set_printoptions(PrintOptions {
            precision: int(o[0]),
            threshold: int(o[1]),
            edgeitems: int(o[2]),
            linewidth: int(o[3]),
            suppress: o[4] == "True",
        });
        let shape: Vec<usize> = shape
            .split(',')
            .filter(|s| !s.is_empty())
            .map(int)
            .collect();
        let (str_, repr) = (unescape(str_), unescape(repr));
        #[allow(clippy::cast_possible_truncation)]
        let outcome = match dtype {
            "bool" => check(&shape, values, |v| v == "True", &str_, &repr),
            "int8" => check(&shape, values, int::<i8>, &str_, &repr),
            "int16" => check(&shape, values, int::<i16>, &str_, &repr),
            "int32" => check(&shape, values, int::<i32>, &str_, &repr),
            "int64" => check(&shape, values, int::<i64>, &str_, &repr),
            "uint8" => check(&shape, values, int::<u8>, &str_, &repr),
            "uint16" => check(&shape, values, int::<u16>, &str_, &repr),
            "uint32" => check(&shape, values, int::<u32>, &str_, &repr),
            "uint64" => check(&shape, values, int::<u64>, &str_, &repr),
            "float32" => check(&shape, values, |v| float(v) as f32, &str_, &repr),
            "float64" => check(&shape, values, float, &str_, &repr),
            other => panic!("dtype {other} not in the corpus's list"),
        };
        count += 1;
        if let Some(diff) = outcome {
            failures.push(format!(
                "case {count} ({dtype}, shape {shape:?}, options {options}):\n{diff}"
            ));
        }
    }
    assert!(count >= 500, "the corpus has {count} arrays");
    assert!(
        failures.is_empty(),
        "{} of {count} arrays print differently from NumPy:\n\n{}",
        failures.len(),
        failures
            .iter()
            .take(15)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

#[test]
fn print_options_stay_on_their_thread_and_end_with_the_guard() {
    let a = npview::arange(2000);
    let _guard = set_printoptions(PrintOptions {
        threshold: 10_000,
        ..PrintOptions::default()
    });
    assert!(
        !a.to_string().contains("..."),
        "this thread's threshold is 10000"
    );
    let other = std::thread::spawn(|| npview::arange(2000).to_string())
        .join()
        .expect("thread");
    assert_eq!(
        other, "[   0    1    2 ... 1997 1998 1999]",
        "NumPy's default on another thread"
    );
    drop(_guard);
    assert_eq!(a.to_string(), other);
}
