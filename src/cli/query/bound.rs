//! The second and third checks of a `--query`, over its syntax tree: how
//! deep the tree is, and an upper bound of what evaluating it builds, in
//! bytes of compact JSON, as an affine function of the response's size. The
//! bound of each node is worked out from its children's, following the
//! crate's evaluator; `functions.rs` does the same for function calls.

use std::fmt::{self, Write as _};
use std::io;

use jmespath::ast::Ast;
use serde::Serialize;

use super::functions::function;
use super::{MAX_AST_DEPTH, cut};

/// The bytes of a null, which any node may return in place of its result.
pub(super) const NULL: u64 = 4;
/// The bytes of a boolean or null result: `false`.
const BOOLEAN: u64 = 5;

/// `per_byte × n + bytes`: a bound, in bytes of compact JSON, as a function
/// of the size `n` of a node's input. Arithmetic saturates, so an absurd
/// expression ends at `u64::MAX`, which every check refuses.
///
/// Bytes of JSON are the measure, rather than a count of values, because
/// `to_string()` and `join()` build strings that a count of values would not
/// see, and because the result is printed as JSON. The evaluator's values
/// take a small constant factor more memory than their JSON, or less where
/// it shares them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Affine {
    pub(super) per_byte: u64,
    pub(super) bytes: u64,
}

impl Affine {
    const IDENTITY: Affine = Affine {
        per_byte: 1,
        bytes: 0,
    };

    pub(super) const fn constant(bytes: u64) -> Affine {
        Affine { per_byte: 0, bytes }
    }

    pub(super) fn at(self, n: u64) -> u64 {
        self.per_byte.saturating_mul(n).saturating_add(self.bytes)
    }

    pub(super) fn plus(self, other: Affine) -> Affine {
        Affine {
            per_byte: self.per_byte.saturating_add(other.per_byte),
            bytes: self.bytes.saturating_add(other.bytes),
        }
    }

    pub(super) fn plus_bytes(self, bytes: u64) -> Affine {
        self.plus(Affine::constant(bytes))
    }

    pub(super) fn times(self, k: u64) -> Affine {
        Affine {
            per_byte: self.per_byte.saturating_mul(k),
            bytes: self.bytes.saturating_mul(k),
        }
    }

    /// A bound of both.
    pub(super) fn max(self, other: Affine) -> Affine {
        Affine {
            per_byte: self.per_byte.max(other.per_byte),
            bytes: self.bytes.max(other.bytes),
        }
    }

    /// `self` applied to what `inner` returns: `self(inner(n))`.
    fn after(self, inner: Affine) -> Affine {
        inner.times(self.per_byte).plus_bytes(self.bytes)
    }

    /// A bound of `Σ self(m_i)` over the elements of an array, per byte of
    /// the array. With `k` elements of `m_i` bytes, an array of `s` bytes has
    /// `Σ m_i = s - 1 - k`, and, as each element takes at least one byte and
    /// a comma, `k ≤ s / 2`; so `Σ (a m_i + c) = a (s - 1) + (c - a) k`, at
    /// most `max(a, (a + c) / 2) s`.
    pub(super) fn summed(self) -> u64 {
        let spread = self.per_byte.saturating_add(self.bytes).div_ceil(2);
        self.per_byte.max(spread)
    }

    /// A bound of a new array of `self(m_i)` over the elements of an array,
    /// per byte of that array, brackets aside: each result and its comma.
    pub(super) fn listed(self) -> u64 {
        self.plus_bytes(1).summed()
    }
}

/// Bounds of one node, as functions of the size of its input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Cost {
    /// The node's result, unless it is a null the node made (a missing
    /// field, a false filter); a projection drops those.
    pub(super) out: Affine,
    /// The size of such a null, when the node can make one: 4 bytes, else 0.
    pub(super) null: u64,
    /// Everything the node's evaluation builds, its own result included.
    pub(super) built: Affine,
}

impl Cost {
    /// The node's result, whatever it is.
    pub(super) fn value(self) -> Affine {
        self.out.plus_bytes(self.null)
    }

    /// What evaluating the whole expression builds, and its result turned
    /// into the JSON value that is printed.
    pub(super) fn total(self) -> Affine {
        self.built.plus(self.value())
    }

    /// A bound of both.
    pub(super) fn max(self, other: Cost) -> Cost {
        Cost {
            out: self.out.max(other.out),
            null: self.null.max(other.null),
            built: self.built.max(other.built),
        }
    }
}

/// Why an expression is refused once parsed.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Refusal {
    TooDeep,
    UnknownFunction(String),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::TooDeep => write!(
                f,
                "the expression is deeper than {MAX_AST_DEPTH} levels once parsed"
            ),
            Refusal::UnknownFunction(name) => write!(f, "Unknown function: {}()", cut(name)),
        }
    }
}

/// The bounds of a node, from its children's. The evaluator (the crate's
/// `interpreter.rs`) is the reference: a field, an index or `@` returns part
/// of its input; a projection evaluates its right side on each element of
/// its left side's array and keeps the results that are not null; a
/// sub-expression or pipe feeds one side's result to the other.
pub(super) fn cost(ast: &Ast, depth: usize) -> std::result::Result<Cost, Refusal> {
    if depth >= MAX_AST_DEPTH {
        return Err(Refusal::TooDeep);
    }
    let depth = depth + 1;
    // A part of the input, or a new null.
    let part = Cost {
        out: Affine::IDENTITY,
        null: NULL,
        built: Affine::constant(NULL),
    };
    // A boolean, or a null, which is shorter than `false`.
    let boolean = |built: Affine| Cost {
        out: Affine::constant(BOOLEAN),
        null: 0,
        built: built.plus_bytes(BOOLEAN),
    };
    Ok(match ast {
        Ast::Identity { .. } => Cost {
            out: Affine::IDENTITY,
            ..Cost::default()
        },
        Ast::Field { .. } | Ast::Index { .. } => part,
        Ast::Slice { .. } => Cost {
            built: Affine::IDENTITY.plus_bytes(NULL),
            ..part
        },
        Ast::Literal { value, .. } => Cost {
            out: Affine::constant(json_size(&**value)),
            ..Cost::default()
        },
        Ast::Expref { ast: inner, .. } => {
            // The function that receives it bounds what applying it builds;
            // as a value, it is a copy of its syntax tree, printed as
            // `"<expression: {its Debug form}>"` with JSON's escapes.
            cost(inner, depth)?;
            let mut text = Counter(0);
            let _ = write!(text, "<expression: {inner:?}>");
            let size = Affine::constant(text.0.saturating_mul(2).saturating_add(2));
            Cost {
                out: size,
                null: 0,
                built: size,
            }
        }
        Ast::Comparison { lhs, rhs, .. } => {
            boolean(cost(lhs, depth)?.built.plus(cost(rhs, depth)?.built))
        }
        Ast::Not { node, .. } => boolean(cost(node, depth)?.built),
        Ast::And { lhs, rhs, .. } | Ast::Or { lhs, rhs, .. } => {
            let (lhs, rhs) = (cost(lhs, depth)?, cost(rhs, depth)?);
            Cost {
                built: lhs.built.plus(rhs.built),
                ..lhs.max(rhs)
            }
        }
        Ast::Condition {
            predicate, then, ..
        } => {
            let (predicate, then) = (cost(predicate, depth)?, cost(then, depth)?);
            Cost {
                out: then.out,
                null: NULL,
                built: predicate.built.plus(then.built).plus_bytes(NULL),
            }
        }
        Ast::Subexpr { lhs, rhs, .. } => {
            let (lhs, rhs) = (cost(lhs, depth)?, cost(rhs, depth)?);
            let input = lhs.value();
            Cost {
                out: rhs.out.after(input),
                null: rhs.null,
                built: lhs.built.plus(rhs.built.after(input)),
            }
        }
        // A new array of the values of an object, or of the elements of an
        // array and of its arrays' elements: never more than its operand.
        Ast::ObjectValues { node, .. } | Ast::Flatten { node, .. } => {
            let node = cost(node, depth)?;
            Cost {
                out: node.out,
                null: NULL,
                built: node.built.plus(node.out).plus_bytes(NULL),
            }
        }
        Ast::Projection { lhs, rhs, .. } => {
            let (lhs, rhs) = (cost(lhs, depth)?, cost(rhs, depth)?);
            let out = lhs.out.times(rhs.out.listed()).plus_bytes(2);
            Cost {
                out,
                null: NULL,
                built: lhs
                    .built
                    .plus(lhs.out.times(rhs.built.summed()))
                    .plus(out)
                    .plus_bytes(NULL),
            }
        }
        // `[a,b]` and `{"k":a,"l":b}`, or a null for a null input; each
        // element takes at least 2 bytes, so a null is no longer unless there
        // are none.
        Ast::MultiList { elements, .. } => {
            let mut out = Affine::constant(2);
            let mut built = Affine::default();
            for element in elements {
                let element = cost(element, depth)?;
                out = out.plus(element.value()).plus_bytes(1);
                built = built.plus(element.built);
            }
            made(out, built, elements.is_empty())
        }
        Ast::MultiHash { elements, .. } => {
            let mut out = Affine::constant(2);
            let mut built = Affine::default();
            for pair in elements {
                let value = cost(&pair.value, depth)?;
                let key = json_size(&pair.key).saturating_add(2);
                out = out.plus(value.value()).plus_bytes(key);
                built = built.plus(value.built);
            }
            made(out, built, elements.is_empty())
        }
        Ast::Function { name, args, .. } => function(name, args, depth)?,
    })
}

/// A node that makes a new value of `out` bytes (or a null) after its
/// children built `built`.
fn made(out: Affine, built: Affine, may_be_longer: bool) -> Cost {
    let null = if may_be_longer { NULL } else { 0 };
    Cost {
        out,
        null,
        built: built.plus(out).plus_bytes(null),
    }
}

/// The size of a value in compact JSON.
pub(super) fn json_size<T: Serialize + ?Sized>(value: &T) -> u64 {
    let mut size = Counter(0);
    match serde_json::to_writer(&mut size, value) {
        Ok(()) => size.0,
        // Nothing that cannot be written is built either; no bound is safer.
        Err(_) => u64::MAX,
    }
}

/// Counts bytes written, keeping none: a response's size is measured without
/// copying its plaintext.
pub(super) struct Counter(pub(super) u64);

impl io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 = self.0.saturating_add(buf.len() as u64);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl fmt::Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 = self.0.saturating_add(s.len() as u64);
        Ok(())
    }
}

#[cfg(test)]
pub(super) mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::cli::query::Query;

    /// Documents with the smallest elements (one byte each) and strings full
    /// of escapes.
    fn documents() -> [Value; 7] {
        [
            json!({"a": [1, "x\"y\\", null, {"b": [true, []]}], "c": "\u{1}\n", "d": {"e": 0}}),
            json!([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            json!([[0, 0], [0], [], [[0]]]),
            json!(["a", "b", "c", "\"\"\"\""]),
            json!(null),
            json!(""),
            json!({}),
        ]
    }

    /// Checks that the bound of `text` is above what evaluation really
    /// returns on each of [`documents`].
    pub(in crate::cli::query) fn assert_within_bound(text: &str) {
        let query = Query::compile(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        let bound = cost(query.expression.as_ast(), 0).unwrap();
        for document in &documents() {
            let Ok(found) = query.search(document) else {
                continue; // a type error: nothing to measure
            };
            let (n, m) = (json_size(document), json_size(&found));
            assert!(
                m <= bound.value().at(n),
                "{text} on {document}: {m} bytes, bound {:?}",
                bound.value()
            );
        }
    }

    /// The bound is above what evaluation really returns, for every kind of
    /// node but function calls (whose test is in `functions.rs`).
    #[test]
    fn the_bound_holds_for_every_node() {
        let expressions = [
            "@",
            "a",
            "a[0]",
            "[0]",
            "[1:]",
            "[::-1]",
            "a[-1].b",
            "*",
            "*.*",
            "a[*].b",
            "[]",
            "[][]",
            "a[?@]",
            "[?@ == `0`]",
            "!a",
            "a || c",
            "a && c",
            "a == c",
            "[a, c]",
            "{x: a, y: c}",
            "[@,@][]",
            "[@,@][][@,@][]",
            "[[@,@],[@,@]][][]",
            "`[1, 2]`",
            "'lit'",
            "&a",
            "[&a, &[@,@]]",
            "@ | [@,@] | [@,@]",
            "[?@] | [@,@][]",
            "a[*].[@, @, @]",
        ];
        for text in expressions {
            assert_within_bound(text);
        }
    }

    /// Random JMESPath expressions, built from the grammar's forms.
    fn expression() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let leaf = proptest::sample::select(vec![
            "@",
            "a",
            "b",
            "c",
            "`1`",
            "'x\"'",
            "`[0, [1]]`",
            "`null`",
            "&a",
        ])
        .prop_map(str::to_owned);
        leaf.prop_recursive(6, 64, 3, |inner| {
            // `#1` and `#2` stand for the operands.
            let unary = proptest::sample::select(vec![
                "(#1)[0]",
                "(#1)[-1]",
                "(#1)[1:]",
                "(#1)[::-1]",
                "(#1)[*].a",
                "(#1)[*].[@, @]",
                "(#1)[]",
                "(#1).*",
                "(#1)[?a]",
                "!(#1)",
                "[#1, @]",
                "{a: #1, b: @}",
                "length(#1)",
                "to_string(#1)",
                "join(', ', #1)",
                "keys(#1)",
                "values(#1)",
                "reverse(#1)",
                "sort(#1)",
                "to_array(#1)",
                "min(#1)",
                "type(#1)",
                "[#1, #1][]",
                "map(&(#1), @)",
                "sort_by(@, &(#1))",
                "max_by(@, &(#1))",
            ]);
            let binary = proptest::sample::select(vec![
                "(#1) | (#2)",
                "(#1) || (#2)",
                "(#1) && (#2)",
                "(#1) == (#2)",
                "[#1, #2]",
                "(#1)[?#2]",
                "merge(#1, #2)",
                "not_null(#1, #2)",
                "map(&(#1), #2)",
                "sort_by(#1, &(#2))",
                "min_by(#1, &(#2))",
                "(#1).[#2]",
            ]);
            prop_oneof![
                (unary, inner.clone()).prop_map(|(form, x)| form.replace("#1", &x)),
                (binary, inner.clone(), inner)
                    .prop_map(|(form, x, y)| form.replace("#1", &x).replace("#2", &y)),
            ]
        })
    }

    proptest::proptest! {
        /// Whatever an expression returns is within its bound, on documents
        /// with one-byte elements and escaped strings.
        #[test]
        fn every_result_is_within_the_bound(text in expression()) {
            let Ok(query) = Query::compile(&text) else {
                return Ok(()); // refused: nothing to measure
            };
            let bound = cost(query.expression.as_ast(), 0).unwrap().value();
            for document in [
                json!({"a": [{"a": [0, 1]}, "x\"", []], "b": {"a": null, "c": "\\"}, "c": [0, 0, 0]}),
                json!([0, [0], 0, ["", ""]]),
                json!("\u{1}"),
            ] {
                if let Ok(found) = query.search(&document) {
                    let (n, m) = (json_size(&document), json_size(&found));
                    proptest::prop_assert!(m <= bound.at(n), "{text}: {m} bytes, bound {bound:?}");
                }
            }
        }
    }
}
