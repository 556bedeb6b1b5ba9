#![no_main]

//! `migrate`'s wrap of key material under the wrapping public key a
//! destination KMS sent: any bytes as that key, never a panic. Bytes that
//! are not a 4096-bit RSA SubjectPublicKeyInfo are refused; the input's
//! first byte picks the algorithm, and with its low bit set the input
//! edits a real RSA_4096 key instead (three bytes an edit: a two-byte
//! position and a byte to XOR there).

use std::sync::OnceLock;

use kms_local::hsm::import::{self, WrappingKey};
use kms_local::hsm::secret::Plaintext;
use kms_local::spec::{WrappingAlgorithm, WrappingKeySpec};

fn real_key() -> &'static [u8] {
    static KEY: OnceLock<Vec<u8>> = OnceLock::new();
    KEY.get_or_init(|| WrappingKey::generate(WrappingKeySpec::Rsa4096).expect("RSA key").1)
}

libfuzzer_sys::fuzz_target!(
    init: {
        real_key();
    },
    |bytes: &[u8]| {
        let Some((&mode, rest)) = bytes.split_first() else {
            return;
        };
        let algorithm = match mode & 2 {
            0 => WrappingAlgorithm::RsaesOaepSha256,
            _ => WrappingAlgorithm::RsaAesKeyWrapSha256,
        };
        let key = if mode & 1 == 0 {
            rest.to_vec()
        } else {
            let mut key = real_key().to_vec();
            for edit in rest.chunks_exact(3) {
                let at = usize::from(u16::from_be_bytes([edit[0], edit[1]]));
                if let Some(byte) = key.get_mut(at) {
                    *byte ^= edit[2];
                }
            }
            key
        };
        let material = Plaintext::from(vec![0x42; 48]);
        if let Ok(wrapped) = import::wrap(&key, algorithm, &material) {
            // Only a key of 4096 bits wraps: one OAEP block of 512 bytes first.
            assert!(wrapped.len() >= 512, "{} bytes", wrapped.len());
        }
    }
);
