//! The import token: the wrapping private key of one GetParametersForImport,
//! sealed under the keystore's active domain key and handed to the caller,
//! who brings it back to ImportKeyMaterial. kms-local keeps no state between
//! the two calls; the token is the state. Layout in docs/keystore-format.md §9:
//!
//! ```text
//! header = "KLIT" || version 1 || domain-key id (16) || N (32) || key id (16)
//!          || algorithm (1) || wrapping key spec (1) || expiry (8, ms, big-endian)
//! token  = header || AES-256-GCM(K_t, IV = 0, PKCS#8 of the private key, AAD = header)
//! K_t    = HKDF-SHA256(DK, salt = N, info = "kms-local import token v1")
//! ```

use uuid::Uuid;
use zeroize::Zeroizing;

use crate::hsm::aead::{self, NONCE_LEN, TAG_LEN};
use crate::hsm::derive::{KDF_NONCE_LEN, import_token_key};
use crate::hsm::domain::DomainKey;
use crate::hsm::random;
use crate::hsm::secret::Plaintext;
use crate::ids::DomainKeyId;
use crate::spec::{WrappingAlgorithm, WrappingKeySpec};
use crate::timestamp::Timestamp;

use super::{ImportError, Result, WrappingKey, check_pair};

const MAGIC: &[u8; 4] = b"KLIT";
const VERSION_1: u8 = 1;

// Offsets of the header's fields.
const VERSION_AT: usize = 4;
const DOMAIN_KEY_AT: usize = VERSION_AT + 1;
const NONCE_AT: usize = DOMAIN_KEY_AT + DomainKeyId::LEN;
const KEY_ID_AT: usize = NONCE_AT + KDF_NONCE_LEN;
const ALGORITHM_AT: usize = KEY_ID_AT + 16;
const SPEC_AT: usize = ALGORITHM_AT + 1;
const EXPIRY_AT: usize = SPEC_AT + 1;
/// Length of the header, all of it AAD: 79 bytes.
const HEADER_LEN: usize = EXPIRY_AT + 8;

/// AWS's bound on `ImportToken`. The longest token kms-local makes, for an
/// RSA_4096 wrapping key, is about 2.5 KB.
pub const MAX_TOKEN_LEN: usize = 6144;

/// K_t is used for one token only (N is fresh), so a fixed IV is safe, as for blobs.
const TOKEN_IV: [u8; NONCE_LEN] = [0; NONCE_LEN];

/// What a token binds, besides its wrapping private key. The operations layer
/// checks the key id against the request's key and the expiry against the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokenBinding {
    /// The KMS key the token was made for.
    pub key_id: Uuid,
    /// The wrapping algorithm GetParametersForImport was asked for.
    pub algorithm: WrappingAlgorithm,
    /// The wrapping key's spec.
    pub wrapping_key_spec: WrappingKeySpec,
    /// ParametersValidTo.
    pub expires: Timestamp,
}

/// An import token that opened: its binding, the domain key that sealed it,
/// and the wrapping private key.
#[derive(Debug)]
pub struct OpenedToken {
    pub binding: TokenBinding,
    pub domain_key_id: DomainKeyId,
    pub wrapping_key: WrappingKey,
}

impl OpenedToken {
    /// Unwraps EncryptedKeyMaterial with the token's key and algorithm, the only
    /// pair it may be unwrapped with.
    pub fn unwrap(&self, wrapped: &[u8]) -> Result<Plaintext> {
        super::unwrap(&self.wrapping_key, self.binding.algorithm, wrapped)
    }
}

// One byte for each name; the table is the format, so a value is never reused.
fn algorithm_code(algorithm: WrappingAlgorithm) -> u8 {
    match algorithm {
        WrappingAlgorithm::RsaesPkcs1V15 => 0,
        WrappingAlgorithm::RsaesOaepSha1 => 1,
        WrappingAlgorithm::RsaesOaepSha256 => 2,
        WrappingAlgorithm::RsaAesKeyWrapSha1 => 3,
        WrappingAlgorithm::RsaAesKeyWrapSha256 => 4,
        WrappingAlgorithm::Sm2Pke => 5,
    }
}

fn spec_code(spec: WrappingKeySpec) -> u8 {
    match spec {
        WrappingKeySpec::Rsa2048 => 1,
        WrappingKeySpec::Rsa3072 => 2,
        WrappingKeySpec::Rsa4096 => 3,
        WrappingKeySpec::Sm2 => 4,
    }
}

fn algorithm_of(code: u8) -> Option<WrappingAlgorithm> {
    WrappingAlgorithm::ALL
        .iter()
        .copied()
        .find(|&a| algorithm_code(a) == code)
}

fn spec_of(code: u8) -> Option<WrappingKeySpec> {
    WrappingKeySpec::ALL
        .iter()
        .copied()
        .find(|&s| spec_code(s) == code)
}

/// Seals `key` and `binding` into a token under `dk` (the active domain key).
/// Refuses RSAES_PKCS1_V1_5 and an algorithm that does not fit the key.
pub fn seal(dk: &DomainKey, binding: &TokenBinding, key: &WrappingKey) -> Result<Vec<u8>> {
    check_pair(binding.algorithm, binding.wrapping_key_spec)?;
    if key.spec() != binding.wrapping_key_spec {
        return Err(ImportError::AlgorithmMismatch);
    }
    let nonce = random::array::<KDF_NONCE_LEN>()?;
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    header.push(VERSION_1);
    header.extend_from_slice(&dk.id.0);
    header.extend_from_slice(&nonce);
    header.extend_from_slice(binding.key_id.as_bytes());
    header.push(algorithm_code(binding.algorithm));
    header.push(spec_code(binding.wrapping_key_spec));
    header.extend_from_slice(&binding.expires.0.to_be_bytes());
    let k = import_token_key(&dk.key, &nonce);
    let sealed = aead::seal(&k, &TOKEN_IV, &header, key.pkcs8.expose())?;
    let mut token = header;
    token.extend_from_slice(&sealed);
    Ok(token)
}

/// Opens a token made by [`seal`] under one of `domain_keys`. Anything wrong
/// (a length out of bounds, another magic or version, an unknown domain key,
/// a field altered, a byte of the sealed key changed) is
/// [`ImportError::InvalidToken`], one answer for all.
pub fn open(domain_keys: &[DomainKey], token: &[u8]) -> Result<OpenedToken> {
    let invalid = || ImportError::InvalidToken;
    if token.len() > MAX_TOKEN_LEN || token.len() < HEADER_LEN + TAG_LEN {
        return Err(invalid());
    }
    let (header, sealed) = token.split_at(HEADER_LEN);
    let field = |at: usize, len: usize| header.get(at..at + len).ok_or_else(invalid);
    if field(0, MAGIC.len())? != MAGIC || header[VERSION_AT] != VERSION_1 {
        return Err(invalid());
    }
    let domain_key_id = DomainKeyId(array(field(DOMAIN_KEY_AT, DomainKeyId::LEN)?)?);
    let nonce: [u8; KDF_NONCE_LEN] = array(field(NONCE_AT, KDF_NONCE_LEN)?)?;
    let key_id = Uuid::from_bytes(array(field(KEY_ID_AT, 16)?)?);
    let algorithm = algorithm_of(header[ALGORITHM_AT]).ok_or_else(invalid)?;
    let spec = spec_of(header[SPEC_AT]).ok_or_else(invalid)?;
    let expires = Timestamp(i64::from_be_bytes(array(field(EXPIRY_AT, 8)?)?));
    let dk = domain_keys
        .iter()
        .find(|dk| dk.id == domain_key_id)
        .ok_or_else(invalid)?;
    let k = import_token_key(&dk.key, &nonce);
    let pkcs8: Zeroizing<Vec<u8>> =
        aead::open(&k, &TOKEN_IV, header, sealed).ok_or_else(invalid)?;
    // The header authenticated, so the pair is one `seal` accepted; checked
    // again so that no path hands out a key for a pair no import uses.
    check_pair(algorithm, spec).map_err(|_| invalid())?;
    let wrapping_key = WrappingKey::from_pkcs8(spec, Plaintext::new(pkcs8)).ok_or_else(invalid)?;
    Ok(OpenedToken {
        binding: TokenBinding {
            key_id,
            algorithm,
            wrapping_key_spec: spec,
            expires,
        },
        domain_key_id,
        wrapping_key,
    })
}

fn array<const N: usize>(bytes: &[u8]) -> Result<[u8; N]> {
    bytes.try_into().map_err(|_| ImportError::InvalidToken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn binding(algorithm: WrappingAlgorithm, spec: WrappingKeySpec) -> TokenBinding {
        TokenBinding {
            key_id: Uuid::from_bytes([0x11; 16]),
            algorithm,
            wrapping_key_spec: spec,
            expires: Timestamp(1_800_000_000_123),
        }
    }

    fn sm2_token() -> (DomainKey, Vec<u8>) {
        let dk = DomainKey::generate(Timestamp(0)).unwrap();
        let (key, _) = WrappingKey::generate(WrappingKeySpec::Sm2).unwrap();
        let b = binding(WrappingAlgorithm::Sm2Pke, WrappingKeySpec::Sm2);
        let token = seal(&dk, &b, &key).unwrap();
        (dk, token)
    }

    fn is_invalid<T: std::fmt::Debug>(opened: Result<T>) -> bool {
        matches!(opened, Err(ImportError::InvalidToken))
    }

    #[test]
    fn a_token_opens_to_its_binding_and_key() {
        let (dk, token) = sm2_token();
        assert_eq!(&token[..4], b"KLIT");
        assert_eq!(&token[5..21], &dk.id.0);
        let opened = open(std::slice::from_ref(&dk), &token).unwrap();
        assert_eq!(
            opened.binding,
            binding(WrappingAlgorithm::Sm2Pke, WrappingKeySpec::Sm2)
        );
        assert_eq!(opened.domain_key_id, dk.id);
        assert_eq!(opened.wrapping_key.spec(), WrappingKeySpec::Sm2);
    }

    #[test]
    fn an_rsa_4096_token_fits_aws_bound() {
        let dk = DomainKey::generate(Timestamp(0)).unwrap();
        let (key, _) = WrappingKey::generate(WrappingKeySpec::Rsa4096).unwrap();
        let b = binding(
            WrappingAlgorithm::RsaAesKeyWrapSha256,
            WrappingKeySpec::Rsa4096,
        );
        let token = seal(&dk, &b, &key).unwrap();
        assert!(token.len() <= MAX_TOKEN_LEN, "{} bytes", token.len());
        assert_eq!(open(&[dk], &token).unwrap().binding, b);
    }

    #[test]
    fn a_token_opens_after_rotation_while_its_domain_key_is_kept() {
        let (old, token) = sm2_token();
        let new = DomainKey::generate(Timestamp(1)).unwrap();
        let opened = open(&[old, new], &token).unwrap();
        assert_eq!(&opened.domain_key_id.0, &token[5..21]);
        let (_, token) = sm2_token();
        let other = DomainKey::generate(Timestamp(1)).unwrap();
        assert!(is_invalid(open(&[other], &token)));
        assert!(is_invalid(open(&[], &token)));
    }

    #[test]
    fn every_damage_is_the_same_refusal() {
        let (dk, token) = sm2_token();
        let keys = std::slice::from_ref(&dk);
        for at in 0..token.len() {
            let mut flipped = token.clone();
            flipped[at] ^= 0x01;
            assert!(is_invalid(open(keys, &flipped)), "byte {at}");
        }
        for len in 0..token.len() {
            assert!(is_invalid(open(keys, &token[..len])), "cut to {len}");
        }
        let mut longer = token.clone();
        longer.push(0);
        assert!(is_invalid(open(keys, &longer)));
        assert!(is_invalid(open(keys, &vec![0; MAX_TOKEN_LEN + 1])));
        // The same key bytes under another id: the id picks the key, and is bound.
        let renamed = DomainKey {
            id: DomainKeyId([9; 16]),
            key: crate::hsm::secret::KeyBytes::from_slice(dk.key.expose()).unwrap(),
            created: dk.created,
        };
        let mut moved = token.clone();
        moved[5..21].copy_from_slice(&[9; 16]);
        assert!(is_invalid(open(&[renamed], &moved)));
    }

    #[test]
    fn no_token_is_made_for_a_pair_no_import_uses() {
        let dk = DomainKey::generate(Timestamp(0)).unwrap();
        let (key, _) = WrappingKey::generate(WrappingKeySpec::Sm2).unwrap();
        let pkcs1 = binding(WrappingAlgorithm::RsaesPkcs1V15, WrappingKeySpec::Sm2);
        assert!(matches!(
            seal(&dk, &pkcs1, &key),
            Err(ImportError::UnsupportedAlgorithm)
        ));
        let oaep = binding(WrappingAlgorithm::RsaesOaepSha256, WrappingKeySpec::Sm2);
        assert!(matches!(
            seal(&dk, &oaep, &key),
            Err(ImportError::AlgorithmMismatch)
        ));
        // A binding that names another spec than the key's.
        let rsa = binding(WrappingAlgorithm::RsaesOaepSha256, WrappingKeySpec::Rsa2048);
        assert!(matches!(
            seal(&dk, &rsa, &key),
            Err(ImportError::AlgorithmMismatch)
        ));
    }

    #[test]
    fn the_code_tables_are_one_to_one() {
        for &a in WrappingAlgorithm::ALL {
            assert_eq!(algorithm_of(algorithm_code(a)), Some(a));
        }
        for &s in WrappingKeySpec::ALL {
            assert_eq!(spec_of(spec_code(s)), Some(s));
        }
        assert_eq!(spec_of(0), None);
        assert_eq!(algorithm_of(6), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// Any bytes, and any bytes behind a real header, open to the one refusal.
        #[test]
        fn random_bytes_never_open(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..3000),
            keep_header in proptest::prelude::any::<bool>(),
        ) {
            let (dk, token) = sm2_token();
            let mut input = bytes;
            if keep_header {
                input.splice(0..0, token[..HEADER_LEN].iter().copied());
            }
            proptest::prop_assert!(is_invalid(open(&[dk], &input)));
        }
    }
}
