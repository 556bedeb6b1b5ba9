#!/usr/bin/env python3
"""Writes tests/vectors/import_vectors.json: key material wrapped for
ImportKeyMaterial by Python `cryptography` (OpenSSL), which shares no code with
the Rust crates kms-local unwraps with (src/hsm/import/).

The wrapping key is the RSA_2048 private key of import_wrapping_key.pem, made
once by this script and committed, so the vectors name a fixed key. Each
vector wraps fixed material as a caller of GetParametersForImport would:

- RSAES_OAEP_SHA_1 / _SHA_256: RSAES-OAEP, MGF1 with the same hash, no label;
- RSA_AES_KEY_WRAP_SHA_1 / _SHA_256: RSAES-OAEP of a fresh 256-bit AES key,
  followed by AES Key Wrap with Padding (RFC 5649) of the material under it.

Run: python3 tests/vectors/import_vectors.py, with the packages of
tests/vectors/requirements.txt. The material is the same on every run; the
wrapped bytes are new each time (OAEP and the AES key are randomized).
"""
import hashlib
import json
import os
from pathlib import Path

import cryptography
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.keywrap import aes_key_wrap_with_padding

HERE = Path(__file__).parent
KEY_FILE = HERE / "import_wrapping_key.pem"
DER = serialization.Encoding.DER


def fixed(label, length):
    """Fixed bytes for a label: the material is the same on every run."""
    return hashlib.shake_256(b"kms-local import vector " + label.encode()).digest(length)


def wrapping_key():
    if not KEY_FILE.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        KEY_FILE.write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
    return serialization.load_pem_private_key(KEY_FILE.read_bytes(), password=None)


def oaep(hash_):
    return padding.OAEP(mgf=padding.MGF1(algorithm=hash_), algorithm=hash_, label=None)


def wrap(public, algorithm, material):
    hash_ = hashes.SHA1() if algorithm.endswith("SHA_1") else hashes.SHA256()
    if algorithm.startswith("RSAES_OAEP"):
        return public.encrypt(material, oaep(hash_))
    aes_key = os.urandom(32)
    return public.encrypt(aes_key, oaep(hash_)) + aes_key_wrap_with_padding(aes_key, material)


def main():
    key = wrapping_key()
    public = key.public_key()
    symmetric = fixed("symmetric", 32)
    hmac = fixed("hmac", 48)
    p256 = ec.derive_private_key(int.from_bytes(fixed("p256", 32), "big") % (2**255), ec.SECP256R1())
    p256_der = p256.private_bytes(DER, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    p256_spki = p256.public_key().public_bytes(DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    cases = [
        ("RSAES_OAEP_SHA_256", "SYMMETRIC_DEFAULT", symmetric, None),
        ("RSAES_OAEP_SHA_1", "HMAC_384", hmac, None),
        ("RSA_AES_KEY_WRAP_SHA_256", "SYMMETRIC_DEFAULT", symmetric, None),
        ("RSA_AES_KEY_WRAP_SHA_256", "ECC_NIST_P256", p256_der, p256_spki),
        ("RSA_AES_KEY_WRAP_SHA_1", "HMAC_384", hmac, None),
    ]
    vectors = []
    for algorithm, spec, material, spki in cases:
        vector = {
            "wrapping_algorithm": algorithm,
            "key_spec": spec,
            "material": material.hex(),
            "encrypted_key_material": wrap(public, algorithm, material).hex(),
        }
        if spki is not None:
            vector["public_key"] = spki.hex()
        vectors.append(vector)
    document = {
        "comment": "key material wrapped for ImportKeyMaterial; unwrapping gives `material`",
        "source": f"Python cryptography {cryptography.__version__}",
        "wrapping_key_spec": "RSA_2048",
        "wrapping_private_key": key.private_bytes(
            DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).hex(),
        "vectors": vectors,
    }
    (HERE / "import_vectors.json").write_text(json.dumps(document, indent=2) + "\n")


if __name__ == "__main__":
    main()
