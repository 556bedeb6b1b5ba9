//! `serve`: the AWS KMS wire protocol on a local address.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::cli::Run;
use crate::cli::output::Output;
use crate::error::Result;
use crate::ops::Kms;
use crate::serve::{self, Admission, Tls};

/// Serve the AWS KMS API (AWS JSON 1.1 over HTTP or HTTPS) for AWS SDKs and the aws CLI
///
/// Point a client at it with `--endpoint-url http://127.0.0.1:8171` or
/// AWS_ENDPOINT_URL_KMS. Requests must be signed (SigV4, service kms) with a
/// key from `create-access-key`. The keystore is the same one the other
/// commands use, at the same time. The first line on stderr names the
/// address; SIGTERM or Ctrl-C stops the server once open requests are done.
/// With --tls-cert and --tls-key it speaks HTTPS only (TLS 1.2 and 1.3), for
/// clients on other machines; they trust its certificate with AWS_CA_BUNDLE.
/// SIGHUP reloads the certificate and key. GET /health answers, without
/// credentials, whether the keystore opens and the audit log takes entries.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on; port 0 picks a free port
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8171")]
    pub listen: SocketAddr,

    /// Accept every request without checking its signature (throwaway keystores only)
    #[arg(long)]
    pub allow_any_credentials: bool,

    /// Connections served at once; more are answered with ThrottlingException
    #[arg(long, value_name = "N", default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..=65536))]
    pub max_connections: u32,

    /// PEM certificate chain to serve HTTPS with, the server's certificate first
    #[arg(long, value_name = "PATH", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key of --tls-cert (PKCS#8, RSA or EC), readable by you alone
    #[arg(long, value_name = "PATH", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

impl Run for ServeArgs {
    fn operation(&self) -> &'static str {
        "Serve"
    }

    fn run(self, kms: Kms, _: &Output) -> Result<()> {
        run(self, kms)
    }
}

fn run(args: ServeArgs, kms: Kms) -> Result<()> {
    let admission = match args.allow_any_credentials {
        true => Admission::Anyone,
        false => Admission::Signed,
    };
    // Read before the keystore is unlocked (a passphrase prompt) and before
    // anything listens, so that a bad file ends the command at once.
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(Tls::load(cert, key)?),
        _ => None,
    };
    let scheme = match tls {
        Some(_) => "https",
        None => "http",
    };
    let keystore = kms.keystore_path().to_owned();
    serve::run(
        kms,
        args.listen,
        admission,
        args.max_connections as usize,
        tls,
        |address| {
            eprintln!("kms-local serve: listening on {scheme}://{address}");
            eprintln!("kms-local serve: keystore {}", keystore.display());
            // Lines after the first are for people; scripts read only the first.
            // Over HTTPS, other machines are whom the server is for: the
            // listening line says where it is reachable, and nothing is in
            // clear text to warn about.
            if scheme == "http" && !address.ip().to_canonical().is_loopback() {
                eprintln!(
                    "kms-local serve: WARNING: {} is not a loopback address: the server is \
                     reachable from other machines, over plain HTTP; serve HTTPS with \
                     --tls-cert and --tls-key",
                    address.ip()
                );
            }
            if let Admission::Anyone = admission {
                eprintln!(
                    "kms-local serve: WARNING: --allow-any-credentials: requests are NOT \
                 authenticated; anyone who can reach {address} can use every key"
                );
            }
        },
    )
}
