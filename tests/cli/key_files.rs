//! Key files and passphrase files. A key is trusted only from a file of
//! your own (or root's) that no one else can read or write, as ssh trusts a
//! private key file: a key file another user made or can read would seal a
//! keystore under a key they know.

use std::os::unix::fs::chown;
use std::path::Path;
use std::time::Duration;

use crate::common::*;

/// The message for a secret file of `what` at `path` with mode 0644.
fn too_open(what: &str, path: &Path) -> String {
    format!(
        "kms-local: {what} '{0}': permissions 0644 are too open; it must not be readable or \
         writable by others (chmod 600 {0})\n",
        path.display()
    )
}

/// The message for a secret file of `what` at `path` owned by nobody.
fn not_yours(what: &str, path: &Path) -> String {
    format!(
        "kms-local: {what} '{}': it is owned by uid {NOBODY}, not by you (uid 0) or root; \
         replace it with a file of your own\n",
        path.display()
    )
}

/// Runs `args` with the secret file at `path` first at mode 0644, then
/// (as root) owned by nobody: both are refused with `what` named. The file
/// is left as it was, mode 0600 and yours.
fn refused_unless_private(env: &TestEnv, what: &str, path: &Path, args: &[&str]) {
    set_mode(path, 0o644);
    assert_eq!(env.fails(253, args), too_open(what, path), "{args:?}");
    set_mode(path, 0o600);
    if is_root() {
        chown(path, Some(NOBODY), Some(NOBODY)).unwrap();
        assert_eq!(env.fails(253, args), not_yours(what, path), "{args:?}");
        chown(path, Some(0), Some(0)).unwrap();
    }
}

#[test]
fn a_master_key_file_others_can_read_or_own_is_refused() {
    let env = TestEnv::bare();
    let key_file = env.path("keys/master.key");
    let flag = ["--master-key-file", key_file.to_str().unwrap()];
    env.ok(&["init", flag[0], flag[1]]);
    let key = env.create_key_with(&flag);
    let before = env.keystore_bytes();
    let read = [
        "generate-data-key",
        "--key-id",
        &key,
        "--key-spec",
        "AES_256",
        flag[0],
        flag[1],
    ];
    refused_unless_private(
        &env,
        "master key file",
        &key_file,
        &["create-key", flag[0], flag[1]],
    );
    refused_unless_private(&env, "master key file", &key_file, &read);
    assert_eq!(env.keystore_bytes(), before);
    // Mode 0600 and yours: trusted again.
    env.generate(&key, &flag);
    // A new keystore is not sealed under a key others can read.
    let fresh = TestEnv::bare();
    let shared = fresh.path("shared.key");
    write_private(&shared, format!("{MASTER_KEY}\n"));
    refused_unless_private(
        &fresh,
        "master key file",
        &shared,
        &["init", "--master-key-file", shared.to_str().unwrap()],
    );
    assert!(!fresh.keystore().exists());
}

#[test]
fn a_passphrase_file_others_can_read_or_own_is_refused() {
    let env = TestEnv::bare();
    let pass = env.path("pass.txt");
    write_private(&pass, "correct horse battery staple\n");
    let flag = ["--passphrase-file", pass.to_str().unwrap()];
    env.ok(&["init", "--passphrase", flag[0], flag[1]]);
    let before = env.keystore_bytes();
    refused_unless_private(
        &env,
        "passphrase file",
        &pass,
        &["create-key", flag[0], flag[1]],
    );
    assert_eq!(env.keystore_bytes(), before);
    env.create_key_with(&flag);
    // Nor is a new keystore sealed under a passphrase others can read.
    let fresh = TestEnv::bare();
    refused_unless_private(
        &fresh,
        "passphrase file",
        &pass,
        &["init", "--passphrase", flag[0], flag[1]],
    );
    assert!(!fresh.keystore().exists());
}

#[test]
fn bundle_key_and_passphrase_files_others_can_read_or_own_are_refused() {
    let dev = TestEnv::new();
    dev.create_key();
    let key_file = dev.path("team.key");
    write_private(&key_file, format!("{MASTER_KEY}\n"));
    let bundle = dev.path("team.keys");
    let export = [
        "export-keys",
        "--file",
        bundle.to_str().unwrap(),
        "--bundle-key-file",
        key_file.to_str().unwrap(),
    ];
    refused_unless_private(&dev, "bundle key file", &key_file, &export);
    assert!(!bundle.exists());
    dev.ok(&export);
    let ci = TestEnv::new();
    let import = [
        "import-keys",
        "--file",
        bundle.to_str().unwrap(),
        "--bundle-key-file",
        key_file.to_str().unwrap(),
    ];
    refused_unless_private(&ci, "bundle key file", &key_file, &import);
    ci.ok(&import);
    let pass = dev.path("team.pass");
    write_private(&pass, "shared\n");
    let by_pass = dev.path("by-pass.keys");
    refused_unless_private(
        &dev,
        "bundle passphrase file",
        &pass,
        &[
            "export-keys",
            "--file",
            by_pass.to_str().unwrap(),
            "--bundle-passphrase-file",
            pass.to_str().unwrap(),
        ],
    );
    assert!(!by_pass.exists());
}

#[test]
fn a_master_key_file_that_is_a_device_or_too_long_is_refused_at_once() {
    let env = TestEnv::new();
    let key = env.create_key();
    let env = env.without("KMS_LOCAL_MASTER_KEY");
    let (code, stderr, took) = run_bounded(
        &env,
        &[
            "describe-key",
            "--key-id",
            &key,
            "--master-key-file",
            "/dev/zero",
        ],
    );
    assert_eq!(code, Some(253), "{stderr}");
    assert_eq!(
        stderr,
        "kms-local: master key file '/dev/zero': it is a character device, not a regular file\n"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
    // A regular file longer than any key file.
    let long = env.path("long.key");
    write_private(&long, format!("{MASTER_KEY}\n").repeat(40));
    let stderr = env.fails(
        253,
        &[
            "describe-key",
            "--key-id",
            &key,
            "--master-key-file",
            long.to_str().unwrap(),
        ],
    );
    assert_eq!(
        stderr,
        format!(
            "kms-local: master key file '{}': it is longer than 1024 bytes, the most kms-local \
             reads from such a file\n",
            long.display()
        )
    );
}

#[test]
fn a_passphrase_file_longer_than_64_kib_is_refused() {
    let env = TestEnv::bare().with(&[("KMS_LOCAL_PASSPHRASE", "right")]);
    env.ok(&["init", "--passphrase"]);
    let env = env.without("KMS_LOCAL_PASSPHRASE");
    let long = env.path("long.pass");
    write_private(&long, "x".repeat(64 * 1024 + 1));
    let (code, stderr, _) = run_bounded(
        &env,
        &["create-key", "--passphrase-file", long.to_str().unwrap()],
    );
    assert_eq!(code, Some(253), "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "kms-local: passphrase file '{}': it is longer than 65536 bytes, the most kms-local \
             reads from such a file\n",
            long.display()
        )
    );
    // A device is not a passphrase file; a pipe is.
    let (code, stderr, _) = run_bounded(&env, &["create-key", "--passphrase-file", "/dev/zero"]);
    assert_eq!(code, Some(253), "{stderr}");
    assert!(
        stderr.ends_with("it is a character device, not a regular file\n"),
        "{stderr}"
    );
    env.cmd()
        .args(["create-key", "--passphrase-file", "/dev/stdin"])
        .write_stdin("right\n")
        .assert()
        .success();
}
