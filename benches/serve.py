#!/usr/bin/env python3
"""`kms-local serve` under load: GenerateDataKey(NumberOfBytes=32) over
HTTP, next to moto's KMS server measured in the same run, as a markdown
table with the targets beside the figures.

Run: python3 benches/serve.py [--calls 5000] [--max-seconds 20] [--wrk-seconds 10]

One command does everything, all on 127.0.0.1:
- makes target/serve-venv with benches/requirements-serve.txt (moto, botocore)
  and installs wrk with apt-get, when they are missing;
- builds kms-local (release) and benches/sdk-client (the AWS SDK for Rust,
  its own workspace, built into target/sdk-client);
- starts `kms-local serve` on a temporary keystore with one key and one
  access key, and moto_server with one key;
- sequential SDK calls from one keep-alive client against both (calls/s,
  p50/p99), then wrk with 2 and 16 connections replaying one request signed
  with SigV4 just before each run (a signature is good for 15 minutes).
The targets: sequential calls/s at least 10x moto's; at 16 connections, at
least 20,000 req/s with p99 under 5 ms. A kms-local wrk run with any non-2xx
response or socket error fails the benchmark (moto's are only marked).
wrk shares the machine's cores with the server it loads, so the figures are
a floor for a server with cores of its own. Timings are reported, never
asserted; servers are stopped on every exit.
"""
import argparse
import base64
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "kms-local"
VENV = ROOT / "target" / "serve-venv"
REQUIREMENTS = ROOT / "benches" / "requirements-serve.txt"
SDK_MANIFEST = ROOT / "benches" / "sdk-client" / "Cargo.toml"
SDK_TARGET = ROOT / "target" / "sdk-client"
SDK_BIN = SDK_TARGET / "release" / "sdk-client"
REGION = "us-east-1"
TARGET = "TrentService.GenerateDataKey"
CONTENT_TYPE = "application/x-amz-json-1.1"
# Builds are the only long steps: a cold SDK build takes minutes on 2 cores.
BUILD_TIMEOUT = 45 * 60


def log(message):
    print(f"serve.py: {message}", file=sys.stderr, flush=True)


def run(args, timeout, **kwargs):
    """Runs a command to completion, failing the benchmark if it fails."""
    try:
        return subprocess.run(args, timeout=timeout, check=True, **kwargs)
    except subprocess.CalledProcessError as e:
        detail = (e.stderr or b"")[-2000:]
        detail = detail.decode(errors="replace") if isinstance(detail, bytes) else detail
        raise SystemExit(f"{' '.join(map(str, args))} failed ({e.returncode}): {detail}") from None
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{' '.join(map(str, args))} took more than {timeout} s") from None


# --- setup: venv, wrk, builds -------------------------------------------------


def in_venv():
    return Path(sys.prefix).resolve() == VENV.resolve()


def ensure_venv():
    """Installs the pinned packages once; a changed requirements file or python reinstalls."""
    stamp = VENV / "requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes() + sys.version.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted and (VENV / "bin" / "moto_server").exists():
        return
    log(f"installing {REQUIREMENTS.name} into {VENV}")
    shutil.rmtree(VENV, ignore_errors=True)
    run([sys.executable, "-m", "venv", VENV], timeout=300)
    run([VENV / "bin" / "pip", "install", "--quiet", "--disable-pip-version-check", "-r", REQUIREMENTS],
        timeout=900, capture_output=True)
    stamp.write_text(wanted)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    log("installing wrk with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", "wrk"]
    if subprocess.run(install, env=env, capture_output=True, timeout=600).returncode != 0:
        run(["apt-get", "update", "-q"], timeout=600, env=env, capture_output=True)
        run(install, timeout=600, env=env, capture_output=True)


def build():
    log("cargo build --release")
    run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, timeout=BUILD_TIMEOUT)
    log("building benches/sdk-client")
    run(["cargo", "build", "--release", "--quiet", "--locked", "--manifest-path", SDK_MANIFEST],
        env=dict(os.environ, CARGO_TARGET_DIR=str(SDK_TARGET)), timeout=BUILD_TIMEOUT)
    probe = subprocess.run([BIN, "serve", "--help"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        raise SystemExit(f"{BIN} has no working `serve` command: {probe.stderr.decode(errors='replace')[-500:]}")


# --- servers -------------------------------------------------------------------


class Server:
    """A server process whose stderr goes to a file (so that per-request logs
    never block it) and whose first line naming http://127.0.0.1:PORT is its
    address."""

    def __init__(self, name, args, env, log_path, address_pattern, cwd=None):
        self.name = name
        self.log_path = log_path
        self.log_file = open(log_path, "wb")
        self.proc = subprocess.Popen(args, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                                     stdout=self.log_file, stderr=self.log_file, start_new_session=True)
        self.url = self._wait_for_address(re.compile(address_pattern))

    def _wait_for_address(self, pattern, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log_path.read_bytes().decode(errors="replace")
            match = pattern.search(text)
            if match:
                return f"http://127.0.0.1:{match.group(1)}"
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise SystemExit(f"{self.name} printed no address: {self.log_path.read_text(errors='replace')[-2000:]}")

    def cpu_seconds(self):
        """User and system CPU time used so far."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        tick = os.sysconf("SC_CLK_TCK")
        return int(fields[11]) / tick, int(fields[12]) / tick

    def peak_rss_mib(self):
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return None

    def stop(self):
        """SIGTERM, then SIGKILL after 5 s; returns the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log_file.close()
        return self.proc.returncode


def kms_local_env(tmp):
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": tmp,
        "KMS_LOCAL_KEYSTORE": f"{tmp}/keystore",
        "KMS_LOCAL_MASTER_KEY": base64.b64encode(os.urandom(32)).decode(),
        "AWS_REGION": REGION,
    }


def start_kms_local(tmp, servers):
    env = kms_local_env(tmp)
    key = run([BIN, "create-key", "--query", "KeyMetadata.KeyId", "--output", "text"],
              env=env, timeout=60, capture_output=True, text=True).stdout.strip()
    access = json.loads(run([BIN, "create-access-key"], env=env, timeout=60,
                            capture_output=True, text=True).stdout)["AccessKey"]
    server = Server("kms-local serve", [BIN, "serve", "--listen", "127.0.0.1:0"], env,
                    Path(tmp) / "kms-local-serve.log",
                    r"\Akms-local serve: listening on http://127\.0\.0\.1:(\d+)\n")
    servers.append(server)
    return server, key, (access["AccessKeyId"], access["SecretAccessKey"])


def start_moto(tmp, servers):
    server = Server("moto_server", [VENV / "bin" / "moto_server", "-H", "127.0.0.1", "-p", "0"],
                    dict(os.environ, PYTHONUNBUFFERED="1"), Path(tmp) / "moto.log",
                    r"Running on http://127\.0\.0\.1:(\d+)", cwd=tmp)
    servers.append(server)
    credentials = ("testing", "testing")
    import botocore.session

    client = botocore.session.get_session().create_client(
        "kms", region_name=REGION, endpoint_url=server.url,
        aws_access_key_id=credentials[0], aws_secret_access_key=credentials[1])
    key = client.create_key()["KeyMetadata"]["KeyId"]
    return server, key, credentials


# --- measurements --------------------------------------------------------------


def sdk_calls(url, key, credentials, calls, max_seconds, warmup):
    env = dict(os.environ, AWS_ACCESS_KEY_ID=credentials[0], AWS_SECRET_ACCESS_KEY=credentials[1],
               AWS_REGION=REGION)
    for name in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_KMS"):
        env.pop(name, None)
    out = run([SDK_BIN, url, key, str(calls), str(max_seconds), str(warmup)], env=env,
              timeout=max_seconds + 120, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def signed_request(url, key, credentials):
    """One GenerateDataKey request with SigV4 headers, valid for 15 minutes."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    body = json.dumps({"KeyId": key, "NumberOfBytes": 32})
    host = url.removeprefix("http://")
    request = AWSRequest(method="POST", url=f"{url}/", data=body,
                         headers={"Host": host, "X-Amz-Target": TARGET, "Content-Type": CONTENT_TYPE})
    SigV4Auth(Credentials(*credentials), "kms", REGION).add_auth(request)
    return body, dict(request.headers.items())


def check_request(url, body, headers):
    """The replayed request must succeed on its own before wrk repeats it."""
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("POST", "/", body=body.encode(), headers=headers)
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    if response.status != 200:
        raise SystemExit(f"signed request to {url}: HTTP {response.status}: {data[:500]!r}")
    plaintext = base64.b64decode(json.loads(data)["Plaintext"])
    if len(plaintext) != 32:
        raise SystemExit(f"signed request to {url}: {len(plaintext)}-byte Plaintext")


def lua_string(text):
    if not text.isascii() or not text.isprintable():
        raise ValueError(f"not printable ASCII: {text!r}")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


DURATION = re.compile(r"([\d.]+)(us|ms|s|m)\b")
UNIT_MS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def wrk(server, key, credentials, connections, seconds, tmp):
    url = server.url
    body, headers = signed_request(url, key, credentials)
    check_request(url, body, headers)
    script = Path(tmp) / f"generate-data-key-{connections}.lua"
    lines = ['wrk.method = "POST"', f"wrk.body = {lua_string(body)}"]
    lines += [f"wrk.headers[{lua_string(k)}] = {lua_string(v)}" for k, v in headers.items()]
    script.write_text("\n".join(lines) + "\n")
    threads = min(connections, os.cpu_count() or 1)
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "2s", "--latency",
            "-s", script, f"{url}/"]
    cpu_before = server.cpu_seconds()
    out = run(args, timeout=seconds + 60, capture_output=True, text=True).stdout
    cpu = [after - before for before, after in zip(cpu_before, server.cpu_seconds())]
    problems = [m.group(0) for m in re.finditer(r"(Non-2xx or 3xx responses: \d+|Socket errors: .*)", out)]
    requests = re.search(r"(\d+) requests in ([\d.]+\w+)", out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p99 = re.search(r"^\s+99%\s+" + DURATION.pattern, out, re.M)
    if not (requests and rate and p99) or int(requests.group(1)) == 0:
        problems.append("no requests measured")
    count = int(requests.group(1)) if requests else 0
    return {
        "requests": count,
        "cpu_us_per_request": [t * 1e6 / count if count else float("nan") for t in cpu],
        "req_per_s": float(rate.group(1)) if rate else 0.0,
        "p99_ms": float(p99.group(1)) * UNIT_MS[p99.group(2)] if p99 else float("nan"),
        "problems": problems,
        "output": out,
    }


# --- report --------------------------------------------------------------------


def machine():
    """Cores, CPU model, and the load before measuring: other work on the
    same cores lowers every figure."""
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    load = Path("/proc/loadavg").read_text().split()[0]
    return f"{cores} cores (nproc), {model}, load average {load} before measuring"


def fmt(value, digits=0):
    return "—" if value is None else f"{value:,.{digits}f}"


def met(ok):
    return "yes" if ok else "**no**"


def report(options, where, sdk, wrk_runs, notes):
    k_sdk, m_sdk = sdk["kms-local"], sdk["moto"]
    ratio = k_sdk["calls_per_s"] / m_sdk["calls_per_s"]
    rows = [
        ("sequential SDK GenerateDataKey, calls/s", fmt(k_sdk["calls_per_s"]), fmt(m_sdk["calls_per_s"]),
         f"{ratio:,.1f}×", "≥ 10× moto", met(ratio >= 10)),
        ("sequential SDK, p50 / p99 ms", f"{k_sdk['p50_ms']:.3f} / {k_sdk['p99_ms']:.3f}",
         f"{m_sdk['p50_ms']:.3f} / {m_sdk['p99_ms']:.3f}", "", "", ""),
    ]
    for connections in options.connections:
        k = wrk_runs["kms-local"][connections]
        m = wrk_runs.get("moto", {}).get(connections)
        m_rate = fmt(m["req_per_s"]) + (" (errors)" if m["problems"] else "") if m else "—"
        rate_ratio = f"{k['req_per_s'] / m['req_per_s']:,.1f}×" if m and m["req_per_s"] else ""
        last = connections == max(options.connections)
        rows.append((f"wrk {connections} connections, req/s", fmt(k["req_per_s"]), m_rate, rate_ratio,
                     "≥ 20,000" if last else "", met(k["req_per_s"] >= 20000) if last else ""))
        rows.append((f"wrk {connections} connections, p99 ms", f"{k['p99_ms']:.2f}",
                     f"{m['p99_ms']:.2f}" if m else "—", "", "< 5" if last else "",
                     met(k["p99_ms"] < 5) if last else ""))
    lines = [
        f"GenerateDataKey(NumberOfBytes=32) over HTTP on 127.0.0.1; {where}.",
        f"Sequential: one AWS SDK for Rust client, one keep-alive connection, {k_sdk['calls']:,} calls "
        f"(moto {m_sdk['calls']:,}) after {options.warmup} warm-up calls. "
        f"wrk: {options.wrk_seconds} s a run, threads = min(connections, cores), on the server's cores.",
        "",
        "| measure | kms-local | moto | kms-local / moto | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    for name, runs in wrk_runs.items():
        cpu = ", ".join(f"{c} connections {u:,.0f} + {s:,.0f}" for c, r in runs.items()
                        for u, s in [r["cpu_us_per_request"]])
        notes.append(f"{name} CPU per request under wrk, user + system µs: {cpu}.")
    lines += [""] + [f"- {note}" for note in notes]
    return "\n".join(lines)


# --- main ----------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=5000, help="sequential SDK calls per server")
    parser.add_argument("--max-seconds", type=int, default=20, help="cap on each sequential run")
    parser.add_argument("--warmup", type=int, default=200, help="SDK calls before measuring")
    parser.add_argument("--wrk-seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--connections", default="2,16", help="wrk connection counts")
    parser.add_argument("--no-moto-wrk", action="store_true", help="skip the wrk runs against moto")
    parser.add_argument("--no-build", action="store_true", help="use the binaries as they are")
    options = parser.parse_args()
    options.connections = [int(c) for c in options.connections.split(",")]
    return options


def main():
    options = parse_args()
    # botocore lives in the venv: set it up, then carry on under its python.
    if not in_venv():
        ensure_venv()
        os.execv(VENV / "bin" / "python", [VENV / "bin" / "python", __file__, *sys.argv[1:]])
    ensure_wrk()
    if not options.no_build:
        build()
    # A SIGTERM (a CI timeout, say) unwinds through the finally below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    where = machine()
    servers = []
    with tempfile.TemporaryDirectory(prefix="kms-local-serve-bench-") as tmp:
        try:
            kms, kms_key, kms_credentials = start_kms_local(tmp, servers)
            moto, moto_key, moto_credentials = start_moto(tmp, servers)
            targets = {"kms-local": (kms, kms_key, kms_credentials), "moto": (moto, moto_key, moto_credentials)}
            log(f"kms-local at {kms.url}, moto at {moto.url}")

            sdk = {}
            for name, (server, key, credentials) in targets.items():
                log(f"sequential SDK calls against {name}")
                sdk[name] = sdk_calls(server.url, key, credentials, options.calls, options.max_seconds,
                                      options.warmup)
                log(json.dumps(sdk[name]))

            wrk_runs = {}
            failed = []
            for name, (server, key, credentials) in targets.items():
                if name == "moto" and options.no_moto_wrk:
                    continue
                for connections in options.connections:
                    log(f"wrk, {connections} connections, against {name}")
                    result = wrk(server, key, credentials, connections, options.wrk_seconds, tmp)
                    wrk_runs.setdefault(name, {})[connections] = result
                    log(f"{result['req_per_s']:,.0f} req/s, p99 {result['p99_ms']:.2f} ms")
                    if result["problems"]:
                        log(f"{name}, {connections} connections: {'; '.join(result['problems'])}\n{result['output']}")
                        if name == "kms-local":
                            failed.append(f"{connections} connections: {'; '.join(result['problems'])}")

            notes = []
            rss = kms.peak_rss_mib()
            if rss is not None:
                notes.append(f"kms-local serve peak RSS: {rss:.1f} MiB.")
            status = kms.stop()
            if status != 0:
                failed.append(f"kms-local serve exited {status} on SIGTERM, not 0")
            # Each call appends to the keystore's audit log; its growth under load.
            audit = sum(f.stat().st_size for f in Path(tmp).glob("keystore.audit*"))
            served = sum(r["requests"] for r in wrk_runs["kms-local"].values())
            served += sdk["kms-local"]["calls"] + options.warmup
            if audit:
                notes.append(f"audit log after {served:,} calls: {audit / 2**20:,.0f} MiB "
                             f"({audit / served:,.0f} bytes a call).")
            print(report(options, where, sdk, wrk_runs, notes))
            if failed:
                raise SystemExit("kms-local serve failed: " + "; ".join(failed))
        except BaseException:
            for server in servers:
                if server.name == "kms-local serve" and server.log_path.exists():
                    log("kms-local serve log tail:\n" + server.log_path.read_text(errors="replace")[-2000:])
            raise
        finally:
            for server in servers:
                server.stop()


if __name__ == "__main__":
    main()
