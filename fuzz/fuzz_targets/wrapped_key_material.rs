#![no_main]

//! Unwrapping any bytes as EncryptedKeyMaterial under each wrapping
//! algorithm (a fixed RSA_2048 key, and an SM2 key for SM2PKE): never a
//! panic, never an internal error, and a real wrapping, edited, unwraps only
//! to its material or not at all.
//!
//! Input: algorithm, mode, then the wrapped bytes (even mode) or edits of a
//! real wrapping (odd mode), three bytes each: a two-byte position and a byte
//! to XOR there. With mode bit 1 raw input is fitted to the RSA block (and a
//! key wrap's whole semiblocks after it), so that it reaches the decryption.

use std::sync::OnceLock;

use aes_kw::{KeyInit, KwpAes256};
use kms_local::hsm::import::{self, ImportError, WrappingKey};
use kms_local::hsm::pke;
use kms_local::spec::{EncryptionAlgorithm, KeySpec, WrappingAlgorithm, WrappingKeySpec};

const MATERIAL: &[u8] = b"kms-local fuzz key material, 32B";
const AES_KEY: [u8; 32] = [0x5A; 32];

struct Keys {
    rsa: WrappingKey,
    sm2: WrappingKey,
    /// A real wrapping of MATERIAL for each algorithm, in `WrappingAlgorithm::ALL`'s order.
    wrapped: Vec<Vec<u8>>,
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let (rsa, rsa_public) = WrappingKey::generate(WrappingKeySpec::Rsa2048).expect("RSA key");
        let (sm2, sm2_public) = WrappingKey::generate(WrappingKeySpec::Sm2).expect("SM2 key");
        let oaep = |algorithm, data: &[u8]| {
            pke::encrypt(KeySpec::Rsa2048, &rsa_public, algorithm, data).expect("OAEP")
        };
        let key_wrap = |algorithm| {
            let mut wrapped = oaep(algorithm, &AES_KEY);
            let mut tail = vec![0; MATERIAL.len() + 8];
            let kwp = KwpAes256::new(&AES_KEY.into());
            wrapped.extend_from_slice(kwp.wrap_key(MATERIAL, &mut tail).expect("KWP"));
            wrapped
        };
        let wrapped = WrappingAlgorithm::ALL
            .iter()
            .map(|algorithm| match algorithm {
                WrappingAlgorithm::RsaesOaepSha1 => {
                    oaep(EncryptionAlgorithm::RsaesOaepSha1, MATERIAL)
                }
                WrappingAlgorithm::RsaesOaepSha256 => {
                    oaep(EncryptionAlgorithm::RsaesOaepSha256, MATERIAL)
                }
                WrappingAlgorithm::RsaAesKeyWrapSha1 => {
                    key_wrap(EncryptionAlgorithm::RsaesOaepSha1)
                }
                WrappingAlgorithm::RsaAesKeyWrapSha256 => {
                    key_wrap(EncryptionAlgorithm::RsaesOaepSha256)
                }
                WrappingAlgorithm::Sm2Pke => pke::encrypt(
                    KeySpec::Sm2,
                    &sm2_public,
                    EncryptionAlgorithm::Sm2Pke,
                    MATERIAL,
                )
                .expect("SM2PKE"),
                // Nothing is wrapped with it; any bytes stand in.
                WrappingAlgorithm::RsaesPkcs1V15 => vec![0; 256],
            })
            .collect();
        Keys { rsa, sm2, wrapped }
    })
}

// The RSA key is made before the first input (it takes a while), so that
// its making is not reported as a slow input.
libfuzzer_sys::fuzz_target!(
    init: {
        keys();
    },
    |bytes: &[u8]| {
        let Some((&[which, mode], rest)) = bytes.split_first_chunk::<2>() else {
            return;
        };
        let keys = keys();
        let at = usize::from(which) % WrappingAlgorithm::ALL.len();
        let algorithm = WrappingAlgorithm::ALL[at];
        let real = &keys.wrapped[at];
        let input = if mode & 1 == 0 {
            let mut input = rest.to_vec();
            if mode & 2 != 0 {
                match algorithm {
                    WrappingAlgorithm::RsaAesKeyWrapSha1 | WrappingAlgorithm::RsaAesKeyWrapSha256 => {
                        let tail = input.len().saturating_sub(256) / 8 * 8;
                        input.resize(256 + tail.max(16), 0);
                    }
                    WrappingAlgorithm::Sm2Pke => {}
                    _ => input.resize(256, 0),
                }
            }
            input
        } else {
            let mut input = real.clone();
            for edit in rest.chunks_exact(3) {
                let at = usize::from(u16::from_be_bytes([edit[0], edit[1]]));
                if let Some(byte) = input.get_mut(at) {
                    *byte ^= edit[2];
                }
            }
            input
        };
        let key = if algorithm == WrappingAlgorithm::Sm2Pke { &keys.sm2 } else { &keys.rsa };
        match import::unwrap(key, algorithm, &input) {
            // Only the real wrapping (or, for SM2's DER, another encoding of
            // it) gives material, and then only the real material.
            Ok(material) => assert_eq!(material.expose(), MATERIAL, "{algorithm}"),
            Err(ImportError::Unwrap) => {
                assert!(&input != real, "the real {algorithm} wrapping did not unwrap");
            }
            Err(ImportError::UnsupportedAlgorithm) => {
                assert_eq!(algorithm, WrappingAlgorithm::RsaesPkcs1V15);
            }
            Err(other) => panic!("{algorithm}: not the one refusal: {other:?}"),
        }
    }
);
