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
//! This module holds the limits and applies them; the scan of the text for
//! the first check is in `depth.rs`, and the walk of the syntax tree for the
//! other two in `bound.rs`, with the bound of each of JMESPath's functions in
//! `functions.rs`; the words of Python's jmespath for an expression that
//! fails are in `wording.rs`.
//!
//! Nothing here prints. An expression that does not parse is refused as the
//! aws CLI refuses it (`Bad value for --query EXPR: …`, in the words of
//! Python's jmespath, exit code 252), as is one past the bounds; an error
//! while evaluating (a wrong number of arguments) is the aws CLI's exit
//! code 255 and its message, as is an unknown function, though refused
//! before the operation runs.

mod bound;
mod depth;
mod functions;
mod order;
mod wording;

use std::fmt;

use serde_json::Value;

use crate::error::{Error, Result};
use bound::{Affine, Cost, Counter, Refusal};
pub use depth::nesting;
use wording::{describe, failed};

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
            return Err(refused(
                text,
                format!("the expression nests deeper than {MAX_NESTING} levels"),
            ));
        }
        if text.len() > MAX_LENGTH {
            return Err(refused(
                text,
                format!("the expression is longer than {MAX_LENGTH} bytes"),
            ));
        }
        let expression = jmespath::compile(text).map_err(|e| refused(text, describe(text, &e)))?;
        let bound = bound::cost(expression.as_ast(), 0)
            .map(Cost::total)
            .map_err(|e| match e {
                // The aws CLI's error when the call is evaluated.
                Refusal::UnknownFunction(_) => Error::Client(e.to_string()),
                Refusal::TooDeep => refused(text, e),
            })?;
        if bound.per_byte > MAX_MULTIPLIER {
            return Err(refused(
                text,
                format!(
                    "the expression could build more than {MAX_MULTIPLIER} bytes \
                 for each byte of a response"
                ),
            ));
        }
        if bound.bytes > MAX_BUILD {
            return Err(too_much(text, ""));
        }
        Ok(Query { expression, bound })
    }

    /// Applies the expression to a response, once the bound allows it for
    /// this response's size.
    pub fn search(&self, value: &Value) -> Result<Value> {
        let mut size = Counter(0);
        serde_json::to_writer(&mut size, value).map_err(encoding)?;
        if self.bound.at(size.0) > MAX_BUILD {
            return Err(too_much(self.expression.as_str(), " from this response"));
        }
        let found = self
            .expression
            .search(value)
            .map_err(|e| failed(self.expression.as_str(), &e))?;
        let mut result = serde_json::to_value(&*found).map_err(encoding)?;
        order::Orders::new(self.expression.as_ast(), value).apply(&mut result);
        Ok(result)
    }
}

/// The aws CLI's refusal of an expression, which quotes it (cut short here
/// if long).
fn refused(text: &str, message: impl fmt::Display) -> Error {
    Error::Usage(format!("Bad value for --query {}: {message}", cut(text)))
}

fn too_much(text: &str, from: &str) -> Error {
    refused(
        text,
        format!(
            "the expression could build more than {} MiB{from}",
            MAX_BUILD >> 20
        ),
    )
}

fn encoding(e: serde_json::Error) -> Error {
    Error::Internal(format!("could not encode the query's result: {e}"))
}

/// At most [`QUOTED`] characters of `text`.
fn cut(text: &str) -> String {
    match text.char_indices().nth(QUOTED) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
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
        let e = Query::compile("Keys[].nope(@)").err().unwrap();
        assert!(matches!(e, Error::Client(_)));
        assert_eq!(e.to_string(), "Unknown function: nope()");
        let long = format!("{}(@)", "f".repeat(1000));
        let e = refusal(&long);
        assert!(e.len() < 150, "{e}");
        let e = Query::compile("length(@, @)")
            .unwrap()
            .search(&json!([]))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "Expected 1 argument for function length(), received 2"
        );
    }

    #[test]
    fn parse_errors_are_in_pythons_words() {
        assert_eq!(
            refusal("Keys["),
            "Bad value for --query Keys[: Invalid jmespath expression: Incomplete \
             expression:\n\"Keys[\"\n      ^"
        );
        assert_eq!(
            refusal("Keys]"),
            "Bad value for --query Keys]: Unexpected token: ]: Parse error at column 4, \
             token \"]\" (RBRACKET), for expression:\n\"Keys]\"\n     ^"
        );
        assert_eq!(
            refusal("Keys[?KeyId==]"),
            "Bad value for --query Keys[?KeyId==]: invalid token: Parse error at column 13, \
             token \"]\" (RBRACKET), for expression:\n\"Keys[?KeyId==]\"\n              ^"
        );
        assert_eq!(
            refusal("Keys[?a=='x]"),
            "Bad value for --query Keys[?a=='x]: Bad jmespath expression: Unclosed ' \
             delimiter:\nKeys[?a=='x]\n         ^"
        );
        assert_eq!(
            refusal("Keys..a"),
            "Bad value for --query Keys..a: Expecting: ['quoted_identifier', \
             'unquoted_identifier', 'lbracket', 'lbrace'], got: dot: Parse error at column 5, \
             token \".\" (DOT), for expression:\n\"Keys..a\"\n      ^"
        );
        assert_eq!(
            refusal("{a:KeyId,b}"),
            "Bad value for --query {a:KeyId,b}: Expecting: colon, got: rbrace: Parse error at \
             column 10, token \"}\" (RBRACE), for expression:\n\"{a:KeyId,b}\"\n           ^"
        );
        assert_eq!(
            refusal("^"),
            "Bad value for --query ^: Bad jmespath expression: Unknown token ^:\n^\n^"
        );
    }

    #[test]
    fn messages_quote_only_a_short_prefix_of_a_long_expression() {
        // A short expression is quoted whole, with a caret under the error.
        assert!(refusal("Keys[").contains("\"Keys[\"\n      ^"));
        let long = format!("Keys[?KeyId=='{}'", "x".repeat(3000));
        let e = refusal(&long);
        assert!(e.len() < 200, "{e}");
        assert!(!e.contains(&"x".repeat(65)), "{e}");
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
}
