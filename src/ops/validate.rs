//! ValidationException messages in AWS's wording:
//! `1 validation error detected: Value '<v>' at '<field>' failed to satisfy
//! constraint: Member must <rule>`. Field paths are lowerCamelCase.

use crate::error::{Error, Result};
use crate::ops::limits;

pub(crate) fn fail(value: Option<&str>, field: &str, rule: &str) -> Error {
    let value = match value {
        Some(v) => format!("Value '{v}' at"),
        // AWS leaves out the value of a sensitive or absent field.
        None => "Value at".to_owned(),
    };
    Error::Validation(format!(
        "1 validation error detected: {value} '{field}' failed to satisfy constraint: Member must {rule}"
    ))
}

/// A required field that is absent.
pub fn required<T>(value: Option<T>, field: &str) -> Result<T> {
    value.ok_or_else(|| {
        Error::Validation(format!(
            "1 validation error detected: Value null at '{field}' failed to satisfy \
             constraint: Member must not be null"
        ))
    })
}

/// An integer within `min..=max`.
pub fn range(value: i64, field: &str, min: i64, max: i64) -> Result<()> {
    let text = value.to_string();
    if value < min {
        return Err(fail(
            Some(&text),
            field,
            &format!("have value greater than or equal to {min}"),
        ));
    }
    if value > max {
        return Err(fail(
            Some(&text),
            field,
            &format!("have value less than or equal to {max}"),
        ));
    }
    Ok(())
}

/// A string of `min..=max` characters.
pub fn length(value: &str, field: &str, min: usize, max: usize) -> Result<()> {
    let len = value.chars().count();
    check_length(Some(value), len, field, min, max)
}

/// A blob of `min..=max` bytes; its value is never echoed.
pub fn blob_length(len: usize, field: &str, min: usize, max: usize) -> Result<()> {
    check_length(None, len, field, min, max)
}

fn check_length(
    value: Option<&str>,
    len: usize,
    field: &str,
    min: usize,
    max: usize,
) -> Result<()> {
    if len < min {
        return Err(fail(
            value,
            field,
            &format!("have length greater than or equal to {min}"),
        ));
    }
    if len > max {
        return Err(fail(
            value,
            field,
            &format!("have length less than or equal to {max}"),
        ));
    }
    Ok(())
}

/// A value from a fixed set.
pub fn one_of<'a>(value: &str, field: &str, set: &[&'a str]) -> Result<&'a str> {
    set.iter().find(|s| **s == value).copied().ok_or_else(|| {
        fail(
            Some(value),
            field,
            &format!("satisfy enum value set: [{}]", set.join(", ")),
        )
    })
}

/// GrantTokens: at most 10, each 1..=8192 characters. A grant is effective
/// as soon as it is made, so a token adds nothing and is otherwise ignored.
pub fn grant_tokens(tokens: Option<&[String]>) -> Result<()> {
    let tokens = tokens.unwrap_or_default();
    if tokens.len() > limits::MAX_GRANT_TOKENS {
        return Err(fail(
            None,
            "grantTokens",
            "have length less than or equal to 10",
        ));
    }
    for (i, token) in tokens.iter().enumerate() {
        let field = format!("grantTokens.{}.member", i + 1);
        length(token, &field, 1, limits::MAX_GRANT_TOKEN_LEN)?;
    }
    Ok(())
}

/// A string matching `pattern`, which `matches` implements.
pub fn pattern(
    value: &str,
    field: &str,
    pattern: &str,
    matches: impl Fn(char) -> bool,
) -> Result<()> {
    if value.chars().all(matches) {
        return Ok(());
    }
    Err(fail(
        Some(value),
        field,
        &format!("satisfy regular expression pattern: {pattern}"),
    ))
}

/// An AWS account id: 12 digits.
pub fn account_id(value: &str, field: &str) -> Result<()> {
    pattern(value, field, "^[0-9]{12}$", |c| c.is_ascii_digit())?;
    if value.len() != 12 {
        return Err(fail(
            Some(value),
            field,
            "satisfy regular expression pattern: ^[0-9]{12}$",
        ));
    }
    Ok(())
}

/// A value of one of AWS's enums, or its ValidationException listing them.
pub fn enumerated<T>(
    value: &str,
    field: &str,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
) -> Result<T> {
    parse(value).ok_or_else(|| {
        fail(
            Some(value),
            field,
            &format!("satisfy enum value set: [{}]", names.join(", ")),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_follow_aws() {
        assert_eq!(
            range(0, "numberOfBytes", 1, 1024).unwrap_err().to_string(),
            "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy \
             constraint: Member must have value greater than or equal to 1"
        );
        assert_eq!(
            blob_length(4097, "plaintext", 1, 4096)
                .unwrap_err()
                .to_string(),
            "1 validation error detected: Value at 'plaintext' failed to satisfy \
             constraint: Member must have length less than or equal to 4096"
        );
        assert!(range(1024, "numberOfBytes", 1, 1024).is_ok());
    }
}
