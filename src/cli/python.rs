//! How Python, which the aws CLI is written in, reads and writes a few
//! values: `int()` of a string, `base64.b64decode` without validation, and
//! `json.dumps` of a string. The aws CLI's output and errors show the
//! results, so kms-local computes the same ones.

use std::fmt::Write as _;

/// `int(text)`: surrounding whitespace, a sign, digits with single
/// underscores between them. `None` where Python raises `ValueError` (and,
/// beyond Python, past the range of an `i64`).
pub fn int(text: &str) -> Option<i64> {
    let text = text.trim_matches(char::is_whitespace);
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') {
        return None;
    }
    if digits.contains("__") {
        return None;
    }
    let mut value: i64 = 0;
    for b in digits.bytes().filter(|&b| b != b'_') {
        if !b.is_ascii_digit() {
            return None;
        }
        let digit = i64::from(b - b'0');
        value = value.checked_mul(10)?;
        value = match negative {
            true => value.checked_sub(digit)?,
            false => value.checked_add(digit)?,
        };
    }
    Some(value)
}

/// `base64.b64decode(text)`: characters outside the standard alphabet are
/// skipped, and decoding stops at the first complete padding. `None` where
/// Python raises `binascii.Error` (a dangling character or missing padding).
pub fn b64decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    let mut quad = 0u8;
    let mut pads = 0u8;
    let mut left = 0u8;
    for b in text.bytes() {
        if b == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    return Some(out);
                }
            }
            continue;
        }
        let Some(v) = sextet(b) else { continue };
        pads = 0;
        match quad {
            0 => left = v,
            1 => {
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => out.push((left << 6) | v),
        }
        quad = (quad + 1) % 4;
    }
    (quad == 0).then_some(out)
}

fn sextet(b: u8) -> Option<u8> {
    Some(match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    })
}

/// A string as `json.dumps` writes it: ASCII only, everything else escaped.
pub fn push_json_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

/// Where and why `json.loads(text)` fails, as Python says it:
/// `Expecting value: line 1 column 7 (char 6)`; `None` if it reads. Python
/// reads `NaN` and `Infinity`, which serde_json does not; the other
/// differences are rarer still (a lone surrogate escape).
pub fn json_error(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let (message, at) = JsonScan { s: &chars }.document().err()?;
    let line = chars[..at].iter().filter(|&&c| c == '\n').count() + 1;
    let column = match chars[..at].iter().rposition(|&c| c == '\n') {
        Some(newline) => at - newline,
        None => at + 1,
    };
    Some(format!(
        "{message}: line {line} column {column} (char {at})"
    ))
}

/// Python's JSON scanner, keeping only where it fails. Containers are
/// tracked on a stack of their own, not by recursion.
struct JsonScan<'a> {
    s: &'a [char],
}

type Scan = std::result::Result<usize, (&'static str, usize)>;

#[derive(Clone, Copy)]
enum Open {
    Object,
    Array,
}

impl JsonScan<'_> {
    fn ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && matches!(self.s[i], ' ' | '\t' | '\n' | '\r') {
            i += 1;
        }
        i
    }

    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn document(&self) -> Scan {
        let end = self.value(self.ws(0))?;
        let end = self.ws(end);
        match end == self.s.len() {
            true => Ok(end),
            false => Err(("Extra data", end)),
        }
    }

    /// One value from `i`: its end.
    fn value(&self, i: usize) -> Scan {
        let mut stack: Vec<Open> = Vec::new();
        let mut i = i;
        loop {
            // A value starts at `i`.
            let end = match self.at(i) {
                Some('{') => {
                    let mut j = i + 1;
                    if self.at(j) != Some('"') {
                        j = self.ws(j);
                        if self.at(j) == Some('}') {
                            Some(j + 1)
                        } else if self.at(j) != Some('"') {
                            return Err(("Expecting property name enclosed in double quotes", j));
                        } else {
                            stack.push(Open::Object);
                            i = self.member(j)?;
                            continue;
                        }
                    } else {
                        stack.push(Open::Object);
                        i = self.member(j)?;
                        continue;
                    }
                }
                Some('[') => {
                    let j = self.ws(i + 1);
                    if self.at(j) == Some(']') {
                        Some(j + 1)
                    } else {
                        stack.push(Open::Array);
                        i = j;
                        continue;
                    }
                }
                Some('"') => Some(self.string(i + 1)?),
                _ => self.scalar(i),
            };
            let Some(mut end) = end else {
                return Err(("Expecting value", i));
            };
            // After a value: close containers, or go on to the next item.
            loop {
                let Some(open) = stack.last().copied() else {
                    return Ok(end);
                };
                let j = self.ws(end);
                let next = self.at(j);
                match (open, next) {
                    (Open::Object, Some('}')) | (Open::Array, Some(']')) => {
                        stack.pop();
                        end = j + 1;
                    }
                    (_, Some(',')) => {
                        let k = self.ws(j + 1);
                        match open {
                            Open::Object if self.at(k) != Some('"') => {
                                return Err((
                                    "Expecting property name enclosed in double quotes",
                                    k,
                                ));
                            }
                            Open::Object => i = self.member(k)?,
                            Open::Array => i = k,
                        }
                        break;
                    }
                    _ => return Err(("Expecting ',' delimiter", j)),
                }
            }
        }
    }

    /// An object member from its key's opening quote: where its value starts.
    fn member(&self, quote: usize) -> Scan {
        let end = self.string(quote + 1)?;
        let colon = self.ws(end);
        if self.at(colon) != Some(':') {
            return Err(("Expecting ':' delimiter", colon));
        }
        Ok(self.ws(colon + 1))
    }

    /// A string's end, from just after its opening quote.
    fn string(&self, mut i: usize) -> Scan {
        let begin = i - 1;
        loop {
            match self.at(i) {
                None => return Err(("Unterminated string starting at", begin)),
                Some('"') => return Ok(i + 1),
                Some('\\') => match self.at(i + 1) {
                    None => return Err(("Unterminated string starting at", begin)),
                    Some('u') => {
                        let digits = i + 2;
                        if digits + 4 >= self.s.len() {
                            return Err(("Invalid \\uXXXX escape", i + 1));
                        }
                        if !self.s[digits..digits + 4]
                            .iter()
                            .all(char::is_ascii_hexdigit)
                        {
                            return Err(("Invalid \\uXXXX escape", i + 1));
                        }
                        i = digits + 4;
                    }
                    Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') => i += 2,
                    Some(_) => return Err(("Invalid \\escape", i)),
                },
                Some(c) if (c as u32) < 0x20 => return Err(("Invalid control character at", i)),
                Some(_) => i += 1,
            }
        }
    }

    /// A literal or a number at `i`: its end, or `None` if there is none.
    fn scalar(&self, i: usize) -> Option<usize> {
        let rest = &self.s[i.min(self.s.len())..];
        for word in ["null", "true", "false", "NaN", "Infinity", "-Infinity"] {
            let w: Vec<char> = word.chars().collect();
            if rest.starts_with(&w) {
                return Some(i + w.len());
            }
        }
        // -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?
        let digits = |from: usize| {
            let mut j = from;
            while self.at(j).is_some_and(|c| c.is_ascii_digit()) {
                j += 1;
            }
            j
        };
        let mut j = i;
        if self.at(j) == Some('-') {
            j += 1;
        }
        match self.at(j) {
            Some('0') => j += 1,
            Some('1'..='9') => j = digits(j),
            _ => return None,
        }
        if self.at(j) == Some('.') && self.at(j + 1).is_some_and(|c| c.is_ascii_digit()) {
            j = digits(j + 1);
        }
        if matches!(self.at(j), Some('e' | 'E')) {
            let mut k = j + 1;
            if matches!(self.at(k), Some('+' | '-')) {
                k += 1;
            }
            if self.at(k).is_some_and(|c| c.is_ascii_digit()) {
                j = digits(k);
            }
        }
        Some(j)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_reads_what_python_reads() {
        for (text, want) in [
            ("5", Some(5)),
            (" 5\n", Some(5)),
            ("+5", Some(5)),
            ("-12", Some(-12)),
            ("1_000", Some(1000)),
            ("007", Some(7)),
            ("", None),
            ("-", None),
            ("1__0", None),
            ("_1", None),
            ("1_", None),
            ("1.0", None),
            ("abc", None),
            ("0x10", None),
            ("9223372036854775807", Some(i64::MAX)),
            ("-9223372036854775808", Some(i64::MIN)),
            ("9223372036854775808", None),
        ] {
            assert_eq!(int(text), want, "{text:?}");
        }
    }

    #[test]
    fn b64decode_is_lenient_as_python_is() {
        assert_eq!(b64decode("aGVsbG8=").as_deref(), Some(&b"hello"[..]));
        // Characters outside the alphabet are skipped.
        assert_eq!(b64decode("aGV s\nbG8=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(b64decode("aGV-_sbG8=").as_deref(), Some(&b"hello"[..]));
        // Decoding stops at the padding.
        assert_eq!(b64decode("aGk=trailing").as_deref(), Some(&b"hi"[..]));
        assert_eq!(b64decode("").as_deref(), Some(&b""[..]));
        // Missing padding, or one character too many.
        assert_eq!(b64decode("aGVsbG8"), None);
        assert_eq!(b64decode("aGVsb"), None);
        assert_eq!(b64decode("a"), None);
    }

    #[test]
    fn json_errors_are_pythons() {
        let none = "";
        for (text, want) in [
            ("{\"a\": ", "Expecting value: line 1 column 7 (char 6)"),
            (
                "{\"a\": 1,}",
                "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)",
            ),
            (
                "[{\"TagKey\": \"a\", \"TagValue\": \"b\"}",
                "Expecting ',' delimiter: line 1 column 34 (char 33)",
            ),
            ("[1", "Expecting ',' delimiter: line 1 column 3 (char 2)"),
            (
                "{",
                "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
            ),
            ("", "Expecting value: line 1 column 1 (char 0)"),
            (" ", "Expecting value: line 1 column 2 (char 1)"),
            (
                "{\"a\" 1}",
                "Expecting ':' delimiter: line 1 column 6 (char 5)",
            ),
            (
                "{\"a\": 1 \"b\": 2}",
                "Expecting ',' delimiter: line 1 column 9 (char 8)",
            ),
            ("[1,]", "Expecting value: line 1 column 4 (char 3)"),
            ("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"),
            (
                "\"abc",
                "Unterminated string starting at: line 1 column 1 (char 0)",
            ),
            ("\"a\\qb\"", "Invalid \\escape: line 1 column 3 (char 2)"),
            (
                "\"\\u12\"",
                "Invalid \\uXXXX escape: line 1 column 3 (char 2)",
            ),
            (
                "\"\\u12zz\"",
                "Invalid \\uXXXX escape: line 1 column 3 (char 2)",
            ),
            ("\"\\u1234\"", none),
            (
                "\"a\u{1}b\"",
                "Invalid control character at: line 1 column 3 (char 2)",
            ),
            ("01", "Extra data: line 1 column 2 (char 1)"),
            ("1.", "Extra data: line 1 column 2 (char 1)"),
            ("-", "Expecting value: line 1 column 1 (char 0)"),
            ("{\"a\": tru}", "Expecting value: line 1 column 7 (char 6)"),
            (
                "{\"a\": [1, {\"b\": }]}",
                "Expecting value: line 1 column 17 (char 16)",
            ),
            ("{\"a\": \"b\"} x", "Extra data: line 1 column 12 (char 11)"),
            ("[]", none),
            ("{}", none),
            (
                "{\"a\":\n 1,\n}",
                "Expecting property name enclosed in double quotes: line 3 column 1 (char 10)",
            ),
            ("NaN", none),
            ("[-Infinity]", none),
            ("{ \"a\" : \"b\" , \"c\" : [ ] }", none),
            (
                "{\"a\": 1e}",
                "Expecting ',' delimiter: line 1 column 8 (char 7)",
            ),
            ("{\"a\": 1.5e+3}", none),
            ("[1,\n2,,]", "Expecting value: line 2 column 3 (char 6)"),
            (
                "{\"é\": \"ü\", \"x\"}",
                "Expecting ':' delimiter: line 1 column 15 (char 14)",
            ),
            ("{\"a\": \"b\"}}", "Extra data: line 1 column 11 (char 10)"),
            (
                "[[[[]]]",
                "Expecting ',' delimiter: line 1 column 8 (char 7)",
            ),
            ("tr", "Expecting value: line 1 column 1 (char 0)"),
        ] {
            let want = (!want.is_empty()).then(|| want.to_owned());
            assert_eq!(json_error(text), want, "{text:?}");
        }
        // Deep nesting is read without recursion.
        let deep = "[".repeat(100_000);
        assert!(json_error(&deep).is_some());
    }

    #[test]
    fn json_strings_are_ascii() {
        let mut out = String::new();
        push_json_str("a\"b\\c\u{1}é☃😀\u{7f}", &mut out);
        assert_eq!(
            out,
            "\"a\\\"b\\\\c\\u0001\\u00e9\\u2603\\ud83d\\ude00\\u007f\""
        );
    }
}
