#!/usr/bin/env python3
"""Whole-process benchmark: median wall time of each command, next to the
process floor (`kms-local --version`) measured in the same run.

Run: cargo build --release && python3 benches/cli.py [--runs N]
Not part of the tests: timings are reported, never asserted.
"""
import argparse
import base64
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "kms-local"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    if not BIN.exists():
        raise SystemExit(f"{BIN} is missing: run cargo build --release first")

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": tmp,
            "KMS_LOCAL_KEYSTORE": f"{tmp}/keystore",
            "KMS_LOCAL_MASTER_KEY": base64.b64encode(os.urandom(32)).decode(),
        }

        def run(*args, env=env):
            out = subprocess.run([BIN, *args], env=env, capture_output=True, check=True)
            return out.stdout

        key = json.loads(run("create-key"))["KeyMetadata"]["KeyId"]
        run("create-alias", "--alias-name", "alias/bench", "--target-key-id", key)
        blob = json.loads(run("generate-data-key", "--key-id", key, "--number-of-bytes", "32"))[
            "CiphertextBlob"
        ]

        pass_env = dict(env, KMS_LOCAL_KEYSTORE=f"{tmp}/pass-keystore", KMS_LOCAL_PASSPHRASE="bench")
        del pass_env["KMS_LOCAL_MASTER_KEY"]
        run("init", "--passphrase", env=pass_env)
        pass_key = json.loads(run("create-key", env=pass_env))["KeyMetadata"]["KeyId"]

        cases = [
            ("--version (process floor)", ["--version"], env, runs),
            ("generate-data-key", ["generate-data-key", "--key-id", "alias/bench", "--number-of-bytes", "32"], env, runs),
            ("decrypt", ["decrypt", "--ciphertext-blob", blob], env, runs),
            ("re-encrypt", ["re-encrypt", "--ciphertext-blob", blob, "--destination-key-id", key], env, runs),
            ("encrypt (32 bytes)", ["encrypt", "--key-id", key, "--plaintext", base64.b64encode(os.urandom(32)).decode()], env, runs),
            ("describe-key", ["describe-key", "--key-id", "alias/bench"], env, runs),
            ("generate-random", ["generate-random", "--number-of-bytes", "32"], env, runs),
            ("create-key (a write)", ["create-key"], env, runs),
            ("generate-data-key, passphrase keystore", ["generate-data-key", "--key-id", pass_key, "--key-spec", "AES_256"], pass_env, max(runs // 10, 5)),
        ]
        floor = None
        print(f"{'command':<42} {'runs':>5} {'median ms':>10} {'x floor':>8}")
        for name, args, case_env, n in cases:
            times = []
            for _ in range(n):
                start = time.perf_counter_ns()
                run(*args, env=case_env)
                times.append((time.perf_counter_ns() - start) / 1e6)
            median = statistics.median(times)
            floor = floor or median
            print(f"{name:<42} {n:>5} {median:>10.2f} {median / floor:>8.2f}")


if __name__ == "__main__":
    main()
