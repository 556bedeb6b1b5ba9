//! `serve`: the AWS KMS wire protocol on a local address.

use std::net::SocketAddr;

use clap::Args;

use crate::cli::Run;
use crate::cli::output::Output;
use crate::error::Result;
use crate::ops::Kms;
use crate::serve::{self, Admission};

/// Serve the AWS KMS API (AWS JSON 1.1 over HTTP) for AWS SDKs and the aws CLI
///
/// Point a client at it with `--endpoint-url http://127.0.0.1:8171` or
/// AWS_ENDPOINT_URL_KMS. Requests must be signed (SigV4, service kms) with a
/// key from `create-access-key`. The keystore is the same one the other
/// commands use, at the same time. The first line on stderr names the
/// address; SIGTERM or Ctrl-C stops the server once open requests are done.
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
    let keystore = kms.keystore_path().to_owned();
    serve::run(
        kms,
        args.listen,
        admission,
        args.max_connections as usize,
        |address| {
            eprintln!("kms-local serve: listening on http://{address}");
            eprintln!("kms-local serve: keystore {}", keystore.display());
            // Lines after the first are for people; scripts read only the first.
            if !address.ip().to_canonical().is_loopback() {
                eprintln!(
                    "kms-local serve: WARNING: {} is not a loopback address: the server is \
                     reachable from other machines, over plain HTTP (no TLS)",
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
