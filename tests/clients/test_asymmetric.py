"""Signing, HMAC, RSA encryption and data key pairs through boto3 against
`kms-local serve`, each result checked by Python's `cryptography` (built on
OpenSSL 4, which has ML-DSA): an implementation that is not kms-local's."""

import base64
import hashlib
import hmac
import json
import os
import struct
import uuid

import pytest
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, mldsa, padding, rsa, utils
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from conftest import Cli, make_client

MESSAGE = b"artifact sha256 of release v2.0, signed by CI"

HASHES = {"256": hashes.SHA256(), "384": hashes.SHA384(), "512": hashes.SHA512()}


def public_key(kms, key_id):
    response = kms.get_public_key(KeyId=key_id)
    return response, serialization.load_der_public_key(response["PublicKey"])


def verify_outside(key, algorithm, signature, message=MESSAGE):
    """Raises cryptography's InvalidSignature unless `signature` is valid."""
    if algorithm.startswith("ECDSA"):
        key.verify(signature, message, ec.ECDSA(HASHES[algorithm[-3:]]))
    elif algorithm.startswith("RSASSA_PSS"):
        h = HASHES[algorithm[-3:]]
        key.verify(signature, message, padding.PSS(padding.MGF1(h), h.digest_size), h)
    elif algorithm.startswith("RSASSA_PKCS1"):
        key.verify(signature, message, padding.PKCS1v15(), HASHES[algorithm[-3:]])
    elif algorithm == "ED25519_SHA_512":
        key.verify(signature, message)
    elif algorithm == "ML_DSA_SHAKE_256":
        key.verify(signature, message)
    else:
        raise AssertionError(algorithm)


SIGNING = [
    ("ECC_NIST_P256", hashes.SHA256),
    ("ECC_NIST_P384", hashes.SHA384),
    ("ECC_NIST_P521", hashes.SHA512),
    ("ECC_SECG_P256K1", hashes.SHA256),
    ("ECC_NIST_EDWARDS25519", None),
    ("RSA_2048", None),
    ("ML_DSA_44", None),
    ("ML_DSA_65", None),
    ("ML_DSA_87", None),
]


@pytest.mark.parametrize("spec", [s for s, _ in SIGNING])
def test_every_signature_verifies_with_cryptography(kms, spec):
    meta = kms.create_key(KeySpec=spec, KeyUsage="SIGN_VERIFY")["KeyMetadata"]
    response, key = public_key(kms, meta["KeyId"])
    assert response["KeyId"] == meta["Arn"]
    assert response["KeySpec"] == spec and response["KeyUsage"] == "SIGN_VERIFY"
    assert response["SigningAlgorithms"] == meta["SigningAlgorithms"]
    for algorithm in meta["SigningAlgorithms"]:
        if algorithm == "ED25519_PH_SHA_512":
            continue  # `cryptography` has no Ed25519ph
        signed = kms.sign(KeyId=meta["KeyId"], Message=MESSAGE, SigningAlgorithm=algorithm)
        assert signed["KeyId"] == meta["Arn"] and signed["SigningAlgorithm"] == algorithm
        verify_outside(key, algorithm, signed["Signature"])
        verified = kms.verify(
            KeyId=meta["KeyId"], Message=MESSAGE, Signature=signed["Signature"], SigningAlgorithm=algorithm
        )
        assert verified["SignatureValid"] is True
        with pytest.raises(ClientError) as refused:
            kms.verify(
                KeyId=meta["KeyId"],
                Message=MESSAGE + b"!",
                Signature=signed["Signature"],
                SigningAlgorithm=algorithm,
            )
        assert refused.value.response["Error"]["Code"] == "KMSInvalidSignatureException"


def test_a_digest_signed_in_kms_verifies_as_a_signature_of_the_message(kms):
    key_id = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
    _, key = public_key(kms, key_id)
    digest = hashlib.sha256(MESSAGE).digest()
    signed = kms.sign(KeyId=key_id, Message=digest, MessageType="DIGEST", SigningAlgorithm="ECDSA_SHA_256")
    key.verify(signed["Signature"], digest, ec.ECDSA(utils.Prehashed(hashes.SHA256())))
    key.verify(signed["Signature"], MESSAGE, ec.ECDSA(hashes.SHA256()))


def test_nist_signatures_are_each_new_and_each_from_its_own_key(kms):
    """The NIST curves sign with random nonces, as AWS does, and the server
    keeps the keys it opened lately: more keys than it keeps, signed with in
    turn twice over, each signature checked against its own key's public key."""
    keys = []
    for spec in ["ECC_NIST_P256"] * 18 + ["ECC_NIST_P384", "ECC_NIST_P521"]:
        key_id = kms.create_key(KeySpec=spec, KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
        keys.append((key_id, spec, public_key(kms, key_id)[1]))
    algorithm = {"ECC_NIST_P256": "ECDSA_SHA_256", "ECC_NIST_P384": "ECDSA_SHA_384",
                 "ECC_NIST_P521": "ECDSA_SHA_512"}
    signatures = {}
    for _ in range(2):
        for key_id, spec, key in keys:
            signed = kms.sign(KeyId=key_id, Message=MESSAGE, SigningAlgorithm=algorithm[spec])
            key.verify(signed["Signature"], MESSAGE, ec.ECDSA(HASHES[algorithm[spec][-3:]]))
            signatures.setdefault(key_id, []).append(signed["Signature"])
    assert all(first != second for first, second in signatures.values())


def test_ed25519ph_signatures_verify_with_pycryptodome(kms):
    """ED25519_PH_SHA_512 takes a DIGEST and hashes it once more: Ed25519ph
    (RFC 8032 HashEdDSA) over the 64 bytes sent, which pycryptodome checks
    given SHA-512 of those bytes as the prehash."""
    from Crypto.Hash import SHA512
    from Crypto.PublicKey import ECC
    from Crypto.Signature import eddsa

    key_id = kms.create_key(KeySpec="ECC_NIST_EDWARDS25519", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
    verifier = eddsa.new(ECC.import_key(kms.get_public_key(KeyId=key_id)["PublicKey"]), "rfc8032")
    digest = hashlib.sha512(MESSAGE).digest()
    signed = kms.sign(KeyId=key_id, Message=digest, MessageType="DIGEST", SigningAlgorithm="ED25519_PH_SHA_512")
    verifier.verify(SHA512.new(digest), signed["Signature"])
    with pytest.raises(ValueError):
        verifier.verify(SHA512.new(MESSAGE), signed["Signature"])
    # The same key's pure Ed25519 signature, with the same verifier.
    pure = kms.sign(KeyId=key_id, Message=MESSAGE, SigningAlgorithm="ED25519_SHA_512")["Signature"]
    verifier.verify(MESSAGE, pure)


def test_ml_dsa_raw_and_external_mu_signatures_are_the_same_bytes(kms):
    """KMS signs ML-DSA deterministically: RAW and EXTERNAL_MU give equal
    signatures. μ = SHAKE256(SHAKE256(pk, 64) || 0x00 || 0x00 || M, 64)."""
    key_id = kms.create_key(KeySpec="ML_DSA_65", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
    _, key = public_key(kms, key_id)
    raw_pk = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    tr = hashlib.shake_256(raw_pk).digest(64)
    mu = hashlib.shake_256(tr + b"\x00\x00" + MESSAGE).digest(64)
    raw = kms.sign(KeyId=key_id, Message=MESSAGE, SigningAlgorithm="ML_DSA_SHAKE_256")["Signature"]
    external = kms.sign(
        KeyId=key_id, Message=mu, MessageType="EXTERNAL_MU", SigningAlgorithm="ML_DSA_SHAKE_256"
    )["Signature"]
    assert raw == external
    assert len(raw) == 3309
    key.verify(raw, MESSAGE)


def write_bundle(path, root, keys):
    """A key bundle as docs/keystore-format.md §1, §2 and §8 describe it,
    written here from the spec: magic KMSLKEYS, version 1, master-key
    protection, the JSON body sealed with AES-256-GCM under keys derived
    from `root` with HKDF-SHA256."""

    def derive(label):
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(root)

    body = json.dumps({"Keys": keys}).encode()
    nonce = os.urandom(12)
    header = (
        b"KMSLKEYS"
        + bytes([1, 1])
        + derive(b"kms-local keystore v1 check")
        + nonce
        + struct.pack(">Q", len(body) + 16)
    )
    sealed = AESGCM(derive(b"kms-local keystore v1 envelope")).encrypt(nonce, body, header)
    path.write_bytes(header + sealed)


def bundle_key(key_id, spec, usage, material):
    return {
        "KeyId": key_id,
        "Created": 1_700_000_000_000,
        "Description": "made outside",
        "State": "Enabled",
        "BackingKeys": [
            {
                "Id": os.urandom(32).hex(),
                "Material": base64.b64encode(material).decode(),
                "Created": 1_700_000_000_000,
                "Origin": "CREATED",
            }
        ],
        "KeySpec": spec,
        "KeyUsage": usage,
    }


def test_keys_made_outside_give_pythons_macs_and_verify_its_signatures(kms_cli, start_server, access_key, workdir):
    """HMAC and signing keys whose material Python made, brought in with a
    key bundle: kms-local's MACs equal Python's `hmac`, and signatures made
    by `cryptography` with the private key verify in kms-local."""
    macs = {
        "HMAC_224": ("HMAC_SHA_224", "sha224"),
        "HMAC_256": ("HMAC_SHA_256", "sha256"),
        "HMAC_384": ("HMAC_SHA_384", "sha384"),
        "HMAC_512": ("HMAC_SHA_512", "sha512"),
    }
    secrets = {spec: os.urandom(hashlib.new(name).digest_size) for spec, (_, name) in macs.items()}
    signer = ec.generate_private_key(ec.SECP384R1())
    pkcs8 = signer.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    keys = {spec: str(uuid.uuid4()) for spec in [*macs, "ECC_NIST_P384"]}
    root = os.urandom(32)
    bundle = workdir / "outside.keys"
    write_bundle(
        bundle,
        root,
        [bundle_key(keys[s], s, "GENERATE_VERIFY_MAC", secrets[s]) for s in macs]
        + [bundle_key(keys["ECC_NIST_P384"], "ECC_NIST_P384", "SIGN_VERIFY", pkcs8)],
    )
    importer = Cli({**kms_cli.env, "KMS_LOCAL_BUNDLE_KEY": base64.b64encode(root).decode()})
    imported = importer.json("import-keys", "--file", str(bundle))
    assert [k["Status"] for k in imported["Keys"]] == ["IMPORTED"] * 5

    kms = make_client(start_server(), *access_key)
    for spec, (algorithm, name) in macs.items():
        made = kms.generate_mac(KeyId=keys[spec], Message=MESSAGE, MacAlgorithm=algorithm)
        assert made["Mac"] == hmac.new(secrets[spec], MESSAGE, name).digest(), spec
        with pytest.raises(ClientError) as refused:
            kms.verify_mac(KeyId=keys[spec], Message=b"other", MacAlgorithm=algorithm, Mac=made["Mac"])
        assert refused.value.response["Error"]["Code"] == "KMSInvalidMacException"
    signature = signer.sign(MESSAGE, ec.ECDSA(hashes.SHA384()))
    verified = kms.verify(
        KeyId=keys["ECC_NIST_P384"], Message=MESSAGE, Signature=signature, SigningAlgorithm="ECDSA_SHA_384"
    )
    assert verified["SignatureValid"] is True
    assert kms.get_public_key(KeyId=keys["ECC_NIST_P384"])["PublicKey"] == signer.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.mark.parametrize("algorithm", ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"])
def test_rsa_ciphertexts_made_by_cryptography_decrypt(kms, algorithm):
    meta = kms.create_key(KeySpec="RSA_2048", KeyUsage="ENCRYPT_DECRYPT")["KeyMetadata"]
    assert meta["EncryptionAlgorithms"] == ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"]
    _, key = public_key(kms, meta["KeyId"])
    h = hashes.SHA1() if algorithm.endswith("_1") else hashes.SHA256()
    oaep = padding.OAEP(mgf=padding.MGF1(h), algorithm=h, label=None)
    ciphertext = key.encrypt(b"made outside", oaep)
    out = kms.decrypt(KeyId=meta["KeyId"], CiphertextBlob=ciphertext, EncryptionAlgorithm=algorithm)
    assert out["Plaintext"] == b"made outside"
    assert out["EncryptionAlgorithm"] == algorithm and "KeyMaterialId" not in out
    made = kms.encrypt(KeyId=meta["KeyId"], Plaintext=b"made inside", EncryptionAlgorithm=algorithm)
    assert len(made["CiphertextBlob"]) == 256
    with pytest.raises(ClientError) as refused:
        kms.encrypt(KeyId=meta["KeyId"], Plaintext=b"x")
    assert refused.value.response["Error"]["Code"] == "InvalidKeyUsageException"
    assert refused.value.response["Error"]["Message"] == (
        "Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048."
    )


@pytest.mark.parametrize(
    "spec", ["RSA_2048", "ECC_NIST_P256", "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519"]
)
def test_data_key_pairs_are_keys_cryptography_uses(kms, spec):
    key_id = kms.create_key()["KeyMetadata"]["KeyId"]
    pair = kms.generate_data_key_pair(KeyId=key_id, KeyPairSpec=spec, EncryptionContext={"use": "jwt"})
    private = serialization.load_der_private_key(pair["PrivateKeyPlaintext"], password=None)
    public = serialization.load_der_public_key(pair["PublicKey"])
    assert private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) == pair["PublicKey"]
    # A signature made outside with the pair verifies with its public key.
    if isinstance(private, ed25519.Ed25519PrivateKey):
        public.verify(private.sign(MESSAGE), MESSAGE)
    elif isinstance(private, rsa.RSAPrivateKey):
        public.verify(private.sign(MESSAGE, padding.PKCS1v15(), hashes.SHA256()), MESSAGE, padding.PKCS1v15(), hashes.SHA256())
    else:
        public.verify(private.sign(MESSAGE, ec.ECDSA(hashes.SHA256())), MESSAGE, ec.ECDSA(hashes.SHA256()))
    opened = kms.decrypt(CiphertextBlob=pair["PrivateKeyCiphertextBlob"], EncryptionContext={"use": "jwt"})
    assert opened["Plaintext"] == pair["PrivateKeyPlaintext"]
    bare = kms.generate_data_key_pair_without_plaintext(KeyId=key_id, KeyPairSpec=spec)
    assert "PrivateKeyPlaintext" not in bare and bare["KeyPairSpec"] == spec


def test_an_ml_dsa_public_key_is_what_cryptography_expects(kms):
    meta = kms.create_key(KeySpec="ML_DSA_44", KeyUsage="SIGN_VERIFY")["KeyMetadata"]
    _, key = public_key(kms, meta["KeyId"])
    assert isinstance(key, mldsa.MLDSA44PublicKey)
    assert len(kms.get_public_key(KeyId=meta["KeyId"])["PublicKey"]) == 1334
