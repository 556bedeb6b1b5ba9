//! HTTPS for `serve --tls-cert --tls-key`: the certificate chain and its
//! key are read and checked before the server listens, and again at each
//! SIGHUP ([`Tls::reload`]), for one rustls configuration (TLS 1.2 and 1.3
//! on the ring provider, ALPN `http/1.1`, no client certificates); each
//! connection's handshake then runs on the worker that serves it.
//!
//! The key file is a secret: it is read as kms-local reads its own key and
//! passphrase files (`keystore::trust`: yours or root's, not readable or
//! writable by others, bounded in size, into a buffer wiped when dropped).
//! A bad file is refused with an error that names its flag.
//!
//! Nothing here prints.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::{self, PemObject};
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls::{InconsistentKeys, ServerConfig};
use tokio::net::TcpStream;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

use super::handler::Reply;
use crate::error::{Error, Result};
use crate::keystore::trust::{self, Refused, Secret};

/// The most read from a certificate file. A chain is a few KiB; the bound
/// only keeps a wrong path (a device, a huge file) from filling memory.
const CERT_FILE_LIMIT: u64 = 1024 * 1024;
/// The first byte of every TLS connection: the content type of a handshake
/// record (RFC 8446 §5.1).
const HANDSHAKE_RECORD: u8 = 22;

/// The server's side of TLS, ready to accept connections.
#[derive(Clone)]
pub struct Tls {
    acceptor: TlsAcceptor,
    /// What the handshakes present, which [`Tls::reload`] replaces.
    certificate: Arc<Certificate>,
    provider: Arc<CryptoProvider>,
    /// The `--tls-cert` and `--tls-key` files.
    files: Arc<(PathBuf, PathBuf)>,
}

impl fmt::Debug for Tls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tls(..)")
    }
}

impl Tls {
    /// Reads the PEM certificate chain at `cert` (the server's certificate
    /// first) and the PEM private key at `key` (PKCS#8, PKCS#1 RSA or SEC1
    /// EC), and checks that the key is the certificate's.
    pub fn load(cert: &Path, key: &Path) -> Result<Tls> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let certificate = Arc::new(Certificate::new(certified(cert, key, &provider)?));
        let config = config(Arc::clone(&provider), Arc::clone(&certificate))?;
        Ok(Tls {
            acceptor: TlsAcceptor::from(Arc::new(config)),
            certificate,
            provider,
            files: Arc::new((cert.to_owned(), key.to_owned())),
        })
    }

    /// Reads the certificate and key files again, as [`Tls::load`] does, and
    /// presents them from the next handshake on; connections already open
    /// keep theirs. Files that fail a check leave the current ones in place.
    pub fn reload(&self) -> Result<()> {
        let (cert, key) = &*self.files;
        let certified = certified(cert, key, &self.provider)?;
        let mut current = self
            .certificate
            .current
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        *current = Arc::new(certified);
        Ok(())
    }

    /// The `--tls-cert` and `--tls-key` files.
    pub fn files(&self) -> (&Path, &Path) {
        (&self.files.0, &self.files.1)
    }

    /// Reads a new connection's first bytes and, if they open a TLS
    /// handshake, completes it. The caller bounds the time this takes.
    pub(super) async fn open(&self, stream: TcpStream) -> Opened {
        let mut first = [0; 1];
        match stream.peek(&mut first).await {
            Ok(1) if first[0] == HANDSHAKE_RECORD => {}
            Ok(1) => return Opened::PlainHttp(stream),
            _ => return Opened::Failed,
        }
        // A failed handshake (a client that does not trust the certificate,
        // a scanner) ends this connection alone; the client is sent its alert.
        match self.acceptor.accept(stream).await {
            Ok(stream) => Opened::Tls(Box::new(stream)),
            Err(_) => Opened::Failed,
        }
    }
}

/// What a new connection to an HTTPS server turned out to be.
pub(super) enum Opened {
    /// A completed handshake. Boxed: a TLS stream carries its buffers.
    Tls(Box<TlsStream<TcpStream>>),
    /// A client that sent plain HTTP (an endpoint URL written `http://`).
    PlainHttp(TcpStream),
    /// A failed handshake, or a client that closed before sending anything.
    Failed,
}

/// The answer to a plain HTTP request on the HTTPS port. A client whose
/// endpoint says `http://` is told what to change rather than cut off; the
/// reply names no AWS exception, since AWS has none for this, so a client
/// reports the status (the aws CLI: `An error occurred (400)`).
pub(super) fn plain_http_refused() -> Reply {
    let message = "This kms-local serve speaks HTTPS only (it was started with --tls-cert): use \
                   an https:// endpoint URL";
    Reply {
        status: 400,
        error_type: None,
        body: zeroize::Zeroizing::new(
            serde_json::json!({ "message": message })
                .to_string()
                .into_bytes(),
        ),
    }
}

/// The chain at `cert` with the key at `key`, once both pass their checks.
fn certified(cert: &Path, key: &Path, provider: &Arc<CryptoProvider>) -> Result<CertifiedKey> {
    let (_, chain) = pem_certificates("--tls-cert", cert)?;
    let key_der = read_key(key)?;
    // The provider wipes the key's DER once it has parsed it.
    CertifiedKey::from_der(chain, key_der, provider).map_err(|e| match e {
        rustls::Error::InconsistentKeys(InconsistentKeys::KeyMismatch) => input(
            "--tls-key",
            key,
            &format!(
                "it is not the private key of the certificate in {}",
                cert.display()
            ),
        ),
        rustls::Error::InvalidCertificate(e) => input(
            "--tls-cert",
            cert,
            &format!("its first certificate cannot be read: {e}"),
        ),
        other => input("--tls-key", key, &other.to_string()),
    })
}

/// The certificate and key every handshake presents. They sit behind a lock
/// so that a reload (a renewed certificate on SIGHUP, say) can put new ones
/// in place for the next handshakes without a new configuration, keeping its
/// session cache; connections already open keep what they began with.
struct Certificate {
    current: RwLock<Arc<CertifiedKey>>,
}

impl Certificate {
    fn new(certified: CertifiedKey) -> Self {
        Certificate {
            current: RwLock::new(Arc::new(certified)),
        }
    }
}

impl fmt::Debug for Certificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Certificate(..)")
    }
}

impl ResolvesServerCert for Certificate {
    fn resolve(&self, _: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        // Whoever held the lock cannot have left the Arc half-written.
        let current = self.current.read().unwrap_or_else(PoisonError::into_inner);
        Some(Arc::clone(&current))
    }
}

/// TLS 1.3 and 1.2 with the provider's default suites (all AEAD, all with
/// forward secrecy), ALPN `http/1.1`, no client certificates and no 0-RTT
/// data (which could be replayed).
fn config(provider: Arc<CryptoProvider>, certificate: Arc<Certificate>) -> Result<ServerConfig> {
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
        .map_err(|e| Error::Internal(format!("could not set up TLS: {e}")))?
        .with_no_client_auth()
        .with_cert_resolver(certificate);
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// The certificates of the PEM file at `path` (the server's first, for
/// `--tls-cert`), with the file's bytes: a file longer than a chain can be,
/// or with no certificate, is refused, naming `flag`. `migrate`'s
/// `--ca-bundle` is read so too.
pub fn pem_certificates(
    flag: &str,
    path: &Path,
) -> Result<(Vec<u8>, Vec<CertificateDer<'static>>)> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(CERT_FILE_LIMIT + 1).read_to_end(&mut bytes))
        .map_err(|e| input(flag, path, &e.to_string()))?;
    if bytes.len() as u64 > CERT_FILE_LIMIT {
        let message =
            format!("it is longer than {CERT_FILE_LIMIT} bytes, too long for a certificate chain");
        return Err(input(flag, path, &message));
    }
    let chain = CertificateDer::pem_slice_iter(&bytes)
        .collect::<std::result::Result<Vec<_>, pem::Error>>()
        .map_err(|e| input(flag, path, &pem_problem(&e)))?;
    if chain.is_empty() {
        return Err(input(
            flag,
            path,
            "it holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
        ));
    }
    Ok((bytes, chain))
}

/// The private key of the PEM file at `path`, once the file has passed the
/// checks of a secret file.
fn read_key(path: &Path) -> Result<PrivateKeyDer<'static>> {
    // Read as a passphrase file is (a regular file or a pipe, such as a
    // secret store's `<(…)`, up to 64 KiB): a master key file's 1 KiB
    // bound is too small for a PEM RSA key.
    let bytes = trust::read_secret(path, Secret::Passphrase).map_err(|refused| {
        let message = match refused {
            Refused::Untrusted(u) => u.to_string(),
            Refused::Io(e) => e.to_string(),
        };
        input("--tls-key", path, &message)
    })?;
    PrivateKeyDer::from_pem_slice(&bytes).map_err(|e| {
        let message = match e {
            pem::Error::NoItemsFound => "it holds no unencrypted PEM private key (-----BEGIN \
                                         PRIVATE KEY-----, RSA PRIVATE KEY or EC PRIVATE KEY)"
                .to_owned(),
            other => pem_problem(&other),
        };
        input("--tls-key", path, &message)
    })
}

/// A PEM parse failure in words. The parser's own errors quote the lines
/// they stopped at; those of a key file could hold key material, so they
/// are not shown.
fn pem_problem(e: &pem::Error) -> String {
    match e {
        pem::Error::MissingSectionEnd { .. } => "a PEM section has no END line".into(),
        pem::Error::IllegalSectionStart { .. } => "a PEM BEGIN line is malformed".into(),
        pem::Error::Base64Decode(_) => "a PEM section is not valid base64".into(),
        pem::Error::Io(e) => e.to_string(),
        pem::Error::SectionTooLarge => "a PEM section is too large".into(),
        _ => "it is not a valid PEM file".into(),
    }
}

/// A flag's file that cannot be used, reported as the aws CLI reports a
/// parameter it cannot read (exit code 252), before the server listens.
fn input(flag: &str, path: &Path, problem: &str) -> Error {
    Error::Input {
        parameter: flag.to_owned(),
        message: format!("{}: {problem}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;

    use super::*;

    /// A key file of mode 0600 holding `text`, in `dir`.
    fn key_file(dir: &Path, text: &str) -> std::path::PathBuf {
        let path = dir.join("server.key");
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .unwrap();
        file.write_all(text.as_bytes()).unwrap();
        path
    }

    #[test]
    fn a_damaged_key_file_is_refused_without_quoting_it() {
        let secret = "TUlJRXZBSUJBREFOQmdrcWhraUc5dzBCQVFFRkFBU0NCS1l3Z2dTaUFnRUFBb0lCQVFD";
        for (text, problem) in [
            (
                format!("-----BEGIN PRIVATE KEY-----\n{secret}\n"),
                "a PEM section has no END line",
            ),
            (
                format!("-----BEGIN PRIVATE KEY----\n{secret}\n-----END PRIVATE KEY-----\n"),
                "a PEM BEGIN line is malformed",
            ),
            (
                format!("-----BEGIN PRIVATE KEY-----\n{secret}*\n-----END PRIVATE KEY-----\n"),
                "a PEM section is not valid base64",
            ),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let path = key_file(dir.path(), &text);
            let message = read_key(&path).unwrap_err().to_string();
            assert!(message.ends_with(problem), "{message}");
            assert!(
                message.starts_with("Error parsing parameter '--tls-key': "),
                "{message}"
            );
            assert!(!message.contains(&secret[..16]), "{message}");
        }
    }

    #[test]
    fn plain_http_gets_a_400_that_names_no_exception() {
        let reply = plain_http_refused();
        assert_eq!((reply.status, reply.error_type), (400, None));
        let body: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
        assert!(body["message"].as_str().unwrap().contains("https://"));
        assert_eq!(body.get("__type"), None);
    }
}
