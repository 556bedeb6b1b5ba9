//! `--query`: a JMESPath expression, checked, compiled once and applied to
//! each response before it is printed. The only user of the `jmespath` crate.
//!
//! The expression comes from the command line, so it is bounded before it
//! costs anything. The crate's parser and evaluator recurse once per level of
//! the expression, and its evaluator builds whatever the expression asks for,
//! so three checks stand in front of them:
//!
//! 1. before parsing, the text's length and how deep it can make the parser
//!    recurse ([`MAX_LENGTH`], [`MAX_NESTING`]), so that parsing cannot
//!    overflow the stack;
//! 2. after parsing, the syntax tree's depth ([`MAX_AST_DEPTH`]), so that
//!    evaluating cannot overflow the stack, and its functions, which must be
//!    JMESPath's own;
//! 3. an upper bound of what evaluation builds, worked out from the syntax
//!    tree alone as an affine function of the response's size, checked once
//!    for any response ([`MAX_MULTIPLIER`]) and again for each response
//!    ([`MAX_BUILD`]).
//!
//! Nothing here prints; every refusal is a `--query` parameter error.

use std::fmt::{self, Write as _};
use std::io;

use jmespath::ast::Ast;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};

/// The longest expression, in bytes. Scripts' queries are a few dozen bytes;
/// a query this long is data, not a question.
pub const MAX_LENGTH: usize = 4096;

/// How deep the expression's text may nest, counted by [`nesting`]. Real
/// queries nest a handful of levels. At this depth the parser needs, in the
/// worst case measured (each level opened after a chain of `|`, `||`, `&&`,
/// `==`, `[]` and `.`), about 2.5 MiB of stack in a debug build, a third of
/// the main thread's 8 MiB; a release build needs far less. Without the
/// bound, 2,000 nested `[` or 1,000 `!` overflowed the stack of a debug
/// build, and the process aborted.
pub const MAX_NESTING: usize = 64;

/// How deep the parsed expression may be. The evaluator recurses once per
/// level and needs about 10 KiB a level in a debug build, so 128 levels stay
/// under 1.5 MiB. Chains that [`nesting`] does not count reach it: a path of
/// more than 128 names (`a.b.c…`), or as many pipes, indexes or `[]`.
pub const MAX_AST_DEPTH: usize = 128;

/// The most a query may build, in bytes of compact JSON, for any one
/// response: what evaluation builds plus the result. Responses are at most a
/// few hundred KiB (a full page of `list-keys`), and the bound of an ordinary
/// query is a few dozen times its response at most.
pub const MAX_BUILD: u64 = 64 * 1024 * 1024;

/// The most a query may build for each byte of a response, checked before
/// the operation runs: an expression above it would pass [`MAX_BUILD`] on
/// every response larger than 1 KiB, which is nearly every response. Nested
/// projections multiply this number (a few times a level); ordinary queries
/// stay below 32, as the unit tests check.
pub const MAX_MULTIPLIER: u64 = MAX_BUILD / 1024;

/// How many characters of the expression, or of an error about it, a
/// message may quote.
const QUOTED: usize = 64;

/// The bytes of a null, which any node may return in place of its result.
const NULL: u64 = 4;
/// The bytes of a boolean or null result: `false`.
const BOOLEAN: u64 = 5;
/// The bytes of a number (at most 24 as serde_json writes an `f64`), or of
/// `type()`'s answer.
const SCALAR: u64 = 32;

/// A compiled `--query` and the bound of what it builds.
pub struct Query {
    expression: jmespath::Expression<'static>,
    /// What evaluation builds, as a function of the response's size.
    bound: Affine,
}

impl Query {
    /// Checks and compiles an expression; see the module's documentation.
    pub fn compile(text: &str) -> Result<Query> {
        if nesting(text) > MAX_NESTING {
            return Err(refused(format!(
                "the expression nests deeper than {MAX_NESTING} levels"
            )));
        }
        if text.len() > MAX_LENGTH {
            return Err(refused(format!(
                "the expression is longer than {MAX_LENGTH} bytes"
            )));
        }
        let expression = jmespath::compile(text).map_err(|e| refused(describe(text, &e)))?;
        let bound = cost(expression.as_ast(), 0)
            .map(Cost::total)
            .map_err(refused)?;
        if bound.per_byte > MAX_MULTIPLIER {
            return Err(refused(format!(
                "the expression could build more than {MAX_MULTIPLIER} bytes \
                 for each byte of a response"
            )));
        }
        if bound.bytes > MAX_BUILD {
            return Err(too_much(""));
        }
        Ok(Query { expression, bound })
    }

    /// Applies the expression to a response, once the bound allows it for
    /// this response's size.
    pub fn search(&self, value: &Value) -> Result<Value> {
        let mut size = Counter(0);
        serde_json::to_writer(&mut size, value).map_err(encoding)?;
        if self.bound.at(size.0) > MAX_BUILD {
            return Err(too_much(" from this response"));
        }
        let found = self
            .expression
            .search(value)
            .map_err(|e| refused(describe(self.expression.as_str(), &e)))?;
        serde_json::to_value(&*found).map_err(encoding)
    }
}

fn refused(message: impl fmt::Display) -> Error {
    Error::input("--query", message)
}

fn too_much(from: &str) -> Error {
    refused(format!(
        "the expression could build more than {} MiB{from}",
        MAX_BUILD >> 20
    ))
}

fn encoding(e: serde_json::Error) -> Error {
    Error::Internal(format!("could not encode the query's result: {e}"))
}

/// The crate's own message for a short expression (it quotes the expression
/// and points at the error); for a longer one, only the reason, cut short,
/// and where it is.
fn describe(text: &str, e: &jmespath::JmespathError) -> String {
    if text.chars().count() <= QUOTED {
        return e.to_string();
    }
    format!(
        "{} (line {}, column {})",
        cut(&e.reason.to_string()),
        e.line,
        e.column
    )
}

/// At most [`QUOTED`] characters of `text`.
fn cut(text: &str) -> String {
    match text.char_indices().nth(QUOTED) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}

/// How deep the parser can recurse on `text`, from above: each open bracket,
/// brace or parenthesis is a level, and so is each operator whose operand the
/// parser reads by recursing into itself: `!`, `&`, and the projections `*`,
/// `[?` and slices (`:` between brackets). An operator is not known to end
/// before the comma or closing bracket of the level it is in, so it is
/// counted until then (a projection's operand goes on past its own
/// brackets, so `[?`, `[*]` and slices count in the enclosing level). Binary
/// operators need no count: a chain of them recurses only while precedence
/// rises, a few levels at most. Text inside JMESPath's three quotes ('raw',
/// "identifier", `json`), where a backslash escapes the next character, is
/// skipped as the crate's lexer skips it. The scan stops as soon as it is
/// past [`MAX_NESTING`].
pub fn nesting(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Operators counted in each open level; the first entry is the top level.
    let mut levels: Vec<(u8, usize)> = vec![(0, 0)];
    let mut depth = 0;
    let mut deepest = 0;
    let mut i = 0;
    while i < bytes.len() && deepest <= MAX_NESTING {
        let next = bytes.get(i + 1).copied();
        match bytes[i] {
            quote @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            // `!=` and `&&` are binary operators.
            b'!' if next == Some(b'=') => i += 1,
            b'&' if next == Some(b'&') => i += 1,
            b'!' | b'&' => count(&mut levels, &mut depth, 0),
            // `[]` is a flatten, whose operand a following `[]` ends.
            b'[' if next == Some(b']') => i += 1,
            b'[' => {
                if next == Some(b'?') {
                    count(&mut levels, &mut depth, 0);
                    i += 1;
                }
                levels.push((b'[', 0));
                depth += 1;
            }
            open @ (b'(' | b'{') => {
                levels.push((open, 0));
                depth += 1;
            }
            b')' | b']' | b'}' if levels.len() > 1 => {
                if let Some((_, ops)) = levels.pop() {
                    depth -= ops + 1;
                }
            }
            b',' => {
                if let Some((_, ops)) = levels.last_mut() {
                    depth -= *ops;
                    *ops = 0;
                }
            }
            b'*' => {
                let up = in_brackets(&levels);
                count(&mut levels, &mut depth, up);
            }
            b':' if in_brackets(&levels) == 1 => count(&mut levels, &mut depth, 1),
            _ => {}
        }
        deepest = deepest.max(depth);
        i += 1;
    }
    deepest
}

/// Counts an operator `up` levels above the innermost one.
fn count(levels: &mut [(u8, usize)], depth: &mut usize, up: usize) {
    let at = levels.len().saturating_sub(1 + up);
    if let Some((_, ops)) = levels.get_mut(at) {
        *ops += 1;
        *depth += 1;
    }
}

/// 1 when the innermost open level is a bracket (whose projection operators
/// count in the level around it), else 0.
fn in_brackets(levels: &[(u8, usize)]) -> usize {
    usize::from(levels.len() > 1 && levels.last().is_some_and(|(open, _)| *open == b'['))
}

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
struct Affine {
    per_byte: u64,
    bytes: u64,
}

impl Affine {
    const IDENTITY: Affine = Affine {
        per_byte: 1,
        bytes: 0,
    };

    const fn constant(bytes: u64) -> Affine {
        Affine { per_byte: 0, bytes }
    }

    fn at(self, n: u64) -> u64 {
        self.per_byte.saturating_mul(n).saturating_add(self.bytes)
    }

    fn plus(self, other: Affine) -> Affine {
        Affine {
            per_byte: self.per_byte.saturating_add(other.per_byte),
            bytes: self.bytes.saturating_add(other.bytes),
        }
    }

    fn plus_bytes(self, bytes: u64) -> Affine {
        self.plus(Affine::constant(bytes))
    }

    fn times(self, k: u64) -> Affine {
        Affine {
            per_byte: self.per_byte.saturating_mul(k),
            bytes: self.bytes.saturating_mul(k),
        }
    }

    /// A bound of both.
    fn max(self, other: Affine) -> Affine {
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
    fn summed(self) -> u64 {
        let spread = self.per_byte.saturating_add(self.bytes).div_ceil(2);
        self.per_byte.max(spread)
    }

    /// A bound of a new array of `self(m_i)` over the elements of an array,
    /// per byte of that array, brackets aside: each result and its comma.
    fn listed(self) -> u64 {
        self.plus_bytes(1).summed()
    }
}

/// Bounds of one node, as functions of the size of its input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cost {
    /// The node's result, unless it is a null the node made (a missing
    /// field, a false filter); a projection drops those.
    out: Affine,
    /// The size of such a null, when the node can make one: 4 bytes, else 0.
    null: u64,
    /// Everything the node's evaluation builds, its own result included.
    built: Affine,
}

impl Cost {
    /// The node's result, whatever it is.
    fn value(self) -> Affine {
        self.out.plus_bytes(self.null)
    }

    /// What evaluating the whole expression builds, and its result turned
    /// into the JSON value that is printed.
    fn total(self) -> Affine {
        self.built.plus(self.value())
    }

    /// A bound of both.
    fn max(self, other: Cost) -> Cost {
        Cost {
            out: self.out.max(other.out),
            null: self.null.max(other.null),
            built: self.built.max(other.built),
        }
    }
}

/// Why an expression is refused once parsed.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
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
            Refusal::UnknownFunction(name) => write!(f, "unknown function {}()", cut(name)),
        }
    }
}

/// The bounds of a node, from its children's. The evaluator (the crate's
/// `interpreter.rs`) is the reference: a field, an index or `@` returns part
/// of its input; a projection evaluates its right side on each element of
/// its left side's array and keeps the results that are not null; a
/// sub-expression or pipe feeds one side's result to the other.
fn cost(ast: &Ast, depth: usize) -> std::result::Result<Cost, Refusal> {
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

/// The bounds of a call to one of JMESPath's functions (the crate's
/// `functions.rs`). Every argument is evaluated first, an expression
/// reference (`&expr`) to a copy of its syntax tree; a function that takes
/// one applies it to each element of an array, like a projection. Any of
/// them may return a null (`min` of an empty array, `to_number` of a word).
fn function(name: &str, args: &[Ast], depth: usize) -> std::result::Result<Cost, Refusal> {
    let mut built = Affine::default();
    let mut values = Vec::with_capacity(args.len());
    for arg in args {
        let arg = cost(arg, depth)?;
        built = built.plus(arg.built);
        values.push(arg.value());
    }
    let arg = |i: usize| values.get(i).copied().unwrap_or_default();
    // What applying the expression reference at `i` costs on one element.
    let applied = |i: usize| match args.get(i) {
        Some(arg) => applied(arg, depth),
        None => Ok(Cost::default()),
    };
    let out = match name {
        "abs" | "avg" | "ceil" | "contains" | "ends_with" | "floor" | "length" | "starts_with"
        | "sum" | "to_number" | "type" => Affine::constant(SCALAR),
        // One of the argument's elements, or the argument rearranged.
        "keys" | "max" | "min" | "reverse" | "sort" | "values" => arg(0),
        "not_null" => values.iter().fold(Affine::default(), |a, b| a.max(*b)),
        "to_array" => arg(0).plus_bytes(2),
        // The argument's JSON as a string: each of its bytes at most twice
        // (a quote or a backslash gains a backslash), and two quotes.
        "to_string" => arg(0).times(2).plus_bytes(2),
        // The elements' strings and, between them, the separator: with a
        // literal separator of `g` bytes, at most `(1 + g)` bytes per byte
        // of the array. A computed separator could be as long as the
        // response, once per element: no affine bound, refused.
        "join" => match args.first() {
            Some(Ast::Literal { value, .. }) => arg(1).times(json_size(&**value).saturating_add(1)),
            _ => Affine::constant(u64::MAX),
        },
        "merge" => values
            .iter()
            .fold(Affine::constant(2), |a, b| a.plus(*b).plus_bytes(1)),
        // The results, nulls included, in a new array.
        "map" => {
            let each = applied(0)?;
            built = built.plus(arg(1).times(each.built.summed()));
            arg(1).times(each.value().listed()).plus_bytes(2)
        }
        // The array sorted by the keys the expression computes, which are
        // kept beside it while sorting.
        "sort_by" => {
            let each = applied(1)?;
            built = built
                .plus(arg(0).times(each.built.summed()))
                .plus(arg(0).times(each.value().listed()));
            arg(0)
        }
        "max_by" | "min_by" => {
            let each = applied(1)?;
            built = built.plus(arg(0).times(each.built.summed()));
            arg(0)
        }
        // The evaluator would evaluate the arguments, then fail; refused now,
        // before the operation runs.
        _ => return Err(Refusal::UnknownFunction(name.to_owned())),
    };
    Ok(Cost {
        out,
        null: NULL,
        built: built.plus(out).plus_bytes(NULL),
    })
}

/// What applying an expression reference found in `arg` can cost on one
/// element. Usually `arg` is `&expr`; but any expression reference inside it
/// could be its value (`a || &b`), so the bound is the largest of them. Its
/// depth is already checked.
fn applied(arg: &Ast, depth: usize) -> std::result::Result<Cost, Refusal> {
    let mut worst = Cost::default();
    let mut pending = vec![arg];
    while let Some(node) = pending.pop() {
        if let Ast::Expref { ast, .. } = node {
            worst = worst.max(cost(ast, depth)?);
        }
        pending.extend(children(node));
    }
    Ok(worst)
}

fn children(ast: &Ast) -> Vec<&Ast> {
    match ast {
        Ast::Identity { .. }
        | Ast::Field { .. }
        | Ast::Index { .. }
        | Ast::Slice { .. }
        | Ast::Literal { .. } => Vec::new(),
        Ast::Expref { ast: node, .. }
        | Ast::Not { node, .. }
        | Ast::ObjectValues { node, .. }
        | Ast::Flatten { node, .. } => vec![&**node],
        Ast::Comparison { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. } => vec![&**lhs, &**rhs],
        Ast::Condition {
            predicate, then, ..
        } => vec![&**predicate, &**then],
        Ast::MultiList { elements, .. } | Ast::Function { args: elements, .. } => {
            elements.iter().collect()
        }
        Ast::MultiHash { elements, .. } => elements.iter().map(|pair| &pair.value).collect(),
    }
}

/// The size of a value in compact JSON.
fn json_size<T: Serialize + ?Sized>(value: &T) -> u64 {
    let mut size = Counter(0);
    match serde_json::to_writer(&mut size, value) {
        Ok(()) => size.0,
        // Nothing that cannot be written is built either; no bound is safer.
        Err(_) => u64::MAX,
    }
}

/// Counts bytes written, keeping none: a response's size is measured without
/// copying its plaintext.
struct Counter(u64);

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
mod tests {
    use serde_json::json;

    use super::*;

    /// The queries of docs/cli.md and of scripts written for the aws CLI.
    const ORDINARY: &[&str] = &[
        "KeyMetadata.KeyId",
        "KeyMetadata.[Enabled,KeyState]",
        "Keys[].KeyId",
        "Keys[*].[KeyId, KeyArn]",
        "Aliases[?TargetKeyId=='x'].AliasName",
        "Keys[?contains(KeyId, 'a')] | [0].KeyArn",
        "length(Keys)",
        "length(Plaintext)",
        "Plaintext",
        "{a: KeyId, b: Arn}",
        "[KeyId, Arn]",
        "sort_by(Keys, &KeyId)[0]",
        "max_by(Keys, &KeyId).KeyArn",
        "map(&KeyId, Keys)",
        "join(', ', Keys[].KeyId)",
        "Tags[?TagKey=='env'] | [0].TagValue",
        "Rotations[-1].RotationDate",
        "KeyMetadata.EncryptionAlgorithms[0]",
        "keys(KeyMetadata)",
    ];

    fn refusal(text: &str) -> String {
        match Query::compile(text) {
            Ok(query) => panic!("{text} is accepted, bound {:?}", query.bound),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn nesting_counts_brackets_braces_and_parentheses() {
        assert_eq!(nesting("KeyMetadata.KeyId"), 0);
        assert_eq!(nesting("Keys[0]"), 1);
        assert_eq!(nesting("KeyMetadata.[Enabled, KeyState]"), 1);
        assert_eq!(nesting("{a: [b, (c)]}"), 3);
        assert_eq!(nesting("[[a], [b], [c]]"), 2);
        let deep = format!("{}@{}", "[".repeat(64), "]".repeat(64));
        assert_eq!(nesting(&deep), 64);
        assert_eq!(nesting(&format!("[{deep}]")), 65);
        // The scan stops once past the limit.
        assert_eq!(nesting(&"(".repeat(60_000)), 65);
    }

    #[test]
    fn nesting_skips_the_three_quotes_and_their_escapes() {
        assert_eq!(nesting("'[[[[{{(('"), 0);
        assert_eq!(nesting("\"[[[[{{((\""), 0);
        assert_eq!(nesting("`\"[[[[{{((\"`"), 0);
        // An escaped quote does not end the quote...
        assert_eq!(nesting(r"'\'[[[['"), 0);
        assert_eq!(nesting(r#""\"[[[[""#), 0);
        assert_eq!(nesting(r"`\`[[[[`"), 0);
        // ...an escaped backslash does not escape the quote after it...
        assert_eq!(nesting(r"'\\'[["), 2);
        assert_eq!(nesting(r#""\\"[["#), 2);
        // ...and one quote inside another is a plain character.
        assert_eq!(nesting(r#"'"'[[`'`"#), 2);
        assert_eq!(nesting(r#"[?Name=='a]]]']"#), 2);
        // An unclosed quote runs to the end.
        assert_eq!(nesting("'[[[["), 0);
    }

    #[test]
    fn nesting_counts_the_operators_the_parser_recurses_into() {
        assert_eq!(nesting("!a"), 1);
        assert_eq!(nesting("&a"), 1);
        assert_eq!(nesting("a != b && c"), 0);
        assert_eq!(nesting("a.*.b"), 1);
        // A projection's operand goes on past its brackets.
        assert_eq!(nesting("a[*].b"), 2);
        assert_eq!(nesting("a[?b].c[?d].e"), 3);
        assert_eq!(nesting("a[1:2].b"), 2);
        assert_eq!(nesting("{a: b, c: d}"), 1);
        // `[]` is not a level, and a comma ends the operators before it.
        assert_eq!(nesting("a[][][].b"), 0);
        assert_eq!(nesting("[!a, !b, !c]"), 2);
        assert_eq!(nesting(&format!("{}a", "!".repeat(64))), 64);
        assert_eq!(nesting(&format!("{}a", "!".repeat(65))), 65);
        assert_eq!(nesting(&format!("a{}", ".*".repeat(65))), 65);
    }

    #[test]
    fn long_or_deep_expressions_are_refused() {
        let deep = format!("{}@{}", "[".repeat(65), "]".repeat(65));
        assert!(refusal(&deep).ends_with("the expression nests deeper than 64 levels"));
        let long = format!("Keys[?KeyId=='{}']", "x".repeat(4096));
        assert!(refusal(&long).ends_with("the expression is longer than 4096 bytes"));
        // A path of 129 names is shallow text but a deep tree.
        let path = format!("a{}", ".a".repeat(128));
        assert!(refusal(&path).ends_with("is deeper than 128 levels once parsed"));
        assert!(Query::compile(&format!("a{}", ".a".repeat(120))).is_ok());
    }

    #[test]
    fn ordinary_queries_are_accepted_with_a_small_bound() {
        for text in ORDINARY {
            let query = Query::compile(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert!(query.bound.per_byte <= 32, "{text}: {:?}", query.bound);
            assert!(query.bound.bytes <= 1024, "{text}: {:?}", query.bound);
        }
    }

    #[test]
    fn doubling_the_response_again_and_again_is_refused() {
        let message =
            "the expression could build more than 65536 bytes for each byte of a response";
        let doubled = "[@,@][]".repeat(40);
        assert!(refusal(&doubled).ends_with(message));
        assert!(refusal(&format!("length({doubled})")).ends_with(message));
        assert!(refusal(&format!("length(to_string({}))", "[@,@][]".repeat(8))).ends_with(message));
        // A few doublings stay below the multiplier, and are checked against
        // each response instead.
        let query = Query::compile(&format!("length({})", "[@,@][]".repeat(7))).unwrap();
        assert_eq!(query.search(&json!({"a": 1})).unwrap(), json!(128));
        let big = json!({"a": "x".repeat(4096)});
        let e = query.search(&big).unwrap_err().to_string();
        assert!(
            e.ends_with("could build more than 64 MiB from this response"),
            "{e}"
        );
        // A separator computed from the response has no affine bound.
        assert!(refusal("join(Keys[0].KeyId, Keys[].KeyId)").ends_with("more than 64 MiB"));
    }

    #[test]
    fn unknown_functions_are_refused_when_compiled() {
        assert!(refusal("Keys[].nope(@)").ends_with("unknown function nope()"));
        let long = format!("{}(@)", "f".repeat(1000));
        let e = refusal(&long);
        assert!(e.len() < 150, "{e}");
    }

    #[test]
    fn messages_quote_only_a_short_prefix_of_a_long_expression() {
        // A short expression is quoted whole, with a caret under the error.
        assert!(refusal("Keys[").contains("Keys[\n     ^"));
        let long = format!("Keys[?KeyId=='{}'", "x".repeat(3000));
        let e = refusal(&long);
        assert!(e.len() < 200, "{e}");
        assert!(!e.contains(&"x".repeat(65)), "{e}");
    }

    /// The bound is above what evaluation really returns, on documents with
    /// the smallest elements (one byte each) and strings full of escapes.
    #[test]
    fn the_bound_holds_for_every_function_and_node() {
        let documents = [
            json!({"a": [1, "x\"y\\", null, {"b": [true, []]}], "c": "\u{1}\n", "d": {"e": 0}}),
            json!([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            json!([[0, 0], [0], [], [[0]]]),
            json!(["a", "b", "c", "\"\"\"\""]),
            json!(null),
            json!(""),
            json!({}),
        ];
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
            "abs(`-1`)",
            "avg(@)",
            "ceil(`1.5`)",
            "contains(@, `0`)",
            "ends_with(c, 'x')",
            "floor(`1.5`)",
            "join(', ', @)",
            "join('', [c, c])",
            "keys(@)",
            "length(@)",
            "map(&[@,@], @)",
            "map(&@, @)",
            "max(@)",
            "min(@)",
            "max_by(@, &@)",
            "min_by(@, &@)",
            "merge(@, @, d)",
            "not_null(x, @)",
            "reverse(@)",
            "sort(@)",
            "sort_by(@, &@)",
            "starts_with(c, 'x')",
            "sum(@)",
            "to_array(@)",
            "to_number('12')",
            "to_string(@)",
            "to_string(to_string(@))",
            "to_string([@,@][])",
            "type(@)",
            "values(@)",
            "map(&to_string(@), @)",
            "map(a || &[@,@], @)",
            "@ | [@,@] | [@,@]",
            "[?@] | [@,@][]",
            "{a: [@,@][], b: to_string(@)}",
            "a[*].[@, @, @]",
        ];
        for text in expressions {
            let query = Query::compile(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let bound = cost(query.expression.as_ast(), 0).unwrap();
            for document in &documents {
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
    }

    /// The largest expressions the checks let through, for each way of
    /// making the parser or the evaluator recurse, compile and run on half
    /// the main thread's stack (8 MiB on Linux), even in a debug build.
    #[test]
    fn the_worst_accepted_expressions_fit_half_the_main_threads_stack() {
        let worst = vec![
            format!("{}@{}", "[".repeat(64), "]".repeat(64)),
            format!("{}@{}", "(".repeat(64), ")".repeat(64)),
            format!("{}@{}", "{a:".repeat(64), "}".repeat(64)),
            format!("{}@", "!".repeat(64)),
            format!("{}@", "&@|".repeat(64)),
            format!("@{}", ".*".repeat(64)),
            format!("@{}", "[*].a".repeat(32)),
            format!("@{}", "[?a]".repeat(63)),
            format!("@{}", "[1:].a".repeat(32)),
            format!("@{}", ".a".repeat(127)),
            format!("@{}", "[]".repeat(63)),
            // Each level after the longest chain of binary operators.
            format!(
                "{}@{}",
                "@ | @ || @ && @ == @[].a.[".repeat(64),
                "]".repeat(64)
            ),
        ];
        let run = move || {
            for text in &worst {
                assert!(nesting(text) <= MAX_NESTING, "{text}");
                assert!(text.len() <= MAX_LENGTH, "{text}");
                // Refused or not, parsing must not overflow the stack.
                if let Ok(query) = Query::compile(text) {
                    let _ = query.search(&json!({"a": [{"a": [1]}]}));
                }
            }
        };
        let thread = std::thread::Builder::new()
            .stack_size(4 << 20)
            .spawn(run)
            .unwrap();
        thread.join().unwrap();
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
