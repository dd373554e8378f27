//! NumPy's answers kept as `name value` lines (a float's `repr`, which round-trips exactly, an
//! integer, or an error as `Class: message`; `#` starts a comment line), and what npview gave
//! for a case, compared with them.

// Each test that includes this module uses only some of it.
#![allow(dead_code)]

use std::collections::HashMap;

/// The `name value` lines of `file` (the text of a file in `tests/expected/`), by name.
pub(crate) fn expected(file: &'static str) -> HashMap<&'static str, &'static str> {
    file.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_once(' ').expect("`name value` lines"))
        .collect()
}

/// What npview gave for a case.
#[derive(Debug)]
pub(crate) enum Got {
    Float(f64),
    Int(i64),
    Text(String),
}

impl From<f64> for Got {
    fn from(v: f64) -> Self {
        Got::Float(v)
    }
}

impl Got {
    /// Whether this is NumPy's `expected`: the same bits, the same integer, or the same text.
    pub(crate) fn is(&self, expected: &str) -> bool {
        match self {
            Got::Float(v) => expected
                .parse::<f64>()
                .is_ok_and(|e| e.to_bits() == v.to_bits()),
            Got::Int(v) => expected.parse::<i64>() == Ok(*v),
            Got::Text(t) => t == expected,
        }
    }
}
