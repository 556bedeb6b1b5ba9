#!/usr/bin/env python3
"""The asymmetric key specs against OpenSSL on the same machine, in one run:

- `batch` Sign and Verify with ECC_NIST_P256 and Ed25519 keys, against
  `openssl speed`'s sign and verify rates for the same curves;
- `create-key --key-spec RSA_4096`, against `openssl genpkey` of an RSA
  4096 key, medians over the same number of runs;
- one `sign` process (P-256) against the process floor, `kms-local --version`.

Run: cargo build --release && python3 benches/asymmetric.py [--lines N] [--runs N]
Not part of the tests: timings are reported, never asserted.
"""
import argparse
import base64
import json
import os
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "kms-local"
MESSAGE = base64.b64encode(b"release v1.2.3, built by CI").decode()


def run(args, env, stdin=None):
    return subprocess.run([BIN, *args], env=env, input=stdin, capture_output=True, check=True, text=True).stdout


def wall(command, env=None):
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def openssl_speed(algorithm, seconds):
    """(sign/s, verify/s) from one `openssl speed` run."""
    out = subprocess.run(
        ["openssl", "speed", "-seconds", str(seconds), algorithm], capture_output=True, check=True, text=True
    ).stdout
    # The result line ends with "... sign/s verify/s" (ecdsa: "256 bits ecdsa (nistp256) 0.0000s 0.0001s 40000.0 12000.0").
    line = [l for l in out.splitlines() if re.search(r"\d+\.\d+\s+\d+\.\d+\s*$", l)][-1]
    sign, verify = map(float, line.split()[-2:])
    return sign, verify


def batch_rate(env, lines):
    """Lines a second through one `batch` process."""
    text = "".join(json.dumps(line) + "\n" for line in lines)
    start = time.perf_counter()
    out = run(["batch"], env, stdin=text)
    elapsed = time.perf_counter() - start
    responses = [json.loads(l) for l in out.splitlines()]
    assert len(responses) == len(lines) and not any("Error" in r for r in responses), responses[:3]
    return len(lines) / elapsed, responses


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": tmp,
            "KMS_LOCAL_KEYSTORE": f"{tmp}/keystore",
            "KMS_LOCAL_MASTER_KEY": base64.b64encode(os.urandom(32)).decode(),
        }
        print(f"{'':28} {'kms-local':>12} {'openssl':>12} {'ratio':>7}")
        for spec, algorithm, speed in (
            ("ECC_NIST_P256", "ECDSA_SHA_256", "ecdsap256"),
            ("ECC_NIST_EDWARDS25519", "ED25519_SHA_512", "ed25519"),
        ):
            key = json.loads(run(["create-key", "--key-spec", spec, "--key-usage", "SIGN_VERIFY"], env))[
                "KeyMetadata"
            ]["KeyId"]
            sign = {"Operation": "Sign", "KeyId": key, "Message": MESSAGE, "SigningAlgorithm": algorithm}
            sign_rate, responses = batch_rate(env, [sign] * args.lines)
            verify = {**sign, "Operation": "Verify", "Signature": responses[0]["Signature"]}
            verify_rate, _ = batch_rate(env, [verify] * args.lines)
            ossl_sign, ossl_verify = openssl_speed(speed, args.seconds)
            for what, mine, theirs in (("sign", sign_rate, ossl_sign), ("verify", verify_rate, ossl_verify)):
                print(f"{spec + ' ' + what + '/s':28} {mine:12,.0f} {theirs:12,.0f} {mine / theirs:7.0%}")

        rsa = [wall([BIN, "create-key", "--key-spec", "RSA_4096", "--key-usage", "SIGN_VERIFY"], env) for _ in range(args.runs)]
        ossl = [
            wall(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:4096", "-out", os.devnull])
            for _ in range(args.runs)
        ]
        mine, theirs = statistics.median(rsa), statistics.median(ossl)
        print(f"{'RSA_4096 key, median s':28} {mine:12.3f} {theirs:12.3f} {mine / theirs:7.2f}x")
        print(f"{'  (spread, s)':28} {min(rsa):5.2f}-{max(rsa):5.2f} {min(ossl):6.2f}-{max(ossl):5.2f}")

        key = json.loads(run(["create-key", "--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"], env))[
            "KeyMetadata"
        ]["KeyId"]
        floor = statistics.median(wall([BIN, "--version"], env) for _ in range(50))
        one = statistics.median(
            wall([BIN, "sign", "--key-id", key, "--message", MESSAGE, "--signing-algorithm", "ECDSA_SHA_256"], env)
            for _ in range(50)
        )
        print(f"{'one sign (P-256), median ms':28} {one * 1e3:12.2f} {'floor':>12} {one / floor:7.2f}x")
        print(f"{'--version (floor), median ms':28} {floor * 1e3:12.2f}")


if __name__ == "__main__":
    main()
