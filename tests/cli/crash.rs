//! Crash safety: writers killed with SIGKILL at random moments, hundreds of
//! times. After every kill the keystore opens and verifies, and every key,
//! alias, replica or imported material whose command finished before the
//! kill is there, with every blob made under it still decrypting.
//!
//! KMS_LOCAL_CRASH_ROUNDS sets the number of kills (default 200).

use std::io::Write;
use std::time::Duration;

use crate::common::*;

/// A small deterministic generator, so that a failing run can be replayed
/// with the seed it prints.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The Regions a multi-Region key is replicated into, one per replication.
const REPLICA_REGIONS: &[&str] = &[
    "us-west-2",
    "ap-south-1",
    "ca-central-1",
    "sa-east-1",
    "eu-north-1",
    "eu-central-1",
    "ap-northeast-1",
    "ap-southeast-2",
];

/// A key of imported material with its material wrapped and ready: the
/// import is the command killed.
struct Importable {
    key: String,
    token: String,
    wrapped: String,
}

impl Importable {
    fn new(env: &TestEnv, round: u64) -> Importable {
        let created: serde_json::Value = env.json(&["create-key", "--origin", "EXTERNAL"]);
        let key = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
        let params: serde_json::Value = env.json(&[
            "get-parameters-for-import",
            "--key-id",
            &key,
            "--wrapping-algorithm",
            "RSAES_OAEP_SHA_256",
            "--wrapping-key-spec",
            "RSA_2048",
        ]);
        let token = env.path("crash.token");
        let public = env.path("crash.der");
        std::fs::write(&token, unb64(params["ImportToken"].as_str().unwrap())).unwrap();
        std::fs::write(&public, unb64(params["PublicKey"].as_str().unwrap())).unwrap();
        let material = env.path("crash.material");
        std::fs::write(&material, [round as u8; 32]).unwrap();
        let wrapped = crate::import::wrap(&public, &material, "RSAES_OAEP_SHA_256");
        Importable {
            key,
            token: format!("fileb://{}", token.display()),
            wrapped: format!("fileb://{}", wrapped.display()),
        }
    }

    fn args(&self) -> Vec<&str> {
        vec![
            "import-key-material",
            "--key-id",
            &self.key,
            "--import-token",
            &self.token,
            "--encrypted-key-material",
            &self.wrapped,
            "--expiration-model",
            "KEY_MATERIAL_DOES_NOT_EXPIRE",
        ]
    }
}

/// How many rounds (`rounds_var`, else `default`), the seed
/// (`KMS_LOCAL_CRASH_SEED`, else one from the process id) and its generator.
fn plan(rounds_var: &str, default: u64) -> (u64, u64, Rng) {
    let var = |name: &str| std::env::var(name).ok().and_then(|v| v.parse().ok());
    let rounds = var(rounds_var).unwrap_or(default);
    let seed = var("KMS_LOCAL_CRASH_SEED")
        .unwrap_or_else(|| u64::from(std::process::id()) * 2_654_435_761 + 1);
    (rounds, seed, Rng(seed))
}

#[test]
fn writers_killed_at_random_moments_lose_nothing_acknowledged() {
    const ELSEWHERE: &str = "eu-west-1";
    let (rounds, seed, mut rng) = plan("KMS_LOCAL_CRASH_ROUNDS", 200);
    let env = TestEnv::new();
    let first = env.create_key();
    let mut keys = vec![first.clone()];
    let mut blobs = vec![(first.clone(), env.generate(&first, &[]))];
    let mut aliases = Vec::new();
    let mut signatures = Vec::new();
    // A multi-Region key replicated into a new Region now and then, and keys
    // of imported material, each imported once.
    let created: serde_json::Value = env.json(&["create-key", "--multi-region"]);
    let mrk = created["KeyMetadata"]["KeyId"].as_str().unwrap().to_owned();
    let mrk_blob = env.generate(&mrk, &[]);
    let mut fresh_regions = REPLICA_REGIONS.iter();
    let mut replicas = Vec::new();
    let mut imported = Vec::new();
    let mut killed = 0;
    for round in 0..rounds {
        let target = keys[rng.below(keys.len() as u64) as usize].clone();
        let alias = format!("alias/crash-{round}");
        let choice = rng.below(7);
        let region = match choice {
            5 => fresh_regions.next().copied(),
            _ => None,
        };
        let external = (choice == 6).then(|| Importable::new(&env, round));
        let args: Vec<&str> = match (choice, region, &external) {
            (5, Some(region), _) => vec![
                "replicate-key",
                "--key-id",
                &mrk,
                "--replica-region",
                region,
            ],
            (6, _, Some(external)) => external.args(),
            (0, ..) => vec!["create-key", "--description", "crash test"],
            // Signing keys in another Region: a scope of their own.
            (4, ..) => vec![
                "create-key",
                "--key-spec",
                "ECC_NIST_P256",
                "--key-usage",
                "SIGN_VERIFY",
                "--region",
                ELSEWHERE,
            ],
            (1, ..) => vec!["rotate", "--key-id", &target],
            (2, ..) => vec!["rotate", "--domain"],
            _ => vec![
                "create-alias",
                "--alias-name",
                &alias,
                "--target-key-id",
                &target,
            ],
        };
        let mut child = env.spawn(&args);
        std::thread::sleep(Duration::from_micros(rng.below(40_000)));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            // Acknowledged: the command finished before the kill.
            match args[0] {
                "create-key" if args.len() > 3 => {
                    let created: CreateKey = serde_json::from_slice(&out.stdout).unwrap();
                    let key = created.key_metadata.key_id;
                    let signature = env.ok(&[
                        "sign",
                        "--region",
                        ELSEWHERE,
                        "--key-id",
                        &key,
                        "--signing-algorithm",
                        "ECDSA_SHA_256",
                        "--message",
                        "aGVsbG8=",
                        "--query",
                        "Signature",
                        "--output",
                        "text",
                    ]);
                    signatures.push((key, signature.trim_end().to_owned()));
                }
                "create-key" => {
                    let created: CreateKey = serde_json::from_slice(&out.stdout).unwrap();
                    let key = created.key_metadata.key_id;
                    blobs.push((key.clone(), env.generate(&key, &[])));
                    keys.push(key);
                }
                "create-alias" => aliases.push((alias.clone(), target.clone())),
                "replicate-key" => replicas.extend(region),
                "import-key-material" => {
                    if let Some(external) = &external {
                        imported.push((external.key.clone(), env.generate(&external.key, &[])));
                    }
                }
                "rotate" if args[1] == "--key-id" => {
                    blobs.push((target.clone(), env.generate(&target, &[])));
                }
                _ => {}
            }
        } else {
            killed += 1;
        }
        // Whatever the moment of the kill, the keystore opens and is whole.
        let verify = env.run(&["keystore", "verify"]);
        assert!(
            verify.status.success(),
            "seed {seed}, round {round}, after killing {args:?}: {}",
            String::from_utf8_lossy(&verify.stderr)
        );
    }
    for key in &keys {
        env.ok(&["describe-key", "--key-id", key]);
    }
    for (alias, key) in &aliases {
        assert_eq!(
            env.generate(alias, &[]).key_id,
            arn(key),
            "seed {seed}: {alias}"
        );
    }
    for (key, made) in &blobs {
        let back = env.decrypt(&made.ciphertext_blob, &[]);
        assert_eq!(
            back.plaintext, made.plaintext,
            "seed {seed}: a blob of {key}"
        );
    }
    for region in &replicas {
        let back = env.decrypt(&mrk_blob.ciphertext_blob, &["--region", region]);
        assert_eq!(
            back.plaintext, mrk_blob.plaintext,
            "seed {seed}: the replica in {region}"
        );
    }
    for (key, made) in &imported {
        let back = env.decrypt(&made.ciphertext_blob, &[]);
        assert_eq!(
            back.plaintext, made.plaintext,
            "seed {seed}: a blob of imported key {key}"
        );
    }
    for (key, signature) in &signatures {
        env.ok(&[
            "verify",
            "--region",
            ELSEWHERE,
            "--key-id",
            key,
            "--signing-algorithm",
            "ECDSA_SHA_256",
            "--message",
            "aGVsbG8=",
            "--signature",
            signature,
        ]);
    }
    assert!(killed > 0, "seed {seed}: no command was killed mid-way");
    // Printed past the test harness's capture, so that every run reports it.
    let _ = writeln!(
        std::io::stderr(),
        "crash safety: {killed} of {rounds} writers killed mid-way (seed {seed}); \
         {} keys, {} signing keys, {} aliases, {} blobs, {} replicas and {} imported keys \
         acknowledged and intact",
        keys.len(),
        signatures.len(),
        aliases.len(),
        blobs.len(),
        replicas.len(),
        imported.len()
    );
}

/// `keystore rekey` killed with SIGKILL at random moments,
/// KMS_LOCAL_REKEY_CRASH_ROUNDS times (default 50), each round from the
/// master key the keystore has to a new one, in a new key file or from the
/// environment. After every kill the keystore opens and verifies with the
/// old key or the new one; when it opens with a new key file's key, that
/// file is on disk, and the audit log verifies under the new key. When it
/// opens with the old key, its log goes on, or (a kill between the new log
/// and the save) every command refuses it until the next rekey, which
/// finishes the job. At the end every blob decrypts.
#[test]
fn rekey_killed_at_random_moments_leaves_the_old_key_or_the_new_one() {
    let (rounds, seed, mut rng) = plan("KMS_LOCAL_REKEY_CRASH_ROUNDS", 50);
    let env = TestEnv::new();
    let blobs: Vec<GenerateDataKey> = (0..10)
        .map(|_| env.generate(&env.create_key(), &[]))
        .collect();
    // The binary under master key `key`, with `vars` besides.
    let under = |key: &str, vars: &[(&str, &str)], args: &[&str]| {
        std::process::Command::new(bin())
            .args(args)
            .env_clear()
            .envs(env.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .env("KMS_LOCAL_MASTER_KEY", key)
            .envs(vars.iter().copied())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("the binary starts")
    };
    // A rekey from `from` to a new key file (returned), or to `new_key` from the environment.
    let rekey = |from: &str, round: u64, by_file: bool, new_key: &str| {
        let file = env.path(&format!("keys/round-{round}.key"));
        let child = match by_file {
            true => under(
                from,
                &[],
                &[
                    "keystore",
                    "rekey",
                    "--new-master-key-file",
                    file.to_str().unwrap(),
                ],
            ),
            false => under(
                from,
                &[("KMS_LOCAL_NEW_MASTER_KEY", new_key)],
                &["keystore", "rekey", "--new-master-key-from-env"],
            ),
        };
        (file, child)
    };
    let done = |child: std::process::Child| child.wait_with_output().unwrap();
    let random_key = |rng: &mut Rng| {
        let bytes: Vec<u8> = (0..4).flat_map(|_| rng.next().to_le_bytes()).collect();
        b64(&bytes)
    };

    // Three rekeys left to finish show how long one takes (the quickest:
    // the first run of the binary is slower than the rest).
    let mut current = MASTER_KEY.to_owned();
    let mut window = u64::MAX;
    for round in 0..3 {
        let started = std::time::Instant::now();
        let (file, child) = rekey(&current, 1000 + round, true, "");
        let out = done(child);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        window = window.min(started.elapsed().as_micros() as u64 * 6 / 5);
        current = std::fs::read_to_string(&file)
            .unwrap()
            .trim_end()
            .to_owned();
    }

    let (mut killed, mut to_new, mut stuck) = (0, 0, 0);
    for round in 1..=rounds {
        let by_file = rng.below(2) == 0;
        let env_key = random_key(&mut rng);
        let (file, mut child) = rekey(&current, round, by_file, &env_key);
        std::thread::sleep(Duration::from_micros(rng.below(window.max(1))));
        let _ = child.kill();
        let out = done(child);
        let finished = out.status.success();
        if !finished {
            killed += 1;
        }
        let context = format!("seed {seed}, round {round}, by file {by_file}");
        let old = done(under(&current, &[], &["keystore", "verify"]));
        if old.status.success() {
            assert!(
                !finished,
                "{context}: the rekey finished, yet the old key opens"
            );
            // A kill between the new log and the save leaves a log under the
            // new key: every command refuses it until the next rekey.
            let listed = done(under(&current, &[], &["list-keys"]));
            if !listed.status.success() {
                let stderr = String::from_utf8_lossy(&listed.stderr);
                assert!(
                    stderr.contains("that rekey stopped before it saved the keystore"),
                    "{context}: {stderr}"
                );
                stuck += 1;
            }
            continue;
        }
        let stderr = String::from_utf8_lossy(&old.stderr);
        assert!(
            stderr.contains("the master key does not open this keystore"),
            "{context}: neither key opens it: {stderr}"
        );
        let new = match by_file {
            true => std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{context}: sealed under a key file not on disk: {e}"))
                .trim_end()
                .to_owned(),
            false => env_key,
        };
        for args in [&["keystore", "verify"][..], &["audit", "verify"]] {
            let out = done(under(&new, &[], args));
            assert!(
                out.status.success(),
                "{context}: {args:?} under the new key: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        to_new += 1;
        current = new;
    }

    // A last rekey, left to finish, ends any interrupted one.
    let final_key = random_key(&mut rng);
    let (_, child) = rekey(&current, rounds + 1, false, &final_key);
    let out = done(child);
    assert!(
        out.status.success(),
        "seed {seed}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let env = env.with(&[("KMS_LOCAL_MASTER_KEY", &final_key)]);
    env.ok(&["keystore", "verify"]);
    let verified: serde_json::Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Restarts"][0]["Operation"], "RekeyKeystore");
    for made in &blobs {
        let back = env.decrypt(&made.ciphertext_blob, &[]);
        assert_eq!(back.plaintext, made.plaintext, "seed {seed}");
    }
    assert!(killed > 0, "seed {seed}: no rekey was killed mid-way");
    let _ = writeln!(
        std::io::stderr(),
        "rekey crash safety: {killed} of {rounds} rekeys killed mid-way (seed {seed}); \
         {to_new} left the new key, {stuck} a log under the new key and the keystore under the \
         old one; every blob decrypts"
    );
}

/// Writers killed with SIGKILL at random moments while the audit log
/// rotates every few lines and retention removes old segments (the test
/// clock moves a day a round), KMS_LOCAL_ROTATION_CRASH_ROUNDS times
/// (default 60). After every kill the whole history verifies across its
/// segments; every acknowledged command's entry is in it, and its key in
/// the keystore.
#[test]
fn rotations_killed_at_random_moments_lose_nothing_acknowledged() {
    let (rounds, seed, mut rng) = plan("KMS_LOCAL_ROTATION_CRASH_ROUNDS", 60);
    const DAY_MS: i64 = 24 * 60 * 60 * 1000;
    let start = kms_local::timestamp::Timestamp::parse_rfc3339("2030-01-01T00:00:00Z").unwrap();
    let day = |n: u64| kms_local::timestamp::Timestamp(start.0 + n as i64 * DAY_MS).to_iso8601();
    let mut env = TestEnv::new().with(&[("KMS_LOCAL_NOW", &day(0))]);
    env.ok(&["init"]);
    env.ok(&[
        "keystore",
        "settings",
        "--audit-segment-max-bytes",
        "1024",
        "--audit-retention-days",
        "2",
        "--domain-key-rotation-period-in-days",
        "365",
    ]);
    // A command left to finish shows how long one takes.
    let started = std::time::Instant::now();
    let mut keys = vec![env.create_key()];
    let window = started.elapsed().as_micros() as u64 * 3 / 2;
    let (mut killed, mut removed) = (0, 0);
    for round in 1..=rounds {
        // The same keystore, a day later.
        env.vars.retain(|(name, _)| name != "KMS_LOCAL_NOW");
        env.vars.push(("KMS_LOCAL_NOW".into(), day(round)));

        let mut child = env.spawn(&["create-key", "--description", "rotation crash test"]);
        std::thread::sleep(Duration::from_micros(rng.below(window.max(1))));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        let context = format!("seed {seed}, round {round}");
        if out.status.success() {
            let created: CreateKey = serde_json::from_slice(&out.stdout).unwrap();
            let key = created.key_metadata.key_id;
            let logged: serde_json::Value = env.json(&["audit", "--key-id", &key]);
            assert_eq!(
                logged["Events"][0]["Operation"], "CreateKey",
                "{context}: an acknowledged CreateKey is not in the log: {logged}"
            );
            keys.push(key);
        } else {
            killed += 1;
        }
        for args in [&["keystore", "verify"][..], &["audit", "verify"]] {
            let checked = env.run(args);
            assert!(
                checked.status.success(),
                "{context}: {args:?}: {}",
                String::from_utf8_lossy(&checked.stderr)
            );
        }
        let verified: serde_json::Value = env.json(&["audit", "verify"]);
        removed = removed.max(verified["Removals"].as_array().map_or(0, Vec::len));
    }
    for key in &keys {
        env.ok(&["describe-key", "--key-id", key]);
    }
    assert!(killed > 0, "seed {seed}: no command was killed mid-way");
    let _ = writeln!(
        std::io::stderr(),
        "rotation crash safety: {killed} of {rounds} writers killed mid-way (seed {seed}); \
         {} keys acknowledged and logged; the kept history verifies ({removed} removals kept)",
        keys.len()
    );
}
