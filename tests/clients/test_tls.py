"""`kms-local serve --tls-cert --tls-key`: boto3 and the aws CLI v1 over HTTPS.

Each test makes a CA and a server certificate it signs (for IP 127.0.0.1 and
DNS localhost) with Python's `cryptography`. Clients trust the CA as a user
would: boto3 with `verify=`, the aws CLI with AWS_CA_BUNDLE or --ca-bundle.
"""

import base64
import datetime
import ipaddress
import json
import os
import subprocess

import boto3
import botocore.exceptions
import pytest
from botocore.config import Config
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from conftest import CALL_TIMEOUT, KEY_ARN, REGION, VENV_BIN, client_env_for


def _certificate(subject, issuer, public_key, signing_key, *, ca, sans=()):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        ).add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    else:
        builder = builder.add_extension(x509.SubjectAlternativeName(list(sans)), critical=False)
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
    return builder.sign(signing_key, hashes.SHA256())


def make_pki(folder, name):
    """A CA and a server certificate it signed, as PEM files in `folder`."""
    folder.mkdir()
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = _certificate(f"{name} CA", f"{name} CA", ca_key.public_key(), ca_key, ca=True)
    paths = {"ca": folder / "ca.pem", "cert": folder / "server.pem", "key": folder / "server.key",
             "issue": lambda into: _issue(into, name, ca_key)}
    paths["ca"].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    _issue(paths, name, ca_key)
    return paths


def _issue(paths, name, ca_key):
    """A new server key and certificate signed by the CA, at paths["key"] and paths["cert"]."""
    key = ec.generate_private_key(ec.SECP256R1())
    sans = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    cert = _certificate("localhost", f"{name} CA", key.public_key(), ca_key, ca=False, sans=sans)
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    # The server refuses a key file others can read: made 0600 from the start.
    fd = os.open(paths["key"], os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )


@pytest.fixture
def pki(workdir):
    return make_pki(workdir / "pki", "kms-local test")


@pytest.fixture
def tls_server(access_key, start_server, pki):
    server = start_server("--tls-cert", str(pki["cert"]), "--tls-key", str(pki["key"]))
    assert server.url.startswith("https://127.0.0.1:"), server.url
    return server


def client(url, access_key, verify):
    session = boto3.session.Session(
        aws_access_key_id=access_key[0],
        aws_secret_access_key=access_key[1],
        region_name=REGION,
    )
    return session.client(
        "kms",
        endpoint_url=url,
        verify=verify,
        config=Config(retries={"total_max_attempts": 1}, connect_timeout=10, read_timeout=CALL_TIMEOUT),
    )


def test_boto3_encrypts_decrypts_and_makes_data_keys_over_https(tls_server, access_key, pki):
    kms = client(tls_server.url, access_key, str(pki["ca"]))
    key_id = kms.create_key(Description="over https")["KeyMetadata"]["KeyId"]
    for i in range(5):  # one kept-alive connection
        plaintext = f"secret {i}".encode()
        blob = kms.encrypt(KeyId=key_id, Plaintext=plaintext, EncryptionContext={"n": str(i)})
        assert KEY_ARN.match(blob["KeyId"]), blob
        out = kms.decrypt(CiphertextBlob=blob["CiphertextBlob"], EncryptionContext={"n": str(i)})
        assert out["Plaintext"] == plaintext
    made = kms.generate_data_key(KeyId=key_id, KeySpec="AES_256")
    assert len(made["Plaintext"]) == 32
    assert kms.decrypt(CiphertextBlob=made["CiphertextBlob"])["Plaintext"] == made["Plaintext"]


def test_boto3_without_the_ca_fails_with_an_ssl_error(tls_server, access_key, workdir):
    # The default trust store, then another CA of the same shape.
    other = make_pki(workdir / "other", "another")
    for verify in (None, str(other["ca"])):
        kms = client(tls_server.url, access_key, verify)
        with pytest.raises(botocore.exceptions.SSLError) as raised:
            kms.list_keys()
        assert "CERTIFICATE_VERIFY_FAILED" in str(raised.value), raised.value


def test_boto3_with_an_http_endpoint_is_told_to_use_https(tls_server, access_key):
    kms = client(tls_server.url.replace("https://", "http://"), access_key, None)
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        kms.list_keys()
    error = raised.value.response["Error"]
    assert error["Code"] == "400", raised.value.response
    assert "use an https:// endpoint URL" in error["Message"], error


class Aws:
    """The aws CLI v1 against the server, with the environment given."""

    def __init__(self, env, url, workdir):
        self.env, self.url, self.workdir = env, url, workdir

    def run(self, *args, extra_env=None):
        return subprocess.run(
            [str(VENV_BIN / "aws"), "kms", *args, "--endpoint-url", self.url, "--output", "json"],
            env={**self.env, **(extra_env or {})},
            cwd=self.workdir,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=CALL_TIMEOUT,
        )

    def json(self, *args, extra_env=None):
        proc = self.run(*args, extra_env=extra_env)
        assert proc.returncode == 0, f"aws kms {' '.join(args)} exited {proc.returncode}\n{proc.stderr}"
        return json.loads(proc.stdout) if proc.stdout.strip() else None


def test_aws_cli_encrypts_decrypts_and_makes_data_keys_over_https(tls_server, access_key, pki, workdir):
    env = client_env_for(workdir, tls_server, *access_key)
    aws = Aws(env, tls_server.url, workdir)
    trusted = {"AWS_CA_BUNDLE": str(pki["ca"])}
    key_id = aws.json("create-key", extra_env=trusted)["KeyMetadata"]["KeyId"]

    plain = workdir / "plain.txt"
    plain.write_bytes(b"over https")
    blob = aws.json(
        "encrypt", "--key-id", key_id, "--plaintext", f"fileb://{plain}", extra_env=trusted
    )["CiphertextBlob"]
    blob_file = workdir / "blob"
    blob_file.write_bytes(base64.b64decode(blob))
    # --ca-bundle works as well as the variable.
    out = aws.json("decrypt", "--ciphertext-blob", f"fileb://{blob_file}", "--ca-bundle", str(pki["ca"]))
    assert base64.b64decode(out["Plaintext"]) == b"over https"

    made = aws.json("generate-data-key", "--key-id", key_id, "--key-spec", "AES_256", extra_env=trusted)
    assert len(base64.b64decode(made["Plaintext"])) == 32

    # Without the CA the aws CLI refuses the server's certificate.
    proc = aws.run("list-keys")
    assert proc.returncode == 255, proc.stderr
    assert "SSL validation failed" in proc.stderr, proc.stderr


def test_boto3_loses_no_call_while_sighup_reloads_a_renewed_certificate(tls_server, access_key, pki, workdir):
    import signal
    import socket
    import ssl
    import threading
    import time
    import urllib.request

    kms = client(tls_server.url, access_key, str(pki["ca"]))
    key_id = kms.create_key()["KeyMetadata"]["KeyId"]
    calls, errors, stop = [0], [], threading.Event()

    def load():
        # boto3 keeps its connection; each call also checks the round trip.
        mine = client(tls_server.url, access_key, str(pki["ca"]))
        while not stop.is_set():
            try:
                blob = mine.encrypt(KeyId=key_id, Plaintext=b"under load")["CiphertextBlob"]
                assert mine.decrypt(CiphertextBlob=blob)["Plaintext"] == b"under load"
                calls[0] += 2
            except Exception as e:  # noqa: BLE001 - every failure is the finding
                errors.append(repr(e))

    thread = threading.Thread(target=load)
    thread.start()
    try:
        for n in range(5):
            # A renewed certificate from the same CA, written beside the old
            # files and moved into place, then SIGHUP.
            folder = workdir / f"renewed{n}"
            folder.mkdir()
            renewed = {"cert": folder / "server.pem", "key": folder / "server.key"}
            pki["issue"](renewed)
            os.replace(renewed["key"], pki["key"])
            os.replace(renewed["cert"], pki["cert"])
            os.kill(tls_server.proc.pid, signal.SIGHUP)
            time.sleep(0.2)
            # A new connection gets the renewed certificate, and /health
            # answers without credentials.
            context = ssl.create_default_context(cafile=str(pki["ca"]))
            with urllib.request.urlopen(f"{tls_server.url}/health", context=context, timeout=10) as reply:
                assert reply.status == 200
                assert json.loads(reply.read()) == {"Status": "Healthy"}
            port = int(tls_server.url.rsplit(":", 1)[1])
            with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
                with context.wrap_socket(raw, server_hostname="localhost") as tls:
                    served = tls.getpeercert(binary_form=True)
            expected = x509.load_pem_x509_certificate(pki["cert"].read_bytes())
            assert served == expected.public_bytes(serialization.Encoding.DER)
    finally:
        stop.set()
        thread.join()
    assert errors == [], errors[:3]
    assert calls[0] > 0
    assert tls_server.output().count("SIGHUP: reloaded the TLS certificate") == 5, tls_server.output()
