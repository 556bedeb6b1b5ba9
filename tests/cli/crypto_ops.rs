//! Encrypt, GenerateDataKeyWithoutPlaintext, GenerateRandom and DescribeCiphertext.

use serde::Deserialize;

use crate::common::*;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Encrypted {
    ciphertext_blob: String,
    key_id: String,
    encryption_algorithm: String,
}

#[test]
fn encrypt_takes_1_to_4096_bytes() {
    let env = TestEnv::new();
    let key = env.create_key();
    for len in [1usize, 4096] {
        let plaintext = vec![0x5a; len];
        let file = env.path("plain.bin");
        std::fs::write(&file, &plaintext).unwrap();
        let out: Encrypted = env.json(&[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            &format!("fileb://{}", file.display()),
            "--encryption-context",
            "k=v",
        ]);
        assert_eq!(out.key_id, arn(&key));
        assert_eq!(out.encryption_algorithm, "SYMMETRIC_DEFAULT");
        assert!(!out.ciphertext_blob.contains(&b64(&plaintext)));
        let back = env.decrypt(&out.ciphertext_blob, &["--encryption-context", "k=v"]);
        assert_eq!(unb64(&back.plaintext), plaintext);
    }
    let big = env.path("big.bin");
    std::fs::write(&big, vec![0; 4097]).unwrap();
    let message = env.kms_error(
        "ValidationException",
        "Encrypt",
        &[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            &format!("fileb://{}", big.display()),
        ],
    );
    assert_eq!(
        message,
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096"
    );
    let empty = env.path("empty.bin");
    std::fs::write(&empty, b"").unwrap();
    env.kms_error(
        "ValidationException",
        "Encrypt",
        &[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            &format!("fileb://{}", empty.display()),
        ],
    );
    // Base64 on the command line, as aws CLI v2 takes it.
    let out: Encrypted = env.json(&["encrypt", "--key-id", &key, "--plaintext", &b64(b"hello")]);
    assert_eq!(
        unb64(&env.decrypt(&out.ciphertext_blob, &[]).plaintext),
        b"hello"
    );
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct WithoutPlaintext {
    ciphertext_blob: String,
    key_id: String,
    key_material_id: String,
}

#[test]
fn generate_data_key_without_plaintext_returns_only_the_blob() {
    let env = TestEnv::new();
    let key = env.create_key();
    let out: WithoutPlaintext = env.json(&[
        "generate-data-key-without-plaintext",
        "--key-id",
        &key,
        "--key-spec",
        "AES_128",
        "--encryption-context",
        "a=b",
    ]);
    assert_eq!(out.key_id, arn(&key));
    let back = env.decrypt(&out.ciphertext_blob, &["--encryption-context", "a=b"]);
    assert_eq!(unb64(&back.plaintext).len(), 16);
    assert_eq!(back.key_material_id, out.key_material_id);
    env.kms_error(
        "ValidationException",
        "GenerateDataKeyWithoutPlaintext",
        &[
            "generate-data-key-without-plaintext",
            "--key-id",
            &key,
            "--number-of-bytes",
            "1025",
        ],
    );
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Random {
    plaintext: String,
}

#[test]
fn generate_random_limits() {
    // No keystore is needed, or made.
    let env = TestEnv::new();
    for n in [1usize, 1024] {
        let out: Random = env.json(&["generate-random", "--number-of-bytes", &n.to_string()]);
        assert_eq!(unb64(&out.plaintext).len(), n);
    }
    assert_eq!(
        env.refused_before_sending(&["generate-random", "--number-of-bytes", "0"]),
        "Invalid value for parameter NumberOfBytes, value: 0, valid min value: 1\n"
    );
    env.kms_error(
        "ValidationException",
        "GenerateRandom",
        &["generate-random", "--number-of-bytes", "1025"],
    );
    let missing = env.kms_error(
        "ValidationException",
        "GenerateRandom",
        &["generate-random", "--cli-input-json", "{}"],
    );
    assert_eq!(missing, "NumberOfBytes is required.");
    assert!(!env.keystore().exists());
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Described {
    format_version: u8,
    key_id: String,
    key_material_id: String,
    encryption_context_bound: bool,
    key_material_present: bool,
    plaintext_length: usize,
}

#[test]
fn describe_ciphertext_reads_a_blob_without_its_key() {
    let env = TestEnv::new();
    let key = env.create_key();
    let bound = env.generate(&key, &["--encryption-context", "k=v"]);
    let d: Described = env.json(&[
        "describe-ciphertext",
        "--ciphertext-blob",
        &bound.ciphertext_blob,
    ]);
    assert_eq!(d.format_version, 1);
    assert_eq!(d.key_id, arn(&key));
    assert_eq!(d.key_material_id, bound.key_material_id);
    assert!(d.encryption_context_bound);
    assert!(d.key_material_present);
    assert_eq!(d.plaintext_length, 32);
    let free = env.generate(&key, &[]);
    // Works on a disabled key, and in a keystore that lacks the key.
    env.ok(&["disable-key", "--key-id", &key]);
    let d: Described = env.json(&[
        "describe-ciphertext",
        "--ciphertext-blob",
        &free.ciphertext_blob,
    ]);
    assert!(!d.encryption_context_bound);
    let other = TestEnv::new();
    let d: Described = other.json(&[
        "describe-ciphertext",
        "--ciphertext-blob",
        &free.ciphertext_blob,
    ]);
    assert!(!d.key_material_present);
    let mut bad = unb64(&free.ciphertext_blob);
    bad[2] = 9;
    let message = env.kms_error(
        "InvalidCiphertextException",
        "DescribeCiphertext",
        &["describe-ciphertext", "--ciphertext-blob", &b64(&bad)],
    );
    assert_eq!(message, "blob format version 9 is unknown");
}
