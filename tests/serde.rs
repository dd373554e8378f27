//! Feature `serde`: arrays and views serialize in ndarray's format (so either crate reads the
//! other's files), and arrays deserialize back to the same values and NumPy printing.
#![cfg(feature = "serde")]

use npview::{np, Array2, ArrayD};

#[test]
fn arrays_and_views_round_trip_through_json() {
    let m = npview::arange(6).into_reshape((2, 3));
    let json = serde_json::to_string(&m).unwrap();
    // ndarray's format, elements in C order.
    assert_eq!(json, r#"{"v":1,"dim":[2,3],"data":[0,1,2,3,4,5]}"#);
    let back: Array2<i64> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, m);

    // A strided view serializes its elements in its own C order.
    let t = np!(m.T);
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(json, r#"{"v":1,"dim":[3,2],"data":[0,3,1,4,2,5]}"#);
    let back: Array2<i64> = serde_json::from_str(&json).unwrap();
    assert_eq!(back.to_string(), t.to_string());

    // ndarray reads what npview wrote, and the other way.
    let nd: ndarray::Array2<i64> = serde_json::from_str(&json).unwrap();
    let expected: ndarray::Array2<i64> = t.copy().into();
    assert_eq!(nd, expected);
    let ours: ArrayD<i64> =
        serde_json::from_str(&serde_json::to_string(&nd.into_dyn()).unwrap()).unwrap();
    assert_eq!(ours.to_string(), "[[0 3]\n [1 4]\n [2 5]]");
}

#[test]
fn a_mutable_view_serializes_and_bad_input_is_an_error() {
    let mut m = npview::arange(4);
    let v = np!(&mut m[1:3]);
    assert_eq!(
        serde_json::to_string(&v).unwrap(),
        r#"{"v":1,"dim":[2],"data":[1,2]}"#
    );
    let wrong = r#"{"v":1,"dim":[2,3],"data":[0,1]}"#;
    assert!(serde_json::from_str::<Array2<i64>>(wrong).is_err());
}
