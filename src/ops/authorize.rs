//! Whether a request may act on a key: the key's policy, evaluated for the
//! caller (src/policy/eval.rs) with the values of the condition keys that
//! have a meaning here. docs/authorization.md says which, and what "no IAM"
//! means for a statement that names an account.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{Error, Result};
use crate::keystore::state::{KeyAddr, KeyRecord, State};
use crate::ops::{Ctx, grants, key_id, policies};
use crate::policy::{self, Decision, Facts, Policy};

/// Checks that the caller may do `ctx.action` on the key at `addr`.
pub fn check(state: &State, ctx: &Ctx, addr: &KeyAddr, record: &KeyRecord) -> Result<()> {
    check_as(state, ctx, addr, record, &ctx.action)
}

/// [`check`] for `action` rather than the request's own (ReEncrypt's
/// `kms:ReEncryptFrom` and `kms:ReEncryptTo`).
pub fn check_as(
    state: &State,
    ctx: &Ctx,
    addr: &KeyAddr,
    record: &KeyRecord,
    action: &str,
) -> Result<()> {
    if action.is_empty() {
        return Ok(());
    }
    let text = policies::of(state, addr, record);
    // A stored policy passed the checks when it was put; one that no longer
    // parses allows nothing.
    let Some(parsed) = parsed(&text) else {
        return Err(denied(state, ctx, addr, action, Decision::ImplicitDeny));
    };
    let principal = ctx.caller.principal_arn(state);
    let account = ctx.caller.account(state);
    let resource = key_id::key_arn(state, addr);
    let values = |key: &str| condition_value(state, ctx, addr, record, key);
    let facts = Facts {
        principal: &principal,
        account,
        action,
        resource: &resource,
        values: &values,
    };
    match policy::evaluate(&parsed, &facts) {
        Decision::Allow => Ok(()),
        // A grant allows what the policy does not allow, never what it denies.
        Decision::ImplicitDeny if grants::allow(state, ctx, record, action) => Ok(()),
        refused => Err(denied(state, ctx, addr, action, refused)),
    }
}

/// How many parsed policies a thread keeps: a `batch` or a `serve` worker
/// asks the same few keys again and again.
const PARSED_KEPT: usize = 32;

thread_local! {
    static PARSED: RefCell<Vec<(String, Rc<Policy>)>> = const { RefCell::new(Vec::new()) };
}

/// The policy `text`, parsed once per thread while it is among the last
/// [`PARSED_KEPT`] asked for.
fn parsed(text: &str) -> Option<Rc<Policy>> {
    PARSED.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(at) = kept.iter().position(|(t, _)| t == text) {
            let hit = kept.remove(at);
            let policy = Rc::clone(&hit.1);
            kept.push(hit);
            return Some(policy);
        }
        let policy = Rc::new(policy::parse(text).ok()?);
        if kept.len() == PARSED_KEPT {
            kept.remove(0);
        }
        kept.push((text.to_owned(), Rc::clone(&policy)));
        Some(policy)
    })
}

/// AccessDeniedException in IAM's words.
fn denied(state: &State, ctx: &Ctx, addr: &KeyAddr, action: &str, why: Decision) -> Error {
    let principal = ctx.caller.principal_arn(state);
    let resource = key_id::key_arn(state, addr);
    let reason = match why {
        Decision::ExplicitDeny => "with an explicit deny in a resource-based policy".to_owned(),
        _ => format!("because no resource-based policy allows the {action} action"),
    };
    Error::AccessDenied(format!(
        "User: {principal} is not authorized to perform: {action} on resource: {resource} {reason}"
    ))
}

/// The values of a condition key (in lower case) for this request, `None`
/// when it has none.
fn condition_value(
    state: &State,
    ctx: &Ctx,
    addr: &KeyAddr,
    record: &KeyRecord,
    key: &str,
) -> Option<Vec<String>> {
    let one = |v: &str| Some(vec![v.to_owned()]);
    if let Some((_, values)) = ctx.facts.iter().find(|(k, _)| *k == key) {
        // A request field left out is a key the request does not have.
        return (!values.is_empty()).then(|| values.clone());
    }
    if let Some(name) = key.strip_prefix("kms:encryptioncontext:") {
        let context = ctx.context.as_ref()?;
        let (_, value) = context
            .0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))?;
        return one(value);
    }
    match key {
        "kms:calleraccount" | "aws:principalaccount" => one(ctx.caller.account(state)),
        "aws:principalarn" => one(&ctx.caller.principal_arn(state)),
        "aws:currenttime" => one(&ctx.now.to_iso8601()),
        "kms:encryptioncontextkeys" => Some(ctx.context.as_ref()?.0.keys().cloned().collect()),
        "kms:keyspec" => one(record.key_spec.name()),
        "kms:keyusage" => one(record.key_usage.name()),
        "kms:keyorigin" => one(match record.external {
            Some(_) => "EXTERNAL",
            None => "AWS_KMS",
        }),
        "kms:multiregion" => one(&record.multi_region.is_some().to_string()),
        "kms:requestalias" => {
            let input = ctx.key_input.as_deref()?;
            let alias = input.find("alias/").map(|at| &input[at..])?;
            one(alias)
        }
        "kms:resourcealiases" => Some(
            state
                .scope(addr.scope)
                .aliases
                .iter()
                .filter(|(_, a)| a.target_key_id == addr.id)
                .map(|(name, _)| name.clone())
                .collect(),
        ),
        _ => None,
    }
}
