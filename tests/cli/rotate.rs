use crate::common::*;

#[test]
fn rotation_makes_new_material_current_and_keeps_the_old() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = env.generate(&key, &["--encryption-context", "v=1"]);
    let rotated: KeyIdOnly = env.json(&["rotate", "--key-id", &key]);
    assert_eq!(rotated.key_id, arn(&key));
    let after = env.generate(&key, &[]);
    assert_ne!(after.key_material_id, before.key_material_id);
    // Old blobs decrypt with the material that made them.
    let old = env.decrypt(&before.ciphertext_blob, &["--encryption-context", "v=1"]);
    assert_eq!(old.plaintext, before.plaintext);
    assert_eq!(old.key_material_id, before.key_material_id);
    assert_eq!(
        env.decrypt(&after.ciphertext_blob, &[]).key_material_id,
        after.key_material_id
    );
    // ReEncrypt to the same key moves a blob onto the current material.
    let moved: ReEncrypt = env.json(&[
        "re-encrypt",
        "--ciphertext-blob",
        &before.ciphertext_blob,
        "--source-encryption-context",
        "v=1",
        "--destination-key-id",
        &key,
    ]);
    assert_eq!(moved.source_key_material_id, before.key_material_id);
    assert_eq!(moved.destination_key_material_id, after.key_material_id);
}

#[test]
fn rotate_key_on_demand_is_the_aws_spelling_and_takes_key_ids_only() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.alias("alias/ci", &key);
    let rotated: KeyIdOnly = env.json(&["rotate-key-on-demand", "--key-id", &arn(&key)]);
    assert_eq!(rotated.key_id, arn(&key));
    let message = env.kms_error(
        "NotFoundException",
        "RotateKeyOnDemand",
        &["rotate", "--key-id", "alias/ci"],
    );
    assert_eq!(message, "Invalid keyId 'alias/ci'");
    let json = format!(r#"{{"KeyId": "{key}"}}"#);
    env.json::<KeyIdOnly>(&["rotate", "--cli-input-json", &json]);
    env.fails(252, &["rotate"]);
    env.fails(252, &["rotate", "--key-id", &key, "--domain"]);
}

#[test]
fn on_demand_rotations_stop_at_25() {
    let env = TestEnv::new();
    let key = env.create_key();
    for _ in 0..25 {
        env.json::<KeyIdOnly>(&["rotate", "--key-id", &key]);
    }
    let before = env.keystore_bytes();
    let message = env.kms_error(
        "LimitExceededException",
        "RotateKeyOnDemand",
        &["rotate", "--key-id", &key],
    );
    assert_eq!(
        message,
        format!(
            "The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: {}",
            arn(&key)
        )
    );
    assert_eq!(env.keystore_bytes(), before);
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct DomainRotation {
    domain_key_id: String,
    rewrapped_key_tokens: usize,
}

#[test]
fn domain_rotation_rewraps_every_key_and_old_blobs_still_decrypt() {
    let env = TestEnv::new();
    let a = env.create_key();
    let b = env.create_key();
    env.json::<KeyIdOnly>(&["rotate", "--key-id", &a]);
    let blobs = [
        env.generate(&a, &[]),
        env.generate(&b, &["--encryption-context", "x=y"]),
    ];
    let first: DomainRotation = env.json(&["rotate", "--domain"]);
    // a has two backing keys, b one.
    assert_eq!(first.rewrapped_key_tokens, 3);
    let second: DomainRotation = env.json(&["rotate", "--domain"]);
    assert_ne!(first.domain_key_id, second.domain_key_id);
    assert_eq!(
        env.decrypt(&blobs[0].ciphertext_blob, &[]).plaintext,
        blobs[0].plaintext
    );
    assert_eq!(
        env.decrypt(&blobs[1].ciphertext_blob, &["--encryption-context", "x=y"])
            .plaintext,
        blobs[1].plaintext
    );
    // New keys and new material work under the new domain key.
    env.json::<KeyIdOnly>(&["rotate", "--key-id", &b]);
    let c = env.create_key();
    env.decrypt(&env.generate(&c, &[]).ciphertext_blob, &[]);
}

#[test]
fn rotating_an_unknown_key_changes_nothing() {
    let env = TestEnv::new();
    env.create_key();
    let before = env.keystore_bytes();
    env.kms_error(
        "NotFoundException",
        "RotateKeyOnDemand",
        &["rotate", "--key-id", "1234abcd-12ab-34cd-56ef-1234567890ab"],
    );
    assert_eq!(env.keystore_bytes(), before);
}

/// After a domain rotation the keystore holds one domain key, and every key
/// token is wrapped under it: read through the library, not the binary's word.
#[test]
fn domain_rotation_leaves_one_domain_key_naming_every_token() {
    use kms_local::keystore::Keystore;
    use kms_local::keystore::kek::KekSources;
    use zeroize::Zeroizing;

    let env = TestEnv::new();
    let a = env.create_key();
    env.json::<KeyIdOnly>(&["rotate", "--key-id", &a]);
    env.create_key();
    env.ok(&["rotate", "--domain"]);
    let sources = KekSources {
        master_key: Some(Zeroizing::new(MASTER_KEY.to_owned())),
        ..KekSources::default()
    };
    let keystore = Keystore::new(env.keystore(), sources, "us-east-1".into()).unwrap();
    keystore
        .read(|state| {
            // The previous one stays until the next rotation, for import tokens.
            assert_eq!(state.domain_keys.len(), 2);
            let active = state.domain_keys[1].id;
            let records = state.keys.records()?;
            let tokens: Vec<_> = records.iter().flat_map(|(_, r)| &r.backing_keys).collect();
            assert_eq!(tokens.len(), 3);
            assert!(tokens.iter().all(|bk| bk.domain_key_id == active));
            Ok(())
        })
        .unwrap();
}
