"""Fixtures that run `kms-local serve` and point real AWS clients at it.

Every process gets an explicit environment built here (temporary HOME,
keystore and AWS config paths), so nothing from the user's ~/.aws or shell
leaks into a test and a test leaves nothing behind.
"""

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

REPO = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("KMS_LOCAL_BIN") or REPO / "target" / "debug" / "kms-local")
VENV_BIN = Path(sys.executable).parent
MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
REGION = "us-east-1"
ACCOUNT = "111122223333"
KEY_ARN = re.compile(
    rf"^arn:aws:kms:{REGION}:{ACCOUNT}:key/"
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)
LISTENING = re.compile(r"^kms-local serve: listening on (https?)://127\.0\.0\.1:(\d+)$")
# Seconds: generous for a loaded 2-core CI machine, short enough to fail fast.
START_TIMEOUT = 10
STOP_TIMEOUT = 10
CALL_TIMEOUT = 60
BASE_PATH = "/usr/local/bin:/usr/bin:/bin"


@pytest.fixture(scope="session", autouse=True)
def _no_ambient_aws_config(tmp_path_factory):
    """boto3 runs inside this process: strip the caller's AWS settings."""
    nowhere = tmp_path_factory.mktemp("no-aws-config")
    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith(("AWS_", "KMS_LOCAL_")) and name != "KMS_LOCAL_BIN":
                mp.delenv(name)
        mp.setenv("AWS_CONFIG_FILE", str(nowhere / "config"))
        mp.setenv("AWS_SHARED_CREDENTIALS_FILE", str(nowhere / "credentials"))
        mp.setenv("AWS_EC2_METADATA_DISABLED", "true")
        yield


@pytest.fixture(scope="session", autouse=True)
def _binary_exists():
    if not BIN.is_file():
        pytest.fail(f"{BIN} does not exist: run `cargo build` or set KMS_LOCAL_BIN", pytrace=False)


@pytest.fixture
def workdir(tmp_path):
    (tmp_path / "home").mkdir()
    return tmp_path


@pytest.fixture
def kms_env(workdir):
    """The environment of every kms-local process of one test."""
    return {
        "PATH": BASE_PATH,
        "HOME": str(workdir / "home"),
        "LC_ALL": "C.UTF-8",
        "KMS_LOCAL_KEYSTORE": str(workdir / "keystore"),
        "KMS_LOCAL_MASTER_KEY": MASTER_KEY,
        "AWS_REGION": REGION,
    }


class Cli:
    """Runs the kms-local CLI on the test's keystore."""

    def __init__(self, env):
        self.env = env

    def run(self, *args, check=True):
        proc = subprocess.run(
            [str(BIN), *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=CALL_TIMEOUT,
        )
        if check and proc.returncode != 0:
            raise AssertionError(
                f"kms-local {' '.join(args)} exited {proc.returncode}\n"
                f"stdout: {proc.stdout}\nstderr: {proc.stderr}"
            )
        return proc

    def json(self, *args):
        out = self.run(*args).stdout
        return json.loads(out) if out.strip() else None


@pytest.fixture
def kms_cli(kms_env):
    return Cli(kms_env)


@pytest.fixture
def access_key(kms_cli):
    """(AccessKeyId, SecretAccessKey), made before the server starts."""
    key = kms_cli.json("create-access-key")["AccessKey"]
    assert key["AccessKeyId"].startswith("AKIA"), key
    assert key["Status"] == "Active", key
    return key["AccessKeyId"], key["SecretAccessKey"]


class Server:
    """A running `kms-local serve`; its output is drained so it never blocks."""

    def __init__(self, env, *args):
        self.proc = subprocess.Popen(
            [str(BIN), "serve", "--listen", "127.0.0.1:0", *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._stderr = []
        self._stdout = []
        self._lock = threading.Lock()
        first = queue.Queue()
        self._threads = [
            threading.Thread(target=self._drain, args=(self.proc.stderr, self._stderr, first), daemon=True),
            threading.Thread(target=self._drain, args=(self.proc.stdout, self._stdout, None), daemon=True),
        ]
        for t in self._threads:
            t.start()
        try:
            line = first.get(timeout=START_TIMEOUT)
        except queue.Empty:
            self.kill()
            raise AssertionError(f"no line on stderr within {START_TIMEOUT} s\n{self.output()}")
        match = LISTENING.match(line or "")
        if not match:
            self.kill()
            raise AssertionError(f"first stderr line is not the listening line: {line!r}\n{self.output()}")
        self.port = int(match.group(2))
        self.url = f"{match.group(1)}://127.0.0.1:{self.port}"

    def _drain(self, pipe, sink, first):
        for raw in iter(pipe.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            with self._lock:
                sink.append(line)
            if first is not None:
                first.put(line)
                first = None
        if first is not None:
            first.put(None)  # EOF before any line: the process has died

    def output(self):
        with self._lock:
            err, out = list(self._stderr), list(self._stdout)
        return (
            f"server exit status: {self.proc.poll()}\n"
            "server stderr:\n" + "\n".join(err) + "\nserver stdout:\n" + "\n".join(out)
        )

    def stop(self, sig=signal.SIGTERM):
        """Signals the server and returns its exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            status = self.proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"server still running {STOP_TIMEOUT} s after {sig!r}\n{self.output()}")
        for t in self._threads:
            t.join(timeout=5)
        return status

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def start_server(kms_env):
    """Factory for servers on the test's keystore, stopped (and checked) at teardown."""
    servers = []

    def start(*args):
        server = Server(kms_env, *args)
        servers.append(server)
        return server

    yield start
    failures = []
    for server in servers:
        # Shown by pytest only when the test fails.
        print(server.output())
        if server.proc.returncode is not None:
            continue  # the test stopped it and checked the status itself
        try:
            status = server.stop()
        except AssertionError as e:
            failures.append(str(e))
            continue
        if status != 0:
            failures.append(f"server exited {status} on SIGTERM, not 0\n{server.output()}")
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)


@pytest.fixture
def server(access_key, start_server):
    return start_server()


def client_env_for(workdir, server, key_id, secret):
    return {
        "PATH": f"{VENV_BIN}:{BASE_PATH}",
        "HOME": str(workdir / "home"),
        "LC_ALL": "C.UTF-8",
        "AWS_CONFIG_FILE": str(workdir / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(workdir / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ACCESS_KEY_ID": key_id,
        "AWS_SECRET_ACCESS_KEY": secret,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_REGION": REGION,
        "AWS_ENDPOINT_URL_KMS": server.url,
        # One attempt: a retried failure would hide what the server answered.
        "AWS_RETRY_MODE": "standard",
        "AWS_MAX_ATTEMPTS": "1",
        "AWS_PAGER": "",
    }


@pytest.fixture
def client_env(workdir, server, access_key):
    """Environment for a botocore-based tool talking to the server."""
    return client_env_for(workdir, server, *access_key)


def make_client(server, key_id, secret):
    session = boto3.session.Session(
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        region_name=REGION,
    )
    return session.client(
        "kms",
        endpoint_url=server.url,
        config=Config(retries={"total_max_attempts": 1}, connect_timeout=10, read_timeout=CALL_TIMEOUT),
    )


@pytest.fixture
def kms(server, access_key):
    """A boto3 KMS client signed with the test's access key."""
    return make_client(server, *access_key)
