//! Types for secret bytes. They zeroize on drop, cannot be cloned by accident,
//! compare in constant time, and print as `KeyBytes(..)` / `Plaintext(..)`.
//!
//! `zeroize::Zeroizing` alone derives `Debug` (printing the bytes) and a
//! variable-time `==`, which is why it is wrapped rather than exposed.

use std::fmt;

use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::error::Result;
use crate::hsm::random;

/// Length of every symmetric key here: domain keys, HBKs, derived keys, the KEK.
pub const KEY_LEN: usize = 32;

/// A 256-bit secret key.
pub struct KeyBytes(Zeroizing<[u8; KEY_LEN]>);

impl KeyBytes {
    /// A fresh key from the OS random source.
    pub fn random() -> Result<Self> {
        let mut key = Self::zero();
        random::fill(&mut key.0[..])?;
        Ok(key)
    }

    /// A key copied from `bytes`, or `None` when `bytes` is not 32 bytes long.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let mut key = Self::zero();
        if bytes.len() != KEY_LEN {
            return None;
        }
        key.0.copy_from_slice(bytes);
        Some(key)
    }

    pub(crate) fn zero() -> Self {
        KeyBytes(Zeroizing::new([0; KEY_LEN]))
    }

    /// The key bytes. Only the HSM and the keystore envelope should need them.
    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    pub(crate) fn expose_mut(&mut self) -> &mut [u8; KEY_LEN] {
        &mut self.0
    }
}

impl fmt::Debug for KeyBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("KeyBytes(..)")
    }
}

impl PartialEq for KeyBytes {
    fn eq(&self, other: &Self) -> bool {
        self.0.ct_eq(&*other.0).into()
    }
}

impl Eq for KeyBytes {}

/// Secret bytes of any length: a data key, a decrypted plaintext, a passphrase.
pub struct Plaintext(Zeroizing<Vec<u8>>);

impl Plaintext {
    /// `len` fresh bytes from the OS random source.
    pub fn random(len: usize) -> Result<Self> {
        let mut bytes = Zeroizing::new(vec![0; len]);
        random::fill(&mut bytes)?;
        Ok(Plaintext(bytes))
    }

    /// Takes ownership of bytes that are already in a zeroizing buffer.
    pub fn new(bytes: Zeroizing<Vec<u8>>) -> Self {
        Plaintext(bytes)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The secret bytes; the only way to read them.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Plaintext {
    fn from(bytes: Vec<u8>) -> Self {
        Plaintext(Zeroizing::new(bytes))
    }
}

impl fmt::Debug for Plaintext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Plaintext({} bytes)", self.0.len())
    }
}

impl PartialEq for Plaintext {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_slice().ct_eq(other.0.as_slice()).into()
    }
}

impl Eq for Plaintext {}

/// A secret kept as text: an access key's secret, which SigV4 uses as
/// characters. Serializes as a plain string (only ever inside a sealed body).
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    pub fn new(text: Zeroizing<String>) -> Self {
        SecretText(text)
    }

    /// The secret; the only way to read it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Clone for SecretText {
    fn clone(&self) -> Self {
        SecretText(self.0.clone())
    }
}

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretText(..)")
    }
}

impl serde::Serialize for SecretText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for SecretText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d).map(|text| SecretText(Zeroizing::new(text)))
    }
}

/// Serde for a key inside an encrypted body (the keystore's domain keys, a
/// key bundle's HBKs): base64 text that passes through zeroizing buffers only.
pub mod key_base64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};
    use zeroize::Zeroizing;

    use super::{KEY_LEN, KeyBytes};

    pub fn serialize<S: Serializer>(key: &KeyBytes, s: S) -> Result<S::Ok, S::Error> {
        let text = Zeroizing::new(STANDARD.encode(key.expose()));
        s.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<KeyBytes, D::Error> {
        let text = <&str>::deserialize(d)?;
        let mut key = KeyBytes::zero();
        match STANDARD.decode_slice(text, key.expose_mut()) {
            Ok(KEY_LEN) => Ok(key),
            _ => Err(serde::de::Error::custom("a key is not 32 bytes of base64")),
        }
    }
}

/// [`key_base64`] for a key that may be absent.
pub mod optional_key_base64 {
    use serde::{Deserializer, Serializer};

    use super::KeyBytes;

    pub fn serialize<S: Serializer>(key: &Option<KeyBytes>, s: S) -> Result<S::Ok, S::Error> {
        match key {
            Some(key) => super::key_base64::serialize(key, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<KeyBytes>, D::Error> {
        super::key_base64::deserialize(d).map(Some)
    }
}

/// Serde for key material of any length inside an encrypted body (a key
/// bundle's private keys): base64 text in zeroizing buffers only.
pub mod optional_material_base64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};
    use zeroize::Zeroizing;

    use super::Plaintext;

    pub fn serialize<S: Serializer>(key: &Option<Plaintext>, s: S) -> Result<S::Ok, S::Error> {
        match key {
            Some(key) => s.serialize_str(&Zeroizing::new(STANDARD.encode(key.expose()))),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Plaintext>, D::Error> {
        let text = Zeroizing::new(String::deserialize(d)?);
        let mut bytes = Zeroizing::new(vec![0; text.len() / 4 * 3 + 3]);
        let len = STANDARD
            .decode_slice(text.as_bytes(), &mut bytes)
            .map_err(|_| serde::de::Error::custom("key material is not valid base64"))?;
        bytes.truncate(len);
        Ok(Some(Plaintext::new(bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_the_bytes() {
        let key = KeyBytes::from_slice(&[0xAB; 32]).unwrap();
        let text = Plaintext::from(b"hunter2".to_vec());
        assert_eq!(format!("{key:?}"), "KeyBytes(..)");
        assert_eq!(format!("{text:?}"), "Plaintext(7 bytes)");
        assert!(!format!("{key:?}{text:?}").contains("171"));
    }

    #[test]
    fn from_slice_requires_32_bytes() {
        assert!(KeyBytes::from_slice(&[0; 31]).is_none());
        assert!(KeyBytes::from_slice(&[0; 33]).is_none());
        assert!(KeyBytes::from_slice(&[0; 32]).is_some());
    }
}
