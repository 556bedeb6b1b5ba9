//! What Python's jmespath says of an expression it cannot parse or
//! evaluate, which the aws CLI prints: kms-local's parser is another
//! crate, so its errors are put in those words here.

use jmespath::{ErrorReason, RuntimeError};

use super::{QUOTED, cut};
use crate::error::Error;

/// An error while evaluating, in the words of Python's jmespath.
pub(super) fn failed(text: &str, e: &jmespath::JmespathError) -> Error {
    let name = || function_at(text, e.offset);
    Error::Client(match &e.reason {
        ErrorReason::Runtime(RuntimeError::UnknownFunction(name)) => {
            format!("Unknown function: {}()", cut(name))
        }
        ErrorReason::Runtime(
            RuntimeError::TooManyArguments { expected, actual }
            | RuntimeError::NotEnoughArguments { expected, actual },
        ) => {
            let name = name();
            let least = match name.as_str() {
                "merge" | "not_null" => "at least ",
                _ => "",
            };
            let noun = if *expected == 1 {
                "argument"
            } else {
                "arguments"
            };
            format!(
                "Expected {least}{expected} {noun} for function {}(), received {actual}",
                cut(&name)
            )
        }
        other => cut(&other.to_string()),
    })
}

/// The name of the function called at `offset` (the crate points at the
/// name or at its parenthesis).
fn function_at(text: &str, offset: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ident = |c: &char| c.is_ascii_alphanumeric() || *c == '_';
    let mut end = offset.min(chars.len());
    while end < chars.len() && ident(&chars[end]) {
        end += 1;
    }
    let mut start = end;
    while start > 0 && ident(&chars[start - 1]) {
        start -= 1;
    }
    chars[start..end].iter().collect()
}

/// Why an expression does not parse, as Python's jmespath says it: where
/// the expression ends too soon, the token it stopped at, or what the
/// lexer could not read. For a long expression, the crate's reason, cut
/// short.
pub(super) fn describe(text: &str, e: &jmespath::JmespathError) -> String {
    let reason = match &e.reason {
        ErrorReason::Parse(reason) => reason.as_str(),
        ErrorReason::Runtime(other) => return cut(&other.to_string()),
    };
    if text.chars().count() > QUOTED {
        return format!("{} (column {})", cut(reason), e.column);
    }
    if reason.ends_with("-- found Eof") {
        return format!(
            "Invalid jmespath expression: Incomplete expression:\n\"{text}\"\n{}^",
            " ".repeat(text.chars().count() + 1)
        );
    }
    let lexer = |message: &str| {
        format!(
            "Bad jmespath expression: {message}:\n{text}\n{}^",
            " ".repeat(e.offset)
        )
    };
    if let Some(c) = reason.strip_prefix("Invalid character: ") {
        return lexer(&format!("Unknown token {c}"));
    }
    if reason.starts_with("Unclosed ")
        && let Some((delimiter, _)) = reason.split_once(" delimiter")
    {
        return lexer(&format!("{delimiter} delimiter"));
    }
    let (value, kind) = token_at(text, e.offset);
    let message = match reason.split(" -- found").next().unwrap_or(reason) {
        "Unexpected nud token" => "invalid token".to_owned(),
        "Did not parse the complete expression" => format!("Unexpected token: {value}"),
        // The tokens Python's parser expected there.
        "Expected identifier, '*', '{', '[', '&', or '[?'" => format!(
            "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], \
             got: {kind}"
        ),
        "Expected ':' to follow key" => format!("Expecting: colon, got: {kind}"),
        "Expected ']'" | "Expected ':', or ']'" => format!("Expecting: rbracket, got: {kind}"),
        "Expected number, ':', or ']'" | "Too many colons in slice expr" => "syntax error".into(),
        other => other.to_owned(),
    };
    format!(
        "{message}: Parse error at column {}, token \"{value}\" ({}), for expression:\n\"{text}\"\n{}^",
        e.offset,
        kind.to_uppercase(),
        " ".repeat(e.offset + 1)
    )
}

/// The token at `offset` and its type, as Python's jmespath lexer names it.
fn token_at(text: &str, offset: usize) -> (String, &'static str) {
    let rest: String = text.chars().skip(offset).collect();
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return (String::new(), "eof");
    };
    let next = chars.next();
    let two = |second: char, pair: &'static str, one: &'static str| match next == Some(second) {
        true => (format!("{c}{second}"), pair),
        false => (c.to_string(), one),
    };
    match c {
        '.' => (c.to_string(), "dot"),
        '*' => (c.to_string(), "star"),
        ']' => (c.to_string(), "rbracket"),
        ',' => (c.to_string(), "comma"),
        ':' => (c.to_string(), "colon"),
        '@' => (c.to_string(), "current"),
        '(' => (c.to_string(), "lparen"),
        ')' => (c.to_string(), "rparen"),
        '{' => (c.to_string(), "lbrace"),
        '}' => (c.to_string(), "rbrace"),
        '[' => match next {
            Some(']') => ("[]".to_owned(), "flatten"),
            Some('?') => ("[?".to_owned(), "filter"),
            _ => (c.to_string(), "lbracket"),
        },
        '|' => two('|', "or", "pipe"),
        '&' => two('&', "and", "expref"),
        '!' => two('=', "ne", "not"),
        '<' => two('=', "lte", "lt"),
        '>' => two('=', "gte", "gt"),
        '=' => two('=', "eq", "eq"),
        '"' => (rest.clone(), "quoted_identifier"),
        '`' | '\'' => (rest.clone(), "literal"),
        c if c.is_ascii_digit() || c == '-' => {
            let digits: String = std::iter::once(c)
                .chain(rest.chars().skip(1).take_while(char::is_ascii_digit))
                .collect();
            (digits, "number")
        }
        _ => {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (word, "unquoted_identifier")
        }
    }
}
