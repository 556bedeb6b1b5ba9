//! Imported key material (BYOK), with OpenSSL as the independent side: it
//! wraps the material under the public key kms-local hands out, and checks
//! what the imported keys make.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

const NOW: &str = "2026-12-01T00:00:00Z";

/// A key of imported material, and where its wrapping parameters go.
struct External {
    env: TestEnv,
    key: String,
}

impl External {
    fn new(env: TestEnv, flags: &[&str]) -> Self {
        let mut args = vec!["create-key", "--origin", "EXTERNAL"];
        args.extend_from_slice(flags);
        let created: Value = env.json(&args);
        let key = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
        assert_eq!(created["KeyMetadata"]["KeyState"], "PendingImport");
        assert_eq!(created["KeyMetadata"]["Origin"], "EXTERNAL");
        assert_eq!(created["KeyMetadata"]["Enabled"], false);
        External { env, key }
    }

    /// Fetches parameters and writes the token and public key to files.
    fn parameters(&self, algorithm: &str, name: &str) -> (PathBuf, PathBuf) {
        let params: Value = self.env.json(&[
            "get-parameters-for-import",
            "--key-id",
            &self.key,
            "--wrapping-algorithm",
            algorithm,
            "--wrapping-key-spec",
            "RSA_2048",
        ]);
        let token = self.env.path(&format!("{name}.token"));
        let public = self.env.path(&format!("{name}.der"));
        std::fs::write(&token, unb64(params["ImportToken"].as_str().unwrap())).unwrap();
        std::fs::write(&public, unb64(params["PublicKey"].as_str().unwrap())).unwrap();
        (token, public)
    }

    /// Wraps `material` with OpenSSL for `algorithm` and imports it.
    fn import(&self, material: &Path, algorithm: &str, extra: &[&str]) -> Output {
        let (token, public) = self.parameters(algorithm, "import");
        let wrapped = wrap(&public, material, algorithm);
        let mut args = vec![
            "import-key-material".to_owned(),
            "--key-id".into(),
            self.key.clone(),
            "--import-token".into(),
            format!("fileb://{}", token.display()),
            "--encrypted-key-material".into(),
            format!("fileb://{}", wrapped.display()),
        ];
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.env.run(&args)
    }

    fn state(&self) -> Value {
        let described: Value = self.env.json(&["describe-key", "--key-id", &self.key]);
        described["KeyMetadata"].clone()
    }
}

type Output = std::process::Output;

/// `material` wrapped under the DER public key at `public` by OpenSSL, in
/// files named after `material` (so threads with their own files can wrap
/// at once).
pub(crate) fn wrap(public: &Path, material: &Path, algorithm: &str) -> PathBuf {
    let beside = |extension: &str| material.with_extension(extension);
    let out = beside("wrapped");
    let oaep = |input: &Path, output: &Path| {
        let (ok, text) = openssl(&[
            "pkeyutl",
            "-encrypt",
            "-pubin",
            "-keyform",
            "DER",
            "-inkey",
            public.to_str().unwrap(),
            "-in",
            input.to_str().unwrap(),
            "-out",
            output.to_str().unwrap(),
            "-pkeyopt",
            "rsa_padding_mode:oaep",
            "-pkeyopt",
            "rsa_oaep_md:sha256",
            "-pkeyopt",
            "rsa_mgf1_md:sha256",
        ]);
        assert!(ok, "{text}");
    };
    match algorithm {
        "RSAES_OAEP_SHA_256" => oaep(material, &out),
        "RSA_AES_KEY_WRAP_SHA_256" => {
            // A fresh AES key under OAEP, then the material under it (RFC 5649).
            let aes = beside("aes");
            std::fs::write(&aes, [0x5a; 32]).unwrap();
            let head = beside("head");
            oaep(&aes, &head);
            let tail = beside("tail");
            let (ok, text) = openssl(&[
                "enc",
                "-id-aes256-wrap-pad",
                "-K",
                &"5a".repeat(32),
                "-iv",
                "A65959A6",
                "-in",
                material.to_str().unwrap(),
                "-out",
                tail.to_str().unwrap(),
            ]);
            assert!(ok, "{text}");
            let mut both = std::fs::read(head).unwrap();
            both.extend(std::fs::read(tail).unwrap());
            std::fs::write(&out, both).unwrap();
        }
        other => panic!("no wrapping for {other}"),
    }
    out
}

fn ok(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn error(out: &Output, exception: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(254), "{stderr}");
    assert!(stderr.contains(&format!("({exception})")), "{stderr}");
    stderr
}

#[test]
fn imported_symmetric_material_round_trips_and_is_bound_to_its_key() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", NOW)]);
    let ext = External::new(env, &[]);
    let env = &ext.env;
    let material = env.path("material.bin");
    std::fs::write(&material, [7u8; 32]).unwrap();
    let before = env.keystore_bytes();
    // KEY_MATERIAL_EXPIRES, the default, needs a ValidTo.
    let out = ext.import(&material, "RSAES_OAEP_SHA_256", &[]);
    assert!(
        error(&out, "ValidationException")
            .contains("A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES")
    );
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a refused import changed the keystore"
    );

    let made = ok(&ext.import(
        &material,
        "RSAES_OAEP_SHA_256",
        &["--valid-to", "2026-12-31T00:00:00Z"],
    ));
    let material_id = made["KeyMaterialId"].as_str().unwrap().to_owned();
    assert_eq!(material_id.len(), 64);
    let meta = ext.state();
    assert_eq!(meta["KeyState"], "Enabled");
    assert_eq!(meta["ExpirationModel"], "KEY_MATERIAL_EXPIRES");
    assert_eq!(meta["ValidTo"], "2026-12-31T00:00:00+00:00");
    assert_eq!(meta["CurrentKeyMaterialId"], material_id.as_str());
    let blob = env.generate(&ext.key, &[]);

    // Deleted: PendingImport, and nothing decrypts.
    let deleted: Value = env.json(&["delete-imported-key-material", "--key-id", &ext.key]);
    assert_eq!(deleted["KeyMaterialId"], material_id.as_str());
    let meta = ext.state();
    assert_eq!(meta["KeyState"], "PendingImport");
    assert!(meta.get("ExpirationModel").is_none());
    assert_eq!(meta["CurrentKeyMaterialId"], material_id.as_str());
    env.kms_error(
        "KMSInvalidStateException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &blob.ciphertext_blob],
    );
    // Other material is refused; the same material brings the key back.
    let other = env.path("other.bin");
    std::fs::write(&other, [8u8; 32]).unwrap();
    error(
        &ext.import(
            &other,
            "RSA_AES_KEY_WRAP_SHA_256",
            &["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"],
        ),
        "IncorrectKeyMaterialException",
    );
    ok(&ext.import(
        &material,
        "RSA_AES_KEY_WRAP_SHA_256",
        &["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"],
    ));
    assert_eq!(
        env.decrypt(&blob.ciphertext_blob, &[]).plaintext,
        blob.plaintext
    );

    // The same bytes in another key make another key: its id, its material
    // id, and nothing of the first key's decrypts with it.
    let twin = External::new(
        TestEnv::new()
            .with(&[("KMS_LOCAL_KEYSTORE", &env.keystore().display().to_string())])
            .with(&[("KMS_LOCAL_NOW", NOW)]),
        &[],
    );
    let twin_made = ok(&twin.import(
        &material,
        "RSAES_OAEP_SHA_256",
        &["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"],
    ));
    assert_ne!(twin_made["KeyMaterialId"], material_id.as_str());
    env.kms_error(
        "IncorrectKeyException",
        "Decrypt",
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob.ciphertext_blob,
            "--key-id",
            &twin.key,
        ],
    );
    // A token of one key does not import into the other.
    let (token, public) = twin.parameters("RSAES_OAEP_SHA_256", "twin");
    let wrapped = wrap(&public, &material, "RSAES_OAEP_SHA_256");
    let token_arg = format!("fileb://{}", token.display());
    let wrapped_arg = format!("fileb://{}", wrapped.display());
    env.kms_error(
        "InvalidImportTokenException",
        "ImportKeyMaterial",
        &[
            "import-key-material",
            "--key-id",
            &ext.key,
            "--import-token",
            &token_arg,
            "--encrypted-key-material",
            &wrapped_arg,
            "--expiration-model",
            "KEY_MATERIAL_DOES_NOT_EXPIRE",
        ],
    );
    // After 24 hours the token is expired.
    let later = TestEnv::new()
        .with(&[("KMS_LOCAL_KEYSTORE", &env.keystore().display().to_string())])
        .with(&[("KMS_LOCAL_NOW", "2026-12-02T00:00:01Z")]);
    later.kms_error(
        "ExpiredImportTokenException",
        "ImportKeyMaterial",
        &[
            "import-key-material",
            "--key-id",
            &twin.key,
            "--import-token",
            &token_arg,
            "--encrypted-key-material",
            &wrapped_arg,
            "--expiration-model",
            "KEY_MATERIAL_DOES_NOT_EXPIRE",
        ],
    );
    env.ok(&["keystore", "verify"]);
}

#[test]
fn material_expires_at_its_valid_to_and_comes_back_when_imported_again() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", NOW)]);
    let ext = External::new(env, &[]);
    let material = ext.env.path("material.bin");
    std::fs::write(&material, [9u8; 32]).unwrap();
    ok(&ext.import(
        &material,
        "RSAES_OAEP_SHA_256",
        &["--valid-to", "2026-12-10T00:00:00Z"],
    ));
    let blob = ext.env.generate(&ext.key, &[]);
    let at = |now: &str| {
        let env = TestEnv::new()
            .with(&[(
                "KMS_LOCAL_KEYSTORE",
                &ext.env.keystore().display().to_string(),
            )])
            .with(&[("KMS_LOCAL_NOW", now)]);
        External {
            env,
            key: ext.key.clone(),
        }
    };
    let before = at("2026-12-09T23:59:59Z");
    assert_eq!(
        before.env.decrypt(&blob.ciphertext_blob, &[]).plaintext,
        blob.plaintext
    );
    let after = at("2026-12-10T00:00:00Z");
    after.env.kms_error(
        "KMSInvalidStateException",
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &blob.ciphertext_blob],
    );
    assert_eq!(after.state()["KeyState"], "PendingImport");
    let log: Value = after.env.json(&["audit"]);
    assert!(
        log["Events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["Operation"] == "DeleteExpiredKeyMaterial")
    );
    ok(&after.import(
        &material,
        "RSAES_OAEP_SHA_256",
        &["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"],
    ));
    assert_eq!(
        after.env.decrypt(&blob.ciphertext_blob, &[]).plaintext,
        blob.plaintext
    );
}

#[test]
fn new_imported_material_waits_for_rotate_key_on_demand() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", NOW)]);
    let ext = External::new(env, &[]);
    let env = &ext.env;
    let forever = ["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"];
    let a = env.path("a.bin");
    std::fs::write(&a, [1u8; 32]).unwrap();
    let b = env.path("b.bin");
    std::fs::write(&b, [2u8; 32]).unwrap();
    let c = env.path("c.bin");
    std::fs::write(&c, [3u8; 32]).unwrap();
    let first = ok(&ext.import(&a, "RSAES_OAEP_SHA_256", &forever));
    env.kms_error(
        "KMSInvalidStateException",
        "RotateKeyOnDemand",
        &["rotate-key-on-demand", "--key-id", &ext.key],
    );
    let old = env.generate(&ext.key, &[]);
    let mut new_type = forever.to_vec();
    new_type.extend([
        "--import-type",
        "NEW_KEY_MATERIAL",
        "--key-material-description",
        "next one",
    ]);
    let second = ok(&ext.import(&b, "RSAES_OAEP_SHA_256", &new_type));
    assert_eq!(ext.state()["CurrentKeyMaterialId"], first["KeyMaterialId"]);
    let stderr = error(
        &ext.import(&c, "RSAES_OAEP_SHA_256", &new_type),
        "KMSInvalidStateException",
    );
    assert!(stderr.contains("is pending rotation"), "{stderr}");
    let listed: Value = env.json(&[
        "list-key-rotations",
        "--key-id",
        &ext.key,
        "--include-key-material",
        "ALL_KEY_MATERIAL",
    ]);
    let states: Vec<_> = listed["Rotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["KeyMaterialState"].as_str().unwrap(),
                r["ImportState"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [("CURRENT", "IMPORTED"), ("PENDING_ROTATION", "IMPORTED")]
    );
    assert_eq!(listed["Rotations"][1]["KeyMaterialDescription"], "next one");
    env.ok(&["rotate-key-on-demand", "--key-id", &ext.key]);
    assert_eq!(ext.state()["CurrentKeyMaterialId"], second["KeyMaterialId"]);
    assert_eq!(
        env.decrypt(&old.ciphertext_blob, &[]).plaintext,
        old.plaintext
    );
    let new = env.generate(&ext.key, &[]);
    assert_eq!(
        new.key_material_id,
        second["KeyMaterialId"].as_str().unwrap()
    );
    // Automatic rotation is not for imported material.
    let message = env.kms_error(
        "UnsupportedOperationException",
        "EnableKeyRotation",
        &["enable-key-rotation", "--key-id", &ext.key],
    );
    assert!(message.ends_with("origin is EXTERNAL which is not valid for this operation."));
}

#[test]
fn imported_ecc_and_hmac_keys_match_openssl() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", NOW)]);
    let forever = ["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"];
    // A P-256 key made by OpenSSL signs in kms-local; OpenSSL verifies with
    // the public key it derives from its own private key.
    let pem = env.path("ec.pem");
    let der = env.path("ec.der");
    let public = env.path("ec.pub");
    assert!(
        openssl(&[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            pem.to_str().unwrap()
        ])
        .0
    );
    assert!(
        openssl(&[
            "pkcs8",
            "-topk8",
            "-nocrypt",
            "-in",
            pem.to_str().unwrap(),
            "-outform",
            "DER",
            "-out",
            der.to_str().unwrap()
        ])
        .0
    );
    assert!(
        openssl(&[
            "pkey",
            "-in",
            pem.to_str().unwrap(),
            "-pubout",
            "-out",
            public.to_str().unwrap()
        ])
        .0
    );
    let ecc = External::new(
        env,
        &["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"],
    );
    let made = ok(&ecc.import(&der, "RSA_AES_KEY_WRAP_SHA_256", &forever));
    assert!(made.get("KeyMaterialId").is_none(), "{made}");
    let env = &ecc.env;
    let message = env.path("message.bin");
    std::fs::write(&message, b"imported").unwrap();
    let signature = env.ok(&[
        "sign",
        "--key-id",
        &ecc.key,
        "--message",
        &b64(b"imported"),
        "--signing-algorithm",
        "ECDSA_SHA_256",
        "--query",
        "Signature",
        "--output",
        "text",
    ]);
    let sig = env.path("sig.der");
    std::fs::write(&sig, unb64(signature.trim())).unwrap();
    let (verified, text) = openssl(&[
        "dgst",
        "-sha256",
        "-verify",
        public.to_str().unwrap(),
        "-signature",
        sig.to_str().unwrap(),
        message.to_str().unwrap(),
    ]);
    assert!(verified, "{text}");
    // The material of an asymmetric key never changes.
    let other = env.path("other.pem");
    let other_der = env.path("other.der");
    assert!(
        openssl(&[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            other.to_str().unwrap()
        ])
        .0
    );
    assert!(
        openssl(&[
            "pkcs8",
            "-topk8",
            "-nocrypt",
            "-in",
            other.to_str().unwrap(),
            "-outform",
            "DER",
            "-out",
            other_der.to_str().unwrap()
        ])
        .0
    );
    error(
        &ecc.import(&other_der, "RSA_AES_KEY_WRAP_SHA_256", &forever),
        "IncorrectKeyMaterialException",
    );

    // An HMAC key's MACs equal OpenSSL's with the same bytes.
    let hmac = External::new(
        TestEnv::new()
            .with(&[("KMS_LOCAL_KEYSTORE", &env.keystore().display().to_string())])
            .with(&[("KMS_LOCAL_NOW", NOW)]),
        &[
            "--key-spec",
            "HMAC_256",
            "--key-usage",
            "GENERATE_VERIFY_MAC",
        ],
    );
    let key_bytes = env.path("hmac.key");
    std::fs::write(&key_bytes, [0x42; 32]).unwrap();
    ok(&hmac.import(&key_bytes, "RSAES_OAEP_SHA_256", &forever));
    let mac = env.ok(&[
        "generate-mac",
        "--key-id",
        &hmac.key,
        "--message",
        &b64(b"imported"),
        "--mac-algorithm",
        "HMAC_SHA_256",
        "--query",
        "Mac",
        "--output",
        "text",
    ]);
    let (ran, text) = openssl(&[
        "dgst",
        "-sha256",
        "-mac",
        "HMAC",
        "-macopt",
        &format!("hexkey:{}", "42".repeat(32)),
        "-r",
        message.to_str().unwrap(),
    ]);
    assert!(ran, "{text}");
    let expected: String = unb64(mac.trim())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(text.starts_with(&expected), "{text} vs {expected}");
}

#[test]
fn import_requests_are_refused_as_aws_refuses_them() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", NOW)]);
    let made_here = env.create_key();
    let message = env.kms_error(
        "UnsupportedOperationException",
        "GetParametersForImport",
        &[
            "get-parameters-for-import",
            "--key-id",
            &made_here,
            "--wrapping-algorithm",
            "RSAES_OAEP_SHA_256",
            "--wrapping-key-spec",
            "RSA_2048",
        ],
    );
    assert_eq!(
        message,
        format!(
            "{} origin is AWS_KMS which is not valid for this operation.",
            arn(&made_here)
        )
    );
    let ext = External::new(env, &[]);
    let env = &ext.env;
    env.kms_error(
        "ValidationException",
        "GetParametersForImport",
        &[
            "get-parameters-for-import",
            "--key-id",
            &ext.key,
            "--wrapping-algorithm",
            "RSAES_PKCS1_V1_5",
            "--wrapping-key-spec",
            "RSA_2048",
        ],
    );
    // Material of the wrong length, and wrapped bytes that do not unwrap.
    let short = env.path("short.bin");
    std::fs::write(&short, [1u8; 31]).unwrap();
    let forever = ["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"];
    error(
        &ext.import(&short, "RSAES_OAEP_SHA_256", &forever),
        "IncorrectKeyMaterialException",
    );
    let (token, _) = ext.parameters("RSAES_OAEP_SHA_256", "bad");
    let garbage = env.path("garbage.bin");
    std::fs::write(&garbage, [0x33; 256]).unwrap();
    let before = env.keystore_bytes();
    env.kms_error(
        "InvalidCiphertextException",
        "ImportKeyMaterial",
        &[
            "import-key-material",
            "--key-id",
            &ext.key,
            "--import-token",
            &format!("fileb://{}", token.display()),
            "--encrypted-key-material",
            &format!("fileb://{}", garbage.display()),
            "--expiration-model",
            "KEY_MATERIAL_DOES_NOT_EXPIRE",
        ],
    );
    let mut forged = std::fs::read(&token).unwrap();
    forged[40] ^= 1;
    std::fs::write(&token, forged).unwrap();
    env.kms_error(
        "InvalidImportTokenException",
        "ImportKeyMaterial",
        &[
            "import-key-material",
            "--key-id",
            &ext.key,
            "--import-token",
            &format!("fileb://{}", token.display()),
            "--encrypted-key-material",
            &format!("fileb://{}", garbage.display()),
            "--expiration-model",
            "KEY_MATERIAL_DOES_NOT_EXPIRE",
        ],
    );
    assert_eq!(
        env.keystore_bytes(),
        before,
        "a refused import changed the keystore"
    );
    env.kms_error(
        "KMSInvalidStateException",
        "EnableKey",
        &["enable-key", "--key-id", &ext.key],
    );
}
