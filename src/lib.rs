//! kms-local: AWS KMS on your own disk.
//!
//! Layers, top to bottom:
//! - [`cli`]: clap types, input parsing, the only writer of stdout;
//! - [`ops`]: one function per AWS KMS operation, typed requests and responses;
//! - [`hsm`]: the in-process HSM, the only module that sees key material;
//! - [`blob`] and [`context`]: the ciphertext format and the encryption context's AAD;
//! - [`keystore`]: the encrypted file, its locking and its KEK.
//!
//! [`error`] holds the one error type, whose variants are AWS's exceptions.

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
pub mod ops;
pub mod serve;
pub mod timestamp;

#[cfg(test)]
mod redaction_tests;
