//! Grants: CreateGrant, ListGrants, ListRetirableGrants, RetireGrant and
//! RevokeGrant, and whether a grant allows a request its key's policy does
//! not (a grant can allow, never deny). Grants are effective at once.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::context::EncryptionContext;
use crate::error::{Error, Result};
use crate::hsm::random;
use crate::ids::to_hex;
use crate::keystore::state::{Grant, KeyAddr, KeyRecord, State};
use crate::ops::data_keys::unless_dry_run;
use crate::ops::key_id::{self, Accept, KeyRef, Name, key_arn};
use crate::ops::key_state::{self, Use};
use crate::ops::types::{
    CreateGrantRequest, CreateGrantResponse, GrantConstraints, GrantListEntry, ListGrantsRequest,
    ListGrantsResponse, ListRetirableGrantsRequest, RetireGrantRequest, RevokeGrantRequest,
};
use crate::ops::{Ctx, limits, page, validate};
use crate::spec::KeyUsage;

/// AWS's quota of grants per key.
const MAX_GRANTS_PER_KEY: usize = 50_000;
/// At most this many pairs in a constraint, each value this long.
const MAX_CONSTRAINT_PAIRS: usize = 8;
const MAX_CONSTRAINT_VALUE: usize = 384;
/// The version byte that starts a grant token.
const TOKEN_VERSION: u8 = 1;

/// Whether a grant on `record` may allow `operation`: what every key
/// allows, and what its type does.
fn grantable(record: &KeyRecord, operation: &str) -> bool {
    const EVERY: &[&str] = &["CreateGrant", "RetireGrant", "DescribeKey"];
    let own: &[&str] = match (record.key_spec.is_symmetric(), record.key_usage) {
        (true, _) => &[
            "Encrypt",
            "Decrypt",
            "ReEncryptFrom",
            "ReEncryptTo",
            "GenerateDataKey",
            "GenerateDataKeyWithoutPlaintext",
            "GenerateDataKeyPair",
            "GenerateDataKeyPairWithoutPlaintext",
        ],
        (false, KeyUsage::EncryptDecrypt) => &[
            "Encrypt",
            "Decrypt",
            "ReEncryptFrom",
            "ReEncryptTo",
            "GetPublicKey",
        ],
        (false, KeyUsage::SignVerify) => &["Sign", "Verify", "GetPublicKey"],
        (false, KeyUsage::GenerateVerifyMac) => &["GenerateMac", "VerifyMac"],
        (false, KeyUsage::KeyAgreement) => &["DeriveSharedSecret", "GetPublicKey"],
        (false, KeyUsage::EncapsulateDecapsulate) => {
            &["Encapsulate", "Decapsulate", "GetPublicKey"]
        }
    };
    EVERY.contains(&operation) || own.contains(&operation)
}

/// Whether `named` (a grant's grantee or retiring principal) is `caller`:
/// the same ARN, the account (which covers its principals, with no IAM), or
/// the role of a session.
fn is(named: &str, caller: &str, account: &str) -> bool {
    named == caller
        || named == account
        || named == format!("arn:aws:iam::{account}:root")
        || policy_role(caller).is_some_and(|role| role == named)
}

fn policy_role(principal: &str) -> Option<String> {
    let rest = principal.strip_prefix("arn:aws:sts::")?;
    let (account, session) = rest.split_once(":assumed-role/")?;
    let (role, _) = session.split_once('/')?;
    Some(format!("arn:aws:iam::{account}:role/{role}"))
}

/// Whether a grant on `record` lets the caller do `action` (`kms:Decrypt`)
/// with the request's encryption context.
pub fn allow(state: &State, ctx: &Ctx, record: &KeyRecord, action: &str) -> bool {
    let Some(operation) = action.strip_prefix("kms:") else {
        return false;
    };
    let caller = ctx.caller.principal_arn(state);
    let account = ctx.caller.account(state);
    let empty = EncryptionContext::default();
    let context = ctx.context.as_ref().unwrap_or(&empty);
    record.grants.iter().any(|grant| {
        is(&grant.grantee, &caller, account)
            && grant.operations.iter().any(|o| o == operation)
            // Constraints bind the operations that take an encryption context.
            && (matches!(operation, "DescribeKey" | "RetireGrant" | "CreateGrant")
                || constraints_hold(grant, context))
    })
}

fn constraints_hold(grant: &Grant, context: &EncryptionContext) -> bool {
    if let Some(equals) = &grant.context_equals {
        return context.0.len() == equals.len()
            && equals.iter().all(|(k, v)| context.0.get(k) == Some(v));
    }
    if let Some(subset) = &grant.context_subset {
        return subset.iter().all(|(k, v)| context.0.get(k) == Some(v));
    }
    true
}

/// A principal a grant may name: an ARN a key policy may name, or an account.
fn principal_field(value: &str, field: &str) -> Result<()> {
    validate::length(value, field, 1, 256)?;
    if value != "*" && crate::policy::valid_aws_principal(value) {
        return Ok(());
    }
    Err(validate::fail(
        Some(value),
        field,
        "satisfy regular expression pattern: ^[\\w+=,.@:/-]+$",
    ))
}

fn check_constraints(constraints: &GrantConstraints) -> Result<()> {
    if constraints.encryption_context_equals.is_some()
        && constraints.encryption_context_subset.is_some()
    {
        return Err(Error::Validation(
            "More than one constraint supplied".into(),
        ));
    }
    for pairs in [
        &constraints.encryption_context_equals,
        &constraints.encryption_context_subset,
    ]
    .into_iter()
    .flatten()
    {
        if pairs.len() > MAX_CONSTRAINT_PAIRS
            || pairs
                .values()
                .any(|v| v.chars().count() > MAX_CONSTRAINT_VALUE)
        {
            return Err(Error::Validation(format!(
                "A grant constraint has at most {MAX_CONSTRAINT_PAIRS} pairs, each value at most \
                 {MAX_CONSTRAINT_VALUE} characters."
            )));
        }
    }
    Ok(())
}

/// The key a grant operation names: a key id or key ARN, of another
/// account by ARN; an alias is InvalidArnException, as AWS answers.
fn grant_key<'s>(
    state: &'s State,
    ctx: &Ctx,
    input: Option<&str>,
) -> Result<(KeyAddr, &'s KeyRecord)> {
    let input = validate::required(input, "keyId")?;
    let named = KeyRef::parse(input, "keyId", Accept::KeyOrAlias, state, &ctx.caller)?;
    if matches!(named.name, Name::Alias(_)) {
        return Err(Error::InvalidArn(
            "Key Aliases are not supported for this operation.".into(),
        ));
    }
    named.resolve_for(state, ctx)
}

/// A grant token: URL-safe base64 of a version byte, the key's id, the
/// grant's id and 16 random bytes. Not a secret, as AWS's are not: it
/// names a grant.
fn token(addr: &KeyAddr, grant_id: &str) -> Result<String> {
    let mut bytes = vec![TOKEN_VERSION];
    bytes.extend_from_slice(addr.id.as_bytes());
    bytes.extend_from_slice(grant_id.as_bytes());
    bytes.extend_from_slice(&random::array::<16>()?);
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// The key id and grant id a token names.
fn read_token(token: &str) -> Option<(uuid::Uuid, String)> {
    let bytes = URL_SAFE_NO_PAD.decode(token).ok()?;
    let (&version, rest) = bytes.split_first()?;
    if version != TOKEN_VERSION || rest.len() != 16 + 64 + 16 {
        return None;
    }
    let key = uuid::Uuid::from_slice(&rest[..16]).ok()?;
    let grant = std::str::from_utf8(&rest[16..80]).ok()?;
    grant
        .bytes()
        .all(|b| b.is_ascii_hexdigit())
        .then(|| (key, grant.to_owned()))
}

/// The condition keys of a CreateGrant request, for the key policy.
fn grant_facts(ctx: &Ctx, req: &CreateGrantRequest) -> Ctx {
    let constraint = req.constraints.as_ref().map(|c| {
        let mut kinds = Vec::new();
        if c.encryption_context_equals.is_some() {
            kinds.push("EncryptionContextEquals".to_owned());
        }
        if c.encryption_context_subset.is_some() {
            kinds.push("EncryptionContextSubset".to_owned());
        }
        kinds
    });
    let mut ctx = ctx
        .with_facts(
            "kms:grantoperations",
            req.operations.clone().unwrap_or_default(),
        )
        .with_fact("kms:granteeprincipal", req.grantee_principal.as_deref())
        .with_fact("kms:retiringprincipal", req.retiring_principal.as_deref())
        .with_fact("kms:grantisforawsresource", Some("false"));
    if let Some(kinds) = constraint {
        ctx = ctx.with_facts("kms:grantconstrainttype", kinds);
    }
    ctx
}

/// CreateGrant.
pub fn create_grant(
    state: &mut State,
    ctx: &Ctx,
    req: CreateGrantRequest,
) -> Result<CreateGrantResponse> {
    let ctx = &grant_facts(ctx, &req);
    let grantee = validate::required(req.grantee_principal.as_deref(), "granteePrincipal")?;
    principal_field(grantee, "granteePrincipal")?;
    if let Some(retiring) = &req.retiring_principal {
        principal_field(retiring, "retiringPrincipal")?;
    }
    let operations = validate::required(req.operations.clone(), "operations")?;
    if operations.is_empty() {
        return Err(validate::fail(
            None,
            "operations",
            "have length greater than or equal to 1",
        ));
    }
    if operations.iter().all(|o| o == "CreateGrant") {
        return Err(Error::Validation(
            "Grants must not contain only the CreateGrant operation.".into(),
        ));
    }
    if let Some(name) = &req.name {
        validate::length(name, "name", 1, 256)?;
        validate::pattern(name, "name", "^[a-zA-Z0-9:/_-]+$", |c| {
            c.is_ascii_alphanumeric() || ":/_-".contains(c)
        })?;
    }
    let constraints = req.constraints.clone().unwrap_or_default();
    check_constraints(&constraints)?;
    validate::grant_tokens(req.grant_tokens.as_deref())?;
    let (addr, record) = grant_key(state, ctx, req.key_id.as_deref())?;
    key_state::require(state, &addr, record, Use::Cryptographic)?;
    if let Some(bad) = operations.iter().find(|o| !grantable(record, o)) {
        return Err(Error::Validation(format!(
            "{bad} is not a grantable operation for {}",
            key_arn(state, &addr)
        )));
    }
    if record.grants.len() >= MAX_GRANTS_PER_KEY {
        return Err(Error::LimitExceeded(format!(
            "{} has {MAX_GRANTS_PER_KEY} grants, as many as a key may have.",
            key_arn(state, &addr)
        )));
    }
    let grant = Grant {
        id: to_hex(&random::array::<32>()?),
        name: req.name.clone(),
        grantee: grantee.to_owned(),
        retiring: req.retiring_principal.clone(),
        operations,
        context_equals: constraints.encryption_context_equals,
        context_subset: constraints.encryption_context_subset,
        created: ctx.now,
        issuing_account: format!("arn:aws:iam::{}:root", state.scope(addr.scope).account_id),
    };
    // A named grant made again with the same parameters is the same grant.
    let same = |g: &Grant| {
        g.name.is_some()
            && (
                g.name.as_ref(),
                &g.grantee,
                &g.retiring,
                &g.operations,
                &g.context_equals,
                &g.context_subset,
            ) == (
                grant.name.as_ref(),
                &grant.grantee,
                &grant.retiring,
                &grant.operations,
                &grant.context_equals,
                &grant.context_subset,
            )
    };
    let id = match record.grants.iter().find(|g| same(g)) {
        Some(existing) => existing.id.clone(),
        None => grant.id.clone(),
    };
    let response = CreateGrantResponse {
        grant_token: token(&addr, &id)?,
        grant_id: id.clone(),
    };
    if req.dry_run != Some(true) && id == grant.id {
        key_state::record_mut(state, &addr)?.grants.push(grant);
    }
    unless_dry_run(req.dry_run, response)
}

fn entry(state: &State, addr: &KeyAddr, grant: &Grant) -> GrantListEntry {
    let constrained = grant.context_equals.is_some() || grant.context_subset.is_some();
    GrantListEntry {
        key_id: key_arn(state, addr),
        grant_id: grant.id.clone(),
        name: grant.name.clone().unwrap_or_default(),
        creation_date: crate::timestamp::IsoTimestamp(grant.created),
        grantee_principal: grant.grantee.clone(),
        retiring_principal: grant.retiring.clone(),
        issuing_account: grant.issuing_account.clone(),
        operations: grant.operations.clone(),
        constraints: constrained.then(|| GrantConstraints {
            encryption_context_subset: grant.context_subset.clone(),
            encryption_context_equals: grant.context_equals.clone(),
        }),
    }
}

/// ListGrants: a key's grants, oldest first.
pub fn list_grants(state: &State, ctx: &Ctx, req: ListGrantsRequest) -> Result<ListGrantsResponse> {
    if let Some(grantee) = &req.grantee_principal {
        principal_field(grantee, "granteePrincipal")?;
    }
    let (addr, record) = grant_key(state, ctx, req.key_id.as_deref())?;
    if let Some(id) = &req.grant_id
        && !record.grants.iter().any(|g| g.id == *id)
    {
        return Err(Error::InvalidGrantId(format!("Grant ID {id} is not valid")));
    }
    let entries = record
        .grants
        .iter()
        .enumerate()
        .filter(|(_, g)| req.grant_id.as_ref().is_none_or(|id| g.id == *id))
        .filter(|(_, g)| {
            req.grantee_principal
                .as_ref()
                .is_none_or(|p| g.grantee == *p)
        })
        .map(|(i, g)| (format!("{i:05}"), entry(state, &addr, g)));
    listed(entries, req.limit, req.marker.as_deref())
}

fn listed(
    entries: impl Iterator<Item = (String, GrantListEntry)>,
    limit: Option<i64>,
    marker: Option<&str>,
) -> Result<ListGrantsResponse> {
    let page = page::paginate(entries, limit, marker, limits::LIST_GRANTS)?;
    Ok(ListGrantsResponse {
        truncated: page.truncated(),
        grants: page.items,
        next_marker: page.next_marker,
    })
}

/// ListRetirableGrants: the grants, on any key of the keystore, that the
/// principal may retire. Only IAM governs it, so no key policy is asked.
pub fn list_retirable_grants(
    state: &State,
    _: &Ctx,
    req: ListRetirableGrantsRequest,
) -> Result<ListGrantsResponse> {
    let retiring = validate::required(req.retiring_principal.as_deref(), "retiringPrincipal")?;
    principal_field(retiring, "retiringPrincipal")?;
    let records = state.keys.records()?;
    let mut entries = Vec::new();
    for (addr, record) in records {
        for grant in record
            .grants
            .iter()
            .filter(|g| g.retiring.as_deref() == Some(retiring))
        {
            let key = format!("{}:{:05}", key_arn(state, &addr), entries.len());
            entries.push((key, entry(state, &addr, grant)));
        }
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    listed(entries.into_iter(), req.limit, req.marker.as_deref())
}

/// The key and grant a RetireGrant names: by token, or by key ARN and id.
fn retired(state: &State, ctx: &Ctx, req: &RetireGrantRequest) -> Result<(KeyAddr, String)> {
    if let Some(token) = &req.grant_token {
        validate::length(token, "grantToken", 1, limits::MAX_GRANT_TOKEN_LEN)?;
        let invalid = || Error::InvalidGrantToken("The grant token is not valid.".into());
        let (key, id) = read_token(token).ok_or_else(invalid)?;
        let found = state
            .scope_ids()
            .map(|scope| KeyAddr { scope, id: key })
            .find(|addr| {
                state
                    .keys
                    .get(addr)
                    .ok()
                    .flatten()
                    .is_some_and(|r| r.grants.iter().any(|g| g.id == id))
            });
        return found.map(|addr| (addr, id)).ok_or_else(invalid);
    }
    let id = validate::required(req.grant_id.as_deref(), "grantId")?;
    let key = validate::required(req.key_id.as_deref(), "keyId")?;
    let named = KeyRef::parse(key, "keyId", Accept::KeyOrAlias, state, &ctx.caller)?;
    let (addr, _) = named.resolve(state)?;
    Ok((addr, id.to_owned()))
}

/// RetireGrant: by the retiring principal, the grantee of a grant that
/// allows RetireGrant, or a principal of the account that issued it.
pub fn retire_grant(state: &mut State, ctx: &Ctx, req: RetireGrantRequest) -> Result<()> {
    let (addr, id) = retired(state, ctx, &req)?;
    let record = state
        .keys
        .get(&addr)?
        .ok_or_else(|| key_id::not_found(state, &addr))?;
    let grant = record
        .grants
        .iter()
        .find(|g| g.id == id)
        .ok_or_else(|| Error::InvalidGrantId(format!("Grant ID {id} is not valid")))?;
    let caller = ctx.caller.principal_arn(state);
    let account = ctx.caller.account(state);
    let may = grant
        .retiring
        .as_deref()
        .is_some_and(|r| is(r, &caller, account))
        || (grant.operations.iter().any(|o| o == "RetireGrant")
            && is(&grant.grantee, &caller, account))
        || grant.issuing_account == format!("arn:aws:iam::{account}:root");
    if !may {
        return Err(Error::AccessDenied(format!(
            "User: {caller} is not authorized to perform: kms:RetireGrant on resource: {}",
            key_arn(state, &addr)
        )));
    }
    unless_dry_run(req.dry_run, ())?;
    key_state::record_mut(state, &addr)?
        .grants
        .retain(|g| g.id != id);
    Ok(())
}

/// RevokeGrant: governed by the key's policy, as any operation on it.
pub fn revoke_grant(state: &mut State, ctx: &Ctx, req: RevokeGrantRequest) -> Result<()> {
    let id = validate::required(req.grant_id.as_deref(), "grantId")?.to_owned();
    validate::length(&id, "grantId", 1, 128)?;
    let (addr, record) = grant_key(state, ctx, req.key_id.as_deref())?;
    if !record.grants.iter().any(|g| g.id == id) {
        return Err(Error::InvalidGrantId(format!("Grant ID {id} is not valid")));
    }
    unless_dry_run(req.dry_run, ())?;
    key_state::record_mut(state, &addr)?
        .grants
        .retain(|g| g.id != id);
    Ok(())
}
