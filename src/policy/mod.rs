//! Key policy documents: the JSON a key's policy is, checked as AWS checks
//! a key policy before it takes it (docs/authorization.md). A policy
//! is untrusted input: parsing is bounded by the caller's length check and
//! never panics, and anything not understood is refused.

mod eval;
mod jackson;

use serde_json::{Map, Value};

pub use eval::{Decision, Facts, evaluate};
pub use jackson::pretty;

/// Why a policy document was refused: the text of
/// MalformedPolicyDocumentException, empty where AWS's is.
#[derive(Debug, PartialEq, Eq)]
pub struct Malformed(pub String);

fn malformed(why: impl Into<String>) -> Malformed {
    Malformed(why.into())
}

/// The versions of the policy language.
const VERSIONS: &[&str] = &["2012-10-17", "2008-10-17"];

/// The elements a statement may have.
const STATEMENT_ELEMENTS: &[&str] = &[
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

/// The condition operators of the policy language, before any
/// `ForAnyValue:`/`ForAllValues:` prefix and `IfExists` suffix.
const OPERATORS: &[&str] = &[
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
    "Bool",
    "BinaryEquals",
    "IpAddress",
    "NotIpAddress",
    "ArnEquals",
    "ArnLike",
    "ArnNotEquals",
    "ArnNotLike",
    "Null",
];

/// A statement's effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Allow,
    Deny,
}

/// Who a statement is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Principals {
    /// `"*"`, or `{"AWS": "*"}`: anyone.
    Anyone,
    /// `{"AWS": [...]}` (ARNs and account ids) and `{"Service": [...]}`.
    Listed {
        aws: Vec<String>,
        services: Vec<String>,
    },
}

/// One statement, as far as it was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub effect: Effect,
    /// `Principal`, or `None` with `NotPrincipal`.
    pub principal: Option<Principals>,
    pub not_principal: Option<Principals>,
    /// `Action` patterns (`kms:Decrypt`, `kms:*`, `*`); empty when absent.
    pub actions: Vec<String>,
    pub not_actions: Vec<String>,
    /// `Resource` patterns; empty when absent.
    pub resources: Vec<String>,
    pub not_resources: Vec<String>,
    /// The statement's `Condition`, checked but kept as written.
    pub condition: Option<Map<String, Value>>,
}

/// A key policy that passed [`parse`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub statements: Vec<Statement>,
}

/// One string or a list of strings, as policy elements are written; `None`
/// for anything else.
fn strings(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => None,
    }
}

/// Whether `value` is a principal a key policy may name: an account id, an
/// IAM or STS principal ARN, or `*`.
pub fn valid_aws_principal(value: &str) -> bool {
    if value == "*" {
        return true;
    }
    let is_account = |s: &str| s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit());
    if is_account(value) {
        return true;
    }
    let parts: Vec<&str> = value.splitn(6, ':').collect();
    let [arn, partition, service, region, account, resource] = parts[..] else {
        return false;
    };
    let resource_ok = match service {
        "iam" => {
            resource == "root"
                || ["user/", "role/", "group/"]
                    .iter()
                    .any(|p| resource.strip_prefix(p).is_some_and(|n| !n.is_empty()))
        }
        "sts" => resource
            .strip_prefix("assumed-role/")
            .is_some_and(|r| r.split('/').count() == 2 && !r.contains("//")),
        _ => false,
    };
    arn == "arn"
        && partition.starts_with("aws")
        && region.is_empty()
        && is_account(account)
        && resource_ok
}

fn principals(value: &Value) -> Result<Principals, Malformed> {
    let invalid = || malformed("Policy contains a statement with one or more invalid principals.");
    match value {
        Value::String(s) if s == "*" => Ok(Principals::Anyone),
        Value::Object(map) if !map.is_empty() => {
            let mut aws = Vec::new();
            let mut services = Vec::new();
            for (kind, names) in map {
                let names = strings(names).ok_or_else(invalid)?;
                match kind.as_str() {
                    "AWS" if names.iter().all(|n| valid_aws_principal(n)) => aws.extend(names),
                    "Service" if names.iter().all(|n| n.ends_with(".amazonaws.com")) => {
                        services.extend(names)
                    }
                    _ => return Err(invalid()),
                }
            }
            if aws.len() == 1 && aws[0] == "*" && services.is_empty() {
                return Ok(Principals::Anyone);
            }
            Ok(Principals::Listed { aws, services })
        }
        _ => Err(invalid()),
    }
}

/// `kms:<Action>` with wildcards, or `*`.
fn actions(value: &Value) -> Result<Vec<String>, Malformed> {
    let actions = strings(value).ok_or_else(|| malformed(""))?;
    let valid = |a: &String| {
        a == "*"
            || a.split_once(':').is_some_and(|(service, name)| {
                service.eq_ignore_ascii_case("kms")
                    && !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'*' || b == b'?')
            })
    };
    match actions.iter().all(valid) {
        true => Ok(actions),
        false => Err(malformed(
            "Policy contains a statement with one or more invalid actions.",
        )),
    }
}

/// A `Condition` block: operator → condition key → value(s).
fn condition(value: &Value) -> Result<Map<String, Value>, Malformed> {
    let Value::Object(block) = value else {
        return Err(malformed(""));
    };
    for (operator, keys) in block {
        let bare = operator
            .strip_prefix("ForAnyValue:")
            .or_else(|| operator.strip_prefix("ForAllValues:"))
            .unwrap_or(operator);
        let bare = bare.strip_suffix("IfExists").unwrap_or(bare);
        if !OPERATORS.contains(&bare) {
            return Err(malformed(format!(
                "Policy contains an unknown condition operator: {operator}"
            )));
        }
        let Value::Object(keys) = keys else {
            return Err(malformed(""));
        };
        for (key, values) in keys {
            let scalar =
                |v: &Value| matches!(v, Value::String(_) | Value::Bool(_) | Value::Number(_));
            let ok = match values {
                Value::Array(items) => items.iter().all(scalar),
                other => scalar(other),
            };
            if key.is_empty() || !ok {
                return Err(malformed(""));
            }
            if operator.starts_with("ForAllValues:")
                && key
                    .to_ascii_lowercase()
                    .starts_with("kms:encryptioncontext:")
            {
                return Err(malformed(
                    "OverlyPermissiveCondition:EncryptionContext: Using the ForAllValues set \
                     operator with a single-valued condition key matches requests without the \
                     specified encryption context or with an unspecified encryption context. To \
                     fix, remove ForAllValues.",
                ));
            }
        }
    }
    Ok(block.clone())
}

fn statement(value: &Value) -> Result<Statement, Malformed> {
    let Value::Object(map) = value else {
        return Err(malformed(""));
    };
    if let Some(unknown) = map
        .keys()
        .find(|k| !STATEMENT_ELEMENTS.contains(&k.as_str()))
    {
        return Err(malformed(format!(
            "Policy contains an unknown element: {unknown}"
        )));
    }
    let effect = match map.get("Effect").and_then(Value::as_str) {
        Some("Allow") => Effect::Allow,
        Some("Deny") => Effect::Deny,
        _ => return Err(malformed("")),
    };
    let principal = map.get("Principal").map(principals).transpose()?;
    let not_principal = map.get("NotPrincipal").map(principals).transpose()?;
    // A key policy names who each statement is about.
    if principal.is_some() == not_principal.is_some() {
        return Err(malformed(""));
    }
    if map.contains_key("Action") && map.contains_key("NotAction") {
        return Err(malformed(""));
    }
    let mut resources = [Vec::new(), Vec::new()];
    for (at, element) in ["Resource", "NotResource"].into_iter().enumerate() {
        if let Some(value) = map.get(element) {
            resources[at] = strings(value).ok_or_else(|| malformed(""))?;
        }
    }
    let [resources, not_resources] = resources;
    if let Some(sid) = map.get("Sid")
        && !sid.is_string()
    {
        return Err(malformed(""));
    }
    Ok(Statement {
        effect,
        principal,
        not_principal,
        // AWS takes a statement without Action (or Resource); it allows nothing.
        actions: map
            .get("Action")
            .map(actions)
            .transpose()?
            .unwrap_or_default(),
        not_actions: map
            .get("NotAction")
            .map(actions)
            .transpose()?
            .unwrap_or_default(),
        resources,
        not_resources,
        condition: map.get("Condition").map(condition).transpose()?,
    })
}

/// Parses and checks a key policy document.
pub fn parse(text: &str) -> Result<Policy, Malformed> {
    let value: Value = serde_json::from_str(text).map_err(|_| malformed(""))?;
    let Value::Object(document) = &value else {
        return Err(malformed(""));
    };
    if let Some(unknown) = document
        .keys()
        .find(|k| !["Version", "Id", "Statement"].contains(&k.as_str()))
    {
        return Err(malformed(format!(
            "Policy contains an unknown element: {unknown}"
        )));
    }
    if let Some(version) = document.get("Version")
        && !version.as_str().is_some_and(|v| VERSIONS.contains(&v))
    {
        return Err(malformed(""));
    }
    let statements = match document.get("Statement") {
        Some(Value::Array(items)) if !items.is_empty() => items.iter().map(statement).collect(),
        Some(one @ Value::Object(_)) => statement(one).map(|s| vec![s]),
        _ => Err(malformed("")),
    }?;
    Ok(Policy { statements })
}

/// Whether an action pattern (`kms:*`, `kms:Put*`, `*`) matches `action`
/// (`kms:PutKeyPolicy`): case-insensitively, `*` any run, `?` one character.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    glob(pattern, action, false)
}

/// IAM's wildcard match: `*` any run of characters, `?` one. In time
/// linear in the text for each star, whatever the pattern: a policy is
/// untrusted input.
pub fn glob(pattern: &str, text: &str, case_sensitive: bool) -> bool {
    let same = |a: char, b: char| match case_sensitive {
        true => a == b,
        false => a.eq_ignore_ascii_case(&b),
    };
    if pattern == "*" {
        return true;
    }
    if !pattern.bytes().any(|b| b == b'*' || b == b'?') {
        return match case_sensitive {
            true => pattern == text,
            // Characters compare in ASCII case only, as `same` does.
            false => pattern.eq_ignore_ascii_case(text),
        };
    }
    let at = |s: &str, i: usize| s[i..].chars().next();
    // Byte offsets into the pattern and the text, always on characters.
    let (mut i, mut j) = (0, 0);
    // Where the last star was, and where in the text it began to match.
    let mut star: Option<(usize, usize)> = None;
    while let Some(t) = at(text, j) {
        let p = at(pattern, i);
        if let Some(p) = p.filter(|&p| p == '?' || (p != '*' && same(p, t))) {
            i += p.len_utf8();
            j += t.len_utf8();
        } else if p == Some('*') {
            star = Some((i, j));
            i += 1;
        } else if let Some((star_at, from)) = star {
            // The star takes one more character; `from` is at or before `j`.
            let skipped = at(text, from).map_or(1, char::len_utf8);
            i = star_at + 1;
            j = from + skipped;
            star = Some((star_at, j));
        } else {
            return false;
        }
    }
    pattern[i..].bytes().all(|c| c == b'*')
}

impl Policy {
    /// The lockout safety check: whether an Allow statement without
    /// conditions lets `caller` (a principal ARN) of `account` call
    /// `kms:PutKeyPolicy`, by its ARN, its account, or anyone.
    pub fn lets_update(&self, caller: &str, account: &str) -> bool {
        let root = format!("arn:aws:iam::{account}:root");
        self.statements.iter().any(|s| {
            s.effect == Effect::Allow
                && s.condition.is_none()
                && s.actions
                    .iter()
                    .any(|a| action_matches(a, "kms:PutKeyPolicy"))
                && match &s.principal {
                    Some(Principals::Anyone) => true,
                    Some(Principals::Listed { aws, .. }) => aws
                        .iter()
                        .any(|p| p == caller || p == &root || p == account),
                    None => false,
                }
        })
    }
}

/// The key policy AWS gives a key made without one: the owner account's IAM
/// policies decide. In AWS's layout (see [`pretty`]).
pub fn default_policy(account: &str) -> String {
    format!(
        "{{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \
         \"Statement\" : [ {{\n    \"Sid\" : \"Enable IAM User Permissions\",\n    \
         \"Effect\" : \"Allow\",\n    \"Principal\" : {{\n      \
         \"AWS\" : \"arn:aws:iam::{account}:root\"\n    }},\n    \
         \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  }} ]\n}}"
    )
}

#[cfg(test)]
mod tests;
