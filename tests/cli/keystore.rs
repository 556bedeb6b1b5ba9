use crate::common::*;

const OTHER_KEY: &str = "//////////////////////////////////////////8=";

#[derive(serde::Deserialize, Debug)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Init {
    keystore: String,
    region: String,
    protection: String,
    master_key_file: Option<String>,
}

#[test]
fn init_creates_once() {
    let env = TestEnv::new();
    let init: Init = env.json(&["init"]);
    assert_eq!(init.keystore, env.keystore().display().to_string());
    assert_eq!(init.region, "us-east-1");
    assert_eq!(init.protection, "MasterKeyEnvironment");
    assert_eq!(init.master_key_file, None);
    let before = env.keystore_bytes();
    let stderr = env.fails(253, &["init"]);
    assert_eq!(
        stderr,
        format!(
            "kms-local: keystore '{}': a keystore exists here already\n",
            env.keystore().display()
        )
    );
    assert_eq!(env.keystore_bytes(), before);
}

#[test]
fn init_with_a_key_file() {
    let env = TestEnv::bare();
    let key_file = env.path("keys/master.key");
    let init: Init = env.json(&["init", "--master-key-file", key_file.to_str().unwrap()]);
    assert_eq!(init.protection, "MasterKeyFile");
    assert_eq!(init.master_key_file.as_deref(), key_file.to_str());
    assert_eq!(mode(&key_file), 0o600);
    // The variable form of the flag opens it.
    let env = env.with(&[("KMS_LOCAL_MASTER_KEY_FILE", key_file.to_str().unwrap())]);
    env.generate(&env.create_key(), &[]);
}

#[test]
fn reads_on_a_missing_keystore_create_nothing() {
    let env = TestEnv::new();
    env.kms_error(
        "NotFoundException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            "alias/ci",
            "--number-of-bytes",
            "32",
        ],
    );
    assert!(!env.keystore().exists());
    assert!(!env.path("home").exists(), "a key file was created");
}

#[test]
fn failed_first_write_creates_no_keystore() {
    let env = TestEnv::bare();
    env.kms_error(
        "ValidationException",
        "CreateKey",
        &["create-key", "--key-usage", "NOPE"],
    );
    assert!(!env.keystore().exists());
    assert!(!env.path("home/.config/kms-local/master.key").exists());
}

#[test]
fn wrong_master_key_is_refused_and_the_file_is_untouched() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let before = env.keystore_bytes();
    let wrong = env.with(&[("KMS_LOCAL_MASTER_KEY", OTHER_KEY)]);
    for args in [
        vec!["create-key"],
        vec![
            "decrypt",
            "--ciphertext-blob",
            made.ciphertext_blob.as_str(),
        ],
        vec!["rotate", "--domain"],
        vec!["init"],
    ] {
        let stderr = wrong.fails(253, &args);
        if args != ["init"] {
            assert!(
                stderr.starts_with(&format!(
                    "kms-local: keystore '{}': the master key does not open this keystore\nhint: ",
                    wrong.keystore().display()
                )),
                "{stderr}"
            );
        }
    }
    assert_eq!(wrong.keystore_bytes(), before);
    let stderr = wrong
        .with(&[("KMS_LOCAL_MASTER_KEY", "c2hvcnQ=")])
        .fails(253, &["create-key"]);
    assert!(
        stderr.contains("KMS_LOCAL_MASTER_KEY is not base64 of 32 bytes"),
        "{stderr}"
    );
}

#[test]
fn a_missing_key_file_is_an_error_not_a_new_keystore() {
    let env = TestEnv::bare();
    env.create_key();
    let before = env.keystore_bytes();
    std::fs::remove_file(env.path("home/.config/kms-local/master.key")).unwrap();
    let stderr = env.fails(253, &["create-key"]);
    assert!(stderr.contains("master key file"), "{stderr}");
    assert_eq!(env.keystore_bytes(), before);
    assert!(!env.path("home/.config/kms-local/master.key").exists());
}

/// Damages the keystore, then checks that reads and writes both refuse it with
/// `expect` in the message and leave it byte-for-byte as it was.
fn refused_unchanged(env: &TestEnv, damaged: &[u8], expect: &str) {
    std::fs::write(env.keystore(), damaged).unwrap();
    for args in [
        &["create-key"][..],
        &["rotate", "--domain"],
        &[
            "generate-data-key",
            "--key-id",
            "alias/x",
            "--key-spec",
            "AES_256",
        ],
    ] {
        let stderr = env.fails(253, args);
        assert!(stderr.contains(expect), "{args:?}: {stderr}");
        assert_eq!(env.keystore_bytes(), damaged, "{args:?} changed the file");
    }
}

#[test]
fn a_damaged_key_record_is_refused_when_used_and_never_written_over() {
    let env = TestEnv::new();
    let damaged_key = env.create_key();
    let good = env.keystore_bytes();
    // The last bytes of the file are the key's sealed record.
    let mut tampered = good.clone();
    let last = tampered.len() - 5;
    tampered[last] ^= 0x01;
    std::fs::write(env.keystore(), &tampered).unwrap();
    for args in [
        &["create-key"][..],
        &["rotate", "--domain"],
        &["describe-key", "--key-id", &damaged_key],
        &[
            "generate-data-key",
            "--key-id",
            &damaged_key,
            "--key-spec",
            "AES_256",
        ],
    ] {
        let stderr = env.fails(253, args);
        assert!(
            stderr.contains("failed to authenticate"),
            "{args:?}: {stderr}"
        );
        assert_eq!(env.keystore_bytes(), tampered, "{args:?} changed the file");
    }
    // A read that does not use the record is answered: each record is
    // authenticated when it is used, and every one before any write.
    env.ok(&["list-keys"]);
}

#[test]
fn damaged_keystores_are_refused_and_never_replaced() {
    let env = TestEnv::new();
    env.create_key();
    let good = env.keystore_bytes();
    // Inside the sealed body (after the 62-byte header of a master-key keystore).
    let mut tampered = good.clone();
    tampered[80] ^= 0x01;
    refused_unchanged(
        &env,
        &tampered,
        "failed to authenticate: the file is corrupt or was tampered with",
    );
    refused_unchanged(&env, &good[..good.len() - 1], "the file is truncated");
    refused_unchanged(&env, &good[..30], "the file is truncated");
    refused_unchanged(&env, &good[..5], "the file is truncated");
    let mut version = good.clone();
    version[8] = 9;
    refused_unchanged(
        &env,
        &version,
        "format version 9 is not one this kms-local reads",
    );
    refused_unchanged(&env, b"{\"Keys\": {}}", "this is not a kms-local keystore");
    refused_unchanged(&env, &[], "the file is truncated");
    let mut longer = good.clone();
    longer.extend_from_slice(b"trailing");
    refused_unchanged(&env, &longer, "failed to authenticate");
    let mut header = good.clone();
    header[12] ^= 0x01; // inside the key-check value
    refused_unchanged(&env, &header, "the master key does not open this keystore");
    // Restored, it works again.
    std::fs::write(env.keystore(), &good).unwrap();
    env.create_key();
}

#[test]
fn passphrase_keystore_from_the_environment_and_a_file() {
    let env = TestEnv::bare().with(&[("KMS_LOCAL_PASSPHRASE", "correct horse battery staple")]);
    let init: Init = env.json(&["init", "--passphrase"]);
    assert_eq!(init.protection, "Passphrase");
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let disk = env.keystore_bytes();
    assert!(!disk.windows(7).any(|w| w == b"correct"));
    // No key file is made for a passphrase keystore.
    assert!(!env.path("home/.config/kms-local/master.key").exists());

    let file = env.path("pass.txt");
    write_private(&file, "correct horse battery staple\n");
    let by_file = env.without("KMS_LOCAL_PASSPHRASE");
    let back = by_file.decrypt(
        &made.ciphertext_blob,
        &["--passphrase-file", file.to_str().unwrap()],
    );
    assert_eq!(back.plaintext, made.plaintext);
    // A master key in the environment does not open a passphrase keystore.
    let stderr = by_file
        .with(&[("KMS_LOCAL_MASTER_KEY", MASTER_KEY)])
        .fails(253, &["create-key"]);
    assert!(
        stderr.contains("a passphrase is needed and there is no terminal to ask on"),
        "{stderr}"
    );
}

#[test]
fn wrong_or_missing_passphrase_is_refused() {
    let env = TestEnv::bare().with(&[("KMS_LOCAL_PASSPHRASE", "right")]);
    env.json::<Init>(&["init", "--passphrase"]);
    env.create_key();
    let before = env.keystore_bytes();
    let wrong = env.with(&[("KMS_LOCAL_PASSPHRASE", "wrong")]);
    let stderr = wrong.fails(253, &["create-key"]);
    assert!(
        stderr.contains("the passphrase does not open this keystore\nhint: "),
        "{stderr}"
    );
    let none = wrong.without("KMS_LOCAL_PASSPHRASE");
    let stderr = none.fails(253, &["create-key"]);
    assert!(
        stderr.contains("set KMS_LOCAL_PASSPHRASE or --passphrase-file"),
        "{stderr}"
    );
    let empty = none.path("empty.txt");
    write_private(&empty, "\n");
    let stderr = none.fails(
        253,
        &["create-key", "--passphrase-file", empty.to_str().unwrap()],
    );
    assert!(stderr.contains("the passphrase is empty"), "{stderr}");
    assert_eq!(none.keystore_bytes(), before);
}

/// Runs `kms-local ARGS` on a real pseudo-terminal made by `script(1)`,
/// typing `answers` one line at a time; returns what the terminal showed.
pub(crate) fn on_terminal(env: &TestEnv, args: &str, answers: &[&str]) -> String {
    use std::io::Write;
    let mut child = env.on_pty(args);
    let mut stdin = child.stdin.take().unwrap();
    for answer in answers {
        // Give the prompt time to switch the terminal's echo off before typing.
        std::thread::sleep(std::time::Duration::from_millis(300));
        writeln!(stdin, "{answer}").unwrap();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn passphrase_prompt_on_a_terminal() {
    let env = TestEnv::bare();
    let shown = on_terminal(&env, "init --passphrase", &["tty secret", "tty secret"]);
    assert!(
        shown.contains("Passphrase for the kms-local keystore:"),
        "{shown}"
    );
    assert!(shown.contains("Same passphrase again:"), "{shown}");
    assert!(shown.contains("\"Protection\": \"Passphrase\""), "{shown}");
    assert!(
        !shown.contains("tty secret"),
        "the passphrase was echoed: {shown}"
    );
    let shown = on_terminal(&env, "create-key", &["tty secret"]);
    assert!(shown.contains("\"KeyMetadata\""), "{shown}");
    env.with(&[("KMS_LOCAL_PASSPHRASE", "tty secret")])
        .create_key();
}

#[test]
fn mismatched_prompt_answers_make_no_keystore() {
    let env = TestEnv::bare();
    let shown = on_terminal(&env, "init --passphrase", &["one", "two"]);
    assert!(shown.contains("the two passphrases differ"), "{shown}");
    assert!(!env.keystore().exists());
}

#[test]
fn a_copied_keystore_without_its_lock_file_reads_whole() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let copy = env.path("copy/keystore");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    std::fs::copy(env.keystore(), &copy).unwrap();
    let copied = env.with(&[("KMS_LOCAL_KEYSTORE", copy.to_str().unwrap())]);
    assert_eq!(
        copied.decrypt(&made.ciphertext_blob, &[]).plaintext,
        made.plaintext
    );
}

#[test]
fn a_passphrase_given_on_first_use_protects_the_new_keystore() {
    let env = TestEnv::bare().with(&[("KMS_LOCAL_PASSPHRASE", "first use")]);
    env.create_key();
    // Header byte 9 records the protection: 2 is a passphrase.
    assert_eq!(env.keystore_bytes()[9], 2);
    assert!(!env.path("home/.config/kms-local/master.key").exists());
    let wrong = env.with(&[("KMS_LOCAL_PASSPHRASE", "other")]);
    let stderr = wrong.fails(253, &["create-key"]);
    assert!(
        stderr.contains("the passphrase does not open this keystore"),
        "{stderr}"
    );
}

#[test]
fn a_keystore_behind_a_symbolic_link_stays_behind_it() {
    let env = TestEnv::new();
    let target = env.path("real/keystore");
    let link = env.path("link");
    let direct = env.with(&[("KMS_LOCAL_KEYSTORE", target.to_str().unwrap())]);
    let first = direct.create_key();
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let via_link = direct.with(&[("KMS_LOCAL_KEYSTORE", link.to_str().unwrap())]);
    let second = via_link.create_key();
    // The write replaced the file the link names, not the link.
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let direct = via_link.with(&[("KMS_LOCAL_KEYSTORE", target.to_str().unwrap())]);
    direct.generate(&first, &[]);
    direct.generate(&second, &[]);
}

#[test]
fn a_dangling_link_is_refused() {
    let env = TestEnv::new();
    let link = env.path("dangling");
    std::os::unix::fs::symlink(env.path("nowhere/keystore"), &link).unwrap();
    let env = env.with(&[("KMS_LOCAL_KEYSTORE", link.to_str().unwrap())]);
    let stderr = env.fails(253, &["create-key"]);
    assert!(stderr.contains("resolve the link"), "{stderr}");
    assert!(!env.path("nowhere").exists());
}

#[test]
fn which_master_key_source_wins() {
    // KMS_LOCAL_MASTER_KEY wins over a key file.
    let env = TestEnv::bare();
    let key_file = env.path("k/master.key");
    env.json::<Init>(&["init", "--master-key-file", key_file.to_str().unwrap()]);
    let with_env = env.with(&[("KMS_LOCAL_MASTER_KEY", MASTER_KEY)]);
    let stderr = with_env.fails(
        253,
        &[
            "create-key",
            "--master-key-file",
            key_file.to_str().unwrap(),
        ],
    );
    assert!(
        stderr.contains("the master key does not open this keystore"),
        "{stderr}"
    );
    // --master-key-file wins over KMS_LOCAL_MASTER_KEY_FILE.
    let env = with_env
        .without("KMS_LOCAL_MASTER_KEY")
        .with(&[("KMS_LOCAL_MASTER_KEY_FILE", "/nonexistent/master.key")]);
    env.create_key_with(&["--master-key-file", key_file.to_str().unwrap()]);
    env.fails(253, &["create-key"]);
}

#[test]
fn a_passphrase_file_may_end_in_crlf() {
    let env = TestEnv::bare().with(&[("KMS_LOCAL_PASSPHRASE", "windows")]);
    env.json::<Init>(&["init", "--passphrase"]);
    let file = env.path("pass.txt");
    write_private(&file, "windows\r\n");
    let env = env.without("KMS_LOCAL_PASSPHRASE");
    env.create_key_with(&["--passphrase-file", file.to_str().unwrap()]);
}

#[test]
fn one_prompt_even_when_maintenance_is_due() {
    let env = TestEnv::bare().with(&[
        ("KMS_LOCAL_PASSPHRASE", "once"),
        ("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z"),
    ]);
    env.json::<Init>(&["init", "--passphrase"]);
    env.create_key();
    // A day later the domain key is due: maintenance, then the read, one unlock.
    let later = env
        .without("KMS_LOCAL_PASSPHRASE")
        .with(&[("KMS_LOCAL_NOW", "2030-01-02T00:00:00Z")]);
    let shown = on_terminal(&later, "list-keys", &["once"]);
    assert_eq!(shown.matches("Passphrase for the").count(), 1, "{shown}");
    assert!(shown.contains("\"Keys\""), "{shown}");
}

#[test]
fn a_version_1_keystore_is_read_and_upgraded_by_its_next_write() {
    // Written by the build before the indexed format: one key (rotated once,
    // tagged, aliased) and a blob made under it.
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2026-11-29T00:00:00Z")]);
    std::fs::create_dir_all(env.keystore().parent().unwrap()).unwrap();
    std::fs::copy("tests/keystores/v1.keystore", env.keystore()).unwrap();
    let key = std::fs::read_to_string("tests/keystores/v1.key-id").unwrap();
    let key = key.trim();
    let blob = std::fs::read_to_string("tests/keystores/v1.blob").unwrap();
    let version = |env: &TestEnv| env.keystore_bytes()[8];
    assert_eq!(version(&env), 1);

    let read = |env: &TestEnv| {
        let described = env.ok(&[
            "describe-key",
            "--key-id",
            "alias/v1",
            "--query",
            "KeyMetadata.Description",
            "--output",
            "text",
        ]);
        assert_eq!(described.trim(), "made by format version 1");
        let rotations: serde_json::Value = env.json(&["list-key-rotations", "--key-id", key]);
        assert_eq!(rotations["Rotations"].as_array().unwrap().len(), 1);
        let plain = env.decrypt(blob.trim(), &["--encryption-context", "purpose=upgrade"]);
        assert_eq!(unb64(&plain.plaintext), b"written by version 1");
    };
    read(&env);
    // Reads leave the file as it is.
    assert_eq!(version(&env), 1);

    env.create_key();
    assert_eq!(version(&env), 2);
    read(&env);
    let listed: serde_json::Value = env.json(&["list-keys"]);
    assert_eq!(listed["Keys"].as_array().unwrap().len(), 2);
    env.ok(&["keystore", "verify"]);
}
