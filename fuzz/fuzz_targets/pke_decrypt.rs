#![no_main]

//! Decrypt of any ciphertext with RSAES-OAEP (SHA-1, SHA-256) under a fixed
//! RSA_2048 key and SM2PKE under a fixed SM2 key: never a panic, and a real
//! ciphertext, edited, decrypts only to its plaintext or not at all.
//!
//! Input: algorithm, mode, then the ciphertext (even mode) or edits of a
//! real ciphertext (odd mode), three bytes each: a two-byte position and a
//! byte to XOR there. With mode bit 1 an RSA ciphertext is fitted to the
//! modulus length.

use std::sync::OnceLock;

use kms_local::hsm::material::{self, PrivateKey};
use kms_local::hsm::pke;
use kms_local::spec::{EncryptionAlgorithm, KeySpec};

const PLAINTEXT: &[u8] = b"kms-local fuzz plaintext";

struct Case {
    algorithm: EncryptionAlgorithm,
    key: PrivateKey,
    ciphertext: Vec<u8>,
}

fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        [
            (KeySpec::Rsa2048, EncryptionAlgorithm::RsaesOaepSha1),
            (KeySpec::Rsa2048, EncryptionAlgorithm::RsaesOaepSha256),
            (KeySpec::Sm2, EncryptionAlgorithm::Sm2Pke),
        ]
        .into_iter()
        .map(|(spec, algorithm)| {
            let material = material::generate(spec).expect("generate");
            let key = material::open(spec, &material).expect("open");
            let public = key.public_key_der().expect("public key").expect("not HMAC");
            let ciphertext = pke::encrypt(spec, &public, algorithm, PLAINTEXT).expect("encrypt");
            Case {
                algorithm,
                key,
                ciphertext,
            }
        })
        .collect()
    })
}

// The keys are made before the first input (an RSA key takes seconds), so
// that their making is not reported as a slow input.
libfuzzer_sys::fuzz_target!(
    init: {
        cases();
    },
    |bytes: &[u8]| {
        let Some((&[which, mode], rest)) = bytes.split_first_chunk::<2>() else {
            return;
        };
        let cases = cases();
        let case = &cases[usize::from(which) % cases.len()];
        let ciphertext = if mode & 1 == 0 {
            let mut ciphertext = rest.to_vec();
            if mode & 2 != 0 && case.algorithm != EncryptionAlgorithm::Sm2Pke {
                ciphertext.resize(256, 0);
            }
            ciphertext
        } else {
            let mut ciphertext = case.ciphertext.clone();
            for edit in rest.chunks_exact(3) {
                let at = usize::from(u16::from_be_bytes([edit[0], edit[1]]));
                if let Some(byte) = ciphertext.get_mut(at) {
                    *byte ^= edit[2];
                }
            }
            ciphertext
        };
        let opened = pke::decrypt(&case.key, case.algorithm, &ciphertext).expect("the algorithm fits");
        if let Some(plaintext) = opened {
            // Only the real ciphertext (or, for SM2's DER, another encoding of
            // it) can give a plaintext, and then only the real one.
            assert_eq!(plaintext.expose(), PLAINTEXT);
        } else {
            assert_ne!(
                ciphertext, case.ciphertext,
                "the real ciphertext did not decrypt"
            );
        }
    }
);
