use std::time::Duration;

use crate::common::*;

/// 20 processes create keys at once on a keystore that does not exist yet,
/// half of them HMAC keys: every one succeeds, and every key is there
/// afterwards and works.
#[test]
fn twenty_concurrent_create_keys_lose_nothing() {
    let env = TestEnv::bare();
    let children: Vec<_> = (0..20)
        .map(|i| {
            let description = format!("racer {i}");
            let mut args = vec!["create-key", "--description", &description];
            // A quarter of them act in another Region than the rest: whichever
            // creates the keystore makes its own the home Region, and the
            // others add the other scope, or race to add it.
            let region = if i % 4 == 0 { "eu-west-1" } else { "us-east-1" };
            args.extend(["--region", region]);
            if i % 2 == 1 {
                args.extend([
                    "--key-spec",
                    "HMAC_256",
                    "--key-usage",
                    "GENERATE_VERIFY_MAC",
                ]);
            }
            (i % 2 == 1, region, env.spawn(&args))
        })
        .collect();
    let mut ids: Vec<(bool, &str, String)> = children
        .into_iter()
        .map(|(hmac, region, child)| (hmac, region, created_key(child)))
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 20);
    // All 20 are in the keystore, each in its Region, under the one key file
    // the racers agreed on.
    for (hmac, region, id) in &ids {
        if *hmac {
            env.ok(&[
                "generate-mac",
                "--region",
                region,
                "--key-id",
                id,
                "--mac-algorithm",
                "HMAC_SHA_256",
                "--message",
                "aGVsbG8=",
            ]);
        } else {
            let made = env.generate(id, &["--region", region]);
            assert!(made.key_id.starts_with(&format!("arn:aws:kms:{region}:")));
        }
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

/// Keystores that share one key file, created at once by racing processes:
/// the racers agree on one key file, so every keystore opens afterwards.
#[test]
fn racing_keystores_agree_on_one_key_file() {
    let env = TestEnv::bare();
    for round in 0..3 {
        let paths: Vec<String> = (0..12)
            .map(|i| {
                env.path(&format!("r{round}/ks{i}/keystore"))
                    .display()
                    .to_string()
            })
            .collect();
        let children: Vec<_> = paths
            .iter()
            .map(|p| env.spawn(&["create-key", "--keystore", p]))
            .collect();
        let keys: Vec<String> = children.into_iter().map(created_key).collect();
        for (path, key) in paths.iter().zip(&keys) {
            env.ok(&[
                "generate-data-key",
                "--keystore",
                path,
                "--key-id",
                key,
                "--key-spec",
                "AES_256",
            ]);
        }
        // Each round races to create the key file afresh.
        let _ = std::fs::remove_file(env.path("home/.config/kms-local/master.key"));
    }
}

/// 8 processes at a time, 100 mixed operations each, on one keystore: every
/// operation succeeds, and at the end every key, alias and blob that any
/// process was told about is there.
#[test]
fn eight_workers_of_a_hundred_mixed_operations() {
    let env = std::sync::Arc::new(TestEnv::new());
    let seed_key = env.create_key();
    let workers: Vec<_> = (0..8)
        .map(|worker| {
            let env = std::sync::Arc::clone(&env);
            let seed_key = seed_key.clone();
            std::thread::spawn(move || {
                let mut keys = vec![seed_key];
                let mut aliases = Vec::new();
                let mut blobs = Vec::new();
                for op in 0..100 {
                    let key = keys[op % keys.len()].clone();
                    match op % 10 {
                        0 | 5 => keys.push(env.create_key()),
                        1 | 6 => blobs.push(
                            env.generate(&key, &["--encryption-context", &format!("w={worker}")]),
                        ),
                        2 | 7 => {
                            if let Some(made) = blobs.last() {
                                env.decrypt(
                                    &made.ciphertext_blob,
                                    &["--encryption-context", &format!("w={worker}")],
                                );
                            }
                        }
                        3 => drop(env.json::<KeyIdOnly>(&["rotate", "--key-id", &key])),
                        4 => drop(env.ok(&["rotate", "--domain"])),
                        8 => {
                            let alias = format!("alias/w{worker}-{op}");
                            env.alias(&alias, &key);
                            aliases.push((alias, key));
                        }
                        _ => {
                            if let Some((alias, _)) = aliases.last() {
                                // The worker's newest key: a shared one would reach the
                                // quota of 50 aliases per key, which is AWS semantics.
                                let other = keys[keys.len() - 1].clone();
                                env.ok(&[
                                    "update-alias",
                                    "--alias-name",
                                    alias,
                                    "--target-key-id",
                                    &other,
                                ]);
                                let last = aliases.len() - 1;
                                aliases[last].1 = other;
                            }
                        }
                    }
                }
                (worker, keys, aliases, blobs)
            })
        })
        .collect();
    for handle in workers {
        let (worker, keys, aliases, blobs) = handle.join().unwrap();
        for key in &keys {
            env.ok(&["describe-key", "--key-id", key]);
        }
        for (alias, key) in &aliases {
            assert_eq!(env.generate(alias, &[]).key_id, arn(key), "{alias}");
        }
        for made in &blobs {
            let back = env.decrypt(
                &made.ciphertext_blob,
                &["--encryption-context", &format!("w={worker}")],
            );
            assert_eq!(back.plaintext, made.plaintext);
        }
    }
    env.ok(&["keystore", "verify"]);
    // Every operation of every worker is in the audit log, whose chain holds.
    let verified: serde_json::Value = env.json(&["audit", "verify"]);
    assert!(verified["Entries"].as_u64().unwrap() >= 800);
}

/// Four processes at a time, each replicating its own multi-Region key into
/// the same two Regions (so the new scopes are made by whoever comes first)
/// and importing material into its own key: every replica decrypts its
/// primary's blob, every imported key its own, and the keystore and its log
/// verify.
#[test]
fn replicas_and_imports_from_four_workers_at_once() {
    let env = std::sync::Arc::new(TestEnv::new());
    let workers: Vec<_> = (0..4u8)
        .map(|worker| {
            let env = std::sync::Arc::clone(&env);
            std::thread::spawn(move || {
                let created: serde_json::Value = env.json(&["create-key", "--multi-region"]);
                let mrk = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
                let mrk_blob = env.generate(&mrk, &[]);
                for region in REPLICA_REGIONS {
                    env.ok(&[
                        "replicate-key",
                        "--key-id",
                        &mrk,
                        "--replica-region",
                        region,
                    ]);
                }
                let created: serde_json::Value = env.json(&["create-key", "--origin", "EXTERNAL"]);
                let external = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
                let params: serde_json::Value = env.json(&[
                    "get-parameters-for-import",
                    "--key-id",
                    &external,
                    "--wrapping-algorithm",
                    "RSAES_OAEP_SHA_256",
                    "--wrapping-key-spec",
                    "RSA_2048",
                ]);
                let token = env.path(&format!("w{worker}.token"));
                let public = env.path(&format!("w{worker}.der"));
                let material = env.path(&format!("w{worker}.material"));
                std::fs::write(&token, unb64(params["ImportToken"].as_str().unwrap())).unwrap();
                std::fs::write(&public, unb64(params["PublicKey"].as_str().unwrap())).unwrap();
                std::fs::write(&material, [worker; 32]).unwrap();
                let wrapped = crate::import::wrap(&public, &material, "RSAES_OAEP_SHA_256");
                env.ok(&[
                    "import-key-material",
                    "--key-id",
                    &external,
                    "--import-token",
                    &format!("fileb://{}", token.display()),
                    "--encrypted-key-material",
                    &format!("fileb://{}", wrapped.display()),
                    "--expiration-model",
                    "KEY_MATERIAL_DOES_NOT_EXPIRE",
                ]);
                let imported_blob = env.generate(&external, &[]);
                (mrk_blob, imported_blob)
            })
        })
        .collect();
    for handle in workers {
        let (mrk_blob, imported_blob) = handle.join().unwrap();
        for region in REPLICA_REGIONS {
            let back = env.decrypt(&mrk_blob.ciphertext_blob, &["--region", region]);
            assert_eq!(back.plaintext, mrk_blob.plaintext, "{region}");
        }
        let back = env.decrypt(&imported_blob.ciphertext_blob, &[]);
        assert_eq!(back.plaintext, imported_blob.plaintext);
    }
    env.ok(&["keystore", "verify"]);
    env.ok(&["audit", "verify"]);
}

/// The Regions every worker replicates into.
const REPLICA_REGIONS: [&str; 2] = ["us-west-2", "eu-central-1"];

/// A lock another process holds (here the test itself) is waited for at
/// most KMS_LOCAL_LOCK_TIMEOUT seconds, by writers and readers alike; then
/// the command fails, naming the lock file.
#[test]
fn a_held_lock_is_waited_for_only_until_the_timeout() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_LOCK_TIMEOUT", "1")]);
    let key = env.create_key();
    let before = env.keystore_bytes();
    let lock = env.path("ks/keystore.lock");
    let held = std::fs::File::open(&lock).unwrap();
    held.lock().unwrap();
    for args in [vec!["create-key"], vec!["describe-key", "--key-id", &key]] {
        let (code, stderr, took) = run_bounded(&env, &args);
        assert_eq!(code, Some(253), "{args:?}: {stderr}");
        assert_eq!(
            stderr,
            format!(
                "kms-local: keystore '{}': timed out after 1 s waiting for the lock on '{}'; \
                 another kms-local process holds it\n\
                 hint: KMS_LOCAL_LOCK_TIMEOUT sets how many seconds to wait (default 30)\n",
                env.keystore().display(),
                lock.display()
            )
        );
        assert!(
            took >= Duration::from_secs(1) && took < Duration::from_secs(10),
            "{args:?}: {took:?}"
        );
    }
    assert_eq!(env.keystore_bytes(), before);
    drop(held);
    // The audit log's lock too: a change that cannot be logged is not made.
    let log = env.path("ks/keystore.audit");
    let held = std::fs::File::open(&log).unwrap();
    held.lock().unwrap();
    let (code, stderr, _) = run_bounded(&env, &["create-key"]);
    assert_eq!(code, Some(253), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "kms-local: audit log '{0}': timed out after 1 s waiting for the lock on '{0}'",
            log.display()
        )),
        "{stderr}"
    );
    assert_eq!(env.keystore_bytes(), before);
    drop(held);
    env.create_key();
    let stderr = env
        .with(&[("KMS_LOCAL_LOCK_TIMEOUT", "soon")])
        .fails(252, &["create-key"]);
    assert!(
        stderr.contains("'soon' is not a whole number of seconds"),
        "{stderr}"
    );
}
