//! Identifiers of keys and key material: public values. Key material ids
//! are printed as lowercase hex.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Result;
use crate::hsm::random;

/// Whether `id` is a multi-Region key's. kms-local gives those, and only
/// those, UUIDs of version 8 (RFC 9562's version for custom layouts); every
/// other key's is a random version 4 UUID. So the id alone says which form
/// AWS prints it in, and the index needs no flag for it.
pub fn is_multi_region(id: &uuid::Uuid) -> bool {
    id.get_version_num() == 8
}

/// A new key id from the OS random source: a version 4 UUID, or version 8
/// for a multi-Region key ([`is_multi_region`]).
pub fn new_key_id(multi_region: bool) -> Result<uuid::Uuid> {
    let bytes = random::array::<16>()?;
    Ok(match multi_region {
        true => uuid::Builder::from_custom_bytes(bytes).into_uuid(),
        false => uuid::Builder::from_random_bytes(bytes).into_uuid(),
    })
}

/// Lowercase hex of `bytes`, written into place rather than char by char.
pub fn to_hex(bytes: &[u8]) -> String {
    let mut out = vec![0; bytes.len() * 2];
    // encode_to_slice fails only when the lengths differ, and they do not.
    let _ = hex::encode_to_slice(bytes, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

macro_rules! hex_id {
    ($(#[$doc:meta])* $name:ident, $len:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub [u8; $len]);

        impl $name {
            pub const LEN: usize = $len;

            /// A fresh random id.
            pub fn random() -> Result<Self> {
                random::array().map($name)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut out = [0u8; $len * 2];
                hex::encode_to_slice(self.0, &mut out).map_err(|_| fmt::Error)?;
                f.write_str(std::str::from_utf8(&out).map_err(|_| fmt::Error)?)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({self})", stringify!($name))
            }
        }

        impl FromStr for $name {
            type Err = hex::FromHexError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let mut out = [0; $len];
                hex::decode_to_slice(s, &mut out)?;
                Ok($name(out))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <&str>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

hex_id!(
    /// Names one backing key (HBK) of a KMS key; AWS calls it the KeyMaterialId
    /// (64 lowercase hex characters).
    BackingKeyId,
    32
);

hex_id!(
    /// Names one domain key.
    DomainKeyId,
    16
);

hex_id!(
    /// Names one keystore.
    KeystoreId,
    16
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backing_key_id_is_64_lowercase_hex() {
        let id = BackingKeyId([0xAB; 32]);
        let text = id.to_string();
        assert_eq!(text.len(), 64);
        assert_eq!(text, "ab".repeat(32));
        assert_eq!(text.parse::<BackingKeyId>().unwrap(), id);
        assert!("zz".parse::<BackingKeyId>().is_err());
        assert!("ab".repeat(31).parse::<BackingKeyId>().is_err());
    }
}
