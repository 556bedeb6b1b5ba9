"""The AWS Encryption SDK CLI, an envelope-encryption tool built on botocore,
wraps its data keys with a kms-local key found through AWS_ENDPOINT_URL_KMS."""

import base64
import json
import os
import subprocess

import pytest

from conftest import ACCOUNT, CALL_TIMEOUT, VENV_BIN, client_env_for

POLICY = ["--commitment-policy", "require-encrypt-require-decrypt"]


def esdk(env, *args):
    return subprocess.run(
        [str(VENV_BIN / "aws-encryption-cli"), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=CALL_TIMEOUT * 2,
    )


def ok(proc):
    assert proc.returncode == 0, f"aws-encryption-cli exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def metadata(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture
def plain(workdir):
    path = workdir / "plain.bin"
    path.write_bytes(os.urandom(300 * 1024 + 17))  # several frames and a partial one
    return path


@pytest.fixture
def key_arn(kms):
    return kms.create_key(Description="envelope key")["KeyMetadata"]["Arn"]


def encrypt(client_env, workdir, plain, key_arn):
    out = workdir / "plain.bin.encrypted"
    meta = workdir / "encrypt-metadata.json"
    ok(esdk(
        client_env, "--encrypt", "--input", str(plain), "--output", str(out),
        "--wrapping-keys", f"key={key_arn}", *POLICY,
        "--encryption-context", "purpose=test",
        "--metadata-output", str(meta),
    ))
    return out, meta


def test_encrypt_then_decrypt_with_key(client_env, workdir, plain, key_arn):
    encrypted, meta = encrypt(client_env, workdir, plain, key_arn)
    assert encrypted.stat().st_size > plain.stat().st_size
    assert plain.read_bytes() not in encrypted.read_bytes()
    [record] = metadata(meta)
    header = record["header"]
    assert header["encryption_context"]["purpose"] == "test"
    [edk] = header["encrypted_data_keys"]
    # The metadata record base64-encodes the provider fields.
    assert base64.b64decode(edk["key_provider"]["provider_id"]) == b"aws-kms"
    assert base64.b64decode(edk["key_provider"]["key_info"]) == key_arn.encode()

    decrypted = workdir / "plain.bin.decrypted"
    ok(esdk(
        client_env, "--decrypt", "--input", str(encrypted), "--output", str(decrypted),
        "--wrapping-keys", f"key={key_arn}", *POLICY,
        "--encryption-context", "purpose=test",
        "--metadata-output", "-",
    ))
    assert decrypted.read_bytes() == plain.read_bytes()


def test_decrypt_with_discovery(client_env, workdir, plain, key_arn):
    encrypted, _ = encrypt(client_env, workdir, plain, key_arn)
    decrypted = workdir / "discovered.bin"
    ok(esdk(
        client_env, "--decrypt", "--input", str(encrypted), "--output", str(decrypted),
        "--wrapping-keys", "discovery=true", "discovery-partition=aws", f"discovery-account={ACCOUNT}",
        *POLICY, "--suppress-metadata",
    ))
    assert decrypted.read_bytes() == plain.read_bytes()


def test_wrong_credentials_fail(workdir, server, access_key, plain, key_arn):
    key_id, secret = access_key
    out = workdir / "never.bin"
    bad_secret = client_env_for(workdir, server, key_id, secret[:-1] + ("A" if secret[-1] != "A" else "B"))
    proc = esdk(
        bad_secret, "--encrypt", "--input", str(plain), "--output", str(out),
        "--wrapping-keys", f"key={key_arn}", *POLICY, "--suppress-metadata",
    )
    assert proc.returncode != 0, proc.stderr
    assert not out.exists() or out.stat().st_size == 0

    unknown = client_env_for(workdir, server, "AKIAIOSFODNN7EXAMPLE", secret)
    proc = esdk(
        unknown, "--encrypt", "--input", str(plain), "--output", str(out),
        "--wrapping-keys", f"key={key_arn}", *POLICY, "--suppress-metadata",
    )
    assert proc.returncode != 0, proc.stderr
    assert not out.exists() or out.stat().st_size == 0

