//! Identifiers of key material: public values, printed as lowercase hex.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Result;
use crate::hsm::random;

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
                f.write_str(&hex::encode(self.0))
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
