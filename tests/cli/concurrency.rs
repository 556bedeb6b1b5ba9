use crate::common::*;

/// 20 processes create keys at once on a keystore that does not exist yet:
/// every one succeeds, and every key is there afterwards.
#[test]
fn twenty_concurrent_create_keys_lose_nothing() {
    let env = TestEnv::bare();
    let children: Vec<_> = (0..20)
        .map(|i| env.spawn(&["create-key", "--description", &format!("racer {i}")]))
        .collect();
    let mut ids = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let created: CreateKey = serde_json::from_slice(&out.stdout).unwrap();
        ids.push(created.key_metadata.key_id);
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 20);
    // All 20 are in the keystore, under the one key file the racers agreed on.
    for id in &ids {
        env.generate(id, &[]);
    }
}

/// Readers running while writers rotate the domain key and the key never see
/// a half-written keystore, and every rotation is kept.
#[test]
fn reads_during_writes_always_see_a_whole_keystore() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let children: Vec<_> = (0..30)
        .map(|i| match i % 3 {
            0 => env.spawn(&["rotate", "--domain"]),
            1 => env.spawn(&["rotate", "--key-id", &key]),
            _ => env.spawn(&["decrypt", "--ciphertext-blob", &made.ciphertext_blob]),
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Ten on-demand rotations so far: fifteen more reach the limit of 25, no fewer.
    for _ in 0..15 {
        env.json::<KeyIdOnly>(&["rotate", "--key-id", &key]);
    }
    env.kms_error(
        "LimitExceededException",
        "RotateKeyOnDemand",
        &["rotate", "--key-id", &key],
    );
}
