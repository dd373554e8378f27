//! NumPy's functions and methods that rearrange an array (a view), copy it, or ask about its
//! memory: their parameters, and whether the result may be written through.

/// NumPy's functions and methods that rearrange an array (a view), copy it, or ask about its
/// memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ViewFn {
    Transpose,
    SwapAxes,
    MoveAxis,
    Squeeze,
    ExpandDims,
    Flip,
    Ravel,
    Reshape,
    /// `np.copy(a)`: NumPy's `order='K'`, the layout kept.
    Copy,
    /// `a.copy()`: NumPy's `order='C'`.
    CopyC,
    Flatten,
    AsContiguous,
    BroadcastTo,
    Diagonal,
    /// `np.split`, `np.array_split`, `np.hsplit`, `np.vsplit`: the `SplitKind` variant.
    Split(&'static str),
    SharesMemory,
    MayShareMemory,
}

impl ViewFn {
    /// The parameters after the array, as NumPy names them (`None` in place of a name for a
    /// method's `*args`), and the core function.
    pub(crate) fn params(self) -> &'static [&'static str] {
        match self {
            Self::Transpose => &["axes"],
            Self::SwapAxes => &["axis1", "axis2"],
            Self::MoveAxis => &["source", "destination"],
            Self::Squeeze | Self::ExpandDims | Self::Flip => &["axis"],
            Self::Reshape => &["shape"],
            Self::BroadcastTo => &["shape"],
            Self::Diagonal => &["offset", "axis1", "axis2"],
            Self::Split("HSplit" | "VSplit") => &["indices_or_sections"],
            Self::Split(_) => &["indices_or_sections", "axis"],
            Self::SharesMemory | Self::MayShareMemory => &["b"],
            Self::Ravel | Self::Copy | Self::CopyC | Self::Flatten | Self::AsContiguous => &[],
        }
    }

    /// How many arguments after the array are required.
    pub(crate) fn required(self) -> usize {
        match self {
            Self::SwapAxes | Self::MoveAxis => 2,
            Self::ExpandDims | Self::Reshape | Self::BroadcastTo | Self::Split(_) => 1,
            Self::SharesMemory | Self::MayShareMemory => 1,
            _ => 0,
        }
    }

    /// Whether NumPy's result is a view that may be written through (`np!(&mut ...)`).
    pub(crate) fn has_mut(self) -> bool {
        matches!(
            self,
            Self::Transpose
                | Self::SwapAxes
                | Self::MoveAxis
                | Self::Squeeze
                | Self::ExpandDims
                | Self::Flip
                | Self::Split(_)
        )
    }
}
