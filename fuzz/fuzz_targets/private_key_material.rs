#![no_main]

//! Key material as a key bundle or a damaged keystore could carry it:
//! opening any bytes as any spec, then deriving the public key and signing,
//! decrypting or decapsulating with what opened, never panics.
//!
//! Input: spec, mode, then either the material itself (even mode) or edits
//! of a valid key of the spec (odd mode): with mode bit 1 a two-byte length
//! to cut or pad it to first, then three bytes an edit: a two-byte position
//! and a byte to XOR there.

use std::sync::OnceLock;

use kms_local::hsm::material::{self, PrivateKey};
use kms_local::hsm::secret::Plaintext;
use kms_local::hsm::{kem, pke, signing};
use kms_local::spec::{EncryptionAlgorithm, KeySpec, SigningAlgorithm};

/// A valid sealed encoding of each spec with material.
fn valid() -> &'static [(KeySpec, Vec<u8>)] {
    static VALID: OnceLock<Vec<(KeySpec, Vec<u8>)>> = OnceLock::new();
    VALID.get_or_init(|| {
        KeySpec::ALL
            .iter()
            .filter(|spec| !spec.is_symmetric())
            .map(|&spec| {
                let material = material::generate(spec).expect("generate");
                (spec, material.expose().to_vec())
            })
            .collect()
    })
}

/// Uses an opened key once: whatever it holds must not panic.
fn exercise(spec: KeySpec, key: &PrivateKey) {
    let _ = key.public_key_der();
    for alg in [
        SigningAlgorithm::RsassaPkcs1V15Sha256,
        SigningAlgorithm::EcdsaSha256,
        SigningAlgorithm::EcdsaSha384,
        SigningAlgorithm::EcdsaSha512,
        SigningAlgorithm::Sm2Dsa,
        SigningAlgorithm::Ed25519Sha512,
        SigningAlgorithm::MlDsaShake256,
    ] {
        if signing::sign(key, alg, signing::Message::Raw(b"fuzz")).is_ok() {
            break;
        }
    }
    let _ = pke::decrypt(key, EncryptionAlgorithm::RsaesOaepSha256, &[1; 256]);
    let _ = pke::decrypt(key, EncryptionAlgorithm::Sm2Pke, &[0x30, 0]);
    if let Some(len) = kem::ciphertext_len(spec) {
        let _ = kem::decapsulate(key, &vec![3; len]);
    }
}

// The keys are made before the first input (an RSA key takes seconds), so
// that their making is not reported as a slow input.
libfuzzer_sys::fuzz_target!(
    init: {
        valid();
    },
    |bytes: &[u8]| {
        let Some((&[spec, mode], rest)) = bytes.split_first_chunk::<2>() else {
            return;
        };
        let valid = valid();
        let (spec, good) = &valid[usize::from(spec) % valid.len()];
        let material = if mode & 1 == 0 {
            rest.to_vec()
        } else {
            let mut der = good.clone();
            let mut edits = rest;
            if mode & 2 != 0 {
                let Some((len, tail)) = rest.split_first_chunk::<2>() else {
                    return;
                };
                der.resize(usize::from(u16::from_be_bytes(*len)), 0);
                edits = tail;
            }
            for edit in edits.chunks_exact(3) {
                let at = usize::from(u16::from_be_bytes([edit[0], edit[1]]));
                if let Some(byte) = der.get_mut(at) {
                    *byte ^= edit[2];
                }
            }
            der
        };
        let opened = material::open(*spec, &Plaintext::from(material.clone()));
        if material == *good {
            assert!(opened.is_ok(), "{spec}: the valid key did not open");
        }
        if let Ok(key) = opened {
            exercise(*spec, &key);
        }
    }
);
