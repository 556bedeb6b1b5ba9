#!/usr/bin/python3
"""Writes vectors.json: shorthand inputs with what the aws CLI v2's own
parser makes of them, for src/cli/shorthand.rs to be checked against.

Run with a Python that has the aws CLI v2 installed (Debian's `awscli`:
/usr/bin/python3 tests/shorthand/generate.py). Values are written tagged,
so that order and kind survive JSON: {"s": str}, {"l": [...]},
{"m": [[key, value], ...]}; an error as {"error": message}.
"""

import json
import random
from pathlib import Path

from awscli.shorthand import ShorthandParseError, ShorthandParser

FIXED = [
    "a=b", "a=b ", " a = b ", "a=b,c=d", "a=b, c=d", "a=b,c", "a=b,c,d=e",
    "a=b,c,d", "a='x'", 'a="x"', 'a="b,c"', "a='b,c',d=e", "a=b\\,c",
    "a=\\,", "a='it\\'s'", 'a="say \\"hi\\""', "a='back\\\\slash'",
    "a='a\\'", "a='\\\\'x'", "a=", "a=,b=c", "a", "", "=b", "a==b",
    "a=b=c", "a=b,a=c", "a=b,", "a=b,,c=d", "é=x", "a=é", "a=😀", "a=b\nc=d",
    "a=b,\nc=d", "a=[b,c]", "a=[]", "a=[b,[c,d]]", "a={b=c,d=e}", "a={}",
    "a={b=c,b=d}", "a=[b", "a={b=c", "a=b]", "a=b}", "TagKey=k,TagValue=v",
    "TagKey=k, TagValue= v ", "a.b#c/d:e-f_g=1", "a=b c", "a = 'x' , b = y",
    "a=b\t", "a=\tb", "a=b\x1c", "a=\x1cb", "a=b,c d", "a=b,'c',d=e",
    "a='b', 'c'", "a=b\\", "a=\\b", "a=b\\,", "a=[b,]", "a=[,]", "a={=b}",
    "a='", 'a="', "a='b", "a=\"b\\\"", "a=b,\"c\"", "a=b,c\\,d", "k=v,k2=v2",
    "a=1,b=true", "x=[{a=b}]", "a= ", "a=  b  ,  c  ", "a=b,c=",
]

VALUE_CHARS = list("abc d,\x27\"\\é:\t")
ALPHABET = list("ab=, '\"\\[]{}é\n\t:/") + ["😀", "\x1c", "c", "d", "e"]


def tagged(value):
    if isinstance(value, str):
        return {"s": value}
    if isinstance(value, list):
        return {"l": [tagged(v) for v in value]}
    return {"m": [[k, tagged(v)] for k, v in value.items()]}


def outcome(text):
    try:
        parsed = ShorthandParser().parse(text)
    except ShorthandParseError as e:
        return {"error": str(e)}
    return tagged(parsed)


def main():
    rng = random.Random(20261130)
    inputs = list(FIXED)
    for _ in range(1500):
        n = rng.randint(1, 14)
        inputs.append("".join(rng.choice(ALPHABET) for _ in range(n)))
    for _ in range(1200):
        # Mostly well-formed: key=value pairs with noise in the values.
        pairs = []
        for _ in range(rng.randint(1, 4)):
            key = "".join(rng.choice("abk_.") for _ in range(rng.randint(1, 3)))
            value = "".join(rng.choice(VALUE_CHARS) for _ in range(rng.randint(0, 6)))
            pairs.append(f"{key}={value}")
        inputs.append(",".join(pairs))
    vectors = [{"input": text, "output": outcome(text)} for text in dict.fromkeys(inputs)]
    out = Path(__file__).with_name("vectors.json")
    out.write_text(json.dumps(vectors, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(vectors)} vectors")


if __name__ == "__main__":
    main()
