//! The CiphertextBlob format, version 1. The spec is docs/ciphertext-format.md.
//!
//! ```text
//! offset  len  field
//!      0    2  magic "KL"
//!      2    1  version (1)
//!      3    1  flags: bit 0 = an encryption context is bound; other bits zero
//!      4   16  key id (UUID bytes)
//!     20   32  backing-key id (the KeyMaterialId)
//!     52   32  KDF nonce N
//!     84    …  AES-256-GCM(K, plaintext, AAD = bytes 0..84 || canonical(EC)) || 16-byte tag
//! ```
//!
//! Nothing in a blob depends on the region or account printed in ARNs, and
//! every field is length-checked before it is read.

use uuid::Uuid;

use crate::hsm::KDF_NONCE_LEN;
use crate::hsm::aead::TAG_LEN;
use crate::ids::BackingKeyId;

pub const MAGIC: [u8; 2] = *b"KL";
pub const VERSION_1: u8 = 1;
/// Bit 0 of the flags byte: the blob was made with a non-empty encryption context.
pub const FLAG_CONTEXT: u8 = 0b0000_0001;
/// Bytes before the sealed data; all of them are authenticated as AAD.
pub const HEADER_LEN: usize = 2 + 1 + 1 + 16 + BackingKeyId::LEN + KDF_NONCE_LEN;
/// AWS's CiphertextType limit.
pub const MAX_LEN: usize = 6144;

/// The format versions this build reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V1,
}

/// The cleartext part of a blob.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub version: Version,
    pub key_id: Uuid,
    pub backing_key_id: BackingKeyId,
    pub nonce: [u8; KDF_NONCE_LEN],
    pub context_bound: bool,
}

impl Header {
    /// The header's bytes, which are both the blob's prefix and the start of its AAD.
    pub fn encode(&self) -> [u8; HEADER_LEN] {
        let mut out = [0; HEADER_LEN];
        out[0..2].copy_from_slice(&MAGIC);
        out[2] = VERSION_1;
        out[3] = if self.context_bound { FLAG_CONTEXT } else { 0 };
        out[4..20].copy_from_slice(self.key_id.as_bytes());
        out[20..52].copy_from_slice(&self.backing_key_id.0);
        out[52..84].copy_from_slice(&self.nonce);
        out
    }

    /// AAD = header || canonical(EC).
    pub fn aad(&self, canonical_context: &[u8]) -> Vec<u8> {
        let mut aad = Vec::with_capacity(HEADER_LEN + canonical_context.len());
        aad.extend_from_slice(&self.encode());
        aad.extend_from_slice(canonical_context);
        aad
    }
}

/// A parsed blob, borrowing its sealed part.
#[derive(Debug, PartialEq, Eq)]
pub struct Blob<'a> {
    pub header: Header,
    /// `ciphertext || tag`.
    pub sealed: &'a [u8],
}

/// Why bytes are not a blob this build can open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the blob is {0} bytes; a blob is at most {MAX_LEN}")]
    TooLong(usize),
    #[error("the blob is {0} bytes, shorter than any blob")]
    TooShort(usize),
    #[error("the blob was not made by kms-local")]
    BadMagic,
    #[error("blob format version {0} is unknown")]
    UnknownVersion(u8),
    #[error("the blob has unknown flags {0:#04x}")]
    UnknownFlags(u8),
}

/// Parses a blob without decrypting it.
pub fn parse(bytes: &[u8]) -> Result<Blob<'_>, ParseError> {
    if bytes.len() > MAX_LEN {
        return Err(ParseError::TooLong(bytes.len()));
    }
    let Some((magic, rest)) = bytes.split_first_chunk::<2>() else {
        return Err(ParseError::TooShort(bytes.len()));
    };
    if *magic != MAGIC {
        return Err(ParseError::BadMagic);
    }
    let Some((&version, rest)) = rest.split_first() else {
        return Err(ParseError::TooShort(bytes.len()));
    };
    if version != VERSION_1 {
        return Err(ParseError::UnknownVersion(version));
    }
    // A sealed part holds at least one plaintext byte (AWS's minimum) and the tag.
    if bytes.len() < HEADER_LEN + 1 + TAG_LEN {
        return Err(ParseError::TooShort(bytes.len()));
    }
    let (&flags, rest) = rest
        .split_first()
        .ok_or(ParseError::TooShort(bytes.len()))?;
    if flags & !FLAG_CONTEXT != 0 {
        return Err(ParseError::UnknownFlags(flags));
    }
    let (key_id, rest) = rest
        .split_first_chunk::<16>()
        .ok_or(ParseError::TooShort(bytes.len()))?;
    let (backing, rest) = rest
        .split_first_chunk::<{ BackingKeyId::LEN }>()
        .ok_or(ParseError::TooShort(bytes.len()))?;
    let (nonce, sealed) = rest
        .split_first_chunk::<KDF_NONCE_LEN>()
        .ok_or(ParseError::TooShort(bytes.len()))?;
    Ok(Blob {
        header: Header {
            version: Version::V1,
            key_id: Uuid::from_bytes(*key_id),
            backing_key_id: BackingKeyId(*backing),
            nonce: *nonce,
            context_bound: flags & FLAG_CONTEXT != 0,
        },
        sealed,
    })
}

/// Header bytes followed by the sealed data.
pub fn encode(header: &Header, sealed: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
    out.extend_from_slice(&header.encode());
    out.extend_from_slice(sealed);
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn header() -> Header {
        Header {
            version: Version::V1,
            key_id: Uuid::from_bytes([1; 16]),
            backing_key_id: BackingKeyId([2; 32]),
            nonce: [3; KDF_NONCE_LEN],
            context_bound: true,
        }
    }

    #[test]
    fn round_trip() {
        let bytes = encode(&header(), &[9; 17]);
        assert_eq!(bytes.len(), HEADER_LEN + 17);
        let blob = parse(&bytes).unwrap();
        assert_eq!(blob.header, header());
        assert_eq!(blob.sealed, &[9; 17]);
    }

    #[test]
    fn malformed_blobs_get_their_own_error() {
        let good = encode(&header(), &[9; 17]);
        assert_eq!(parse(&[]), Err(ParseError::TooShort(0)));
        assert_eq!(parse(b"K"), Err(ParseError::TooShort(1)));
        assert_eq!(
            parse(&good[..HEADER_LEN + 16]),
            Err(ParseError::TooShort(100))
        );
        let mut bad = good.clone();
        bad[0] = b'X';
        assert_eq!(parse(&bad), Err(ParseError::BadMagic));
        let mut bad = good.clone();
        bad[2] = 2;
        assert_eq!(parse(&bad), Err(ParseError::UnknownVersion(2)));
        let mut bad = good.clone();
        bad[3] = 0x81;
        assert_eq!(parse(&bad), Err(ParseError::UnknownFlags(0x81)));
        assert_eq!(
            parse(&[0; MAX_LEN + 1]),
            Err(ParseError::TooLong(MAX_LEN + 1))
        );
    }

    proptest! {
        #[test]
        fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn parse_inverts_encode(
            key in any::<[u8; 16]>(),
            backing in any::<[u8; 32]>(),
            nonce in any::<[u8; 32]>(),
            bound in any::<bool>(),
            sealed in proptest::collection::vec(any::<u8>(), 17..200),
        ) {
            let header = Header {
                version: Version::V1,
                key_id: Uuid::from_bytes(key),
                backing_key_id: BackingKeyId(backing),
                nonce,
                context_bound: bound,
            };
            let bytes = encode(&header, &sealed);
            let blob = parse(&bytes).unwrap();
            prop_assert_eq!(blob.header, header);
            prop_assert_eq!(blob.sealed, &sealed[..]);
        }
    }
}
