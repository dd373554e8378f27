//! np! under a renamed dependency (`numpy_view`) and through the core crate (`core_only`).

#[cfg(test)]
mod tests {
    #[test]
    fn np_works_under_a_renamed_facade() {
        let mut a = numpy_view::array![10, 20, 30, 40, 50];
        let view = numpy_view::np!(a[1:4]);
        assert_eq!(view.to_string(), "[20 30 40]");
        numpy_view::np!(a[a > 25] = 0);
        assert_eq!(a.to_string(), "[10 20  0  0  0]");
        let e = numpy_view::np!(try a[9]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "index 9 is out of bounds for axis 0 with size 5"
        );
    }

    #[test]
    fn np_works_through_the_core_crate() {
        let a = core_only::array![[1, 2], [3, 4]];
        assert_eq!(core_only::np!(a[:, ::-1]).to_string(), "[[2 1]\n [4 3]]");
    }
}
