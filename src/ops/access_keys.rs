//! The access keys `serve` checks signatures against, with IAM's shapes:
//! CreateAccessKey, ListAccessKeys and DeleteAccessKey as `aws iam` prints them.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::hsm::random;
use crate::hsm::secret::{Plaintext, SecretText};
use crate::keystore::state::{AccessKeyRecord, State};
use crate::ops::types::EmptyRequest;
use crate::ops::{Ctx, validate};
use crate::timestamp::IsoTimestamp;

/// IAM's access key ids: "AKIA" and 16 characters of the base32 alphabet.
const ID_PREFIX: &str = "AKIA";
const ID_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/// 30 random bytes are 40 characters of base64, the length of an AWS secret.
const SECRET_BYTES: usize = 30;

/// CreateAccessKey response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAccessKeyResponse {
    pub access_key: AccessKey,
}

/// A new access key, its secret shown this once.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccessKey {
    pub access_key_id: String,
    pub status: &'static str,
    #[serde(serialize_with = "secret_text")]
    pub secret_access_key: SecretText,
    pub create_date: IsoTimestamp,
}

fn secret_text<S: serde::Serializer>(secret: &SecretText, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(secret.expose())
}

/// ListAccessKeys response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListAccessKeysResponse {
    pub access_key_metadata: Vec<AccessKeyMetadata>,
    pub is_truncated: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccessKeyMetadata {
    pub access_key_id: String,
    pub status: &'static str,
    pub create_date: IsoTimestamp,
}

/// CreateAccessKey request: the account the key's requests act in, the
/// keystore's home account when absent.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateAccessKeyRequest {
    pub account_id: Option<String>,
    /// The IAM user whose key it is: its requests act as that user.
    pub user_name: Option<String>,
    /// The IAM role whose session it is: its requests act as
    /// `arn:aws:sts::<account>:assumed-role/<role>/kms-local`.
    pub role_name: Option<String>,
}

/// DeleteAccessKey request; the response is empty.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DeleteAccessKeyRequest {
    pub access_key_id: Option<String>,
}

/// Every key kms-local makes is active; IAM's other status, Inactive, has no
/// command here.
const ACTIVE: &str = "Active";

pub fn create_access_key(
    state: &mut State,
    ctx: &Ctx,
    req: CreateAccessKeyRequest,
) -> Result<CreateAccessKeyResponse> {
    let now = ctx.now;
    if let Some(account) = &req.account_id {
        validate::account_id(account, "accountId")?;
    }
    let account = req
        .account_id
        .clone()
        .unwrap_or_else(|| state.home().account_id.clone());
    let principal = match (&req.user_name, &req.role_name) {
        (Some(_), Some(_)) => {
            return Err(Error::Validation(
                "Give UserName or RoleName, not both.".into(),
            ));
        }
        (Some(user), None) => Some(format!(
            "arn:aws:iam::{account}:user/{}",
            iam_name(user, "userName")?
        )),
        (None, Some(role)) => Some(format!(
            "arn:aws:sts::{account}:assumed-role/{}/kms-local",
            iam_name(role, "roleName")?
        )),
        (None, None) => None,
    };
    // The home account is kept as "none", so that the key follows it.
    let account_id = req.account_id.filter(|a| *a != state.home().account_id);
    let id = loop {
        let id = new_id()?;
        if !state.access_keys.contains_key(&id) {
            break id;
        }
    };
    let bytes = Plaintext::random(SECRET_BYTES)?;
    let secret = SecretText::new(Zeroizing::new(STANDARD.encode(bytes.expose())));
    state.access_keys.insert(
        id.clone(),
        AccessKeyRecord {
            secret_access_key: secret.clone(),
            created: now,
            account_id,
            principal,
        },
    );
    Ok(CreateAccessKeyResponse {
        access_key: AccessKey {
            access_key_id: id,
            status: ACTIVE,
            secret_access_key: secret,
            create_date: IsoTimestamp(now),
        },
    })
}

pub fn list_access_keys(state: &State, _: &Ctx, _: EmptyRequest) -> Result<ListAccessKeysResponse> {
    Ok(ListAccessKeysResponse {
        access_key_metadata: state
            .access_keys
            .iter()
            .map(|(id, record)| AccessKeyMetadata {
                access_key_id: id.clone(),
                status: ACTIVE,
                create_date: IsoTimestamp(record.created),
            })
            .collect(),
        is_truncated: false,
    })
}

pub fn delete_access_key(state: &mut State, _: &Ctx, req: DeleteAccessKeyRequest) -> Result<()> {
    let id = req.access_key_id.ok_or_else(|| {
        Error::Validation(
            "1 validation error detected: Value null at 'accessKeyId' failed to satisfy \
             constraint: Member must not be null"
                .into(),
        )
    })?;
    match state.access_keys.remove(&id) {
        Some(_) => Ok(()),
        None => Err(Error::NoSuchEntity(format!(
            "The Access Key with id {id} cannot be found."
        ))),
    }
}

/// What an access key is: its secret, the account its requests act in, and
/// the principal they act as (`None`: the keystore's home account; its root).
pub type Credentials = (SecretText, Option<String>, Option<String>);

/// The credentials of an access key, if the keystore has one by that id.
pub fn credentials(state: &State, access_key_id: &str) -> Option<Credentials> {
    state.access_keys.get(access_key_id).map(|record| {
        let secret = record.secret_access_key.clone();
        (secret, record.account_id.clone(), record.principal.clone())
    })
}

/// An IAM user or role name: 1 to 64 of IAM's characters.
fn iam_name<'a>(name: &'a str, field: &str) -> Result<&'a str> {
    validate::length(name, field, 1, 64)?;
    validate::pattern(name, field, "[\\w+=,.@-]+", |c| {
        c.is_ascii_alphanumeric() || "_+=,.@-".contains(c)
    })?;
    Ok(name)
}

fn new_id() -> Result<String> {
    let bytes = random::array::<16>()?;
    let mut id = String::with_capacity(ID_PREFIX.len() + bytes.len());
    id.push_str(ID_PREFIX);
    // 256 is a multiple of 32, so taking 5 bits of each byte is unbiased.
    id.extend(
        bytes
            .iter()
            .map(|b| char::from(ID_ALPHABET[usize::from(b & 31)])),
    );
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_secrets_have_aws_shapes() {
        let mut state = State::empty("us-east-1".into(), "111122223333".into());
        let ctx = Ctx::at(crate::timestamp::Timestamp(0));
        let made = create_access_key(&mut state, &ctx, CreateAccessKeyRequest::default()).unwrap();
        let key = made.access_key;
        assert_eq!(key.access_key_id.len(), 20);
        assert!(key.access_key_id.starts_with("AKIA"));
        assert!(
            key.access_key_id[4..]
                .bytes()
                .all(|b| ID_ALPHABET.contains(&b))
        );
        assert_eq!(key.secret_access_key.expose().len(), 40);
        let (found, account, principal) = credentials(&state, &key.access_key_id).unwrap();
        assert_eq!(found.expose(), key.secret_access_key.expose());
        assert_eq!((account, principal), (None, None));
        assert!(!format!("{key:?}").contains(key.secret_access_key.expose()));
    }
}
