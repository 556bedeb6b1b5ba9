//! CreateAlias, with AWS's alias-name rules.

use crate::error::{Error, Result};
use crate::keystore::state::{AliasRecord, State};
use crate::ops::key_id::{self, Accept, alias_arn};
use crate::ops::types::CreateAliasRequest;
use crate::ops::validate;
use crate::timestamp::Timestamp;

/// AWS's quota of aliases per key.
const MAX_ALIASES_PER_KEY: usize = 50;

/// CreateAlias: a new alias for a customer managed key.
pub fn create_alias(state: &mut State, now: Timestamp, req: CreateAliasRequest) -> Result<()> {
    let name = validate::required(req.alias_name.as_deref(), "aliasName")?;
    validate_alias_name(name)?;
    let (key_id, _) = key_id::lookup(
        state,
        req.target_key_id.as_deref(),
        "targetKeyId",
        Accept::KeyOnly,
    )?;
    if state.aliases.contains_key(name) {
        return Err(Error::AlreadyExists(format!(
            "An alias with the name {} already exists",
            alias_arn(state, name)
        )));
    }
    let count = state
        .aliases
        .values()
        .filter(|a| a.target_key_id == key_id)
        .count();
    if count >= MAX_ALIASES_PER_KEY {
        return Err(Error::LimitExceeded(format!(
            "A key may have at most {MAX_ALIASES_PER_KEY} aliases."
        )));
    }
    state.aliases.insert(
        name.to_owned(),
        AliasRecord {
            target_key_id: key_id,
            created: now,
            updated: now,
        },
    );
    Ok(())
}

/// `alias/` then 1 or more of `[A-Za-z0-9/_-]`, 256 characters at most, not `alias/aws/…`.
pub fn validate_alias_name(name: &str) -> Result<()> {
    validate::length(name, "aliasName", 1, 256)?;
    validate::pattern(name, "aliasName", "^[a-zA-Z0-9:/_-]+$", |c| {
        c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '_' | '-')
    })?;
    let Some(rest) = name.strip_prefix("alias/") else {
        return Err(Error::Validation(
            "Alias must start with the prefix \"alias/\". Please see \
             https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html"
                .into(),
        ));
    };
    if rest.starts_with("aws/") {
        return Err(Error::NotAuthorized(format!(
            "{name}: the prefix alias/aws/ is reserved for AWS managed keys"
        )));
    }
    if rest.is_empty() || rest.contains(':') {
        return Err(Error::InvalidAliasName(format!(
            "{name} contains invalid characters for an alias"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_rules() {
        assert!(validate_alias_name("alias/ci").is_ok());
        assert!(validate_alias_name("alias/a/b_c-D9").is_ok());
        assert!(matches!(
            validate_alias_name("ci"),
            Err(Error::Validation(_))
        ));
        assert!(matches!(
            validate_alias_name("alias/c i"),
            Err(Error::Validation(_))
        ));
        assert!(matches!(
            validate_alias_name("alias/aws/s3"),
            Err(Error::NotAuthorized(_))
        ));
        assert!(matches!(
            validate_alias_name("alias/a:b"),
            Err(Error::InvalidAliasName(_))
        ));
        assert!(matches!(
            validate_alias_name("alias/"),
            Err(Error::InvalidAliasName(_))
        ));
        let long = format!("alias/{}", "a".repeat(250));
        assert!(validate_alias_name(&long).is_ok());
        let too_long = format!("alias/{}", "a".repeat(251));
        assert!(matches!(
            validate_alias_name(&too_long),
            Err(Error::Validation(_))
        ));
    }
}
