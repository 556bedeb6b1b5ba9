//! `serve` end to end: the binary on a free port, spoken to over a raw TCP
//! socket in HTTP/1.1, requests signed here with SigV4. The signing math is
//! checked against AWS's suite in sigv4.rs and by real AWS clients in
//! tests/clients; these tests are about what the server does with requests.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use http::{HeaderMap, HeaderName, HeaderValue};
use kms_local::serve::sigv4::{self, Authorization, Request};
use kms_local::timestamp::Timestamp;
use serde_json::{Value, json};

use crate::common::{GenerateDataKey, TestEnv, arn, b64, bin, unb64};

pub(crate) struct Server {
    child: Child,
    stderr: BufReader<std::process::ChildStderr>,
    pub(crate) port: u16,
}

impl Server {
    pub(crate) fn start(env: &TestEnv, extra: &[&str]) -> Server {
        Server::start_on(env, "127.0.0.1", extra)
    }

    /// A server listening on `ip`, port 0; it is reached on loopback.
    fn start_on(env: &TestEnv, ip: &str, extra: &[&str]) -> Server {
        let listen = format!("{ip}:0");
        let mut args = vec!["serve", "--listen", &listen];
        args.extend_from_slice(extra);
        Server::started(env.spawn(&args), ip)
    }

    /// The server `child` runs, once it says it listens on `ip`.
    fn started(child: Child, ip: &str) -> Server {
        Server::announced(child, &format!("http://{ip}:"))
    }

    /// The server `child` runs, once its first line names `url` (scheme,
    /// address and colon) and a port.
    pub(crate) fn announced(mut child: Child, url: &str) -> Server {
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut first = String::new();
        stderr.read_line(&mut first).unwrap();
        let port = first
            .trim()
            .strip_prefix(&format!("kms-local serve: listening on {url}"))
            .unwrap_or_else(|| panic!("first line: {first:?}"))
            .parse()
            .unwrap();
        Server {
            child,
            stderr,
            port,
        }
    }

    pub(crate) fn connect(&self) -> Conn {
        self.connect_as(&format!("127.0.0.1:{}", self.port))
    }

    /// A connection whose requests name `host` in their Host header.
    fn connect_as(&self, host: &str) -> Conn {
        let stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        Conn::over(stream, host)
    }

    /// Sends `signal` to the server.
    pub(crate) fn signal(&self, signal: rustix::process::Signal) {
        let pid = rustix::process::Pid::from_child(&self.child);
        rustix::process::kill_process(pid, signal).unwrap();
    }

    /// The next line the server writes on stderr that starts with one of
    /// `prefixes`, past others (those it writes as it starts).
    pub(crate) fn line_starting(&mut self, prefixes: &[&str]) -> String {
        loop {
            let mut line = String::new();
            let read = self.stderr.read_line(&mut line).unwrap();
            assert_ne!(read, 0, "no line starting {prefixes:?}");
            if prefixes.iter().any(|p| line.starts_with(p)) {
                return line;
            }
        }
    }

    /// Sends SIGTERM and returns the exit status and the rest of stderr.
    pub(crate) fn stop(mut self) -> (std::process::ExitStatus, String) {
        let pid = rustix::process::Pid::from_child(&self.child);
        rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
        let status = self.child.wait().unwrap();
        let mut rest = String::new();
        self.stderr.read_to_string(&mut rest).unwrap();
        (status, rest)
    }
}

/// A test that fails leaves no server behind.
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) struct Reply {
    pub(crate) status: u16,
    headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    /// Asserts an AWS error reply and returns its message.
    pub(crate) fn error(&self, status: u16, exception: &str) -> String {
        let body = self.json();
        assert_eq!(self.status, status, "{body}");
        assert_eq!(body["__type"], exception, "{body}");
        assert_eq!(self.header("x-amzn-errortype"), Some(exception));
        assert_eq!(
            self.header("content-type"),
            Some("application/x-amz-json-1.1")
        );
        // AWS sends InvalidCiphertextException without a message; every
        // other error has one.
        if exception == "InvalidCiphertextException" {
            assert_eq!(body.get("message"), None, "{body}");
            return String::new();
        }
        // IAM's AccessDeniedException writes its message capitalised.
        let field = match exception {
            "AccessDeniedException" => "Message",
            _ => "message",
        };
        let message = body[field].as_str().expect("a message");
        assert!(!message.is_empty());
        message.to_owned()
    }
}

/// What a connection reads and writes: a TCP stream, or a TLS stream over one.
pub(crate) trait Stream: Read + Write {}

impl<T: Read + Write> Stream for T {}

/// One keep-alive connection.
pub(crate) struct Conn {
    io: BufReader<Box<dyn Stream>>,
    host: String,
}

impl Conn {
    /// A connection on `stream` whose requests name `host` in their Host header.
    pub(crate) fn over(stream: impl Stream + 'static, host: &str) -> Conn {
        Conn {
            io: BufReader::new(Box::new(stream)),
            host: host.to_owned(),
        }
    }

    fn send(&mut self, headers: &[(String, String)], body: &[u8]) -> Reply {
        self.send_to("POST", "/", headers, body)
    }

    /// A request without a body or credentials: `method` on `path`.
    pub(crate) fn ask(&mut self, method: &str, path: &str) -> Reply {
        let host = vec![("host".to_owned(), self.host.clone())];
        self.send_to(method, path, &host, b"")
    }

    fn send_to(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Reply {
        let mut request = format!("{method} {path} HTTP/1.1\r\n");
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
        // One write, as a client does, so that Nagle's algorithm never waits.
        let mut bytes = request.into_bytes();
        bytes.extend_from_slice(body);
        let stream = self.io.get_mut();
        stream.write_all(&bytes).unwrap();
        stream.flush().unwrap();
        self.read_reply()
    }

    fn read_reply(&mut self) -> Reply {
        let mut line = String::new();
        self.io.read_line(&mut line).unwrap();
        let status = line
            .split(' ')
            .nth(1)
            .expect("a status line")
            .parse()
            .unwrap();
        let mut headers = Vec::new();
        loop {
            line.clear();
            self.io.read_line(&mut line).unwrap();
            let Some((name, value)) = line.trim_end().split_once(':') else {
                break;
            };
            headers.push((name.to_owned(), value.trim().to_owned()));
        }
        let length: usize = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .map(|(_, v)| v.parse().unwrap())
            .unwrap_or(0);
        let mut body = vec![0; length];
        self.io.read_exact(&mut body).unwrap();
        Reply {
            status,
            headers,
            body,
        }
    }

    /// A request signed with `key` at `at`.
    fn call_at(&mut self, key: &AccessKey, at: Timestamp, target: &str, body: &Value) -> Reply {
        let body = body.to_string().into_bytes();
        let headers = signed(&self.host, key, at, target, &body);
        self.send(&headers, &body)
    }

    pub(crate) fn call(&mut self, key: &AccessKey, target: &str, body: &Value) -> Reply {
        self.call_at(key, now(), target, body)
    }
}

#[derive(Clone)]
pub(crate) struct AccessKey {
    pub(crate) id: String,
    pub(crate) secret: String,
    /// The Region a client signs for, which the request acts in.
    pub(crate) region: &'static str,
}

pub(crate) fn now() -> Timestamp {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis();
    Timestamp(i64::try_from(ms).unwrap())
}

/// The headers of a request signed as botocore signs one for KMS.
pub(crate) fn signed(
    host: &str,
    key: &AccessKey,
    at: Timestamp,
    target: &str,
    body: &[u8],
) -> Vec<(String, String)> {
    let amz_date = at.to_amz_date();
    let mut headers = vec![
        ("host".to_owned(), host.to_owned()),
        (
            "content-type".to_owned(),
            "application/x-amz-json-1.1".to_owned(),
        ),
        ("x-amz-date".to_owned(), amz_date.clone()),
        ("x-amz-target".to_owned(), format!("TrentService.{target}")),
    ];
    let mut map = HeaderMap::new();
    for (name, value) in &headers {
        map.append(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(value).unwrap(),
        );
    }
    let auth = Authorization {
        access_key_id: &key.id,
        date: &amz_date[..8],
        region: key.region,
        service: "kms",
        signed_headers: vec!["content-type", "host", "x-amz-date", "x-amz-target"],
        signature: "",
    };
    let request = Request {
        method: "POST",
        path: "/",
        query: "",
        headers: &map,
        body,
    };
    let canonical = sigv4::canonical_request(&request, &auth.signed_headers).unwrap();
    let signature = sigv4::signature(&key.secret, &auth, &amz_date, &canonical);
    headers.push((
        "authorization".to_owned(),
        format!(
            "AWS4-HMAC-SHA256 Credential={}/{}/{}/kms/aws4_request, \
             SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={signature}",
            key.id,
            &amz_date[..8],
            key.region
        ),
    ));
    headers
}

/// The headers of an unsigned request naming `host`, as a client sends one
/// to a server started with --allow-any-credentials.
fn unsigned(host: &str, target: &str) -> Vec<(String, String)> {
    vec![
        ("host".to_owned(), host.to_owned()),
        ("x-amz-target".to_owned(), format!("TrentService.{target}")),
    ]
}

/// Whether the server has closed `stream` (the test read end of file or a
/// reset) within `wait`, after whatever reply it sent first.
pub(crate) fn closed_within(stream: &mut TcpStream, wait: Duration) -> bool {
    stream.set_read_timeout(Some(wait)).unwrap();
    let mut buf = [0; 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
}

pub(crate) fn access_key(env: &TestEnv) -> AccessKey {
    access_key_from(env.json(&["create-access-key"]))
}

/// The access key `create-access-key` printed.
fn access_key_from(made: Value) -> AccessKey {
    AccessKey {
        id: made["AccessKey"]["AccessKeyId"]
            .as_str()
            .unwrap()
            .to_owned(),
        secret: made["AccessKey"]["SecretAccessKey"]
            .as_str()
            .unwrap()
            .to_owned(),
        region: "us-east-1",
    }
}

#[test]
fn the_cli_and_the_server_share_one_keystore_both_ways() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let cli_key = env.create_key();
    let server = Server::start(&env, &[]);
    let mut conn = server.connect();

    // A key made by the CLI before and after the server started.
    let reply = conn.call(
        &key,
        "GenerateDataKey",
        &json!({"KeyId": cli_key, "NumberOfBytes": 32, "EncryptionContext": {"app": "x"}}),
    );
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(
        reply.header("content-type"),
        Some("application/x-amz-json-1.1")
    );
    assert!(reply.header("x-amzn-requestid").is_some());
    let made: GenerateDataKey = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(made.key_id, arn(&cli_key));
    let decrypted = env.decrypt(&made.ciphertext_blob, &["--encryption-context", "app=x"]);
    assert_eq!(decrypted.plaintext, made.plaintext);

    let later = env.create_key();
    env.alias("alias/later", &later);
    // A client configured for another Region acts there, where the alias is not.
    let elsewhere = AccessKey {
        region: "eu-west-3",
        ..key.clone()
    };
    let request = json!({"KeyId": "alias/later", "Plaintext": b64(b"hello")});
    let reply = conn.call(&elsewhere, "Encrypt", &request);
    assert_eq!(reply.status, 400);
    assert_eq!(reply.json()["__type"], "NotFoundException");
    let reply = conn.call(&key, "Encrypt", &request);
    assert_eq!(reply.status, 200);
    let blob = reply.json()["CiphertextBlob"].as_str().unwrap().to_owned();
    assert_eq!(unb64(&env.decrypt(&blob, &[]).plaintext), b"hello");

    // A key made over HTTP is there for the next CLI call.
    let reply = conn.call(&key, "CreateKey", &json!({"Description": "over http"}));
    assert_eq!(reply.status, 200);
    let metadata = &reply.json()["KeyMetadata"];
    // Timestamps go over the wire as epoch seconds, as the protocol has them.
    assert!(metadata["CreationDate"].as_f64().unwrap() > 1.7e9);
    let http_key = metadata["KeyId"].as_str().unwrap().to_owned();
    let described = env.ok(&[
        "describe-key",
        "--key-id",
        &http_key,
        "--query",
        "KeyMetadata.Description",
        "--output",
        "text",
    ]);
    assert_eq!(described.trim(), "over http");

    // Operations that answer nothing answer {}.
    let reply = conn.call(&key, "DisableKey", &json!({"KeyId": http_key}));
    assert_eq!((reply.status, reply.body.as_slice()), (200, &b"{}"[..]));
    env.kms_error(
        "DisabledException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            &http_key,
            "--number-of-bytes",
            "16",
        ],
    );

    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");
    assert!(rest.contains("stopped"), "{rest}");
}

#[test]
fn aws_errors_come_back_in_aws_shape() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let kms_key = env.create_key();
    let server = Server::start(&env, &[]);
    let mut conn = server.connect();

    let reply = conn.call(&key, "DescribeKey", &json!({"KeyId": "alias/none"}));
    reply.error(400, "NotFoundException");
    let blob = env
        .generate(&kms_key, &["--encryption-context", "a=b"])
        .ciphertext_blob;
    let reply = conn.call(
        &key,
        "Decrypt",
        &json!({"CiphertextBlob": blob, "EncryptionContext": {"a": "c"}}),
    );
    reply.error(400, "InvalidCiphertextException");
    let reply = conn.call(
        &key,
        "GenerateDataKey",
        &json!({"KeyId": kms_key, "NumberOfBytes": 1025}),
    );
    let message = reply.error(400, "ValidationException");
    assert!(message.contains("numberOfBytes"), "{message}");

    // A field of the wrong type, a body that is not JSON or not an object.
    let reply = conn.call(&key, "DescribeKey", &json!({"KeyId": 5}));
    reply.error(400, "SerializationException");
    for body in [&b"{not json"[..], b"[1,2]", b"\xff\xfe"] {
        let headers = signed(&conn.host.clone(), &key, now(), "DescribeKey", body);
        conn.send(&headers, body)
            .error(400, "SerializationException");
    }
    // No body at all is an empty request.
    let headers = signed(&conn.host.clone(), &key, now(), "ListKeys", b"");
    assert_eq!(conn.send(&headers, b"").status, 200);

    // Operations kms-local does not have, or keeps to the command line.
    for target in ["NoSuchThing", "RotateDomainKey", "KeystoreSettings"] {
        conn.call(&key, target, &json!({}))
            .error(400, "UnknownOperationException");
    }
    // A header removed after signing.
    let mut headers = signed(&conn.host.clone(), &key, now(), "ListKeys", b"{}");
    headers.retain(|(n, _)| n != "x-amz-target");
    conn.send(&headers, b"{}")
        .error(400, "InvalidSignatureException");

    // Over the size limit: refused whole, the connection still answered.
    let big = vec![b' '; kms_local::serve::MAX_BODY + 1];
    let headers = signed(&conn.host.clone(), &key, now(), "ListKeys", &big);
    let mut fresh = server.connect();
    fresh.send(&headers, &big).error(413, "ValidationException");

    // After every error the same connection still serves.
    assert_eq!(conn.call(&key, "ListKeys", &json!({})).status, 200);
    assert!(server.stop().0.success());
}

#[test]
fn requests_without_a_valid_signature_are_refused_as_aws_refuses_them() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let server = Server::start(&env, &[]);
    let mut conn = server.connect();
    let body = json!({});

    let unsigned = vec![(
        "x-amz-target".to_owned(),
        "TrentService.ListKeys".to_owned(),
    )];
    conn.send(&unsigned, b"{}")
        .error(400, "MissingAuthenticationTokenException");

    let stranger = AccessKey {
        id: "AKIAAAAAAAAAAAAAAAAA".into(),
        ..key.clone()
    };
    conn.call(&stranger, "ListKeys", &body)
        .error(400, "UnrecognizedClientException");

    let wrong = AccessKey {
        secret: key.secret.replace(|c: char| c.is_ascii_digit(), "x") + "x",
        ..key.clone()
    };
    let message = conn
        .call(&wrong, "ListKeys", &body)
        .error(400, "InvalidSignatureException");
    assert!(message.contains("does not match"), "{message}");

    let minute = 60 * 1000;
    let old = Timestamp(now().0 - 20 * minute);
    let message = conn
        .call_at(&key, old, "ListKeys", &body)
        .error(400, "InvalidSignatureException");
    assert!(message.starts_with("Signature expired"), "{message}");
    let ahead = Timestamp(now().0 + 20 * minute);
    let message = conn
        .call_at(&key, ahead, "ListKeys", &body)
        .error(400, "InvalidSignatureException");
    assert!(
        message.starts_with("Signature not yet current"),
        "{message}"
    );

    // kms-local issues no session tokens, so a request carrying one is refused.
    let mut headers = signed(&conn.host.clone(), &key, now(), "ListKeys", b"{}");
    headers.push((
        "x-amz-security-token".to_owned(),
        "FwoGZXIvYXdzEXAMPLE".to_owned(),
    ));
    conn.send(&headers, b"{}")
        .error(400, "UnrecognizedClientException");

    // A signed request replayed with another body.
    let headers = signed(&conn.host.clone(), &key, now(), "ListKeys", b"{}");
    conn.send(&headers, b"{\"Limit\":1}")
        .error(400, "InvalidSignatureException");

    for header in ["AWS4-HMAC-SHA256 Credential=x", "Basic dXNlcjpwYXNz"] {
        let headers = vec![
            (
                "x-amz-target".to_owned(),
                "TrentService.ListKeys".to_owned(),
            ),
            ("authorization".to_owned(), header.to_owned()),
        ];
        conn.send(&headers, b"{}")
            .error(400, "IncompleteSignatureException");
    }

    // A deleted access key is refused from the next request on.
    assert_eq!(conn.call(&key, "ListKeys", &body).status, 200);
    env.ok(&["delete-access-key", "--access-key-id", &key.id]);
    conn.call(&key, "ListKeys", &body)
        .error(400, "UnrecognizedClientException");
    assert!(server.stop().0.success());
}

#[test]
fn allow_any_credentials_says_so_and_accepts_unsigned_requests() {
    let env = TestEnv::new();
    let server = Server::start(&env, &["--allow-any-credentials"]);
    let mut conn = server.connect();
    let headers = unsigned(&conn.host, "CreateKey");
    assert_eq!(conn.send(&headers, b"{}").status, 200);
    let host = [("host".to_owned(), conn.host.clone())];
    conn.send(&host, b"{}")
        .error(400, "UnknownOperationException");
    let (status, rest) = server.stop();
    assert!(status.success());
    assert!(rest.contains("WARNING: --allow-any-credentials"), "{rest}");
}

#[test]
fn access_keys_are_listed_without_secrets_and_deleted_once() {
    let env = TestEnv::new();
    let key = access_key(&env);
    assert!(key.id.starts_with("AKIA") && key.id.len() == 20);
    assert_eq!(key.secret.len(), 40);
    let listed = env.ok(&["list-access-keys"]);
    assert!(
        listed.contains(&key.id) && !listed.contains(&key.secret),
        "{listed}"
    );
    assert!(
        !env.keystore_bytes()
            .windows(40)
            .any(|w| w == key.secret.as_bytes())
    );
    env.ok(&["delete-access-key", "--access-key-id", &key.id]);
    let out = env.fails(254, &["delete-access-key", "--access-key-id", &key.id]);
    assert!(out.contains("NoSuchEntityException"), "{out}");
    let listed: Value = env.json(&["list-access-keys"]);
    assert_eq!(listed["AccessKeyMetadata"], json!([]));
}

#[test]
fn a_client_that_stops_sending_is_cut_off_and_others_are_served() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let server = Server::start(&env, &[]);
    let mut slow = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    slow.write_all(b"POST / HTTP/1.1\r\nhost: x\r\n").unwrap();
    let mut conn = server.connect();
    assert_eq!(conn.call(&key, "ListKeys", &json!({})).status, 200);
    // The first request's headers must be in within 3 s: the slow
    // connection is closed, and the read ends (end of file, or a reset),
    // well before the 10 s a later request's headers may take.
    slow.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let ended = slow.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(
        waited < Duration::from_secs(8),
        "still open after {waited:?}: {ended:?}"
    );
    assert!(
        !matches!(&ended, Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut),
        "{ended:?}"
    );
    assert!(server.stop().0.success());
}

#[test]
fn many_requests_on_one_connection_and_a_shutdown_between_them_lose_nothing() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let server = Server::start(&env, &[]);
    let mut conn = server.connect();
    let mut made = Vec::new();
    for i in 0..20 {
        let reply = conn.call(&key, "CreateKey", &json!({"Description": format!("k{i}")}));
        assert_eq!(reply.status, 200);
        made.push(
            reply.json()["KeyMetadata"]["KeyId"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    for _ in 0..200 {
        let reply = conn.call(
            &key,
            "GenerateDataKey",
            &json!({"KeyId": made[0], "KeySpec": "AES_256"}),
        );
        assert_eq!(reply.status, 200);
    }
    assert!(server.stop().0.success());
    let listed: Value = env.json(&["list-keys"]);
    let ids: Vec<&str> = listed["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap())
        .collect();
    for id in &made {
        assert!(ids.contains(&id.as_str()));
    }
    // Every request is in the audit log, chained: the access key, 20 keys,
    // 200 data keys and the list.
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Entries"], 222);
    // Entries made over HTTP name the access key that signed the request;
    // the command line's do not.
    let log: Value = env.json(&["audit"]);
    let events = log["Events"].as_array().unwrap();
    let signed = |e: &&Value| e["AccessKeyId"] == key.id.as_str();
    assert_eq!(events.iter().filter(signed).count(), 220);
    assert!(
        events
            .iter()
            .filter(|e| e["Operation"] == "ListKeys")
            .all(|e| e.get("AccessKeyId").is_none())
    );
}

#[test]
fn connections_past_the_cap_are_throttled_not_dropped() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let server = Server::start(&env, &["--max-connections", "2"]);
    let mut first = server.connect();
    let mut second = server.connect();
    assert_eq!(first.call(&key, "ListKeys", &json!({})).status, 200);
    assert_eq!(second.call(&key, "ListKeys", &json!({})).status, 200);
    let mut third = server.connect();
    third
        .call(&key, "ListKeys", &json!({}))
        .error(400, "ThrottlingException");
    // Once a connection closes, a new one is served.
    drop(first);
    let mut served = false;
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(20));
        if server.connect().call(&key, "ListKeys", &json!({})).status == 200 {
            served = true;
            break;
        }
    }
    assert!(served);
    assert_eq!(second.call(&key, "ListKeys", &json!({})).status, 200);
    assert!(server.stop().0.success());
}

#[test]
fn the_audit_key_follows_a_keystore_replaced_under_the_server() {
    let env = TestEnv::new();
    let first = access_key(&env);
    let server = Server::start(&env, &[]);
    let mut conn = server.connect();
    let reply = conn.call(&first, "CreateKey", &json!({}));
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    // Another keystore under the same master key, with its own log, is put
    // in place of the first one, log and all.
    let made = env
        .cmd()
        .env("KMS_LOCAL_KEYSTORE", env.path("other/keystore"))
        .arg("create-access-key")
        .output()
        .unwrap();
    let second = access_key_from(serde_json::from_slice(&made.stdout).unwrap());
    std::fs::rename(
        env.path("other/keystore.audit"),
        env.path("ks/keystore.audit"),
    )
    .unwrap();
    std::fs::rename(env.path("other/keystore"), env.keystore()).unwrap();
    // The same connection, so the same worker, whose handle opened the
    // first; a read, whose entry is appended under the handle's audit key.
    assert_eq!(conn.call(&second, "ListKeys", &json!({})).status, 200);
    // The server's entries are under the new keystore's key: its chain holds.
    let verified: Value = env.json(&["audit", "verify"]);
    assert_eq!(verified["Entries"], 2);
    let (status, _) = server.stop();
    assert!(status.success());
}

#[test]
fn allow_any_credentials_answers_only_a_host_a_rebinding_page_cannot_name() {
    let env = TestEnv::new();
    let kms_key = env.create_key();
    let server = Server::start(&env, &["--allow-any-credentials"]);
    let body = json!({"KeyId": kms_key, "KeySpec": "AES_256"})
        .to_string()
        .into_bytes();

    // As the aws CLI sends it, and by name.
    for host in [
        format!("127.0.0.1:{}", server.port),
        format!("localhost:{}", server.port),
    ] {
        let mut conn = server.connect_as(&host);
        let reply = conn.send(&unsigned(&host, "GenerateDataKey"), &body);
        assert_eq!(reply.status, 200, "{host}: {}", reply.json());
        assert!(reply.json()["Plaintext"].is_string());
    }

    // A page on attacker.example whose name now resolves to 127.0.0.1 sends
    // its requests to the server under that name, and gets no data key.
    let mut conn = server.connect();
    let port = server.port;
    for host in [
        "attacker.example".to_owned(),
        format!("attacker.example:{port}"),
    ] {
        let message = conn
            .send(&unsigned(&host, "GenerateDataKey"), &body)
            .error(400, "AccessDeniedException");
        assert!(
            message.contains(&format!("The Host '{host}'")) && message.contains("DNS rebinding"),
            "{message}"
        );
    }
    // Nor does a request that names no host.
    let nameless = [(
        "x-amz-target".to_owned(),
        "TrentService.GenerateDataKey".to_owned(),
    )];
    let message = conn
        .send(&nameless, &body)
        .error(400, "AccessDeniedException");
    assert!(message.contains("Host header"), "{message}");
    assert!(server.stop().0.success());

    // The refused requests ran nothing.
    let log: Value = env.json(&["audit"]);
    let generated = log["Events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["Operation"] == "GenerateDataKey")
        .count();
    assert_eq!(generated, 2);
}

#[test]
fn requests_with_an_origin_header_are_refused_in_every_mode() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let kms_key = env.create_key();
    let body = json!({"KeyId": kms_key, "KeySpec": "AES_256"})
        .to_string()
        .into_bytes();
    let origin = ("origin".to_owned(), "http://evil.example".to_owned());

    // Signed: a page holds no access key, but a browser's request is
    // refused before its signature is looked at.
    let server = Server::start(&env, &[]);
    let mut conn = server.connect();
    let mut headers = signed(&conn.host.clone(), &key, now(), "GenerateDataKey", &body);
    headers.push(origin.clone());
    let message = conn
        .send(&headers, &body)
        .error(400, "AccessDeniedException");
    assert!(message.contains("Origin header"), "{message}");
    headers.pop();
    assert_eq!(conn.send(&headers, &body).status, 200);
    // A signed request may name any host: the signature covers it.
    let mut named = server.connect_as("kms.internal:8171");
    assert_eq!(named.call(&key, "ListKeys", &json!({})).status, 200);
    assert!(server.stop().0.success());

    // Any credentials: a local Host does not make an Origin acceptable.
    let server = Server::start(&env, &["--allow-any-credentials"]);
    let mut conn = server.connect();
    for value in ["http://evil.example", "null"] {
        let mut headers = unsigned(&conn.host, "GenerateDataKey");
        headers.push(("origin".to_owned(), value.to_owned()));
        let message = conn
            .send(&headers, &body)
            .error(400, "AccessDeniedException");
        assert!(message.contains("Origin header"), "{message}");
    }
    assert_eq!(
        conn.send(&unsigned(&conn.host.clone(), "GenerateDataKey"), &body)
            .status,
        200
    );
    assert!(server.stop().0.success());
}

#[test]
fn idle_connections_are_closed_soon_and_those_past_both_caps_at_once() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let server = Server::start(&env, &["--max-connections", "4"]);
    let opened = Instant::now();
    // 4 connections served, 64 more kept to be answered ThrottlingException,
    // and 32 past both, none of which ever sends a byte.
    let mut idle: Vec<TcpStream> = (0..100)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();

    // Past both caps: closed at once, unread, well before the 3 s a first
    // request may take.
    for (i, stream) in idle.iter_mut().enumerate().skip(68) {
        assert!(
            closed_within(stream, Duration::from_secs(2)),
            "connection {i} is still open after {:?}",
            opened.elapsed()
        );
    }
    // The others are closed once 3 s have passed without a request, well
    // before the 10 s a kept-alive connection may wait for its next one.
    for (i, stream) in idle.iter_mut().enumerate().take(68) {
        assert!(
            closed_within(stream, Duration::from_secs(8)),
            "connection {i} is still open after {:?}",
            opened.elapsed()
        );
    }
    let waited = opened.elapsed();
    assert!(waited < Duration::from_secs(8), "{waited:?}");

    // With the idle sockets gone, a client is served again.
    let mut served = false;
    for _ in 0..50 {
        if server.connect().call(&key, "ListKeys", &json!({})).status == 200 {
            served = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(served);
    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");
    assert!(rest.lines().count() <= 2, "{rest}");
}

#[test]
fn max_connections_is_lowered_to_fit_the_open_file_limit() {
    let env = TestEnv::new();
    let key = access_key(&env);
    // sh's `ulimit -n` sets the hard limit as well, so serve cannot raise it.
    let limited = |limit: u32, max: &str| {
        let line = format!(
            "ulimit -n {limit} && exec \"$0\" serve --listen 127.0.0.1:0 --max-connections {max}"
        );
        Command::new("sh")
            .args(["-c", &line, bin()])
            .env_clear()
            .envs(env.vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };

    let server = Server::started(limited(1000, "5000"), "127.0.0.1");
    assert_eq!(
        server.connect().call(&key, "ListKeys", &json!({})).status,
        200
    );
    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");
    let lowered = rest.lines().nth(1).unwrap_or_default();
    let to: usize = lowered
        .strip_prefix("kms-local serve: --max-connections lowered from 5000 to ")
        .and_then(|rest| rest.split_once(' '))
        .and_then(|(to, _)| to.parse().ok())
        .unwrap_or_else(|| panic!("{rest}"));
    assert!(to < 1000, "{lowered}");
    assert!(
        lowered.ends_with("the open-file limit (1000); raise it with ulimit -n"),
        "{lowered}"
    );

    // A limit that leaves no room for a connection is refused at start.
    let out = limited(50, "512").wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains("the open-file limit (50) leaves no room for connections"),
        "{stderr}"
    );
    assert!(!stderr.contains("listening on"), "{stderr}");
}

#[test]
fn listening_beyond_loopback_warns_that_other_machines_can_reach_it() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let server = Server::start_on(&env, "0.0.0.0", &[]);
    assert_eq!(
        server.connect().call(&key, "ListKeys", &json!({})).status,
        200
    );
    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");
    let lines: Vec<&str> = rest.lines().collect();
    assert!(lines[0].starts_with("kms-local serve: keystore "), "{rest}");
    assert_eq!(
        lines[1],
        "kms-local serve: WARNING: 0.0.0.0 is not a loopback address: the server is reachable \
         from other machines, over plain HTTP; serve HTTPS with --tls-cert and --tls-key"
    );

    // On loopback, no warning.
    let (status, rest) = Server::start(&env, &[]).stop();
    assert!(status.success(), "{rest}");
    assert!(!rest.contains("WARNING"), "{rest}");
}
