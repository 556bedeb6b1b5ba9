//! Key identifiers as AWS KMS accepts them: a key id, a key ARN, `alias/NAME`,
//! or an alias ARN. Parsed once into a [`KeyRef`], then resolved.

use uuid::Uuid;

use crate::error::{Error, Result};
use crate::keystore::state::{KeyRecord, State};
use crate::ops::validate;

/// Which forms an operation accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accept {
    /// Key id, key ARN, alias name, alias ARN (the cryptographic operations).
    KeyOrAlias,
    /// Key id or key ARN only (key management operations).
    KeyOnly,
}

/// A parsed key identifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyRef {
    Key(Uuid),
    /// The full alias name, `alias/…`.
    Alias(String),
}

/// `arn:aws:kms:<region>:<account>:key/<id>`.
pub fn key_arn(state: &State, id: &Uuid) -> String {
    format!("arn:aws:kms:{}:{}:key/{id}", state.region, state.account_id)
}

/// `arn:aws:kms:<region>:<account>:alias/<name>`, from the full `alias/…` name.
pub fn alias_arn(state: &State, alias_name: &str) -> String {
    format!(
        "arn:aws:kms:{}:{}:{alias_name}",
        state.region, state.account_id
    )
}

fn invalid_key_id(input: &str) -> Error {
    Error::NotFound(format!("Invalid keyId '{input}'"))
}

/// Key ids are UUIDs in their 36-character hyphenated form, as AWS prints them.
fn parse_uuid(input: &str) -> Result<Uuid> {
    if input.len() != 36 {
        return Err(invalid_key_id(input));
    }
    Uuid::try_parse(input).map_err(|_| invalid_key_id(input))
}

impl KeyRef {
    /// Parses `input`, checking that an ARN names this keystore's region and account.
    pub fn parse(input: &str, field: &str, accept: Accept, state: &State) -> Result<Self> {
        validate::length(input, field, 1, 2048)?;
        let parsed = match input.strip_prefix("arn:") {
            Some(rest) => {
                let parts: Vec<&str> = rest.splitn(5, ':').collect();
                let [partition, service, region, account, resource] = parts[..] else {
                    return Err(Error::NotFound(format!("Invalid arn {input}")));
                };
                if partition != "aws" || service != "kms" {
                    return Err(Error::NotFound(format!("Invalid arn {input}")));
                }
                if region != state.region {
                    return Err(Error::NotFound(format!("Invalid arn {region}")));
                }
                if account != state.account_id {
                    return Err(Error::NotFound(format!("Invalid arn {account}")));
                }
                if let Some(id) = resource.strip_prefix("key/") {
                    KeyRef::Key(parse_uuid(id)?)
                } else if resource.starts_with("alias/") {
                    KeyRef::Alias(resource.to_owned())
                } else {
                    return Err(Error::NotFound(format!("Invalid arn {input}")));
                }
            }
            None if input.starts_with("alias/") => KeyRef::Alias(input.to_owned()),
            None => KeyRef::Key(parse_uuid(input)?),
        };
        if accept == Accept::KeyOnly && matches!(parsed, KeyRef::Alias(_)) {
            return Err(invalid_key_id(input));
        }
        Ok(parsed)
    }

    /// The key this names, or NotFoundException with AWS's message.
    pub fn resolve<'s>(&self, state: &'s State) -> Result<(Uuid, &'s KeyRecord)> {
        let id = match self {
            KeyRef::Key(id) => *id,
            KeyRef::Alias(name) => match state.aliases.get(name) {
                Some(alias) => alias.target_key_id,
                None => {
                    return Err(Error::NotFound(format!(
                        "Alias {} is not found.",
                        alias_arn(state, name)
                    )));
                }
            },
        };
        state
            .keys
            .get(&id)?
            .map(|record| (id, record))
            .ok_or_else(|| not_found(state, &id))
    }
}

/// NotFoundException for a key id, naming it by ARN as AWS does.
pub fn not_found(state: &State, id: &Uuid) -> Error {
    Error::NotFound(format!("Key '{}' does not exist", key_arn(state, id)))
}

/// Parses and resolves a required key id field in one step.
pub fn lookup<'s>(
    state: &'s State,
    input: Option<&str>,
    field: &str,
    accept: Accept,
) -> Result<(Uuid, &'s KeyRecord)> {
    let input = validate::required(input, field)?;
    KeyRef::parse(input, field, accept, state)?.resolve(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::empty("eu-west-1".into(), "111122223333".into())
    }

    const ID: &str = "1234abcd-12ab-34cd-56ef-1234567890ab";

    #[test]
    fn every_form_parses() {
        let s = state();
        let id = Uuid::parse_str(ID).unwrap();
        let any = Accept::KeyOrAlias;
        assert_eq!(
            KeyRef::parse(ID, "keyId", any, &s).unwrap(),
            KeyRef::Key(id)
        );
        let arn = format!("arn:aws:kms:eu-west-1:111122223333:key/{ID}");
        assert_eq!(
            KeyRef::parse(&arn, "keyId", any, &s).unwrap(),
            KeyRef::Key(id)
        );
        assert_eq!(
            KeyRef::parse("alias/ci", "keyId", any, &s).unwrap(),
            KeyRef::Alias("alias/ci".into())
        );
        assert_eq!(
            KeyRef::parse(
                "arn:aws:kms:eu-west-1:111122223333:alias/ci",
                "keyId",
                any,
                &s
            )
            .unwrap(),
            KeyRef::Alias("alias/ci".into())
        );
    }

    #[test]
    fn bad_forms_are_not_found_with_aws_messages() {
        let s = state();
        let any = Accept::KeyOrAlias;
        let msg = |input: &str, accept| {
            KeyRef::parse(input, "keyId", accept, &s)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(msg("fake-key-id", any), "Invalid keyId 'fake-key-id'");
        assert_eq!(
            msg("134f2428cec14b25a1ae9048164dba47", any),
            "Invalid keyId '134f2428cec14b25a1ae9048164dba47'"
        );
        assert_eq!(
            msg(&format!("arn:aws:kms:us-east-1:111122223333:key/{ID}"), any),
            "Invalid arn us-east-1"
        );
        assert_eq!(msg("alias/ci", Accept::KeyOnly), "Invalid keyId 'alias/ci'");
        assert!(matches!(
            KeyRef::parse("", "keyId", any, &s),
            Err(Error::Validation(_))
        ));
    }
}
