//! Serde for npview's arrays and views (feature `serde`): the same data format as ndarray's
//! (`{"v": 1, "dim": [2, 3], "data": [...]}` in JSON, the elements in C order), so files
//! written by either crate read in the other. Views serialize; arrays also deserialize.

use ndarray::Dimension;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::array::{Array, ArrayView, ArrayViewMut};

impl<T: Serialize, D: Dimension + Serialize> Serialize for Array<T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.inner.serialize(serializer)
    }
}

impl<T: Serialize, D: Dimension + Serialize> Serialize for ArrayView<'_, T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.inner.serialize(serializer)
    }
}

impl<T: Serialize, D: Dimension + Serialize> Serialize for ArrayViewMut<'_, T, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.inner.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>, D: Dimension + Deserialize<'de>> Deserialize<'de> for Array<T, D> {
    fn deserialize<De: Deserializer<'de>>(deserializer: De) -> Result<Self, De::Error> {
        ndarray::Array::deserialize(deserializer).map(Array::from)
    }
}
