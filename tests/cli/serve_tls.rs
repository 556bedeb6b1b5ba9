//! `serve --tls-cert --tls-key` end to end. Each test makes its own CA and a
//! server certificate it signs (for IP 127.0.0.1 and DNS localhost) with the
//! `openssl` command. The clients are curl, on OpenSSL's TLS, and a rustls
//! client that speaks serve.rs's HTTP/1.1 and signs with its SigV4 helper.

use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ClientConnection, ProtocolVersion, RootCertStore, StreamOwned};
use serde_json::{Value, json};

use crate::common::{TestEnv, b64, openssl, set_mode, unb64};
use crate::serve::{AccessKey, Conn, Server, access_key, closed_within, now, signed};

/// A CA and a server certificate it issued, in a folder of the test's.
struct Pki {
    dir: PathBuf,
    ca: PathBuf,
    cert: PathBuf,
    key: PathBuf,
}

impl Pki {
    fn new(env: &TestEnv) -> Pki {
        let dir = env.path("tls");
        std::fs::create_dir_all(&dir).unwrap();
        let ca = dir.join("ca.pem");
        let ca_key = dir.join("ca.key");
        run_openssl(
            "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
             -subj /CN=kms-local-test-CA",
            &["-keyout", path(&ca_key), "-out", path(&ca)],
        );
        let pki = Pki {
            cert: dir.join("server.pem"),
            key: dir.join("server.key"),
            dir,
            ca,
        };
        pki.issue("server", P256);
        pki
    }

    /// Makes `NAME.key` with openssl's `-newkey` argument and `NAME.pem`,
    /// its certificate signed by the CA; the key's mode is 0600.
    fn issue(&self, name: &str, newkey: &str) -> (PathBuf, PathBuf) {
        let key = self.dir.join(format!("{name}.key"));
        let csr = self.dir.join(format!("{name}.csr"));
        let cert = self.dir.join(format!("{name}.pem"));
        let ext = self.dir.join("server.ext");
        std::fs::write(
            &ext,
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        run_openssl(
            &format!("req -new -nodes -subj /CN=localhost {newkey}"),
            &["-keyout", path(&key), "-out", path(&csr)],
        );
        let ca_key = self.dir.join("ca.key");
        run_openssl(
            "x509 -req -set_serial 2 -days 2",
            &[
                "-in",
                path(&csr),
                "-CA",
                path(&self.ca),
                "-CAkey",
                path(&ca_key),
                "-extfile",
                path(&ext),
                "-out",
                path(&cert),
            ],
        );
        set_mode(&key, 0o600);
        (cert, key)
    }

    /// The flags that serve `cert` with `key`.
    fn flags<'a>(cert: &'a Path, key: &'a Path) -> [&'a str; 4] {
        ["--tls-cert", path(cert), "--tls-key", path(key)]
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The `-newkey` argument of a P-256 key.
const P256: &str = "-newkey ec -pkeyopt ec_paramgen_curve:P-256";

/// Runs `openssl` with the words of `command`, then `paths`.
fn run_openssl(command: &str, paths: &[&str]) {
    let args: Vec<&str> = command
        .split_whitespace()
        .chain(paths.iter().copied())
        .collect();
    let (ok, out) = openssl(&args);
    assert!(ok, "openssl {args:?}: {out}");
}

/// An HTTPS server on 127.0.0.1 with the PKI's certificate.
fn start(env: &TestEnv, pki: &Pki, extra: &[&str]) -> Server {
    let mut args = vec!["serve", "--listen", "127.0.0.1:0"];
    args.extend_from_slice(&Pki::flags(&pki.cert, &pki.key));
    args.extend_from_slice(extra);
    Server::announced(env.spawn(&args), "https://127.0.0.1:")
}

/// A rustls client that trusts `ca` alone and offers TLS `versions`.
fn client(ca: &Path, versions: &[&'static rustls::SupportedProtocolVersion]) -> Arc<ClientConfig> {
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(ca).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let mut config =
        ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_protocol_versions(versions)
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Arc::new(config)
}

/// A TLS connection to `port` that checks the certificate for `name`, once
/// its handshake is done, with the version and ALPN protocol agreed.
fn connect(
    port: u16,
    config: Arc<ClientConfig>,
    name: &str,
) -> Result<(Conn, ProtocolVersion, Option<Vec<u8>>), std::io::Error> {
    let tcp = TcpStream::connect(("127.0.0.1", port))?;
    tcp.set_read_timeout(Some(Duration::from_secs(30)))?;
    let server_name = ServerName::try_from(name.to_owned()).unwrap();
    let mut tls = StreamOwned::new(ClientConnection::new(config, server_name).unwrap(), tcp);
    while tls.conn.is_handshaking() {
        tls.conn.complete_io(&mut tls.sock)?;
    }
    let version = tls.conn.protocol_version().unwrap();
    let alpn = tls.conn.alpn_protocol().map(<[u8]>::to_vec);
    Ok((Conn::over(tls, &format!("{name}:{port}")), version, alpn))
}

/// `curl` with a signed request, the CA's file (if any) and `extra` flags:
/// its exit code, and the status and body of the response.
fn curl(
    port: u16,
    key: &AccessKey,
    ca: Option<&Path>,
    extra: &[&str],
    target: &str,
    body: &Value,
) -> (i32, String) {
    let body = body.to_string();
    let host = format!("127.0.0.1:{port}");
    let mut cmd = std::process::Command::new("curl");
    cmd.args([
        "-sS",
        "--max-time",
        "20",
        "--data-binary",
        "@-",
        "-w",
        "\n%{http_code}",
    ])
    .args(extra)
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    if let Some(ca) = ca {
        cmd.args(["--cacert", path(ca)]);
    }
    for (name, value) in signed(&host, key, now(), target, body.as_bytes()) {
        cmd.args(["-H", &format!("{name}: {value}")]);
    }
    cmd.arg(format!("https://{host}/"));
    let mut child = cmd.spawn().expect("curl is installed");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(body.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn serve_tls_answers_signed_requests_over_tls_1_3_and_1_2() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let kms_key = env.create_key();
    let pki = Pki::new(&env);
    let server = start(&env, &pki, &[]);

    // curl, on OpenSSL, with each version, checking the certificate by IP.
    for versions in [["--tlsv1.3", "--tlsv1.3"], ["--tlsv1.2", "--tls-max"]] {
        let mut extra = versions.to_vec();
        if versions[1] == "--tls-max" {
            extra.push("1.2");
        }
        let request = json!({"KeyId": kms_key, "NumberOfBytes": 32});
        let (code, out) = curl(
            server.port,
            &key,
            Some(&pki.ca),
            &extra,
            "GenerateDataKey",
            &request,
        );
        assert_eq!(code, 0, "{out}");
        let (body, status) = out.rsplit_once('\n').unwrap();
        assert_eq!(status, "200", "{out}");
        let made: Value = serde_json::from_str(body).unwrap();
        let blob = made["CiphertextBlob"].as_str().unwrap();
        let decrypted = env.decrypt(blob, &[]);
        assert_eq!(decrypted.plaintext, made["Plaintext"].as_str().unwrap());
    }

    // rustls, by name, many requests on one kept-alive connection.
    for version in [&rustls::version::TLS13, &rustls::version::TLS12] {
        let config = client(&pki.ca, &[version]);
        let (mut conn, agreed, alpn) = connect(server.port, config, "localhost").unwrap();
        assert_eq!(agreed, version.version);
        assert_eq!(alpn.as_deref(), Some(&b"http/1.1"[..]));
        for i in 0..20 {
            let plaintext = format!("secret {i}");
            let request = json!({"KeyId": kms_key, "Plaintext": b64(plaintext.as_bytes())});
            let reply = conn.call(&key, "Encrypt", &request);
            assert_eq!(
                reply.status,
                200,
                "{}",
                String::from_utf8_lossy(&reply.body)
            );
            let blob = reply.json()["CiphertextBlob"].as_str().unwrap().to_owned();
            assert_eq!(
                unb64(&env.decrypt(&blob, &[]).plaintext),
                plaintext.as_bytes()
            );
        }
    }

    // Refusals are the same as over HTTP.
    let (mut conn, ..) = connect(
        server.port,
        client(&pki.ca, &[&rustls::version::TLS13]),
        "localhost",
    )
    .unwrap();
    let stranger = AccessKey {
        id: "AKIAIOSFODNN7EXAMPLE".into(),
        ..key.clone()
    };
    conn.call(&stranger, "ListKeys", &json!({}))
        .error(400, "UnrecognizedClientException");

    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");
    assert!(rest.contains("stopped"), "{rest}");
    assert!(!rest.contains("WARNING"), "{rest}");
}

#[test]
fn serve_tls_tells_plain_http_to_use_https_and_outlives_failed_handshakes() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let pki = Pki::new(&env);
    let server = start(&env, &pki, &[]);

    // An endpoint URL written http:// gets an answer that says what to change.
    let reply = server.connect().call(&key, "ListKeys", &json!({}));
    assert_eq!(reply.status, 400);
    assert_eq!(reply.header("x-amzn-errortype"), None);
    let message = reply.json()["message"].as_str().unwrap().to_owned();
    assert!(
        message.contains("use an https:// endpoint URL"),
        "{message}"
    );

    // A client that does not trust the CA fails its handshake (curl: 60,
    // certificate problem), and so does one that checks another name.
    let (code, out) = curl(server.port, &key, None, &[], "ListKeys", &json!({}));
    assert_eq!(code, 60, "{out}");
    let elsewhere = TestEnv::new();
    let other = Pki::new(&elsewhere);
    let untrusting = client(&other.ca, &[&rustls::version::TLS13]);
    let refused = connect(server.port, untrusting, "localhost").err().unwrap();
    // (The other CA has the same name, so the signature is what fails.)
    assert!(
        refused.to_string().contains("invalid peer certificate"),
        "{refused}"
    );
    let config = client(&pki.ca, &[&rustls::version::TLS13]);
    let refused = connect(server.port, Arc::clone(&config), "example.com")
        .err()
        .unwrap();
    assert!(
        refused.to_string().contains("not valid for name"),
        "{refused}"
    );

    // A record that starts like a handshake and goes on as garbage.
    let mut garbage = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    garbage
        .write_all(&[22, 3, 1, 0, 5, 0xff, 0xff, 0xff, 0xff, 0xff])
        .unwrap();
    assert!(closed_within(&mut garbage, Duration::from_secs(5)));

    // The server goes on serving, and stops cleanly.
    let (mut conn, ..) = connect(server.port, config, "127.0.0.1").unwrap();
    assert_eq!(conn.call(&key, "ListKeys", &json!({})).status, 200);
    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");
}

#[test]
fn serve_tls_cuts_stalled_handshakes_and_throttles_over_tls_past_the_cap() {
    let env = TestEnv::new();
    let key = access_key(&env);
    let pki = Pki::new(&env);
    let server = start(&env, &pki, &["--max-connections", "1"]);
    let config = client(&pki.ca, &[&rustls::version::TLS13]);

    // One connection that has done its handshake holds the only place...
    let (mut held, ..) = connect(server.port, Arc::clone(&config), "localhost").unwrap();
    assert_eq!(held.call(&key, "ListKeys", &json!({})).status, 200);
    // ...so the next one is answered ThrottlingException, over TLS.
    let (mut next, ..) = connect(server.port, Arc::clone(&config), "localhost").unwrap();
    next.call(&key, "ListKeys", &json!({}))
        .error(400, "ThrottlingException");
    drop(held);

    // A socket that sends nothing, and one that stops inside its handshake,
    // are closed once 3 s have passed without a request.
    let opened = Instant::now();
    let mut silent = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let mut stalled = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stalled.write_all(&[22, 3, 1, 0, 200, 1]).unwrap();
    for stream in [&mut silent, &mut stalled] {
        assert!(closed_within(stream, Duration::from_secs(8)));
    }
    let waited = opened.elapsed();
    assert!(waited < Duration::from_secs(8), "{waited:?}");

    let mut served = false;
    for _ in 0..50 {
        let (mut conn, ..) = connect(server.port, Arc::clone(&config), "localhost").unwrap();
        if conn.call(&key, "ListKeys", &json!({})).status == 200 {
            served = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(served);
    let (status, rest) = server.stop();
    assert!(status.success(), "{rest}");
}

#[test]
fn serve_tls_takes_each_key_format_and_needs_no_warning_beyond_loopback() {
    let env = TestEnv::new();
    let pki = Pki::new(&env);
    // PKCS#8 (the default), SEC1 and PKCS#1 (openssl's -traditional forms),
    // and a key reached through a link.
    let sec1 = pki.dir.join("sec1.key");
    run_openssl("ec", &["-in", path(&pki.key), "-out", path(&sec1)]);
    let (rsa_cert, rsa_key) = pki.issue("rsa", "-newkey rsa:2048");
    let pkcs1 = pki.dir.join("pkcs1.key");
    run_openssl(
        "rsa -traditional",
        &["-in", path(&rsa_key), "-out", path(&pkcs1)],
    );
    let link = pki.dir.join("link.key");
    std::os::unix::fs::symlink(&pki.key, &link).unwrap();
    for file in [&sec1, &pkcs1] {
        set_mode(file, 0o600);
    }
    let config = client(&pki.ca, &[&rustls::version::TLS13, &rustls::version::TLS12]);
    for (cert, key, header) in [
        (&pki.cert, &sec1, "EC PRIVATE KEY"),
        (&rsa_cert, &pkcs1, "RSA PRIVATE KEY"),
        (&rsa_cert, &rsa_key, "PRIVATE KEY"),
        (&pki.cert, &link, "PRIVATE KEY"),
    ] {
        let pem = std::fs::read_to_string(key).unwrap();
        assert!(
            pem.starts_with(&format!("-----BEGIN {header}-----")),
            "{pem}"
        );
        let mut args = vec!["serve", "--listen", "0.0.0.0:0"];
        args.extend_from_slice(&Pki::flags(cert, key));
        let server = Server::announced(env.spawn(&args), "https://0.0.0.0:");
        assert!(connect(server.port, Arc::clone(&config), "localhost").is_ok());
        let (status, rest) = server.stop();
        assert!(status.success(), "{rest}");
        // Over HTTPS, other machines are whom the server is for.
        assert!(!rest.contains("WARNING"), "{rest}");
    }
}

#[test]
fn serve_tls_refuses_bad_files_before_it_listens() {
    let env = TestEnv::new();
    let pki = Pki::new(&env);
    let dir = &pki.dir;
    let (other_cert, _) = pki.issue("other", P256);
    let open = dir.join("open.key");
    std::fs::copy(&pki.key, &open).unwrap();
    set_mode(&open, 0o640);
    let encrypted = dir.join("encrypted.key");
    run_openssl(
        "pkcs8 -topk8 -passout pass:x",
        &["-in", path(&pki.key), "-out", path(&encrypted)],
    );
    set_mode(&encrypted, 0o600);
    let not_pem = dir.join("not-pem");
    std::fs::write(&not_pem, "hello\n").unwrap();
    set_mode(&not_pem, 0o600);
    let missing = dir.join("missing.pem");
    set_mode(&pki.cert, 0o644);
    // Each refusal is one line that names the flag and the file, and
    // nothing listens.
    let refused = |cert: &Path, key: &Path, flag: &str, file: &Path, problem: &str| {
        let mut args = vec!["serve", "--listen", "127.0.0.1:0"];
        args.extend_from_slice(&Pki::flags(cert, key));
        let out = env.run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(252), "{stderr}");
        let line = format!(
            "Error parsing parameter '{flag}': {}: {problem}",
            file.display()
        );
        assert_eq!(stderr, format!("\n{line}\n"));
    };
    let chmod = |mode: &str, file: &Path| {
        format!(
            "permissions {mode} are too open; it must not be readable or writable by others \
             (chmod 600 {})",
            file.display()
        )
    };
    let no_such_file = "No such file or directory (os error 2)";
    refused(&missing, &pki.key, "--tls-cert", &missing, no_such_file);
    refused(&pki.cert, &missing, "--tls-key", &missing, no_such_file);
    refused(&pki.cert, &open, "--tls-key", &open, &chmod("0640", &open));
    // A certificate file is public, and no key file.
    refused(
        &pki.cert,
        &pki.cert,
        "--tls-key",
        &pki.cert,
        &chmod("0644", &pki.cert),
    );
    let mismatch = format!(
        "it is not the private key of the certificate in {}",
        other_cert.display()
    );
    refused(&other_cert, &pki.key, "--tls-key", &pki.key, &mismatch);
    let no_cert = "it holds no PEM certificate (-----BEGIN CERTIFICATE-----)";
    refused(&not_pem, &pki.key, "--tls-cert", &not_pem, no_cert);
    let no_key = "it holds no unencrypted PEM private key (-----BEGIN PRIVATE KEY-----, RSA \
                  PRIVATE KEY or EC PRIVATE KEY)";
    refused(&pki.cert, &encrypted, "--tls-key", &encrypted, no_key);
    refused(&pki.cert, &not_pem, "--tls-key", &not_pem, no_key);

    // One flag without the other is a bad command line.
    for flag in ["--tls-cert", "--tls-key"] {
        let out = env.run(&["serve", flag, path(&pki.key)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(252), "{stderr}");
        assert!(
            stderr.contains("the following required arguments were not provided"),
            "{stderr}"
        );
        assert!(!stderr.contains("listening"), "{stderr}");
    }
}

/// The first certificate the server at `port` presents in a full
/// handshake (a resumed session would show the one it began with).
fn served_certificate(port: u16, config: &ClientConfig) -> Vec<u8> {
    let mut config = config.clone();
    config.resumption = rustls::client::Resumption::disabled();
    let mut tcp = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let name = ServerName::try_from("localhost").unwrap();
    let mut conn = ClientConnection::new(Arc::new(config), name).unwrap();
    while conn.is_handshaking() {
        conn.complete_io(&mut tcp).unwrap();
    }
    conn.peer_certificates().unwrap()[0].to_vec()
}

/// The first certificate of the PEM file at `path`.
fn certificate_in(path: &Path) -> Vec<u8> {
    CertificateDer::pem_file_iter(path)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .to_vec()
}

#[test]
fn sighup_reloads_the_certificate_keeps_it_when_the_new_files_are_bad_and_drops_no_request() {
    use std::sync::atomic::{AtomicBool, Ordering};

    let env = TestEnv::new();
    let pki = Pki::new(&env);
    let key_id = env.create_key();
    let key = access_key(&env);
    let mut server = start(&env, &pki, &[]);
    let port = server.port;
    let config = client(&pki.ca, &[&rustls::version::TLS13, &rustls::version::TLS12]);
    let first = certificate_in(&pki.cert);
    assert_eq!(served_certificate(port, &config), first);

    // Load all along: calls on one kept-alive connection, and each on a new
    // connection too, so that handshakes run while the certificate changes.
    let stop = Arc::new(AtomicBool::new(false));
    let load = {
        let (stop, config, key) = (Arc::clone(&stop), Arc::clone(&config), key.clone());
        std::thread::spawn(move || {
            let body = json!({ "KeyId": key_id, "Plaintext": b64(b"under load") });
            let (mut kept, _, _) = connect(port, Arc::clone(&config), "localhost").unwrap();
            let mut calls = 0;
            while !stop.load(Ordering::Relaxed) {
                assert_eq!(kept.call(&key, "Encrypt", &body).status, 200);
                let (mut fresh, _, _) = connect(port, Arc::clone(&config), "localhost").unwrap();
                assert_eq!(fresh.call(&key, "Encrypt", &body).status, 200);
                calls += 2;
            }
            calls
        })
    };
    let reloaded = |server: &mut Server| server.line_starting(&["kms-local serve: SIGHUP"]);

    // A renewed certificate and key in place of the old, then SIGHUP.
    let (renewed_cert, renewed_key) = pki.issue("renewed", P256);
    std::fs::copy(&renewed_cert, &pki.cert).unwrap();
    std::fs::copy(&renewed_key, &pki.key).unwrap();
    server.signal(rustix::process::Signal::HUP);
    let line = reloaded(&mut server);
    assert!(
        line.starts_with("kms-local serve: SIGHUP: reloaded the TLS certificate from "),
        "{line}"
    );
    let renewed = certificate_in(&renewed_cert);
    assert_ne!(renewed, first);
    assert_eq!(served_certificate(port, &config), renewed);

    // Files that fail a check leave the renewed certificate in place: a
    // certificate that is not PEM, then one whose key is another's.
    std::fs::write(&pki.cert, "not a certificate\n").unwrap();
    server.signal(rustix::process::Signal::HUP);
    let line = reloaded(&mut server);
    assert!(
        line.starts_with("kms-local serve: SIGHUP: kept the TLS certificate in use: "),
        "{line}"
    );
    assert!(line.contains("--tls-cert"), "{line}");
    let (other_cert, _) = pki.issue("other", P256);
    std::fs::copy(&other_cert, &pki.cert).unwrap();
    server.signal(rustix::process::Signal::HUP);
    let line = reloaded(&mut server);
    assert!(
        line.contains("it is not the private key of the certificate"),
        "{line}"
    );
    assert_eq!(served_certificate(port, &config), renewed);

    // More reloads while the load goes on.
    std::fs::copy(&renewed_cert, &pki.cert).unwrap();
    for _ in 0..5 {
        server.signal(rustix::process::Signal::HUP);
        assert!(reloaded(&mut server).contains("reloaded the TLS certificate"));
    }
    stop.store(true, Ordering::Relaxed);
    let calls = load.join().expect("no call failed");
    assert!(calls > 0);
    let (status, _) = server.stop();
    assert!(status.success());
}
