//! export-keys and import-keys: blobs made in one keystore decrypt in another.

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
fn a_shared_fixture_decrypts_the_same_blobs_elsewhere() {
    let dev = TestEnv::new().with(&[("KMS_LOCAL_FIXTURE_PASSPHRASE", "team secret")]);
    let key = dev.create_key();
    dev.alias("alias/fixture", &key);
    let before_rotation = dev.generate("alias/fixture", &["--encryption-context", "app=ci"]);
    dev.json::<KeyIdOnly>(&["rotate", "--key-id", &key]);
    dev.ok(&[
        "enable-key-rotation",
        "--key-id",
        &key,
        "--rotation-period-in-days",
        "180",
    ]);
    let after_rotation = dev.generate("alias/fixture", &[]);
    let unrelated = dev.create_key();
    let file = dev.path("fixture.keys");
    let exported: Exported = dev.json(&[
        "export-keys",
        "--key-ids",
        "alias/fixture",
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(exported.keys, [arn(&key)]);
    assert_eq!(exported.aliases, ["alias/fixture"]);
    assert_eq!(exported.file, file.display().to_string());
    assert_eq!(mode(&file), 0o600);
    let disk = std::fs::read(&file).unwrap();
    assert!(!disk.windows(13).any(|w| w == b"alias/fixture"));

    // Another keystore, in another region: the blobs do not depend on it.
    let ci = TestEnv::new().with(&[
        ("KMS_LOCAL_FIXTURE_PASSPHRASE", "team secret"),
        ("AWS_REGION", "eu-central-1"),
    ]);
    ci.create_key();
    let imported: Imported = ci.json(&["import-keys", "--file", file.to_str().unwrap()]);
    let ci_arn = format!("arn:aws:kms:eu-central-1:111122223333:key/{key}");
    assert_eq!(imported.keys[0].key_id, ci_arn);
    assert_eq!(imported.keys[0].status, "IMPORTED");
    assert_eq!(imported.aliases, ["alias/fixture"]);
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
        ci.generate("alias/fixture", &[]).key_material_id,
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
        ci.generate("alias/fixture", &[]).key_material_id,
        after_rotation.key_material_id
    );
}

#[test]
fn the_fixture_key_is_checked() {
    let dev = TestEnv::new();
    dev.create_key();
    let file = dev.path("f.keys");
    let key_file = dev.path("f.key");
    dev.json::<Exported>(&[
        "export-keys",
        "--file",
        file.to_str().unwrap(),
        "--fixture-key-file",
        key_file.to_str().unwrap(),
    ]);
    assert_eq!(mode(&key_file), 0o600);
    let other = TestEnv::new();
    let wrong_key = other.path("wrong.key");
    std::fs::write(&wrong_key, format!("{}\n", b64(&[9; 32]))).unwrap();
    let stderr = other.fails(
        253,
        &[
            "import-keys",
            "--file",
            file.to_str().unwrap(),
            "--fixture-key-file",
            wrong_key.to_str().unwrap(),
        ],
    );
    assert!(
        stderr.starts_with(&format!(
            "kms-local: file of exported keys '{}': the master key does not open this file of exported keys",
            file.display()
        )),
        "{stderr}"
    );
    // The flag wins over the variable, here a wrong key.
    let with_var = other.with(&[("KMS_LOCAL_FIXTURE_KEY", MASTER_KEY)]);
    with_var.json::<Imported>(&[
        "import-keys",
        "--file",
        file.to_str().unwrap(),
        "--fixture-key-file",
        key_file.to_str().unwrap(),
    ]);
    let other = with_var.without("KMS_LOCAL_FIXTURE_KEY");
    let stderr = other.fails(253, &["import-keys", "--file", file.to_str().unwrap()]);
    assert!(
        stderr.contains("set KMS_LOCAL_FIXTURE_KEY or --fixture-key-file"),
        "{stderr}"
    );
    other.json::<Imported>(&[
        "import-keys",
        "--file",
        file.to_str().unwrap(),
        "--fixture-key-file",
        key_file.to_str().unwrap(),
    ]);
    // A passphrase-file flag wins over a key in the environment too.
    let pass = dev.path("pass.txt");
    std::fs::write(&pass, "shared\n").unwrap();
    let by_pass = dev.path("by-pass.keys");
    let out = dev
        .cmd()
        .env("KMS_LOCAL_FIXTURE_KEY", MASTER_KEY)
        .args([
            "export-keys",
            "--file",
            by_pass.to_str().unwrap(),
            "--fixture-passphrase-file",
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
        "--fixture-passphrase-file",
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
                "--fixture-key-file",
                key_file.to_str().unwrap(),
            ],
        );
        assert!(stderr.contains("exists here already"), "{stderr}");
        assert_eq!(std::fs::read(&existing).unwrap(), before);
    }
    // A fixture is not a keystore, nor the reverse.
    let as_keystore = other.with(&[("KMS_LOCAL_KEYSTORE", file.to_str().unwrap())]);
    let stderr = as_keystore.fails(253, &["list-keys"]);
    assert!(
        stderr.contains("this is not a kms-local keystore"),
        "{stderr}"
    );
}

#[test]
fn clashes_fail_the_whole_import() {
    let one = TestEnv::new().with(&[("KMS_LOCAL_FIXTURE_PASSPHRASE", "p")]);
    let a = one.create_key();
    let b = one.create_key();
    one.alias("alias/a", &a);
    one.alias("alias/b", &b);
    let file = one.path("f.keys");
    one.json::<Exported>(&["export-keys", "--file", file.to_str().unwrap()]);
    let two = TestEnv::new().with(&[("KMS_LOCAL_FIXTURE_PASSPHRASE", "p")]);
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
        writeln!(stdin, "fixture passphrase").unwrap();
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
    let key_file = env.path("fixture.key");
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
            "--fixture-key-file",
            key_file.to_str().unwrap(),
        ],
    );
    assert!(!key_file.exists() && !file.exists());
}
