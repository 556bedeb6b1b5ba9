//! Hostile and oversized input: refused with AWS's limit errors, without
//! reading more than needed, and failed writes that leave the old file whole.

use std::fs::File;
use std::process::Command;

use crate::common::*;

/// A sparse file of `len` bytes: large on paper, cheap on disk.
fn sparse(env: &TestEnv, name: &str, len: u64) -> String {
    let path = env.path(name);
    File::create(&path).unwrap().set_len(len).unwrap();
    path.display().to_string()
}

#[test]
fn a_gibibyte_parameter_file_gets_the_aws_limit_error() {
    let env = TestEnv::new();
    let key = env.create_key();
    let huge = sparse(&env, "huge.bin", 1 << 30);
    let message = env.kms_error(
        "ValidationException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &format!("fileb://{huge}")],
    );
    assert!(
        message.contains("Member must have length less than or equal to 6144"),
        "{message}"
    );
    let message = env.kms_error(
        "ValidationException",
        "Encrypt",
        &[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            &format!("fileb://{huge}"),
        ],
    );
    assert!(
        message.contains("Member must have length less than or equal to 4096"),
        "{message}"
    );
    for args in [
        vec!["decrypt", "--ciphertext-blob", &format!("file://{huge}")],
        vec!["create-key", "--cli-input-json", &format!("file://{huge}")],
        vec![
            "generate-data-key",
            "--key-id",
            &key,
            "--key-spec",
            "AES_256",
            "--encryption-context",
            &format!("file://{huge}"),
        ],
    ] {
        let stderr = env.fails(252, &args);
        assert!(stderr.contains("is longer than"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_context_of_ten_thousand_pairs_is_refused() {
    let env = TestEnv::new();
    let key = env.create_key();
    let pairs: Vec<String> = (0..10_000).map(|i| format!("key{i}=value{i}")).collect();
    let file = env.path("ctx.txt");
    std::fs::write(&file, pairs.join(",")).unwrap();
    let message = env.kms_error(
        "ValidationException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            &key,
            "--key-spec",
            "AES_256",
            "--encryption-context",
            &format!("file://{}", file.display()),
        ],
    );
    assert!(message.contains("'encryptionContext'"), "{message}");
}

#[test]
fn a_hundred_mebibytes_of_garbage_is_not_a_keystore() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("ks")).unwrap();
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(env.keystore(), &garbage).unwrap();
    File::options()
        .write(true)
        .open(env.keystore())
        .unwrap()
        .set_len(100 << 20)
        .unwrap();
    let stderr = env.fails(253, &["create-key"]);
    assert!(
        stderr.contains("this is not a kms-local keystore"),
        "{stderr}"
    );
    let after = std::fs::read(env.keystore()).unwrap();
    assert_eq!(after.len(), 100 << 20);
    assert_eq!(&after[..4096], &garbage[..]);
}

/// Runs the binary through `sh` with a file-size limit of 1 KiB and SIGXFSZ
/// ignored, so that any write past 1 KiB fails as it would on a full disk.
fn with_full_disk(env: &TestEnv, args: &str) -> std::process::Output {
    Command::new("sh")
        .args([
            "-c",
            &format!("trap '' XFSZ; ulimit -f 1; exec {} {args}", bin()),
        ])
        .env_clear()
        .envs(env.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .output()
        .unwrap()
}

#[test]
fn a_write_that_fails_leaves_the_old_keystore_whole() {
    let env = TestEnv::new();
    let key = env.create_key();
    for _ in 0..4 {
        env.create_key();
    }
    let before = env.keystore_bytes();
    assert!(before.len() > 1024);
    let out = with_full_disk(&env, "create-key");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(253), "{stderr}");
    assert!(stderr.contains("write: File too large"), "{stderr}");
    assert_eq!(env.keystore_bytes(), before);
    // No temp file is left behind, and the keystore works as before.
    let files: Vec<_> = std::fs::read_dir(env.path("ks"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    // The keystore, its lock file and its audit log.
    assert_eq!(files.len(), 3, "{files:?}");
    env.generate(&key, &[]);
}

#[test]
fn a_read_only_folder_refuses_writes_and_keeps_the_keystore() {
    let env = TestEnv::new();
    let key = env.create_key();
    let before = env.keystore_bytes();
    let dir = env.path("ks");
    // As root, permissions do not bind, so the command runs as nobody.
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    if root {
        let status = Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(env.dir.path())
            .status()
            .unwrap();
        assert!(status.success());
    }
    let status = Command::new("chmod")
        .arg("0500")
        .arg(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    let run = |args: &[&str]| {
        let mut cmd = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin()]);
            c
        } else {
            Command::new(bin())
        };
        cmd.args(args)
            .env_clear()
            .envs(env.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .output()
            .unwrap()
    };
    let out = run(&["create-key"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(253), "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
    // Reads still work on the read-only copy, and the file is unchanged.
    let out = run(&[
        "generate-data-key",
        "--key-id",
        &key,
        "--key-spec",
        "AES_256",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = Command::new("chmod").arg("0700").arg(&dir).status();
    assert_eq!(env.keystore_bytes(), before);
}
