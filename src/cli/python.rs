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
    fn json_strings_are_ascii() {
        let mut out = String::new();
        push_json_str("a\"b\\c\u{1}é☃😀\u{7f}", &mut out);
        assert_eq!(
            out,
            "\"a\\\"b\\\\c\\u0001\\u00e9\\u2603\\ud83d\\ude00\\u007f\""
        );
    }
}
