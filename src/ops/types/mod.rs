//! Requests and responses, field for field as the AWS KMS API names them.
//!
//! Requests deserialize from the API's request JSON (`--cli-input-json`), so
//! the command line and any other front end meet in the same types. Responses
//! serialize in the member order of the KMS API model, which is the order
//! `aws kms` prints them in.
//!
//! Grouped by what they serve: `keys` (keys, aliases, tags, rotation),
//! `data_keys` (the symmetric cryptographic operations), `asymmetric`
//! (signing, public keys and MACs), `import` (imported key material) and `keystore`
//! (kms-local's own commands); every type is re-exported here.

mod asymmetric;
mod data_keys;
mod grants;
mod import;
mod key_agreement;
mod keys;
mod keystore;

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

use crate::hsm::secret::Plaintext;

pub use asymmetric::*;
pub use data_keys::*;
pub use grants::*;
pub use import::*;
pub use key_agreement::*;
pub use keys::*;
pub use keystore::*;

/// A blob field (base64 in JSON).
#[derive(Clone, PartialEq, Eq)]
pub struct Blob(pub Vec<u8>);

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        STANDARD
            .decode(text.as_bytes())
            .map(Blob)
            .map_err(|_| serde::de::Error::custom("a blob field is not valid base64"))
    }
}

/// A secret blob field (base64 in JSON): Encrypt's Plaintext. Decoded into a
/// zeroizing buffer; the JSON text it came from is the caller's.
pub struct SecretBlob(pub Plaintext);

impl fmt::Debug for SecretBlob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<'de> Deserialize<'de> for SecretBlob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Zeroizing::new(String::deserialize(d)?);
        let mut bytes = Zeroizing::new(vec![0; text.len() / 4 * 3 + 3]);
        let len = STANDARD
            .decode_slice(text.as_bytes(), &mut bytes)
            .map_err(|_| serde::de::Error::custom("a blob field is not valid base64"))?;
        bytes.truncate(len);
        Ok(SecretBlob(Plaintext::new(bytes)))
    }
}

/// The one place a secret becomes printable: the `Plaintext` field of a
/// response that returns it. The base64 text lives in a zeroizing buffer.
fn secret_base64<S: Serializer>(plaintext: &Plaintext, s: S) -> Result<S::Ok, S::Error> {
    let text = Zeroizing::new(STANDARD.encode(plaintext.expose()));
    s.serialize_str(&text)
}

/// The request of an operation that takes no fields. Fields sent anyway
/// are ignored.
#[derive(Debug, Default, Deserialize)]
pub struct EmptyRequest {}
