//! The audit log: one entry per operation, no secret in it, and a chain
//! that shows any edited, deleted or reordered line.

use serde_json::Value;

use crate::common::*;

fn events(env: &TestEnv, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    let printed: Value = env.json(&all);
    printed["Events"].as_array().unwrap().clone()
}

/// Each entry's operation and result.
fn outcomes(events: &[Value]) -> Vec<(&str, &str)> {
    events
        .iter()
        .map(|e| {
            (
                e["Operation"].as_str().unwrap(),
                e["Result"].as_str().unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_operation_is_logged_without_secrets() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")]);
    let key = env.create_key();
    let made = env.generate(
        &key,
        &["--encryption-context", "purpose=audit-secret-value"],
    );
    env.decrypt(
        &made.ciphertext_blob,
        &["--encryption-context", "purpose=audit-secret-value"],
    );
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &made.ciphertext_blob],
    );
    env.kms_error(
        "NotFoundException",
        "DescribeKey",
        &["describe-key", "--key-id", "alias/none"],
    );
    let all = events(&env, &[]);
    assert_eq!(
        outcomes(&all),
        [
            ("CreateKey", "Success"),
            ("GenerateDataKey", "Success"),
            ("Decrypt", "Success"),
            ("Decrypt", "InvalidCiphertextException"),
            ("DescribeKey", "NotFoundException"),
        ]
    );
    assert_eq!(all[1]["KeyId"], arn(&key));
    assert_eq!(
        all[1]["EncryptionContextKeys"],
        serde_json::json!(["purpose"])
    );
    assert_eq!(all[1]["Time"], "2030-01-01T00:00:00+00:00");
    assert_eq!(all[4]["KeyId"], "alias/none");
    let log = std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap();
    assert_eq!(mode(&env.path("ks/keystore.audit")), 0o600);
    for secret in [
        made.plaintext.as_str(),
        made.ciphertext_blob.as_str(),
        "audit-secret-value",
        MASTER_KEY,
    ] {
        assert!(!log.contains(secret), "{secret} is in the audit log");
    }
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Entries"], 5);
}

#[test]
fn filters_by_key_and_time() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")]);
    let a = env.create_key();
    let later = env.with(&[("KMS_LOCAL_NOW", "2030-06-01T00:00:00Z")]);
    let b = later.create_key();
    later.generate(&b, &[]);
    later.generate(&a, &[]);
    assert_eq!(events(&later, &["--key-id", &b]).len(), 2);
    assert_eq!(events(&later, &["--key-id", &arn(&a)]).len(), 2);
    let recent = events(&later, &["--since", "2030-03-01T00:00:00Z"]);
    let ops: Vec<&str> = recent
        .iter()
        .map(|e| e["Operation"].as_str().unwrap())
        .collect();
    // Months later, the first command closed the week-old log as a segment
    // and rotated the domain key, and logged both.
    assert_eq!(
        ops,
        [
            "AuditLogRotated",
            "RotateDomainKey",
            "CreateKey",
            "GenerateDataKey",
            "GenerateDataKey"
        ]
    );
    later.fails(252, &["audit", "--since", "last week"]);
}

/// Damages the log, then checks that `audit verify` names the damage.
fn broken(env: &TestEnv, log: &str, expect: &str) {
    std::fs::write(env.path("ks/keystore.audit"), log).unwrap();
    let stderr = env.fails(253, &["audit", "verify"]);
    assert!(stderr.contains(expect), "{expect}: {stderr}");
}

#[test]
fn verify_detects_edited_deleted_and_reordered_lines() {
    let env = TestEnv::new();
    let key = env.create_key();
    for _ in 0..3 {
        env.generate(&key, &[]);
    }
    let good = std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap();
    let lines: Vec<&str> = good.lines().collect();
    assert_eq!(lines.len(), 4);
    let join = |ls: &[&str]| ls.iter().map(|l| format!("{l}\n")).collect::<String>();
    broken(
        &env,
        &good.replacen("GenerateDataKey", "Decrypt", 1),
        "line 2: its tag does not verify",
    );
    broken(
        &env,
        &join(&[lines[0], lines[2], lines[3]]),
        "line 2: it is entry 3",
    );
    broken(
        &env,
        &join(&[lines[0], lines[2], lines[1], lines[3]]),
        "line 2: it is entry 3",
    );
    broken(
        &env,
        &join(&[lines[1], lines[2], lines[3]]),
        "line 1: it is entry 2",
    );
    broken(&env, &good[..good.len() - 10], "cut short");
    // A chain rebuilt under another key does not verify either.
    let other = TestEnv::new();
    other.create_key();
    let foreign = std::fs::read_to_string(other.path("ks/keystore.audit")).unwrap();
    broken(&env, &foreign, "line 1: its tag does not verify");
    // No operation extends a chain it cannot vouch for, and nothing moves
    // the evidence away but an explicit reset.
    let refused = env.fails(
        253,
        &[
            "generate-data-key",
            "--key-id",
            &key,
            "--key-spec",
            "AES_256",
        ],
    );
    assert!(
        refused.contains("its last line (entry 1) does not verify"),
        "{refused}"
    );
    assert!(refused.contains("kms-local audit reset"), "{refused}");
    assert_eq!(
        std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap(),
        foreign
    );
    let last_mac = foreign
        .trim_end()
        .rsplit("\"Mac\":\"")
        .next()
        .unwrap()
        .trim_end_matches("\"}");
    let reset: Value = env.json(&["audit", "reset"]);
    assert!(
        reset["SetAside"]
            .as_str()
            .unwrap()
            .ends_with("keystore.audit.broken-1")
    );
    env.generate(&key, &[]);
    assert_eq!(
        std::fs::read_to_string(env.path("ks/keystore.audit.broken-1")).unwrap(),
        foreign
    );
    let restarted = events(&env, &[]);
    assert_eq!(restarted[0]["Operation"], "AuditLogReset");
    let detail = restarted[0]["Detail"].as_str().unwrap();
    assert!(detail.contains("keystore.audit.broken-1"), "{detail}");
    assert!(
        detail.ends_with(&format!("whose last Mac was {last_mac}")),
        "{detail}"
    );
    assert_eq!(restarted[1]["Operation"], "GenerateDataKey");
    assert_eq!(restarted[1]["Seq"], 2);
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Entries"], 2);
    assert_eq!(verified["Restarts"][0]["Operation"], "AuditLogReset");
    assert_eq!(verified["SetAside"].as_array().unwrap().len(), 1);
}

#[test]
fn a_torn_last_line_restarts_the_chain_and_verify_reports_it() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.generate(&key, &[]);
    let log = env.path("ks/keystore.audit");
    let good = std::fs::read_to_string(&log).unwrap();
    // A crash during a write leaves a line with no newline.
    std::fs::write(&log, &good[..good.len() - 10]).unwrap();
    env.generate(&key, &[]);
    let restarted = events(&env, &[]);
    assert_eq!(restarted[0]["Operation"], "AuditLogRestarted");
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Restarts"][0]["Operation"], "AuditLogRestarted");
    assert!(
        verified["SetAside"][0]
            .as_str()
            .unwrap()
            .ends_with("keystore.audit.broken-1")
    );
}

#[test]
fn a_line_with_anything_around_its_entry_and_mac_does_not_verify() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.generate(&key, &[]);
    let log = env.path("ks/keystore.audit");
    let good = std::fs::read_to_string(&log).unwrap();
    let (first, second) = good.split_once('\n').unwrap();
    let second = second.trim_end();
    for tampered in [
        format!("{first}\n{},\"Extra\":1}}\n", &second[..second.len() - 1]),
        format!("{first}\n{second}\r\n"),
        format!("{first}\n {second}\n"),
        format!("{first}\n{}\n", second.replace("\"Mac\":\"", "\"Mac\": \"")),
    ] {
        std::fs::write(&log, &tampered).unwrap();
        let stderr = env.fails(253, &["audit", "verify"]);
        assert!(
            stderr.contains("line 2: its tag does not verify"),
            "{stderr}"
        );
        env.fails(253, &["describe-key", "--key-id", &key]);
    }
}

#[test]
fn verify_needs_the_keystore_key() {
    let env = TestEnv::new();
    env.create_key();
    let wrong = env.with(&[(
        "KMS_LOCAL_MASTER_KEY",
        "//////////////////////////////////////////8=",
    )]);
    let stderr = wrong.fails(253, &["audit", "verify"]);
    assert!(
        stderr.contains("the master key does not open this keystore"),
        "{stderr}"
    );
    // Reading it needs no key: its entries hold nothing secret.
    assert_eq!(events(&wrong, &[]).len(), 1);
}

#[test]
fn keys_are_logged_by_arn_and_automatic_work_is_logged() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")]);
    let a = env.create_key();
    let b = env.create_key();
    env.alias("alias/a", &a);
    env.ok(&["disable-key", "--key-id", &b]);
    env.ok(&["enable-key", "--key-id", &b]);
    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &b,
        "--rotation-period-in-days",
        "90",
    ]);
    let made = env.generate("alias/a", &[]);
    env.json::<ReEncrypt>(&[
        "re-encrypt",
        "--ciphertext-blob",
        &made.ciphertext_blob,
        "--destination-key-id",
        &b,
    ]);
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &a,
        "--pending-window-in-days",
        "7",
    ]);
    // Requests that named a key by id or alias are logged by ARN.
    let about_a = events(&env, &["--key-id", &a]);
    let ops: Vec<&str> = about_a
        .iter()
        .map(|e| e["Operation"].as_str().unwrap())
        .collect();
    assert_eq!(
        ops,
        [
            "CreateKey",
            "CreateAlias",
            "GenerateDataKey",
            "ScheduleKeyDeletion"
        ]
    );
    // ReEncrypt names both keys.
    let all = events(&env, &[]);
    let re = all.iter().find(|e| e["Operation"] == "ReEncrypt").unwrap();
    assert_eq!(re["SourceKeyId"], arn(&a));
    assert_eq!(re["KeyId"], arn(&b));
    // Work done by the clock is logged too: the purge and the rotations.
    let later = env.with(&[("KMS_LOCAL_NOW", "2030-04-02T00:00:00Z")]);
    later.ok(&["list-keys"]);
    let all = events(&later, &["--since", "2030-04-01T00:00:00Z"]);
    let happened: Vec<(&str, &str)> = all
        .iter()
        .map(|e| {
            (
                e["Operation"].as_str().unwrap(),
                e["KeyId"].as_str().unwrap_or(""),
            )
        })
        .collect();
    let (a_arn, b_arn) = (arn(&a), arn(&b));
    assert_eq!(
        happened,
        [
            // The log's first entry was more than a week old: it rotated.
            ("AuditLogRotated", ""),
            ("DeleteKey", a_arn.as_str()),
            ("RotateDomainKey", ""),
            ("RotateKey", b_arn.as_str()),
            ("ListKeys", "")
        ]
    );
    later.ok(&["audit", "verify"]);
}

#[test]
fn a_change_that_cannot_be_logged_is_not_made() {
    let env = TestEnv::new();
    env.create_key();
    let before = env.keystore_bytes();
    // A folder where the log should be: nothing can be appended to it.
    std::fs::remove_file(env.path("ks/keystore.audit")).unwrap();
    std::fs::create_dir(env.path("ks/keystore.audit")).unwrap();
    let stderr = env.fails(253, &["create-key"]);
    assert!(stderr.contains("audit log"), "{stderr}");
    assert_eq!(env.keystore_bytes(), before);
}

#[test]
fn generate_random_is_logged_as_a_first_operation() {
    let env = TestEnv::new();
    env.create_key();
    // A new process whose first operation is GenerateRandom.
    env.ok(&["generate-random", "--number-of-bytes", "16"]);
    env.kms_error(
        "ValidationException",
        "GenerateRandom",
        &["generate-random", "--number-of-bytes", "1025"],
    );
    assert_eq!(
        outcomes(&events(&env, &[])),
        [
            ("CreateKey", "Success"),
            ("GenerateRandom", "Success"),
            ("GenerateRandom", "ValidationException"),
        ]
    );
    env.ok(&["audit", "verify"]);
}

/// A copy of the keystore file, to put back later as an attacker (or a
/// careless restore) would.
fn copy_keystore(env: &TestEnv, name: &str) -> std::path::PathBuf {
    let copy = env.path(name);
    std::fs::copy(env.keystore(), &copy).unwrap();
    copy
}

#[test]
fn a_keystore_older_than_its_log_is_refused_until_restored_on_purpose() {
    let env = TestEnv::new();
    let key = env.create_key();
    let access: Value = env.json(&["create-access-key"]);
    let id = access["AccessKey"]["AccessKeyId"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = copy_keystore(&env, "before-revocation");
    // Revocations: the access key deleted, the key disabled.
    env.ok(&["delete-access-key", "--access-key-id", &id]);
    env.ok(&["disable-key", "--key-id", &key]);
    env.ok(&["describe-key", "--key-id", &key]);
    // The old file put back would bring both back.
    std::fs::copy(&before, env.keystore()).unwrap();
    for args in [
        vec!["list-access-keys"],
        vec!["describe-key", "--key-id", &key],
        vec!["create-key"],
        vec!["audit", "verify"],
    ] {
        let stderr = env.fails(253, &args);
        assert!(
            stderr.contains("the keystore is older than its audit log"),
            "{args:?}: {stderr}"
        );
    }
    // Restoring it on purpose is one logged step.
    let restored: Value = env.json(&["keystore", "restore"]);
    assert_eq!(
        restored["Writes"].as_u64().unwrap() + 2,
        restored["LogHadSeen"].as_u64().unwrap()
    );
    let listed: Value = env.json(&["list-access-keys"]);
    assert_eq!(listed["AccessKeyMetadata"][0]["AccessKeyId"], id.as_str());
    let all = events(&env, &[]);
    let restore = all
        .iter()
        .find(|e| e["Operation"] == "RestoreKeystore")
        .unwrap();
    assert!(
        restore["Detail"]
            .as_str()
            .unwrap()
            .contains("the log had seen write")
    );
    env.ok(&["audit", "verify"]);
}

#[test]
fn keystore_restore_puts_a_backup_in_place_after_it_authenticates() {
    let env = TestEnv::new();
    let key = env.create_key();
    let backup = env.path("backup.kms");
    env.ok(&["keystore", "backup", backup.to_str().unwrap()]);
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &key,
        "--pending-window-in-days",
        "7",
    ]);
    let restored: Value = env.json(&["keystore", "restore", backup.to_str().unwrap()]);
    assert!(
        restored["RestoredFrom"]
            .as_str()
            .unwrap()
            .ends_with("backup.kms")
    );
    let described: Value = env.json(&["describe-key", "--key-id", &key]);
    assert_eq!(described["KeyMetadata"]["KeyState"], "Enabled");
    env.ok(&["audit", "verify"]);
    // A file that does not authenticate is never put in place.
    let mut bad = std::fs::read(&backup).unwrap();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    std::fs::write(&backup, &bad).unwrap();
    let kept = env.keystore_bytes();
    env.fails(253, &["keystore", "restore", backup.to_str().unwrap()]);
    assert_eq!(env.keystore_bytes(), kept);
}

#[test]
fn a_change_logged_and_not_saved_is_not_taken_for_a_rollback() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = copy_keystore(&env, "before-change");
    // A crash between logging a change and saving it leaves the log one
    // change ahead of the keystore, which no read has seen.
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/unsaved",
        "--target-key-id",
        &key,
    ]);
    std::fs::copy(&before, env.keystore()).unwrap();
    env.ok(&["describe-key", "--key-id", &key]);
    env.ok(&["audit", "verify"]);
    // Once a read has seen a change, the change was saved: putting back the
    // file from before it is a rollback.
    let before = copy_keystore(&env, "before-second-change");
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/saved",
        "--target-key-id",
        &key,
    ]);
    env.ok(&["describe-key", "--key-id", "alias/saved"]);
    std::fs::copy(&before, env.keystore()).unwrap();
    env.fails(253, &["describe-key", "--key-id", &key]);
}

#[test]
fn a_log_whose_beginning_is_missing_does_not_verify() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.generate(&key, &[]);
    std::fs::remove_file(env.path("ks/keystore.audit")).unwrap();
    env.generate(&key, &[]);
    let stderr = env.fails(253, &["audit", "verify"]);
    assert!(
        stderr.contains("the log's beginning is missing"),
        "{stderr}"
    );
}

#[test]
fn a_log_begun_by_init_verifies() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    let key = env.create_key();
    env.generate(&key, &[]);
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Entries"], 3);
    assert_eq!(events(&env, &[])[0]["Operation"], "Init");
}
