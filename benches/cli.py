#!/usr/bin/env python3
"""Whole-process benchmark: median wall time and peak memory of commands on
keystores of 1, 1,000 and 10,000 keys, next to the process floor
(`kms-local --version`) measured in the same run.

Run: cargo build --release && python3 benches/cli.py [--runs N] [--sizes 1,1000,10000]
It fills the big keystores with `cargo bench --bench populate` (one write),
and measures `batch` next to the criterion primitive (`cargo bench --bench
hsm`), run in the same invocation.
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


def timed(args, env):
    """Wall time (ms) and peak resident memory (MiB) of one run."""
    start = time.perf_counter_ns()
    proc = subprocess.Popen([BIN, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    out = proc.stdout.read()
    proc.stdout.close()
    proc.stderr.close()
    if status != 0:
        raise SystemExit(f"{args} failed")
    return elapsed, usage.ru_maxrss / 1024, out


def measure(args, env, runs):
    results = [timed(args, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def keystore(tmp, size):
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": tmp,
        "KMS_LOCAL_KEYSTORE": f"{tmp}/keystore-{size}",
        "KMS_LOCAL_MASTER_KEY": base64.b64encode(os.urandom(32)).decode(),
    }
    # cargo keeps the real HOME, where its registry and toolchain live.
    fill = dict(os.environ, KMS_LOCAL_POPULATE=str(size))
    fill.update({k: v for k, v in env.items() if k != "HOME"})
    made = subprocess.run(
        ["cargo", "bench", "--quiet", "--bench", "populate"],
        cwd=ROOT, env=fill, capture_output=True, check=True, text=True,
    )
    key = made.stdout.strip().splitlines()[-1]
    blob = json.loads(timed(["generate-data-key", "--key-id", key, "--number-of-bytes", "32"], env)[2])[
        "CiphertextBlob"
    ]
    return env, key, blob


def primitive_per_second():
    """GenerateDataKey of 32 bytes in memory, from `cargo bench --bench hsm`:
    the crypto limit the batch rate is compared with."""
    name = "GenerateDataKey, no context"
    subprocess.run(
        ["cargo", "bench", "--quiet", "--bench", "hsm", "--", f"^{name}$"],
        cwd=ROOT, check=True, capture_output=True,
    )
    estimates = ROOT / "target" / "criterion" / name / "new" / "estimates.json"
    nanoseconds = json.loads(estimates.read_text())["median"]["point_estimate"]
    return 1e9 / nanoseconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--sizes", default="1,1000,10000")
    options = parser.parse_args()
    if not BIN.exists():
        raise SystemExit(f"{BIN} is missing: run cargo build --release first")
    sizes = [int(s) for s in options.sizes.split(",")]
    runs = options.runs

    with tempfile.TemporaryDirectory() as tmp:
        stores = {size: keystore(tmp, size) for size in sizes}
        env1, _, _ = stores[sizes[0]]
        floor, floor_mem = measure(["--version"], env1, runs)
        print(f"{'command':<28} {'keys':>6} {'runs':>5} {'median ms':>10} {'x floor':>8} {'peak MiB':>9}")
        print(f"{'--version (process floor)':<28} {'-':>6} {runs:>5} {floor:>10.2f} {1:>8.2f} {floor_mem:>9.1f}")
        for size in sizes:
            env, key, blob = stores[size]
            cases = [
                ("generate-data-key", ["generate-data-key", "--key-id", key, "--number-of-bytes", "32"]),
                ("decrypt", ["decrypt", "--ciphertext-blob", blob]),
                ("encrypt (32 bytes)", ["encrypt", "--key-id", key, "--plaintext", base64.b64encode(os.urandom(32)).decode()]),
                ("describe-key", ["describe-key", "--key-id", key]),
                ("create-key (a write)", ["create-key"]),
            ]
            for name, args in cases:
                n = runs if size < 10000 or name != "create-key (a write)" else max(runs // 4, 5)
                median, mem = measure(args, env, n)
                print(f"{name:<28} {size:>6} {n:>5} {median:>10.2f} {median / floor:>8.2f} {mem:>9.1f}")
        # The passphrase unlock, with the default Argon2id cost.
        pass_env = dict(env1, KMS_LOCAL_KEYSTORE=f"{tmp}/pass-keystore", KMS_LOCAL_PASSPHRASE="bench")
        del pass_env["KMS_LOCAL_MASTER_KEY"]
        timed(["init", "--passphrase"], pass_env)
        pass_key = json.loads(timed(["create-key"], pass_env)[2])["KeyMetadata"]["KeyId"]
        median, mem = measure(["generate-data-key", "--key-id", pass_key, "--key-spec", "AES_256"], pass_env, max(runs // 10, 5))
        print(f"{'generate-data-key, passphrase':<28} {1:>6} {max(runs // 10, 5):>5} {median:>10.2f} {median / floor:>8.2f} {mem:>9.1f}")
        # Batch mode, last (this process's memory grows with it, and a child
        # forked from it would report that as its own peak): GenerateDataKey
        # lines through one process, next to the
        # in-memory primitive (criterion) measured in this same run.
        env, key, _ = stores[sizes[0]]
        primitive = primitive_per_second()
        lines = 200000
        request = json.dumps({"Operation": "GenerateDataKey", "KeyId": key, "NumberOfBytes": 32}) + "\n"
        rates = []
        requests = Path(tmp) / "requests"
        with open(requests, "w") as f:
            for _ in range(lines):
                f.write(request)
        responses = Path(tmp) / "responses"
        for _ in range(3):
            # Files at both ends, so that the rate is batch's, not a pipe reader's.
            with open(requests, "rb") as stdin, open(responses, "wb") as stdout:
                start = time.perf_counter_ns()
                subprocess.run([BIN, "batch"], env=env, stdin=stdin, stdout=stdout, check=True)
                seconds = (time.perf_counter_ns() - start) / 1e9
            out = responses.read_bytes()
            assert out.count(b"\n") == lines and b"Error" not in out
            rates.append(lines / seconds)
        rate = statistics.median(rates)
        print(f"{'batch GenerateDataKey':<28} {sizes[0]:>6} {lines:>5} {1e3 / rate:>10.4f}   "
              f"({rate:,.0f} a second, median of 3)")
        print(f"{'primitive (criterion)':<28} {'-':>6} {'-':>5} {1e3 / primitive:>10.4f}   "
              f"({primitive:,.0f} a second); batch is {rate / primitive:.0%} of it (target: at least 40%)")


if __name__ == "__main__":
    main()
