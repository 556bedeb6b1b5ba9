"""AWS managed keys and GetKeyLastUsage through boto3 against `kms-local serve`."""

import datetime

import pytest
from botocore.exceptions import ClientError


def test_alias_aws_s3_makes_a_managed_key_that_cannot_be_disabled(kms):
    # Its policy lets the account use it through S3 only, and see it.
    with pytest.raises(ClientError) as e:
        kms.encrypt(KeyId="alias/aws/s3", Plaintext=b"managed")
    assert e.value.response["Error"]["Code"] == "AccessDeniedException"
    meta = kms.describe_key(KeyId="alias/aws/s3")["KeyMetadata"]
    assert meta["KeyManager"] == "AWS"
    assert meta["Arn"] in e.value.response["Error"]["Message"]
    with pytest.raises(ClientError) as e:
        kms.disable_key(KeyId=meta["KeyId"])
    error = e.value.response["Error"]
    assert error["Code"] == "AccessDeniedException"
    assert "kms:DisableKey" in error["Message"]
    with pytest.raises(ClientError) as e:
        kms.create_alias(AliasName="alias/aws/mine", TargetKeyId=meta["KeyId"])
    assert e.value.response["Error"]["Code"] == "InvalidAliasNameException"


def test_get_key_last_usage_follows_each_use(kms):
    meta = kms.create_key()["KeyMetadata"]
    unused = kms.get_key_last_usage(KeyId=meta["KeyId"])
    assert unused["KeyLastUsage"] == {}
    assert unused["KeyCreationDate"] == meta["CreationDate"]
    before = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=5)
    kms.generate_data_key(KeyId=meta["Arn"], NumberOfBytes=32)
    used = kms.get_key_last_usage(KeyId=meta["Arn"])["KeyLastUsage"]
    assert used["Operation"] == "GenerateDataKey"
    assert used["Timestamp"] >= before
    assert used["CloudTrailEventId"].isdigit()
