#![no_main]

//! The untrusted bytes of DeriveSharedSecret and Decapsulate: a peer's
//! SubjectPublicKeyInfo for each key-agreement curve, and an ML-KEM
//! ciphertext for each ML-KEM spec. Nothing panics; a peer key that parses
//! gives a secret of the curve's field length; a ciphertext gives a 32-byte
//! secret exactly when its length is the spec's.
//!
//! The first byte picks the spec (low 3 bits) and, for a peer key, whether
//! the rest is the key itself or changes XORed onto a valid peer key, which
//! reaches the point decoding that random bytes rarely do.

use std::sync::OnceLock;

use kms_local::error::Error;
use kms_local::hsm::agreement::{self, PeerKey};
use kms_local::hsm::kem;
use kms_local::hsm::material::{self, PrivateKey};
use kms_local::spec::KeySpec;

const AGREEMENT: [(KeySpec, usize); 4] = [
    (KeySpec::EccNistP256, 32),
    (KeySpec::EccNistP384, 48),
    (KeySpec::EccNistP521, 66),
    (KeySpec::Sm2, 32),
];
const KEM: [KeySpec; 3] = [KeySpec::MlKem512, KeySpec::MlKem768, KeySpec::MlKem1024];

/// A key of each spec, made once: (spec, private key, its SPKI DER).
fn keys() -> &'static Vec<(KeySpec, PrivateKey, Vec<u8>)> {
    static KEYS: OnceLock<Vec<(KeySpec, PrivateKey, Vec<u8>)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let specs = AGREEMENT.iter().map(|(s, _)| *s).chain(KEM);
        specs
            .map(|spec| {
                let material = material::generate(spec).expect("key generation");
                let key = material::open(spec, &material).expect("a key opens");
                let public = key.public_key_der().expect("SPKI").expect("a public key");
                (spec, key, public)
            })
            .collect()
    })
}

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Some((&select, data)) = bytes.split_first() else {
        return;
    };
    let keys = keys();
    let Some((spec, key, public)) = keys.get(usize::from(select & 7)) else {
        return;
    };
    if let Some(expected) = kem::ciphertext_len(*spec) {
        match kem::decapsulate(key, data) {
            Ok(secret) => {
                assert_eq!(data.len(), expected);
                assert_eq!(secret.len(), 32);
            }
            Err(Error::InvalidCiphertext(message)) => {
                assert_ne!(data.len(), expected);
                assert!(message.is_empty());
            }
            Err(e) => panic!("decapsulation failed: {e}"),
        }
        return;
    }
    let peer = if select & 0x80 == 0 {
        data.to_vec()
    } else {
        // The other key of the same curve, changed by the input: XORed
        // bytes, cut to the input's length when it is shorter.
        let mut peer = public.clone();
        for (i, b) in data.iter().enumerate() {
            if let Some(byte) = peer.get_mut(i) {
                *byte ^= b;
            }
        }
        if select & 0x40 != 0 {
            peer.truncate(data.len());
        }
        peer
    };
    if let Ok(peer) = PeerKey::parse(*spec, &peer) {
        let secret = agreement::derive(key, &peer).expect("a parsed peer key derives");
        let len = AGREEMENT
            .iter()
            .find(|(s, _)| s == spec)
            .map(|(_, len)| *len);
        assert_eq!(Some(secret.len()), len);
    }
});
