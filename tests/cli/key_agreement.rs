//! DeriveSharedSecret, Encapsulate and Decapsulate through the binary. ECDH
//! secrets are checked against OpenSSL's; SM2, which OpenSSL 3.0 cannot
//! derive with, by symmetry between two kms-local keys (and against an
//! independent implementation in tests/clients/test_key_agreement.py, as is
//! ML-KEM).

use std::path::Path;
use std::process::Command;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::common::*;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct DeriveSharedSecret {
    key_id: String,
    shared_secret: String,
    key_agreement_algorithm: String,
    key_origin: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Encapsulate {
    key_id: String,
    shared_secret: String,
    shared_secret_ciphertext_blob: String,
    encapsulation_algorithm: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Decapsulate {
    key_id: String,
    shared_secret: String,
    encapsulation_algorithm: String,
}

fn openssl(args: &[&str]) -> Vec<u8> {
    let out = Command::new("openssl").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn public_key(env: &TestEnv, key: &str) -> Vec<u8> {
    let text = env.ok(&[
        "get-public-key",
        "--key-id",
        key,
        "--query",
        "PublicKey",
        "--output",
        "text",
    ]);
    unb64(text.trim_end())
}

fn agreement_key(env: &TestEnv, spec: &str) -> String {
    env.create_key_with(&["--key-spec", spec, "--key-usage", "KEY_AGREEMENT"])
}

fn kem_key(env: &TestEnv, spec: &str) -> String {
    env.create_key_with(&["--key-spec", spec, "--key-usage", "ENCAPSULATE_DECAPSULATE"])
}

fn derive_args<'a>(key: &'a str, public_key: &'a str) -> Vec<&'a str> {
    vec![
        "derive-shared-secret",
        "--key-id",
        key,
        "--key-agreement-algorithm",
        "ECDH",
        "--public-key",
        public_key,
    ]
}

fn derive(env: &TestEnv, key: &str, peer_spki: &[u8]) -> DeriveSharedSecret {
    env.json(&derive_args(key, &b64(peer_spki)))
}

#[test]
fn ecdh_secrets_equal_openssls() {
    let env = TestEnv::new();
    for (spec, curve, len) in [
        ("ECC_NIST_P256", "P-256", 32),
        ("ECC_NIST_P384", "P-384", 48),
        ("ECC_NIST_P521", "P-521", 66),
    ] {
        let key = agreement_key(&env, spec);
        let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
        assert_eq!(
            described.key_metadata.key_agreement_algorithms.unwrap(),
            ["ECDH"]
        );
        let kms_der = env.path(&format!("{spec}.der"));
        let kms_pem = env.path(&format!("{spec}.pem"));
        std::fs::write(&kms_der, public_key(&env, &key)).unwrap();
        openssl(&[
            "pkey",
            "-pubin",
            "-inform",
            "DER",
            "-in",
            path(&kms_der),
            "-out",
            path(&kms_pem),
        ]);
        let peer = env.path(&format!("{spec}-peer.pem"));
        let peer_der = env.path(&format!("{spec}-peer.der"));
        openssl(&[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            &format!("ec_paramgen_curve:{curve}"),
            "-out",
            path(&peer),
        ]);
        openssl(&[
            "pkey",
            "-in",
            path(&peer),
            "-pubout",
            "-outform",
            "DER",
            "-out",
            path(&peer_der),
        ]);
        let expected = openssl(&[
            "pkeyutl",
            "-derive",
            "-inkey",
            path(&peer),
            "-peerkey",
            path(&kms_pem),
        ]);
        assert_eq!(expected.len(), len);
        // The peer key from a file, as the aws CLI reads it; the response's
        // members in the API model's order.
        let printed = env.ok(&derive_args(&key, &format!("fileb://{}", path(&peer_der))));
        let order: Vec<usize> = [
            "KeyId",
            "SharedSecret",
            "KeyAgreementAlgorithm",
            "KeyOrigin",
        ]
        .iter()
        .map(|m| printed.find(&format!("\"{m}\"")).unwrap())
        .collect();
        assert!(order.is_sorted(), "{printed}");
        let derived: DeriveSharedSecret = serde_json::from_str(&printed).unwrap();
        assert_eq!(unb64(&derived.shared_secret), expected, "{spec}");
        assert_eq!(derived.key_id, arn(&key));
        assert_eq!(derived.key_agreement_algorithm, "ECDH");
        assert_eq!(derived.key_origin, "AWS_KMS");
        // By alias, the same secret.
        env.alias(&format!("alias/{spec}"), &key);
        let by_alias = derive(
            &env,
            &format!("alias/{spec}"),
            &std::fs::read(&peer_der).unwrap(),
        );
        assert_eq!(by_alias.shared_secret, derived.shared_secret);
    }
}

#[test]
fn sm2_agreement_is_symmetric() {
    let env = TestEnv::new();
    let a = agreement_key(&env, "SM2");
    let b = agreement_key(&env, "SM2");
    let ab = derive(&env, &a, &public_key(&env, &b));
    let ba = derive(&env, &b, &public_key(&env, &a));
    assert_eq!(ab.shared_secret, ba.shared_secret);
    assert_eq!(unb64(&ab.shared_secret).len(), 32);
    // A third key agrees on another secret with each.
    let c = agreement_key(&env, "SM2");
    assert_ne!(
        derive(&env, &c, &public_key(&env, &a)).shared_secret,
        ab.shared_secret
    );
}

#[test]
fn requests_that_do_not_fit_get_awss_errors_and_change_nothing() {
    let env = TestEnv::new();
    let p256 = agreement_key(&env, "ECC_NIST_P256");
    let p384 = agreement_key(&env, "ECC_NIST_P384");
    let sm2 = agreement_key(&env, "SM2");
    let signing =
        env.create_key_with(&["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"]);
    let symmetric = env.create_key();
    let kem = kem_key(&env, "ML_KEM_512");
    let p256_public = b64(&public_key(&env, &p256));
    let p384_public = b64(&public_key(&env, &p384));
    let ed25519 = env.create_key_with(&[
        "--key-spec",
        "ECC_NIST_EDWARDS25519",
        "--key-usage",
        "SIGN_VERIFY",
    ]);
    let ed25519_public = b64(&public_key(&env, &ed25519));
    let before = env.keystore_bytes();
    let derive_with = |key: &str, algorithm: &str, public: &str| -> Vec<String> {
        [
            "derive-shared-secret",
            "--key-id",
            key,
            "--key-agreement-algorithm",
            algorithm,
            "--public-key",
            public,
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let usage = |key: &str, usage: &str, operation: &str| {
        format!(
            "{} key usage is {usage} which is not valid for {operation}.",
            arn(key)
        )
    };
    let other_curve = |spec: &str| {
        format!(
            "The public key must be an elliptic curve public key on the curve of the KMS key's \
             key spec, {spec}."
        )
    };
    let encapsulate = |key: &str, algorithm: &str| -> Vec<String> {
        [
            "encapsulate",
            "--key-id",
            key,
            "--encapsulation-algorithm",
            algorithm,
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let cases: Vec<(Vec<String>, &str, &str, String)> =
        vec![
        (
            derive_with(&signing, "ECDH", &p256_public),
            "InvalidKeyUsageException",
            "DeriveSharedSecret",
            usage(&signing, "SIGN_VERIFY", "DeriveSharedSecret"),
        ),
        (
            derive_with(&symmetric, "ECDH", &p256_public),
            "InvalidKeyUsageException",
            "DeriveSharedSecret",
            usage(&symmetric, "ENCRYPT_DECRYPT", "DeriveSharedSecret"),
        ),
        (
            derive_with(&kem, "ECDH", &p256_public),
            "InvalidKeyUsageException",
            "DeriveSharedSecret",
            usage(&kem, "ENCAPSULATE_DECAPSULATE", "DeriveSharedSecret"),
        ),
        (
            derive_with(&p256, "INVALID", &p256_public),
            "ValidationException",
            "DeriveSharedSecret",
            "1 validation error detected: Value 'INVALID' at 'keyAgreementAlgorithm' failed to \
             satisfy constraint: Member must satisfy enum value set: [ECDH]"
                .into(),
        ),
        (
            derive_with(&p256, "ECDH", &b64(b"not a public key")),
            "ValidationException",
            "DeriveSharedSecret",
            String::new(),
        ),
        (
            derive_with(&p256, "ECDH", &p384_public),
            "ValidationException",
            "DeriveSharedSecret",
            other_curve("ECC_NIST_P256"),
        ),
        (
            derive_with(&p384, "ECDH", &p256_public),
            "ValidationException",
            "DeriveSharedSecret",
            other_curve("ECC_NIST_P384"),
        ),
        (
            derive_with(&sm2, "ECDH", &p256_public),
            "ValidationException",
            "DeriveSharedSecret",
            other_curve("SM2"),
        ),
        (
            derive_with(&p256, "ECDH", &ed25519_public),
            "ValidationException",
            "DeriveSharedSecret",
            other_curve("ECC_NIST_P256"),
        ),
        (
            derive_with(&p256, "ECDH", &b64(&[0x30; 8193])),
            "ValidationException",
            "DeriveSharedSecret",
            "1 validation error detected: Value at 'publicKey' failed to satisfy constraint: \
             Member must have length less than or equal to 8192"
                .into(),
        ),
        (
            [derive_with(&p256, "ECDH", &p256_public), vec!["--dry-run".into()]].concat(),
            "DryRunOperationException",
            "DeriveSharedSecret",
            "The request would have succeeded, but the DryRun option is set.".into(),
        ),
        (
            encapsulate(&p256, "ML_KEM"),
            "InvalidKeyUsageException",
            "Encapsulate",
            usage(&p256, "KEY_AGREEMENT", "Encapsulate"),
        ),
        (
            encapsulate(&kem, "INVALID"),
            "ValidationException",
            "Encapsulate",
            "1 validation error detected: Value 'INVALID' at 'encapsulationAlgorithm' failed to \
             satisfy constraint: Member must satisfy enum value set: [ML_KEM]"
                .into(),
        ),
        (
            [encapsulate(&kem, "ML_KEM"), vec!["--dry-run".into()]].concat(),
            "DryRunOperationException",
            "Encapsulate",
            "The request would have succeeded, but the DryRun option is set.".into(),
        ),
        (
            [
                "decapsulate",
                "--key-id",
                &symmetric,
                "--encapsulation-algorithm",
                "ML_KEM",
                "--shared-secret-ciphertext-blob",
                &b64(&[1; 768]),
            ]
            .map(str::to_owned)
            .to_vec(),
            "InvalidKeyUsageException",
            "Decapsulate",
            usage(&symmetric, "ENCRYPT_DECRYPT", "Decapsulate"),
        ),
    ];
    for (args, exception, operation, message) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_eq!(
            env.kms_error(exception, operation, &args),
            message,
            "{args:?}"
        );
    }
    // Recipient (Nitro Enclaves), which kms-local lacks, is an unknown field:
    // the SerializationException `serve` answers, as the aws CLI sends it.
    let stderr = env.fails(
        254,
        &[
            "derive-shared-secret",
            "--cli-input-json",
            &json!({
                "KeyId": p256, "KeyAgreementAlgorithm": "ECDH", "PublicKey": p256_public,
                "Recipient": {"KeyEncryptionAlgorithm": "RSAES_OAEP_SHA_256"},
            })
            .to_string(),
        ],
    );
    assert!(stderr.contains("unknown field `Recipient`"), "{stderr}");
    // What the aws CLI checks before sending.
    assert_eq!(
        env.refused_before_sending(&[
            "derive-shared-secret",
            "--cli-input-json",
            &json!({"KeyId": p256}).to_string(),
        ]),
        "Missing required parameter in input: \"KeyAgreementAlgorithm\"\n\
         Missing required parameter in input: \"PublicKey\"\n"
    );
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a refused request changed the keystore"
    );
    env.ok(&["disable-key", "--key-id", &p256]);
    env.kms_error(
        "DisabledException",
        "DeriveSharedSecret",
        &derive_args(&p256, &p256_public),
    );
    env.ok(&["disable-key", "--key-id", &kem]);
    env.kms_error(
        "DisabledException",
        "Encapsulate",
        &[
            "encapsulate",
            "--key-id",
            &kem,
            "--encapsulation-algorithm",
            "ML_KEM",
        ],
    );
    env.ok(&["schedule-key-deletion", "--key-id", &sm2]);
    assert_eq!(
        env.kms_error(
            "KMSInvalidStateException",
            "DeriveSharedSecret",
            &derive_args(&sm2, &p256_public),
        ),
        format!("{} is pending deletion.", arn(&sm2))
    );
}

/// One DeriveSharedSecret request a line, for `batch`.
fn derive_line(key: &str, public_key: &[u8]) -> String {
    json!({
        "Operation": "DeriveSharedSecret", "KeyId": key,
        "KeyAgreementAlgorithm": "ECDH", "PublicKey": b64(public_key),
    })
    .to_string()
}

fn batch(env: &TestEnv, lines: &[String]) -> Vec<Value> {
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = env.cmd().arg("batch").write_stdin(input).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panick"), "{stderr}");
    let responses: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(responses.len(), lines.len());
    responses
}

#[test]
fn malformed_peer_keys_are_refused_without_a_panic_and_change_nothing() {
    let env = TestEnv::new();
    for spec in ["ECC_NIST_P256", "ECC_NIST_P521", "SM2"] {
        let key = agreement_key(&env, spec);
        let peer = public_key(&env, &agreement_key(&env, spec));
        let before = env.keystore_bytes();
        let mut lines = vec![derive_line(&key, &peer)];
        // Every truncation, every byte with its low or high bit flipped,
        // and the key with a byte appended.
        for len in 1..peer.len() {
            lines.push(derive_line(&key, &peer[..len]));
        }
        for i in 0..peer.len() {
            for bit in [0x01, 0x80] {
                let mut bad = peer.clone();
                bad[i] ^= bit;
                lines.push(derive_line(&key, &bad));
            }
        }
        lines.push(derive_line(&key, &[peer.as_slice(), &[0]].concat()));
        let responses = batch(&env, &lines);
        let expected = &responses[0]["SharedSecret"];
        assert!(expected.is_string(), "{spec}: {}", responses[0]);
        let mut refused = 0;
        for (i, response) in responses.iter().enumerate().skip(1) {
            if response.get("Error").is_some() {
                assert_eq!(
                    response["Error"]["Code"], "ValidationException",
                    "{spec}, change {i}: {response}"
                );
                refused += 1;
            } else {
                // A flip the DER or the point encoding ignores would have
                // to give a valid key; it must then be a full secret.
                assert!(response["SharedSecret"].is_string(), "{response}");
            }
        }
        assert_eq!(
            refused,
            lines.len() - 1,
            "{spec}: a changed key was accepted"
        );
        assert_eq!(env.keystore_bytes(), before, "{spec}");
    }
}

#[test]
fn ml_kem_secrets_round_trip_and_only_wrong_lengths_fail() {
    let env = TestEnv::new();
    for (spec, public_len, ciphertext_len) in [
        ("ML_KEM_512", 822, 768),
        ("ML_KEM_768", 1206, 1088),
        ("ML_KEM_1024", 1590, 1568),
    ] {
        let key = kem_key(&env, spec);
        let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
        assert_eq!(
            described.key_metadata.encapsulation_algorithms.unwrap(),
            ["ML_KEM"]
        );
        assert_eq!(public_key(&env, &key).len(), public_len);
        let made: Encapsulate = env.json(&[
            "encapsulate",
            "--key-id",
            &key,
            "--encapsulation-algorithm",
            "ML_KEM",
        ]);
        assert_eq!(made.key_id, arn(&key));
        assert_eq!(made.encapsulation_algorithm, "ML_KEM");
        let secret = unb64(&made.shared_secret);
        let ciphertext = unb64(&made.shared_secret_ciphertext_blob);
        assert_eq!(secret.len(), 32);
        assert_eq!(ciphertext.len(), ciphertext_len);
        let decapsulate = |ciphertext: &[u8]| -> Vec<String> {
            [
                "decapsulate",
                "--key-id",
                &key,
                "--shared-secret-ciphertext-blob",
                &b64(ciphertext),
                "--encapsulation-algorithm",
                "ML_KEM",
            ]
            .map(str::to_owned)
            .to_vec()
        };
        let run = |args: Vec<String>| -> Decapsulate {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            env.json(&args)
        };
        let opened = run(decapsulate(&ciphertext));
        assert_eq!(unb64(&opened.shared_secret), secret, "{spec}");
        assert_eq!(opened.key_id, arn(&key));
        assert_eq!(opened.encapsulation_algorithm, "ML_KEM");
        // Another encapsulation: another secret and ciphertext.
        let again: Encapsulate = env.json(&[
            "encapsulate",
            "--key-id",
            &key,
            "--encapsulation-algorithm",
            "ML_KEM",
        ]);
        assert_ne!(again.shared_secret, made.shared_secret);
        assert_ne!(
            again.shared_secret_ciphertext_blob,
            made.shared_secret_ciphertext_blob
        );
        // A flipped byte is implicit rejection: another 32-byte secret, the
        // same one each time, and no error.
        let mut flipped = ciphertext.clone();
        flipped[ciphertext_len / 2] ^= 0x01;
        let rejected = run(decapsulate(&flipped));
        assert_eq!(unb64(&rejected.shared_secret).len(), 32);
        assert_ne!(unb64(&rejected.shared_secret), secret, "{spec}");
        assert_eq!(
            run(decapsulate(&flipped)).shared_secret,
            rejected.shared_secret
        );
        // Another key of the spec: no error, another secret.
        let other = kem_key(&env, spec);
        let elsewhere: Decapsulate = env.json(&[
            "decapsulate",
            "--key-id",
            &other,
            "--shared-secret-ciphertext-blob",
            &b64(&ciphertext),
            "--encapsulation-algorithm",
            "ML_KEM",
        ]);
        assert_ne!(unb64(&elsewhere.shared_secret), secret);
        // Only a length that is not the spec's fails, with AWS's empty message.
        for len in [
            1,
            ciphertext_len - 1,
            ciphertext_len + 1,
            768 + 1088 - ciphertext_len,
        ] {
            let bad = vec![0x5A; len];
            let args = decapsulate(&bad);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            assert_eq!(
                env.kms_error("InvalidCiphertextException", "Decapsulate", &args),
                "",
                "{spec}, {len} bytes"
            );
        }
        let args = decapsulate(&[0; 6145]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_eq!(
            env.kms_error("ValidationException", "Decapsulate", &args),
            "1 validation error detected: Value at 'sharedSecretCiphertextBlob' failed to \
             satisfy constraint: Member must have length less than or equal to 6144"
        );
    }
}
