//! Sign, Verify, GetPublicKey, GenerateMac and VerifyMac through the binary,
//! each signature and MAC checked by OpenSSL: an implementation that is not
//! kms-local's. (ML-DSA, which OpenSSL 3.0 lacks, is checked by Python's
//! `cryptography` in tests/clients/test_asymmetric.py.)

use std::path::Path;

use serde_json::{Value, json};
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::common::*;

const MESSAGE: &[u8] = b"release v1.2.3, built by CI";

/// The key's public key as a PEM file, converted by OpenSSL from the DER
/// that get-public-key prints.
fn public_pem(env: &TestEnv, key: &str, name: &str) -> String {
    let der = env.path(&format!("{name}.der"));
    let pem = env.path(&format!("{name}.pem"));
    let printed = env.ok(&[
        "get-public-key",
        "--key-id",
        key,
        "--query",
        "PublicKey",
        "--output",
        "text",
    ]);
    std::fs::write(&der, unb64(printed.trim_end())).unwrap();
    let (ok, text) = openssl(&[
        "pkey",
        "-pubin",
        "-inform",
        "DER",
        "-in",
        path(&der),
        "-out",
        path(&pem),
    ]);
    assert!(ok, "OpenSSL does not read the public key of {name}: {text}");
    path(&pem).to_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn sign(env: &TestEnv, key: &str, algorithm: &str, message_type: &str, message: &[u8]) -> Vec<u8> {
    let text = env.ok(&[
        "sign",
        "--key-id",
        key,
        "--signing-algorithm",
        algorithm,
        "--message-type",
        message_type,
        "--message",
        &b64(message),
        "--query",
        "Signature",
        "--output",
        "text",
    ]);
    unb64(text.trim_end())
}

/// OpenSSL's verdict on `signature` over MESSAGE.
fn openssl_verifies(env: &TestEnv, pem: &str, algorithm: &str, signature: &[u8]) -> bool {
    let sig = env.path("sig.bin");
    let msg = env.path("msg.bin");
    std::fs::write(&sig, signature).unwrap();
    std::fs::write(&msg, MESSAGE).unwrap();
    let hash = ["256", "384", "512"]
        .into_iter()
        .find(|h| algorithm.ends_with(h))
        .map(|h| format!("-sha{h}"));
    let mut args: Vec<String> = Vec::new();
    match algorithm {
        "ED25519_SHA_512" => args.extend(
            [
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                pem,
                "-rawin",
                "-in",
                path(&msg),
                "-sigfile",
                path(&sig),
            ]
            .map(str::to_owned),
        ),
        "SM2DSA" => args.extend(
            [
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                pem,
                "-rawin",
                "-digest",
                "sm3",
                "-pkeyopt",
                "distid:1234567812345678",
                "-in",
                path(&msg),
                "-sigfile",
                path(&sig),
            ]
            .map(str::to_owned),
        ),
        _ => {
            args.extend([
                "dgst".to_owned(),
                hash.unwrap(),
                "-verify".to_owned(),
                pem.to_owned(),
            ]);
            if algorithm.starts_with("RSASSA_PSS") {
                let salt = algorithm
                    .rsplit('_')
                    .next()
                    .unwrap()
                    .parse::<usize>()
                    .unwrap()
                    / 8;
                args.extend(["-sigopt", "rsa_padding_mode:pss", "-sigopt"].map(str::to_owned));
                args.push(format!("rsa_pss_saltlen:{salt}"));
            }
            args.extend(["-signature", path(&sig), path(&msg)].map(str::to_owned));
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    openssl(&args).0
}

fn digest(algorithm: &str, message: &[u8]) -> Vec<u8> {
    if algorithm.ends_with("384") {
        Sha384::digest(message).to_vec()
    } else if algorithm.ends_with("512") {
        Sha512::digest(message).to_vec()
    } else {
        Sha256::digest(message).to_vec()
    }
}

#[test]
fn every_signature_verifies_with_openssl() {
    let env = TestEnv::new();
    for spec in [
        "ECC_NIST_P256",
        "ECC_NIST_P384",
        "ECC_NIST_P521",
        "ECC_SECG_P256K1",
        "ECC_NIST_EDWARDS25519",
        "RSA_2048",
        "SM2",
    ] {
        let key = env.create_key_with(&["--key-spec", spec, "--key-usage", "SIGN_VERIFY"]);
        let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
        let algorithms = described.key_metadata.signing_algorithms.unwrap();
        let pem = public_pem(&env, &key, spec);
        for algorithm in &algorithms {
            if algorithm == "ED25519_PH_SHA_512" {
                // OpenSSL 3.0 has no command for Ed25519ph: pycryptodome
                // checks it in tests/clients/test_asymmetric.py.
                continue;
            }
            let raw = sign(&env, &key, algorithm, "RAW", MESSAGE);
            assert!(
                openssl_verifies(&env, &pem, algorithm, &raw),
                "{spec} {algorithm} RAW"
            );
            // Ed25519 takes RAW only; SM2's DIGEST is SM3(Z || M), its
            // distinguishing ID's digest, which these tests cannot make.
            if algorithm == "ED25519_SHA_512" || algorithm == "SM2DSA" {
                continue;
            }
            // A signature over the digest is one over the message.
            let over_digest = sign(&env, &key, algorithm, "DIGEST", &digest(algorithm, MESSAGE));
            assert!(
                openssl_verifies(&env, &pem, algorithm, &over_digest),
                "{spec} {algorithm} DIGEST"
            );
            // kms-local verifies its own, with either message type.
            env.ok(&[
                "verify",
                "--key-id",
                &key,
                "--signing-algorithm",
                algorithm,
                "--message",
                &b64(MESSAGE),
                "--signature",
                &b64(&over_digest),
            ]);
        }
    }
}

/// One Verify request a line, for `batch`.
fn verify_line(key: &str, algorithm: &str, signature: &[u8]) -> String {
    json!({
        "Operation": "Verify", "KeyId": key, "SigningAlgorithm": algorithm,
        "Message": b64(MESSAGE), "Signature": b64(signature),
    })
    .to_string()
}

#[test]
fn a_tampered_signature_is_refused_with_awss_exception() {
    let env = TestEnv::new();
    for (spec, algorithm) in [
        ("ECC_NIST_P256", "ECDSA_SHA_256"),
        ("ECC_NIST_EDWARDS25519", "ED25519_SHA_512"),
        ("RSA_2048", "RSASSA_PSS_SHA_256"),
        ("ML_DSA_44", "ML_DSA_SHAKE_256"),
    ] {
        let key = env.create_key_with(&["--key-spec", spec, "--key-usage", "SIGN_VERIFY"]);
        let signature = sign(&env, &key, algorithm, "RAW", MESSAGE);
        // Every byte flipped, and the signature cut short and lengthened.
        let mut lines = vec![verify_line(&key, algorithm, &signature)];
        for i in 0..signature.len() {
            let mut bad = signature.clone();
            bad[i] ^= 0x01;
            lines.push(verify_line(&key, algorithm, &bad));
        }
        lines.push(verify_line(
            &key,
            algorithm,
            &signature[..signature.len() - 1],
        ));
        lines.push(verify_line(
            &key,
            algorithm,
            &[signature.as_slice(), &[0]].concat(),
        ));
        let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let out = env.cmd().arg("batch").write_stdin(input).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let responses: Vec<Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(responses.len(), lines.len());
        assert_eq!(responses[0]["SignatureValid"], true, "{spec}");
        for (i, response) in responses.iter().enumerate().skip(1) {
            assert_eq!(
                response["Error"]["Code"], "KMSInvalidSignatureException",
                "{spec}, change {i}: {response}"
            );
            assert_eq!(response["Error"]["Message"], "", "{spec}");
        }
    }
}

#[test]
fn requests_that_do_not_fit_the_key_get_awss_errors_and_change_nothing() {
    let env = TestEnv::new();
    let p521 = env.create_key_with(&["--key-spec", "ECC_NIST_P521", "--key-usage", "SIGN_VERIFY"]);
    let symmetric = env.create_key();
    let ed = env.create_key_with(&[
        "--key-spec",
        "ECC_NIST_EDWARDS25519",
        "--key-usage",
        "SIGN_VERIFY",
    ]);
    let before = env.keystore_bytes();
    let sign_args = |key: &str, algorithm: &str, message_type: &str, message: &[u8]| {
        vec![
            "sign".to_owned(),
            "--key-id".into(),
            key.into(),
            "--signing-algorithm".into(),
            algorithm.into(),
            "--message-type".into(),
            message_type.into(),
            "--message".into(),
            b64(message),
        ]
    };
    let cases: Vec<(Vec<String>, &str, &str, String)> = vec![
        (
            sign_args(&p521, "ECDSA_SHA_256", "RAW", MESSAGE),
            "InvalidKeyUsageException",
            "Sign",
            "Algorithm ECDSA_SHA_256 is incompatible with key spec ECC_NIST_P521.".into(),
        ),
        (
            sign_args(&p521, "ECDSA_SHA_512", "DIGEST", &[0; 32]),
            "ValidationException",
            "Sign",
            "Digest is invalid length for algorithm ECDSA_SHA_512.".into(),
        ),
        (
            sign_args(&symmetric, "ECDSA_SHA_256", "RAW", MESSAGE),
            "InvalidKeyUsageException",
            "Sign",
            format!(
                "{} key usage is ENCRYPT_DECRYPT which is not valid for Sign.",
                arn(&symmetric)
            ),
        ),
        (
            sign_args(&p521, "ECDSA_SHA_512", "RAW", &[7; 4097]),
            "ValidationException",
            "Sign",
            "1 validation error detected: Value at 'message' failed to satisfy constraint: \
             Member must have length less than or equal to 4096"
                .into(),
        ),
        (
            sign_args(&ed, "ED25519_SHA_512", "DIGEST", &[0; 64]),
            "ValidationException",
            "Sign",
            "ED25519_SHA_512 signing algorithm requires RAW message type.".into(),
        ),
        (
            sign_args(&p521, "ECDSA_SHA_999", "RAW", MESSAGE),
            "ValidationException",
            "Sign",
            "1 validation error detected: Value 'ECDSA_SHA_999' at 'signingAlgorithm' failed to \
             satisfy constraint: Member must satisfy enum value set: [RSASSA_PSS_SHA_256, \
             RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, \
             RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, \
             ECDSA_SHA_512, SM2DSA, ML_DSA_SHAKE_256, ED25519_SHA_512, ED25519_PH_SHA_512]"
                .into(),
        ),
        (
            vec![
                "get-public-key".into(),
                "--key-id".into(),
                symmetric.clone(),
            ],
            "UnsupportedOperationException",
            "GetPublicKey",
            format!(
                "{} is not an asymmetric KMS key: it has no public key.",
                arn(&symmetric)
            ),
        ),
        (
            vec![
                "encrypt".into(),
                "--key-id".into(),
                p521.clone(),
                "--plaintext".into(),
                b64(b"x"),
            ],
            "InvalidKeyUsageException",
            "Encrypt",
            format!(
                "{} key usage is SIGN_VERIFY which is not valid for Encrypt.",
                arn(&p521)
            ),
        ),
        (
            vec![
                "generate-data-key".into(),
                "--key-id".into(),
                p521.clone(),
                "--key-spec".into(),
                "AES_256".into(),
            ],
            "InvalidKeyUsageException",
            "GenerateDataKey",
            format!(
                "{} key usage is SIGN_VERIFY which is not valid for GenerateDataKey.",
                arn(&p521)
            ),
        ),
        (
            vec![
                "enable-key-rotation".into(),
                "--key-id".into(),
                p521.clone(),
            ],
            "UnsupportedOperationException",
            "EnableKeyRotation",
            String::new(),
        ),
        (
            vec!["rotate-key-on-demand".into(), "--key-id".into(), ed.clone()],
            "UnsupportedOperationException",
            "RotateKeyOnDemand",
            String::new(),
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
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a refused request changed the keystore"
    );
    // A disabled key signs nothing.
    env.ok(&["disable-key", "--key-id", &p521]);
    let args = sign_args(&p521, "ECDSA_SHA_512", "RAW", MESSAGE);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.kms_error("DisabledException", "Sign", &args);
}

/// The HMAC key of `key`, read through the library as the HSM holds it.
fn hmac_key(env: &TestEnv, key: &str) -> Vec<u8> {
    use kms_local::hsm::Hsm;
    use kms_local::keystore::Keystore;
    use kms_local::keystore::kek::KekSources;
    let sources = KekSources {
        master_key: Some(zeroize::Zeroizing::new(MASTER_KEY.to_owned())),
        ..KekSources::default()
    };
    let id = kms_local::keystore::state::KeyAddr {
        scope: kms_local::keystore::state::ScopeId::HOME,
        id: key.parse().unwrap(),
    };
    let mut material = Vec::new();
    Keystore::new(env.keystore(), sources, "us-east-1".into())
        .unwrap()
        .read(|state| {
            let record = state.keys.get(&id)?.unwrap();
            let bk = record.current().unwrap();
            material = Hsm::new(&state.domain_keys)
                .export_material(&bk.wrapped(&id, record.key_spec))?
                .expose()
                .to_vec();
            Ok(())
        })
        .unwrap();
    material
}

#[test]
fn macs_equal_openssls_and_a_wrong_one_is_refused() {
    let env = TestEnv::new();
    for (spec, algorithm, digest, len) in [
        ("HMAC_224", "HMAC_SHA_224", "sha224", 28),
        ("HMAC_256", "HMAC_SHA_256", "sha256", 32),
        ("HMAC_384", "HMAC_SHA_384", "sha384", 48),
        ("HMAC_512", "HMAC_SHA_512", "sha512", 64),
    ] {
        let key = env.create_key_with(&["--key-spec", spec, "--key-usage", "GENERATE_VERIFY_MAC"]);
        let described: CreateKey = env.json(&["describe-key", "--key-id", &key]);
        assert_eq!(described.key_metadata.mac_algorithms.unwrap(), [algorithm]);
        assert!(described.key_metadata.current_key_material_id.is_none());
        let mac_text = env.ok(&[
            "generate-mac",
            "--key-id",
            &key,
            "--mac-algorithm",
            algorithm,
            "--message",
            &b64(MESSAGE),
            "--query",
            "Mac",
            "--output",
            "text",
        ]);
        let mac = unb64(mac_text.trim_end());
        assert_eq!(mac.len(), len);
        let secret = hmac_key(&env, &key);
        assert_eq!(secret.len(), len, "an HMAC key is as long as its hash");
        let msg = env.path("msg.bin");
        std::fs::write(&msg, MESSAGE).unwrap();
        let (ok, text) = openssl(&[
            "dgst",
            &format!("-{digest}"),
            "-mac",
            "HMAC",
            "-macopt",
            &format!("hexkey:{}", hex::encode(&secret)),
            "-binary",
            "-out",
            path(&env.path("mac.bin")),
            path(&msg),
        ]);
        assert!(ok, "{text}");
        assert_eq!(std::fs::read(env.path("mac.bin")).unwrap(), mac, "{spec}");
        let verified: Value = env.json(&[
            "verify-mac",
            "--key-id",
            &key,
            "--mac-algorithm",
            algorithm,
            "--message",
            &b64(MESSAGE),
            "--mac",
            mac_text.trim_end(),
        ]);
        assert_eq!(verified["MacValid"], true);
        let mut bad = mac.clone();
        bad[0] ^= 0x80;
        assert_eq!(
            env.kms_error(
                "KMSInvalidMacException",
                "VerifyMac",
                &[
                    "verify-mac",
                    "--key-id",
                    &key,
                    "--mac-algorithm",
                    algorithm,
                    "--message",
                    &b64(MESSAGE),
                    "--mac",
                    &b64(&bad),
                ],
            ),
            ""
        );
    }
    let hmac224 = env.create_key_with(&[
        "--key-spec",
        "HMAC_224",
        "--key-usage",
        "GENERATE_VERIFY_MAC",
    ]);
    assert_eq!(
        env.kms_error(
            "InvalidKeyUsageException",
            "GenerateMac",
            &[
                "generate-mac",
                "--key-id",
                &hmac224,
                "--mac-algorithm",
                "HMAC_SHA_256",
                "--message",
                &b64(MESSAGE),
            ],
        ),
        "Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224."
    );
}

#[test]
fn new_keys_survive_a_domain_key_rotation_and_keystore_verify() {
    let env = TestEnv::new();
    let signer =
        env.create_key_with(&["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"]);
    let hmac = env.create_key_with(&[
        "--key-spec",
        "HMAC_256",
        "--key-usage",
        "GENERATE_VERIFY_MAC",
    ]);
    let public_key = env.ok(&[
        "get-public-key",
        "--key-id",
        &signer,
        "--query",
        "PublicKey",
    ]);
    let mac = |env: &TestEnv| {
        env.ok(&[
            "generate-mac",
            "--key-id",
            &hmac,
            "--mac-algorithm",
            "HMAC_SHA_256",
            "--message",
            &b64(MESSAGE),
            "--query",
            "Mac",
        ])
    };
    let before = mac(&env);
    env.ok(&["rotate", "--domain"]);
    let verified: Value = env.json(&["keystore", "verify"]);
    assert_eq!(verified["Problems"], json!([]), "{verified}");
    assert_eq!(
        mac(&env),
        before,
        "the HMAC key is the same after its EKT was re-wrapped"
    );
    assert_eq!(
        env.ok(&[
            "get-public-key",
            "--key-id",
            &signer,
            "--query",
            "PublicKey"
        ]),
        public_key
    );
    let signature = sign(&env, &signer, "ECDSA_SHA_256", "RAW", MESSAGE);
    let pem = public_pem(&env, &signer, "after-rotation");
    assert!(openssl_verifies(&env, &pem, "ECDSA_SHA_256", &signature));
}

#[test]
fn dry_run_checks_everything_then_answers_dry_run_operation() {
    let env = TestEnv::new();
    let signer =
        env.create_key_with(&["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"]);
    let hmac = env.create_key_with(&[
        "--key-spec",
        "HMAC_256",
        "--key-usage",
        "GENERATE_VERIFY_MAC",
    ]);
    let symmetric = env.create_key();
    let message = b64(MESSAGE);
    let dry = "The request would have succeeded, but the DryRun option is set.";
    let cases: [(&str, Vec<&str>); 3] = [
        (
            "Sign",
            vec![
                "sign",
                "--key-id",
                &signer,
                "--signing-algorithm",
                "ECDSA_SHA_256",
                "--message",
                &message,
            ],
        ),
        (
            "GenerateMac",
            vec![
                "generate-mac",
                "--key-id",
                &hmac,
                "--mac-algorithm",
                "HMAC_SHA_256",
                "--message",
                &message,
            ],
        ),
        (
            "GenerateDataKeyPair",
            vec![
                "generate-data-key-pair",
                "--key-id",
                &symmetric,
                "--key-pair-spec",
                "ECC_NIST_P256",
            ],
        ),
    ];
    for (operation, mut args) in cases {
        args.push("--dry-run");
        assert_eq!(
            env.kms_error("DryRunOperationException", operation, &args),
            dry
        );
    }
    // A request that would fail fails as it would without DryRun.
    env.kms_error(
        "InvalidKeyUsageException",
        "Sign",
        &[
            "sign",
            "--key-id",
            &signer,
            "--signing-algorithm",
            "ECDSA_SHA_384",
            "--message",
            &message,
            "--dry-run",
        ],
    );
}
