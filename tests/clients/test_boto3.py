"""boto3 against `kms-local serve`: the SDK's own serializers, parsers and
error classes must accept what the server sends."""

import base64
import datetime
import os
import uuid

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT, KEY_ARN, REGION, make_client

CONTEXT = {"purpose": "test", "team": "infra"}


def test_create_describe_and_alias(kms):
    meta = kms.create_key(Description="boto3 key", Tags=[{"TagKey": "team", "TagValue": "infra"}])["KeyMetadata"]
    assert KEY_ARN.match(meta["Arn"]), meta
    assert meta["Arn"].endswith("/" + meta["KeyId"])
    assert meta["AWSAccountId"] == ACCOUNT
    assert meta["Description"] == "boto3 key"
    assert meta["KeyState"] == "Enabled" and meta["Enabled"] is True
    assert meta["KeySpec"] == "SYMMETRIC_DEFAULT"
    assert meta["KeyUsage"] == "ENCRYPT_DECRYPT"
    assert isinstance(meta["CreationDate"], datetime.datetime)

    kms.create_alias(AliasName="alias/boto3", TargetKeyId=meta["KeyId"])
    for key_id in (meta["KeyId"], meta["Arn"], "alias/boto3", f"arn:aws:kms:{REGION}:{ACCOUNT}:alias/boto3"):
        assert kms.describe_key(KeyId=key_id)["KeyMetadata"]["Arn"] == meta["Arn"], key_id

    aliases = kms.list_aliases(KeyId=meta["KeyId"])["Aliases"]
    assert [a["AliasName"] for a in aliases] == ["alias/boto3"]
    assert aliases[0]["AliasArn"] == f"arn:aws:kms:{REGION}:{ACCOUNT}:alias/boto3"
    assert kms.list_resource_tags(KeyId=meta["KeyId"])["Tags"] == [{"TagKey": "team", "TagValue": "infra"}]


def test_data_key_round_trip(kms):
    arn = kms.create_key()["KeyMetadata"]["Arn"]
    kms.create_alias(AliasName="alias/data", TargetKeyId=arn)
    dk = kms.generate_data_key(KeyId="alias/data", NumberOfBytes=32, EncryptionContext=CONTEXT)
    assert dk["KeyId"] == arn
    assert isinstance(dk["Plaintext"], bytes) and len(dk["Plaintext"]) == 32
    assert dk["KeyMaterialId"]
    plain = kms.decrypt(CiphertextBlob=dk["CiphertextBlob"], EncryptionContext=CONTEXT)
    assert plain["Plaintext"] == dk["Plaintext"]
    assert plain["KeyId"] == arn
    assert plain["EncryptionAlgorithm"] == "SYMMETRIC_DEFAULT"
    assert plain["KeyMaterialId"] == dk["KeyMaterialId"]

    spec = kms.generate_data_key(KeyId=arn, KeySpec="AES_128")
    assert len(spec["Plaintext"]) == 16
    assert kms.decrypt(CiphertextBlob=spec["CiphertextBlob"])["Plaintext"] == spec["Plaintext"]

    bare = kms.generate_data_key_without_plaintext(KeyId=arn, KeySpec="AES_256", EncryptionContext=CONTEXT)
    assert "Plaintext" not in bare
    assert len(kms.decrypt(CiphertextBlob=bare["CiphertextBlob"], EncryptionContext=CONTEXT)["Plaintext"]) == 32


@pytest.mark.parametrize("plaintext", [b"\x00", bytes(range(256)), os.urandom(4096)], ids=["1", "256", "4096"])
def test_encrypt_decrypt_bytes(kms, plaintext):
    arn = kms.create_key()["KeyMetadata"]["Arn"]
    enc = kms.encrypt(KeyId=arn, Plaintext=plaintext, EncryptionContext=CONTEXT)
    assert enc["KeyId"] == arn
    assert enc["EncryptionAlgorithm"] == "SYMMETRIC_DEFAULT"
    dec = kms.decrypt(CiphertextBlob=enc["CiphertextBlob"], EncryptionContext=CONTEXT, KeyId=arn)
    assert dec["Plaintext"] == plaintext


def test_re_encrypt(kms):
    src = kms.create_key()["KeyMetadata"]["Arn"]
    dst = kms.create_key()["KeyMetadata"]["Arn"]
    secret = os.urandom(48)
    blob = kms.encrypt(KeyId=src, Plaintext=secret, EncryptionContext=CONTEXT)["CiphertextBlob"]
    out = kms.re_encrypt(
        CiphertextBlob=blob,
        SourceEncryptionContext=CONTEXT,
        DestinationKeyId=dst,
        DestinationEncryptionContext={"purpose": "moved"},
    )
    assert out["SourceKeyId"] == src and out["KeyId"] == dst
    assert out["SourceKeyMaterialId"] and out["DestinationKeyMaterialId"]
    assert out["SourceKeyMaterialId"] != out["DestinationKeyMaterialId"]
    dec = kms.decrypt(CiphertextBlob=out["CiphertextBlob"], EncryptionContext={"purpose": "moved"})
    assert dec["Plaintext"] == secret and dec["KeyId"] == dst


def test_rotation_keeps_old_blobs(kms):
    meta = kms.create_key()["KeyMetadata"]
    arn, first_material = meta["Arn"], meta["CurrentKeyMaterialId"]
    old = kms.encrypt(KeyId=arn, Plaintext=b"before")["CiphertextBlob"]

    assert kms.rotate_key_on_demand(KeyId=meta["KeyId"])["KeyId"] == arn
    rotations = kms.list_key_rotations(KeyId=arn)["Rotations"]
    assert len(rotations) == 1, rotations
    assert rotations[0]["KeyId"] == arn
    assert rotations[0]["RotationType"] == "ON_DEMAND"
    assert isinstance(rotations[0]["RotationDate"], datetime.datetime)
    new_material = kms.describe_key(KeyId=arn)["KeyMetadata"]["CurrentKeyMaterialId"]
    assert new_material != first_material
    assert rotations[0]["KeyMaterialId"] == new_material

    dec = kms.decrypt(CiphertextBlob=old)
    assert dec["Plaintext"] == b"before" and dec["KeyMaterialId"] == first_material
    new = kms.encrypt(KeyId=arn, Plaintext=b"after")["CiphertextBlob"]
    assert kms.decrypt(CiphertextBlob=new)["KeyMaterialId"] == new_material


def test_other_operations(kms):
    key_id = kms.create_key(Description="before")["KeyMetadata"]["KeyId"]
    other = kms.create_key()["KeyMetadata"]["KeyId"]

    kms.update_key_description(KeyId=key_id, Description="after")
    assert kms.describe_key(KeyId=key_id)["KeyMetadata"]["Description"] == "after"

    kms.tag_resource(KeyId=key_id, Tags=[{"TagKey": "a", "TagValue": "1"}, {"TagKey": "b", "TagValue": "2"}])
    kms.untag_resource(KeyId=key_id, TagKeys=["a"])
    assert kms.list_resource_tags(KeyId=key_id)["Tags"] == [{"TagKey": "b", "TagValue": "2"}]

    kms.enable_key_rotation(KeyId=key_id, RotationPeriodInDays=90)
    status = kms.get_key_rotation_status(KeyId=key_id)
    assert status["KeyRotationEnabled"] is True and status["RotationPeriodInDays"] == 90
    assert isinstance(status["NextRotationDate"], datetime.datetime)
    kms.disable_key_rotation(KeyId=key_id)
    assert kms.get_key_rotation_status(KeyId=key_id)["KeyRotationEnabled"] is False

    assert len(kms.generate_random(NumberOfBytes=64)["Plaintext"]) == 64

    for name in ("alias/one", "alias/two", "alias/three"):
        kms.create_alias(AliasName=name, TargetKeyId=key_id)
    kms.update_alias(AliasName="alias/two", TargetKeyId=other)
    assert kms.describe_key(KeyId="alias/two")["KeyMetadata"]["KeyId"] == other
    names = []
    for page in kms.get_paginator("list_aliases").paginate(PaginationConfig={"PageSize": 1}):
        assert len(page["Aliases"]) <= 1
        names += [a["AliasName"] for a in page["Aliases"]]
    assert sorted(names) == ["alias/one", "alias/three", "alias/two"]
    kms.delete_alias(AliasName="alias/one")
    with pytest.raises(kms.exceptions.NotFoundException):
        kms.describe_key(KeyId="alias/one")

    deletion = kms.schedule_key_deletion(KeyId=other, PendingWindowInDays=7)
    assert deletion["KeyState"] == "PendingDeletion" and deletion["PendingWindowInDays"] == 7
    assert isinstance(deletion["DeletionDate"], datetime.datetime)
    kms.cancel_key_deletion(KeyId=other)
    assert kms.describe_key(KeyId=other)["KeyMetadata"]["KeyState"] == "Disabled"


def test_unicode_encryption_context(kms):
    """Context bytes are compared exactly: no Unicode normalization."""
    arn = kms.create_key()["KeyMetadata"]["Arn"]
    context = {"名前": "値 with spaces", "cafe\u0301": "x"}
    blob = kms.encrypt(KeyId=arn, Plaintext=b"hi", EncryptionContext=context)["CiphertextBlob"]
    assert kms.decrypt(CiphertextBlob=blob, EncryptionContext=context)["Plaintext"] == b"hi"
    with pytest.raises(kms.exceptions.InvalidCiphertextException):
        kms.decrypt(CiphertextBlob=blob, EncryptionContext={"名前": "値 with spaces", "caf\u00e9": "x"})


def test_list_keys_pagination(kms):
    made = {kms.create_key()["KeyMetadata"]["KeyId"] for _ in range(7)}

    seen, marker, pages = [], None, []
    while True:
        page = kms.list_keys(Limit=3, **({"Marker": marker} if marker else {}))
        pages.append(len(page["Keys"]))
        seen += [k["KeyId"] for k in page["Keys"]]
        for k in page["Keys"]:
            assert k["KeyArn"].endswith("/" + k["KeyId"]) and KEY_ARN.match(k["KeyArn"])
        if not page["Truncated"]:
            assert "NextMarker" not in page
            break
        marker = page["NextMarker"]
        assert len(pages) < 10, "pagination does not end"
    assert pages == [3, 3, 1]
    assert sorted(seen) == sorted(made)

    paged = []
    for page in kms.get_paginator("list_keys").paginate(PaginationConfig={"PageSize": 3}):
        paged += [k["KeyId"] for k in page["Keys"]]
    assert sorted(paged) == sorted(made)

    whole = kms.list_keys()
    assert whole["Truncated"] is False
    assert sorted(k["KeyId"] for k in whole["Keys"]) == sorted(made)


def _error(excinfo, code):
    err = excinfo.value.response["Error"]
    assert err["Code"] == code, excinfo.value.response
    # AWS sends InvalidCiphertextException without a message.
    assert bool(err["Message"]) == (code != "InvalidCiphertextException"), excinfo.value.response
    assert excinfo.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    return err["Message"]


def test_errors_are_modeled_exceptions(kms):
    arn = kms.create_key()["KeyMetadata"]["Arn"]
    other = kms.create_key()["KeyMetadata"]["Arn"]

    with pytest.raises(kms.exceptions.NotFoundException) as e:
        kms.describe_key(KeyId=str(uuid.uuid4()))
    _error(e, "NotFoundException")
    with pytest.raises(kms.exceptions.NotFoundException) as e:
        kms.generate_data_key(KeyId="alias/nope", NumberOfBytes=32)
    assert "alias/nope" in _error(e, "NotFoundException")

    blob = kms.encrypt(KeyId=arn, Plaintext=b"x", EncryptionContext=CONTEXT)["CiphertextBlob"]
    with pytest.raises(kms.exceptions.InvalidCiphertextException) as e:
        kms.decrypt(CiphertextBlob=blob, EncryptionContext={"purpose": "other"})
    _error(e, "InvalidCiphertextException")
    with pytest.raises(kms.exceptions.InvalidCiphertextException) as e:
        kms.decrypt(CiphertextBlob=blob)
    _error(e, "InvalidCiphertextException")
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(kms.exceptions.InvalidCiphertextException) as e:
        kms.decrypt(CiphertextBlob=tampered, EncryptionContext=CONTEXT)
    _error(e, "InvalidCiphertextException")
    with pytest.raises(kms.exceptions.IncorrectKeyException) as e:
        kms.decrypt(CiphertextBlob=blob, EncryptionContext=CONTEXT, KeyId=other)
    _error(e, "IncorrectKeyException")

    kms.disable_key(KeyId=arn)
    with pytest.raises(kms.exceptions.DisabledException) as e:
        kms.encrypt(KeyId=arn, Plaintext=b"x")
    _error(e, "DisabledException")
    kms.enable_key(KeyId=arn)
    kms.schedule_key_deletion(KeyId=arn, PendingWindowInDays=7)
    with pytest.raises(kms.exceptions.KMSInvalidStateException) as e:
        kms.encrypt(KeyId=arn, Plaintext=b"x")
    _error(e, "KMSInvalidStateException")

    kms.create_alias(AliasName="alias/dup", TargetKeyId=other)
    with pytest.raises(kms.exceptions.AlreadyExistsException) as e:
        kms.create_alias(AliasName="alias/dup", TargetKeyId=other)
    _error(e, "AlreadyExistsException")


def test_client_side_validation_passes_server_side_limits(kms):
    """A value botocore lets through but KMS refuses must come back as
    ValidationException, not as a server failure."""
    arn = kms.create_key()["KeyMetadata"]["Arn"]
    with pytest.raises(ClientError) as e:
        kms.generate_data_key(KeyId=arn, NumberOfBytes=2048)
    _error(e, "ValidationException")
    with pytest.raises(ClientError) as e:
        kms.generate_data_key(KeyId=arn)  # neither NumberOfBytes nor KeySpec
    _error(e, "ValidationException")


def test_wrong_credentials(server, access_key):
    key_id, secret = access_key
    wrong_secret = make_client(server, key_id, secret[:-1] + ("A" if secret[-1] != "A" else "B"))
    with pytest.raises(ClientError) as e:
        wrong_secret.list_keys()
    _error(e, "InvalidSignatureException")

    unknown_id = make_client(server, "AKIA" + "Z" * 16, secret)
    with pytest.raises(ClientError) as e:
        unknown_id.list_keys()
    _error(e, "UnrecognizedClientException")


@pytest.mark.parametrize("minutes", [-20, 20])
def test_stale_signature_refused(kms, monkeypatch, minutes):
    import botocore.auth

    skewed = botocore.auth.get_current_datetime() + datetime.timedelta(minutes=minutes)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda *a, **k: skewed)
    with pytest.raises(ClientError) as e:
        kms.list_keys()
    message = _error(e, "InvalidSignatureException")
    if minutes < 0:
        assert message.startswith("Signature expired"), message


def test_slightly_skewed_signature_accepted(kms, monkeypatch):
    import botocore.auth

    skewed = botocore.auth.get_current_datetime() - datetime.timedelta(minutes=10)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda *a, **k: skewed)
    assert kms.list_keys()["Keys"] == []


def test_cli_and_server_share_the_keystore(kms, kms_cli):
    # Made by the CLI, seen by the server's next request.
    cli_meta = kms_cli.json("create-key", "--description", "from the cli")["KeyMetadata"]
    assert kms.describe_key(KeyId=cli_meta["KeyId"])["KeyMetadata"]["Description"] == "from the cli"
    kms_cli.run("create-alias", "--alias-name", "alias/cli", "--target-key-id", cli_meta["KeyId"])
    dk = kms.generate_data_key(KeyId="alias/cli", NumberOfBytes=32, EncryptionContext=CONTEXT)
    assert dk["KeyId"] == cli_meta["Arn"]

    # Made through the server, seen by the next CLI run.
    meta = kms.create_key(Description="from boto3")["KeyMetadata"]
    assert kms_cli.json("describe-key", "--key-id", meta["KeyId"])["KeyMetadata"]["Description"] == "from boto3"
    kms.create_alias(AliasName="alias/boto3", TargetKeyId=meta["KeyId"])
    assert kms_cli.json("describe-key", "--key-id", "alias/boto3")["KeyMetadata"]["Arn"] == meta["Arn"]

    # Blobs cross over in both directions.
    blob_path = kms_cli.env["HOME"] + "/blob"
    with open(blob_path, "wb") as f:
        f.write(dk["CiphertextBlob"])
    dec = kms_cli.json(
        "decrypt", "--ciphertext-blob", f"fileb://{blob_path}", "--encryption-context", "purpose=test,team=infra"
    )
    assert base64.b64decode(dec["Plaintext"]) == dk["Plaintext"]
    cli_dk = kms_cli.json("generate-data-key", "--key-id", "alias/boto3", "--number-of-bytes", "16")
    back = kms.decrypt(CiphertextBlob=base64.b64decode(cli_dk["CiphertextBlob"]))
    assert back["Plaintext"] == base64.b64decode(cli_dk["Plaintext"])
    assert back["KeyId"] == meta["Arn"]

    # A rotation and a deletion schedule made by the CLI take effect at once.
    kms_cli.run("rotate-key-on-demand", "--key-id", meta["KeyId"])
    assert len(kms.list_key_rotations(KeyId=meta["KeyId"])["Rotations"]) == 1
    kms_cli.run("disable-key", "--key-id", meta["KeyId"])
    with pytest.raises(kms.exceptions.DisabledException):
        kms.encrypt(KeyId=meta["KeyId"], Plaintext=b"x")


def test_create_key_accepts_fields_at_their_only_supported_value(kms):
    """Clients that spell out AWS's defaults send these. Each names what
    kms-local does anyway and AWS accepts them, so they must not be refused
    as unknown fields."""
    meta = kms.create_key(Origin="AWS_KMS", MultiRegion=False, BypassPolicyLockoutSafetyCheck=False)["KeyMetadata"]
    assert meta["Origin"] == "AWS_KMS" and meta["MultiRegion"] is False


def test_dry_run_raises_the_modeled_exception(kms):
    arn = kms.create_key()["KeyMetadata"]["Arn"]
    with pytest.raises(kms.exceptions.DryRunOperationException) as excinfo:
        kms.generate_data_key(KeyId=arn, NumberOfBytes=32, DryRun=True)
    assert "DryRun option is set" in excinfo.value.response["Error"]["Message"]
    blob = kms.encrypt(KeyId=arn, Plaintext=b"x", DryRun=False)["CiphertextBlob"]
    with pytest.raises(kms.exceptions.DryRunOperationException):
        kms.decrypt(CiphertextBlob=blob, DryRun=True)
