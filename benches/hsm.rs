//! The HSM primitives, in memory: GenerateDataKey, Decrypt and ReEncrypt of
//! 32-byte data keys, with and without an encryption context. This is the
//! crypto limit a whole command or a batch line is measured against.
//!
//! Run: cargo bench --bench hsm

// A bench: a failure in its setup should stop it loudly.
#![allow(clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use kms_local::context::EncryptionContext;
use kms_local::hsm::DomainKey;
use kms_local::keystore::state::State;
use kms_local::ops::types::{
    CreateKeyRequest, DecryptRequest, GenerateDataKeyRequest, ReEncryptRequest,
};
use kms_local::ops::{Ctx, data_keys, keys};
use kms_local::timestamp::Timestamp;

const CTX: Ctx = Ctx::at(Timestamp(0));

fn state_with_one_key() -> (State, String) {
    let mut state = State::empty("us-east-1".into(), "111122223333".into());
    state
        .domain_keys
        .push(DomainKey::generate(Timestamp(0)).expect("OS randomness"));
    let created =
        keys::create_key(&mut state, &CTX, CreateKeyRequest::default()).expect("a key in memory");
    (state, created.key_metadata.key_id)
}

fn generate(key: &str, context: Option<EncryptionContext>) -> GenerateDataKeyRequest {
    GenerateDataKeyRequest {
        key_id: Some(key.to_owned()),
        encryption_context: context,
        number_of_bytes: Some(32),
        ..GenerateDataKeyRequest::default()
    }
}

fn primitives(c: &mut Criterion) {
    let (state, key) = state_with_one_key();
    for (name, context) in [
        ("no context", None),
        (
            "with context",
            Some(EncryptionContext::from([
                ("purpose", "bench"),
                ("team", "infra"),
            ])),
        ),
    ] {
        c.bench_function(&format!("GenerateDataKey, {name}"), |b| {
            b.iter(|| data_keys::generate_data_key(&state, &CTX, generate(&key, context.clone())))
        });
        let blob = data_keys::generate_data_key(&state, &CTX, generate(&key, context.clone()))
            .expect("a data key")
            .ciphertext_blob;
        c.bench_function(&format!("Decrypt, {name}"), |b| {
            b.iter(|| {
                data_keys::decrypt(
                    &state,
                    &CTX,
                    DecryptRequest {
                        ciphertext_blob: Some(blob.clone()),
                        encryption_context: context.clone(),
                        ..DecryptRequest::default()
                    },
                )
            })
        });
        c.bench_function(&format!("ReEncrypt, {name}"), |b| {
            b.iter(|| {
                data_keys::re_encrypt(
                    &state,
                    &CTX,
                    ReEncryptRequest {
                        ciphertext_blob: Some(blob.clone()),
                        source_encryption_context: context.clone(),
                        destination_key_id: Some(key.clone()),
                        destination_encryption_context: context.clone(),
                        ..ReEncryptRequest::default()
                    },
                )
            })
        });
    }
}

criterion_group!(benches, primitives);
criterion_main!(benches);
