//! What a plain (unquoted, untagged) YAML scalar reads as, by the YAML 1.2
//! rules of the aws CLI's YAML library (ruamel.yaml's resolver): the YAML
//! output quotes a string that would read back as anything else, and
//! `--cli-input-yaml` reads a plain scalar by them.

/// What a plain (unquoted, untagged) scalar reads as under the YAML 1.2
/// rules of the aws CLI's YAML library, in its dumper and its loader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plain {
    Str,
    Bool,
    Null,
    Int,
    Float,
    /// A date, or a date and time.
    Timestamp,
    /// `<<`, `=` and the indicators `!`, `&`, `*`: tags with no value of their own.
    Special,
}

pub fn resolve(s: &str) -> Plain {
    match s {
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => Plain::Bool,
        "~" | "null" | "Null" | "NULL" | "" => Plain::Null,
        "<<" | "=" | "!" | "&" | "*" => Plain::Special,
        _ if is_float(s) => Plain::Float,
        _ if is_int(s) => Plain::Int,
        _ if is_timestamp(s) => Plain::Timestamp,
        _ => Plain::Str,
    }
}

/// Splits off the longest prefix whose characters satisfy `f`.
fn span(s: &str, f: impl Fn(char) -> bool) -> (&str, &str) {
    let end = s.find(|c| !f(c)).unwrap_or(s.len());
    s.split_at(end)
}

fn unsigned(s: &str) -> &str {
    s.strip_prefix(['-', '+']).unwrap_or(s)
}

fn is_int(s: &str) -> bool {
    if !s.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
        return false;
    }
    let body = unsigned(s);
    let all = |t: &str, f: fn(char) -> bool| !t.is_empty() && t.chars().all(f);
    let digit_or_ = |c: char| c.is_ascii_digit() || c == '_';
    let prefixed =
        |prefix: &str, f: fn(char) -> bool| body.strip_prefix(prefix).is_some_and(|t| all(t, f));
    prefixed("0b", |c| matches!(c, '0' | '1' | '_'))
        || prefixed("0x", |c| c.is_ascii_hexdigit() || c == '_')
        || prefixed("0o", |c| matches!(c, '0'..='7' | '_'))
        || all(body, digit_or_)
}

fn is_exponent(s: &str, sign_required: bool) -> bool {
    let Some(rest) = s.strip_prefix(['e', 'E']) else {
        return false;
    };
    let digits = match rest.strip_prefix(['-', '+']) {
        Some(d) => d,
        None if sign_required => return false,
        None => rest,
    };
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

fn is_float(s: &str) -> bool {
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let body = unsigned(s);
    if matches!(body, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let digit_or_ = |c: char| c.is_ascii_digit() || c == '_';
    if let Some(fraction) = body.strip_prefix('.') {
        let (digits, rest) = span(fraction, digit_or_);
        return !digits.is_empty() && (rest.is_empty() || is_exponent(rest, true));
    }
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let (_, rest) = span(body, digit_or_);
    match rest.strip_prefix('.') {
        Some(fraction) => {
            let (_, rest) = span(fraction, digit_or_);
            rest.is_empty() || is_exponent(rest, false)
        }
        None => is_exponent(rest, false),
    }
}

/// `t` after `min` to `max` ASCII digits.
fn digits(t: &str, min: usize, max: usize) -> Option<&str> {
    let (d, rest) = span(t, |c| c.is_ascii_digit());
    (min..=max).contains(&d.len()).then_some(rest)
}

fn is_timestamp(s: &str) -> bool {
    let date = || {
        let rest = digits(s, 4, 4)?.strip_prefix('-')?;
        let rest = digits(rest, 1, 2)?.strip_prefix('-')?;
        digits(rest, 1, 2)
    };
    let Some(rest) = date() else {
        return false;
    };
    if rest.is_empty() {
        // A date alone needs two-digit month and day.
        return s.len() == 10;
    }
    let time = || {
        let rest = match rest.strip_prefix(['T', 't']) {
            Some(r) => r,
            None => {
                let trimmed = rest.trim_start_matches([' ', '\t']);
                (trimmed.len() < rest.len()).then_some(trimmed)?
            }
        };
        let rest = digits(rest, 1, 2)?.strip_prefix(':')?;
        let rest = digits(rest, 2, 2)?.strip_prefix(':')?;
        let mut rest = digits(rest, 2, 2)?;
        if let Some(fraction) = rest.strip_prefix('.') {
            rest = span(fraction, |c| c.is_ascii_digit()).1;
        }
        if rest.is_empty() {
            return Some(true);
        }
        let zone = rest.trim_start_matches([' ', '\t']);
        if zone == "Z" {
            return Some(true);
        }
        let zone = zone.strip_prefix(['-', '+'])?;
        let rest = digits(zone, 1, 2)?;
        if rest.is_empty() {
            return Some(true);
        }
        Some(digits(rest.strip_prefix(':')?, 2, 2)?.is_empty())
    };
    time().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::Plain::*;
    use super::*;

    #[test]
    fn plain_scalars_resolve_as_ruamel_resolves_them() {
        // What ruamel.yaml's resolver (YAML 1.2) answers for each.
        let cases = [
            ("true", Bool),
            ("True", Bool),
            ("yes", Str),
            ("no", Str),
            ("~", Null),
            ("null", Null),
            ("", Null),
            ("<<", Special),
            ("=", Special),
            ("1", Int),
            ("-1", Int),
            ("+1", Int),
            ("0x1F", Int),
            ("0o17", Int),
            ("017", Int),
            ("0b101", Int),
            ("1_000", Int),
            ("-_", Int),
            ("1.5", Float),
            ("1.", Float),
            (".5", Float),
            ("1e3", Float),
            ("1e+3", Float),
            (".5e3", Str),
            (".5e+3", Float),
            ("-.inf", Float),
            (".NaN", Float),
            (".nan", Float),
            ("1:20", Str),
            ("2024-01-01", Timestamp),
            ("2024-1-1", Str),
            ("2024-01-01T10:00:00Z", Timestamp),
            ("2024-1-1 1:00:00 +01:00", Timestamp),
            ("2024-01-01 10:00:00 ", Str),
            ("2024-01-01t10:00:00.5-05", Timestamp),
            ("0x", Str),
            ("abc", Str),
            ("1e", Str),
            ("e3", Str),
            ("+.5", Float),
        ];
        for (text, want) in cases {
            assert_eq!(resolve(text), want, "{text:?}");
        }
    }
}
