//! The aws CLI's shorthand syntax (`a=b,c=d`), parsed as the aws CLI v2 parses
//! it, so that one command line means the same request in both tools.
//!
//! ```text
//! parameter = keyval *("," keyval)
//! keyval    = key "=" [values]
//! key       = *(ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":")
//! values    = csv-value / explicit-list / hash-literal
//! csv-value = first-value *("," second-value)   ; one value, or a list
//! explicit-list = "[" [explicit-value *("," explicit-value)] "]"
//! hash-literal  = "{" [key "=" explicit-value *("," key "=" explicit-value)] "}"
//! ```
//!
//! A value is a bare word (whitespace around it trimmed, `\,` for a comma),
//! or a single- or double-quoted string (`\'`, `\"` and `\\` escaped).
//! Whitespace is allowed around `=` and `,`. A second value of a list cannot
//! hold `=`: `a=b,c=d` is two keys, `a=b,c` a list. Errors carry the aws
//! CLI's own text and caret, after which the caller names the parameter.
//! docs/cli.md describes the syntax for users; `tests/shorthand/` holds
//! vectors made with the aws CLI's parser.

use std::fmt;

/// A parsed value: a string, a list or a map (keys in the order given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Str(String),
    List(Vec<Value>),
    Map(Vec<(String, Value)>),
}

/// Why a text is not shorthand, in the aws CLI's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError(String);

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether the aws CLI reads `value` as JSON rather than shorthand.
pub fn looks_like_json(value: &str) -> bool {
    let trimmed = value.trim_matches(is_space);
    trimmed.starts_with('[') || trimmed.starts_with('{')
}

/// Parses a shorthand parameter into its keys and values.
pub fn parse(text: &str) -> Result<Vec<(String, Value)>, ParseError> {
    let mut parser = Parser {
        text: text.chars().collect(),
        at: 0,
    };
    parser.parameter()
}

/// Python's `str.isspace`, which the aws CLI's `\s` and `rstrip` follow: the
/// Unicode white space, and the four ASCII separators.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// What the string module calls whitespace, which the parser skips around
/// `=` and `,`.
fn is_ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '#' | '/' | ':')
}

/// May begin a bare value: not space, quotes, `,`, `=`, `[` or `{`; and, as
/// the aws CLI's character classes stop at U+FFFF, nothing beyond it.
fn starts_word(c: char) -> bool {
    let c = u32::from(c);
    c == 0x21
        || (0x23..=0x26).contains(&c)
        || (0x28..=0x2b).contains(&c)
        || (0x2d..=0x3c).contains(&c)
        || (0x3e..=0x5a).contains(&c)
        || (0x5c..=0x7a).contains(&c)
        || (0x7c..=0xffff).contains(&c)
}

/// May follow in a first value: not quotes, `,`, `]` or `}`.
fn follows_first(c: char) -> bool {
    is_space(c) || {
        let c = u32::from(c);
        c == 0x21
            || (0x23..=0x26).contains(&c)
            || (0x28..=0x2b).contains(&c)
            || (0x2d..=0x5c).contains(&c)
            || (0x5e..=0x7c).contains(&c)
            || (0x7e..=0xffff).contains(&c)
    }
}

/// May follow in a second value of a list: not quotes, `,` or `=`.
fn follows_second(c: char) -> bool {
    is_space(c) || {
        let c = u32::from(c);
        c == 0x21
            || (0x23..=0x26).contains(&c)
            || (0x28..=0x2b).contains(&c)
            || (0x2d..=0x3c).contains(&c)
            || (0x3e..=0xffff).contains(&c)
    }
}

struct Parser {
    text: Vec<char>,
    at: usize,
}

/// A syntax error that a list may recover from by backtracking.
struct Syntax {
    expected: String,
    actual: String,
    at: usize,
}

impl Parser {
    fn parameter(&mut self) -> Result<Vec<(String, Value)>, ParseError> {
        let mut params = Vec::new();
        let (key, value) = self.keyval().map_err(|e| self.syntax(e))?;
        params.push((key, value));
        let mut last = self.at;
        while self.at < self.text.len() {
            self.expect(',', true).map_err(|e| self.syntax(e))?;
            let (key, value) = self.keyval().map_err(|e| self.syntax(e))?;
            if params.iter().any(|(k, _)| *k == key) {
                return Err(ParseError(format!(
                    "Second instance of key \"{key}\" encountered for input:\n{}\nThis is \
                     often because there is a preceding \",\" instead of a space.",
                    self.location(last + 1)
                )));
            }
            params.push((key, value));
            last = self.at;
        }
        Ok(params)
    }

    fn keyval(&mut self) -> Result<(String, Value), Syntax> {
        let key = self.key();
        self.expect('=', true)?;
        Ok((key, self.values()?))
    }

    fn key(&mut self) -> String {
        let start = self.at;
        while self.current().is_some_and(is_key_char) {
            self.at += 1;
        }
        self.text[start..self.at].iter().collect()
    }

    fn values(&mut self) -> Result<Value, Syntax> {
        match self.current() {
            None => Ok(Value::Str(String::new())),
            Some('[') => self.explicit_list(),
            Some('{') => self.hash_literal(),
            Some(_) => self.csv_value(),
        }
    }

    fn csv_value(&mut self) -> Result<Value, Syntax> {
        let first = self.first_value()?;
        self.skip_space();
        if self.current() != Some(',') {
            return Ok(first);
        }
        self.expect(',', true)?;
        let mut list = vec![first];
        loop {
            match self.next_in_list() {
                Ok((value, last)) => {
                    list.push(value);
                    if last {
                        break;
                    }
                }
                // `a=b,c=d`: `c` was the next key; back to the comma before it.
                Err(_) if self.at < self.text.len() => {
                    self.back_to(',');
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        match list.len() {
            1 => Ok(list.swap_remove(0)),
            _ => Ok(Value::List(list)),
        }
    }

    /// A second or later value of a list and the comma after it; `true`
    /// when the input ends after the value instead.
    fn next_in_list(&mut self) -> Result<(Value, bool), Syntax> {
        let value = self.second_value()?;
        self.skip_space();
        if self.at >= self.text.len() {
            return Ok((value, true));
        }
        self.expect(',', true)?;
        Ok((value, false))
    }

    fn explicit_list(&mut self) -> Result<Value, Syntax> {
        self.expect('[', true)?;
        let mut values = Vec::new();
        while self.current() != Some(']') {
            values.push(self.explicit_value()?);
            self.skip_space();
            if self.current() != Some(']') {
                self.expect(',', false)?;
                self.skip_space();
            }
        }
        self.expect(']', false)?;
        Ok(Value::List(values))
    }

    fn explicit_value(&mut self) -> Result<Value, Syntax> {
        match self.current() {
            Some('[') => self.explicit_list(),
            Some('{') => self.hash_literal(),
            _ => self.first_value(),
        }
    }

    fn hash_literal(&mut self) -> Result<Value, Syntax> {
        self.expect('{', true)?;
        let mut map: Vec<(String, Value)> = Vec::new();
        while self.current() != Some('}') {
            let key = self.key();
            self.expect('=', true)?;
            let value = self.explicit_value()?;
            self.skip_space();
            if self.current() != Some('}') {
                self.expect(',', false)?;
                self.skip_space();
            }
            // A repeated key keeps its first place and its last value.
            match map.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = value,
                None => map.push((key, value)),
            }
        }
        self.expect('}', false)?;
        Ok(Value::Map(map))
    }

    fn first_value(&mut self) -> Result<Value, Syntax> {
        match self.current() {
            Some('\'') => self.quoted('\'', "singled quoted"),
            Some('"') => self.quoted('"', "double quoted"),
            _ => Ok(Value::Str(self.word(follows_first).unwrap_or_default())),
        }
    }

    fn second_value(&mut self) -> Result<Value, Syntax> {
        match self.current() {
            Some('\'') => self.quoted('\'', "singled quoted"),
            Some('"') => self.quoted('"', "double quoted"),
            _ => self
                .word(follows_second)
                .map(Value::Str)
                .ok_or_else(|| self.missing("second")),
        }
    }

    /// A bare value: a first character, then any that `follows` allows,
    /// `\,` standing for a comma anywhere; trailing white space trimmed.
    /// `None` if not even one character fits.
    fn word(&mut self, follows: fn(char) -> bool) -> Option<String> {
        let start = self.at;
        let mut first = true;
        loop {
            if self.text.get(self.at..self.at + 2) == Some(&['\\', ','][..]) {
                self.at += 2;
            } else if self
                .current()
                .is_some_and(|c| if first { starts_word(c) } else { follows(c) })
            {
                self.at += 1;
            } else {
                break;
            }
            first = false;
        }
        if self.at == start {
            return None;
        }
        let raw: String = self.text[start..self.at].iter().collect();
        Some(
            raw.replace("\\,", ",")
                .trim_end_matches(is_space)
                .to_owned(),
        )
    }

    /// A quoted value. Which closing quote ends it is what a backtracking
    /// regular expression finds: it prefers `\\`, then `\q`, then any other
    /// character, and as many of them as can be followed by the quote.
    fn quoted(&mut self, quote: char, name: &str) -> Result<Value, Syntax> {
        let start = self.at;
        let end = self
            .closing(start + 1, quote)
            .ok_or_else(|| self.missing(name))?;
        self.at = end + 1;
        let inner: String = self.text[start + 1..end].iter().collect();
        let unescaped = inner
            .replace(&format!("\\{quote}"), &quote.to_string())
            .replace("\\\\", "\\");
        Ok(Value::Str(unescaped))
    }

    /// The position of the quote that closes a quoted value whose content
    /// begins at `from`, searched depth first as the regular expression does;
    /// a position from which no path succeeds is remembered, so the search
    /// is linear.
    fn closing(&self, from: usize, quote: char) -> Option<usize> {
        enum Step {
            Enter(usize),
            Try(usize, u8),
        }
        let mut failed = vec![false; self.text.len() + 1];
        let mut stack = vec![Step::Enter(from)];
        while let Some(step) = stack.pop() {
            let (at, next) = match step {
                Step::Enter(at) if failed[at] => continue,
                Step::Enter(at) => (at, 0),
                Step::Try(at, next) => (at, next),
            };
            let c = |i: usize| self.text.get(i).copied();
            // Alternatives in order: `\\`, `\q`, any character but the quote,
            // then stopping there, which needs the closing quote.
            let advance = match next {
                0 => (c(at) == Some('\\') && c(at + 1) == Some('\\')).then_some(2),
                1 => (c(at) == Some('\\') && c(at + 1) == Some(quote)).then_some(2),
                2 => c(at).is_some_and(|ch| ch != quote).then_some(1),
                _ => {
                    if c(at) == Some(quote) {
                        return Some(at);
                    }
                    failed[at] = true;
                    continue;
                }
            };
            stack.push(Step::Try(at, next + 1));
            if let Some(n) = advance {
                stack.push(Step::Enter(at + n));
            }
        }
        None
    }

    fn expect(&mut self, c: char, skip_space: bool) -> Result<(), Syntax> {
        if skip_space {
            self.skip_space();
        }
        match self.current() {
            Some(found) if found == c => self.at += 1,
            found => {
                return Err(Syntax {
                    expected: c.to_string(),
                    actual: found.map_or_else(|| "EOF".to_owned(), String::from),
                    at: self.at,
                });
            }
        }
        if skip_space {
            self.skip_space();
        }
        Ok(())
    }

    fn missing(&self, name: &str) -> Syntax {
        Syntax {
            expected: format!("<{name}>"),
            actual: "<none>".to_owned(),
            at: self.at,
        }
    }

    fn syntax(&self, e: Syntax) -> ParseError {
        ParseError(format!(
            "Expected: '{}', received: '{}' for input:\n{}",
            e.expected,
            e.actual,
            self.location(e.at)
        ))
    }

    /// The input with a caret under `at`, on the line where `at` is.
    fn location(&self, at: usize) -> String {
        let at = at.min(self.text.len());
        let line_start = self.text[..at]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |i| i + 1);
        let line_end = self.text[at..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(self.text.len(), |i| at + i);
        let consumed: String = self.text[..line_end].iter().collect();
        let remaining: String = self.text[line_end..].iter().collect();
        let spaces = " ".repeat(at - line_start);
        format!("{consumed}\n{spaces}^{remaining}")
    }

    fn current(&self) -> Option<char> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.current().is_some_and(is_ascii_space) {
            self.at += 1;
        }
    }

    fn back_to(&mut self, c: char) {
        while self.at > 0 && self.text.get(self.at) != Some(&c) {
            self.at -= 1;
        }
    }
}
