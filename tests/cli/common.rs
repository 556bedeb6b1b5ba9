//! The harness: a temp keystore, a clean environment, and helpers that run
//! the real binary. Responses are read into test-owned structs with AWS's
//! field names (never into the crate's own types), with unknown fields
//! refused, so a renamed or extra field fails a test.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tempfile::TempDir;

/// A fixed master key for tests: base64 of bytes 0..32.
pub const MASTER_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_kms-local")
}

pub fn b64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub fn unb64(text: &str) -> Vec<u8> {
    STANDARD.decode(text).expect("valid base64 in a response")
}

pub struct TestEnv {
    pub dir: TempDir,
    /// Environment variables every command gets, after env_clear().
    pub vars: Vec<(String, String)>,
}

impl TestEnv {
    /// A temp keystore under a master key from the environment (the CI setup).
    pub fn new() -> Self {
        let env = Self::bare();
        env.with(&[("KMS_LOCAL_MASTER_KEY", MASTER_KEY)])
    }

    /// A temp HOME and keystore path, and no master key.
    pub fn bare() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let home = dir.path().join("home");
        let keystore = dir.path().join("ks").join("keystore");
        TestEnv {
            vars: vec![
                ("HOME".into(), home.display().to_string()),
                ("KMS_LOCAL_KEYSTORE".into(), keystore.display().to_string()),
                // Times print in the local time zone: UTC whatever the machine's.
                ("TZ".into(), "UTC".into()),
            ],
            dir,
        }
    }

    /// The same environment with some variables set (or replaced).
    pub fn with(mut self, vars: &[(&str, &str)]) -> Self {
        for (name, value) in vars {
            self.vars.retain(|(n, _)| n != name);
            self.vars.push(((*name).into(), (*value).into()));
        }
        self
    }

    pub fn without(mut self, name: &str) -> Self {
        self.vars.retain(|(n, _)| n != name);
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn keystore(&self) -> PathBuf {
        self.path("ks/keystore")
    }

    pub fn keystore_bytes(&self) -> Vec<u8> {
        std::fs::read(self.keystore()).expect("keystore exists")
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::new(bin());
        cmd.env_clear();
        for (name, value) in &self.vars {
            cmd.env(name, value);
        }
        cmd
    }

    /// Starts the binary without waiting, for tests that run processes at once.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        std::process::Command::new(bin())
            .args(args)
            .env_clear()
            .envs(self.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("the binary starts")
    }

    /// Starts `kms-local ARGS` on a real pseudo-terminal made by `script(1)`
    /// (util-linux), with stdin and stdout piped to the test.
    pub fn on_pty(&self, args: &str) -> std::process::Child {
        let line = format!("{} {args}", bin());
        std::process::Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .env_clear()
            .envs(self.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("script(1) from util-linux runs")
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("the binary runs")
    }

    /// Runs a command that must succeed, returning its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 stdout")
    }

    /// Runs a command that must succeed and reads its JSON.
    pub fn json<T: DeserializeOwned>(&self, args: &[&str]) -> T {
        let stdout = self.ok(args);
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}\n{stdout}"))
    }

    /// Runs a command that must fail with `code`; returns stderr. Stdout must be empty.
    /// Fails with exit `code` and prints nothing on stdout; returns stderr
    /// without the empty line every error begins with, as the aws CLI's.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8(out.stderr).expect("UTF-8 stderr");
        let stderr = stderr
            .strip_prefix('\n')
            .map_or(stderr.clone(), str::to_owned);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(
            out.stdout.is_empty(),
            "stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }

    /// Refused by the aws CLI's own checks before anything is sent: exit 252
    /// and its report, whose lines after the first are returned.
    pub fn refused_before_sending(&self, args: &[&str]) -> String {
        let stderr = self.fails(252, args);
        stderr
            .strip_prefix("Parameter validation failed:\n")
            .unwrap_or_else(|| panic!("{args:?}: {stderr:?}"))
            .to_owned()
    }

    /// Fails with a KMS exception: exit 254 and AWS's line, returning the message.
    pub fn kms_error(&self, exception: &str, operation: &str, args: &[&str]) -> String {
        let stderr = self.fails(254, args);
        let prefix =
            format!("An error occurred ({exception}) when calling the {operation} operation: ");
        let message = stderr
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{args:?}: expected {prefix:?}, got {stderr:?}"));
        message.strip_suffix('\n').expect("one line").to_owned()
    }

    /// Creates a key and returns its id.
    pub fn create_key(&self) -> String {
        let created: CreateKey = self.json(&["create-key"]);
        created.key_metadata.key_id
    }

    /// Creates a key with extra global flags and returns its id.
    pub fn create_key_with(&self, flags: &[&str]) -> String {
        let mut args = vec!["create-key"];
        args.extend_from_slice(flags);
        let created: CreateKey = self.json(&args);
        created.key_metadata.key_id
    }

    /// Creates a key under `--output text` (from the environment) and returns its id.
    pub fn create_key_text(&self) -> String {
        let text = self.ok(&["create-key", "--query", "KeyMetadata.KeyId"]);
        text.trim_end().to_owned()
    }

    /// Names `key` with `alias`; create-alias prints nothing.
    pub fn alias(&self, alias: &str, key: &str) {
        assert_eq!(
            self.ok(&[
                "create-alias",
                "--alias-name",
                alias,
                "--target-key-id",
                key
            ]),
            ""
        );
    }

    pub fn generate(&self, key: &str, extra: &[&str]) -> GenerateDataKey {
        let mut args = vec![
            "generate-data-key",
            "--key-id",
            key,
            "--number-of-bytes",
            "32",
        ];
        args.extend_from_slice(extra);
        self.json(&args)
    }

    pub fn decrypt(&self, blob: &str, extra: &[&str]) -> Decrypt {
        let mut args = vec!["decrypt", "--ciphertext-blob", blob];
        args.extend_from_slice(extra);
        self.json(&args)
    }
}

/// Waits for a spawned `create-key`, which must succeed, and returns the key id.
pub fn created_key(child: std::process::Child) -> String {
    let out = child.wait_with_output().expect("the binary ran");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let created: CreateKey = serde_json::from_slice(&out.stdout).expect("CreateKey JSON");
    created.key_metadata.key_id
}

pub fn arn(key_id: &str) -> String {
    format!("arn:aws:kms:us-east-1:111122223333:key/{key_id}")
}

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

/// Runs the binary with at most 1 GiB of address space, and kills it after
/// 20 seconds: a command that would read without end or wait forever fails
/// the test at once instead of taking the machine's memory or hanging it.
/// Returns the exit code, stderr and how long it ran.
pub fn run_bounded(env: &TestEnv, args: &[&str]) -> (Option<i32>, String, Duration) {
    let start = Instant::now();
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v 1048576; exec "$@""#)
        .arg("sh")
        .arg(bin())
        .args(args)
        .env_clear()
        .envs(env.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Without the empty line every error begins with, as `fails` returns it.
    let stderr = stderr.strip_prefix('\n').unwrap_or(&stderr).to_owned();
    (out.status.code(), stderr, start.elapsed())
}

/// Writes a key or passphrase file as its owner should: mode 0600, which
/// kms-local requires of a file that holds a secret.
pub fn write_private(path: &Path, contents: impl AsRef<[u8]>) {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .expect("a new file");
    file.write_all(contents.as_ref()).expect("written");
}

/// Sets a file's permission bits.
pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Whether the tests run as root, who can make files owned by another user.
pub fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// The uid the "other user" cases give files to.
pub const NOBODY: u32 = 65534;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateKey {
    pub key_metadata: KeyMetadata,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct KeyMetadata {
    #[serde(rename = "AWSAccountId")]
    pub aws_account_id: String,
    pub key_id: String,
    pub arn: String,
    pub creation_date: String,
    pub enabled: bool,
    pub description: String,
    pub key_usage: String,
    pub key_state: String,
    pub deletion_date: Option<String>,
    pub origin: String,
    pub key_manager: String,
    pub customer_master_key_spec: String,
    pub key_spec: String,
    pub encryption_algorithms: Option<Vec<String>>,
    pub signing_algorithms: Option<Vec<String>>,
    pub key_agreement_algorithms: Option<Vec<String>>,
    pub encapsulation_algorithms: Option<Vec<String>>,
    pub multi_region: bool,
    pub mac_algorithms: Option<Vec<String>>,
    /// Symmetric encryption keys only.
    pub current_key_material_id: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GenerateDataKey {
    pub ciphertext_blob: String,
    pub plaintext: String,
    pub key_id: String,
    pub key_material_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Decrypt {
    pub key_id: String,
    pub plaintext: String,
    pub encryption_algorithm: String,
    pub key_material_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ReEncrypt {
    pub ciphertext_blob: String,
    pub source_key_id: String,
    pub key_id: String,
    pub source_encryption_algorithm: String,
    pub destination_encryption_algorithm: String,
    pub source_key_material_id: String,
    pub destination_key_material_id: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct KeyIdOnly {
    pub key_id: String,
}

/// Runs the `openssl` command, the independent implementation the tests
/// check kms-local's cryptography against: whether it succeeded, and its
/// stdout and stderr.
pub fn openssl(args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new("openssl")
        .args(args)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}
