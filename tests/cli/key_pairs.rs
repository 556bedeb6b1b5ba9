//! Encrypt, Decrypt and ReEncrypt with RSA and SM2 keys, and
//! GenerateDataKeyPair, through the binary and checked against OpenSSL.

use serde_json::Value;

use crate::common::*;

fn file(env: &TestEnv, name: &str) -> String {
    env.path(name).to_str().unwrap().to_owned()
}

/// The key's public key as a PEM file OpenSSL reads.
fn public_pem(env: &TestEnv, key: &str) -> String {
    let printed = env.ok(&[
        "get-public-key",
        "--key-id",
        key,
        "--query",
        "PublicKey",
        "--output",
        "text",
    ]);
    std::fs::write(env.path("pub.der"), unb64(printed.trim_end())).unwrap();
    let pem = file(env, "pub.pem");
    let (ok, text) = openssl(&[
        "pkey",
        "-pubin",
        "-inform",
        "DER",
        "-in",
        &file(env, "pub.der"),
        "-out",
        &pem,
    ]);
    assert!(ok, "{text}");
    pem
}

/// OpenSSL's pkeyutl options for an algorithm.
fn options(algorithm: &str) -> Vec<&'static str> {
    match algorithm {
        "RSAES_OAEP_SHA_1" => vec![
            "-pkeyopt",
            "rsa_padding_mode:oaep",
            "-pkeyopt",
            "rsa_oaep_md:sha1",
        ],
        "RSAES_OAEP_SHA_256" => vec![
            "-pkeyopt",
            "rsa_padding_mode:oaep",
            "-pkeyopt",
            "rsa_oaep_md:sha256",
            "-pkeyopt",
            "rsa_mgf1_md:sha256",
        ],
        _ => vec![],
    }
}

#[test]
fn ciphertexts_made_by_openssl_decrypt_and_kms_locals_round_trip() {
    let env = TestEnv::new();
    let plaintext = b"database password: hunter2";
    for (spec, algorithm) in [
        ("RSA_2048", "RSAES_OAEP_SHA_1"),
        ("RSA_2048", "RSAES_OAEP_SHA_256"),
        ("SM2", "SM2PKE"),
    ] {
        let key = env.create_key_with(&["--key-spec", spec, "--key-usage", "ENCRYPT_DECRYPT"]);
        let pem = public_pem(&env, &key);
        std::fs::write(env.path("pt.bin"), plaintext).unwrap();
        let mut args = vec!["pkeyutl", "-encrypt", "-pubin", "-inkey", &pem];
        let (pt, ct) = (file(&env, "pt.bin"), file(&env, "ct.bin"));
        args.extend(["-in", &pt, "-out", &ct]);
        args.extend(options(algorithm));
        let (ok, text) = openssl(&args);
        assert!(ok, "{text}");
        let decrypted: Value = env.json(&[
            "decrypt",
            "--key-id",
            &key,
            "--encryption-algorithm",
            algorithm,
            "--ciphertext-blob",
            &format!("fileb://{ct}"),
        ]);
        assert_eq!(
            unb64(decrypted["Plaintext"].as_str().unwrap()),
            plaintext,
            "{spec} {algorithm}"
        );
        assert_eq!(decrypted["EncryptionAlgorithm"], algorithm);
        assert_eq!(decrypted["KeyId"], arn(&key));
        assert!(decrypted.get("KeyMaterialId").is_none());

        // kms-local's own ciphertext: bare, randomized, and it decrypts.
        let encrypt = || {
            let out: Value = env.json(&[
                "encrypt",
                "--key-id",
                &key,
                "--encryption-algorithm",
                algorithm,
                "--plaintext",
                &b64(plaintext),
            ]);
            out["CiphertextBlob"].as_str().unwrap().to_owned()
        };
        let (first, second) = (encrypt(), encrypt());
        assert_ne!(first, second);
        if spec == "RSA_2048" {
            assert_eq!(
                unb64(&first).len(),
                256,
                "an RSA ciphertext is the modulus length"
            );
        }
        let back: Value = env.json(&[
            "decrypt",
            "--key-id",
            &key,
            "--encryption-algorithm",
            algorithm,
            "--ciphertext-blob",
            &first,
        ]);
        assert_eq!(unb64(back["Plaintext"].as_str().unwrap()), plaintext);

        // Tampered: AWS's empty InvalidCiphertextException.
        let mut bad = unb64(&first);
        let last = bad.len() - 1;
        bad[last] ^= 1;
        let message = env.kms_error(
            "InvalidCiphertextException",
            "Decrypt",
            &[
                "decrypt",
                "--key-id",
                &key,
                "--encryption-algorithm",
                algorithm,
                "--ciphertext-blob",
                &b64(&bad),
            ],
        );
        assert_eq!(message, "");
    }
}

#[test]
fn asymmetric_encryption_follows_awss_rules() {
    let env = TestEnv::new();
    let rsa = env.create_key_with(&["--key-spec", "RSA_2048", "--key-usage", "ENCRYPT_DECRYPT"]);
    let symmetric = env.create_key();
    let before = env.keystore_bytes();
    let encrypt = |key: &str, extra: &[&str], plaintext: &[u8]| {
        let mut args = vec![
            "encrypt".to_owned(),
            "--key-id".into(),
            key.into(),
            "--plaintext".into(),
            b64(plaintext),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let cases: Vec<(Vec<String>, &str, &str, &str)> = vec![
        (
            encrypt(&rsa, &[], b"x"),
            "InvalidKeyUsageException",
            "Encrypt",
            "Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.",
        ),
        (
            encrypt(
                &rsa,
                &["--encryption-algorithm", "RSAES_OAEP_SHA_1"],
                &[1; 215],
            ),
            "ValidationException",
            "Encrypt",
            "Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger than 214 bytes.",
        ),
        (
            encrypt(
                &rsa,
                &["--encryption-algorithm", "RSAES_OAEP_SHA_256"],
                &[1; 191],
            ),
            "ValidationException",
            "Encrypt",
            "Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.",
        ),
        (
            encrypt(&rsa, &["--encryption-algorithm", "SM2PKE"], b"x"),
            "InvalidKeyUsageException",
            "Encrypt",
            "Algorithm SM2PKE is incompatible with key spec RSA_2048.",
        ),
        (
            encrypt(
                &rsa,
                &[
                    "--encryption-algorithm",
                    "RSAES_OAEP_SHA_1",
                    "--encryption-context",
                    "a=b",
                ],
                b"x",
            ),
            "ValidationException",
            "Encrypt",
            "EncryptionContext is valid only with symmetric encryption KMS keys.",
        ),
        (
            encrypt(
                &symmetric,
                &["--encryption-algorithm", "RSAES_OAEP_SHA_256"],
                b"x",
            ),
            "InvalidKeyUsageException",
            "Encrypt",
            "Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.",
        ),
        (
            vec![
                "generate-data-key-pair".into(),
                "--key-id".into(),
                rsa.clone(),
                "--key-pair-spec".into(),
                "ECC_NIST_P256".into(),
            ],
            "InvalidKeyUsageException",
            "GenerateDataKeyPair",
            "Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.",
        ),
        (
            vec![
                "generate-data-key-pair".into(),
                "--key-id".into(),
                symmetric.clone(),
                "--key-pair-spec".into(),
                "ML_DSA_65".into(),
            ],
            "ValidationException",
            "GenerateDataKeyPair",
            "1 validation error detected: Value 'ML_DSA_65' at 'keyPairSpec' failed to satisfy \
             constraint: Member must satisfy enum value set: [RSA_2048, RSA_3072, RSA_4096, \
             ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, \
             ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024]",
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
    // 214 bytes is the OAEP SHA-1 limit of RSA_2048, and fits.
    env.ok(&encrypt(
        &rsa,
        &["--encryption-algorithm", "RSAES_OAEP_SHA_1"],
        &[1; 214],
    )
    .iter()
    .map(String::as_str)
    .collect::<Vec<_>>());
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a refused request changed the keystore"
    );
}

#[test]
fn re_encrypt_moves_between_symmetric_and_asymmetric_keys() {
    let env = TestEnv::new();
    let rsa = env.create_key_with(&["--key-spec", "RSA_2048", "--key-usage", "ENCRYPT_DECRYPT"]);
    let symmetric = env.create_key();
    let made = env.generate(&symmetric, &["--encryption-context", "app=ci"]);
    let to_rsa: Value = env.json(&[
        "re-encrypt",
        "--ciphertext-blob",
        &made.ciphertext_blob,
        "--source-encryption-context",
        "app=ci",
        "--destination-key-id",
        &rsa,
        "--destination-encryption-algorithm",
        "RSAES_OAEP_SHA_256",
    ]);
    assert_eq!(
        to_rsa["DestinationEncryptionAlgorithm"],
        "RSAES_OAEP_SHA_256"
    );
    assert_eq!(to_rsa["SourceEncryptionAlgorithm"], "SYMMETRIC_DEFAULT");
    assert!(to_rsa.get("SourceKeyMaterialId").is_some());
    assert!(to_rsa.get("DestinationKeyMaterialId").is_none());
    let back: Value = env.json(&[
        "re-encrypt",
        "--ciphertext-blob",
        to_rsa["CiphertextBlob"].as_str().unwrap(),
        "--source-key-id",
        &rsa,
        "--source-encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--destination-key-id",
        &symmetric,
        "--destination-encryption-context",
        "app=cd",
    ]);
    assert!(back.get("SourceKeyMaterialId").is_none());
    let opened = env.decrypt(
        back["CiphertextBlob"].as_str().unwrap(),
        &["--encryption-context", "app=cd"],
    );
    assert_eq!(opened.plaintext, made.plaintext);
}

#[test]
fn data_key_pairs_are_openssl_keys_whose_private_key_decrypts_with_the_context() {
    let env = TestEnv::new();
    let key = env.create_key();
    for (spec, len) in [
        ("RSA_2048", None),
        ("ECC_NIST_P256", Some(138)),
        ("ECC_NIST_P384", Some(185)),
        ("ECC_NIST_P521", Some(241)),
        ("ECC_SECG_P256K1", Some(135)),
        ("ECC_NIST_EDWARDS25519", Some(48)),
        ("SM2", Some(138)),
        ("ML_KEM_768", Some(86)),
    ] {
        let pair: Value = env.json(&[
            "generate-data-key-pair",
            "--key-id",
            &key,
            "--key-pair-spec",
            spec,
            "--encryption-context",
            "purpose=signing",
        ]);
        assert_eq!(pair["KeyPairSpec"], spec);
        assert_eq!(pair["KeyId"], arn(&key));
        let private = unb64(pair["PrivateKeyPlaintext"].as_str().unwrap());
        if let Some(len) = len {
            assert_eq!(private.len(), len, "{spec}");
        }
        // The sealed private key is an ordinary blob of the same key and context.
        let blob = pair["PrivateKeyCiphertextBlob"].as_str().unwrap();
        let opened = env.decrypt(blob, &["--encryption-context", "purpose=signing"]);
        assert_eq!(unb64(&opened.plaintext), private);
        env.kms_error(
            "InvalidCiphertextException",
            "Decrypt",
            &["decrypt", "--ciphertext-blob", blob],
        );
        if spec.starts_with("ML_KEM") {
            continue; // OpenSSL 3.0 has no ML-KEM (tests/clients checks these).
        }
        // OpenSSL reads the private key and derives the same public key.
        std::fs::write(env.path("private.der"), &private).unwrap();
        let (ok, text) = openssl(&[
            "pkey",
            "-inform",
            "DER",
            "-in",
            &file(&env, "private.der"),
            "-pubout",
            "-outform",
            "DER",
            "-out",
            &file(&env, "derived.der"),
        ]);
        assert!(ok, "{spec}: {text}");
        assert_eq!(
            std::fs::read(env.path("derived.der")).unwrap(),
            unb64(pair["PublicKey"].as_str().unwrap()),
            "{spec}"
        );
    }
    let without: Value = env.json(&[
        "generate-data-key-pair-without-plaintext",
        "--key-id",
        &key,
        "--key-pair-spec",
        "ECC_NIST_P256",
    ]);
    assert!(without.get("PrivateKeyPlaintext").is_none());
    let opened = env.decrypt(without["PrivateKeyCiphertextBlob"].as_str().unwrap(), &[]);
    assert_eq!(unb64(&opened.plaintext).len(), 138);
}
