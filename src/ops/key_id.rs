//! Key identifiers as AWS KMS accepts them: a key id, a key ARN, `alias/NAME`,
//! or an alias ARN. Parsed once into a [`KeyRef`], then resolved.

use uuid::Uuid;

use crate::error::{Error, Result};
pub use crate::ids::{is_multi_region, new_key_id};
use crate::keystore::state::{KeyAddr, KeyRecord, ScopeId, State};
use crate::ops::{Caller, Ctx, authorize, validate};

/// Which forms an operation accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accept {
    /// Key id, key ARN, alias name, alias ARN, of the caller's account or
    /// (by ARN) another's: the cryptographic operations and DescribeKey.
    KeyOrAlias,
    /// Key id or key ARN of the caller's account only (key management
    /// operations).
    KeyOnly,
}

/// A parsed key identifier, with the account and Region it names: an ARN's,
/// else the caller's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRef {
    pub name: Name,
    pub account_id: String,
    pub region: String,
}

/// A key by its id, or an alias.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Name {
    Key(Uuid),
    /// The full alias name, `alias/…`.
    Alias(String),
}

/// `arn:aws:kms:<region>:<account>:key/<id>`, for the key at `addr`.
pub fn key_arn(state: &State, addr: &KeyAddr) -> String {
    let scope = state.scope(addr.scope);
    arn(&scope.account_id, &scope.region, &key_resource(&addr.id))
}

/// `key/<id>`: the resource part of a key's ARN.
pub fn key_resource(id: &Uuid) -> String {
    format!("key/{}", key_id_text(id))
}

/// The id AWS prints for a key: its UUID, hyphenated, or for a multi-Region
/// key `mrk-` and its 32 hex digits.
pub fn key_id_text(id: &Uuid) -> String {
    match is_multi_region(id) {
        true => format!("mrk-{}", id.simple()),
        false => id.to_string(),
    }
}

/// `arn:aws:kms:<region>:<account>:<resource>`.
pub fn arn(account_id: &str, region: &str, resource: &str) -> String {
    format!("arn:aws:kms:{region}:{account_id}:{resource}")
}

/// `arn:aws:kms:<region>:<account>:alias/<name>`, from the full `alias/…`
/// name, in `scope`.
pub fn alias_arn(state: &State, scope: ScopeId, alias_name: &str) -> String {
    let scope = state.scope(scope);
    arn(&scope.account_id, &scope.region, alias_name)
}

fn invalid_key_id(input: &str) -> Error {
    Error::NotFound(format!("Invalid keyId '{input}'"))
}

/// Key ids are UUIDs in their 36-character hyphenated form, as AWS prints
/// them, or `mrk-` and 32 hex digits for a multi-Region key. `Ok(None)` for
/// an id of the right shape that no key of kms-local can have: one whose
/// form does not match what its UUID says it is.
fn parse_key_id(input: &str) -> Result<Option<Uuid>> {
    let (multi_region, text) = match input.strip_prefix("mrk-") {
        Some(hex) if hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()) => (true, hex),
        None if input.len() == 36 => (false, input),
        _ => return Err(invalid_key_id(input)),
    };
    let id = Uuid::try_parse(text).map_err(|_| invalid_key_id(input))?;
    Ok((is_multi_region(&id) == multi_region).then_some(id))
}

/// The key `id` names (in `account` and `region`, for the message when it
/// can name none).
fn key_name(id: &str, account: &str, region: &str) -> Result<Name> {
    match parse_key_id(id)? {
        Some(uuid) => Ok(Name::Key(uuid)),
        None => Err(Error::NotFound(format!(
            "Key '{}' does not exist",
            arn(account, region, &format!("key/{id}"))
        ))),
    }
}

impl KeyRef {
    /// Parses `input` for `caller`. An ARN must name the caller's Region
    /// (AWS's endpoints are per Region); it may name another account only
    /// where `accept` allows keys of other accounts.
    pub fn parse(
        input: &str,
        field: &str,
        accept: Accept,
        state: &State,
        caller: &Caller,
    ) -> Result<Self> {
        validate::length(input, field, 1, 2048)?;
        let here = caller.account(state);
        let region = caller.region(state);
        let mut account_id = here;
        let name = match input.strip_prefix("arn:") {
            Some(rest) => {
                let parts: Vec<&str> = rest.splitn(5, ':').collect();
                let [partition, service, arn_region, account, resource] = parts[..] else {
                    return Err(Error::NotFound(format!("Invalid arn {input}")));
                };
                if partition != "aws" || service != "kms" {
                    return Err(Error::NotFound(format!("Invalid arn {input}")));
                }
                if arn_region != region {
                    return Err(Error::NotFound(format!("Invalid arn {arn_region}")));
                }
                if account != here && accept == Accept::KeyOnly {
                    return Err(Error::NotFound(format!("Invalid arn {account}")));
                }
                account_id = account;
                if let Some(id) = resource.strip_prefix("key/") {
                    key_name(id, account, region)?
                } else if resource.starts_with("alias/") {
                    Name::Alias(resource.to_owned())
                } else {
                    return Err(Error::NotFound(format!("Invalid arn {input}")));
                }
            }
            None if input.starts_with("alias/") => Name::Alias(input.to_owned()),
            None => key_name(input, here, region)?,
        };
        if accept == Accept::KeyOnly && matches!(name, Name::Alias(_)) {
            return Err(invalid_key_id(input));
        }
        Ok(KeyRef {
            name,
            account_id: account_id.to_owned(),
            region: region.to_owned(),
        })
    }

    /// The key this names, if its key policy lets the request at it.
    pub fn resolve_for<'s>(&self, state: &'s State, ctx: &Ctx) -> Result<(KeyAddr, &'s KeyRecord)> {
        let found = self.resolve(state)?;
        authorize::check(state, ctx, &found.0, found.1)?;
        Ok(found)
    }

    /// The key this names, or NotFoundException with AWS's message.
    pub fn resolve<'s>(&self, state: &'s State) -> Result<(KeyAddr, &'s KeyRecord)> {
        let scope = state.find_scope(&self.account_id, &self.region);
        let id = match &self.name {
            Name::Key(id) => *id,
            Name::Alias(name) => match scope.and_then(|s| state.scope(s).aliases.get(name)) {
                Some(alias) => alias.target_key_id,
                None => {
                    return Err(Error::NotFound(format!(
                        "Alias {} is not found.",
                        arn(&self.account_id, &self.region, name)
                    )));
                }
            },
        };
        let found = match scope {
            Some(scope) => {
                let addr = KeyAddr { scope, id };
                state.keys.get(&addr)?.map(|record| (addr, record))
            }
            None => None,
        };
        found.ok_or_else(|| {
            Error::NotFound(format!(
                "Key '{}' does not exist",
                arn(&self.account_id, &self.region, &key_resource(&id))
            ))
        })
    }
}

/// The key of id `id` that a ciphertext names, for `caller`: the caller's
/// own, else one of another account in the caller's Region (the blob names
/// the key, so Decrypt finds another account's key without its ARN).
pub fn by_blob<'s>(
    state: &'s State,
    caller: &Caller,
    id: Uuid,
) -> Result<Option<(KeyAddr, &'s KeyRecord)>> {
    let region = caller.region(state);
    let own = caller.scope(state);
    let others = state
        .scope_ids()
        .filter(|&s| Some(s) != own && state.scope(s).region == region);
    for scope in own.into_iter().chain(others) {
        let addr = KeyAddr { scope, id };
        if let Some(record) = state.keys.get(&addr)? {
            return Ok(Some((addr, record)));
        }
    }
    Ok(None)
}

/// The ARN a key of id `id` has, or would have, in the caller's scope.
pub fn arn_here(state: &State, caller: &Caller, id: &Uuid) -> String {
    arn(
        caller.account(state),
        caller.region(state),
        &key_resource(id),
    )
}

/// NotFoundException for a key of id `id` in the caller's scope.
pub fn not_found_here(state: &State, caller: &Caller, id: &Uuid) -> Error {
    let arn = arn_here(state, caller, id);
    Error::NotFound(format!("Key '{arn}' does not exist"))
}

/// NotFoundException for the key at `addr`, naming it by ARN as AWS does.
pub fn not_found(state: &State, addr: &KeyAddr) -> Error {
    Error::NotFound(format!("Key '{}' does not exist", key_arn(state, addr)))
}

/// The caller's own key that a request's required `KeyId` names by key id or
/// key ARN: the lookup of the operations that manage a key.
pub fn own_key<'s>(
    state: &'s State,
    ctx: &Ctx,
    key_id: Option<&str>,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let found = lookup(state, &ctx.caller, key_id, "keyId", Accept::KeyOnly)?;
    authorize::check(state, ctx, &found.0, found.1)?;
    Ok(found)
}

/// Parses and resolves a required key id field in one step.
pub fn lookup<'s>(
    state: &'s State,
    caller: &Caller,
    input: Option<&str>,
    field: &str,
    accept: Accept,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let input = validate::required(input, field)?;
    KeyRef::parse(input, field, accept, state, caller)?.resolve(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::empty("eu-west-1".into(), "111122223333".into())
    }

    const ID: &str = "1234abcd-12ab-34cd-56ef-1234567890ab";

    fn named(name: Name, account: &str) -> KeyRef {
        KeyRef {
            name,
            account_id: account.into(),
            region: "eu-west-1".into(),
        }
    }

    #[test]
    fn every_form_parses() {
        let s = state();
        let home = Caller::default();
        let id = Uuid::parse_str(ID).unwrap();
        let any = Accept::KeyOrAlias;
        let parse = |input: &str| KeyRef::parse(input, "keyId", any, &s, &home).unwrap();
        let here = "111122223333";
        assert_eq!(parse(ID), named(Name::Key(id), here));
        let arn = format!("arn:aws:kms:eu-west-1:111122223333:key/{ID}");
        assert_eq!(parse(&arn), named(Name::Key(id), here));
        assert_eq!(
            parse("alias/ci"),
            named(Name::Alias("alias/ci".into()), here)
        );
        assert_eq!(
            parse("arn:aws:kms:eu-west-1:111122223333:alias/ci"),
            named(Name::Alias("alias/ci".into()), here)
        );
        // Another account's key by ARN, where keys of other accounts are taken.
        let foreign = format!("arn:aws:kms:eu-west-1:444455556666:key/{ID}");
        assert_eq!(parse(&foreign), named(Name::Key(id), "444455556666"));
        // A caller in another account and Region.
        let there = Caller {
            account_id: Some("444455556666".into()),
            region: Some("ap-south-1".into()),
            ..Caller::default()
        };
        let parsed = KeyRef::parse(ID, "keyId", any, &s, &there).unwrap();
        assert_eq!(
            (parsed.account_id.as_str(), parsed.region.as_str()),
            ("444455556666", "ap-south-1")
        );
    }

    #[test]
    fn bad_forms_are_not_found_with_aws_messages() {
        let s = state();
        let any = Accept::KeyOrAlias;
        let msg = |input: &str, accept| {
            KeyRef::parse(input, "keyId", accept, &s, &Caller::default())
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
        assert_eq!(
            msg(
                &format!("arn:aws:kms:eu-west-1:444455556666:key/{ID}"),
                Accept::KeyOnly
            ),
            "Invalid arn 444455556666"
        );
        assert_eq!(msg("alias/ci", Accept::KeyOnly), "Invalid keyId 'alias/ci'");
        assert!(matches!(
            KeyRef::parse("", "keyId", any, &s, &Caller::default()),
            Err(Error::Validation(_))
        ));
    }

    #[test]
    fn multi_region_ids_have_their_own_form() {
        let s = state();
        let home = Caller::default();
        let mrk = new_key_id(true).unwrap();
        let plain = new_key_id(false).unwrap();
        assert!(is_multi_region(&mrk) && !is_multi_region(&plain));
        let text = key_id_text(&mrk);
        assert_eq!(text, format!("mrk-{}", mrk.simple()));
        assert_eq!(key_id_text(&plain), plain.to_string());
        let parse = |input: &str| KeyRef::parse(input, "keyId", Accept::KeyOrAlias, &s, &home);
        assert_eq!(parse(&text).unwrap().name, Name::Key(mrk));
        // The other form of either id names no key.
        for other in [mrk.to_string(), format!("mrk-{}", plain.simple())] {
            let message = parse(&other).unwrap_err().to_string();
            assert_eq!(
                message,
                format!("Key 'arn:aws:kms:eu-west-1:111122223333:key/{other}' does not exist")
            );
        }
        let long = format!("mrk-{}0", mrk.simple());
        for bad in ["mrk-fake-key-id", "mrk-1234", &long] {
            assert_eq!(
                parse(bad).unwrap_err().to_string(),
                format!("Invalid keyId '{bad}'")
            );
        }
    }

    #[test]
    fn a_key_of_no_scope_yet_is_not_found_under_the_callers_arn() {
        let s = state();
        let there = Caller {
            region: Some("ap-south-1".into()),
            ..Caller::default()
        };
        let err = KeyRef::parse(ID, "keyId", Accept::KeyOrAlias, &s, &there)
            .unwrap()
            .resolve(&s)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("Key 'arn:aws:kms:ap-south-1:111122223333:key/{ID}' does not exist")
        );
    }
}
