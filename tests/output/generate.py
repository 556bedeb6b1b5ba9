#!/usr/bin/python3
"""Writes vectors.json: responses with what the aws CLI v2's own formatters
print for them as `--output table`, `yaml` and `yaml-stream`, for
src/cli/output to be checked against (tests/cli/output_formats.rs).

Run with a Python that has the aws CLI v2 installed (Debian's `awscli`:
/usr/bin/python3 tests/output/generate.py). The table is drawn for an
80-column terminal (what the aws CLI assumes when stdout is not one) and
without colour. A formatter that fails gives {"error": message}.
"""

import argparse
import io
import json
import random
from pathlib import Path

import awscli.table
from awscli.formatter import StreamedYAMLFormatter, TableFormatter, YAMLFormatter

awscli.table.determine_terminal_width = lambda default_width=80: 80

ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab"
METADATA = {
    "AWSAccountId": "111122223333",
    "KeyId": KEY_ID,
    "Arn": ARN,
    "CreationDate": "2024-05-01T12:00:00+00:00",
    "Enabled": True,
    "Description": "main key",
    "KeyUsage": "ENCRYPT_DECRYPT",
    "KeyState": "Enabled",
    "Origin": "AWS_KMS",
    "KeyManager": "CUSTOMER",
    "CustomerMasterKeySpec": "SYMMETRIC_DEFAULT",
    "KeySpec": "SYMMETRIC_DEFAULT",
    "EncryptionAlgorithms": ["SYMMETRIC_DEFAULT"],
    "MultiRegion": False,
}

# (title, response): KMS's shapes first, then the formatters' corners.
FIXED = [
    ("DescribeKey", {"KeyMetadata": METADATA}),
    ("DescribeKey", {"KeyMetadata": {**METADATA, "Description": ""}}),
    ("DescribeKey", {"KeyMetadata": {**METADATA, "KeyState": "PendingDeletion", "Enabled": False,
                                     "DeletionDate": "2024-05-08T12:00:00+00:00", "PendingDeletionWindowInDays": 7}}),
    ("CreateKey", {"KeyMetadata": {**METADATA, "Description": "été ☃ 日本語"}}),
    ("ListKeys", {"Keys": [{"KeyId": KEY_ID, "KeyArn": ARN}] * 3}),
    ("ListKeys", {"Keys": [{"KeyId": KEY_ID, "KeyArn": ARN}], "NextMarker": "abc", "Truncated": True}),
    ("ListKeys", {"Keys": []}),
    ("ListKeys", {"Keys": [], "Truncated": False}),
    ("ListAliases", {"Aliases": [
        {"AliasName": "alias/main", "AliasArn": "arn:aws:kms:us-east-1:111122223333:alias/main",
         "TargetKeyId": KEY_ID, "CreationDate": "2024-05-01T12:00:00+00:00",
         "LastUpdatedDate": "2024-05-01T12:00:00+00:00"},
        {"AliasName": "alias/aws/s3", "AliasArn": "arn:aws:kms:us-east-1:111122223333:alias/aws/s3"},
    ]}),
    ("ListResourceTags", {"Tags": [{"TagKey": "team", "TagValue": "infra"}, {"TagKey": "env", "TagValue": "dev"}],
                          "Truncated": False}),
    ("ListResourceTags", {"Tags": [], "Truncated": False}),
    ("GetKeyRotationStatus", {"KeyRotationEnabled": True, "KeyId": ARN, "RotationPeriodInDays": 180,
                              "NextRotationDate": "2024-11-01T12:00:00+00:00",
                              "OnDemandRotationStartDate": "2024-05-02T12:00:00+00:00"}),
    ("GetKeyRotationStatus", {"KeyRotationEnabled": False}),
    ("ListKeyRotations", {"Rotations": [{"KeyId": ARN, "RotationDate": "2024-05-02T12:00:00+00:00",
                                         "RotationType": "ON_DEMAND"}], "Truncated": False}),
    ("GenerateDataKey", {"CiphertextBlob": "A" * 184, "Plaintext": "B" * 44, "KeyId": ARN}),
    ("Encrypt", {"CiphertextBlob": "A" * 184, "KeyId": ARN, "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"}),
    ("GenerateRandom", {"Plaintext": "QUJD"}),
    ("ScheduleKeyDeletion", {"KeyId": ARN, "DeletionDate": "2024-05-08T12:00:00+00:00", "KeyState": "PendingDeletion",
                             "PendingWindowInDays": 7}),
    ("DescribeKey", "scalar"),
    ("DescribeKey", 42),
    ("DescribeKey", 0),
    ("DescribeKey", 1.5),
    ("DescribeKey", 1e16),
    ("DescribeKey", 1e-5),
    ("DescribeKey", True),
    ("DescribeKey", False),
    ("DescribeKey", None),
    ("DescribeKey", ""),
    ("DescribeKey", "été"),
    ("DescribeKey", "a\nb\t\"c\\\x01"),
    ("DescribeKey", []),
    ("DescribeKey", {}),
    ("DescribeKey", ["a", "b"]),
    ("DescribeKey", [KEY_ID, True, 1, None]),
    ("DescribeKey", [["a", "b"], ["c", "d"]]),
    ("DescribeKey", [["a", "b"], ["c"]]),
    ("DescribeKey", [[]]),
    ("DescribeKey", [[], []]),
    ("DescribeKey", [["a", ["b"]]]),
    ("DescribeKey", [["a", {"b": 1}]]),
    ("DescribeKey", [[{"a": 1}, {"a": 2}]]),
    ("DescribeKey", ["a", {"x": 1, "y": 2}]),
    ("DescribeKey", ["a", []]),
    ("DescribeKey", [{"a": 1}, {"b": 2}]),
    ("DescribeKey", [{"a": 1}, {}]),
    ("DescribeKey", [{}]),
    ("DescribeKey", [{"a": [1, 2]}, {"a": [3]}]),
    ("DescribeKey", [{"a": {"b": 1}}, {"c": 1}]),
    ("DescribeKey", [{"n": "x", "l": [{"k": "a", "v": "b"}]}, {"n": "y", "l": []}]),
    ("DescribeKey", {"a": 1}),
    ("DescribeKey", {"a": None, "b": False, "c": 0, "d": ""}),
    ("DescribeKey", {"b": 1, "a": 2, "B": 3, "_": 4, "é": 5}),
    ("DescribeKey", {"a": {"b": {"c": {"d": 1, "e": 2}}}}),
    ("DescribeKey", {"a": {"b": {"c": {"d": "x" * 90}}}}),
    ("DescribeKey", {"a": {}, "b": [], "c": 1}),
    ("DescribeKey", {"a": {}, "b": []}),
    ("DescribeKey", {"l": [1, 2, 3], "m": [[1, 2], [3, 4]]}),
    ("DescribeKey", {"": 1, "x": {"": 2, "y": 3}}),
    ("DescribeKey", {"a": "x" * 70, "b": "y"}),
    ("DescribeKey", {"a": "x" * 71, "b": "y"}),
    ("DescribeKey", {"a": "x" * 72, "b": "y"}),
    ("DescribeKey", {"a": "x" * 200}),
    ("DescribeKey", {"a": "日本語" * 20, "b": "y"}),
    ("DescribeKey", {"a": "x", "b": "y", "c": "z", "d": "w"}),
    ("DescribeKey", {"name": "x", "items": [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]}),
    ("DescribeKey", {"items": [{"a": "1" * 40, "b": "2" * 40}, {"a": "3", "b": "4"}]}),
    ("DescribeKey", {"items": [{"a": "1" * 10, "b": "2" * 70}]}),
    ("DescribeKey", {"items": [{"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6", "g": "7"}]}),
    ("DescribeKey", {"aVeryLongKeyNameThatIsLongerThanTheValues": "v", "b": "w"}),
    ("A", {"x": 1}),
    ("A", "v"),
    ("A-much-longer-title-than-any-of-the-values-in-it-so-that-it-sets-the-width-alone", {"x": 1, "y": 2}),
    ("DescribeKey", {"yes": ["", " ", "a b", " lead", "trail ", "yes", "no", "on", "true", "True", "null",
                             "~", "1", "-1", "+1", "1.0", "0x1f", "0o17", "017", "0b1", "1e3", "1_000", ".inf",
                             "-.inf", ".nan", "1:20", "2024-01-01", "2024-01-01T00:00:00+00:00",
                             "2024-1-1 1:00:00", "a:b", "a: b", "a:", "a #b", "a#b", "#a", "-a", "- a", "-",
                             "--", "---", "--- a", "...", "?", "? a", "?a", ":", ": a", ":a", "[a]", "{a}",
                             "a,b", "a[b]", "*a", "&a", "!a", "|", ">", "'", '"', "%a", "@a", "`a", "a'b",
                             'a"b', "=", "<<", "é", "☃", "日本語", "\x01", "\t", "a\tb", "\x7f", "\x85", "\xa0",
                             "\u2028", "\ufeff", "\ufffe", "\ue000", "\U0001F600", "a\\b", "\x1b"]}),
    ("DescribeKey", {"multi": ["a\nb", "a\n", "\n", "a\n\nb", "  a\nb", "a\r\nb", "a \nb", "a\n b", "\na",
                               "a\n\n", "a\u2028b", "a\x85b", "x" * 90 + "\n" + "y" * 5]}),
    ("DescribeKey", {"long": "word " * 30, "nospace": "x" * 120, "quoted": "'" + "word " * 30,
                     "dq": "\x01" + "word " * 30, "dq2": "\x01" + "w  " * 40, "sq2": "'" + "w  " * 40,
                     "plain2": "w  " * 40 + "w", "unicode": "été " * 30, "twolines": "word " * 20 + "\n" + "word " * 20}),
    ("DescribeKey", {"k" * 127: 1, "j" * 128: 2, "l" * 129: 3}),
    ("DescribeKey", {"a\nb": 1, "'": 2, "-": 3, "true": 4, "": 5, " x": 6}),
    ("DescribeKey", [[1, [2, [3, []]]], {"a": [{"b": [{}]}]}]),
    ("DescribeKey", {"Keys": [{"KeyId": KEY_ID, "Tags": [{"TagKey": "a", "TagValue": "b"}]}]}),
]

WORDS = ["a", "b", "key", "KeyId", "x y", "", "é", "日本", "true", "1", "-", "'", "\n", "a" * 30, "Zeta", "_"]


def random_value(rng, depth=0, objects=True):
    """A random response part; its lists of objects hold nothing else (a
    list that mixes them fails in the aws CLI's table in ways not followed)."""
    kinds = ["s", "s", "i", "b", "n", "l"] + ["m", "m"] * objects
    kind = rng.choice(kinds if depth < 3 else ["s", "i", "b"])
    if kind == "s":
        return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 4)))
    if kind == "i":
        return rng.randrange(-5, 100000)
    if kind == "b":
        return rng.random() < 0.5
    if kind == "n":
        return None
    if kind == "l":
        if rng.random() < 0.5:
            keys = rng.sample(WORDS[:6], rng.randrange(1, 4))
            return [{k: random_value(rng, depth + 1) for k in keys if rng.random() < 0.8}
                    for _ in range(rng.randrange(0, 4))]
        return [random_value(rng, depth + 1, objects=False) for _ in range(rng.randrange(0, 4))]
    return {rng.choice(WORDS): random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))}


class Picked:
    """Stands for --query: the formatters take the response as a dict (the
    aws CLI's always is one) and print what the query picks from it."""

    def search(self, response):
        return response["picked"]


class Args(argparse.Namespace):
    query = Picked()
    color = "off"


def run(formatter, title, response):
    out = io.StringIO()
    try:
        formatter(Args())(title, {"picked": json.loads(json.dumps(response))}, out)
    except Exception as e:
        return {"error": str(e)}
    return out.getvalue()


CHARS = list(" ab:#-'\"\n\t?,[]{}!&*|>%@`01.\\\r~") + ["é", "日", "\x85", "\u2028", "😀", "\xa0", "\x01"]


def random_text(rng):
    """A string of YAML's special characters, or a long one of words and
    spaces, where the dumper's quoting and folding rules show."""
    if rng.random() < 0.3:
        words = ["word", "été", "日本語", "a'b", "x:", "#y", "-", "  ", "\n", "w" * 30]
        return " ".join(rng.choice(words) for _ in range(rng.randrange(10, 40)))
    return "".join(rng.choice(CHARS) for _ in range(rng.randrange(0, 12)))


def main():
    rng = random.Random(15)
    cases = FIXED + [("Random", random_value(rng)) for _ in range(400)]
    for _ in range(300):
        text = random_text(rng)
        cases.append(("Strings", {"value": text, "list": [text, "x"], text: "as a key", "nested": {"v": text}}))
    vectors = [
        {
            "title": title,
            "input": response,
            "table": run(TableFormatter, title, response),
            "yaml": run(YAMLFormatter, title, response),
            "yaml-stream": run(StreamedYAMLFormatter, title, response),
        }
        for title, response in cases
    ]
    path = Path(__file__).with_name("vectors.json")
    path.write_text(json.dumps(vectors, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(vectors)} vectors in {path}")


if __name__ == "__main__":
    main()
