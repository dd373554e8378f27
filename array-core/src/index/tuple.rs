//! The tuple of index arrays `np.nonzero` gives, used as one index (`a[np.nonzero(x)]`).

use ndarray::{Ix0, Ix1};

use super::item::IndexItem;
use super::spec::{Advanced, IndexElem};
use crate::array::Array;

/// The index arrays of `np.nonzero(x)` (or `np.where(c)`), one per axis, used as one index:
/// `a[np.nonzero(a > 0)]` is `a[rows, cols]`.
#[derive(Debug)]
pub struct IndexTuple<T>(pub T);

macro_rules! index_tuples {
    ($($d:ty => ($($v:ident),*);)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<'i> IndexElem<'i> for IndexTuple<($(index_tuples!(@ty $v),)*)> {
            type In = $d;
            type BasicOut = Ix0;
            type AdvOut = Ix1;
            type Class = Advanced;
            /// The first array's form (`push_into` gives all of them).
            fn into_item(self) -> IndexItem<'i> {
                let mut out = Vec::new();
                self.push_into(&mut out);
                out.swap_remove(0)
            }
            fn push_into(self, out: &mut Vec<IndexItem<'i>>) {
                let ($($v,)*) = self.0;
                $( out.push(IndexItem::IntArray($v.inner.mapv(|i| i as isize).into_dyn().into())); )*
            }
        }
    )*};
    (@ty $v:ident) => { Array<i64, Ix1> };
}
index_tuples! {
    Ix1 => (a);
    ndarray::Ix2 => (a, b);
    ndarray::Ix3 => (a, b, c);
    ndarray::Ix4 => (a, b, c, d);
    ndarray::Ix5 => (a, b, c, d, e);
    ndarray::Ix6 => (a, b, c, d, e, f);
}
