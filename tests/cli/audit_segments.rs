//! The audit log's segments: rotation from the command line and from
//! `serve`, `audit verify` across segments and each way of tampering with
//! them, retention on the test clock, and the settings' checks.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::*;
use crate::serve::{Server, access_key};

/// The smallest segment the settings allow: a few lines each.
const SMALL: &str = "1024";

fn log(env: &TestEnv) -> PathBuf {
    let mut name = env.keystore().into_os_string();
    name.push(".audit");
    PathBuf::from(name)
}

fn segment(env: &TestEnv, n: u64) -> PathBuf {
    let mut name = log(env).into_os_string();
    name.push(format!(".{n}"));
    PathBuf::from(name)
}

/// The segments beside the log, by number.
fn segments(env: &TestEnv) -> Vec<u64> {
    let mut found: Vec<u64> = (1..200).filter(|&n| segment(env, n).exists()).collect();
    found.sort();
    found
}

/// A keystore whose log closes a segment every few lines.
fn small_segments(vars: &[(&str, &str)]) -> TestEnv {
    let env = TestEnv::new().with(vars);
    env.ok(&["init"]);
    env.ok(&["keystore", "settings", "--audit-segment-max-bytes", SMALL]);
    env
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// `audit verify` fails with 253, naming `file`.
fn verify_fails_naming(env: &TestEnv, file: &Path, why: &str) {
    let stderr = env.fails(253, &["audit", "verify"]);
    assert!(
        stderr.contains(&format!("{}'", file.display())) && stderr.contains(why),
        "{stderr}"
    );
}

#[test]
fn commands_rotate_the_log_into_segments_that_verify_as_one_chain() {
    let env = small_segments(&[]);
    let key = env.create_key();
    env.generate(&key, &[]);
    for _ in 0..12 {
        env.create_key();
    }
    let numbers = segments(&env);
    assert!(numbers.len() >= 4, "{numbers:?}");
    assert_eq!(numbers, (1..=numbers.len() as u64).collect::<Vec<_>>());
    for n in &numbers {
        assert_eq!(mode(&segment(&env, *n)), 0o600);
    }
    assert_eq!(mode(&log(&env)), 0o600);

    let verified: Value = env.json(&["audit", "verify"]);
    let listed: Vec<String> = numbers
        .iter()
        .map(|&n| segment(&env, n).display().to_string())
        .collect();
    assert_eq!(verified["Segments"], json!(listed));
    // The live log begins with the marker that names the segment before it.
    let first = std::fs::read_to_string(log(&env)).unwrap();
    let marker: Value = serde_json::from_str(first.lines().next().unwrap()).unwrap();
    let newest = segment(&env, *numbers.last().unwrap());
    assert_eq!(marker["Entry"]["Operation"], "AuditLogRotated");
    assert_eq!(
        marker["Entry"]["Detail"],
        format!("follows {}", name(&newest))
    );

    // `audit` reads every segment, oldest first, with no gap.
    let events: Value = env.json(&["audit"]);
    let seqs: Vec<u64> = events["Events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["Seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, (1..=seqs.len() as u64).collect::<Vec<_>>());
    assert_eq!(verified["Entries"], seqs.len());
    let about_key: Value = env.json(&["audit", "--key-id", &key]);
    let ops: Vec<&str> = about_key["Events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["Operation"].as_str().unwrap())
        .collect();
    assert_eq!(ops, ["CreateKey", "GenerateDataKey"]);
    // GetKeyLastUsage finds the use in an old segment.
    let used: Value = env.json(&["get-key-last-usage", "--key-id", &key]);
    assert_eq!(used["KeyLastUsage"]["Operation"], "GenerateDataKey");
}

#[test]
fn audit_verify_names_the_segment_where_the_history_breaks() {
    let env = small_segments(&[]);
    for _ in 0..14 {
        env.create_key();
    }
    assert!(segments(&env).len() >= 4, "{:?}", segments(&env));
    env.ok(&["audit", "verify"]);
    let (two, three, four) = (segment(&env, 2), segment(&env, 3), segment(&env, 4));
    let aside = env.path("aside");

    // A segment deleted from the middle: the next one does not follow.
    std::fs::rename(&two, &aside).unwrap();
    verify_fails_naming(&env, &three, "a segment is missing");
    std::fs::rename(&aside, &two).unwrap();
    env.ok(&["audit", "verify"]);

    // A line edited in a segment.
    let good = std::fs::read_to_string(&three).unwrap();
    std::fs::write(&three, good.replacen("CreateKey", "CreateKeZ", 1)).unwrap();
    verify_fails_naming(&env, &three, "the line was edited");
    std::fs::write(&three, &good).unwrap();
    env.ok(&["audit", "verify"]);

    // Two segments swapped.
    std::fs::rename(&two, &aside).unwrap();
    std::fs::rename(&three, &two).unwrap();
    std::fs::rename(&aside, &three).unwrap();
    verify_fails_naming(&env, &two, "swapped");
    std::fs::rename(&three, &aside).unwrap();
    std::fs::rename(&two, &three).unwrap();
    std::fs::rename(&aside, &two).unwrap();
    env.ok(&["audit", "verify"]);

    // A segment renamed out of its place: the one after it names it.
    let newest = segment(&env, *segments(&env).last().unwrap());
    let renamed = segment(&env, 150);
    std::fs::rename(&newest, &renamed).unwrap();
    verify_fails_naming(&env, &log(&env), "segments were renamed");
    std::fs::rename(&renamed, &newest).unwrap();

    // The first segment deleted, with no removal logged.
    std::fs::rename(segment(&env, 1), &aside).unwrap();
    verify_fails_naming(&env, &two, "no removal is logged");
    std::fs::rename(&aside, segment(&env, 1)).unwrap();
    env.ok(&["audit", "verify"]);
    assert!(four.exists());
}

#[test]
fn serve_rotates_the_log_as_the_command_line_does() {
    let env = small_segments(&[]);
    let access = access_key(&env);
    let key = env.create_key();
    let server = Server::announced(
        env.spawn(&["serve", "--listen", "127.0.0.1:0"]),
        "http://127.0.0.1:",
    );
    let mut conn = server.connect();
    for _ in 0..16 {
        let reply = conn.call(
            &access,
            "GenerateDataKey",
            &json!({"KeyId": key, "NumberOfBytes": 16}),
        );
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
    }
    let reply = conn.call(&access, "GetKeyLastUsage", &json!({"KeyId": key}));
    assert_eq!(reply.json()["KeyLastUsage"]["Operation"], "GenerateDataKey");
    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");

    assert!(segments(&env).len() >= 3, "{:?}", segments(&env));
    let verified: Value = env.json(&["audit", "verify"]);
    let events: Value = env.json(&["audit", "--key-id", &key]);
    let signed = events["Events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["AccessKeyId"] == access.id.as_str())
        .count();
    assert!(signed >= 16, "{events}");
    assert!(verified["Entries"].as_u64().unwrap() >= 19, "{verified}");
    // The command line goes on with the same chain.
    env.create_key();
    env.ok(&["audit", "verify"]);
}

#[test]
fn retention_removes_old_segments_logs_it_and_the_rest_still_verifies() {
    let then = [("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")];
    let env = small_segments(&then);
    env.ok(&["keystore", "settings", "--audit-retention-days", "30"]);
    let old_key = env.create_key();
    for _ in 0..8 {
        env.create_key();
    }
    let before = segments(&env);
    assert!(before.len() >= 3, "{before:?}");
    let old_events: Value = env.json(&["audit"]);
    let old_count = old_events["Events"].as_array().unwrap().len();

    // Two months on, the next rotation removes every segment older than 30 days.
    let later = env.with(&[("KMS_LOCAL_NOW", "2030-03-01T00:00:00Z")]);
    let new_key = later.create_key();
    for _ in 0..6 {
        later.ok(&["describe-key", "--key-id", &new_key]);
    }
    let after = segments(&later);
    assert!(
        before.iter().all(|n| !after.contains(n)),
        "{before:?} {after:?}"
    );
    assert!(!after.is_empty());
    let verified: Value = later.json(&["audit", "verify"]);
    let removal = &verified["Removals"][0];
    assert_eq!(removal["Operation"], "AuditSegmentsRemoved");
    let detail = removal["Detail"].as_str().unwrap();
    let newest_removed = segment(&later, *before.last().unwrap());
    assert!(
        detail.starts_with(&format!("removed {}", name(&segment(&later, before[0]))))
            && detail.contains(&format!("the last Mac of {} was ", name(&newest_removed))),
        "{detail}"
    );

    // `audit` reads what is kept: the old key's entries are gone, the new key's are there.
    let events: Value = later.json(&["audit"]);
    let kept = events["Events"].as_array().unwrap();
    assert!(kept.iter().all(|e| e["KeyId"] != arn(&old_key).as_str()));
    assert!(kept.iter().any(|e| e["KeyId"] == arn(&new_key).as_str()));
    assert!(kept[0]["Seq"].as_u64().unwrap() > old_count as u64);
    // Usage tracking starts where the kept history does.
    let usage: Value = later.json(&["get-key-last-usage", "--key-id", &old_key]);
    assert_eq!(usage["KeyLastUsage"], json!({}));

    // Only the recorded chain value is accepted: the oldest kept segment
    // deleted as well is a missing segment.
    let oldest = segment(&later, after[0]);
    std::fs::remove_file(&oldest).unwrap();
    verify_fails_naming(
        &later,
        &segment(&later, after[1]),
        "does not follow the last segment the log says retention removed",
    );
}

#[test]
fn a_live_log_older_than_the_age_limit_rotates_however_small() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")]);
    env.ok(&["init"]);
    env.ok(&["keystore", "settings", "--audit-segment-max-age-days", "2"]);
    env.create_key();
    assert!(segments(&env).is_empty());
    let next_day = env.with(&[("KMS_LOCAL_NOW", "2030-01-02T00:00:00Z")]);
    next_day.create_key();
    assert!(segments(&next_day).is_empty());
    let later = next_day.with(&[("KMS_LOCAL_NOW", "2030-01-03T00:00:00Z")]);
    later.create_key();
    assert_eq!(segments(&later), [1]);
    later.ok(&["audit", "verify"]);
}

#[test]
fn the_rollback_check_still_refuses_a_keystore_put_back_after_a_rotation() {
    let env = small_segments(&[]);
    env.create_key();
    let copy = env.path("copy");
    env.ok(&["keystore", "backup", copy.to_str().unwrap()]);
    // Changes until the live log holds only entries after a rotation.
    let mut made = 0;
    let start = segments(&env).len();
    while segments(&env).len() < start + 2 {
        env.create_key();
        made += 1;
        assert!(made < 20);
    }
    std::fs::copy(&copy, env.keystore()).unwrap();
    let stderr = env.fails(253, &["list-keys"]);
    assert!(stderr.contains("older than its audit log"), "{stderr}");
}

#[test]
fn settings_are_shown_checked_and_kept() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    let shown: Value = env.json(&["keystore", "settings"]);
    assert_eq!(shown["AuditSegmentMaxBytes"], 64 * 1024 * 1024);
    assert_eq!(shown["AuditSegmentMaxAgeDays"], 7);
    assert_eq!(shown["AuditRetentionDays"], 0);
    let keystore = env.keystore_bytes();
    let audit = std::fs::read(log(&env)).unwrap();
    for (flag, bad) in [
        ("--audit-segment-max-bytes", "1023"),
        ("--audit-segment-max-bytes", "1099511627777"),
        ("--audit-segment-max-bytes", "-1"),
        ("--audit-segment-max-age-days", "0"),
        ("--audit-segment-max-age-days", "3651"),
        ("--audit-retention-days", "-1"),
        ("--audit-retention-days", "36501"),
    ] {
        // One good value beside the bad one: neither is set.
        let stderr = env.fails(
            252,
            &[
                "keystore",
                "settings",
                "--audit-retention-days",
                "9",
                flag,
                bad,
            ],
        );
        assert!(
            stderr.contains(&format!("'{flag}'")),
            "{flag} {bad}: {stderr}"
        );
        assert_eq!(env.keystore_bytes(), keystore, "{flag} {bad}");
        assert_eq!(std::fs::read(log(&env)).unwrap(), audit, "{flag} {bad}");
    }
    let changed: Value = env.json(&[
        "keystore",
        "settings",
        "--audit-segment-max-bytes",
        "4096",
        "--audit-segment-max-age-days",
        "1",
        "--audit-retention-days",
        "90",
    ]);
    let shown: Value = env.json(&["keystore", "settings"]);
    assert_eq!(changed, shown);
    assert_eq!(shown["AuditSegmentMaxBytes"], 4096);
    assert_eq!(shown["AuditSegmentMaxAgeDays"], 1);
    assert_eq!(shown["AuditRetentionDays"], 90);
    let text = env.ok(&["keystore", "settings", "--output", "text"]);
    assert!(text.contains("4096") && text.contains("90"), "{text}");
    // A batch request out of range is refused naming its field, and
    // changes nothing, not even the values beside it.
    let keystore = env.keystore_bytes();
    let line = json!({"Operation": "KeystoreSettings", "AuditRetentionDays": 5, "AuditSegmentMaxBytes": 5});
    let out = env
        .cmd()
        .arg("batch")
        .write_stdin(format!("{line}\n"))
        .output()
        .unwrap();
    let reply: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reply["Error"]["Code"], "ValidationException", "{reply}");
    assert!(
        reply["Error"]["Message"]
            .as_str()
            .unwrap()
            .contains("auditSegmentMaxBytes"),
        "{reply}"
    );
    assert_eq!(env.keystore_bytes(), keystore);
}
