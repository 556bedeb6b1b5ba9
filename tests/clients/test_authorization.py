"""Key policies decide, through `serve`: each row of
tests/policies/evaluation.json (AWS's documented examples) run with boto3
signed by an access key of the row's principal. tests/cli/authorization.rs
runs the same rows through the command line's --principal."""

import json

import pytest
from botocore.exceptions import ClientError

from conftest import REPO
from test_scopes import client

TABLE = json.loads((REPO / "tests" / "policies" / "evaluation.json").read_text())


def key_for(kms_cli, principal):
    args = ["create-access-key", "--account-id", principal["account"]]
    if "user" in principal:
        args += ["--user-name", principal["user"]]
    if "role" in principal:
        args += ["--role-name", principal["role"]]
    made = kms_cli.json(*args)["AccessKey"]
    return made["AccessKeyId"], made["SecretAccessKey"]


def test_each_documented_policy_answers_as_aws_does(kms_cli, start_server):
    keys = [key_for(kms_cli, row["principal"]) for row in TABLE["rows"]]
    owner = kms_cli.json("create-access-key", "--account-id", TABLE["account"])["AccessKey"]
    server = start_server()
    owner = client(server, (owner["AccessKeyId"], owner["SecretAccessKey"]), "us-east-1")
    granters = {}
    for row in TABLE["rows"]:
        if "grant" in row:
            by = json.dumps(row["grant"]["by"], sort_keys=True)
            if by not in granters:
                granters[by] = key_for(kms_cli, row["grant"]["by"])
    for n, (row, key) in enumerate(zip(TABLE["rows"], keys)):
        policy = TABLE["policies"][row["policy"]]
        extra = {} if policy is None else {"Policy": json.dumps(policy), "BypassPolicyLockoutSafetyCheck": True}
        if "key_spec" in row:
            extra.update(KeySpec=row["key_spec"], KeyUsage="SIGN_VERIFY")
        arn = owner.create_key(**extra)["KeyMetadata"]["Arn"]
        if "grant" in row:
            grant = row["grant"]
            by = client(server, granters[json.dumps(grant["by"], sort_keys=True)], "us-east-1")
            by.create_grant(KeyId=arn, GranteePrincipal=grant["grantee"], Operations=grant["operations"],
                            **({"Constraints": grant["constraints"]} if "constraints" in grant else {}))
        kms = client(server, key, "us-east-1")
        call = {
            "GenerateDataKey": lambda: kms.generate_data_key(KeyId=arn, NumberOfBytes=32, **(
                {"EncryptionContext": row["context"]} if "context" in row else {})),
            "DescribeKey": lambda: kms.describe_key(KeyId=arn),
            "Encrypt": lambda: kms.encrypt(KeyId=arn, Plaintext=b"hi"),
            "Sign": lambda: kms.sign(KeyId=arn, Message=b"0" * 32, MessageType=row.get("message_type"),
                                     SigningAlgorithm="ECDSA_SHA_256"),
            "CreateGrant": lambda: kms.create_grant(
                KeyId=arn, GranteePrincipal=row.get("grantee"), Operations=row.get("grant_operations"),
                **({"Constraints": row["constraints"]} if "constraints" in row else {})),
        }[row["operation"]]
        if row["expect"] == "Allow":
            call()
            continue
        with pytest.raises(ClientError) as e:
            call()
        error = e.value.response["Error"]
        assert error["Code"] == row["expect"], (n, row)
        assert "is not authorized to perform: kms:" in error["Message"], (n, error)


def test_a_grant_lets_a_user_the_policy_does_not_name(kms_cli, start_server):
    admin = kms_cli.json("create-access-key", "--role-name", "admin")["AccessKey"]
    user = kms_cli.json("create-access-key", "--user-name", "ci")["AccessKey"]
    server = start_server()
    admin = client(server, (admin["AccessKeyId"], admin["SecretAccessKey"]), "us-east-1")
    user = client(server, (user["AccessKeyId"], user["SecretAccessKey"]), "us-east-1")
    policy = {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/admin"},
                             "Action": "kms:*", "Resource": "*"}]}
    arn = admin.create_key(Policy=json.dumps(policy), BypassPolicyLockoutSafetyCheck=True)["KeyMetadata"]["Arn"]
    with pytest.raises(ClientError) as e:
        user.generate_data_key(KeyId=arn, NumberOfBytes=32)
    assert e.value.response["Error"]["Code"] == "AccessDeniedException"
    grant = admin.create_grant(
        KeyId=arn, GranteePrincipal="arn:aws:iam::111122223333:user/ci", Operations=["GenerateDataKey", "Decrypt"],
        Constraints={"EncryptionContextEquals": {"job": "build"}},
    )
    made = user.generate_data_key(KeyId=arn, NumberOfBytes=32, EncryptionContext={"job": "build"}, GrantTokens=[grant["GrantToken"]])
    assert user.decrypt(CiphertextBlob=made["CiphertextBlob"], EncryptionContext={"job": "build"})["Plaintext"] == made["Plaintext"]
    listed = admin.list_grants(KeyId=arn)["Grants"]
    assert [g["GrantId"] for g in listed] == [grant["GrantId"]]
    admin.revoke_grant(KeyId=arn, GrantId=grant["GrantId"])
    with pytest.raises(ClientError) as e:
        user.decrypt(CiphertextBlob=made["CiphertextBlob"], EncryptionContext={"job": "build"})
    assert e.value.response["Error"]["Code"] == "AccessDeniedException"
