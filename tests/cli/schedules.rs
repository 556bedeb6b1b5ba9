//! Automatic rotation of keys and of the domain key, driven by KMS_LOCAL_NOW.

use serde::Deserialize;

use crate::common::*;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Status {
    key_rotation_enabled: bool,
    key_id: String,
    rotation_period_in_days: Option<u32>,
    next_rotation_date: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Rotation {
    key_id: String,
    key_material_id: String,
    key_material_state: String,
    rotation_date: Option<String>,
    rotation_type: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Rotations {
    rotations: Vec<Rotation>,
}

const START: &str = "2030-01-01T00:00:00Z";

#[test]
fn rotation_period_limits_and_status() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", START)]);
    let key = env.create_key();
    let off: Status = env.json(&["get-key-rotation-status", "--key-id", &key]);
    assert!(!off.key_rotation_enabled);
    assert_eq!(off.key_id, arn(&key));
    assert_eq!(
        (off.rotation_period_in_days, off.next_rotation_date),
        (None, None)
    );
    assert_eq!(
        env.refused_before_sending(&[
            "enable-key-rotation",
            "--key-id",
            &key,
            "--rotation-period-in-days",
            "89",
        ]),
        "Invalid value for parameter RotationPeriodInDays, value: 89, valid min value: 90\n"
    );
    let days = "2561";
    let message = env.kms_error(
        "ValidationException",
        "EnableKeyRotation",
        &[
            "enable-key-rotation",
            "--key-id",
            &key,
            "--rotation-period-in-days",
            days,
        ],
    );
    assert!(
        message.contains(&format!("Value '{days}' at 'rotationPeriodInDays'")),
        "{message}"
    );
    for (days, next) in [
        ("90", "2030-04-01T00:00:00+00:00"),
        ("2560", "2037-01-04T00:00:00+00:00"),
    ] {
        assert_eq!(
            env.ok(&[
                "enable-key-rotation",
                "--key-id",
                &key,
                "--rotation-period-in-days",
                days
            ]),
            ""
        );
        let on: Status = env.json(&["get-key-rotation-status", "--key-id", &key]);
        assert!(on.key_rotation_enabled);
        assert_eq!(on.rotation_period_in_days.unwrap().to_string(), days);
        assert_eq!(on.next_rotation_date.as_deref(), Some(next));
    }
    env.ok(&["enable-key-rotation", "--key-id", &key]);
    let default: Status = env.json(&["get-key-rotation-status", "--key-id", &key]);
    assert_eq!(default.rotation_period_in_days, Some(365));
    assert_eq!(env.ok(&["disable-key-rotation", "--key-id", &key]), "");
    let off: Status = env.json(&["get-key-rotation-status", "--key-id", &key]);
    assert!(!off.key_rotation_enabled);
}

#[test]
fn a_key_rotates_at_its_first_use_after_the_date() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", START)]);
    let key = env.create_key();
    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &key,
        "--rotation-period-in-days",
        "90",
    ]);
    let old = env.generate(&key, &["--encryption-context", "k=v"]);
    // The day before: nothing happens.
    let before = env.with(&[("KMS_LOCAL_NOW", "2030-03-31T23:59:59Z")]);
    assert_eq!(
        before.generate(&key, &[]).key_material_id,
        old.key_material_id
    );
    // On the date, the first use rotates first, then encrypts with the new material.
    let after = before.with(&[("KMS_LOCAL_NOW", "2030-04-01T00:00:00Z")]);
    let new = after.generate(&key, &[]);
    assert_ne!(new.key_material_id, old.key_material_id);
    assert_eq!(
        after
            .decrypt(&old.ciphertext_blob, &["--encryption-context", "k=v"])
            .plaintext,
        old.plaintext
    );
    let status: Status = after.json(&["get-key-rotation-status", "--key-id", &key]);
    assert_eq!(
        status.next_rotation_date.as_deref(),
        Some("2030-06-30T00:00:00+00:00")
    );
    let listed: Rotations = after.json(&["list-key-rotations", "--key-id", &key]);
    assert_eq!(listed.rotations.len(), 1);
    let r = &listed.rotations[0];
    assert_eq!(r.key_id, arn(&key));
    assert_eq!(r.key_material_id, new.key_material_id);
    assert_eq!(r.key_material_state, "CURRENT");
    assert_eq!(
        r.rotation_date.as_deref(),
        Some("2030-04-01T00:00:00+00:00")
    );
    assert_eq!(r.rotation_type.as_deref(), Some("AUTOMATIC"));
    // A year later, one rotation (not four) and the next date counts from then.
    let much_later = after.with(&[("KMS_LOCAL_NOW", "2031-04-01T00:00:00Z")]);
    much_later.generate(&key, &[]);
    let listed: Rotations = much_later.json(&["list-key-rotations", "--key-id", &key]);
    assert_eq!(listed.rotations.len(), 2);
}

#[test]
fn list_key_rotations_types_and_original_material() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", START)]);
    let created: CreateKey = env.json(&["create-key"]);
    let key = created.key_metadata.key_id;
    let none: Rotations = env.json(&["list-key-rotations", "--key-id", &key]);
    assert!(none.rotations.is_empty());
    env.json::<KeyIdOnly>(&["rotate", "--key-id", &key]);
    let all: Rotations = env.json(&[
        "list-key-rotations",
        "--key-id",
        &key,
        "--include-key-material",
        "ALL_KEY_MATERIAL",
    ]);
    assert_eq!(all.rotations.len(), 2);
    assert_eq!(
        all.rotations[0].key_material_id,
        created.key_metadata.current_key_material_id.unwrap()
    );
    assert_eq!(all.rotations[0].key_material_state, "NON_CURRENT");
    assert_eq!(all.rotations[0].rotation_type, None);
    assert_eq!(all.rotations[1].rotation_type.as_deref(), Some("ON_DEMAND"));
    env.kms_error(
        "ValidationException",
        "ListKeyRotations",
        &[
            "list-key-rotations",
            "--key-id",
            &key,
            "--include-key-material",
            "SOME",
        ],
    );
}

#[test]
fn disabled_keys_do_not_rotate_until_enabled() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", START)]);
    let key = env.create_key();
    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &key,
        "--rotation-period-in-days",
        "90",
    ]);
    env.ok(&["disable-key", "--key-id", &key]);
    let later = env.with(&[("KMS_LOCAL_NOW", "2030-06-01T00:00:00Z")]);
    let listed: Rotations = later.json(&["list-key-rotations", "--key-id", &key]);
    assert!(listed.rotations.is_empty());
    later.ok(&["enable-key", "--key-id", &key]);
    let listed: Rotations = later.json(&["list-key-rotations", "--key-id", &key]);
    assert_eq!(listed.rotations.len(), 1);
}

#[test]
fn pending_deletion_reads_as_not_rotating_and_cancel_restores_it() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", START)]);
    let key = env.create_key();
    env.ok(&["enable-key-rotation", "--key-id", &key]);
    env.ok(&["schedule-key-deletion", "--key-id", &key]);
    let status: Status = env.json(&["get-key-rotation-status", "--key-id", &key]);
    assert!(!status.key_rotation_enabled);
    env.ok(&["cancel-key-deletion", "--key-id", &key]);
    let status: Status = env.json(&["get-key-rotation-status", "--key-id", &key]);
    assert!(status.key_rotation_enabled);
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Settings {
    region: String,
    #[serde(rename = "AWSAccountId")]
    aws_account_id: String,
    domain_key_id: Option<String>,
    domain_key_rotation_period_in_days: u32,
    next_domain_key_rotation_date: Option<String>,
    audit_segment_max_bytes: u64,
    audit_segment_max_age_days: u32,
    audit_retention_days: u32,
}

#[test]
fn the_domain_key_rotates_on_its_schedule() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", START)]);
    let fresh: Settings = env.json(&["keystore", "settings"]);
    let audit_log = (
        fresh.audit_segment_max_bytes,
        fresh.audit_segment_max_age_days,
        fresh.audit_retention_days,
    );
    assert_eq!(audit_log, (64 << 20, 7, 0));
    assert_eq!(fresh.domain_key_id, None);
    assert_eq!(fresh.domain_key_rotation_period_in_days, 1);
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let first: Settings = env.json(&["keystore", "settings"]);
    assert_eq!(
        (first.region.as_str(), first.aws_account_id.as_str()),
        ("us-east-1", "111122223333")
    );
    assert_eq!(
        first.next_domain_key_rotation_date.as_deref(),
        Some("2030-01-02T00:00:00+00:00")
    );
    // Daily by default: the next day's first use makes a new domain key.
    let next_day = env.with(&[("KMS_LOCAL_NOW", "2030-01-02T00:00:00Z")]);
    let second: Settings = next_day.json(&["keystore", "settings"]);
    assert_ne!(second.domain_key_id, first.domain_key_id);
    assert_eq!(
        next_day.decrypt(&made.ciphertext_blob, &[]).plaintext,
        made.plaintext
    );
    // The period is a keystore setting.
    let weekly: Settings = next_day.json(&[
        "keystore",
        "settings",
        "--domain-key-rotation-period-in-days",
        "7",
    ]);
    assert_eq!(weekly.domain_key_rotation_period_in_days, 7);
    assert_eq!(
        weekly.next_domain_key_rotation_date.as_deref(),
        Some("2030-01-09T00:00:00+00:00")
    );
    let same_week = next_day.with(&[("KMS_LOCAL_NOW", "2030-01-08T00:00:00Z")]);
    let unchanged: Settings = same_week.json(&["keystore", "settings"]);
    assert_eq!(unchanged.domain_key_id, second.domain_key_id);
    for days in ["0", "366"] {
        same_week.kms_error(
            "ValidationException",
            "KeystoreSettings",
            &[
                "keystore",
                "settings",
                "--domain-key-rotation-period-in-days",
                days,
            ],
        );
    }
}
