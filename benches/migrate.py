#!/usr/bin/env python3
"""`kms-local migrate` and `rewrap --batch` against a second kms-local
`serve` over HTTPS, as a markdown table for docs/performance.md.

Run: python3 benches/migrate.py [--bin target/release/kms-local] [--keys 10]
     [--blobs 2000] [--rounds 3]

Needs only the `openssl` command (for the destination's CA and certificate).
Per round: a fresh source keystore with --keys keys of each kind (symmetric,
HMAC_256, ECC_NIST_P256) and --blobs blobs under one symmetric key, and a
fresh destination keystore served over HTTPS; then `migrate --all`, timed,
and `rewrap --batch` of every blob, timed. It prints the median over rounds.
The client and the server share the machine's cores. Timings are reported,
never asserted; servers are stopped on every exit. Not part of any test run.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_tls import MASTER_KEY, REGION, Server, make_pki, run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def round_once(binary, folder, keys, blobs):
    env = {"PATH": os.environ["PATH"], "HOME": str(folder), "KMS_LOCAL_MASTER_KEY": MASTER_KEY,
           "AWS_REGION": REGION, "AWS_EC2_METADATA_DISABLED": "true",
           "KMS_LOCAL_KEYSTORE": str(folder / "source")}
    dest_env = dict(env, KMS_LOCAL_KEYSTORE=str(folder / "dest"))
    run([binary, "init"], env)
    run([binary, "init"], dest_env)
    access = json.loads(run([binary, "create-access-key", "--account-id", "444455556666"],
                            dest_env))["AccessKey"]
    (folder / "pki").mkdir()
    ca, cert, key = make_pki(folder / "pki")
    server = Server(binary, dest_env, ["--tls-cert", cert, "--tls-key", key], folder / "serve.log")
    try:
        first = None
        for _ in range(keys):
            for spec, usage in [("SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT"),
                                ("HMAC_256", "GENERATE_VERIFY_MAC"),
                                ("ECC_NIST_P256", "SIGN_VERIFY")]:
                made = json.loads(run([binary, "create-key", "--key-spec", spec, "--key-usage",
                                       usage], env))["KeyMetadata"]["KeyId"]
                first = first or made
        requests = "".join(json.dumps({"Operation": "Encrypt", "KeyId": first,
                                       "Plaintext": "c2VjcmV0IHZhbHVlIG9mIDMyIGJ5dGVzIGxvbmcu"})
                           + "\n" for _ in range(blobs))
        made = subprocess.run([str(binary), "batch"], env=env, input=requests, text=True,
                              capture_output=True, check=True).stdout.splitlines()
        lines = "".join(json.dumps({"CiphertextBlob": json.loads(m)["CiphertextBlob"]}) + "\n"
                        for m in made)
        remote_env = dict(env, AWS_ACCESS_KEY_ID=access["AccessKeyId"],
                          AWS_SECRET_ACCESS_KEY=access["SecretAccessKey"])
        flags = ["--endpoint-url", server.url, "--ca-bundle", str(ca)]
        started = time.perf_counter()
        subprocess.run([str(binary), "migrate", "--all", *flags], env=remote_env, check=True,
                       capture_output=True)
        migrate_s = time.perf_counter() - started
        started = time.perf_counter()
        out = subprocess.run([str(binary), "rewrap", "--batch", *flags], env=remote_env,
                             input=lines, text=True, capture_output=True, check=True).stdout
        rewrap_s = time.perf_counter() - started
        assert len(out.splitlines()) == blobs
        return migrate_s, rewrap_s
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=ROOT / "target" / "release" / "kms-local", type=Path)
    parser.add_argument("--keys", type=int, default=10, help="keys of each kind")
    parser.add_argument("--blobs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as folder:
            results.append(round_once(args.bin, Path(folder), args.keys, args.blobs))
    migrate_s = statistics.median(r[0] for r in results)
    rewrap_s = statistics.median(r[1] for r in results)
    keys = 3 * args.keys
    print("| step | work | time | rate |")
    print("|---|---|---|---|")
    print(f"| `migrate --all` | {keys} keys ({args.keys} symmetric, {args.keys} HMAC_256, "
          f"{args.keys} ECC_NIST_P256) | {migrate_s:.2f} s | {keys / migrate_s:.1f} keys/s |")
    print(f"| `rewrap --batch` | {args.blobs} blobs | {rewrap_s:.2f} s | "
          f"{args.blobs / rewrap_s:,.0f} blobs/s |")


if __name__ == "__main__":
    main()
