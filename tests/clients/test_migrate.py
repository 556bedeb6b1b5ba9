"""`kms-local migrate` and `rewrap`: a keystore moves to another KMS.

The destination is a second kms-local `serve` over TLS (its own keystore and
account, 444455556666), reached with credentials from a profile in a
temporary AWS config file, as a team would reach AWS KMS. What moved is
checked through boto3 at the destination and Python's `cryptography`. moto's
server is a second destination for `rewrap` (moto has no import).
"""

import base64
import json
import subprocess

import boto3
import pytest
from botocore.config import Config
from cryptography.hazmat.primitives import serialization

from conftest import BIN, CALL_TIMEOUT, REGION, Cli, Server
from test_asymmetric import verify_outside
from test_tls import make_pki

DEST_ACCOUNT = "444455556666"
MESSAGE = b"signed before and after the move"


class Destination:
    """A second keystore served over TLS, and a profile that reaches it."""

    def __init__(self, workdir, kms_env):
        self.env = dict(kms_env, KMS_LOCAL_KEYSTORE=str(workdir / "dest-keystore"))
        self.cli = Cli(self.env)
        self.cli.run("init")
        access = self.cli.json("create-access-key", "--account-id", DEST_ACCOUNT)["AccessKey"]
        self.pki = make_pki(workdir / "dest-pki", "destination")
        self.server = Server(
            self.env, "--tls-cert", str(self.pki["cert"]), "--tls-key", str(self.pki["key"])
        )
        aws = workdir / "aws"
        aws.mkdir()
        (aws / "config").write_text(f"[profile dest]\nregion = {REGION}\n")
        (aws / "credentials").write_text(
            f"[dest]\naws_access_key_id = {access['AccessKeyId']}\n"
            f"aws_secret_access_key = {access['SecretAccessKey']}\n"
        )
        self.aws_env = {
            "AWS_CONFIG_FILE": str(aws / "config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(aws / "credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
        }
        self.kms = boto3.session.Session(
            aws_access_key_id=access["AccessKeyId"],
            aws_secret_access_key=access["SecretAccessKey"],
            region_name=REGION,
        ).client(
            "kms",
            endpoint_url=self.server.url,
            verify=str(self.pki["ca"]),
            config=Config(retries={"total_max_attempts": 1}, read_timeout=CALL_TIMEOUT),
        )

    def flags(self):
        """The aws CLI's own options naming this destination."""
        return ["--profile", "dest", "--endpoint-url", self.server.url, "--ca-bundle", str(self.pki["ca"])]

    def keys(self, region=REGION):
        client = self.kms if region == REGION else self.client_in(region)
        return [k["KeyArn"] for k in client.list_keys()["Keys"]]

    def client_in(self, region):
        creds = self.kms._request_signer._credentials
        return boto3.session.Session(
            aws_access_key_id=creds.access_key,
            aws_secret_access_key=creds.secret_key,
            region_name=region,
        ).client("kms", endpoint_url=self.server.url, verify=str(self.pki["ca"]))


@pytest.fixture
def dest(workdir, kms_env):
    destination = Destination(workdir, kms_env)
    yield destination
    print(destination.server.output())
    assert destination.server.stop() == 0


def migrate(kms_cli, dest, *args, check=True, extra_env=None):
    env = dict(kms_cli.env, **dest.aws_env, **(extra_env or {}))
    proc = subprocess.run(
        [str(BIN), *args, *dest.flags()],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=10 * CALL_TIMEOUT,
    )
    if check:
        assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr}"
    return proc


def create(kms_cli, *args):
    return kms_cli.json("create-key", *args)["KeyMetadata"]["Arn"]


def b64(data):
    return base64.b64encode(data).decode()


def test_a_keystore_moves_to_a_second_serve_over_tls(kms_cli, dest, workdir):
    """Symmetric, HMAC, RSA, ECC and ML-DSA keys, one rotated, with aliases,
    tags and a policy: signatures, MACs and public keys stay valid both ways,
    and rewrapped blobs decrypt at the destination."""
    cli = kms_cli
    sym = create(cli, "--description", "app data", "--tags", "TagKey=team,TagValue=web")
    cli.run("create-alias", "--alias-name", "alias/app", "--target-key-id", sym)
    cli.run("enable-key-rotation", "--key-id", sym, "--rotation-period-in-days", "90")
    old_blob = cli.json("encrypt", "--key-id", sym, "--plaintext", b64(b"before rotation"),
                        "--encryption-context", "app=web")["CiphertextBlob"]
    cli.run("rotate-key-on-demand", "--key-id", sym)
    signing = {
        spec: create(cli, "--key-spec", spec, "--key-usage", "SIGN_VERIFY")
        for spec in ["RSA_2048", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_SECG_P256K1",
                     "ECC_NIST_EDWARDS25519", "ML_DSA_44"]
    }
    others = {
        usage: create(cli, "--key-spec", spec, "--key-usage", usage)
        for spec, usage in [("RSA_2048", "ENCRYPT_DECRYPT"), ("ECC_NIST_P256", "KEY_AGREEMENT"),
                            ("ML_KEM_768", "ENCAPSULATE_DECAPSULATE")]
    }
    hmac_key = create(cli, "--key-spec", "HMAC_256", "--key-usage", "GENERATE_VERIFY_MAC")
    cli.run("create-alias", "--alias-name", "alias/mac", "--target-key-id", hmac_key)
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "Root", "Effect": "Allow",
             "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
            {"Sid": "App", "Effect": "Allow",
             "Principal": {"AWS": "arn:aws:iam::111122223333:role/app"},
             "Action": ["kms:Sign", "kms:Verify"], "Resource": "*"},
        ],
    }
    cli.run("put-key-policy", "--key-id", signing["ECC_NIST_P256"], "--policy", json.dumps(policy))
    disabled = create(cli, "--description", "kept disabled")
    cli.run("disable-key", "--key-id", disabled)
    public_before = {
        spec: cli.json("get-public-key", "--key-id", key)["PublicKey"] for spec, key in signing.items()
    }

    plan = json.loads(migrate(cli, dest, "migrate", "--all", "--dry-run").stdout)
    assert {k["Action"] for k in plan["Keys"]} == {"CREATE"}
    assert dest.keys() == [], "a dry run made keys"

    done = json.loads(migrate(cli, dest, "migrate", "--all").stdout)
    moved = {k["KeyId"]: k["DestinationKeyId"] for k in done["Keys"]}
    assert {k["Action"] for k in done["Keys"]} == {"CREATED"}
    assert sorted(moved.values()) == sorted(dest.keys())
    assert all(f":{DEST_ACCOUNT}:key/" in arn for arn in moved.values())

    d = dest.kms
    for spec, key in signing.items():
        there = moved[key]
        assert d.get_public_key(KeyId=there)["PublicKey"] == base64.b64decode(public_before[spec]), spec
        public = serialization.load_der_public_key(base64.b64decode(public_before[spec]))
        algorithm = d.describe_key(KeyId=there)["KeyMetadata"]["SigningAlgorithms"][0]
        # Made at the destination, verified with the key the source gave out.
        signature = d.sign(KeyId=there, Message=MESSAGE, SigningAlgorithm=algorithm)["Signature"]
        verify_outside(public, algorithm, signature, MESSAGE)
        # Made at the source, verified at the destination.
        mine = cli.json("sign", "--key-id", key, "--message", b64(MESSAGE),
                        "--message-type", "RAW", "--signing-algorithm", algorithm)["Signature"]
        assert d.verify(KeyId=there, Message=MESSAGE, Signature=base64.b64decode(mine),
                        SigningAlgorithm=algorithm)["SignatureValid"]

    for usage, key in others.items():
        here = cli.json("get-public-key", "--key-id", key)["PublicKey"]
        assert d.get_public_key(KeyId=moved[key])["PublicKey"] == base64.b64decode(here), usage
    # An RSA blob needs no rewrap: the destination holds the same private key.
    rsa_blob = cli.json("encrypt", "--key-id", others["ENCRYPT_DECRYPT"], "--plaintext", b64(MESSAGE),
                        "--encryption-algorithm", "RSAES_OAEP_SHA_256")["CiphertextBlob"]
    assert d.decrypt(KeyId=moved[others["ENCRYPT_DECRYPT"]], CiphertextBlob=base64.b64decode(rsa_blob),
                     EncryptionAlgorithm="RSAES_OAEP_SHA_256")["Plaintext"] == MESSAGE

    mac_here = cli.json("generate-mac", "--key-id", "alias/mac", "--message", b64(MESSAGE),
                        "--mac-algorithm", "HMAC_SHA_256")["Mac"]
    mac_there = d.generate_mac(KeyId="alias/mac", Message=MESSAGE, MacAlgorithm="HMAC_SHA_256")["Mac"]
    assert mac_there == base64.b64decode(mac_here)

    meta = d.describe_key(KeyId="alias/app")["KeyMetadata"]
    assert meta["Arn"] == moved[sym] and meta["Description"] == "app data"
    assert d.list_resource_tags(KeyId=moved[sym])["Tags"] == [{"TagKey": "team", "TagValue": "web"}]
    rotation = d.get_key_rotation_status(KeyId=moved[sym])
    assert rotation["KeyRotationEnabled"] and rotation["RotationPeriodInDays"] == 90
    assert d.describe_key(KeyId=moved[disabled])["KeyMetadata"]["KeyState"] == "Disabled"
    moved_policy = json.loads(d.get_key_policy(KeyId=moved[signing["ECC_NIST_P256"]])["Policy"])
    principals = [s["Principal"]["AWS"] for s in moved_policy["Statement"]]
    assert principals == [f"arn:aws:iam::{DEST_ACCOUNT}:root", f"arn:aws:iam::{DEST_ACCOUNT}:role/app"]

    # Blobs: one made before the rotation, one after, and a data key, in
    # each of rewrap's forms.
    new_blob = cli.json("encrypt", "--key-id", "alias/app", "--plaintext", b64(b"after rotation"))["CiphertextBlob"]
    data_key = cli.json("generate-data-key", "--key-id", "alias/app", "--key-spec", "AES_256",
                        "--encryption-context", "purpose=files")
    one = json.loads(migrate(cli, dest, "rewrap", "--ciphertext-blob", old_blob,
                             "--encryption-context", "app=web").stdout)
    assert one["KeyId"] == moved[sym] and one["SourceKeyId"] == sym
    out = d.decrypt(CiphertextBlob=base64.b64decode(one["CiphertextBlob"]), EncryptionContext={"app": "web"})
    assert out["Plaintext"] == b"before rotation"

    blob_file = workdir / "new.bin"
    blob_file.write_bytes(base64.b64decode(new_blob))
    migrate(cli, dest, "rewrap", "--ciphertext-blob", f"fileb://{blob_file}", "--outfile", str(workdir / "out.bin"))
    out = d.decrypt(CiphertextBlob=(workdir / "out.bin").read_bytes())
    assert out["Plaintext"] == b"after rotation"

    lines = [
        {"CiphertextBlob": data_key["CiphertextBlob"], "EncryptionContext": {"purpose": "files"}, "Path": "a"},
        {"CiphertextBlob": new_blob, "Path": "b"},
        {"CiphertextBlob": new_blob, "EncryptionContext": {"wrong": "context"}, "Path": "c"},
    ]
    proc = subprocess.run(
        [str(BIN), "rewrap", "--batch", *dest.flags()],
        env=dict(cli.env, **dest.aws_env),
        input="".join(json.dumps(line) + "\n" for line in lines),
        capture_output=True, text=True, timeout=CALL_TIMEOUT,
    )
    assert proc.returncode != 0, "a line failed, so the run must"
    a, b, c = (json.loads(line) for line in proc.stdout.splitlines())
    assert (a["Path"], b["Path"], c["Path"]) == ("a", "b", "c")
    assert d.decrypt(CiphertextBlob=base64.b64decode(a["CiphertextBlob"]),
                     EncryptionContext={"purpose": "files"})["Plaintext"] == base64.b64decode(data_key["Plaintext"])
    assert d.decrypt(CiphertextBlob=base64.b64decode(b["CiphertextBlob"]))["Plaintext"] == b"after rotation"
    assert c["Error"]["Code"] == "InvalidCiphertextException" and c["CiphertextBlob"] == new_blob

    # The originals still decrypt here.
    assert base64.b64decode(cli.json("decrypt", "--ciphertext-blob", old_blob, "--encryption-context",
                                     "app=web")["Plaintext"]) == b"before rotation"

    again = json.loads(migrate(cli, dest, "migrate", "--all").stdout)
    assert {k["Action"] for k in again["Keys"]} == {"NONE"}
    assert sorted(dest.keys()) == sorted(moved.values())


REGIONS = ["us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3",
           "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-southeast-1",
           "ap-southeast-2", "ca-central-1", "sa-east-1"]


def test_a_migration_stopped_after_any_call_resumes_with_no_key_twice(kms_cli, dest):
    """Stopped after each of its calls to the destination in turn (each in a
    Region of its own), then run again: every key exists once there, with
    every alias, and the HMAC key's material is the source's."""
    calls = None
    for stop_after, region in enumerate(REGIONS, start=1):
        cli = Cli(dict(kms_cli.env, AWS_REGION=region))
        sym = create(cli)
        mac = create(cli, "--key-spec", "HMAC_256", "--key-usage", "GENERATE_VERIFY_MAC")
        cli.run("create-alias", "--alias-name", "alias/data", "--target-key-id", sym)
        cli.run("create-alias", "--alias-name", "alias/mac", "--target-key-id", mac)
        stopped = migrate(cli, dest, "migrate", "--all", check=False,
                          extra_env={"KMS_LOCAL_ABORT_AFTER_REMOTE_CALLS": str(stop_after)})
        if stopped.returncode == 0:
            calls = stop_after - 1
            break
        assert stopped.returncode < 0 or stopped.returncode == 134, stopped.stderr
        done = json.loads(migrate(cli, dest, "migrate", "--all").stdout)
        moved = {k["KeyId"]: k["DestinationKeyId"] for k in done["Keys"]}
        there = dest.client_in(region)
        assert sorted(dest.keys(region)) == sorted(moved.values()), f"stopped after call {stop_after}"
        aliases = {a["AliasName"]: a["TargetKeyId"] for a in there.list_aliases()["Aliases"]}
        assert moved[sym].endswith(aliases["alias/data"]) and moved[mac].endswith(aliases["alias/mac"])
        assert there.list_resource_tags(KeyId=moved[mac])["Tags"] == [], "the marker tag stayed"
        mac_here = cli.json("generate-mac", "--key-id", mac, "--message", b64(MESSAGE),
                            "--mac-algorithm", "HMAC_SHA_256")["Mac"]
        assert there.generate_mac(KeyId="alias/mac", Message=MESSAGE,
                                  MacAlgorithm="HMAC_SHA_256")["Mac"] == base64.b64decode(mac_here)
    assert calls is not None and calls >= 10, f"a migration of two keys made {calls} calls"


def test_what_cannot_move_is_said_before_anything_moves(kms_cli, dest):
    cli = kms_cli
    sm2 = create(cli, "--key-spec", "SM2", "--key-usage", "SIGN_VERIFY")
    doomed = create(cli)
    cli.run("schedule-key-deletion", "--key-id", doomed, "--pending-window-in-days", "7")
    fine = create(cli)
    refused = migrate(cli, dest, "migrate", "--key-id", fine, sm2, doomed, check=False)
    assert refused.returncode == 254, refused.stderr
    assert "nothing was moved" in refused.stderr and sm2 in refused.stderr and doomed in refused.stderr
    assert dest.keys() == []

    done = migrate(cli, dest, "migrate", "--all")
    assert f"not moving {sm2}: an SM2 key" in done.stderr
    assert f"not moving {doomed}: pending deletion" in done.stderr
    actions = {k["KeyId"]: k["Action"] for k in json.loads(done.stdout)["Keys"]}
    assert actions == {sm2: "CANNOT_MOVE", doomed: "CANNOT_MOVE", fine: "CREATED"}
    assert len(dest.keys()) == 1


def test_no_key_material_crosses_an_unverified_connection(kms_cli, dest):
    key = create(kms_cli, "--key-spec", "HMAC_256", "--key-usage", "GENERATE_VERIFY_MAC")
    unverified = migrate(kms_cli, dest, "migrate", "--key-id", key, "--no-verify-ssl", check=False)
    assert unverified.returncode == 252 and "--no-verify-ssl" in unverified.stderr
    env = dict(kms_cli.env, **dest.aws_env)
    untrusted = subprocess.run(
        [str(BIN), "migrate", "--key-id", key, "--profile", "dest", "--endpoint-url", dest.server.url],
        env=env, capture_output=True, text=True, timeout=CALL_TIMEOUT, stdin=subprocess.DEVNULL,
    )
    assert untrusted.returncode == 255 and "ListKeys" in untrusted.stderr, untrusted.stderr
    assert dest.keys() == []
    # Nothing was recorded either: the plan is as before any run.
    plan = json.loads(migrate(kms_cli, dest, "migrate", "--key-id", key, "--dry-run").stdout)
    assert plan["Keys"][0]["Action"] == "CREATE"


@pytest.fixture
def moto_url():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def test_rewrap_encrypts_at_moto(kms_cli, moto_url, workdir):
    """moto is a KMS of its own: rewrapped blobs decrypt there, with their context."""
    moto = boto3.client("kms", endpoint_url=moto_url, region_name=REGION,
                        aws_access_key_id="moto", aws_secret_access_key="moto")
    target = moto.create_key()["KeyMetadata"]["Arn"]
    key = create(kms_cli)
    blobs = [
        kms_cli.json("encrypt", "--key-id", key, "--plaintext", b64(f"secret {i}".encode()),
                     "--encryption-context", f"n={i}")["CiphertextBlob"]
        for i in range(20)
    ]
    env = dict(kms_cli.env, AWS_ACCESS_KEY_ID="moto", AWS_SECRET_ACCESS_KEY="moto",
               KMS_LOCAL_PROGRESS="1")
    proc = subprocess.run(
        [str(BIN), "rewrap", "--batch", "--endpoint-url", moto_url, "--destination-key-id", target],
        env=env,
        input="".join(json.dumps({"CiphertextBlob": b, "EncryptionContext": {"n": str(i)}}) + "\n"
                      for i, b in enumerate(blobs)),
        capture_output=True, text=True, timeout=CALL_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(blobs), proc.stdout
    for i, line in enumerate(lines):
        out = json.loads(line)
        assert out["KeyId"] == target and out["SourceKeyId"] == key
        plain = moto.decrypt(CiphertextBlob=base64.b64decode(out["CiphertextBlob"]),
                             EncryptionContext={"n": str(i)})["Plaintext"]
        assert plain == f"secret {i}".encode()
    # Several processes on parts of the list, side by side, as the guide
    # suggests: every line comes back rewrapped, and the audit log holds.
    inputs = []
    for n in range(4):
        part = workdir / f"part{n}.ndjson"
        part.write_text("".join(json.dumps({"CiphertextBlob": b, "EncryptionContext": {"n": str(i)}}) + "\n"
                                for i, b in enumerate(blobs) if i % 4 == n))
        inputs.append(part.open())
    parts = [subprocess.Popen(
        [str(BIN), "rewrap", "--batch", "--endpoint-url", moto_url, "--destination-key-id", target],
        env=env, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) for stdin in inputs]
    outputs = [part.communicate(timeout=CALL_TIMEOUT) for part in parts]
    for stdin in inputs:
        stdin.close()
    assert [part.returncode for part in parts] == [0, 0, 0, 0], [err for _, err in outputs]
    assert sum(len(out.splitlines()) for out, _ in outputs) == len(blobs)
    kms_cli.run("audit", "verify")
    # A line the destination refuses carries the destination's exception.
    refused = subprocess.run(
        [str(BIN), "rewrap", "--batch", "--endpoint-url", moto_url],
        env=env,
        input=json.dumps({"CiphertextBlob": blobs[0], "EncryptionContext": {"n": "0"},
                          "DestinationKeyId": "alias/nowhere"}) + "\n",
        capture_output=True, text=True, timeout=CALL_TIMEOUT,
    )
    assert refused.returncode == 255, refused.stderr
    error = json.loads(refused.stdout)["Error"]
    assert error["Code"] == "NotFoundException", error
    # Without a migration record or --destination-key-id there is no target.
    lost = subprocess.run(
        [str(BIN), "rewrap", "--ciphertext-blob", blobs[0], "--encryption-context", "n=0",
         "--endpoint-url", moto_url],
        env=env, capture_output=True, text=True, timeout=CALL_TIMEOUT, stdin=subprocess.DEVNULL,
    )
    assert lost.returncode == 254 and "has not been migrated" in lost.stderr, lost.stderr
