//! export-keys and import-keys: a key bundle carries keys from one keystore
//! to another, where their blobs decrypt.

use serde::Deserialize;

use crate::common::*;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Exported {
    file: String,
    keys: Vec<String>,
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct ImportedKey {
    key_id: String,
    status: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Imported {
    keys: Vec<ImportedKey>,
    aliases: Vec<String>,
}

#[test]
fn a_shared_bundle_decrypts_the_same_blobs_elsewhere() {
    let dev = TestEnv::new().with(&[("KMS_LOCAL_BUNDLE_PASSPHRASE", "team secret")]);
    let key = dev.create_key();
    dev.alias("alias/shared", &key);
    let before_rotation = dev.generate("alias/shared", &["--encryption-context", "app=ci"]);
    dev.json::<KeyIdOnly>(&["rotate", "--key-id", &key]);
    dev.ok(&[
        "enable-key-rotation",
        "--key-id",
        &key,
        "--rotation-period-in-days",
        "180",
    ]);
    let after_rotation = dev.generate("alias/shared", &[]);
    let unrelated = dev.create_key();
    let file = dev.path("bundle.keys");
    let exported: Exported = dev.json(&[
        "export-keys",
        "--key-ids",
        "alias/shared",
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(exported.keys, [arn(&key)]);
    assert_eq!(exported.aliases, ["alias/shared"]);
    assert_eq!(exported.file, file.display().to_string());
    assert_eq!(mode(&file), 0o600);
    let disk = std::fs::read(&file).unwrap();
    let alias = b"alias/shared";
    assert!(!disk.windows(alias.len()).any(|w| w == alias));

    // Another keystore, in another region: the blobs do not depend on it.
    let ci = TestEnv::new().with(&[
        ("KMS_LOCAL_BUNDLE_PASSPHRASE", "team secret"),
        ("AWS_REGION", "eu-central-1"),
    ]);
    ci.create_key();
    let imported: Imported = ci.json(&["import-keys", "--file", file.to_str().unwrap()]);
    let ci_arn = format!("arn:aws:kms:eu-central-1:111122223333:key/{key}");
    assert_eq!(imported.keys[0].key_id, ci_arn);
    assert_eq!(imported.keys[0].status, "IMPORTED");
    assert_eq!(imported.aliases, ["alias/shared"]);
    let back = ci.decrypt(
        &before_rotation.ciphertext_blob,
        &["--encryption-context", "app=ci"],
    );
    assert_eq!(back.plaintext, before_rotation.plaintext);
    assert_eq!(back.key_id, ci_arn);
    assert_eq!(
        ci.decrypt(&after_rotation.ciphertext_blob, &[]).plaintext,
        after_rotation.plaintext
    );
    // Current material, rotation schedule and aliases came along; other keys did not.
    assert_eq!(
        ci.generate("alias/shared", &[]).key_material_id,
        after_rotation.key_material_id
    );
    let status: serde_json::Value = ci.json(&["get-key-rotation-status", "--key-id", &key]);
    assert_eq!(status["RotationPeriodInDays"], 180);
    ci.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", &unrelated],
    );

    // Importing again changes nothing.
    let keys_before: serde_json::Value = ci.json(&["list-keys"]);
    let again: Imported = ci.json(&["import-keys", "--file", file.to_str().unwrap()]);
    assert_eq!(again.keys[0].status, "ALREADY_PRESENT");
    assert!(again.aliases.is_empty());
    let keys_after: serde_json::Value = ci.json(&["list-keys"]);
    assert_eq!(keys_after, keys_before);
    assert_eq!(
        ci.generate("alias/shared", &[]).key_material_id,
        after_rotation.key_material_id
    );
}

#[test]
fn the_bundle_key_is_checked() {
    let dev = TestEnv::new();
    dev.create_key();
    let file = dev.path("f.keys");
    let key_file = dev.path("f.key");
    dev.json::<Exported>(&[
        "export-keys",
        "--file",
        file.to_str().unwrap(),
        "--bundle-key-file",
        key_file.to_str().unwrap(),
    ]);
    assert_eq!(mode(&key_file), 0o600);
    let other = TestEnv::new();
    let wrong_key = other.path("wrong.key");
    write_private(&wrong_key, format!("{}\n", b64(&[9; 32])));
    let stderr = other.fails(
        253,
        &[
            "import-keys",
            "--file",
            file.to_str().unwrap(),
            "--bundle-key-file",
            wrong_key.to_str().unwrap(),
        ],
    );
    assert!(
        stderr.starts_with(&format!(
            "kms-local: key bundle '{}': the master key does not open this key bundle",
            file.display()
        )),
        "{stderr}"
    );
    // The flag wins over the variable, here a wrong key.
    let with_var = other.with(&[("KMS_LOCAL_BUNDLE_KEY", MASTER_KEY)]);
    with_var.json::<Imported>(&[
        "import-keys",
        "--file",
        file.to_str().unwrap(),
        "--bundle-key-file",
        key_file.to_str().unwrap(),
    ]);
    let other = with_var.without("KMS_LOCAL_BUNDLE_KEY");
    let stderr = other.fails(253, &["import-keys", "--file", file.to_str().unwrap()]);
    assert!(
        stderr.contains("set KMS_LOCAL_BUNDLE_KEY or --bundle-key-file"),
        "{stderr}"
    );
    other.json::<Imported>(&[
        "import-keys",
        "--file",
        file.to_str().unwrap(),
        "--bundle-key-file",
        key_file.to_str().unwrap(),
    ]);
    // A passphrase-file flag wins over a key in the environment too.
    let pass = dev.path("pass.txt");
    write_private(&pass, "shared\n");
    let by_pass = dev.path("by-pass.keys");
    let out = dev
        .cmd()
        .env("KMS_LOCAL_BUNDLE_KEY", MASTER_KEY)
        .args([
            "export-keys",
            "--file",
            by_pass.to_str().unwrap(),
            "--bundle-passphrase-file",
            pass.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let third = TestEnv::new();
    third.json::<Imported>(&[
        "import-keys",
        "--file",
        by_pass.to_str().unwrap(),
        "--bundle-passphrase-file",
        pass.to_str().unwrap(),
    ]);
    // An existing file, the keystore above all, is never overwritten.
    for existing in [dev.keystore(), file.clone()] {
        let before = std::fs::read(&existing).unwrap();
        let stderr = dev.fails(
            253,
            &[
                "export-keys",
                "--file",
                existing.to_str().unwrap(),
                "--bundle-key-file",
                key_file.to_str().unwrap(),
            ],
        );
        assert!(stderr.contains("exists here already"), "{stderr}");
        assert_eq!(std::fs::read(&existing).unwrap(), before);
    }
    // A key bundle is not a keystore, nor the reverse.
    let as_keystore = other.with(&[("KMS_LOCAL_KEYSTORE", file.to_str().unwrap())]);
    let stderr = as_keystore.fails(253, &["list-keys"]);
    assert!(
        stderr.contains("this is not a kms-local keystore"),
        "{stderr}"
    );
}

#[test]
fn clashes_fail_the_whole_import() {
    let one = TestEnv::new().with(&[("KMS_LOCAL_BUNDLE_PASSPHRASE", "p")]);
    let a = one.create_key();
    let b = one.create_key();
    one.alias("alias/a", &a);
    one.alias("alias/b", &b);
    let file = one.path("f.keys");
    one.json::<Exported>(&["export-keys", "--file", file.to_str().unwrap()]);
    let two = TestEnv::new().with(&[("KMS_LOCAL_BUNDLE_PASSPHRASE", "p")]);
    let mine = two.create_key();
    two.alias("alias/b", &mine);
    let before = two.keystore_bytes();
    let message = two.kms_error(
        "AlreadyExistsException",
        "ImportKeys",
        &["import-keys", "--file", file.to_str().unwrap()],
    );
    assert!(message.contains("alias/b"), "{message}");
    assert_eq!(two.keystore_bytes(), before);
    two.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", &a],
    );
}

#[test]
fn an_export_waiting_at_its_passphrase_prompt_holds_no_lock() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let env = TestEnv::new();
    let key = env.create_key();
    let file = env.path("ci.keys");
    let mut export = env.on_pty(&format!(
        "export-keys --key-ids {key} --file {}",
        file.display()
    ));
    // The export now waits at its passphrase prompt; a write must not wait for it.
    std::thread::sleep(Duration::from_millis(500));
    let mut writer = env.spawn(&["create-key"]);
    let started = Instant::now();
    let mut finished = None;
    while started.elapsed() < Duration::from_secs(10) {
        if let Some(status) = writer.try_wait().unwrap() {
            finished = Some(status);
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // Answer the prompt either way, so that nothing is left waiting.
    let mut stdin = export.stdin.take().unwrap();
    for _ in 0..2 {
        writeln!(stdin, "bundle passphrase").unwrap();
        std::thread::sleep(Duration::from_millis(300));
    }
    drop(stdin);
    let shown = String::from_utf8_lossy(&export.wait_with_output().unwrap().stdout).into_owned();
    let _ = writer.wait();
    assert!(
        finished.is_some_and(|s| s.success()),
        "create-key waited for the export's prompt"
    );
    assert!(shown.contains("\"Keys\""), "{shown}");
    assert!(file.exists());
}

#[test]
fn a_failed_export_makes_no_key_file() {
    let env = TestEnv::new();
    let key_file = env.path("bundle.key");
    let file = env.path("ci.keys");
    env.kms_error(
        "NotFoundException",
        "ExportKeys",
        &[
            "export-keys",
            "--key-ids",
            "alias/none",
            "--file",
            file.to_str().unwrap(),
            "--bundle-key-file",
            key_file.to_str().unwrap(),
        ],
    );
    assert!(!key_file.exists() && !file.exists());
}

/// Runs `args` in `env` with `vars` set too; the command must succeed.
fn ok_with(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) {
    let out = env
        .cmd()
        .envs(vars.iter().copied())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The names key bundles had before (`--fixture-key-file`,
/// `--fixture-passphrase-file`, `KMS_LOCAL_FIXTURE_KEY`,
/// `KMS_LOCAL_FIXTURE_PASSPHRASE`) still work, hidden, for one release; a
/// new variable wins over its old name.
#[test]
fn the_old_flag_and_variable_names_still_work() {
    let dev = TestEnv::new();
    dev.create_key();
    let key_file = dev.path("team.key");
    write_private(&key_file, format!("{MASTER_KEY}\n"));
    let other_key_file = dev.path("other.key");
    write_private(&other_key_file, format!("{}\n", b64(&[9; 32])));
    let pass_file = dev.path("pass.txt");
    write_private(&pass_file, "shared\n");
    let key_file = key_file.to_str().unwrap();
    let other_key_file = other_key_file.to_str().unwrap();
    let pass_file = pass_file.to_str().unwrap();

    // Each bundle is exported under an old name and imported under the new one.
    let by_key = ["--bundle-key-file", key_file];
    let by_pass = ["--bundle-passphrase-file", pass_file];
    let cases = [
        (
            "old.key-flag",
            None,
            Some(["--fixture-key-file", key_file]),
            by_key,
        ),
        (
            "old.passphrase-flag",
            None,
            Some(["--fixture-passphrase-file", pass_file]),
            by_pass,
        ),
        (
            "old.key-var",
            Some(("KMS_LOCAL_FIXTURE_KEY", MASTER_KEY)),
            None,
            by_key,
        ),
        (
            "old.passphrase-var",
            Some(("KMS_LOCAL_FIXTURE_PASSPHRASE", "shared")),
            None,
            by_pass,
        ),
    ];
    for (name, old_var, old_flag, new_flag) in cases {
        let file = dev.path(name);
        let file = file.to_str().unwrap();
        let mut args = vec!["export-keys", "--file", file];
        args.extend(old_flag.into_iter().flatten());
        ok_with(&dev, old_var.as_slice(), &args);
        let mut args = vec!["import-keys", "--file", file];
        args.extend(new_flag);
        let imported: Imported = TestEnv::new().json(&args);
        assert_eq!(imported.keys[0].status, "IMPORTED", "{name}");
    }

    // The new variable is read first.
    let both = dev.path("both.keys");
    let both = both.to_str().unwrap();
    let wrong = b64(&[9; 32]);
    ok_with(
        &dev,
        &[
            ("KMS_LOCAL_BUNDLE_KEY", MASTER_KEY),
            ("KMS_LOCAL_FIXTURE_KEY", &wrong),
        ],
        &["export-keys", "--file", both],
    );
    let stderr = TestEnv::new().fails(
        253,
        &[
            "import-keys",
            "--file",
            both,
            "--bundle-key-file",
            other_key_file,
        ],
    );
    assert!(stderr.contains("does not open this key bundle"), "{stderr}");
    TestEnv::new().json::<Imported>(&[
        "import-keys",
        "--file",
        both,
        "--bundle-key-file",
        key_file,
    ]);

    // The old names are not shown.
    for command in ["export-keys", "import-keys"] {
        let help = dev.ok(&[command, "--help"]);
        assert!(!help.contains("fixture"), "{help}");
        assert!(help.contains("--bundle-key-file"), "{help}");
    }
}

#[test]
fn hmac_and_private_keys_move_in_a_bundle() {
    let dev = TestEnv::new().with(&[("KMS_LOCAL_BUNDLE_PASSPHRASE", "team secret")]);
    let hmac = dev.create_key_with(&[
        "--key-spec",
        "HMAC_384",
        "--key-usage",
        "GENERATE_VERIFY_MAC",
    ]);
    let signer =
        dev.create_key_with(&["--key-spec", "ECC_NIST_P384", "--key-usage", "SIGN_VERIFY"]);
    let mac = |env: &TestEnv| {
        env.ok(&[
            "generate-mac",
            "--key-id",
            &hmac,
            "--mac-algorithm",
            "HMAC_SHA_384",
            "--message",
            "aGVsbG8=",
            "--query",
            "Mac",
            "--output",
            "text",
        ])
    };
    let public_key = |env: &TestEnv| {
        env.ok(&[
            "get-public-key",
            "--key-id",
            &signer,
            "--query",
            "PublicKey",
            "--output",
            "text",
        ])
    };
    let signature = dev.ok(&[
        "sign",
        "--key-id",
        &signer,
        "--signing-algorithm",
        "ECDSA_SHA_384",
        "--message",
        "aGVsbG8=",
        "--query",
        "Signature",
        "--output",
        "text",
    ]);
    let file = dev.path("bundle.keys");
    dev.json::<Exported>(&["export-keys", "--file", file.to_str().unwrap()]);

    let ci = TestEnv::new().with(&[("KMS_LOCAL_BUNDLE_PASSPHRASE", "team secret")]);
    let imported: Imported = ci.json(&["import-keys", "--file", file.to_str().unwrap()]);
    assert_eq!(imported.keys.len(), 2);
    assert_eq!(
        mac(&ci),
        mac(&dev),
        "the imported HMAC key makes the same MACs"
    );
    assert_eq!(public_key(&ci), public_key(&dev));
    ci.ok(&[
        "verify",
        "--key-id",
        &signer,
        "--signing-algorithm",
        "ECDSA_SHA_384",
        "--message",
        "aGVsbG8=",
        "--signature",
        signature.trim_end(),
    ]);
    let described: CreateKey = ci.json(&["describe-key", "--key-id", &hmac]);
    assert_eq!(described.key_metadata.key_spec, "HMAC_384");
    assert_eq!(described.key_metadata.key_usage, "GENERATE_VERIFY_MAC");
}
