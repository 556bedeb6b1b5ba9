use crate::common::*;

#[test]
fn generate_data_key_matches_aws() {
    let env = TestEnv::new();
    let created: CreateKey = env.json(&["create-key", "--description", "ci secrets"]);
    let key = created.key_metadata.key_id;
    env.alias("alias/ci", &key);
    let stdout = env.ok(&[
        "generate-data-key",
        "--key-id",
        "alias/ci",
        "--number-of-bytes",
        "32",
    ]);
    // Field order of the API model, four-space indent: what `aws kms` prints.
    assert!(
        stdout.starts_with("{\n    \"CiphertextBlob\": \""),
        "{stdout}"
    );
    let fields: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.trim().split('"').nth(1))
        .collect();
    assert_eq!(
        fields,
        ["CiphertextBlob", "Plaintext", "KeyId", "KeyMaterialId"]
    );
    let out: GenerateDataKey = serde_json::from_str(&stdout).unwrap();
    assert_eq!(unb64(&out.plaintext).len(), 32);
    assert_eq!(out.key_id, arn(&key));
    assert_eq!(
        out.key_material_id,
        created.key_metadata.current_key_material_id.unwrap()
    );
    // header (84) + plaintext (32) + tag (16)
    assert_eq!(unb64(&out.ciphertext_blob).len(), 132);
    let back = env.decrypt(&out.ciphertext_blob, &[]);
    assert_eq!(back.plaintext, out.plaintext);
    assert_eq!(back.key_id, arn(&key));
    assert_eq!(back.encryption_algorithm, "SYMMETRIC_DEFAULT");
    assert_eq!(back.key_material_id, out.key_material_id);
}

#[test]
fn every_key_id_form_works_for_cryptographic_operations() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.alias("alias/app/db", &key);
    for form in [
        key.clone(),
        arn(&key),
        "alias/app/db".to_owned(),
        "arn:aws:kms:us-east-1:111122223333:alias/app/db".to_owned(),
    ] {
        let out = env.generate(&form, &[]);
        assert_eq!(out.key_id, arn(&key), "{form}");
        env.decrypt(&out.ciphertext_blob, &["--key-id", &form]);
    }
}

#[test]
fn unknown_and_malformed_key_ids_are_not_found() {
    let env = TestEnv::new();
    env.create_key();
    let gdk = |id: &str| {
        env.kms_error(
            "NotFoundException",
            "GenerateDataKey",
            &["generate-data-key", "--key-id", id, "--key-spec", "AES_256"],
        )
    };
    let unknown = "1234abcd-12ab-34cd-56ef-1234567890ab";
    assert_eq!(
        gdk(unknown),
        format!("Key '{}' does not exist", arn(unknown))
    );
    assert_eq!(
        gdk(&arn(unknown)),
        format!("Key '{}' does not exist", arn(unknown))
    );
    assert_eq!(
        gdk("alias/nope"),
        "Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found."
    );
    assert_eq!(gdk("fake-key-id"), "Invalid keyId 'fake-key-id'");
    assert_eq!(
        gdk("134f2428cec14b25a1ae9048164dba47"),
        "Invalid keyId '134f2428cec14b25a1ae9048164dba47'"
    );
    assert_eq!(
        gdk(&format!("arn:aws:kms:eu-west-1:111122223333:key/{unknown}")),
        "Invalid arn eu-west-1"
    );
    let empty =
        env.refused_before_sending(&["generate-data-key", "--key-id", "", "--key-spec", "AES_256"]);
    assert_eq!(
        empty,
        "Invalid length for parameter KeyId, value: 0, valid min length: 1\n"
    );
}

#[test]
fn data_key_length_limits() {
    let env = TestEnv::new();
    let key = env.create_key();
    let len = |args: &[&str]| {
        let mut all = vec!["generate-data-key", "--key-id", key.as_str()];
        all.extend_from_slice(args);
        unb64(&env.json::<GenerateDataKey>(&all).plaintext).len()
    };
    assert_eq!(len(&["--number-of-bytes", "1"]), 1);
    assert_eq!(len(&["--number-of-bytes", "1024"]), 1024);
    assert_eq!(len(&["--key-spec", "AES_128"]), 16);
    assert_eq!(len(&["--key-spec", "AES_256"]), 32);
    let fail = |args: &[&str]| {
        let mut all = vec!["generate-data-key", "--key-id", key.as_str()];
        all.extend_from_slice(args);
        env.kms_error("ValidationException", "GenerateDataKey", &all)
    };
    // Below the model's minimum, the aws CLI's own check refuses it first.
    let mut below = vec!["generate-data-key", "--key-id", key.as_str()];
    below.extend(["--number-of-bytes", "0"]);
    assert_eq!(
        env.refused_before_sending(&below),
        "Invalid value for parameter NumberOfBytes, value: 0, valid min value: 1\n"
    );
    assert_eq!(
        fail(&["--number-of-bytes", "1025"]),
        "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024"
    );
    let mut negative = vec!["generate-data-key", "--key-id", key.as_str()];
    negative.extend(["--number-of-bytes", "-1"]);
    assert_eq!(
        env.refused_before_sending(&negative),
        "Invalid value for parameter NumberOfBytes, value: -1, valid min value: 1\n"
    );
    let both = "You must specify either the KeySpec or the NumberOfBytes parameter (but not both).";
    assert_eq!(fail(&[]), both);
    assert_eq!(
        fail(&["--number-of-bytes", "32", "--key-spec", "AES_256"]),
        both
    );
    assert!(fail(&["--key-spec", "AES-256"]).contains("Value 'AES-256' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]"));
}

#[test]
fn encryption_context_is_bound_exactly() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &["--encryption-context", "purpose=ci,team=infra"]);
    let blob = made.ciphertext_blob.as_str();
    // Order and notation do not matter.
    for ctx in [
        "team=infra,purpose=ci",
        r#"{"purpose":"ci","team":"infra"}"#,
    ] {
        assert_eq!(
            env.decrypt(blob, &["--encryption-context", ctx]).plaintext,
            made.plaintext
        );
    }
    // Anything else does, with AWS's empty message.
    for ctx in [
        None,
        Some("purpose=ci"),
        Some(r#"{"purpose":"ci","team":"infra "}"#),
        Some("purpose=CI,team=infra"),
        Some("purpose=ci,team=infra,x=y"),
    ] {
        let mut args = vec!["decrypt", "--ciphertext-blob", blob];
        if let Some(ctx) = ctx {
            args.extend(["--encryption-context", ctx]);
        }
        assert_eq!(
            env.kms_error("InvalidCiphertextException", "Decrypt", &args),
            "",
            "{ctx:?}"
        );
    }
}

#[test]
fn context_encoding_is_unambiguous() {
    let env = TestEnv::new();
    let key = env.create_key();
    // {"a":"bc"} and {"ab":"c"} concatenate to the same bytes; they must not match.
    let made = env.generate(&key, &["--encryption-context", r#"{"a":"bc"}"#]);
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--encryption-context",
            r#"{"ab":"c"}"#,
        ],
    );
    env.decrypt(&made.ciphertext_blob, &["--encryption-context", "a=bc"]);
    // a=b differs from {"a":"b "} and from no context; no context equals {}.
    // Shorthand trims the space, as the aws CLI's does: JSON keeps it.
    let made = env.generate(&key, &["--encryption-context", "a=b"]);
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--encryption-context",
            r#"{"a":"b "}"#,
        ],
    );
    env.decrypt(&made.ciphertext_blob, &["--encryption-context", "a=b "]);
    let bare = env.generate(&key, &[]);
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &bare.ciphertext_blob,
            "--encryption-context",
            "a=b",
        ],
    );
    env.decrypt(&bare.ciphertext_blob, &["--encryption-context", "{}"]);
}

#[test]
fn blob_arguments_in_every_form() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let raw = unb64(&made.ciphertext_blob);
    let bin = env.path("blob.bin");
    std::fs::write(&bin, &raw).unwrap();
    let txt = env.path("blob.b64");
    std::fs::write(&txt, format!("{}\n", made.ciphertext_blob)).unwrap();
    let fileb = format!("fileb://{}", bin.display());
    let file = format!("file://{}", txt.display());
    assert_eq!(env.decrypt(&fileb, &[]).plaintext, made.plaintext);
    assert_eq!(env.decrypt(&file, &[]).plaintext, made.plaintext);
    let out = env
        .cmd()
        .args(["decrypt", "--ciphertext-blob", "-"])
        .write_stdin(made.ciphertext_blob.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    let back: Decrypt = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(back.plaintext, made.plaintext);
    let stderr = env.fails(252, &["decrypt", "--ciphertext-blob", "not*base64"]);
    assert_eq!(
        stderr,
        "Error parsing parameter '--ciphertext-blob': Invalid base64\n"
    );
    let stderr = env.fails(
        252,
        &["decrypt", "--ciphertext-blob", "fileb:///no/such/file"],
    );
    // The aws CLI's words, Python's error number and all.
    assert_eq!(
        stderr,
        "Error parsing parameter '--ciphertext-blob': Unable to load paramfile \
         fileb:///no/such/file: [Errno 2] No such file or directory: '/no/such/file'\n"
    );
}

#[test]
fn oversized_blob_is_refused_with_the_aws_limit() {
    let env = TestEnv::new();
    env.create_key();
    let big = env.path("big.bin");
    std::fs::write(&big, vec![0u8; 6145]).unwrap();
    let message = env.kms_error(
        "ValidationException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &format!("fileb://{}", big.display()),
        ],
    );
    assert_eq!(
        message,
        "1 validation error detected: Value at 'ciphertextBlob' failed to satisfy constraint: Member must have length less than or equal to 6144"
    );
}

#[test]
fn tampering_with_any_region_of_a_blob_is_detected() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &["--encryption-context", "k=v"]);
    let good = unb64(&made.ciphertext_blob);
    // (name, offset, exception): key id changes make another (unknown) key.
    let regions = [
        ("magic", 0, "InvalidCiphertextException"),
        ("version", 2, "InvalidCiphertextException"),
        ("flags", 3, "InvalidCiphertextException"),
        ("key id", 10, "NotFoundException"),
        ("backing-key id", 30, "InvalidCiphertextException"),
        ("nonce", 60, "InvalidCiphertextException"),
        ("ciphertext", 90, "InvalidCiphertextException"),
        ("tag", good.len() - 1, "InvalidCiphertextException"),
    ];
    for (name, offset, exception) in regions {
        let mut bad = good.clone();
        bad[offset] ^= 0x01;
        let blob = b64(&bad);
        let out = env.run(&[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "k=v",
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("({exception})")),
            "{name}: {stderr}"
        );
        env.kms_error(
            exception,
            "Decrypt",
            &[
                "decrypt",
                "--ciphertext-blob",
                &blob,
                "--encryption-context",
                "k=v",
            ],
        );
    }
    for len in [0, 1, 3, 50, 84, 100, good.len() - 1] {
        let blob = b64(&good[..len]);
        if len == 0 {
            env.kms_error(
                "ValidationException",
                "Decrypt",
                &["decrypt", "--ciphertext-blob", &blob],
            );
        } else {
            env.kms_error(
                "InvalidCiphertextException",
                "Decrypt",
                &[
                    "decrypt",
                    "--ciphertext-blob",
                    &blob,
                    "--encryption-context",
                    "k=v",
                ],
            );
        }
    }
    let mut longer = good.clone();
    longer.push(0);
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &b64(&longer),
            "--encryption-context",
            "k=v",
        ],
    );
}

#[test]
fn decrypt_key_id_must_name_the_blobs_key() {
    let env = TestEnv::new();
    let a = env.create_key();
    let b = env.create_key();
    env.alias("alias/b", &b);
    let made = env.generate(&a, &[]);
    for other in [b.as_str(), "alias/b"] {
        let message = env.kms_error(
            "IncorrectKeyException",
            "Decrypt",
            &[
                "decrypt",
                "--ciphertext-blob",
                &made.ciphertext_blob,
                "--key-id",
                other,
            ],
        );
        assert_eq!(
            message,
            "The key ID in the request does not identify a CMK that can perform this operation."
        );
    }
    env.kms_error(
        "NotFoundException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--key-id",
            "alias/none",
        ],
    );
    env.decrypt(&made.ciphertext_blob, &["--key-id", &a]);
}

#[test]
fn blob_from_another_keystore_names_an_unknown_key() {
    let one = TestEnv::new();
    let two = TestEnv::new();
    two.create_key();
    let made = one.generate(&one.create_key(), &[]);
    let message = two.kms_error(
        "NotFoundException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &made.ciphertext_blob],
    );
    assert!(
        message.starts_with("Key 'arn:aws:kms:us-east-1:111122223333:key/")
            && message.ends_with("' does not exist"),
        "{message}"
    );
}

#[test]
fn documented_request_json_works_verbatim() {
    let env = TestEnv::new();
    let key = env.create_key();
    let json = format!(
        r#"{{"EncryptionContext": {{"purpose": "ci"}}, "GrantTokens": [], "KeyId": "{key}", "NumberOfBytes": 32}}"#
    );
    let made: GenerateDataKey = env.json(&["generate-data-key", "--cli-input-json", &json]);
    assert_eq!(unb64(&made.plaintext).len(), 32);
    let decrypt_json = format!(
        r#"{{"CiphertextBlob": "{}", "EncryptionContext": {{"purpose": "ci"}}}}"#,
        made.ciphertext_blob
    );
    let back: Decrypt = env.json(&["decrypt", "--cli-input-json", &decrypt_json]);
    assert_eq!(back.plaintext, made.plaintext);
    let stderr = env.fails(
        252,
        &[
            "decrypt",
            "--cli-input-json",
            r#"{"CiphertextBlob": "***"}"#,
        ],
    );
    assert!(stderr.contains("'--cli-input-json'"), "{stderr}");
}

#[test]
fn grant_tokens_are_accepted_within_aws_limits() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.generate(&key, &["--grant-tokens", "t1", "t2"]);
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    let mut args = vec![
        "generate-data-key",
        "--key-id",
        key.as_str(),
        "--number-of-bytes",
        "32",
        "--grant-tokens",
    ];
    args.extend(eleven.iter().map(String::as_str));
    env.kms_error("ValidationException", "GenerateDataKey", &args);
}

#[test]
fn re_encrypt_moves_a_blob_without_printing_the_plaintext() {
    let env = TestEnv::new();
    let a = env.create_key();
    let b = env.create_key();
    let made = env.generate(&a, &["--encryption-context", "stage=old"]);
    let stdout = env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &made.ciphertext_blob,
        "--source-encryption-context",
        "stage=old",
        "--destination-key-id",
        &b,
        "--destination-encryption-context",
        "stage=new",
    ]);
    assert!(!stdout.contains(&made.plaintext));
    let fields: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.trim().split('"').nth(1))
        .collect();
    assert_eq!(
        fields,
        [
            "CiphertextBlob",
            "SourceKeyId",
            "KeyId",
            "SourceEncryptionAlgorithm",
            "DestinationEncryptionAlgorithm",
            "SourceKeyMaterialId",
            "DestinationKeyMaterialId"
        ]
    );
    let moved: ReEncrypt = serde_json::from_str(&stdout).unwrap();
    assert_eq!(moved.source_key_id, arn(&a));
    assert_eq!(moved.key_id, arn(&b));
    assert_eq!(moved.source_encryption_algorithm, "SYMMETRIC_DEFAULT");
    assert_eq!(moved.destination_encryption_algorithm, "SYMMETRIC_DEFAULT");
    assert_eq!(moved.source_key_material_id, made.key_material_id);
    let back = env.decrypt(
        &moved.ciphertext_blob,
        &["--encryption-context", "stage=new"],
    );
    assert_eq!(back.plaintext, made.plaintext);
    assert_eq!(back.key_id, arn(&b));
    assert_eq!(back.key_material_id, moved.destination_key_material_id);
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &moved.ciphertext_blob,
            "--encryption-context",
            "stage=old",
        ],
    );
}

#[test]
fn re_encrypt_errors() {
    let env = TestEnv::new();
    let a = env.create_key();
    let b = env.create_key();
    let made = env.generate(&a, &["--encryption-context", "k=v"]);
    let blob = made.ciphertext_blob.as_str();
    env.kms_error(
        "InvalidCiphertextException",
        "ReEncrypt",
        &[
            "re-encrypt",
            "--ciphertext-blob",
            blob,
            "--destination-key-id",
            &b,
        ],
    );
    env.kms_error(
        "IncorrectKeyException",
        "ReEncrypt",
        &[
            "re-encrypt",
            "--ciphertext-blob",
            blob,
            "--source-encryption-context",
            "k=v",
            "--source-key-id",
            &b,
            "--destination-key-id",
            &b,
        ],
    );
    env.kms_error(
        "NotFoundException",
        "ReEncrypt",
        &[
            "re-encrypt",
            "--ciphertext-blob",
            blob,
            "--source-encryption-context",
            "k=v",
            "--destination-key-id",
            "alias/none",
        ],
    );
    let stderr = env.fails(252, &["re-encrypt", "--ciphertext-blob", blob]);
    assert!(stderr.contains("--destination-key-id"), "{stderr}");
}

#[test]
fn fields_are_validated_before_the_key_is_looked_up() {
    let env = TestEnv::new();
    env.create_key();
    let message = env.kms_error(
        "ValidationException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            "alias/none",
            "--number-of-bytes",
            "1025",
        ],
    );
    assert!(message.contains("numberOfBytes"), "{message}");
}

#[test]
fn only_the_symmetric_algorithm() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    env.decrypt(
        &made.ciphertext_blob,
        &["--encryption-algorithm", "SYMMETRIC_DEFAULT"],
    );
    env.kms_error(
        "InvalidKeyUsageException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--encryption-algorithm",
            "RSAES_OAEP_SHA_256",
        ],
    );
    env.kms_error(
        "ValidationException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--encryption-algorithm",
            "AES",
        ],
    );
}

#[test]
fn exactly_ten_grant_tokens_are_accepted() {
    let env = TestEnv::new();
    let key = env.create_key();
    let ten: Vec<String> = (0..10).map(|i| format!("t{i}")).collect();
    let mut args = vec![
        "generate-data-key",
        "--key-id",
        key.as_str(),
        "--key-spec",
        "AES_256",
        "--grant-tokens",
    ];
    args.extend(ten.iter().map(String::as_str));
    env.json::<GenerateDataKey>(&args);
}

#[test]
fn contexts_from_files_and_malformed_contexts() {
    let env = TestEnv::new();
    let key = env.create_key();
    let file = env.path("ctx.json");
    std::fs::write(&file, r#"{"purpose": "file"}"#).unwrap();
    let from_file = format!("file://{}", file.display());
    let made = env.generate(&key, &["--encryption-context", &from_file]);
    env.decrypt(
        &made.ciphertext_blob,
        &["--encryption-context", "purpose=file"],
    );
    let generate = |context: &str| {
        env.fails(
            252,
            &[
                "generate-data-key",
                "--key-id",
                &key,
                "--key-spec",
                "AES_256",
                "--encryption-context",
                context,
            ],
        )
    };
    // The aws CLI's own checks, before anything is sent: a value that is not
    // a string, or a list where a string belongs.
    for (bad, value, kind) in [(r#"{"a": 1}"#, "1", "int"), ("a=b,c", "['b', 'c']", "list")] {
        assert_eq!(
            generate(bad),
            format!(
                "Parameter validation failed:\nInvalid type for parameter EncryptionContext.a, \
                 value: {value}, type: <class '{kind}'>, valid types: <class 'str'>\n"
            )
        );
    }
    for bad in ["novalue", "a=1,a=2"] {
        let stderr = generate(bad);
        assert!(
            stderr.contains("Error parsing parameter '--encryption-context'"),
            "{bad}: {stderr}"
        );
    }
}

#[test]
fn arns_of_another_account_or_region_are_not_found() {
    let env = TestEnv::new();
    let key = env.create_key();
    env.alias("alias/x", &key);
    let other_account = format!("arn:aws:kms:us-east-1:999999999999:key/{key}");
    env.kms_error(
        "NotFoundException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            &other_account,
            "--key-spec",
            "AES_256",
        ],
    );
    let message = env.kms_error(
        "NotFoundException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            "arn:aws:kms:eu-west-1:111122223333:alias/x",
            "--key-spec",
            "AES_256",
        ],
    );
    assert_eq!(message, "Invalid arn eu-west-1");
}

#[test]
fn re_encrypt_with_the_right_source_key_id() {
    let env = TestEnv::new();
    let a = env.create_key();
    env.alias("alias/a", &a);
    let made = env.generate(&a, &[]);
    let moved: ReEncrypt = env.json(&[
        "re-encrypt",
        "--ciphertext-blob",
        &made.ciphertext_blob,
        "--source-key-id",
        "alias/a",
        "--destination-key-id",
        &a,
    ]);
    assert_eq!(moved.source_key_id, arn(&a));
}

#[test]
fn a_shorthand_context_file_loses_its_final_newline() {
    let env = TestEnv::new();
    let key = env.create_key();
    let file = env.path("ctx.txt");
    std::fs::write(&file, "purpose=ci\n").unwrap();
    let made = env.generate(
        &key,
        &[
            "--encryption-context",
            &format!("file://{}", file.display()),
        ],
    );
    env.decrypt(
        &made.ciphertext_blob,
        &["--encryption-context", "purpose=ci"],
    );
}

#[test]
fn dry_run_checks_everything_then_answers_dry_run_operation() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &["--encryption-context", "a=b"]);
    let expected = "The request would have succeeded, but the DryRun option is set.";
    for (operation, args) in [
        (
            "GenerateDataKey",
            vec![
                "generate-data-key",
                "--key-id",
                &key,
                "--number-of-bytes",
                "32",
                "--dry-run",
            ],
        ),
        (
            "GenerateDataKeyWithoutPlaintext",
            vec![
                "generate-data-key-without-plaintext",
                "--key-id",
                &key,
                "--key-spec",
                "AES_256",
                "--dry-run",
            ],
        ),
        (
            "Encrypt",
            vec![
                "encrypt",
                "--key-id",
                &key,
                "--plaintext",
                "aGk=",
                "--dry-run",
            ],
        ),
        (
            "Decrypt",
            vec![
                "decrypt",
                "--ciphertext-blob",
                &made.ciphertext_blob,
                "--encryption-context",
                "a=b",
                "--dry-run",
            ],
        ),
        (
            "ReEncrypt",
            vec![
                "re-encrypt",
                "--ciphertext-blob",
                &made.ciphertext_blob,
                "--source-encryption-context",
                "a=b",
                "--destination-key-id",
                &key,
                "--dry-run",
            ],
        ),
    ] {
        let message = env.kms_error("DryRunOperationException", operation, &args);
        assert_eq!(message, expected, "{args:?}");
    }
    // The checks still apply: a wrong context is still wrong.
    env.kms_error(
        "InvalidCiphertextException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &made.ciphertext_blob,
            "--dry-run",
        ],
    );
    // In request JSON too, and false runs the request.
    env.kms_error(
        "DryRunOperationException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--cli-input-json",
            &format!(r#"{{"KeyId": "{key}", "NumberOfBytes": 16, "DryRun": true}}"#),
        ],
    );
    env.generate(&key, &["--no-dry-run"]);
    let log: serde_json::Value = env.json(&["audit"]);
    let dry = log["Events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["Result"] == "DryRunOperationException")
        .count();
    assert_eq!(dry, 6);
}
