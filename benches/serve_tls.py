#!/usr/bin/env python3
"""`kms-local serve` over HTTPS next to plain HTTP, measured in one run, as a
markdown table for docs/performance.md.

Run: PYTHON benches/serve_tls.py [--bin target/release/kms-local] [--calls 2000]
     [--connections 300] [--rounds 3]

PYTHON is one with boto3 and botocore: target/serve-venv (benches/serve.py
makes it) or the tests/clients venv. The script:
- makes a temporary keystore with one key and one access key, and a CA and a
  server certificate for 127.0.0.1 with the `openssl` command;
- starts two servers on that keystore, `serve` and `serve --tls-cert
  --tls-key` (TLS 1.3 is what the client agrees);
- per round, for each server in turn: sequential Encrypt (32 bytes) and
  GenerateDataKey (AES_256) calls from one kept-alive boto3 client, then
  signed ListKeys requests each on a new connection (http.client, with
  Python's ssl for HTTPS), which prices the TCP and TLS handshakes;
- prints the median over rounds of each rate and of the rounds' p50/p99.
The client shares the machine's cores with the servers. Timings are
reported, never asserted; the servers are stopped on every exit. It is not
part of any test run.
"""
import argparse
import http.client
import json
import os
import re
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

ROOT = Path(__file__).resolve().parent.parent
REGION = "us-east-1"
MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="


def log(message):
    print(f"serve_tls.py: {message}", file=sys.stderr, flush=True)


def run(args, env=None):
    return subprocess.run([str(a) for a in args], env=env, check=True, capture_output=True,
                          text=True, timeout=120).stdout


def make_pki(folder):
    """A CA and a P-256 server certificate for 127.0.0.1 and localhost."""
    ext = folder / "server.ext"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n")
    p256 = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    run(["openssl", "req", "-x509", *p256, "-days", "2", "-subj", "/CN=bench CA",
         "-keyout", folder / "ca.key", "-out", folder / "ca.pem"])
    run(["openssl", "req", "-new", *p256, "-subj", "/CN=localhost",
         "-keyout", folder / "server.key", "-out", folder / "server.csr"])
    run(["openssl", "x509", "-req", "-in", folder / "server.csr", "-CA", folder / "ca.pem",
         "-CAkey", folder / "ca.key", "-set_serial", "2", "-days", "2", "-extfile", ext,
         "-out", folder / "server.pem"])
    os.chmod(folder / "server.key", 0o600)
    return folder / "ca.pem", folder / "server.pem", folder / "server.key"


class Server:
    """One `kms-local serve`, its stderr in a file, stopped with SIGTERM."""

    def __init__(self, binary, env, extra, log_path):
        self.log = open(log_path, "w+b")
        self.proc = subprocess.Popen([str(binary), "serve", "--listen", "127.0.0.1:0", *extra],
                                     env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            self.log.seek(0)
            first = self.log.readline().decode()
            found = re.match(r"kms-local serve: listening on (https?)://127\.0\.0\.1:(\d+)\n", first)
            if found:
                self.scheme, self.port = found.group(1), int(found.group(2))
                self.url = f"{self.scheme}://127.0.0.1:{self.port}"
                return
            if self.proc.poll() is not None:
                raise SystemExit(f"serve exited {self.proc.returncode}: {first}")
            time.sleep(0.05)
        raise SystemExit("serve did not say where it listens within 30 s")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed(calls, call):
    """Runs `call` `calls` times after a warm-up: calls/s, p50 and p99 in ms."""
    for _ in range(min(50, calls)):
        call()
    samples = []
    started = time.perf_counter()
    for _ in range(calls):
        t = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t)
    elapsed = time.perf_counter() - started
    return calls / elapsed, percentile(samples, 0.5) * 1e3, percentile(samples, 0.99) * 1e3


def sdk_client(server, access, ca):
    session = boto3.session.Session(aws_access_key_id=access[0], aws_secret_access_key=access[1],
                                    region_name=REGION)
    return session.client("kms", endpoint_url=server.url,
                          verify=str(ca) if server.scheme == "https" else None,
                          config=Config(retries={"total_max_attempts": 1}))


def new_connection_calls(server, access, ca, calls):
    """ListKeys, each on a new connection: the price of connecting."""
    context = ssl.create_default_context(cafile=str(ca))
    credentials = Credentials(*access)

    def call():
        request = AWSRequest(method="POST", url=f"{server.url}/", data=b"{}", headers={
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": "TrentService.ListKeys",
        })
        SigV4Auth(credentials, "kms", REGION).add_auth(request)
        if server.scheme == "https":
            conn = http.client.HTTPSConnection("127.0.0.1", server.port, context=context, timeout=30)
        else:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            conn.request("POST", "/", body=b"{}", headers=dict(request.headers))
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise SystemExit(f"ListKeys over {server.scheme}: HTTP {response.status}")
        finally:
            conn.close()

    return timed(calls, call)


def measure(server, key, access, ca, args):
    kms = sdk_client(server, access, ca)
    plaintext = os.urandom(32)
    return {
        "Encrypt": timed(args.calls, lambda: kms.encrypt(KeyId=key, Plaintext=plaintext)),
        "GenerateDataKey": timed(args.calls,
                                 lambda: kms.generate_data_key(KeyId=key, KeySpec="AES_256")),
        "new connection": new_connection_calls(server, access, ca, args.connections),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=ROOT / "target" / "release" / "kms-local", type=Path)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kms-local-tls-bench-") as tmp:
        tmp = Path(tmp)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp),
               "KMS_LOCAL_KEYSTORE": str(tmp / "keystore"), "KMS_LOCAL_MASTER_KEY": MASTER_KEY}
        key = run([args.bin, "create-key", "--query", "KeyMetadata.KeyId", "--output", "text"],
                  env).strip()
        made = json.loads(run([args.bin, "create-access-key"], env))["AccessKey"]
        access = (made["AccessKeyId"], made["SecretAccessKey"])
        ca, cert, tls_key = make_pki(tmp)
        servers = []
        try:
            servers.append(Server(args.bin, env, [], tmp / "http.log"))
            servers.append(Server(args.bin, env, ["--tls-cert", cert, "--tls-key", tls_key],
                                  tmp / "https.log"))
            rounds = {s.scheme: [] for s in servers}
            for i in range(args.rounds):
                for server in servers:
                    log(f"round {i + 1}/{args.rounds}: {server.url}")
                    rounds[server.scheme].append(measure(server, key, access, ca, args))
        finally:
            for server in servers:
                server.stop()
    print(f"{args.calls} sequential calls a round from one kept-alive boto3 client, "
          f"{args.connections} new connections a round; medians of {args.rounds} rounds\n")
    print("| measure | HTTP | HTTPS | HTTPS / HTTP |")
    print("|---|---:|---:|---:|")
    for name in ("Encrypt", "GenerateDataKey", "new connection"):
        figures = {}
        for scheme in ("http", "https"):
            rows = [r[name] for r in rounds[scheme]]
            figures[scheme] = [statistics.median(column) for column in zip(*rows)]
        rate = figures["https"][0] / figures["http"][0]
        print(f"| {name}, calls/s | {figures['http'][0]:,.0f} | {figures['https'][0]:,.0f} "
              f"| {rate:.2f} |")
        print(f"| {name}, p50 / p99 ms | {figures['http'][1]:.3f} / {figures['http'][2]:.3f} "
              f"| {figures['https'][1]:.3f} / {figures['https'][2]:.3f} | |")


if __name__ == "__main__":
    main()
