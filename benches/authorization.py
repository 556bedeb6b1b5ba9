#!/usr/bin/env python3
"""What key policies and grants cost, in one run: `batch` GenerateDataKey on
a key whose policy has 20 statements with conditions and 50 grants, against
the same on a key with the default policy, acting as a principal the large
policy lets in through its last statement.

Run: cargo build --release && python3 benches/authorization.py [--lines N] [--runs N]
Not part of the tests: timings are reported, never asserted.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "kms-local"
ACCOUNT = "111122223333"
CALLER = f"arn:aws:sts::{ACCOUNT}:assumed-role/app/session"


def run(args, env, stdin=None):
    return subprocess.run([str(BIN), *args], env=env, input=stdin, capture_output=True, check=True, text=True).stdout


def large_policy():
    """20 statements with conditions; only the last lets the caller's role in."""
    statements = [
        {
            "Sid": f"team{n}",
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/team{n}"},
            "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"],
            "Resource": "*",
            "Condition": {
                "StringEquals": {"kms:EncryptionContext:team": f"team{n}"},
                "ForAllValues:StringLike": {"kms:EncryptionContextKeys": ["team", "app*"]},
            },
        }
        for n in range(18)
    ]
    statements.insert(0, {"Sid": "admin", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/admin"},
                          "Action": "kms:*", "Resource": "*"})
    statements.append({
        "Sid": "app", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/app"},
        "Action": "kms:GenerateDataKey", "Resource": "*",
        "Condition": {"StringEquals": {"kms:EncryptionContext:app": "bench"}},
    })
    return {"Version": "2012-10-17", "Statement": statements}


def rate(env, key, lines):
    line = json.dumps({"Operation": "GenerateDataKey", "KeyId": key, "NumberOfBytes": 32,
                       "EncryptionContext": {"app": "bench"}}) + "\n"
    start = time.perf_counter()
    out = run(["batch", "--principal", CALLER], env, stdin=line * lines)
    elapsed = time.perf_counter() - start
    assert out.count("\n") == lines and '"Error"' not in out, out[:300]
    return lines / elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"PATH": os.environ["PATH"], "HOME": tmp, "KMS_LOCAL_KEYSTORE": f"{tmp}/keystore",
               "KMS_LOCAL_MASTER_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}
        plain = json.loads(run(["create-key"], env))["KeyMetadata"]["KeyId"]
        large = json.loads(run(["create-key", "--policy", json.dumps(large_policy()),
                                "--bypass-policy-lockout-safety-check"], env))["KeyMetadata"]["KeyId"]
        admin = f"arn:aws:iam::{ACCOUNT}:role/admin"
        for n in range(50):
            run(["create-grant", "--key-id", large, "--grantee-principal", f"arn:aws:iam::{ACCOUNT}:role/g{n}",
                 "--operations", "Decrypt", "--principal", admin], env)
        results = {"default policy": [], "20 statements, 50 grants": []}
        for _ in range(args.runs):
            results["default policy"].append(rate(env, plain, args.lines))
            results["20 statements, 50 grants"].append(rate(env, large, args.lines))
        base = statistics.median(results["default policy"])
        for name, rates in results.items():
            median = statistics.median(rates)
            print(f"{name:28} {median:10.0f} lines/s  ({median / base:.2f} of the default policy's)")


if __name__ == "__main__":
    main()
