"""The aws CLI (v1, from PyPI) against `kms-local serve`."""

import base64
import json
import os
import subprocess

import pytest

from conftest import CALL_TIMEOUT, KEY_ARN, VENV_BIN, client_env_for


class Aws:
    def __init__(self, env, url, workdir):
        self.env, self.url, self.workdir = env, url, workdir

    def run(self, *args, env=None):
        return subprocess.run(
            [str(VENV_BIN / "aws"), "kms", *args, "--endpoint-url", self.url, "--output", "json"],
            env=env or self.env,
            cwd=self.workdir,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=CALL_TIMEOUT,
        )

    def json(self, *args):
        proc = self.run(*args)
        assert proc.returncode == 0, f"aws kms {' '.join(args)} exited {proc.returncode}\n{proc.stderr}"
        return json.loads(proc.stdout) if proc.stdout.strip() else None

    def fails(self, *args, env=None):
        proc = self.run(*args, env=env)
        assert proc.returncode in (254, 255), f"aws kms {' '.join(args)}: exit {proc.returncode}\n{proc.stderr}"
        return proc.stderr

    def blob_file(self, name, b64):
        """aws CLI v1 reads blob parameters as raw bytes from fileb://."""
        path = self.workdir / name
        path.write_bytes(base64.b64decode(b64))
        return f"fileb://{path}"


@pytest.fixture
def aws(client_env, server, workdir):
    return Aws(client_env, server.url, workdir)


def test_key_lifecycle_and_crypto(aws):
    meta = aws.json("create-key", "--description", "aws cli key")["KeyMetadata"]
    assert KEY_ARN.match(meta["Arn"]), meta
    assert meta["Description"] == "aws cli key"
    key_id, arn = meta["KeyId"], meta["Arn"]
    first_material = meta["CurrentKeyMaterialId"]

    assert aws.json("create-alias", "--alias-name", "alias/cli-test", "--target-key-id", key_id) is None
    assert aws.json("describe-key", "--key-id", "alias/cli-test")["KeyMetadata"]["Arn"] == arn

    dk = aws.json(
        "generate-data-key", "--key-id", "alias/cli-test", "--number-of-bytes", "32",
        "--encryption-context", "purpose=test,stage=ci",
    )
    assert dk["KeyId"] == arn and dk["KeyMaterialId"] == first_material
    plaintext = base64.b64decode(dk["Plaintext"])
    assert len(plaintext) == 32
    blob = aws.blob_file("dk.bin", dk["CiphertextBlob"])

    dec = aws.json("decrypt", "--ciphertext-blob", blob, "--encryption-context", "purpose=test,stage=ci")
    assert base64.b64decode(dec["Plaintext"]) == plaintext
    assert dec["KeyId"] == arn and dec["EncryptionAlgorithm"] == "SYMMETRIC_DEFAULT"
    assert dec["KeyMaterialId"] == first_material

    other = aws.json("create-key")["KeyMetadata"]["Arn"]
    moved_blob = aws.json(
        "re-encrypt", "--ciphertext-blob", blob, "--source-encryption-context", "purpose=test,stage=ci",
        "--destination-key-id", other, "--destination-encryption-context", "purpose=moved",
    )
    assert moved_blob["SourceKeyId"] == arn and moved_blob["KeyId"] == other
    moved = aws.json(
        "decrypt", "--ciphertext-blob", aws.blob_file("re.bin", moved_blob["CiphertextBlob"]),
        "--encryption-context", "purpose=moved",
    )
    assert base64.b64decode(moved["Plaintext"]) == plaintext and moved["KeyId"] == other

    secret = os.urandom(100)
    (aws.workdir / "secret.bin").write_bytes(secret)
    enc = aws.json("encrypt", "--key-id", key_id, "--plaintext", f"fileb://{aws.workdir / 'secret.bin'}")
    assert enc["KeyId"] == arn
    enc_blob = aws.blob_file("enc.bin", enc["CiphertextBlob"])
    assert base64.b64decode(aws.json("decrypt", "--ciphertext-blob", enc_blob)["Plaintext"]) == secret

    assert aws.json("rotate-key-on-demand", "--key-id", key_id) == {"KeyId": arn}
    rotations = aws.json("list-key-rotations", "--key-id", key_id)["Rotations"]
    assert len(rotations) == 1 and rotations[0]["RotationType"] == "ON_DEMAND", rotations
    after = aws.json("describe-key", "--key-id", key_id)["KeyMetadata"]
    assert after["CurrentKeyMaterialId"] == rotations[0]["KeyMaterialId"] != first_material
    # Blobs made before the rotation still decrypt, with the material that made them.
    old = aws.json("decrypt", "--ciphertext-blob", blob, "--encryption-context", "purpose=test,stage=ci")
    assert base64.b64decode(old["Plaintext"]) == plaintext and old["KeyMaterialId"] == first_material

    listed = aws.json("list-keys")["Keys"]
    assert sorted(k["KeyArn"] for k in listed) == sorted([arn, other])


def test_wrong_context_is_invalid_ciphertext(aws):
    key_id = aws.json("create-key")["KeyMetadata"]["KeyId"]
    dk = aws.json("generate-data-key", "--key-id", key_id, "--key-spec", "AES_256", "--encryption-context", "purpose=test")
    blob = aws.blob_file("dk.bin", dk["CiphertextBlob"])
    err = aws.fails("decrypt", "--ciphertext-blob", blob, "--encryption-context", "purpose=other")
    assert "InvalidCiphertextException" in err and "Decrypt operation" in err, err


def test_unknown_key_is_not_found(aws):
    err = aws.fails("describe-key", "--key-id", "0b1c2d3e-4f50-4617-8899-aabbccddeeff")
    assert "NotFoundException" in err and "DescribeKey operation" in err, err
    err = aws.fails("encrypt", "--key-id", "alias/missing", "--plaintext", "aGVsbG8=")
    assert "NotFoundException" in err, err


def test_wrong_secret_is_invalid_signature(aws, workdir, server, access_key):
    key_id, secret = access_key
    env = client_env_for(workdir, server, key_id, secret[:-1] + ("A" if secret[-1] != "A" else "B"))
    err = aws.fails("list-keys", env=env)
    assert "InvalidSignatureException" in err, err


def test_unknown_access_key_is_unrecognized(aws, workdir, server, access_key):
    env = client_env_for(workdir, server, "AKIAIOSFODNN7EXAMPLE", access_key[1])
    err = aws.fails("list-keys", env=env)
    assert "UnrecognizedClientException" in err, err


def test_endpoint_from_environment(aws):
    """AWS_ENDPOINT_URL_KMS alone points the CLI at the server."""
    proc = subprocess.run(
        [str(VENV_BIN / "aws"), "kms", "create-key", "--output", "json"],
        env=aws.env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=CALL_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    assert KEY_ARN.match(json.loads(proc.stdout)["KeyMetadata"]["Arn"])
