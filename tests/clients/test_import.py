"""Imported key material through boto3 against `kms-local serve`, wrapped by
Python's `cryptography` from the public key kms-local hands out: the
independent side of every import."""

import datetime
import hashlib
import hmac
import os

import pytest
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.keywrap import aes_key_wrap_with_padding

FOREVER = {"ExpirationModel": "KEY_MATERIAL_DOES_NOT_EXPIRE"}


def oaep_sha256():
    return padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def import_material(kms, key_id, material, algorithm, **extra):
    params = kms.get_parameters_for_import(KeyId=key_id, WrappingAlgorithm=algorithm, WrappingKeySpec="RSA_2048")
    public = serialization.load_der_public_key(params["PublicKey"])
    if algorithm == "RSAES_OAEP_SHA_256":
        wrapped = public.encrypt(material, oaep_sha256())
    else:
        aes_key = os.urandom(32)
        wrapped = public.encrypt(aes_key, oaep_sha256()) + aes_key_wrap_with_padding(aes_key, material)
    return kms.import_key_material(
        KeyId=key_id, ImportToken=params["ImportToken"], EncryptedKeyMaterial=wrapped, **extra
    )


def code(call):
    with pytest.raises(ClientError) as e:
        call()
    return e.value.response["Error"]["Code"]


def test_symmetric_material_round_trips_deletes_and_comes_back(kms):
    meta = kms.create_key(Origin="EXTERNAL")["KeyMetadata"]
    assert meta["KeyState"] == "PendingImport" and meta["Origin"] == "EXTERNAL"
    key_id = meta["KeyId"]
    material = os.urandom(32)
    valid_to = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(days=30)
    made = import_material(kms, key_id, material, "RSAES_OAEP_SHA_256", ValidTo=valid_to)
    assert len(made["KeyMaterialId"]) == 64
    described = kms.describe_key(KeyId=key_id)["KeyMetadata"]
    assert described["KeyState"] == "Enabled"
    assert described["ExpirationModel"] == "KEY_MATERIAL_EXPIRES"
    assert described["ValidTo"] == valid_to

    blob = kms.encrypt(KeyId=key_id, Plaintext=b"byok")["CiphertextBlob"]
    kms.delete_imported_key_material(KeyId=key_id)
    assert code(lambda: kms.decrypt(CiphertextBlob=blob)) == "KMSInvalidStateException"
    assert code(lambda: import_material(kms, key_id, os.urandom(32), "RSAES_OAEP_SHA_256", **FOREVER)) == (
        "IncorrectKeyMaterialException"
    )
    import_material(kms, key_id, material, "RSA_AES_KEY_WRAP_SHA_256", **FOREVER)
    assert kms.decrypt(CiphertextBlob=blob)["Plaintext"] == b"byok"


def test_an_imported_ec_key_signs_for_its_own_public_key(kms):
    private = ec.generate_private_key(ec.SECP384R1())
    pkcs8 = private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    key_id = kms.create_key(Origin="EXTERNAL", KeySpec="ECC_NIST_P384", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
    import_material(kms, key_id, pkcs8, "RSA_AES_KEY_WRAP_SHA_256", **FOREVER)
    signature = kms.sign(KeyId=key_id, Message=b"outside", SigningAlgorithm="ECDSA_SHA_384")["Signature"]
    private.public_key().verify(signature, b"outside", ec.ECDSA(hashes.SHA384()))
    public = kms.get_public_key(KeyId=key_id)["PublicKey"]
    assert public == private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def test_an_imported_hmac_key_macs_as_pythons_hmac(kms):
    material = os.urandom(48)
    key_id = kms.create_key(Origin="EXTERNAL", KeySpec="HMAC_384", KeyUsage="GENERATE_VERIFY_MAC")["KeyMetadata"][
        "KeyId"
    ]
    made = import_material(kms, key_id, material, "RSAES_OAEP_SHA_256", **FOREVER)
    assert "KeyMaterialId" not in made
    mac = kms.generate_mac(KeyId=key_id, Message=b"webhook", MacAlgorithm="HMAC_SHA_384")["Mac"]
    assert mac == hmac.new(material, b"webhook", hashlib.sha384).digest()
