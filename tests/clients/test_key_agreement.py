"""DeriveSharedSecret, Encapsulate and Decapsulate through boto3, each secret
checked against an implementation that is not kms-local's: pyca/cryptography
for ECDH on the NIST curves and for ML-KEM-768/1024, kyber-py for every
ML-KEM spec, and the SM2 curve's arithmetic written out below for SM2 ECDH.
"""

import secrets

import pytest
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, mlkem
from kyber_py.ml_kem import ML_KEM_512, ML_KEM_768, ML_KEM_1024

from conftest import KEY_ARN

CURVES = {
    "ECC_NIST_P256": (ec.SECP256R1(), 32),
    "ECC_NIST_P384": (ec.SECP384R1(), 48),
    "ECC_NIST_P521": (ec.SECP521R1(), 66),
}

# FIPS 203: encapsulation key and ciphertext lengths, kyber-py's parameters,
# and pyca/cryptography's key class where it has the spec.
ML_KEM = {
    "ML_KEM_512": (800, 768, ML_KEM_512, None),
    "ML_KEM_768": (1184, 1088, ML_KEM_768, mlkem.MLKEM768PublicKey),
    "ML_KEM_1024": (1568, 1568, ML_KEM_1024, mlkem.MLKEM1024PublicKey),
}


def create(kms, spec, usage):
    return kms.create_key(KeySpec=spec, KeyUsage=usage)["KeyMetadata"]["KeyId"]


def derive(kms, key, public_key):
    return kms.derive_shared_secret(KeyId=key, KeyAgreementAlgorithm="ECDH", PublicKey=public_key)


@pytest.mark.parametrize("spec", sorted(CURVES))
def test_ecdh_secret_equals_cryptographys(kms, spec):
    curve, length = CURVES[spec]
    key = create(kms, spec, "KEY_AGREEMENT")
    described = kms.get_public_key(KeyId=key)
    assert described["KeyAgreementAlgorithms"] == ["ECDH"]
    kms_public = serialization.load_der_public_key(described["PublicKey"])
    peer = ec.generate_private_key(curve)
    peer_spki = peer.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    response = derive(kms, key, peer_spki)
    expected = peer.exchange(ec.ECDH(), kms_public)
    assert len(expected) == length
    assert response["SharedSecret"] == expected
    assert KEY_ARN.match(response["KeyId"]) and response["KeyId"].endswith(key)
    assert response["KeyAgreementAlgorithm"] == "ECDH"
    assert response["KeyOrigin"] == "AWS_KMS"


# The SM2 curve (GB/T 32918.5-2017; `openssl ecparam -name SM2 -param_enc
# explicit -text` prints the same), for an ECDH that pyca/cryptography and
# OpenSSL 3.0 do not offer.
SM2_P = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF
SM2_A = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC
SM2_B = 0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93
SM2_N = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123
SM2_G = (
    0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7,
    0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0,
)


def sm2_on_curve(point):
    x, y = point
    return (y * y - (x * x * x + SM2_A * x + SM2_B)) % SM2_P == 0


def sm2_add(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0] and (p[1] + q[1]) % SM2_P == 0:
        return None
    if p == q:
        slope = (3 * p[0] * p[0] + SM2_A) * pow(2 * p[1], -1, SM2_P)
    else:
        slope = (q[1] - p[1]) * pow(q[0] - p[0], -1, SM2_P)
    x = (slope * slope - p[0] - q[0]) % SM2_P
    return x, (slope * (p[0] - x) - p[1]) % SM2_P


def sm2_mul(k, point):
    result = None
    while k:
        if k & 1:
            result = sm2_add(result, point)
        point = sm2_add(point, point)
        k >>= 1
    return result


def test_sm2_ecdh_secret_equals_the_curve_arithmetics(kms):
    assert sm2_on_curve(SM2_G)
    key = create(kms, "SM2", "KEY_AGREEMENT")
    kms_spki = kms.get_public_key(KeyId=key)["PublicKey"]
    # id-ecPublicKey with the SM2 curve's OID, then the uncompressed point.
    header, point = kms_spki[:-65], kms_spki[-65:]
    assert bytes.fromhex("06082a811ccf5501822d") in header and point[0] == 4
    kms_point = (int.from_bytes(point[1:33], "big"), int.from_bytes(point[33:], "big"))
    assert sm2_on_curve(kms_point)
    d = secrets.randbelow(SM2_N - 1) + 1
    qx, qy = sm2_mul(d, SM2_G)
    peer_spki = header + b"\x04" + qx.to_bytes(32, "big") + qy.to_bytes(32, "big")
    shared_x, _ = sm2_mul(d, kms_point)
    assert derive(kms, key, peer_spki)["SharedSecret"] == shared_x.to_bytes(32, "big")


def raw_encapsulation_key(spki, length):
    """The key in an ML-KEM SubjectPublicKeyInfo: its BIT STRING's last bytes."""
    assert len(spki) == length + 22, len(spki)
    return spki[-length:]


@pytest.mark.parametrize("spec", sorted(ML_KEM))
def test_ml_kem_secrets_match_independent_encapsulation(kms, spec):
    key_length, ciphertext_length, kyber, pyca = ML_KEM[spec]
    key = create(kms, spec, "ENCAPSULATE_DECAPSULATE")
    described = kms.get_public_key(KeyId=key)
    assert described["EncapsulationAlgorithms"] == ["ML_KEM"]
    spki = described["PublicKey"]
    made = []
    # kyber-py: (K, c) = ML-KEM.Encaps(ek) with the raw key.
    made.append(kyber.encaps(raw_encapsulation_key(spki, key_length)))
    if pyca is not None:
        public = serialization.load_der_public_key(spki)
        assert isinstance(public, pyca)
        made.append(public.encapsulate())
    for secret, ciphertext in made:
        assert len(ciphertext) == ciphertext_length
        opened = kms.decapsulate(
            KeyId=key, SharedSecretCiphertextBlob=ciphertext, EncapsulationAlgorithm="ML_KEM"
        )
        assert opened["SharedSecret"] == secret
        assert opened["EncapsulationAlgorithm"] == "ML_KEM"
        assert opened["KeyId"].endswith(key)
    # kms-local's own encapsulation opens to the same secret.
    own = kms.encapsulate(KeyId=key, EncapsulationAlgorithm="ML_KEM")
    assert len(own["SharedSecret"]) == 32
    assert len(own["SharedSecretCiphertextBlob"]) == ciphertext_length
    opened = kms.decapsulate(
        KeyId=key,
        SharedSecretCiphertextBlob=own["SharedSecretCiphertextBlob"],
        EncapsulationAlgorithm="ML_KEM",
    )
    assert opened["SharedSecret"] == own["SharedSecret"]


def test_errors_are_modeled_exceptions(kms):
    # AWS's empty messages come back from `serve` empty, as from AWS.
    ecdh = create(kms, "ECC_NIST_P256", "KEY_AGREEMENT")
    kem = create(kms, "ML_KEM_768", "ENCAPSULATE_DECAPSULATE")
    with pytest.raises(ClientError) as e:
        derive(kms, ecdh, b"not a public key")
    assert e.value.response["Error"]["Code"] == "ValidationException"
    assert e.value.response["Error"]["Message"] == ""
    p384 = ec.generate_private_key(ec.SECP384R1()).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(kms.exceptions.ClientError) as e:
        derive(kms, ecdh, p384)
    assert e.value.response["Error"]["Code"] == "ValidationException"
    assert "ECC_NIST_P256" in e.value.response["Error"]["Message"]
    with pytest.raises(kms.exceptions.InvalidKeyUsageException) as e:
        kms.encapsulate(KeyId=ecdh, EncapsulationAlgorithm="ML_KEM")
    assert e.value.response["Error"]["Message"].endswith(
        "key usage is KEY_AGREEMENT which is not valid for Encapsulate."
    )
    with pytest.raises(kms.exceptions.InvalidCiphertextException) as e:
        kms.decapsulate(
            KeyId=kem, SharedSecretCiphertextBlob=b"\x00" * 1087, EncapsulationAlgorithm="ML_KEM"
        )
    assert e.value.response["Error"]["Message"] == ""
    with pytest.raises(kms.exceptions.DryRunOperationException):
        kms.encapsulate(KeyId=kem, EncapsulationAlgorithm="ML_KEM", DryRun=True)
    # Recipient (Nitro Enclaves attestation) is not supported.
    with pytest.raises(ClientError) as e:
        kms.derive_shared_secret(
            KeyId=ecdh,
            KeyAgreementAlgorithm="ECDH",
            PublicKey=p384,
            Recipient={"KeyEncryptionAlgorithm": "RSAES_OAEP_SHA_256", "AttestationDocument": b"x"},
        )
    assert e.value.response["Error"]["Code"] == "SerializationException"
