//! AWS managed keys: the key behind `alias/aws/<service>`, made in the
//! caller's account and Region the first time an operation resolves that
//! alias (as an AWS service makes it the first time it encrypts for a
//! customer). Its owner may use it and see it, not change it.

use crate::error::{Error, Result};
use crate::keystore::state::{
    AliasRecord, KeyAddr, KeyAttributes, KeyRecord, KeyState, Origin, RotationSchedule, State,
};
use crate::ops::key_id::{self, arn};
use crate::ops::keys;
use crate::ops::types::CreateKeyResponse;
use crate::ops::{Caller, Ctx};

/// The services whose `alias/aws/<service>` resolves, with what AWS's
/// description of the key says it protects. The S3, EBS and Glue texts are
/// AWS's; the others follow their pattern.
const SERVICES: &[(&str, &str)] = &[
    ("acm", "ACM certificates"),
    ("dynamodb", "DynamoDB tables"),
    ("ebs", "EBS volumes"),
    ("elasticfilesystem", "EFS file systems"),
    ("es", "Elasticsearch domains"),
    ("glue", "Glue data"),
    ("kinesisvideo", "Kinesis Video streams"),
    ("lambda", "Lambda functions"),
    ("rds", "RDS database"),
    ("redshift", "Redshift data"),
    ("s3", "S3 objects"),
    ("secretsmanager", "Secrets Manager secrets"),
    ("ssm", "SSM parameters"),
    ("xray", "X-Ray data"),
];

/// AWS rotates its managed keys every year.
const ROTATION_DAYS: u32 = 365;

/// The service of a full alias name `alias/aws/<service>`, if kms-local
/// knows it.
fn service(alias_name: &str) -> Option<&'static (&'static str, &'static str)> {
    let name = alias_name.strip_prefix("alias/aws/")?;
    SERVICES.iter().find(|(service, _)| *service == name)
}

/// The alias a request's key input names in the caller's own account and
/// Region, when it is an AWS managed key's alias that has no key yet there.
pub fn missing(state: &State, caller: &Caller, input: Option<&str>) -> Option<String> {
    let input = input?;
    let here = arn(caller.account(state), caller.region(state), "");
    let name = input.strip_prefix(&here).unwrap_or(input);
    service(name)?;
    let scope = caller.scope(state);
    let present = scope.is_some_and(|s| state.scope(s).aliases.contains_key(name));
    (!present).then(|| name.to_owned())
}

/// Makes the AWS managed key of `alias_name` in the caller's account and
/// Region, with its alias; nothing if another process made it first.
pub fn create(state: &mut State, ctx: &Ctx, alias_name: &str) -> Result<CreateKeyResponse> {
    let &(service_name, protects) = service(alias_name)
        .ok_or_else(|| Error::Internal(format!("{alias_name} is no AWS managed key's alias")))?;
    let scope = ctx.caller.scope_mut(state)?;
    if let Some(alias) = state.scope(scope).aliases.get(alias_name) {
        let addr = KeyAddr {
            scope,
            id: alias.target_key_id,
        };
        let record = state
            .keys
            .get(&addr)?
            .ok_or_else(|| key_id::not_found(state, &addr))?;
        let key_metadata = keys::metadata(state, &addr, record);
        return Ok(CreateKeyResponse { key_metadata });
    }
    let addr = KeyAddr {
        scope,
        id: key_id::new_key_id(false)?,
    };
    let attributes = KeyAttributes {
        created: ctx.now,
        description: format!(
            "Default master key that protects my {protects} when no other key is defined"
        ),
        state: KeyState::Enabled,
        deletion_date: None,
        rotation: Some(RotationSchedule {
            period_in_days: ROTATION_DAYS,
            next: ctx.now.plus_days(ROTATION_DAYS),
        }),
        tags: Vec::new(),
    };
    let backing = keys::new_backing_key(state, &addr, ctx.now, Origin::Created)?;
    let mut record = KeyRecord::symmetric(attributes, vec![backing]);
    record.aws_managed = true;
    record.policy = Some(policy(
        service_name,
        ctx.caller.region(state),
        ctx.caller.account(state),
    ));
    let key_metadata = keys::metadata(state, &addr, &record);
    state.keys.insert(addr, record);
    state.scope_mut(scope).aliases.insert(
        alias_name.to_owned(),
        AliasRecord {
            target_key_id: addr.id,
            created: ctx.now,
            updated: ctx.now,
        },
    );
    Ok(CreateKeyResponse { key_metadata })
}

/// The key policy AWS writes for a service's managed key: the account's
/// principals may use it through the service, and see it.
fn policy(service: &str, region: &str, account: &str) -> String {
    let document = serde_json::json!({
        "Version": "2012-10-17",
        "Id": format!("auto-{service}"),
        "Statement": [
            {
                "Sid": format!("Allow access through {service} for all principals in the account that are authorized to use {service}"),
                "Effect": "Allow",
                "Principal": {"AWS": "*"},
                "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                "Resource": "*",
                "Condition": {"StringEquals": {
                    "kms:ViaService": format!("{service}.{region}.amazonaws.com"),
                    "kms:CallerAccount": account,
                }},
            },
            {
                "Sid": "Allow direct access to key metadata to the account",
                "Effect": "Allow",
                "Principal": {"AWS": format!("arn:aws:iam::{account}:root")},
                "Action": ["kms:Describe*", "kms:Get*", "kms:List*"],
                "Resource": "*",
            },
        ],
    });
    crate::policy::pretty(&document)
}

/// AccessDeniedException for `action` (`kms:DisableKey`, …) on an AWS
/// managed key, which its policy allows nobody: IAM's words.
pub fn refuse(
    state: &State,
    caller: &Caller,
    addr: &KeyAddr,
    record: &KeyRecord,
    action: &str,
) -> Result<()> {
    if !record.aws_managed {
        return Ok(());
    }
    Err(Error::AccessDenied(format!(
        "User: arn:aws:iam::{}:root is not authorized to perform: {action} on resource: {} \
         because no resource-based policy allows the {action} action",
        caller.account(state),
        key_id::key_arn(state, addr)
    )))
}
