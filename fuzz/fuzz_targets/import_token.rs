#![no_main]

//! Opening any bytes as an import token: never a panic, never an internal
//! error, and a real token, edited, opens only unedited (to its binding).
//!
//! Input: a mode byte, then the token (even mode) or edits of a real token
//! (odd mode), three bytes each: a two-byte position and a byte to XOR there.
//! With mode bit 1 the input is put behind a real token's 79-byte header.

use std::sync::OnceLock;

use kms_local::hsm::DomainKey;
use kms_local::hsm::import::{ImportError, TokenBinding, WrappingKey, token};
use kms_local::spec::{WrappingAlgorithm, WrappingKeySpec};
use kms_local::timestamp::Timestamp;

const HEADER_LEN: usize = 79;

struct Case {
    domain_keys: [DomainKey; 2],
    binding: TokenBinding,
    token: Vec<u8>,
}

fn case() -> &'static Case {
    static CASE: OnceLock<Case> = OnceLock::new();
    CASE.get_or_init(|| {
        let sealer = DomainKey::generate(Timestamp(0)).expect("domain key");
        let binding = TokenBinding {
            key_id: uuid::Uuid::from_bytes([7; 16]),
            algorithm: WrappingAlgorithm::Sm2Pke,
            wrapping_key_spec: WrappingKeySpec::Sm2,
            expires: Timestamp(86_400_000),
        };
        let (key, _) = WrappingKey::generate(WrappingKeySpec::Sm2).expect("wrapping key");
        let token = token::seal(&sealer, &binding, &key).expect("seal");
        let other = DomainKey::generate(Timestamp(1)).expect("domain key");
        Case {
            domain_keys: [sealer, other],
            binding,
            token,
        }
    })
}

libfuzzer_sys::fuzz_target!(
    init: {
        case();
    },
    |bytes: &[u8]| {
        let Some((&mode, rest)) = bytes.split_first() else {
            return;
        };
        let case = case();
        let input = if mode & 1 == 0 {
            let mut input = rest.to_vec();
            if mode & 2 != 0 {
                input.splice(0..0, case.token[..HEADER_LEN].iter().copied());
            }
            input
        } else {
            let mut input = case.token.clone();
            for edit in rest.chunks_exact(3) {
                let at = usize::from(u16::from_be_bytes([edit[0], edit[1]]));
                if let Some(byte) = input.get_mut(at) {
                    *byte ^= edit[2];
                }
            }
            input
        };
        match token::open(&case.domain_keys, &input) {
            Ok(opened) => {
                assert_eq!(input, case.token, "an edited token opened");
                assert_eq!(opened.binding, case.binding);
            }
            Err(ImportError::InvalidToken) => {
                assert_ne!(input, case.token, "the real token did not open");
            }
            Err(other) => panic!("not the one refusal: {other:?}"),
        }
    }
);
