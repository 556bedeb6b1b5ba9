//! How a key policy answers one request, as AWS documents it: an explicit
//! Deny wins; else an Allow for the principal allows; else the request is
//! denied. With no IAM here, a statement naming an account (its id or its
//! root) covers every principal of that account, as if the account's IAM
//! policies allowed them what the key policy lets the account do.

use serde_json::Value;

use super::{Effect, Policy, Principals, Statement, glob};

/// What a request is: who asks, for what, on which key, and the values of
/// the condition keys it has.
pub struct Facts<'a> {
    /// The caller's ARN (`arn:aws:iam::<account>:root`, a user, an assumed role).
    pub principal: &'a str,
    pub account: &'a str,
    /// `kms:Decrypt`, …
    pub action: &'a str,
    /// The key's ARN.
    pub resource: &'a str,
    /// The values of a condition key, named in lower case; `None` when the
    /// request has no such key.
    pub values: &'a dyn Fn(&str) -> Option<Vec<String>>,
}

/// The answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    ExplicitDeny,
    ImplicitDeny,
}

/// The policy's answer to `facts`.
pub fn evaluate(policy: &Policy, facts: &Facts<'_>) -> Decision {
    let caller = Caller::of(facts);
    let applying = policy
        .statements
        .iter()
        .filter(|s| applies(s, facts, &caller));
    let mut decision = Decision::ImplicitDeny;
    for statement in applying {
        match statement.effect {
            Effect::Deny => return Decision::ExplicitDeny,
            Effect::Allow => decision = Decision::Allow,
        }
    }
    decision
}

/// The ARNs a statement may name the caller by, made once per request.
struct Caller {
    /// Its account's root: with no IAM, it stands for the whole account.
    root: String,
    /// For an assumed-role session, its role: a key policy names the role,
    /// not its sessions.
    role: Option<String>,
}

impl Caller {
    fn of(facts: &Facts<'_>) -> Caller {
        let role = || {
            let rest = facts.principal.strip_prefix("arn:aws:sts::")?;
            let (account, session) = rest.split_once(":assumed-role/")?;
            let (name, _) = session.split_once('/')?;
            Some(format!("arn:aws:iam::{account}:role/{name}"))
        };
        Caller {
            root: format!("arn:aws:iam::{}:root", facts.account),
            role: role(),
        }
    }
}

fn applies(s: &Statement, facts: &Facts<'_>, caller: &Caller) -> bool {
    let principal = || match (&s.principal, &s.not_principal) {
        (Some(p), _) => names(p, facts, caller),
        (None, Some(p)) => !names(p, facts, caller),
        (None, None) => false,
    };
    let action = || match s.actions.is_empty() {
        false => s.actions.iter().any(|a| glob(a, facts.action, false)),
        true => {
            !s.not_actions.is_empty() && !s.not_actions.iter().any(|a| glob(a, facts.action, false))
        }
    };
    let resource = || match s.resources.is_empty() {
        false => s.resources.iter().any(|r| glob(r, facts.resource, true)),
        true => {
            !s.not_resources.is_empty()
                && !s
                    .not_resources
                    .iter()
                    .any(|r| glob(r, facts.resource, true))
        }
    };
    principal() && action() && resource() && conditions_hold(s, facts)
}

/// Whether `principals` names the caller.
fn names(principals: &Principals, facts: &Facts<'_>, caller: &Caller) -> bool {
    let Principals::Listed { aws, .. } = principals else {
        return true;
    };
    aws.iter().any(|named| {
        named == "*"
            || named == facts.principal
            || named == facts.account
            || *named == caller.root
            || caller.role.as_ref() == Some(named)
    })
}

fn conditions_hold(s: &Statement, facts: &Facts<'_>) -> bool {
    let Some(block) = &s.condition else {
        return true;
    };
    block.iter().all(|(operator, keys)| {
        let Value::Object(keys) = keys else {
            return false;
        };
        keys.iter().all(|(key, wanted)| {
            holds(operator, &(facts.values)(&key.to_ascii_lowercase()), wanted)
        })
    })
}

/// One condition: `operator` over the request's values of a key and the
/// policy's values.
fn holds(operator: &str, given: &Option<Vec<String>>, wanted: &Value) -> bool {
    let (set, rest) = match operator.split_once(':') {
        Some((set @ ("ForAnyValue" | "ForAllValues"), rest)) => (Some(set), rest),
        _ => (None, operator),
    };
    let (base, if_exists) = match rest.strip_suffix("IfExists") {
        Some(base) => (base, true),
        None => (rest, false),
    };
    let wanted: Vec<String> = match wanted {
        Value::Array(items) => items.iter().map(text).collect(),
        one => vec![text(one)],
    };
    if base == "Null" {
        // "true": the key is absent; "false": it is present.
        let absent = given.as_ref().is_none_or(Vec::is_empty);
        return wanted
            .iter()
            .any(|w| w.eq_ignore_ascii_case(&absent.to_string()));
    }
    let negated = base.contains("Not");
    let Some(given) = given.as_ref().filter(|g| !g.is_empty()) else {
        // A missing key fails a condition, but for a negated operator,
        // `…IfExists`, and `ForAllValues` (every one of none).
        return negated || if_exists || set == Some("ForAllValues");
    };
    // A value satisfies a negated operator when it is none of the policy's
    // values, a plain one when it is any of them.
    let one = |value: &String| match negated {
        true => wanted.iter().all(|w| matches(base, value, w)),
        false => wanted.iter().any(|w| matches(base, value, w)),
    };
    match set {
        Some("ForAllValues") => given.iter().all(one),
        Some(_) => given.iter().any(one),
        None if negated => given.iter().all(one),
        None => given.iter().any(one),
    }
}

/// A JSON value of a condition as text.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Whether `given` satisfies `wanted` under the operator `base`; a negated
/// operator answers whether it is *not* that value.
fn matches(base: &str, given: &str, wanted: &str) -> bool {
    let numbers = || Some((given.parse::<f64>().ok()?, wanted.parse::<f64>().ok()?));
    let dates = || {
        let at = |t: &str| {
            crate::timestamp::Timestamp::parse_rfc3339(t)
                .map(|t| t.0 as f64 / 1000.0)
                .or_else(|| t.parse::<f64>().ok())
        };
        Some((at(given)?, at(wanted)?))
    };
    let compare = |pair: Option<(f64, f64)>, test: fn(f64, f64) -> bool| {
        pair.is_some_and(|(a, b)| test(a, b))
    };
    match base {
        "StringEquals" => given == wanted,
        "StringNotEquals" => given != wanted,
        "StringEqualsIgnoreCase" => given.eq_ignore_ascii_case(wanted),
        "StringNotEqualsIgnoreCase" => !given.eq_ignore_ascii_case(wanted),
        "StringLike" | "ArnLike" | "ArnEquals" => glob(wanted, given, true),
        "StringNotLike" | "ArnNotLike" | "ArnNotEquals" => !glob(wanted, given, true),
        "Bool" => given.eq_ignore_ascii_case(wanted),
        "NumericEquals" => compare(numbers(), |a, b| a == b),
        "NumericNotEquals" => !compare(numbers(), |a, b| a == b),
        "NumericLessThan" => compare(numbers(), |a, b| a < b),
        "NumericLessThanEquals" => compare(numbers(), |a, b| a <= b),
        "NumericGreaterThan" => compare(numbers(), |a, b| a > b),
        "NumericGreaterThanEquals" => compare(numbers(), |a, b| a >= b),
        "DateEquals" => compare(dates(), |a, b| a == b),
        "DateNotEquals" => !compare(dates(), |a, b| a == b),
        "DateLessThan" => compare(dates(), |a, b| a < b),
        "DateLessThanEquals" => compare(dates(), |a, b| a <= b),
        "DateGreaterThan" => compare(dates(), |a, b| a > b),
        "DateGreaterThanEquals" => compare(dates(), |a, b| a >= b),
        // BinaryEquals and IpAddress have no value in a request here.
        _ => false,
    }
}
