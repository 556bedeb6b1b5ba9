"""Accounts and Regions through boto3 against one `kms-local serve`: each
client acts in the account of its access key and the Region it signs for,
as against AWS's per-Region endpoints."""

import json

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import ACCOUNT, CALL_TIMEOUT

OTHER = "444455556666"
REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"]


def client(server, key, region):
    session = boto3.session.Session(
        aws_access_key_id=key[0],
        aws_secret_access_key=key[1],
        region_name=region,
    )
    return session.client(
        "kms",
        endpoint_url=server.url,
        config=Config(retries={"total_max_attempts": 1}, read_timeout=CALL_TIMEOUT),
    )


@pytest.fixture
def keys(kms_cli):
    """An access key of the home account and one of another account."""
    made = {}
    for account in (ACCOUNT, OTHER):
        key = kms_cli.json("create-access-key", "--account-id", account)["AccessKey"]
        made[account] = (key["AccessKeyId"], key["SecretAccessKey"])
    return made


def error(call):
    with pytest.raises(ClientError) as e:
        call()
    return e.value.response["Error"]


def test_clients_in_three_regions_and_two_accounts_see_their_own_keys(keys, start_server):
    server = start_server()
    made = {}
    for account in (ACCOUNT, OTHER):
        for region in REGIONS:
            kms = client(server, keys[account], region)
            meta = kms.create_key(Description=f"{account} {region}")["KeyMetadata"]
            assert meta["Arn"] == f"arn:aws:kms:{region}:{account}:key/{meta['KeyId']}"
            assert meta["AWSAccountId"] == account
            kms.create_alias(AliasName="alias/app", TargetKeyId=meta["KeyId"])
            made[account, region] = (kms, meta)
    for (account, region), (kms, meta) in made.items():
        assert [k["KeyArn"] for k in kms.list_keys()["Keys"]] == [meta["Arn"]]
        aliases = kms.list_aliases()["Aliases"]
        assert [a["AliasArn"] for a in aliases] == [f"arn:aws:kms:{region}:{account}:alias/app"]
        assert kms.describe_key(KeyId="alias/app")["KeyMetadata"]["Arn"] == meta["Arn"]
        blob = kms.encrypt(KeyId="alias/app", Plaintext=b"scoped")["CiphertextBlob"]
        assert kms.decrypt(CiphertextBlob=blob)["KeyId"] == meta["Arn"]

    home, home_meta = made[ACCOUNT, "us-east-1"]
    _, eu_meta = made[ACCOUNT, "eu-west-1"]
    # A key ARN of another Region is refused as AWS refuses it.
    err = error(lambda: home.describe_key(KeyId=eu_meta["Arn"]))
    assert err == {"Code": "NotFoundException", "Message": "Invalid arn eu-west-1"}
    # A key id of another Region is not found under this Region's ARN.
    err = error(lambda: home.describe_key(KeyId=eu_meta["KeyId"]))
    assert err["Code"] == "NotFoundException"
    assert err["Message"] == f"Key 'arn:aws:kms:us-east-1:{ACCOUNT}:key/{eu_meta['KeyId']}' does not exist"


def test_another_account_decrypts_by_arn_but_cannot_manage_the_key(keys, start_server):
    server = start_server()
    owner = client(server, keys[ACCOUNT], "us-east-1")
    other = client(server, keys[OTHER], "us-east-1")
    arn = owner.create_key()["KeyMetadata"]["Arn"]
    blob = owner.encrypt(KeyId=arn, Plaintext=b"shared")["CiphertextBlob"]
    # The default key policy lets the owner's account in, no other.
    assert error(lambda: other.decrypt(CiphertextBlob=blob, KeyId=arn))["Code"] == "AccessDeniedException"
    shared = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{OTHER}:root"},
             "Action": ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"], "Resource": "*"},
        ],
    }
    owner.put_key_policy(KeyId=arn, PolicyName="default", Policy=json.dumps(shared))

    assert other.decrypt(CiphertextBlob=blob, KeyId=arn)["Plaintext"] == b"shared"
    assert other.decrypt(CiphertextBlob=blob)["KeyId"] == arn
    data_key = other.generate_data_key(KeyId=arn, NumberOfBytes=32)
    assert owner.decrypt(CiphertextBlob=data_key["CiphertextBlob"])["Plaintext"] == data_key["Plaintext"]
    assert other.describe_key(KeyId=arn)["KeyMetadata"]["AWSAccountId"] == ACCOUNT

    err = error(lambda: other.disable_key(KeyId=arn))
    assert err == {"Code": "NotFoundException", "Message": f"Invalid arn {ACCOUNT}"}
    assert other.list_keys()["Keys"] == []
    assert owner.describe_key(KeyId=arn)["KeyMetadata"]["Enabled"] is True


def test_any_credentials_name_the_account_by_a_12_digit_access_key_id(kms_cli, start_server):
    server = start_server("--allow-any-credentials")
    kms = client(server, (OTHER, "anything"), "eu-north-1")
    meta = kms.create_key()["KeyMetadata"]
    assert meta["Arn"] == f"arn:aws:kms:eu-north-1:{OTHER}:key/{meta['KeyId']}"
    anyone = client(server, ("AKIAANYONE", "anything"), "eu-north-1")
    meta = anyone.create_key()["KeyMetadata"]
    assert meta["AWSAccountId"] == ACCOUNT
    # The CLI acts there too, with the same conventions.
    env = dict(kms_cli.env, AWS_ACCESS_KEY_ID=OTHER, AWS_REGION="eu-north-1")
    listed = type(kms_cli)(env).json("list-keys")["Keys"]
    assert len(listed) == 1 and listed[0]["KeyArn"].startswith(f"arn:aws:kms:eu-north-1:{OTHER}:")
