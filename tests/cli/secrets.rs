//! Secrets stay where they belong: no key material or passphrase in the
//! keystore file or in any output but the plaintext an operation returns;
//! the operator's tools see damage; the process is hardened.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use kms_local::hsm::Hsm;
use kms_local::keystore::Keystore;
use kms_local::keystore::kek::KekSources;
use zeroize::Zeroizing;

use crate::common::*;

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Opens a master-key keystore through the library.
fn library(env: &TestEnv) -> Keystore {
    let sources = KekSources {
        master_key: Some(Zeroizing::new(MASTER_KEY.to_owned())),
        ..KekSources::default()
    };
    Keystore::new(env.keystore(), sources, "us-east-1".into()).unwrap()
}

#[test]
fn key_material_appears_nowhere_but_where_it_is_returned() {
    let env = TestEnv::new();
    let mut outputs: Vec<u8> = Vec::new();
    let mut run = |args: &[&str]| {
        let out = env.run(args);
        assert!(out.status.success(), "{args:?}");
        outputs.extend_from_slice(&out.stdout);
        outputs.extend_from_slice(&out.stderr);
        String::from_utf8(out.stdout).unwrap()
    };
    let key = run(&[
        "create-key",
        "--query",
        "KeyMetadata.KeyId",
        "--output",
        "text",
    ]);
    let key = key.trim_end().to_owned();
    run(&["rotate", "--key-id", &key]);
    run(&["rotate", "--domain"]);
    let made: GenerateDataKey = serde_json::from_str(&run(&[
        "generate-data-key",
        "--key-id",
        &key,
        "--key-spec",
        "AES_256",
    ]))
    .unwrap();
    run(&["decrypt", "--ciphertext-blob", &made.ciphertext_blob]);
    run(&[
        "re-encrypt",
        "--ciphertext-blob",
        &made.ciphertext_blob,
        "--destination-key-id",
        &key,
    ]);
    run(&["describe-key", "--key-id", &key, "--output", "table"]);
    // An HMAC key and a private key, used.
    for (spec, usage, op) in [
        (
            "HMAC_256",
            "GENERATE_VERIFY_MAC",
            ["generate-mac", "--mac-algorithm", "HMAC_SHA_256"],
        ),
        (
            "ECC_NIST_P256",
            "SIGN_VERIFY",
            ["sign", "--signing-algorithm", "ECDSA_SHA_256"],
        ),
    ] {
        let id = run(&[
            "create-key",
            "--key-spec",
            spec,
            "--key-usage",
            usage,
            "--query",
            "KeyMetadata.KeyId",
            "--output",
            "text",
        ]);
        let mut args = vec![op[0], "--key-id", id.trim_end(), "--message", "aGVsbG8="];
        args.extend(&op[1..]);
        run(&args);
        run(&["describe-key", "--key-id", id.trim_end()]);
    }
    run(&["keystore", "settings"]);
    run(&["keystore", "verify"]);
    // Every domain key, HBK, HMAC key and private key, read through the library.
    let mut secrets: Vec<Vec<u8>> = Vec::new();
    library(&env)
        .read(|state| {
            let hsm = Hsm::new(&state.domain_keys);
            for dk in &state.domain_keys {
                secrets.push(dk.key.expose().to_vec());
            }
            for (id, record) in state.keys.records()? {
                for bk in &record.backing_keys {
                    secrets.push(
                        hsm.export_material(&bk.wrapped(&id, record.key_spec))
                            .unwrap()
                            .expose()
                            .to_vec(),
                    );
                }
            }
            Ok(())
        })
        .unwrap();
    // Two domain keys (the one `rotate --domain` replaced stays until the
    // next rotation, for import tokens), two HBKs, an HMAC key, a private key.
    assert_eq!(secrets.len(), 6);
    secrets.push(unb64(MASTER_KEY));
    let disk = env.keystore_bytes();
    for secret in &secrets {
        for form in [
            secret.clone(),
            STANDARD.encode(secret).into_bytes(),
            hex::encode(secret).into_bytes(),
        ] {
            assert!(!contains(&disk, &form), "key material in the keystore file");
            assert!(!contains(&outputs, &form), "key material in the output");
        }
    }
    // The data key is printed where GenerateDataKey and Decrypt return it, and nowhere on disk.
    let data_key = unb64(&made.plaintext);
    assert!(!contains(&disk, &data_key) && !contains(&disk, made.plaintext.as_bytes()));
    assert!(!contains(&unb64(&made.ciphertext_blob), &data_key));
}

#[test]
fn a_passphrase_appears_nowhere() {
    let pass = "a passphrase nobody should see";
    let env = TestEnv::bare().with(&[("KMS_LOCAL_PASSPHRASE", pass)]);
    let mut outputs = Vec::new();
    for args in [
        &["init", "--passphrase"][..],
        &["create-key"],
        &["keystore", "verify"],
        &["list-keys"],
    ] {
        let out = env.run(args);
        outputs.extend(out.stdout);
        outputs.extend(out.stderr);
    }
    let wrong = env.with(&[("KMS_LOCAL_PASSPHRASE", "wrong")]);
    let out = wrong.run(&["create-key"]);
    outputs.extend(out.stderr);
    for hay in [&wrong.keystore_bytes(), &outputs] {
        assert!(!contains(hay, pass.as_bytes()));
        assert!(!contains(hay, STANDARD.encode(pass).as_bytes()));
    }
}

#[test]
fn verify_reports_each_kind_of_damage() {
    let env = TestEnv::new();
    let a = env.create_key();
    env.create_key();
    env.alias("alias/a", &a);
    env.ok(&["keystore", "verify"]);
    // Damage that authenticates: made through the library, as a bug would.
    library(&env)
        .update(kms_local::timestamp::Timestamp::now(), |state| {
            let mut records = state.keys.records_mut()?.into_iter().map(|(_, r)| r);
            records.next().unwrap().backing_keys[0].ekt[20] ^= 1;
            records.next().unwrap().backing_keys[0].domain_key_id =
                kms_local::ids::DomainKeyId([7; 16]);
            let alias = state.scopes[0].aliases.get_mut("alias/a").unwrap();
            alias.target_key_id = uuid::Uuid::from_bytes([1; 16]);
            Ok(())
        })
        .unwrap();
    let out = env.run(&["keystore", "verify"]);
    assert_eq!(out.status.code(), Some(253));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems: Vec<&str> = report["Problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.ends_with("does not unwrap")));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("which is missing") && p.contains("domain key"))
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("arn:aws:kms:") && p.contains(":alias/a names key"))
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("verification failed: 3 problem(s) found"),
        "{stderr}"
    );
}

#[test]
fn backup_copies_a_keystore_that_opens() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let copy = env.path("backup/keystore.bak");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    let report: serde_json::Value = env.json(&["keystore", "backup", copy.to_str().unwrap()]);
    assert_eq!(report["Bytes"], env.keystore_bytes().len());
    assert_eq!(std::fs::read(&copy).unwrap(), env.keystore_bytes());
    assert_eq!(mode(&copy), 0o600);
    env.fails(253, &["keystore", "backup", copy.to_str().unwrap()]);
    // The copy is a working keystore.
    let restored = env.with(&[("KMS_LOCAL_KEYSTORE", copy.to_str().unwrap())]);
    assert_eq!(
        restored.decrypt(&made.ciphertext_blob, &[]).plaintext,
        made.plaintext
    );
    // A damaged keystore is not backed up.
    let damaged = TestEnv::new();
    damaged.create_key();
    let mut bytes = damaged.keystore_bytes();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(damaged.keystore(), &bytes).unwrap();
    let target = damaged.path("b");
    damaged.fails(253, &["keystore", "backup", target.to_str().unwrap()]);
    assert!(!target.exists());
    // verify names the damaged record.
    let out = damaged.run(&["keystore", "verify"]);
    assert_eq!(out.status.code(), Some(253));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = report["Problems"].to_string();
    assert!(problems.contains("failed to authenticate"), "{problems}");
}

/// While it waits at a passphrase prompt, the process has core dumps off.
#[test]
fn the_process_runs_without_core_dumps() {
    let env = TestEnv::bare();
    let marker = env.path("marker-keystore");
    let mut child = env.on_pty(&format!(
        "--keystore {} init --passphrase",
        marker.display()
    ));
    let mut limits = None;
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let found = std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|e| {
                let dir = e.ok()?.path();
                let cmdline = std::fs::read(dir.join("cmdline")).ok()?;
                let first = cmdline.split(|b| *b == 0).next()?;
                (first == bin().as_bytes()
                    && contains(&cmdline, marker.to_str().unwrap().as_bytes()))
                .then(|| std::fs::read_to_string(dir.join("limits")).ok())
                .flatten()
            })
            .next();
        if found.is_some() {
            limits = found;
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let limits = limits.expect("kms-local was seen waiting at its prompt");
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(&fields[4..6], ["0", "0"], "{core}");
}

#[test]
fn imported_material_and_wrapping_keys_appear_nowhere() {
    let env = TestEnv::new();
    let run = |args: &[&str]| -> Vec<u8> {
        let out = env.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        [out.stdout, out.stderr].concat()
    };
    let mut outputs = run(&[
        "create-key",
        "--origin",
        "EXTERNAL",
        "--query",
        "KeyMetadata.KeyId",
        "--output",
        "text",
    ]);
    let key = String::from_utf8(outputs.clone())
        .unwrap()
        .trim()
        .to_owned();
    let params: serde_json::Value = serde_json::from_slice(&run(&[
        "get-parameters-for-import",
        "--key-id",
        &key,
        "--wrapping-algorithm",
        "RSAES_OAEP_SHA_256",
        "--wrapping-key-spec",
        "RSA_2048",
    ]))
    .unwrap();
    let token = env.path("token.bin");
    let public = env.path("public.der");
    std::fs::write(&token, unb64(params["ImportToken"].as_str().unwrap())).unwrap();
    std::fs::write(&public, unb64(params["PublicKey"].as_str().unwrap())).unwrap();
    let material = [0x6d_u8; 32];
    let plain = env.path("material.bin");
    let wrapped = env.path("wrapped.bin");
    std::fs::write(&plain, material).unwrap();
    let (ok, text) = openssl(&[
        "pkeyutl",
        "-encrypt",
        "-pubin",
        "-keyform",
        "DER",
        "-inkey",
        public.to_str().unwrap(),
        "-in",
        plain.to_str().unwrap(),
        "-out",
        wrapped.to_str().unwrap(),
        "-pkeyopt",
        "rsa_padding_mode:oaep",
        "-pkeyopt",
        "rsa_oaep_md:sha256",
        "-pkeyopt",
        "rsa_mgf1_md:sha256",
    ]);
    assert!(ok, "{text}");
    outputs.extend(run(&[
        "import-key-material",
        "--key-id",
        &key,
        "--import-token",
        &format!("fileb://{}", token.display()),
        "--encrypted-key-material",
        &format!("fileb://{}", wrapped.display()),
        "--expiration-model",
        "KEY_MATERIAL_DOES_NOT_EXPIRE",
    ]));
    outputs.extend(run(&["describe-key", "--key-id", &key]));
    outputs.extend(run(&[
        "list-key-rotations",
        "--key-id",
        &key,
        "--include-key-material",
        "ALL_KEY_MATERIAL",
    ]));
    outputs.extend(run(&["delete-imported-key-material", "--key-id", &key]));
    outputs.extend(run(&["audit"]));
    let disk = [
        env.keystore_bytes(),
        std::fs::read(env.path("ks/keystore.audit")).unwrap(),
    ]
    .concat();
    for form in [
        material.to_vec(),
        STANDARD.encode(material).into_bytes(),
        hex::encode(material).into_bytes(),
    ] {
        assert!(!contains(&disk, &form), "imported material on disk");
        assert!(
            !contains(&outputs, &form),
            "imported material in the output"
        );
    }
    // The wrapping private key leaves only sealed in its token: the public
    // key's modulus is in the clear there, the private key is not.
    let token_bytes = std::fs::read(&token).unwrap();
    assert!(
        !contains(&token_bytes, b"\x02\x01\x00\x02\x82\x01\x01"),
        "a cleartext RSA private key"
    );
    assert!(
        !contains(&disk, &token_bytes[token_bytes.len() - 64..]),
        "the token on disk"
    );
}
