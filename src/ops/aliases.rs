//! CreateAlias, with AWS's alias-name rules.

use crate::error::{Error, Result};
use crate::keystore::state::{AliasRecord, KeyAddr, ScopeId, State};
use crate::ops::key_id::{self, Accept, alias_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::page;
use crate::ops::types::{
    AliasListEntry, CreateAliasRequest, DeleteAliasRequest, ListAliasesRequest,
    ListAliasesResponse, UpdateAliasRequest,
};
use crate::ops::validate;
use crate::ops::{Ctx, limits};
use crate::timestamp::IsoTimestamp;

/// The checks CreateAlias and UpdateAlias share: a valid alias name, and a
/// target key (id or ARN) that is not pending deletion.
/// The target is a key of the caller's own account and Region.
fn name_and_target<'a>(
    state: &State,
    ctx: &Ctx,
    (alias_name, target): (Option<&'a str>, Option<&str>),
    action: &str,
) -> Result<(&'a str, KeyAddr)> {
    let name = validate::required(alias_name, "aliasName")?;
    validate_alias_name(name)?;
    let target = (target, "targetKeyId");
    let (key_id, _) = key_state::changeable(state, ctx, target, Use::Management, action)?;
    Ok((name, key_id))
}

/// CreateAlias: a new alias for a customer managed key.
pub fn create_alias(state: &mut State, ctx: &Ctx, req: CreateAliasRequest) -> Result<()> {
    let now = ctx.now;
    let (name, key_id) = name_and_target(
        state,
        ctx,
        (req.alias_name.as_deref(), req.target_key_id.as_deref()),
        "kms:CreateAlias",
    )?;
    let scope = key_id.scope;
    if state.scope(scope).aliases.contains_key(name) {
        return Err(Error::AlreadyExists(format!(
            "An alias with the name {} already exists",
            alias_arn(state, scope, name)
        )));
    }
    check_alias_quota(state, &key_id)?;
    state.scope_mut(scope).aliases.insert(
        name.to_owned(),
        AliasRecord {
            target_key_id: key_id.id,
            created: now,
            updated: now,
        },
    );
    Ok(())
}

fn check_alias_quota(state: &State, key_id: &KeyAddr) -> Result<()> {
    let count = state
        .scope(key_id.scope)
        .aliases
        .values()
        .filter(|a| a.target_key_id == key_id.id)
        .count();
    if count >= limits::MAX_ALIASES_PER_KEY {
        return Err(Error::LimitExceeded(format!(
            "A key may have at most {} aliases.",
            limits::MAX_ALIASES_PER_KEY
        )));
    }
    Ok(())
}

/// NotFoundException for an alias the caller's scope does not have.
fn not_found(state: &State, ctx: &Ctx, name: &str) -> Error {
    let arn = key_id::arn(ctx.caller.account(state), ctx.caller.region(state), name);
    Error::NotFound(format!("Alias {arn} is not found."))
}

/// UpdateAlias: points an existing alias at another key. The new key may
/// not be pending deletion; the old one may.
pub fn update_alias(state: &mut State, ctx: &Ctx, req: UpdateAliasRequest) -> Result<()> {
    let now = ctx.now;
    let (name, key_id) = name_and_target(
        state,
        ctx,
        (req.alias_name.as_deref(), req.target_key_id.as_deref()),
        "kms:UpdateAlias",
    )?;
    let current = match state.scope(key_id.scope).aliases.get(name) {
        Some(alias) => alias.target_key_id,
        None => return Err(not_found(state, ctx, name)),
    };
    if current != key_id.id {
        check_alias_quota(state, &key_id)?;
    }
    if let Some(alias) = state.scope_mut(key_id.scope).aliases.get_mut(name) {
        alias.target_key_id = key_id.id;
        alias.updated = now;
    }
    Ok(())
}

/// DeleteAlias: the key is untouched.
pub fn delete_alias(state: &mut State, ctx: &Ctx, req: DeleteAliasRequest) -> Result<()> {
    let name = validate::required(req.alias_name.as_deref(), "aliasName")?;
    validate::length(name, "aliasName", 1, 256)?;
    if name.starts_with("alias/aws/") {
        return Err(Error::AccessDenied(format!(
            "User: arn:aws:iam::{}:root is not authorized to perform: kms:DeleteAlias on \
             resource: {} because {name} is an AWS managed key's alias",
            ctx.caller.account(state),
            key_id::arn(ctx.caller.account(state), ctx.caller.region(state), name)
        )));
    }
    let removed = match ctx.caller.scope(state) {
        Some(scope) => state.scope_mut(scope).aliases.remove(name),
        None => None,
    };
    if removed.is_none() {
        return Err(not_found(state, ctx, name));
    }
    Ok(())
}

/// ListAliases: every alias, or those of one key, in alias-name order.
pub fn list_aliases(
    state: &State,
    ctx: &Ctx,
    req: ListAliasesRequest,
) -> Result<ListAliasesResponse> {
    let only = match req.key_id.as_deref() {
        Some(input) => {
            let found = key_id::lookup(state, &ctx.caller, Some(input), "keyId", Accept::KeyOnly);
            Some(found?.0.id)
        }
        None => None,
    };
    // A scope that holds nothing yet has no aliases.
    let scope = ctx.caller.scope(state);
    let aliases = scope.map(|s| &state.scope(s).aliases);
    let entries = aliases
        .into_iter()
        .flatten()
        .filter(|(_, a)| only.is_none_or(|id| a.target_key_id == id))
        .map(|(name, a)| {
            let entry = AliasListEntry {
                alias_name: name.clone(),
                alias_arn: alias_arn(state, scope.unwrap_or(ScopeId::HOME), name),
                target_key_id: a.target_key_id.to_string(),
                creation_date: IsoTimestamp(a.created),
                last_updated_date: IsoTimestamp(a.updated),
            };
            (name.clone(), entry)
        });
    let page = page::paginate(
        entries,
        req.limit,
        req.marker.as_deref(),
        limits::LIST_ALIASES,
    )?;
    Ok(ListAliasesResponse {
        truncated: page.truncated(),
        aliases: page.items,
        next_marker: page.next_marker,
    })
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
        return Err(Error::InvalidAliasName(format!(
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
            Err(Error::InvalidAliasName(_))
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
