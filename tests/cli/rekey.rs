//! `keystore rekey`: from every KEK source to every kind of new KEK. After a
//! rekey the old KEK is refused and the new one opens the keystore, every
//! blob made before still decrypts, and the audit log begins a chain under
//! the new KEK with a RekeyKeystore entry. Bad input changes nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

const NEW_KEY: &str = "//////////////////////////////////////////8=";

/// What `keystore rekey` prints.
#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Rekey {
    keystore: String,
    protection: String,
    master_key_file: Option<String>,
    audit_log: String,
    set_aside: Option<String>,
}

/// A KEK, as a test gives it to kms-local.
#[derive(Clone, Debug)]
enum Kek {
    /// KMS_LOCAL_MASTER_KEY.
    Env(String),
    /// KMS_LOCAL_MASTER_KEY_FILE.
    File(PathBuf),
    /// KMS_LOCAL_PASSPHRASE.
    Passphrase(String),
}

/// Sets the variables that give `kek`, and only those.
fn open_with(env: &mut TestEnv, kek: &Kek) {
    for var in [
        "KMS_LOCAL_MASTER_KEY",
        "KMS_LOCAL_MASTER_KEY_FILE",
        "KMS_LOCAL_PASSPHRASE",
    ] {
        env.vars.retain(|(name, _)| name != var);
    }
    let (name, value) = match kek {
        Kek::Env(key) => ("KMS_LOCAL_MASTER_KEY", key.clone()),
        Kek::File(path) => ("KMS_LOCAL_MASTER_KEY_FILE", path.display().to_string()),
        Kek::Passphrase(pass) => ("KMS_LOCAL_PASSPHRASE", pass.clone()),
    };
    env.vars.push((name.into(), value));
}

/// The new KEK a rekey is asked for.
#[derive(Clone, Copy, Debug)]
enum Target {
    /// No flag: a new key file beside the current one.
    DefaultFile,
    /// --new-master-key-file PATH.
    NamedFile,
    /// --new-master-key-from-env with KMS_LOCAL_NEW_MASTER_KEY.
    Env,
    /// --new-passphrase with KMS_LOCAL_NEW_PASSPHRASE.
    PassphraseVar,
    /// --new-passphrase-file PATH.
    PassphraseFile,
}

const TARGETS: [Target; 5] = [
    Target::DefaultFile,
    Target::NamedFile,
    Target::Env,
    Target::PassphraseVar,
    Target::PassphraseFile,
];

/// A keystore under `kek` with two keys, one rotated, and a blob made under
/// each version of each key.
fn populated(kek: &Kek) -> (TestEnv, Vec<GenerateDataKey>) {
    let mut env = TestEnv::bare();
    open_with(&mut env, kek);
    match kek {
        Kek::Env(_) => env.ok(&["init"]),
        Kek::File(path) => env.ok(&["init", "--master-key-file", path.to_str().unwrap()]),
        Kek::Passphrase(_) => env.ok(&["init", "--passphrase"]),
    };
    let a = env.create_key();
    let b = env.create_key();
    let mut blobs = vec![
        env.generate(&a, &[]),
        env.generate(&b, &["--encryption-context", "k=v"]),
    ];
    env.ok(&["rotate", "--key-id", &a]);
    blobs.push(env.generate(&a, &[]));
    (env, blobs)
}

/// Every file under the test's folder, with its bytes.
fn snapshot(env: &TestEnv) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, into: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, into);
            } else {
                into.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(env.dir.path(), &mut files);
    files
}

/// Rekeys the keystore of `env` (open under `old`) to `target`; checks the
/// output and returns it with the new KEK.
fn rekey(env: &mut TestEnv, old: &Kek, target: Target) -> (Rekey, Kek) {
    let named = env.path("keys/new.key");
    let pass_file = env.path("new-pass.txt");
    write_private(&pass_file, "new passphrase from a file\n");
    let mut args = vec!["keystore", "rekey"];
    match target {
        Target::DefaultFile => {}
        Target::NamedFile => args.extend(["--new-master-key-file", named.to_str().unwrap()]),
        Target::Env => args.push("--new-master-key-from-env"),
        Target::PassphraseVar => args.push("--new-passphrase"),
        Target::PassphraseFile => {
            args.extend(["--new-passphrase-file", pass_file.to_str().unwrap()])
        }
    }
    let mut cmd = env.cmd();
    match target {
        Target::Env => cmd.env("KMS_LOCAL_NEW_MASTER_KEY", NEW_KEY),
        Target::PassphraseVar => cmd.env("KMS_LOCAL_NEW_PASSPHRASE", "new passphrase"),
        _ => &mut cmd,
    };
    let out = cmd.args(&args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{old:?} -> {target:?}: {stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    let printed: Rekey = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed.keystore, env.keystore().display().to_string());
    assert_eq!(
        printed.audit_log,
        env.path("ks/keystore.audit").display().to_string()
    );
    let (protection, new) = match target {
        Target::DefaultFile => {
            let made = PathBuf::from(printed.master_key_file.clone().unwrap());
            // Beside the master key file of the keystore's sources: the default one here.
            let current = match old {
                Kek::File(path) => path.clone(),
                _ => env.path("home/.config/kms-local/master.key"),
            };
            assert_eq!(made.parent(), current.parent(), "{made:?}");
            let name = made.file_name().unwrap().to_str().unwrap();
            let current_name = current.file_name().unwrap().to_str().unwrap();
            assert!(name.starts_with(&format!("{current_name}.")), "{name}");
            ("MasterKeyFile", Kek::File(made))
        }
        Target::NamedFile => {
            assert_eq!(printed.master_key_file.as_deref(), named.to_str());
            ("MasterKeyFile", Kek::File(named))
        }
        Target::Env => ("MasterKeyEnvironment", Kek::Env(NEW_KEY.into())),
        Target::PassphraseVar => ("Passphrase", Kek::Passphrase("new passphrase".into())),
        Target::PassphraseFile => (
            "Passphrase",
            Kek::Passphrase("new passphrase from a file".into()),
        ),
    };
    assert_eq!(printed.protection, protection, "{old:?} -> {target:?}");
    if let Kek::File(path) = &new {
        assert_eq!(mode(path), 0o600);
        let text = std::fs::read_to_string(path).unwrap();
        assert_eq!(unb64(text.trim_end()).len(), 32);
        // The key is in its file, and nowhere in what was printed.
        assert!(!String::from_utf8_lossy(&out.stdout).contains(text.trim_end()));
    } else {
        assert_eq!(printed.master_key_file, None);
    }
    (printed, new)
}

/// From `old`, to every target in turn, each on a new keystore.
fn rekey_to_every_target(old: &Kek) {
    for target in TARGETS {
        let (mut env, blobs) = populated(old);
        let old_log = std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap();
        let (printed, new) = rekey(&mut env, old, target);

        // The old KEK is refused, and the refusal changes nothing.
        let before = snapshot(&env);
        let stderr = env.fails(253, &["list-keys"]);
        assert!(
            stderr.starts_with("kms-local: "),
            "{old:?} -> {target:?}: {stderr}"
        );
        assert_eq!(snapshot(&env), before, "{old:?} -> {target:?}");

        // The new one opens it, and every blob made before decrypts.
        open_with(&mut env, &new);
        for made in &blobs {
            let context: &[&str] = match made.key_id == blobs[1].key_id {
                true => &["--encryption-context", "k=v"],
                false => &[],
            };
            assert_eq!(
                env.decrypt(&made.ciphertext_blob, context).plaintext,
                made.plaintext,
                "{old:?} -> {target:?}"
            );
        }
        env.ok(&["keystore", "verify"]);
        // Header byte 9 records the protection: 2 is a passphrase.
        let passphrase = matches!(new, Kek::Passphrase(_));
        assert_eq!(env.keystore_bytes()[9], if passphrase { 2 } else { 1 });

        // The old log was set aside whole; the new chain begins with the rekey.
        let aside = printed.set_aside.unwrap();
        assert!(aside.ends_with("keystore.audit.broken-1"), "{aside}");
        assert_eq!(std::fs::read_to_string(&aside).unwrap(), old_log);
        env.create_key();
        let verified: Value = env.json(&["audit", "verify"]);
        // The rekey, three decrypts and a create-key; refused commands log nothing.
        assert_eq!(verified["Entries"], 5, "{verified}");
        let restarts = verified["Restarts"].as_array().unwrap();
        assert_eq!(restarts.len(), 1, "{verified}");
        assert_eq!(restarts[0]["Operation"], "RekeyKeystore");
        assert_eq!(restarts[0]["Seq"], 1);
        assert_eq!(restarts[0]["Change"], true);
        let detail = restarts[0]["Detail"].as_str().unwrap();
        let head = old_log.trim_end().rsplit("\"Mac\":\"").next().unwrap();
        assert!(
            detail.starts_with(&format!("{aside}, whose last Mac was {}", &head[..64])),
            "{detail}"
        );
        assert!(
            detail.contains(&format!("now sealed under {}", printed.protection)),
            "{detail}"
        );
        assert_eq!(verified["SetAside"], serde_json::json!([aside]));
        let log = std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap();
        for secret in [NEW_KEY, "new passphrase", MASTER_KEY, "old passphrase"] {
            assert!(!log.contains(secret), "{secret} is in the audit log");
            let keystore = String::from_utf8_lossy(&env.keystore_bytes()).into_owned();
            assert!(!keystore.contains(secret), "{secret} is in the keystore");
        }
    }
}

#[test]
fn rekey_from_an_environment_key_to_every_target() {
    rekey_to_every_target(&Kek::Env(MASTER_KEY.into()));
}

#[test]
fn rekey_from_a_key_file_to_every_target() {
    let dir = tempfile::tempdir().unwrap();
    rekey_to_every_target(&Kek::File(dir.path().join("keys/master.key")));
}

#[test]
fn rekey_from_a_passphrase_to_every_target() {
    rekey_to_every_target(&Kek::Passphrase("old passphrase".into()));
}

/// Runs `keystore rekey --new-master-key-from-env` to `key`, with `extra`
/// arguments; it must succeed.
fn rekey_to_env_key(env: &TestEnv, key: &str, extra: &[&str]) -> Rekey {
    let out = env
        .cmd()
        .env("KMS_LOCAL_NEW_MASTER_KEY", key)
        .args(["keystore", "rekey", "--new-master-key-from-env"])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn rekey_takes_the_current_passphrase_from_its_file_flag() {
    let old = Kek::Passphrase("old passphrase".into());
    let (mut env, blobs) = populated(&old);
    let file = env.path("old-pass.txt");
    write_private(&file, "old passphrase\n");
    env.vars.retain(|(name, _)| name != "KMS_LOCAL_PASSPHRASE");
    rekey_to_env_key(
        &env,
        NEW_KEY,
        &["--passphrase-file", file.to_str().unwrap()],
    );
    open_with(&mut env, &Kek::Env(NEW_KEY.into()));
    assert_eq!(
        env.decrypt(&blobs[0].ciphertext_blob, &[]).plaintext,
        blobs[0].plaintext
    );
}

/// Runs `keystore rekey ARGS` with extra variables; it must fail with `code`
/// and leave every file as it was. Returns stderr.
fn refused(env: &TestEnv, vars: &[(&str, &str)], args: &[&str], code: i32) -> String {
    let before = snapshot(env);
    let mut cmd = env.cmd();
    for (name, value) in vars {
        cmd.env(name, value);
    }
    let out = cmd.args(["keystore", "rekey"]).args(args).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stderr = stderr
        .strip_prefix('\n')
        .map_or(stderr.clone(), str::to_owned);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(snapshot(env), before, "{args:?} changed a file: {stderr}");
    stderr
}

#[test]
fn bad_input_to_rekey_changes_nothing() {
    let (env, blobs) = populated(&Kek::Env(MASTER_KEY.into()));
    let keystore = env.keystore().display().to_string();
    let taken = env.path("keys/taken.key");
    std::fs::create_dir_all(taken.parent().unwrap()).unwrap();
    std::fs::write(&taken, "not to be replaced\n").unwrap();
    let empty = env.path("empty-pass.txt");
    write_private(&empty, "\n");

    let stderr = refused(
        &env,
        &[
            ("KMS_LOCAL_MASTER_KEY", NEW_KEY),
            ("KMS_LOCAL_NEW_PASSPHRASE", "never asked"),
        ],
        &["--new-passphrase"],
        253,
    );
    assert!(
        stderr.starts_with(&format!(
            "kms-local: keystore '{keystore}': the master key does not open this keystore\nhint: "
        )),
        "{stderr}"
    );
    let stderr = refused(
        &env,
        &[],
        &["--new-master-key-file", taken.to_str().unwrap()],
        253,
    );
    assert_eq!(
        stderr,
        format!(
            "kms-local: master key file '{}': a master key file exists here already\n",
            taken.display()
        )
    );
    let stderr = refused(
        &env,
        &[("KMS_LOCAL_NEW_MASTER_KEY", "c2hvcnQ=")],
        &["--new-master-key-from-env"],
        253,
    );
    assert_eq!(
        stderr,
        format!(
            "kms-local: keystore '{keystore}': KMS_LOCAL_NEW_MASTER_KEY is not base64 of 32 bytes\n"
        )
    );
    let stderr = refused(
        &env,
        &[],
        &["--new-passphrase-file", empty.to_str().unwrap()],
        253,
    );
    assert!(stderr.contains("the passphrase is empty"), "{stderr}");
    let stderr = refused(&env, &[], &["--new-passphrase"], 253);
    assert!(
        stderr.contains(
            "a passphrase is needed and there is no terminal to ask on; set \
             KMS_LOCAL_NEW_PASSPHRASE or --new-passphrase-file"
        ),
        "{stderr}"
    );

    // An unclear choice of the new key is a usage error.
    let stderr = refused(&env, &[], &["--new-master-key-from-env"], 252);
    assert_eq!(
        stderr,
        "Error parsing parameter '--new-master-key-from-env': KMS_LOCAL_NEW_MASTER_KEY is not set\n"
    );
    let stderr = refused(&env, &[("KMS_LOCAL_NEW_MASTER_KEY", NEW_KEY)], &[], 252);
    assert!(
        stderr.contains(
            "Error parsing parameter 'KMS_LOCAL_NEW_MASTER_KEY': it is set, but the new key \
             comes from the default (a new key file); give --new-master-key-from-env"
        ),
        "{stderr}"
    );
    let stderr = refused(
        &env,
        &[("KMS_LOCAL_NEW_PASSPHRASE", "p")],
        &["--new-master-key-from-env"],
        252,
    );
    assert!(
        stderr.contains("'KMS_LOCAL_NEW_PASSPHRASE': it is set"),
        "{stderr}"
    );
    let stderr = refused(
        &env,
        &[("KMS_LOCAL_NEW_PASSPHRASE", "p")],
        &["--new-passphrase-file", empty.to_str().unwrap()],
        252,
    );
    assert!(
        stderr.contains("KMS_LOCAL_NEW_PASSPHRASE is set too"),
        "{stderr}"
    );
    let stderr = refused(
        &env,
        &[],
        &["--new-master-key-from-env", "--new-passphrase"],
        252,
    );
    assert!(stderr.contains("cannot be used with"), "{stderr}");

    // After all that, the old key still opens the keystore, and its log goes
    // on (an entry is appended only to a chain whose last line verifies).
    env.decrypt(&blobs[0].ciphertext_blob, &[]);
    let events: Value = env.json(&["audit"]);
    let events = events["Events"].as_array().unwrap();
    assert_eq!(events.len(), 8);
    assert_eq!(events[7]["Operation"], "Decrypt");
    assert_eq!(
        std::fs::read_to_string(&taken).unwrap(),
        "not to be replaced\n"
    );
}

#[test]
fn rekey_of_a_missing_keystore_makes_nothing() {
    let env = TestEnv::new();
    let stderr = env.fails(253, &["keystore", "rekey"]);
    assert!(stderr.contains("there is no keystore here"), "{stderr}");
    assert!(!env.keystore().exists());
    assert!(!env.path("home").exists(), "a key file was made");
}

#[test]
fn a_new_passphrase_is_asked_twice_on_the_terminal() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    let before = snapshot(&env);
    let shown = on_terminal_rekey(&env, &["one", "two"]);
    assert!(
        shown.contains("Passphrase for the rekeyed kms-local keystore:"),
        "{shown}"
    );
    assert!(shown.contains("the two passphrases differ"), "{shown}");
    assert_eq!(snapshot(&env), before);

    let shown = on_terminal_rekey(&env, &["typed twice", "typed twice"]);
    assert!(shown.contains("\"Protection\": \"Passphrase\""), "{shown}");
    assert!(
        !shown.contains("typed twice"),
        "the passphrase was echoed: {shown}"
    );
    let env = env
        .without("KMS_LOCAL_MASTER_KEY")
        .with(&[("KMS_LOCAL_PASSPHRASE", "typed twice")]);
    assert_eq!(
        env.decrypt(&made.ciphertext_blob, &[]).plaintext,
        made.plaintext
    );
}

fn on_terminal_rekey(env: &TestEnv, answers: &[&str]) -> String {
    crate::keystore::on_terminal(env, "keystore rekey --new-passphrase", answers)
}

#[test]
fn a_backup_made_before_a_rekey_stays_under_the_old_key() {
    let env = TestEnv::new();
    let key = env.create_key();
    let made = env.generate(&key, &[]);
    // A key bundle has its own key: a rekey leaves it as it is.
    let bundle = env.path("bundle.kms");
    let bundle_key = env.path("bundle.key");
    env.ok(&[
        "export-keys",
        "--file",
        bundle.to_str().unwrap(),
        "--bundle-key-file",
        bundle_key.to_str().unwrap(),
    ]);
    let backup = env.path("keystore.bak");
    env.ok(&["keystore", "backup", backup.to_str().unwrap()]);
    rekey_to_env_key(&env, NEW_KEY, &[]);
    let new = env.with(&[("KMS_LOCAL_MASTER_KEY", NEW_KEY)]);
    let made_after = new.create_key();

    // The backup opens with the old key only.
    let backup_path = backup.to_str().unwrap();
    let old_on_backup = new.with(&[("KMS_LOCAL_MASTER_KEY", MASTER_KEY)]);
    let back = old_on_backup.decrypt(&made.ciphertext_blob, &["--keystore", backup_path]);
    assert_eq!(back.plaintext, made.plaintext);
    let old = old_on_backup;
    let new = old.with(&[("KMS_LOCAL_MASTER_KEY", NEW_KEY)]);
    let stderr = new.fails(253, &["keystore", "restore", backup_path]);
    assert!(
        stderr.contains("the master key does not open this keystore"),
        "{stderr}"
    );

    // Rekeyed to the new key, it restores like any backup.
    let mut cmd = new.cmd();
    cmd.env("KMS_LOCAL_MASTER_KEY", MASTER_KEY)
        .env("KMS_LOCAL_NEW_MASTER_KEY", NEW_KEY);
    let out = cmd
        .args([
            "--keystore",
            backup_path,
            "keystore",
            "rekey",
            "--new-master-key-from-env",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    new.ok(&["keystore", "restore", backup_path]);
    assert_eq!(
        new.decrypt(&made.ciphertext_blob, &[]).plaintext,
        made.plaintext
    );
    new.fails(254, &["describe-key", "--key-id", &made_after]);
    new.ok(&["audit", "verify"]);

    // The bundle still imports with its own key, into the rekeyed keystore too.
    let other = TestEnv::new().with(&[("KMS_LOCAL_MASTER_KEY", NEW_KEY)]);
    for env in [&new, &other] {
        env.ok(&[
            "import-keys",
            "--file",
            bundle.to_str().unwrap(),
            "--bundle-key-file",
            bundle_key.to_str().unwrap(),
        ]);
    }
    assert_eq!(
        other.decrypt(&made.ciphertext_blob, &[]).plaintext,
        made.plaintext
    );
}

/// The state a crash between the rekey's log and its keystore leaves: the
/// keystore still under the old key, the log a new chain under the new one.
/// Every logged command refuses it, saying what happened; running the rekey
/// again finishes it, and `audit reset` stays under the old key instead.
#[test]
fn a_rekey_stopped_between_its_log_and_its_keystore_is_finished_by_running_it_again() {
    let (mut env, blobs) = populated(&Kek::Env(MASTER_KEY.into()));
    let before = env.keystore_bytes();
    let rekey_to = |env: &TestEnv, key: &str| rekey_to_env_key(env, key, &[]);
    rekey_to(&env, NEW_KEY);
    std::fs::write(env.keystore(), &before).unwrap();

    let stderr = env.fails(
        253,
        &["decrypt", "--ciphertext-blob", &blobs[0].ciphertext_blob],
    );
    assert!(
        stderr.contains(
            "its last line (entry 1) does not verify under this keystore's key: it begins the \
             chain of a `kms-local keystore rekey` to another key. If the keystore still opens \
             with this key, that rekey stopped before it saved the keystore: run it again to \
             finish it, or `kms-local audit reset` to stay under this key"
        ),
        "{stderr}"
    );
    env.ok(&["keystore", "verify"]);
    let stuck_log = std::fs::read_to_string(env.path("ks/keystore.audit")).unwrap();
    let stuck_keystore = env.keystore_bytes();

    // Run again, it finishes; the stopped chain is set aside too.
    let printed = rekey_to(&env, NEW_KEY);
    assert!(
        printed
            .set_aside
            .unwrap()
            .ends_with("keystore.audit.broken-2")
    );
    open_with(&mut env, &Kek::Env(NEW_KEY.into()));
    assert_eq!(
        env.decrypt(&blobs[0].ciphertext_blob, &[]).plaintext,
        blobs[0].plaintext
    );
    let verified: Value = env.json(&["audit", "verify"]);
    let detail = verified["Restarts"][0]["Detail"].as_str().unwrap();
    assert!(
        detail.contains("keystore.audit.broken-2, whose last Mac was ")
            && detail.contains(", which does not verify under the old key; "),
        "{detail}"
    );

    // Or, from the same state, `audit reset` stays under the old key.
    open_with(&mut env, &Kek::Env(MASTER_KEY.into()));
    std::fs::write(env.path("ks/keystore.audit"), &stuck_log).unwrap();
    std::fs::write(env.keystore(), &stuck_keystore).unwrap();
    env.ok(&["audit", "reset"]);
    assert_eq!(
        env.decrypt(&blobs[0].ciphertext_blob, &[]).plaintext,
        blobs[0].plaintext
    );
    env.ok(&["audit", "verify"]);
}
