//! Fills a keystore with N keys in one write, for benches/cli.py: making
//! 10,000 keys one command at a time would rewrite the file 10,000 times.
//!
//! Run: KMS_LOCAL_MASTER_KEY=… KMS_LOCAL_KEYSTORE=PATH KMS_LOCAL_POPULATE=N \
//!      cargo bench --bench populate
//! Prints the id of the first key made.

// A bench tool: a failure here should stop it loudly.
#![allow(clippy::expect_used)]

use std::path::PathBuf;

use kms_local::keystore::Keystore;
use kms_local::keystore::kek::KekSources;
use kms_local::ops::types::CreateKeyRequest;
use kms_local::ops::{Ctx, keys};
use kms_local::timestamp::Timestamp;
use zeroize::Zeroizing;

fn main() {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("set {name}"));
    let count: usize = var("KMS_LOCAL_POPULATE")
        .parse()
        .expect("KMS_LOCAL_POPULATE is a number");
    let sources = KekSources {
        master_key: Some(Zeroizing::new(var("KMS_LOCAL_MASTER_KEY"))),
        ..KekSources::default()
    };
    let keystore = Keystore::new(
        PathBuf::from(var("KMS_LOCAL_KEYSTORE")),
        sources,
        "us-east-1".into(),
    )
    .expect("a keystore path");
    let now = Timestamp::now();
    let first = keystore
        .update(now, |state| {
            let mut first = None;
            for i in 0..count {
                let req = CreateKeyRequest {
                    description: Some(format!("bench key {i}")),
                    ..CreateKeyRequest::default()
                };
                let id = keys::create_key(state, &Ctx::at(now), req)?
                    .key_metadata
                    .key_id;
                first.get_or_insert(id);
            }
            Ok(first)
        })
        .expect("keys made");
    println!("{}", first.unwrap_or_default());
}
