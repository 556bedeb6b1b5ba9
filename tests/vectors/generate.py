#!/usr/bin/env python3
"""Writes the ciphertext-blob test vectors from docs/ciphertext-format.md.

An implementation independent of the Rust code (Python `cryptography`), so
that the vectors check the spec and not only the code against itself.
Run: python3 tests/vectors/generate.py  (needs `pip install cryptography`).
"""
import json
import struct
import uuid
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
