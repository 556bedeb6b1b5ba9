#![no_main]

//! Verify with any signature, message, message type and algorithm under a
//! fixed valid public key of each signing spec: never a panic, and a result
//! only `Ok(true)` when the bytes are a real signature.
//!
//! Input: spec, algorithm, mode (message type in the low bits; 0x80 fits the
//! signature to the spec's length; 0x40 edits a real signature instead), a
//! two-byte split, then the message and the signature, or (0x40) edits of
//! three bytes each: a two-byte position and a byte to XOR there.

use std::sync::OnceLock;

use kms_local::hsm::material;
use kms_local::hsm::signing::{self, Message};
use kms_local::spec::{KeySpec, SigningAlgorithm};

const SPECS: &[KeySpec] = &[
    KeySpec::Rsa2048,
    KeySpec::Rsa3072,
    KeySpec::Rsa4096,
    KeySpec::EccNistP256,
    KeySpec::EccNistP384,
    KeySpec::EccNistP521,
    KeySpec::EccSecgP256k1,
    KeySpec::Sm2,
    KeySpec::EccNistEdwards25519,
    KeySpec::MlDsa44,
    KeySpec::MlDsa65,
    KeySpec::MlDsa87,
];

const SIGNED: &[u8] = b"kms-local fuzz message";

struct Key {
    spec: KeySpec,
    public: Vec<u8>,
    /// A real signature of `SIGNED` (RAW) by each algorithm the key has.
    signatures: Vec<(SigningAlgorithm, Vec<u8>)>,
}

fn keys() -> &'static [Key] {
    static KEYS: OnceLock<Vec<Key>> = OnceLock::new();
    KEYS.get_or_init(|| {
        SPECS
            .iter()
            .map(|&spec| {
                let material = material::generate(spec).expect("generate");
                let key = material::open(spec, &material).expect("open");
                let public = key.public_key_der().expect("public key").expect("not HMAC");
                let signatures = SigningAlgorithm::ALL
                    .iter()
                    .filter_map(|&alg| {
                        let message = match alg {
                            // Ed25519ph signs a 64-byte digest.
                            SigningAlgorithm::Ed25519PhSha512 => Message::Digest(&[7; 64]),
                            _ => Message::Raw(SIGNED),
                        };
                        signing::sign(&key, alg, message).ok().map(|s| (alg, s))
                    })
                    .collect::<Vec<_>>();
                assert!(!signatures.is_empty(), "{spec} signs nothing");
                Key {
                    spec,
                    public,
                    signatures,
                }
            })
            .collect()
    })
}

/// The length of every signature of `spec`, where it has one.
fn fixed_len(spec: KeySpec) -> Option<usize> {
    match spec {
        KeySpec::Rsa2048 => Some(256),
        KeySpec::Rsa3072 => Some(384),
        KeySpec::Rsa4096 => Some(512),
        KeySpec::EccNistEdwards25519 => Some(64),
        KeySpec::MlDsa44 => Some(2420),
        KeySpec::MlDsa65 => Some(3309),
        KeySpec::MlDsa87 => Some(4627),
        _ => None,
    }
}

// The keys are made before the first input (an RSA key takes seconds), so
// that their making is not reported as a slow input.
libfuzzer_sys::fuzz_target!(
    init: {
        keys();
    },
    |bytes: &[u8]| {
        let Some((&[spec, alg, mode, split_hi, split_lo], rest)) = bytes.split_first_chunk::<5>()
        else {
            return;
        };
        let keys = keys();
        let key = &keys[usize::from(spec) % keys.len()];
        if mode & 0x40 != 0 {
            // A real signature, edited: reaches the checks past decoding.
            let (alg, real) = &key.signatures[usize::from(alg) % key.signatures.len()];
            let mut signature = real.clone();
            for edit in rest.chunks_exact(3) {
                let at = usize::from(u16::from_be_bytes([edit[0], edit[1]]));
                if let Some(byte) = signature.get_mut(at) {
                    *byte ^= edit[2];
                }
            }
            let message = match alg {
                SigningAlgorithm::Ed25519PhSha512 => Message::Digest(&[7; 64]),
                _ => Message::Raw(SIGNED),
            };
            let verified = signing::verify(key.spec, &key.public, *alg, message, &signature);
            if signature == *real {
                assert!(matches!(verified, Ok(true)), "{}: {alg}", key.spec);
            }
            return;
        }
        let alg = SigningAlgorithm::ALL[usize::from(alg) % SigningAlgorithm::ALL.len()];
        let split = usize::from(u16::from_be_bytes([split_hi, split_lo])).min(rest.len());
        let (message, signature) = rest.split_at(split);
        let mut signature = signature.to_vec();
        if mode & 0x80 != 0
            && let Some(len) = fixed_len(key.spec)
        {
            signature.resize(len, 0);
        }
        let message = match mode % 3 {
            0 => Message::Raw(message),
            1 => Message::Digest(message),
            _ => Message::ExternalMu(message),
        };
        let _ = signing::verify(key.spec, &key.public, alg, message, &signature);
    }
);
