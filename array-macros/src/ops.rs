//! The operators of the grammar as closed sets: one enum per role (binary, comparison, unary,
//! assignment), each with one table giving its spelling, its binding power and what it
//! becomes in the expansion. A `match` on them proves every operator is handled.

/// Declares an operator enum and its table: `Variant => spelling, payload...;` per row.
macro_rules! operator_table {
    (
        $(#[$meta:meta])*
        $name:ident { $($(#[$vmeta:meta])* $variant:ident => $spelling:literal $(, $extra:expr)*;)* }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// The operator spelled `text`, if it is one of these.
            pub(crate) fn from_spelling(text: &str) -> Option<Self> {
                match text {
                    $($spelling => Some(Self::$variant),)*
                    _ => None,
                }
            }

            /// How the operator is written.
            #[allow(dead_code)] // not every table needs its spellings outside the tests
            pub(crate) fn spelling(self) -> &'static str {
                match self {
                    $(Self::$variant => $spelling,)*
                }
            }
        }
    };
}

operator_table! {
    /// An element-wise binary operator of NumPy's expressions, or Rust's `&&`/`||` between
    /// booleans.
    BinOp {
        /// `+`
        Add => "+";
        /// `-`
        Sub => "-";
        /// `*`
        Mul => "*";
        /// `/`
        Div => "/";
        /// Floor division, which Rust's lexer cannot see as `//` (a comment): `/` between
        /// integers inside an index becomes this (decided in `classify`).
        FloorDiv => "//";
        /// `%`, with NumPy's sign rule.
        Rem => "%";
        /// `&`: logical and on masks, bitwise on integers.
        BitAnd => "&";
        /// `|`
        BitOr => "|";
        /// `^`
        BitXor => "^";
        /// `<<`
        Shl => "<<";
        /// `>>`
        Shr => ">>";
        /// `&&`: Rust's short-circuit and.
        And => "&&";
        /// `||`: Rust's short-circuit or.
        Or => "||";
        /// `**`: NumPy's power, binding tighter than a prefix `-` and grouping from the right.
        Pow => "**";
        /// `@`: the matrix product (`np.matmul`), computed on its own, not element-wise.
        MatMul => "@";
    }
}

impl BinOp {
    /// Binding power: higher binds tighter. Rust's precedence, which orders `& ^ |` below the
    /// arithmetic and above the comparisons, as Python does.
    pub(crate) fn power(self) -> u8 {
        match self {
            Self::Or | Self::And => 2,
            Self::BitOr => 4,
            Self::BitXor => 5,
            Self::BitAnd => 6,
            Self::Shl | Self::Shr => 7,
            Self::Add | Self::Sub => 8,
            Self::Mul | Self::Div | Self::FloorDiv | Self::Rem | Self::MatMul => 9,
            Self::Pow => 12,
        }
    }

    /// The element-wise function of the array crate (`npview::__private::ops::<name>`);
    /// `None` for Rust's `&&` and `||`, which stay Rust's.
    pub(crate) fn function(self) -> Option<&'static str> {
        Some(match self {
            Self::Add => "add",
            Self::Sub => "sub",
            Self::Mul => "mul",
            Self::Div => "div",
            Self::FloorDiv => "floor_divide",
            Self::Rem => "rem",
            Self::BitAnd => "bitand",
            Self::BitOr => "bitor",
            Self::BitXor => "bitxor",
            Self::Shl => "shl",
            Self::Shr => "shr",
            Self::Pow => "pow",
            Self::And | Self::Or | Self::MatMul => return None,
        })
    }

    /// Whether the operator combines masks (`&`, `|`, `^`): its result is a mask when its
    /// operands are.
    pub(crate) fn is_mask_logic(self) -> bool {
        matches!(self, Self::BitAnd | Self::BitOr | Self::BitXor)
    }
}

operator_table! {
    /// A comparison, giving a mask (or a `bool` between scalars).
    CmpOp {
        /// `==`
        Eq => "==";
        /// `!=`
        Ne => "!=";
        /// `<`
        Lt => "<";
        /// `<=`
        Le => "<=";
        /// `>`
        Gt => ">";
        /// `>=`
        Ge => ">=";
    }
}

impl CmpOp {
    /// Binding power of every comparison (between `||`/`&&` and `|`).
    pub(crate) const POWER: u8 = 3;

    /// The type that stands for the comparison in the array crate's fused loops.
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            Self::Eq => "Eq",
            Self::Ne => "Ne",
            Self::Lt => "Lt",
            Self::Le => "Le",
            Self::Gt => "Gt",
            Self::Ge => "Ge",
        }
    }

    /// The element-wise function of the array crate (`npview::__private::ops::<name>`).
    pub(crate) fn function(self) -> &'static str {
        match self {
            Self::Eq => "eq",
            Self::Ne => "ne",
            Self::Lt => "lt",
            Self::Le => "le",
            Self::Gt => "gt",
            Self::Ge => "ge",
        }
    }
}

operator_table! {
    /// A prefix operator.
    UnOp {
        /// `-e`
        Neg => "-";
        /// `!e`: logical not on masks, bitwise on integers.
        Not => "!";
        /// `~e`: NumPy's invert, the same as `!`.
        Invert => "~";
        /// `*e`: Rust's dereference, passed through.
        Deref => "*";
    }
}

impl UnOp {
    /// Binding power of a prefix operator's operand: tighter than every binary operator.
    pub(crate) const POWER: u8 = 11;

    /// Whether the operator makes a new array element by element (not Rust's `*`).
    pub(crate) fn is_element_wise(self) -> bool {
        !matches!(self, Self::Deref)
    }
}

operator_table! {
    /// `=` or a compound assignment.
    AssignOp {
        /// `=`
        Set => "=";
        /// `+=`
        Add => "+=";
        /// `-=`
        Sub => "-=";
        /// `*=`
        Mul => "*=";
        /// `/=`
        Div => "/=";
        /// `%=`
        Rem => "%=";
        /// `&=`
        BitAnd => "&=";
        /// `|=`
        BitOr => "|=";
        /// `^=`
        BitXor => "^=";
        /// `<<=`
        Shl => "<<=";
        /// `>>=`
        Shr => ">>=";
        /// `**=`
        Pow => "**=";
    }
}

impl AssignOp {
    /// The ufunc of a compound operator (`npview::__private::ops::<Name>`); `None` for `=`.
    pub(crate) fn ufunc(self) -> Option<&'static str> {
        Some(match self {
            Self::Set => return None,
            Self::Add => "Add",
            Self::Sub => "Sub",
            Self::Mul => "Mul",
            Self::Div => "TrueDivide",
            Self::Rem => "Remainder",
            Self::BitAnd => "BitAnd",
            Self::BitOr => "BitOr",
            Self::BitXor => "BitXor",
            Self::Shl => "LeftShift",
            Self::Shr => "RightShift",
            Self::Pow => "Power",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_reads_back_as_its_operator() {
        for op in [BinOp::Add, BinOp::Shr, BinOp::Or] {
            assert_eq!(BinOp::from_spelling(op.spelling()), Some(op));
        }
        for op in [CmpOp::Eq, CmpOp::Ge] {
            assert_eq!(CmpOp::from_spelling(op.spelling()), Some(op));
        }
        assert_eq!(AssignOp::from_spelling(">>="), Some(AssignOp::Shr));
        assert_eq!(BinOp::from_spelling("=="), None);
        assert!(AssignOp::Set.ufunc().is_none());
    }
}
