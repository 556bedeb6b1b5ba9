"""Key policies through boto3 against `kms-local serve`, as Terraform's
aws_kms_key reads a key on every plan."""

import json

import pytest
from botocore.exceptions import ClientError

POLICY = {
    "Version": "2012-10-17",
    "Id": "terraform",
    "Statement": [
        {
            "Sid": "Root",
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
            "Action": "kms:*",
            "Resource": "*",
        }
    ],
}


def test_terraform_style_reads_of_a_key_with_a_policy_and_tags(kms):
    meta = kms.create_key(
        Policy=json.dumps(POLICY), Tags=[{"TagKey": "env", "TagValue": "ci"}], Description="tf"
    )["KeyMetadata"]
    key_id = meta["KeyId"]
    kms.create_alias(AliasName="alias/tf", TargetKeyId=key_id)
    assert kms.describe_key(KeyId=key_id)["KeyMetadata"]["Description"] == "tf"
    got = kms.get_key_policy(KeyId=key_id, PolicyName="default")
    assert json.loads(got["Policy"]) == POLICY
    assert kms.get_key_rotation_status(KeyId=key_id)["KeyRotationEnabled"] is False
    assert kms.list_resource_tags(KeyId=key_id)["Tags"] == [{"TagKey": "env", "TagValue": "ci"}]
    assert [a["AliasName"] for a in kms.list_aliases(KeyId=key_id)["Aliases"]] == ["alias/tf"]
    assert kms.list_key_policies(KeyId=key_id)["PolicyNames"] == ["default"]

    changed = dict(POLICY, Id="changed")
    kms.put_key_policy(KeyId=key_id, PolicyName="default", Policy=json.dumps(changed))
    assert json.loads(kms.get_key_policy(KeyId=key_id)["Policy"])["Id"] == "changed"
    with pytest.raises(ClientError) as e:
        kms.put_key_policy(KeyId=key_id, PolicyName="default", Policy="{}")
    assert e.value.response["Error"]["Code"] == "MalformedPolicyDocumentException"
