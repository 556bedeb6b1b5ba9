//! A keystore in a folder other users can write to. What they could plant
//! there (a symbolic link where the lock file or the audit log belongs, a
//! file of their own, a file they can write) is refused with a message that
//! names the file and the fix, and nothing is written through it.

use std::os::unix::fs::{chown, symlink};
use std::path::Path;

use crate::common::*;

fn generate_args(key: &str) -> Vec<&str> {
    vec![
        "generate-data-key",
        "--key-id",
        key,
        "--key-spec",
        "AES_256",
    ]
}

/// Gives `path` to nobody (the tests run as root).
fn give_away(path: &Path) {
    chown(path, Some(NOBODY), Some(NOBODY)).unwrap();
}

#[test]
fn a_planted_link_for_the_lock_file_is_refused_and_its_target_untouched() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = env.keystore_bytes();
    let lock = env.path("ks/keystore.lock");
    let target = env.path("elsewhere/made-by-kms-local");
    std::fs::create_dir(env.path("elsewhere")).unwrap();
    std::fs::remove_file(&lock).unwrap();
    symlink(&target, &lock).unwrap();
    // A writer and a reader alike: neither creates the file the link names.
    for args in [vec!["create-key"], generate_args(&key)] {
        let stderr = env.fails(253, &args);
        assert_eq!(
            stderr,
            format!(
                "kms-local: lock file '{}': it is a symbolic link, which kms-local does not \
                 follow here; remove it\n",
                lock.display()
            ),
            "{args:?}"
        );
        assert!(!target.exists(), "{args:?}");
    }
    assert_eq!(env.keystore_bytes(), before);
    std::fs::remove_file(&lock).unwrap();
    env.generate(&key, &[]);
}

#[test]
fn a_planted_link_for_the_audit_log_is_refused_and_its_target_untouched() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = env.keystore_bytes();
    let log = env.path("ks/keystore.audit");
    let victim = env.path("notes.txt");
    std::fs::write(&victim, "mine\n").unwrap();
    std::fs::remove_file(&log).unwrap();
    symlink(&victim, &log).unwrap();
    for args in [vec!["create-key"], generate_args(&key)] {
        let stderr = env.fails(253, &args);
        assert!(
            stderr.starts_with(&format!(
                "kms-local: audit log '{}': it is a symbolic link, which kms-local does not \
                 follow here; remove it\n",
                log.display()
            )),
            "{args:?}: {stderr}"
        );
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine\n");
    }
    // A change that cannot be logged is not made.
    assert_eq!(env.keystore_bytes(), before);
}

#[test]
fn an_audit_log_another_user_can_write_is_refused() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = env.keystore_bytes();
    let log = env.path("ks/keystore.audit");
    let lines = std::fs::read(&log).unwrap();
    set_mode(&log, 0o666);
    if is_root() {
        give_away(&log);
        let stderr = env.fails(253, &generate_args(&key));
        assert!(
            stderr.starts_with(&format!(
                "kms-local: audit log '{}': it is owned by uid {NOBODY}, not by you (uid 0) or \
                 root; replace it with a file of your own\n",
                log.display()
            )),
            "{stderr}"
        );
        chown(&log, Some(0), Some(0)).unwrap();
    }
    // Your own log, writable by everyone.
    let stderr = env.fails(253, &["create-key"]);
    assert!(
        stderr.starts_with(&format!(
            "kms-local: audit log '{0}': it is writable by other users (mode 0666); make it \
             0600 (chmod 600 {0})\n",
            log.display()
        )),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&log).unwrap(), lines);
    assert_eq!(env.keystore_bytes(), before);
    // Readable by others is the owner's choice; writable by the group is not.
    set_mode(&log, 0o644);
    env.generate(&key, &[]);
    set_mode(&log, 0o620);
    env.fails(253, &generate_args(&key));
}

#[test]
fn a_lock_file_or_keystore_another_user_can_change_is_refused() {
    let env = TestEnv::new();
    let key = env.create_key();
    let keystore = env.keystore();
    let lock = env.path("ks/keystore.lock");
    if is_root() {
        give_away(&lock);
        let stderr = env.fails(253, &["create-key"]);
        assert!(
            stderr.starts_with(&format!(
                "kms-local: lock file '{}': it is owned by uid {NOBODY}",
                lock.display()
            )),
            "{stderr}"
        );
        chown(&lock, Some(0), Some(0)).unwrap();
        give_away(&keystore);
        let stderr = env.fails(253, &generate_args(&key));
        assert!(
            stderr.starts_with(&format!(
                "kms-local: keystore '{}': it is owned by uid {NOBODY}",
                keystore.display()
            )),
            "{stderr}"
        );
        chown(&keystore, Some(0), Some(0)).unwrap();
    }
    set_mode(&lock, 0o646);
    let stderr = env.fails(253, &generate_args(&key));
    assert!(
        stderr.contains("it is writable by other users (mode 0646)"),
        "{stderr}"
    );
    set_mode(&lock, 0o600);
    let before = env.keystore_bytes();
    set_mode(&keystore, 0o664);
    let stderr = env.fails(253, &["create-key"]);
    assert!(
        stderr.starts_with(&format!(
            "kms-local: keystore '{0}': it is writable by other users (mode 0664); make it \
             0600 (chmod 600 {0})\n",
            keystore.display()
        )),
        "{stderr}"
    );
    assert_eq!(env.keystore_bytes(), before);
}

#[test]
fn a_keystore_others_can_read_but_not_write_still_works() {
    let env = TestEnv::new();
    let key = env.create_key();
    set_mode(&env.keystore(), 0o644);
    env.generate(&key, &[]);
    env.create_key();
    // A write replaces the file with a new one, private again.
    assert_eq!(mode(&env.keystore()), 0o600);
}
