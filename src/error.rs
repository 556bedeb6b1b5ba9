//! The one error type. Its KMS variants are the AWS KMS exceptions, so that a
//! caller sees the same names as with `aws kms`; the rest say what went wrong
//! with the command line, the keystore or the machine.
//!
//! Nothing here prints: `main` renders an error with [`Error::render`].

use std::fmt;
use std::path::PathBuf;

/// How a failed command ended, as the aws CLI v2 reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The command line could not be parsed or its input could not be read.
    Usage,
    /// The keystore or its master key is missing, locked, corrupt or wrong.
    Keystore,
    /// The operation ended in an AWS KMS exception.
    Kms,
    /// Anything else: an I/O error on stdout, a failed OS random source.
    Internal,
}

impl Kind {
    /// The process exit code for this kind, the same numbers as aws CLI v2.
    pub fn exit_code(self) -> u8 {
        match self {
            // clap's own code is 2; 252 is what `aws` returns for a bad command line.
            Kind::Usage => 252,
            Kind::Keystore => 253,
            Kind::Kms => 254,
            Kind::Internal => 255,
        }
    }
}

/// Everything that can go wrong, one variant per AWS exception first.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The caller may not do this to the key (an AWS managed key's own).
    #[error("{0}")]
    AccessDenied(String),
    /// An alias with this name exists already.
    #[error("{0}")]
    AlreadyExists(String),
    /// The key is disabled.
    #[error("{0}")]
    Disabled(String),
    /// DryRun was set and the request would have succeeded.
    #[error("{0}")]
    DryRunOperation(String),
    /// ImportKeyMaterial: the import token is past its ParametersValidTo.
    #[error("{0}")]
    ExpiredImportToken(String),
    /// The key named in the request is not the key that made the ciphertext.
    #[error("{0}")]
    IncorrectKey(String),
    /// ImportKeyMaterial: the material is not valid for the key, or not what the key expects
    /// (other than the material imported before, or already associated with the key).
    #[error("{0}")]
    IncorrectKeyMaterial(String),
    /// A key named by an alias where only a key id or ARN will do (CreateGrant).
    #[error("{0}")]
    InvalidArn(String),
    /// A grant id that names no grant of the key.
    #[error("{0}")]
    InvalidGrantId(String),
    /// A grant token that is not one, or names no grant.
    #[error("{0}")]
    InvalidGrantToken(String),
    /// The alias name breaks AWS's alias rules.
    #[error("{0}")]
    InvalidAliasName(String),
    /// The ciphertext is malformed, tampered with, or bound to another context.
    #[error("{0}")]
    InvalidCiphertext(String),
    /// ImportKeyMaterial: the import token is malformed, altered, or made for another key.
    #[error("{0}")]
    InvalidImportToken(String),
    /// The key cannot be used that way (an encryption algorithm it does not have).
    #[error("{0}")]
    InvalidKeyUsage(String),
    /// VerifyMac: the MAC is not the message's under the key (AWS's message is empty).
    #[error("{0}")]
    InvalidMac(String),
    /// Verify: the signature is not the message's under the key (AWS's message is empty).
    #[error("{0}")]
    InvalidSignature(String),
    /// A key policy that is not one, or that would lock its owner out.
    #[error("{0}")]
    MalformedPolicyDocument(String),
    /// A List operation's Marker is not one it returned.
    #[error("{0}")]
    InvalidMarker(String),
    /// An internal fault that is not the caller's to fix.
    #[error("{0}")]
    KmsInternal(String),
    /// The key's state does not allow the operation.
    #[error("{0}")]
    KmsInvalidState(String),
    /// A per-key quota was reached.
    #[error("{0}")]
    LimitExceeded(String),
    /// No key or alias by that name.
    #[error("{0}")]
    NotFound(String),
    /// No access key by that id (IAM's exception).
    #[error("{0}")]
    NoSuchEntity(String),
    /// A tag breaks AWS's tag rules.
    #[error("{0}")]
    Tag(String),
    /// A request that is not JSON, or has a field of the wrong type.
    #[error("{0}")]
    Serialization(String),
    /// No operation of that name.
    #[error("{0}")]
    UnknownOperation(String),
    /// AWS KMS has the feature but kms-local does not.
    #[error("{0}")]
    UnsupportedOperation(String),
    /// A request field breaks its constraint.
    #[error("{0}")]
    Validation(String),

    /// The aws CLI's own check of a parameter failed, before any request:
    /// its report, one line a problem.
    #[error("Parameter validation failed:\n{}", .0.join("\n"))]
    ParamValidation(Vec<String>),

    /// The aws CLI's refusal of a command line that parsed (two
    /// `--cli-input-` parameters): its message alone.
    #[error("{0}")]
    ParamSyntax(String),

    /// A command-line value could not be read or decoded (before any operation ran).
    #[error("Error parsing parameter '{parameter}': {message}")]
    Input { parameter: String, message: String },

    /// A command line the aws CLI refuses before any request (exit 252),
    /// with the aws CLI's own message, printed as it is.
    #[error("{0}")]
    Usage(String),

    /// A failure the aws CLI reports with its own message and exit 255,
    /// before or between requests: a value that is not a number, a
    /// starting token it cannot use, an unknown `--query` function.
    #[error("{0}")]
    Client(String),

    /// The keystore could not be opened, created or written.
    #[error("{what} '{}': {}", path.display(), problem.describe(what))]
    Keystore {
        /// What the file is: "keystore", or "key bundle".
        what: &'static str,
        path: PathBuf,
        problem: KeystoreProblem,
    },

    /// The aws CLI's formatter fails on this response's shape (a `--query`
    /// result a table cannot draw): Python's message, as the aws CLI prints it.
    #[error("{0}")]
    Output(String),

    /// The reader of stdout went away; the process exits quietly.
    #[error("broken pipe")]
    BrokenPipe,

    /// Failure outside the request and the keystore (no OS randomness, an encoding bug).
    #[error("{0}")]
    Internal(String),

    /// A call to another KMS (`migrate`, `rewrap`) failed there or on the way.
    #[error(transparent)]
    Remote(#[from] RemoteError),
}

/// A call the remote KMS refused, or that did not reach it.
#[derive(Debug, thiserror::Error)]
#[error("the destination's {operation} failed: {}{message}", code.as_ref().map(|c| format!("{c}: ")).unwrap_or_default())]
pub struct RemoteError {
    pub operation: &'static str,
    /// The exception's name, when the remote KMS answered with one.
    pub code: Option<String>,
    pub message: String,
}

/// What is wrong with a keystore or its master key.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeystoreProblem {
    #[error("a keystore exists here already")]
    AlreadyExists,
    #[error("there is no keystore here")]
    Missing,
    #[error(
        "there is no home directory for the default path; use --keystore or KMS_LOCAL_KEYSTORE"
    )]
    NoDefaultPath,
    #[error("this is not a kms-local keystore")]
    NotAKeystore,
    #[error("the file is truncated")]
    Truncated,
    #[error("format version {0} is not one this kms-local reads")]
    UnknownVersion(u8),
    #[error("the master key does not open this keystore")]
    WrongMasterKey,
    #[error("the passphrase does not open this keystore")]
    WrongPassphrase,
    #[error("the contents failed to authenticate: the file is corrupt or was tampered with")]
    Corrupt,
    #[error(
        "the contents authenticated but do not decode ({0}); was it written by a newer kms-local?"
    )]
    Undecodable(String),
    #[error("{0}")]
    MasterKey(String),
    #[error("verification failed: {0}")]
    Failed(String),
    #[error("{0}")]
    Passphrase(String),
    #[error(
        "the keystore is older than its audit log: the log has seen the keystore's write \
         {seen}, and the keystore holds write {writes}. It was copied back from an older \
         file; if that was meant, `kms-local keystore restore` records it in the log"
    )]
    RolledBack { seen: u64, writes: u64 },
    /// Another process held the lock for longer than the command would wait.
    #[error(
        "timed out after {waited} s waiting for the lock on '{}'; another kms-local process \
         holds it",
        lock.display()
    )]
    LockTimeout { waited: u64, lock: PathBuf },
    /// A file that others could have planted or changed.
    #[error(transparent)]
    Untrusted(#[from] crate::keystore::trust::Untrusted),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

impl KeystoreProblem {
    /// The message, naming the kind of file where it matters.
    pub fn describe(&self, what: &str) -> String {
        match self {
            KeystoreProblem::AlreadyExists => format!("a {what} exists here already"),
            KeystoreProblem::Missing => format!("there is no {what} here"),
            KeystoreProblem::NotAKeystore => format!("this is not a kms-local {what}"),
            KeystoreProblem::WrongMasterKey => format!("the master key does not open this {what}"),
            KeystoreProblem::WrongPassphrase => format!("the passphrase does not open this {what}"),
            other => other.to_string(),
        }
    }
}

impl Error {
    /// The class of failure, which decides the exit code.
    pub fn kind(&self) -> Kind {
        match self {
            Error::Input { .. }
            | Error::ParamValidation(_)
            | Error::ParamSyntax(_)
            | Error::Usage(_) => Kind::Usage,
            Error::Keystore { .. } => Kind::Keystore,
            // An exception of the remote KMS is a service's refusal; no answer at all is not.
            Error::Remote(e) if e.code.is_some() => Kind::Kms,
            Error::Remote(_) => Kind::Internal,
            Error::Internal(_) | Error::BrokenPipe | Error::Output(_) | Error::Client(_) => {
                Kind::Internal
            }
            _ => Kind::Kms,
        }
    }

    /// The AWS exception name, for the KMS variants.
    pub fn exception(&self) -> Option<&'static str> {
        Some(match self {
            Error::AccessDenied(_) => "AccessDeniedException",
            Error::AlreadyExists(_) => "AlreadyExistsException",
            Error::Disabled(_) => "DisabledException",
            Error::DryRunOperation(_) => "DryRunOperationException",
            Error::ExpiredImportToken(_) => "ExpiredImportTokenException",
            Error::IncorrectKey(_) => "IncorrectKeyException",
            Error::IncorrectKeyMaterial(_) => "IncorrectKeyMaterialException",
            Error::InvalidAliasName(_) => "InvalidAliasNameException",
            Error::InvalidArn(_) => "InvalidArnException",
            Error::InvalidGrantId(_) => "InvalidGrantIdException",
            Error::InvalidGrantToken(_) => "InvalidGrantTokenException",
            Error::InvalidCiphertext(_) => "InvalidCiphertextException",
            Error::InvalidImportToken(_) => "InvalidImportTokenException",
            Error::InvalidKeyUsage(_) => "InvalidKeyUsageException",
            Error::InvalidMac(_) => "KMSInvalidMacException",
            Error::InvalidSignature(_) => "KMSInvalidSignatureException",
            Error::InvalidMarker(_) => "InvalidMarkerException",
            Error::KmsInternal(_) => "KMSInternalException",
            Error::KmsInvalidState(_) => "KMSInvalidStateException",
            Error::MalformedPolicyDocument(_) => "MalformedPolicyDocumentException",
            Error::LimitExceeded(_) => "LimitExceededException",
            Error::NotFound(_) => "NotFoundException",
            Error::NoSuchEntity(_) => "NoSuchEntityException",
            Error::Serialization(_) => "SerializationException",
            Error::Tag(_) => "TagException",
            Error::UnknownOperation(_) => "UnknownOperationException",
            Error::UnsupportedOperation(_) => "UnsupportedOperationException",
            Error::Validation(_)
            | Error::Input { .. }
            | Error::ParamValidation(_)
            | Error::ParamSyntax(_)
            | Error::Usage(_)
            | Error::Client(_) => "ValidationException",
            Error::Keystore { .. }
            | Error::Internal(_)
            | Error::BrokenPipe
            | Error::Output(_)
            | Error::Remote(_) => {
                return None;
            }
        })
    }

    /// The code every front end reports for this error: the AWS exception's
    /// name, and for a keystore or machine fault (not the request's) AWS's
    /// name for a fault of the service, `KMSInternalException`. The audit
    /// log's Result, `batch`'s Error Code and `serve`'s `__type` are this.
    pub fn code(&self) -> &'static str {
        self.exception().unwrap_or("KMSInternalException")
    }

    /// Whether the request was at fault (HTTP 400) rather than the service (500).
    pub fn is_client_error(&self) -> bool {
        self.code() != "KMSInternalException"
    }

    /// The text for stderr. Errors that carry an AWS exception name use the aws
    /// CLI's line, which scripts already parse; a keystore error may add a hint
    /// on the lines after it.
    pub fn render(&self, operation: &str) -> String {
        if let Error::ParamValidation(_)
        | Error::Input { .. }
        | Error::ParamSyntax(_)
        | Error::Output(_)
        | Error::Usage(_)
        | Error::Client(_) = self
        {
            // A parameter the aws CLI refuses before sending anything: its
            // own report, with no service exception named.
            return self.to_string();
        }
        match self.exception() {
            Some(exception) => format!(
                "An error occurred ({exception}) when calling the {operation} operation: {self}"
            ),
            None => match self.hint() {
                Some(hint) => format!("kms-local: {self}\n{hint}"),
                None => format!("kms-local: {self}"),
            },
        }
    }

    fn hint(&self) -> Option<&'static str> {
        let Error::Keystore { problem, .. } = self else {
            return None;
        };
        Some(match problem {
            KeystoreProblem::WrongMasterKey => {
                "hint: the file was sealed under another key; check which key was given"
            }
            KeystoreProblem::WrongPassphrase => {
                "hint: the file was sealed under another passphrase; check which was given"
            }
            KeystoreProblem::Corrupt | KeystoreProblem::Truncated => {
                "hint: the file was left as it is; restore it from a backup"
            }
            KeystoreProblem::LockTimeout { .. } => {
                "hint: KMS_LOCAL_LOCK_TIMEOUT sets how many seconds to wait (default 30)"
            }
            _ => return None,
        })
    }

    pub(crate) fn keystore(path: impl Into<PathBuf>, problem: KeystoreProblem) -> Self {
        Error::Keystore {
            what: "keystore",
            path: path.into(),
            problem,
        }
    }

    /// An I/O error while doing `what` to the keystore at `path`.
    pub(crate) fn io(path: &std::path::Path, what: &str, source: std::io::Error) -> Self {
        Error::keystore(
            path,
            KeystoreProblem::Io {
                context: what.to_owned(),
                source,
            },
        )
    }

    /// Names the file of a keystore-kind error as `what` instead, where it
    /// was named a keystore: an error about another file (a key file, say)
    /// keeps its name.
    pub(crate) fn about(self, what: &'static str) -> Self {
        match self {
            Error::Keystore {
                what: "keystore",
                path,
                problem,
            } => Error::Keystore {
                what,
                path,
                problem,
            },
            other => other,
        }
    }

    pub(crate) fn input(parameter: &str, message: impl fmt::Display) -> Self {
        Error::Input {
            parameter: parameter.to_owned(),
            message: message.to_string(),
        }
    }
}

/// Attaches a path and a verb to an I/O error, so a keystore failure names its file.
pub(crate) trait IoResultExt<T> {
    fn keystore_context(self, path: &std::path::Path, what: &str) -> Result<T, Error>;
}

impl<T> IoResultExt<T> for std::io::Result<T> {
    fn keystore_context(self, path: &std::path::Path, what: &str) -> Result<T, Error> {
        self.map_err(|source| Error::io(path, what, source))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_exceptions_are_client_errors_of_the_kms_kind() {
        for (error, code) in [
            (
                Error::ExpiredImportToken(String::new()),
                "ExpiredImportTokenException",
            ),
            (
                Error::IncorrectKeyMaterial(String::new()),
                "IncorrectKeyMaterialException",
            ),
            (
                Error::InvalidImportToken(String::new()),
                "InvalidImportTokenException",
            ),
        ] {
            assert_eq!(error.code(), code);
            assert!(error.is_client_error());
            assert_eq!(error.kind().exit_code(), 254);
        }
    }
}
