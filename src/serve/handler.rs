//! One HTTP request to one response, AWS JSON 1.1: the signature checked,
//! the operation taken from `X-Amz-Target`, the body handed to the same
//! operations as the command line's, and every failure answered with AWS's
//! error shape. No AWS semantics live here; they are all in `ops`.

use hyper::HeaderMap;
use zeroize::Zeroizing;

use crate::error::Error;
use crate::hsm::secret::SecretText;
use crate::ops::{Caller, Kms, Surface, dispatch, limits};
use crate::serve::sigv4::{self, Authorization, Refusal, Request};
use crate::timestamp::{self, Timestamp};

/// `X-Amz-Target` is this prefix and the operation's name.
const TARGET_PREFIX: &str = "TrentService.";
/// The service name in a signature's credential scope.
const SERVICE: &str = "kms";

/// A response to send: a status, an error type for failures, and a body
/// that may hold a plaintext, so it is zeroized when dropped (and its
/// `Debug` shows only its length).
pub struct Reply {
    pub status: u16,
    pub error_type: Option<&'static str>,
    pub body: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reply")
            .field("status", &self.status)
            .field("error_type", &self.error_type)
            .field("body", &format_args!("{} bytes", self.body.len()))
            .finish()
    }
}

impl Reply {
    /// An AWS error: `{"__type": ..., "message": ...}`, or without a
    /// message where AWS sends none (InvalidCiphertextException), so that a
    /// client prints what it prints for AWS (the aws CLI: nothing after
    /// "operation: ").
    pub fn error(status: u16, exception: &'static str, message: &str) -> Self {
        // AccessDeniedException is IAM's, and IAM writes its message capitalised.
        let key = match exception {
            "AccessDeniedException" => "Message",
            _ => "message",
        };
        let body = match message.is_empty() {
            true => serde_json::json!({ "__type": exception }),
            false => serde_json::json!({ "__type": exception, key: message }),
        };
        Reply {
            status,
            error_type: Some(exception),
            body: Zeroizing::new(body.to_string().into_bytes()),
        }
    }

    fn refused(refusal: &Refusal) -> Self {
        Reply::error(400, refusal.exception(), &refusal.message())
    }

    fn failed(error: &Error) -> Self {
        let status = match error.is_client_error() {
            true => 400,
            false => 500,
        };
        Reply::error(status, error.code(), &error.to_string())
    }
}

/// How requests are admitted.
#[derive(Clone, Copy, Debug)]
pub enum Admission {
    /// A valid signature by an access key of the keystore.
    Signed,
    /// Anything (`--allow-any-credentials`).
    Anyone,
}

/// A request whose headers passed [`admit`]: the access key that claims to
/// have signed it, its secret, which the signature is checked with once the
/// body is in, and the account it acts in.
pub struct Signer {
    access_key_id: String,
    secret: SecretText,
    account_id: Option<String>,
    principal: Option<String>,
}

/// What can be checked from the headers alone, before the body is read: a
/// readable Authorization header, for service kms, by an access key the
/// keystore holds. `Ok(None)` when anyone is admitted; `Err` is the reply
/// for a request that is refused without its body being read.
pub fn admit(
    kms: &Kms,
    admission: Admission,
    headers: &HeaderMap,
) -> Result<Option<Signer>, Reply> {
    let Admission::Signed = admission else {
        return Ok(None);
    };
    let auth = authorization(headers).map_err(|refusal| Reply::refused(&refusal))?;
    match kms.access_key(auth.access_key_id) {
        Ok(Some((secret, account_id, principal))) => Ok(Some(Signer {
            access_key_id: auth.access_key_id.to_owned(),
            secret,
            account_id,
            principal,
        })),
        Ok(None) => Err(Reply::refused(&Refusal::UnknownKey)),
        Err(error) => Err(Reply::failed(&error)),
    }
}

/// Answers one request admitted by [`admit`].
pub fn respond(kms: &Kms, signer: Option<&Signer>, request: &Request, now: Timestamp) -> Reply {
    let caller = match signer {
        Some(signer) => {
            let verified = authorization(request.headers).and_then(|auth| {
                sigv4::verify(request, &auth, signer.secret.expose(), now)?;
                Ok(Caller {
                    access_key_id: Some(signer.access_key_id.clone()),
                    account_id: signer.account_id.clone(),
                    region: Some(region(auth.region)?),
                    principal: signer.principal.clone(),
                })
            });
            match verified {
                Ok(caller) => caller,
                Err(refusal) => return Reply::refused(&refusal),
            }
        }
        None => match unchecked(request.headers) {
            Ok(caller) => caller,
            Err(refusal) => return Reply::refused(&refusal),
        },
    };
    kms.on_behalf_of(caller, || run(kms, request))
}

/// For whom an unchecked request (`--allow-any-credentials`) acts: the
/// Region of its credential scope, and the account its access key id names
/// when that is 12 digits (the convention of other local emulators); the
/// keystore's home for what it does not say.
fn unchecked(headers: &HeaderMap) -> Result<Caller, Refusal> {
    let Ok(auth) = authorization(headers) else {
        return Ok(Caller::default());
    };
    let id = auth.access_key_id;
    let is_account = id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit());
    // Nothing was signed: the audit log names no access key.
    Ok(Caller {
        access_key_id: None,
        account_id: is_account.then(|| id.to_owned()),
        region: Some(region(auth.region)?),
        principal: None,
    })
}

/// A credential scope's Region, which names the Region the request acts
/// in: AWS's shape of a Region name, as the endpoint's host would carry it.
fn region(name: &str) -> Result<String, Refusal> {
    let valid = (1..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    match valid {
        true => Ok(name.to_owned()),
        false => Err(Refusal::Mismatch(
            "Credential should be scoped to a valid region.".into(),
        )),
    }
}

/// Runs the operation a checked request names.
fn run(kms: &Kms, request: &Request) -> Reply {
    let operation = match operation(request.headers) {
        Ok(operation) => operation,
        Err(error) => return Reply::failed(&error),
    };
    let fields = match fields(request.body) {
        Ok(fields) => fields,
        Err(error) => return Reply::failed(&error),
    };
    // Room for the largest response, so that no plaintext is left behind by
    // a reallocation.
    let mut out = Zeroizing::new(Vec::with_capacity(limits::RESPONSE_CAPACITY));
    let called = timestamp::as_epoch_seconds(|| {
        dispatch::call(kms, Surface::Api, operation, fields, &mut out)
    });
    match called {
        Ok(()) => Reply {
            status: 200,
            error_type: None,
            body: out,
        },
        Err(error) => Reply::failed(&error),
    }
}

/// The request's Authorization header, read, for service kms, with no
/// session token beside it.
fn authorization(headers: &HeaderMap) -> Result<Authorization<'_>, Refusal> {
    let header = headers
        .get("authorization")
        .ok_or(Refusal::Missing)?
        .to_str()
        .map_err(|_| Refusal::Incomplete("The Authorization header is not valid text.".into()))?;
    let auth = Authorization::parse(header)?;
    // kms-local issues no temporary credentials, so no session token is valid.
    if headers.contains_key("x-amz-security-token") {
        return Err(Refusal::UnknownKey);
    }
    if auth.service != SERVICE {
        return Err(Refusal::Mismatch(format!(
            "Credential should be scoped to correct service: '{SERVICE}'."
        )));
    }
    Ok(auth)
}

/// The operation `X-Amz-Target` names; whether it is one `serve` offers is
/// the dispatcher's to say.
fn operation(headers: &HeaderMap) -> Result<&str, Error> {
    let target = headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    match target.strip_prefix(TARGET_PREFIX) {
        Some(name) => Ok(name),
        None if target.is_empty() => Err(Error::UnknownOperation(
            "The request has no X-Amz-Target header naming an operation".into(),
        )),
        None => Err(dispatch::unknown(target)),
    }
}

/// The request's fields: a JSON object; an empty body is `{}`.
fn fields(body: &[u8]) -> Result<dispatch::Fields<'_>, Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(dispatch::Fields::new());
    }
    let text = std::str::from_utf8(body)
        .map_err(|_| Error::Serialization("The request body is not UTF-8 JSON".into()))?;
    dispatch::fields(text)
}
