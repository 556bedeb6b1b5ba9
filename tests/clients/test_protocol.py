"""Raw HTTP against `kms-local serve`: the parts of the AWS JSON 1.1 protocol
and of SigV4 that SDKs rely on but never show, tested without an SDK's
retries or client-side validation in the way. Requests are signed with
botocore's SigV4Auth and sent with http.client."""

import base64
import datetime
import http.client
import json
import signal
import socket
import subprocess
import threading
from contextlib import contextmanager

import botocore.auth
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from conftest import BIN, KEY_ARN, REGION, START_TIMEOUT, make_client

JSON_11 = "application/x-amz-json-1.1"


@contextmanager
def clock_offset(minutes):
    real = botocore.auth.get_current_datetime
    fixed = real() + datetime.timedelta(minutes=minutes)
    botocore.auth.get_current_datetime = lambda *a, **k: fixed
    try:
        yield
    finally:
        botocore.auth.get_current_datetime = real


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)

    def error_type(self):
        """The error code as botocore derives it from the body."""
        return self.json()["__type"].rsplit("#", 1)[-1]

    def __repr__(self):
        return f"HTTP {self.status} {dict(self.headers)} {self.body[:500]!r}"


def send(server, headers, body):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("POST", "/", body=body, headers=headers)
        resp = conn.getresponse()
        return Response(resp.status, resp.headers, resp.read())
    finally:
        conn.close()


def signed_headers(server, key, target, body, service="kms", minutes=0):
    request = AWSRequest(
        method="POST",
        url=server.url + "/",
        data=body,
        headers={"Content-Type": JSON_11, "X-Amz-Target": target},
    )
    with clock_offset(minutes):
        SigV4Auth(Credentials(*key), service, REGION).add_auth(request)
    return dict(request.headers.items())


def call(server, key, target, body, **kw):
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
    return send(server, signed_headers(server, key, target, body, **kw), body)


def assert_error(resp, code, status=400):
    assert resp.status == status, resp
    assert resp.headers.get("Content-Type") == JSON_11, resp
    assert resp.error_type() == code, resp
    body = resp.json()
    assert body.get("message") or body.get("Message"), resp
    error_type = resp.headers.get("X-Amzn-ErrorType")
    assert error_type is not None and error_type.split(":")[0] == code, resp
    return body.get("message") or body.get("Message")


def test_signed_request_succeeds(server, access_key):
    resp = call(server, access_key, "TrentService.ListKeys", {})
    assert resp.status == 200, resp
    assert resp.headers.get("Content-Type") == JSON_11, resp
    assert resp.json() == {"Keys": [], "Truncated": False}

    resp = call(server, access_key, "TrentService.CreateKey", {"Description": "raw"})
    assert resp.status == 200, resp
    meta = resp.json()["KeyMetadata"]
    assert KEY_ARN.match(meta["Arn"]), resp
    # JSON 1.1 timestamps are epoch seconds, as numbers.
    assert isinstance(meta["CreationDate"], (int, float)), resp


def test_response_carries_request_id(server, access_key):
    resp = call(server, access_key, "TrentService.ListKeys", {})
    assert resp.headers.get("x-amzn-RequestId"), resp


def test_body_that_is_not_json(server, access_key):
    resp = call(server, access_key, "TrentService.ListKeys", b"this is not json")
    assert_error(resp, "SerializationException")


def test_body_of_the_wrong_shape(server, access_key):
    resp = call(server, access_key, "TrentService.DescribeKey", {"KeyId": 12})
    assert_error(resp, "SerializationException")


def test_unknown_operation(server, access_key):
    resp = call(server, access_key, "TrentService.MakeCoffee", {})
    assert_error(resp, "UnknownOperationException")


def test_unsigned_request(server):
    body = b"{}"
    resp = send(server, {"Content-Type": JSON_11, "X-Amz-Target": "TrentService.ListKeys"}, body)
    assert_error(resp, "MissingAuthenticationTokenException")


def test_body_changed_after_signing(server, access_key):
    body = json.dumps({"Limit": 1}).encode()
    headers = signed_headers(server, access_key, "TrentService.ListKeys", body)
    resp = send(server, headers, json.dumps({"Limit": 2}).encode())
    assert_error(resp, "InvalidSignatureException")


def test_target_changed_after_signing(server, access_key):
    headers = signed_headers(server, access_key, "TrentService.ListKeys", b"{}")
    headers["X-Amz-Target"] = "TrentService.CreateKey"
    resp = send(server, headers, b"{}")
    assert_error(resp, "InvalidSignatureException")


def test_signature_for_another_service(server, access_key):
    resp = call(server, access_key, "TrentService.ListKeys", {}, service="s3")
    assert_error(resp, "InvalidSignatureException")


def test_any_region_is_accepted(server, access_key):
    request = AWSRequest(
        method="POST", url=server.url + "/", data=b"{}",
        headers={"Content-Type": JSON_11, "X-Amz-Target": "TrentService.ListKeys"},
    )
    SigV4Auth(Credentials(*access_key), "kms", "eu-west-3").add_auth(request)
    resp = send(server, dict(request.headers.items()), b"{}")
    assert resp.status == 200, resp


@pytest.mark.parametrize("minutes", [-20, -16, 16, 20])
def test_signature_outside_fifteen_minutes(server, access_key, minutes):
    resp = call(server, access_key, "TrentService.ListKeys", {}, minutes=minutes)
    message = assert_error(resp, "InvalidSignatureException")
    if minutes < 0:
        assert message.startswith("Signature expired"), resp


@pytest.mark.parametrize("minutes", [-14, 14])
def test_signature_inside_fifteen_minutes(server, access_key, minutes):
    resp = call(server, access_key, "TrentService.ListKeys", {}, minutes=minutes)
    assert resp.status == 200, resp


def test_access_keys_are_read_live(server, access_key, kms_cli):
    listed = kms_cli.json("list-access-keys")["AccessKeyMetadata"]
    assert [k["AccessKeyId"] for k in listed] == [access_key[0]]
    assert all("SecretAccessKey" not in k for k in listed)

    second = kms_cli.json("create-access-key")["AccessKey"]
    key2 = (second["AccessKeyId"], second["SecretAccessKey"])
    assert call(server, key2, "TrentService.ListKeys", {}).status == 200

    kms_cli.run("delete-access-key", "--access-key-id", access_key[0])
    assert_error(call(server, access_key, "TrentService.ListKeys", {}), "UnrecognizedClientException")
    assert call(server, key2, "TrentService.ListKeys", {}).status == 200
    listed = kms_cli.json("list-access-keys")["AccessKeyMetadata"]
    assert [k["AccessKeyId"] for k in listed] == [key2[0]]


def test_concurrent_clients(server, access_key):
    kms = make_client(server, *access_key)
    arn = kms.create_key()["KeyMetadata"]["Arn"]
    errors = []

    def work():
        try:
            client = make_client(server, *access_key)
            for _ in range(20):
                dk = client.generate_data_key(KeyId=arn, NumberOfBytes=32)
                assert client.decrypt(CiphertextBlob=dk["CiphertextBlob"])["Plaintext"] == dk["Plaintext"]
            client.create_key()
        except Exception as e:  # collected and reported by the main thread
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert len(kms.list_keys()["Keys"]) == 5


def test_ctrl_c_stops_cleanly(access_key, start_server):
    server = start_server()
    assert call(server, access_key, "TrentService.ListKeys", {}).status == 200
    assert server.stop(signal.SIGINT) == 0, server.output()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=5).close()


def test_sigterm_with_an_idle_connection_open(access_key, start_server):
    """A client holding a keep-alive connection must not stall shutdown."""
    server = start_server()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    body = b"{}"
    conn.request("POST", "/", body=body, headers=signed_headers(server, access_key, "TrentService.ListKeys", body))
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 200
    try:
        assert server.stop(signal.SIGTERM) == 0, server.output()
    finally:
        conn.close()


def test_body_over_one_mebibyte(server, access_key):
    body = b'{"Limit": 1' + b" " * (1024 * 1024) + b"}"
    resp = call(server, access_key, "TrentService.ListKeys", body)
    assert_error(resp, "ValidationException", status=413)


def test_allow_any_credentials(kms_env, start_server):
    server = start_server("--allow-any-credentials")
    body = b"{}"
    resp = send(server, {"Content-Type": JSON_11, "X-Amz-Target": "TrentService.CreateKey"}, body)
    assert resp.status == 200, resp
    resp = call(server, ("AKIAIOSFODNN7EXAMPLE", "not-a-real-secret"), "TrentService.ListKeys", {})
    assert resp.status == 200 and len(resp.json()["Keys"]) == 1, resp


def test_port_in_use(server, kms_env):
    proc = subprocess.run(
        [str(BIN), "serve", "--listen", f"127.0.0.1:{server.port}"],
        env=kms_env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=START_TIMEOUT,
    )
    assert proc.returncode not in (0, None), proc
    assert str(server.port) in proc.stderr and "listening on" not in proc.stderr, proc.stderr


def test_wrong_master_key_refused_before_listening(access_key, kms_env):
    env = dict(kms_env, KMS_LOCAL_MASTER_KEY=base64.b64encode(bytes(32)).decode())
    proc = subprocess.run(
        [str(BIN), "serve", "--listen", "127.0.0.1:0"],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=START_TIMEOUT,
    )
    assert proc.returncode == 253, proc
    assert "listening on" not in proc.stderr, proc.stderr


def test_cli_and_server_write_at_once(server, access_key, kms_cli):
    """Writes from the server and from CLI processes interleave: none is
    lost, and the keystore and its audit chain stay valid."""
    errors = []

    def through_server():
        try:
            kms = make_client(server, *access_key)
            for i in range(12):
                arn = kms.create_key(Description=f"server {i}")["KeyMetadata"]["Arn"]
                kms.generate_data_key(KeyId=arn, NumberOfBytes=16)
        except Exception as e:  # collected and reported by the main thread
            errors.append(e)

    def through_cli():
        try:
            for i in range(12):
                kms_cli.run("create-key", "--description", f"cli {i}")
        except Exception as e:
            errors.append(e)

    threads = [threading.Thread(target=through_server), threading.Thread(target=through_cli)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    assert not errors, errors

    descriptions = sorted(
        make_client(server, *access_key).describe_key(KeyId=k["KeyId"])["KeyMetadata"]["Description"]
        for k in make_client(server, *access_key).list_keys()["Keys"]
    )
    assert descriptions == sorted([f"server {i}" for i in range(12)] + [f"cli {i}" for i in range(12)])
    assert len(kms_cli.json("list-keys")["Keys"]) == 24
    assert kms_cli.json("keystore", "verify")["Problems"] == []
    kms_cli.run("audit", "verify")
    audit = kms_cli.json("audit")
    assert "GenerateDataKey" in json.dumps(audit)


def test_sigterm_right_after_the_listening_line(access_key, start_server):
    """The listening line promises a server that SIGTERM stops cleanly, so a
    supervisor may signal as soon as it reads it. Repeated because the
    window, if any, is short."""
    for _ in range(60):
        server = start_server()
        status = server.stop(signal.SIGTERM)
        assert status == 0, f"exit {status} (negative: killed by that signal)\n{server.output()}"


def test_two_servers_on_one_keystore(server, access_key, start_server):
    """Two servers writing the same keystore lose neither's writes."""
    second = start_server()
    errors = []

    def work(srv, prefix):
        try:
            kms = make_client(srv, *access_key)
            for i in range(10):
                arn = kms.create_key(Description=f"{prefix}{i}")["KeyMetadata"]["Arn"]
                kms.create_alias(AliasName=f"alias/{prefix}{i}", TargetKeyId=arn)
        except Exception as e:  # collected and reported by the main thread
            errors.append(e)

    threads = [threading.Thread(target=work, args=(s, p)) for s, p in ((server, "a"), (second, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    expected = sorted(f"alias/{p}{i}" for p in "ab" for i in range(10))
    for srv in (server, second):
        kms = make_client(srv, *access_key)
        assert len(kms.list_keys()["Keys"]) == 20
        assert sorted(a["AliasName"] for a in kms.list_aliases()["Aliases"]) == expected
