"""Multi-Region keys through boto3 against `kms-local serve`: clients in
two Regions, each with its related key, decrypt each other's ciphertexts."""

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT
from test_scopes import client


@pytest.fixture
def home_key(kms_cli):
    key = kms_cli.json("create-access-key")["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"]


def test_replicas_decrypt_each_others_blobs_and_the_primary_moves(home_key, start_server):
    server = start_server()
    east = client(server, home_key, "us-east-1")
    west = client(server, home_key, "eu-west-1")
    meta = east.create_key(MultiRegion=True, Description="primary")["KeyMetadata"]
    key = meta["KeyId"]
    assert key.startswith("mrk-") and meta["MultiRegion"] is True
    assert meta["MultiRegionConfiguration"]["MultiRegionKeyType"] == "PRIMARY"

    made = east.replicate_key(KeyId=key, ReplicaRegion="eu-west-1", Tags=[{"TagKey": "site", "TagValue": "dr"}])
    replica = made["ReplicaKeyMetadata"]
    assert replica["Arn"] == f"arn:aws:kms:eu-west-1:{ACCOUNT}:key/{key}"
    assert replica["MultiRegionConfiguration"]["PrimaryKey"]["Region"] == "us-east-1"
    assert made["ReplicaTags"] == [{"TagKey": "site", "TagValue": "dr"}]
    assert '"key-default-1"' in made["ReplicaPolicy"]

    blob = east.encrypt(KeyId=key, Plaintext=b"across")["CiphertextBlob"]
    assert west.decrypt(CiphertextBlob=blob)["Plaintext"] == b"across"
    back = west.generate_data_key(KeyId=key, KeySpec="AES_256")
    assert east.decrypt(CiphertextBlob=back["CiphertextBlob"])["Plaintext"] == back["Plaintext"]

    with pytest.raises(ClientError) as e:
        west.replicate_key(KeyId=key, ReplicaRegion="ap-south-1")
    assert e.value.response["Error"]["Code"] == "UnsupportedOperationException"

    assert east.update_primary_region(KeyId=key, PrimaryRegion="eu-west-1")["ResponseMetadata"]["HTTPStatusCode"] == 200
    config = east.describe_key(KeyId=key)["KeyMetadata"]["MultiRegionConfiguration"]
    assert config["MultiRegionKeyType"] == "REPLICA"
    assert config["PrimaryKey"]["Region"] == "eu-west-1"
    west.rotate_key_on_demand(KeyId=key)
    rotated = west.encrypt(KeyId=key, Plaintext=b"rotated")["CiphertextBlob"]
    assert east.decrypt(CiphertextBlob=rotated)["Plaintext"] == b"rotated"
