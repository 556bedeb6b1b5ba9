use super::*;

fn event(op: &'static str) -> Event {
    Event {
        time: Timestamp(0),
        operation: op,
        key_id: None,
        source_key_id: None,
        encryption_context_keys: vec!["purpose".into()],
        result: "Success",
        access_key_id: None,
        writes: 0,
        change: false,
    }
}

#[test]
fn a_chain_begun_under_a_new_key_keeps_the_old_log_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    let old = KeyBytes::from_slice(&[5; 32]).unwrap();
    let new = KeyBytes::from_slice(&[6; 32]).unwrap();
    for op in ["A", "B"] {
        append(&path, Duration::ZERO, &old, event(op), Rotation::NEVER).unwrap();
    }
    let before = std::fs::read_to_string(&path).unwrap();
    let rekey = Event {
        change: true,
        ..marker(REKEYED, Timestamp(0), 8)
    };
    let aside = begin_anew(&path, Duration::ZERO, &old, &new, &rekey, "about")
        .unwrap()
        .unwrap();
    assert_eq!(std::fs::read_to_string(&aside).unwrap(), before);
    // The chain begins at the keystore's write 7 and verifies as a beginning.
    let verified = verify(&path, &new, 8).unwrap();
    assert_eq!(verified.entries, 1);
    assert_eq!(verified.restarts[0].operation, REKEYED);
    let detail = verified.restarts[0].detail.clone().unwrap();
    assert!(
        detail.starts_with(&format!("{aside}, whose last Mac was ")),
        "{detail}"
    );
    assert!(
        detail.ends_with("; about") && !detail.contains("not verify"),
        "{detail}"
    );
    assert!(verify(&path, &old, 8).is_err());
    assert_eq!(verified.set_aside, [aside]);

    let fresh = dir.path().join("fresh");
    assert_eq!(
        begin_anew(&fresh, Duration::ZERO, &old, &new, &rekey, "about").unwrap(),
        None
    );
    let entries = read(&fresh).unwrap();
    assert_eq!(entries[0].detail.as_deref(), Some("no earlier log; about"));
}

#[test]
fn the_write_counter_is_read_from_its_field_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    let key = KeyBytes::from_slice(&[5; 32]).unwrap();
    let mut read = event("Decrypt");
    read.writes = 3;
    // A context key that looks like the fields is escaped in the line.
    read.encryption_context_keys = vec!["\"Writes\":999,\"Change\":true".into()];
    append(&path, Duration::ZERO, &key, read, Rotation::NEVER).unwrap();
    let seen = recent_writes(&path).unwrap();
    assert_eq!(seen.most(), 3);
    assert!(seen.allows(3) && !seen.allows(2));
    let mut change = event("CreateKey");
    (change.writes, change.change) = (4, true);
    append(&path, Duration::ZERO, &key, change, Rotation::NEVER).unwrap();
    // One change ahead, never seen saved: a crash between log and save.
    let seen = recent_writes(&path).unwrap();
    assert!(seen.allows(3) && !seen.allows(2));
}

#[test]
fn a_chain_verifies_and_any_change_breaks_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    let key = KeyBytes::from_slice(&[5; 32]).unwrap();
    for op in ["A", "B", "C"] {
        append(&path, Duration::ZERO, &key, event(op), Rotation::NEVER).unwrap();
    }
    assert_eq!(verify(&path, &key, 0).unwrap().entries, 3);
    let good = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = good.lines().collect();
    let other = KeyBytes::from_slice(&[6; 32]).unwrap();
    assert!(verify(&path, &other, 0).is_err());
    for damaged in [
        good.replace("\"B\"", "\"X\""),
        format!("{}\n{}\n", lines[0], lines[2]),
        format!("{}\n{}\n{}\n", lines[0], lines[2], lines[1]),
        good[..good.len() - 5].to_owned(),
    ] {
        std::fs::write(&path, &damaged).unwrap();
        assert!(verify(&path, &key, 0).is_err(), "{damaged}");
    }
}

/// A segment at a time: every append rotates.
const EVERY_TIME: Rotation = Rotation {
    max_bytes: 1,
    max_age_days: u32::MAX,
    retention_days: None,
};

#[test]
fn the_write_counter_survives_a_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    let key = KeyBytes::from_slice(&[5; 32]).unwrap();
    let start = marker(RESTARTED, Timestamp(0), 4);
    append(&path, Duration::ZERO, &key, start, Rotation::NEVER).unwrap();
    let mut change = event("CreateKey");
    (change.writes, change.change) = (5, true);
    append(&path, Duration::ZERO, &key, change, Rotation::NEVER).unwrap();
    // A reader that loaded write 4 before the change logs after it.
    let mut read = event("Decrypt");
    read.writes = 4;
    append(&path, Duration::ZERO, &key, read, EVERY_TIME).unwrap();
    assert!(dir.path().join("log.1").exists());
    let seen = recent_writes(&path).unwrap();
    assert_eq!(seen.most(), 5);
    // Write 5 was logged, never seen saved: a crash between log and save.
    assert!(seen.allows(4) && !seen.allows(3));
    assert_eq!(verify(&path, &key, 5).unwrap().entries, 4);
}

#[test]
fn a_rotation_stopped_after_its_link_is_finished_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    let key = KeyBytes::from_slice(&[5; 32]).unwrap();
    for op in ["A", "B"] {
        append(&path, Duration::ZERO, &key, event(op), EVERY_TIME).unwrap();
    }
    // A crash between the link and the rename: log.2 is the live log's second name.
    std::fs::hard_link(&path, dir.path().join("log.2")).unwrap();
    assert_eq!(verify(&path, &key, 0).unwrap().segments.len(), 1);
    assert_eq!(read(&path).unwrap().len(), 3);
    append(&path, Duration::ZERO, &key, event("C"), EVERY_TIME).unwrap();
    assert!(!dir.path().join("log.3").exists());
    let verified = verify(&path, &key, 0).unwrap();
    assert_eq!((verified.entries, verified.segments.len()), (5, 2));
    let ops: Vec<String> = read(&path)
        .unwrap()
        .into_iter()
        .map(|e| e.operation)
        .collect();
    assert_eq!(ops, ["A", ROTATED, "B", ROTATED, "C"]);
}

#[test]
fn segments_the_log_says_it_removed_may_outlive_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    let key = KeyBytes::from_slice(&[5; 32]).unwrap();
    for op in ["A", "B", "C"] {
        append(&path, Duration::ZERO, &key, event(op), EVERY_TIME).unwrap();
    }
    let one = std::fs::read(dir.path().join("log.1")).unwrap();
    let retention = Rotation {
        retention_days: Some(1),
        ..EVERY_TIME
    };
    let later = Event {
        time: Timestamp(0).plus_days(2),
        ..event("D")
    };
    append(&path, Duration::ZERO, &key, later, retention).unwrap();
    // log.1 and log.2 went, log.3 (the segment just closed) stays.
    assert!(!dir.path().join("log.1").exists() && !dir.path().join("log.2").exists());
    let verified = verify(&path, &key, 0).unwrap();
    assert_eq!(verified.segments.len(), 1);
    assert_eq!(verified.removals.len(), 1);
    // A crash before the deletions: log.1 is still there, and skipped.
    std::fs::write(dir.path().join("log.1"), &one).unwrap();
    let verified = verify(&path, &key, 0).unwrap();
    assert_eq!(verified.removed_segments_left.len(), 1);
    // Anything else before the kept history is a break.
    std::fs::remove_file(dir.path().join("log.3")).unwrap();
    assert!(verify(&path, &key, 0).is_err());
}
