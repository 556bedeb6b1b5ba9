#!/usr/bin/env python3
"""Writes the test vectors of tests/vectors (docs/ciphertext-format.md §7).

The ciphertext-blob vectors (blob_*.txt) implement docs/ciphertext-format.md;
the key-spec vectors (sign_*, mac_*, decrypt_*, decapsulate_*) are made with
each algorithm's independent implementations: Python `cryptography` (OpenSSL), `dilithium-py`
(pure-Python FIPS 204, for deterministic ML-DSA), the `openssl` command (SM2)
and the RFC 8032 reference arithmetic below (Ed25519ph). None of them shares
code with the Rust crates kms-local uses, so the vectors check the standards
and not only the code against itself.

Run: python3 tests/vectors/generate.py, with the packages of
tests/vectors/requirements.txt and an `openssl` command of version 3.0 or
later on the PATH. Keys, messages and every deterministic output are the same
on each run; the randomized signatures and ciphertexts (RSA-PSS, RSA-OAEP,
SM2, OpenSSL's hedged ML-DSA) are new ones each time.
"""
import hashlib
import hmac
import json
import struct
import subprocess
import tempfile
import uuid
from pathlib import Path

import cryptography
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, mldsa, mlkem, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    Prehashed, decode_dss_signature, encode_dss_signature)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from dilithium_py.ml_dsa import ML_DSA_44, ML_DSA_65, ML_DSA_87

HERE = Path(__file__).parent

HBK = bytes(range(0x00, 0x20))
KEY_ID = uuid.UUID("1234abcd-12ab-34cd-56ef-1234567890ab")
BACKING_KEY_ID = bytes(range(0x20, 0x40))
NONCE = bytes(range(0x40, 0x60))
CONTEXT = {"purpose": "test vector", "a": "bc"}
PLAINTEXT = b"kms-local test vector: 32 bytes!"


def canonical(context):
    out = struct.pack(">I", len(context))
    for key in sorted(context, key=lambda k: k.encode()):
        k, v = key.encode(), context[key].encode()
        out += struct.pack(">I", len(k)) + k + struct.pack(">I", len(v)) + v
    return out


def header(context_bound):
    return (b"KL" + bytes([1, 1 if context_bound else 0]) + KEY_ID.bytes
            + BACKING_KEY_ID + NONCE)


def seal(context):
    k = HKDF(algorithm=hashes.SHA256(), length=32, salt=NONCE,
             info=b"kms-local data key v1").derive(HBK)
    head = header(bool(context))
    return head + AESGCM(k).encrypt(bytes(12), PLAINTEXT, head + canonical(context))


def write(name, comment, blob, expect, context=CONTEXT):
    lines = [
        f"comment: {comment}",
        f"hbk: {HBK.hex()}",
        f"key_id: {KEY_ID}",
        f"backing_key_id: {BACKING_KEY_ID.hex()}",
        f"nonce: {NONCE.hex()}",
        f"context: {json.dumps(context, sort_keys=True)}",
        f"plaintext: {PLAINTEXT.hex()}",
        f"blob: {blob.hex()}",
        f"expect: {expect}",
    ]
    (HERE / f"{name}.txt").write_text("\n".join(lines) + "\n")


good = seal(CONTEXT)
write("blob_v1_ok", "a valid blob: encrypting these inputs gives exactly these bytes", good, "ok")
no_context = seal({})
write("blob_v1_no_context_ok", "a valid blob made with no encryption context", no_context, "ok", {})

flipped = bytearray(good)
flipped[-1] ^= 0x01
write("blob_v1_tag_flipped", "the last bit of the GCM tag flipped", bytes(flipped),
      "InvalidCiphertextException")
write("blob_v1_context_missing", "the right blob, decrypted without its context", good,
      "InvalidCiphertextException", {})
write("blob_v1_context_shifted", "{a: bc} swapped for {ab: c}: same concatenation, other encoding",
      good, "InvalidCiphertextException", {"purpose": "test vector", "ab": "c"})
nonce_flipped = bytearray(good)
nonce_flipped[52] ^= 0x80
write("blob_v1_nonce_flipped", "one bit of N flipped: another K", bytes(nonce_flipped),
      "InvalidCiphertextException")
flag_cleared = bytearray(good)
flag_cleared[3] = 0
write("blob_v1_flag_cleared", "the context flag cleared: the header is AAD", bytes(flag_cleared),
      "InvalidCiphertextException")
unknown = bytearray(good)
unknown[2] = 2
write("blob_unknown_version", "format version 2 does not exist", bytes(unknown),
      "InvalidCiphertextException")
write("blob_truncated", "cut inside the header", good[:40], "InvalidCiphertextException")
write("blob_tag_only", "a header and a tag, no ciphertext byte", good[:84] + good[-16:],
      "InvalidCiphertextException")
bad_magic = bytearray(good)
bad_magic[0:2] = b"\x01\x02"
write("blob_bad_magic", "the first bytes of a real AWS blob", bytes(bad_magic),
      "InvalidCiphertextException")


# ---------------------------------------------------------------------------
# Key-spec vectors: a fixed private key as kms-local seals it (PKCS#8 DER;
# the raw key for HMAC), a message, and what the algorithm makes of it.
# ---------------------------------------------------------------------------

CRYPTOGRAPHY = f"Python cryptography {cryptography.__version__}"
DER = serialization.Encoding.DER


def shake(label, length):
    """Fixed bytes for a label: keys and messages are the same on every run."""
    return hashlib.shake_256(b"kms-local test vector " + label.encode()).digest(length)


def message(name):
    return f"kms-local test vector: {name}".encode()


def write_fields(name, fields):
    lines = [f"{k}: {v.hex() if isinstance(v, bytes) else v}" for k, v in fields]
    (HERE / f"{name}.txt").write_text("\n".join(lines) + "\n")


def pkcs8(key):
    return key.private_bytes(DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def spki(key):
    return key.public_bytes(DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def write_sign(name, comment, spec, algorithm, source, private, public, msg, signature,
               deterministic=None, message_type="RAW"):
    fields = [("comment", comment), ("source", source), ("operation", "sign"),
              ("key_spec", spec), ("private_key", private), ("public_key", public),
              ("signing_algorithm", algorithm), ("message_type", message_type),
              ("message", msg), ("signature", signature)]
    if deterministic is not None:
        fields.append(("deterministic_signature", deterministic))
    write_fields(name, fields)


# RSA. Python cannot seed OpenSSL's key generation, so the primes are found
# here, from fixed bytes, by trial division and Miller-Rabin with fixed bases.

SMALL_PRIMES = [n for n in range(3, 2000) if all(n % d for d in range(2, int(n ** 0.5) + 1))]


def is_probable_prime(n):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for a in SMALL_PRIMES[:40]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def fixed_prime(label, bits):
    # The top two bits set: the product of two such primes has exactly 2*bits bits.
    n = int.from_bytes(shake(label, bits // 8), "big") | (3 << (bits - 2)) | 1
    while (n - 1) % 65537 == 0 or not is_probable_prime(n):
        n += 2
    return n


def rsa_key(bits):
    p, q = fixed_prime(f"RSA_{bits} p", bits // 2), fixed_prime(f"RSA_{bits} q", bits // 2)
    e = 65537
    lam = (p - 1) * (q - 1) // __import__("math").gcd(p - 1, q - 1)
    d = pow(e, -1, lam)
    public = rsa.RSAPublicNumbers(e, p * q)
    numbers = rsa.RSAPrivateNumbers(p, q, d, rsa.rsa_crt_dmp1(d, p), rsa.rsa_crt_dmq1(d, q),
                                    rsa.rsa_crt_iqmp(p, q), public)
    key = numbers.private_key()
    assert key.key_size == bits
    return key


RSA_HASHES = {256: hashes.SHA256, 384: hashes.SHA384, 512: hashes.SHA512}

for bits, sha in ((2048, 256), (3072, 384), (4096, 512)):
    spec = f"RSA_{bits}"
    key = rsa_key(bits)
    h = RSA_HASHES[sha]()
    msg = message(spec)
    v15 = key.sign(msg, padding.PKCS1v15(), h)
    write_sign(f"sign_rsa{bits}_pkcs1_sha{sha}",
               "RSASSA-PKCS1-v1_5 is deterministic: Sign gives exactly these bytes",
               spec, f"RSASSA_PKCS1_V1_5_SHA_{sha}", CRYPTOGRAPHY, pkcs8(key),
               spki(key.public_key()), msg, v15, v15)
    pss = key.sign(msg, padding.PSS(mgf=padding.MGF1(h), salt_length=h.digest_size), h)
    write_sign(f"sign_rsa{bits}_pss_sha{sha}",
               "RSASSA-PSS, MGF1 with the same hash, salt as long as the hash: randomized, "
               "so Verify accepts it", spec, f"RSASSA_PSS_SHA_{sha}", CRYPTOGRAPHY,
               pkcs8(key), spki(key.public_key()), msg, pss)

rsa2048 = rsa_key(2048)
for name, h in (("SHA_1", hashes.SHA1), ("SHA_256", hashes.SHA256)):
    plaintext = message(f"RSAES_OAEP_{name}")
    ciphertext = rsa2048.public_key().encrypt(
        plaintext, padding.OAEP(mgf=padding.MGF1(h()), algorithm=h(), label=None))
    write_fields(f"decrypt_rsa2048_oaep_{name.lower().replace('_', '')}", [
        ("comment", "RSAES-OAEP, MGF1 with the same hash, empty label: Decrypt gives the "
                    "plaintext"),
        ("source", CRYPTOGRAPHY), ("operation", "decrypt"), ("key_spec", "RSA_2048"),
        ("private_key", pkcs8(rsa2048)), ("public_key", spki(rsa2048.public_key())),
        ("encryption_algorithm", f"RSAES_OAEP_{name}"), ("plaintext", plaintext),
        ("ciphertext", ciphertext)])


# ECDSA: RFC 6979 deterministic signatures (cryptography >= 44), as kms-local makes.

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def ec_key(spec, curve):
    # Below 2^(bits-1), so below the group order of each of these curves.
    nbytes = (curve.key_size + 7) // 8
    scalar = int.from_bytes(shake(spec, nbytes), "big") >> (8 * nbytes - curve.key_size + 1)
    return ec.derive_private_key(scalar, curve)


for spec, curve, sha in (("ECC_NIST_P256", ec.SECP256R1(), 256),
                         ("ECC_NIST_P384", ec.SECP384R1(), 384),
                         ("ECC_NIST_P521", ec.SECP521R1(), 512)):
    key = ec_key(spec, curve)
    h = RSA_HASHES[sha]()
    msg = message(spec)
    # RFC 6979 here only so that the file is the same on every run: kms-local
    # signs the NIST curves with random nonces (AWS-LC), checked by Verify.
    sig = key.sign(msg, ec.ECDSA(h, deterministic_signing=True))
    write_sign(f"sign_ecdsa_{spec[-4:].lower()}_sha{sha}",
               "ECDSA, DER: the signature verifies; Sign draws a random nonce, so its own "
               "signature is checked by Verify", spec,
               f"ECDSA_SHA_{sha}", CRYPTOGRAPHY, pkcs8(key), spki(key.public_key()), msg, sig)

p256 = ec_key("ECC_NIST_P256", ec.SECP256R1())
digest = hashlib.sha256(message("ECC_NIST_P256 DIGEST")).digest()
sig = p256.sign(digest, ec.ECDSA(Prehashed(hashes.SHA256()), deterministic_signing=True))
write_sign("sign_ecdsa_p256_sha256_digest",
           "MessageType DIGEST: the message is the SHA-256 digest, signed as it is",
           "ECC_NIST_P256", "ECDSA_SHA_256", CRYPTOGRAPHY, pkcs8(p256), spki(p256.public_key()),
           digest, sig, message_type="DIGEST")

# secp256k1: a message whose RFC 6979 signature has a high S. kms-local signs
# with the low S (n - S), as secp256k1 signers do, and accepts either.
k256 = ec_key("ECC_SECG_P256K1", ec.SECP256K1())
for i in range(100):
    msg = message(f"ECC_SECG_P256K1 #{i}")
    sig = k256.sign(msg, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    r, s = decode_dss_signature(sig)
    if s > SECP256K1_N // 2:
        break
write_sign("sign_ecdsa_k256_sha256",
           "RFC 6979 gives a high S here: Verify accepts it, and Sign gives the low-S form "
           "(r, n - S)", "ECC_SECG_P256K1", "ECDSA_SHA_256", CRYPTOGRAPHY, pkcs8(k256),
           spki(k256.public_key()), msg, sig, encode_dss_signature(r, SECP256K1_N - s))


# Ed25519 (cryptography) and Ed25519ph (RFC 8032 §5.1, written out here, as
# cryptography has no Ed25519ph: checked against RFC 8032 §7.3's vector and,
# for pure Ed25519, against cryptography).

ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
ED_SQRT_M1 = pow(2, (ED_P - 1) // 4, ED_P)


def ed_add(a, b):
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    aa, bb = (y1 - x1) * (y2 - x2) % ED_P, (y1 + x1) * (y2 + x2) % ED_P
    cc, dd = 2 * t1 * t2 * ED_D % ED_P, 2 * z1 * z2 % ED_P
    e, f, g, h = bb - aa, dd - cc, dd + cc, bb + aa
    return (e * f % ED_P, g * h % ED_P, f * g % ED_P, e * h % ED_P)


def ed_mul(s, point):
    out = (0, 1, 1, 0)
    while s:
        if s & 1:
            out = ed_add(out, point)
        point = ed_add(point, point)
        s >>= 1
    return out


def ed_compress(point):
    zinv = pow(point[2], -1, ED_P)
    x, y = point[0] * zinv % ED_P, point[1] * zinv % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed_base():
    y = 4 * pow(5, -1, ED_P) % ED_P
    x2 = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(x2, (ED_P + 3) // 8, ED_P)
    if (x * x - x2) % ED_P:
        x = x * ED_SQRT_M1 % ED_P
    if x & 1:
        x = ED_P - x
    return (x, y, 1, x * y % ED_P)


def ed_sign(secret, msg, prehash):
    """RFC 8032 §5.1.6; with `prehash`, Ed25519ph with an empty context."""
    dom = b"SigEd25519 no Ed25519 collisions\x01\x00" if prehash else b""
    if prehash:
        msg = hashlib.sha512(msg).digest()
    h = hashlib.sha512(secret).digest()
    a = (int.from_bytes(h[:32], "little") & ((1 << 254) - 8)) | (1 << 254)
    base = ed_base()
    public = ed_compress(ed_mul(a, base))
    r = int.from_bytes(hashlib.sha512(dom + h[32:] + msg).digest(), "little") % ED_L
    big_r = ed_compress(ed_mul(r, base))
    k = int.from_bytes(hashlib.sha512(dom + big_r + public + msg).digest(), "little") % ED_L
    return big_r + ((r + k * a) % ED_L).to_bytes(32, "little")


assert ed_sign(bytes.fromhex("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42"),
               b"abc", True).hex() == (
    "98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae41"
    "31f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406"), "RFC 8032 §7.3"

ed_secret = shake("ECC_NIST_EDWARDS25519", 32)
ed_key = ed25519.Ed25519PrivateKey.from_private_bytes(ed_secret)
msg = message("ECC_NIST_EDWARDS25519")
sig = ed_key.sign(msg)
assert ed_sign(ed_secret, msg, False) == sig
write_sign("sign_ed25519", "pure Ed25519 (RFC 8032): Sign gives exactly these bytes",
           "ECC_NIST_EDWARDS25519", "ED25519_SHA_512", CRYPTOGRAPHY, pkcs8(ed_key),
           spki(ed_key.public_key()), msg, sig, sig)
# KMS's ED25519_PH_SHA_512 takes a 64-byte SHA-512 digest as the message and
# signs it with Ed25519ph, which hashes it once more.
digest = hashlib.sha512(message("ECC_NIST_EDWARDS25519 DIGEST")).digest()
sig = ed_sign(ed_secret, digest, True)
write_sign("sign_ed25519ph",
           "Ed25519ph (RFC 8032), empty context, over the 64-byte digest: exactly these bytes",
           "ECC_NIST_EDWARDS25519", "ED25519_PH_SHA_512",
           "RFC 8032 §5.1 in Python (this script); key encoding by " + CRYPTOGRAPHY,
           pkcs8(ed_key), spki(ed_key.public_key()), digest, sig, sig, message_type="DIGEST")


# ML-DSA: the key from a fixed seed (PKCS#8 seed form, as kms-local seals it);
# `signature` is OpenSSL's hedged one, `deterministic_signature` dilithium-py's
# with rnd = 0 (FIPS 204 deterministic variant), as kms-local signs.

for level, params, private_cls in ((44, ML_DSA_44, mldsa.MLDSA44PrivateKey),
                                   (65, ML_DSA_65, mldsa.MLDSA65PrivateKey),
                                   (87, ML_DSA_87, mldsa.MLDSA87PrivateKey)):
    spec = f"ML_DSA_{level}"
    seed = shake(spec, 32)
    key = private_cls.from_seed_bytes(seed)
    pk, sk = params.key_derive(seed)
    assert pk == key.public_key().public_bytes_raw()
    msg = message(spec)
    source = f"{CRYPTOGRAPHY} (hedged signature); dilithium-py (deterministic)"
    hedged = key.sign(msg)
    deterministic = params.sign(sk, msg, deterministic=True)
    key.public_key().verify(deterministic, msg)
    write_sign(f"sign_ml_dsa_{level}", "pure ML-DSA, empty context", spec, "ML_DSA_SHAKE_256",
               source, pkcs8(key), spki(key.public_key()), msg, hedged, deterministic)
    mu = params.prehash_external_mu(pk, msg)
    hedged = key.sign_mu(mu)
    assert params.sign_external_mu(sk, mu, deterministic=True) == deterministic
    write_sign(f"sign_ml_dsa_{level}_external_mu",
               "MessageType EXTERNAL_MU: mu of the same message; the deterministic "
               "signature is the RAW one's", spec, "ML_DSA_SHAKE_256", source, pkcs8(key),
               spki(key.public_key()), mu, hedged, deterministic, message_type="EXTERNAL_MU")


# HMAC (Python's hmac): keys as long as the hash's output, as kms-local makes them.

for bits, length in ((224, 28), (256, 32), (384, 48), (512, 64)):
    spec = f"HMAC_{bits}"
    key = shake(spec, length)
    msg = message(spec)
    write_fields(f"mac_hmac_sha{bits}", [
        ("comment", "HMAC (RFC 2104): GenerateMac gives exactly these bytes"),
        ("source", "Python hmac"), ("operation", "mac"), ("key_spec", spec),
        ("private_key", key), ("mac_algorithm", f"HMAC_SHA_{bits}"), ("message", msg),
        ("mac", hmac.new(key, msg, getattr(hashlib, f"sha{bits}")).digest())])


# SM2 with the openssl command (cryptography has no SM2): the example key of
# GB/T 32918.2, signatures with the distinguishing ID 1234567812345678, as KMS
# signs, and SM2PKE ciphertexts in OpenSSL's DER form.

def openssl(*args, stdin=None):
    return subprocess.run(("openssl",) + args, input=stdin, capture_output=True,
                          check=True).stdout


def der_tlv(tag, body):
    length = len(body)
    if length < 0x80:
        head = bytes([length])
    else:
        size = (length.bit_length() + 7) // 8
        head = bytes([0x80 | size]) + length.to_bytes(size, "big")
    return bytes([tag]) + head + body


OPENSSL = openssl("version").decode().strip()
SM2_OID = bytes.fromhex("06082a811ccf5501822d")
SM2_D = bytes.fromhex("3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8")
with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    # RFC 5915 ECPrivateKey, turned into PKCS#8 by OpenSSL.
    ec_private = der_tlv(0x30, der_tlv(0x02, b"\x01") + der_tlv(0x04, SM2_D)
                         + der_tlv(0xa0, SM2_OID))
    sm2_pkcs8 = openssl("pkcs8", "-topk8", "-nocrypt", "-inform", "DER", "-outform", "DER",
                        stdin=ec_private)
    (tmp / "key.der").write_bytes(sm2_pkcs8)
    sm2_public = openssl("pkey", "-inform", "DER", "-in", str(tmp / "key.der"), "-pubout",
                         "-outform", "DER")
    (tmp / "public.der").write_bytes(sm2_public)
    msg = message("SM2")
    (tmp / "message").write_bytes(msg)
    distid = ("-digest", "sm3", "-pkeyopt", "distid:1234567812345678")
    sig = openssl("pkeyutl", "-sign", "-keyform", "DER", "-inkey", str(tmp / "key.der"),
                  "-rawin", *distid, "-in", str(tmp / "message"))
    (tmp / "signature").write_bytes(sig)
    openssl("pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey",
            str(tmp / "public.der"), "-rawin", *distid, "-in", str(tmp / "message"),
            "-sigfile", str(tmp / "signature"))
    write_sign("sign_sm2", "SM2DSA over SM3 with the ID 1234567812345678: randomized, so "
               "Verify accepts it", "SM2", "SM2DSA", OPENSSL, sm2_pkcs8, sm2_public, msg, sig)
    plaintext = message("SM2PKE")
    ciphertext = openssl("pkeyutl", "-encrypt", "-pubin", "-keyform", "DER", "-inkey",
                         str(tmp / "public.der"), stdin=plaintext)
    write_fields("decrypt_sm2pke", [
        ("comment", "SM2PKE (GM/T 0003.4, C1 C3 C2 in DER): Decrypt gives the plaintext"),
        ("source", OPENSSL), ("operation", "decrypt"), ("key_spec", "SM2"),
        ("private_key", sm2_pkcs8), ("public_key", sm2_public),
        ("encryption_algorithm", "SM2PKE"), ("plaintext", plaintext),
        ("ciphertext", ciphertext)])


# ML-KEM-768 and -1024 (cryptography has no ML-KEM-512): the key from a fixed
# 64-byte seed (d || z), a ciphertext made by Encaps and its shared secret,
# and the same ciphertext with a bit flipped, whose FIPS 203 implicit-
# rejection secret J(z || c) is deterministic too.

for level, private_cls in ((768, mlkem.MLKEM768PrivateKey), (1024, mlkem.MLKEM1024PrivateKey)):
    spec = f"ML_KEM_{level}"
    key = private_cls.from_seed_bytes(shake(spec, 64))
    shared, ciphertext = key.public_key().encapsulate()
    assert key.decapsulate(ciphertext) == shared
    rejected = bytearray(ciphertext)
    rejected[0] ^= 0x01
    write_fields(f"decapsulate_ml_kem_{level}", [
        ("comment", "ML-KEM.Decaps gives shared_secret; the ciphertext with a bit flipped "
                    "gives exactly the implicit-rejection secret"),
        ("source", CRYPTOGRAPHY), ("operation", "decapsulate"), ("key_spec", spec),
        ("private_key", pkcs8(key)), ("public_key", spki(key.public_key())),
        ("ciphertext", ciphertext), ("shared_secret", shared),
        ("rejected_ciphertext", bytes(rejected)),
        ("rejected_shared_secret", key.decapsulate(bytes(rejected)))])
