//! kms-local: AWS KMS on your own disk.
//!
//! Layers, top to bottom (docs/architecture.md has the whole picture):
//! - [`cli`]: clap types, input parsing, the only writer of stdout;
//! - [`serve`]: the same operations over AWS's wire protocol (AWS JSON 1.1,
//!   SigV4) for SDKs;
//! - [`ops`]: one function per AWS KMS operation, typed requests and
//!   responses, each operation declared once in [`ops::catalog`];
//! - [`hsm`]: the in-process HSM, the only module that sees key material;
//! - [`blob`] and [`context`]: the ciphertext format and the encryption context's AAD;
//! - [`keystore`]: the encrypted file, its locking and its KEK;
//! - [`audit`]: the tamper-evident log of every operation;
//! - [`migrate`]: the move to another KMS (`migrate`, `rewrap`), through
//!   [`remote`], a client of AWS KMS or of another kms-local `serve`.
//!
//! Beside them: [`error`] holds the one error type, whose variants are AWS's
//! exceptions; [`ids`] the identifiers of key material; [`timestamp`] points
//! in time and their two printed forms; [`spec`] the names of key specs,
//! usages and algorithms; [`hygiene`] what the process does to
//! itself before it touches a secret.

#![forbid(unsafe_code)]

pub mod audit;
pub mod blob;
pub mod cli;
pub mod context;
pub mod error;
pub mod hsm;
pub mod hygiene;
pub mod ids;
pub mod keystore;
#[cfg(feature = "migrate")]
pub mod migrate;
pub mod ops;
pub mod policy;
#[cfg(feature = "migrate")]
pub mod remote;
pub mod serve;
pub mod spec;
pub mod timestamp;

#[cfg(test)]
mod redaction_tests;
