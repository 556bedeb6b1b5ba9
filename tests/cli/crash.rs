//! Crash safety: writers killed with SIGKILL at random moments, hundreds of
//! times. After every kill the keystore opens and verifies, and every key or
//! alias whose command finished before the kill is there, with every blob
//! made under it still decrypting.
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

#[test]
fn writers_killed_at_random_moments_lose_nothing_acknowledged() {
    let rounds: u64 = std::env::var("KMS_LOCAL_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed = std::env::var("KMS_LOCAL_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::process::id() as u64 * 2_654_435_761 + 1);
    let mut rng = Rng(seed);
    let env = TestEnv::new();
    let first = env.create_key();
    let mut keys = vec![first.clone()];
    let mut blobs = vec![(first.clone(), env.generate(&first, &[]))];
    let mut aliases = Vec::new();
    let mut killed = 0;
    for round in 0..rounds {
        let target = keys[rng.below(keys.len() as u64) as usize].clone();
        let alias = format!("alias/crash-{round}");
        let args: Vec<&str> = match rng.below(4) {
            0 => vec!["create-key", "--description", "crash test"],
            1 => vec!["rotate", "--key-id", &target],
            2 => vec!["rotate", "--domain"],
            _ => vec![
                "create-alias",
                "--alias-name",
                &alias,
                "--target-key-id",
                &target,
            ],
        };
        let mut child = env.spawn(&args);
        std::thread::sleep(Duration::from_micros(rng.below(8000)));
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            // Acknowledged: the command finished before the kill.
            match args[0] {
                "create-key" => {
                    let created: CreateKey = serde_json::from_slice(&out.stdout).unwrap();
                    let key = created.key_metadata.key_id;
                    blobs.push((key.clone(), env.generate(&key, &[])));
                    keys.push(key);
                }
                "create-alias" => aliases.push((alias.clone(), target.clone())),
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
    assert!(killed > 0, "seed {seed}: no command was killed mid-way");
    // Printed past the test harness's capture, so that every run reports it.
    let _ = writeln!(
        std::io::stderr(),
        "crash safety: {killed} of {rounds} writers killed mid-way (seed {seed}); \
         {} keys, {} aliases and {} blobs acknowledged and intact",
        keys.len(),
        aliases.len(),
        blobs.len()
    );
}
