//! Key policies: CreateKey's and ReplicateKey's `Policy`, GetKeyPolicy,
//! PutKeyPolicy and ListKeyPolicies. A key's policy is kept in its record
//! (the default one, which names the owner account, when none was given)
//! and checked as AWS checks it (src/policy/).

use std::borrow::Cow;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::keystore::state::{KeyAddr, KeyRecord, State};
use crate::ops::key_id;
use crate::ops::types::{
    GetKeyPolicyRequest, GetKeyPolicyResponse, ListKeyPoliciesRequest, ListKeyPoliciesResponse,
    PutKeyPolicyRequest,
};
use crate::ops::{Caller, Ctx, key_state, limits, managed, page, validate};
use crate::policy;

/// The one policy name of a key's own policy.
const DEFAULT: &str = "default";
/// The policy AWS's Resource Access Manager keeps, which kms-local has none of.
const AWS_RAM: &str = "AWS_RAM";
/// A key policy's size limit, in bytes (a quota AWS cannot raise).
const MAX_POLICY_BYTES: usize = 32_768;

/// `text` checked as a key policy for `caller`'s key in `account`, in the
/// layout AWS prints policies in: the form a record keeps.
pub fn checked(
    text: &str,
    caller: &Caller,
    state: &State,
    bypass_lockout_check: Option<bool>,
) -> Result<String> {
    validate::length(text, "policy", 1, 131_072)?;
    validate::pattern(
        text,
        "policy",
        "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
        |c| matches!(c, '\t' | '\n' | '\r' | ' '..='\u{ff}'),
    )?;
    if text.len() > MAX_POLICY_BYTES {
        return Err(Error::LimitExceeded(format!(
            "The key policy is {} bytes; a key policy may have at most {MAX_POLICY_BYTES}.",
            text.len()
        )));
    }
    let parsed = policy::parse(text).map_err(|m| Error::MalformedPolicyDocument(m.0))?;
    let account = caller.account(state);
    let me = format!("arn:aws:iam::{account}:root");
    if bypass_lockout_check != Some(true) && !parsed.lets_update(&me, account) {
        return Err(Error::MalformedPolicyDocument(
            "The new key policy will not allow you to update the key policy in the future.".into(),
        ));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|_| Error::MalformedPolicyDocument(String::new()))?;
    Ok(policy::pretty(&value))
}

/// A `Policy` of CreateKey or ReplicateKey, [`checked`]; `None` for the
/// default policy.
pub fn requested(
    text: Option<&str>,
    bypass_lockout_check: Option<bool>,
    caller: &Caller,
    state: &State,
) -> Result<Option<String>> {
    text.map(|text| checked(text, caller, state, bypass_lockout_check))
        .transpose()
}

/// The policy of the key at `addr`: its own, or the default one.
pub fn of<'a>(state: &State, addr: &KeyAddr, record: &'a KeyRecord) -> Cow<'a, str> {
    match &record.policy {
        Some(text) => Cow::Borrowed(text),
        None => Cow::Owned(policy::default_policy(&state.scope(addr.scope).account_id)),
    }
}

/// A PolicyName: `default` when absent; NotFoundException for `AWS_RAM`,
/// which no key here has, and for any other.
fn policy_name(name: Option<&str>) -> Result<&str> {
    let name = name.unwrap_or(DEFAULT);
    validate::length(name, "policyName", 1, 128)?;
    validate::pattern(name, "policyName", "[\\w]+", |c| {
        c.is_alphanumeric() || c == '_'
    })?;
    match name {
        DEFAULT => Ok(DEFAULT),
        _ => Err(Error::NotFound("No such policy exists".into())),
    }
}

/// GetKeyPolicy.
pub fn get_key_policy(
    state: &State,
    ctx: &Ctx,
    req: GetKeyPolicyRequest,
) -> Result<GetKeyPolicyResponse> {
    let name = policy_name(req.policy_name.as_deref())?;
    let (addr, record) = key_id::own_key(state, ctx, req.key_id.as_deref())?;
    Ok(GetKeyPolicyResponse {
        policy: of(state, &addr, record).into_owned(),
        policy_name: name.to_owned(),
    })
}

/// PutKeyPolicy: the key's policy, replaced. The lockout safety check
/// refuses a policy that would stop the caller from changing it again.
pub fn put_key_policy(state: &mut State, ctx: &Ctx, req: PutKeyPolicyRequest) -> Result<()> {
    if req.policy_name.as_deref() == Some(AWS_RAM) {
        return Err(Error::Validation(
            "The AWS_RAM policy can only be managed by the RAM service.".into(),
        ));
    }
    policy_name(req.policy_name.as_deref())?;
    let text = validate::required(req.policy.as_deref(), "policy")?;
    let (addr, record) = key_id::own_key(state, ctx, req.key_id.as_deref())?;
    managed::refuse(state, &ctx.caller, &addr, record, "kms:PutKeyPolicy")?;
    let checked = checked(
        text,
        &ctx.caller,
        state,
        req.bypass_policy_lockout_safety_check,
    )?;
    key_state::record_mut(state, &addr)?.policy = Some(checked);
    Ok(())
}

/// ListKeyPolicies: `default`, the one policy a key has here.
pub fn list_key_policies(
    state: &State,
    ctx: &Ctx,
    req: ListKeyPoliciesRequest,
) -> Result<ListKeyPoliciesResponse> {
    key_id::own_key(state, ctx, req.key_id.as_deref())?;
    let names = [(DEFAULT.to_owned(), DEFAULT.to_owned())];
    let page = page::paginate(
        names,
        req.limit,
        req.marker.as_deref(),
        limits::LIST_KEY_POLICIES,
    )?;
    Ok(ListKeyPoliciesResponse {
        truncated: page.truncated(),
        policy_names: page.items,
        next_marker: page.next_marker,
    })
}
