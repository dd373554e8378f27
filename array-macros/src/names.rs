//! What the macro knows about names it cannot resolve: which methods write through `self`.

/// Methods of ndarray's arrays (reached through npview's `Deref`) and of npview's own that
/// take `&mut self` to change elements. Called on an index, they change the indexed array when
/// the index is basic (a view) and would change only a copy when it is advanced.
const WRITE_THROUGH: &[&str] = &[
    "fill",
    "assign",
    "map_inplace",
    "mapv_inplace",
    "map_mut",
    "zip_mut_with",
    "iter_mut",
    "indexed_iter_mut",
    "swap",
    "get_mut",
    "view_mut",
    "as_slice_mut",
    "as_slice_memory_order_mut",
    "rows_mut",
    "columns_mut",
    "lanes_mut",
    "outer_iter_mut",
    "axis_iter_mut",
    "axis_chunks_iter_mut",
    "exact_chunks_mut",
    "index_axis_mut",
    "row_mut",
    "column_mut",
    "diag_mut",
    "slice_mut",
    "accumulate_axis_inplace",
    "sort",
];

/// Whether `name` is a method that writes through `self`.
pub(crate) fn writes_through(name: &str) -> bool {
    WRITE_THROUGH.contains(&name)
}
