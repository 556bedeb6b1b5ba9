//! `kms-local serve`: the AWS KMS wire protocol (AWS JSON 1.1 over HTTP/1.1)
//! on a local address, for programs that talk to KMS through an AWS SDK.
//!
//! hyper on tokio, one thread per core, each with a single-threaded runtime
//! that serves the connections it is handed (a request never waits for
//! another thread to wake), and one more thread that accepts connections and
//! hands them out in turn. Each worker opens its own handle on the keystore
//! (the keys are unlocked once, before the first request), so workers and
//! other processes meet only at the keystore's locks, as the command line
//! does. Operations run to their end on the worker that took them: a
//! shutdown waits for them and never cuts a write short. Connections are
//! capped below the open-file limit (`budget.rs`), and one that sends no
//! request is closed within seconds, so that idle sockets can neither take
//! the descriptors operations need nor hold the cap for long.
//!
//! SIGHUP reloads the TLS certificate; `GET /health` is the one request
//! answered without a signature, and tells no key data.
//!
//! This module starts the server and answers each request at the HTTP
//! level; `accept.rs` admits connections, `worker.rs` runs the workers,
//! `tls.rs` holds the certificate and runs handshakes when the server
//! speaks HTTPS, `handler.rs` turns a request into an operation and its
//! reply, and `browsers.rs` and `sigv4.rs` decide whom to serve.

mod accept;
mod browsers;
mod budget;
mod handler;
pub mod sigv4;
pub mod tls;
mod worker;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::{Method, Request, Response};

use crate::error::{Error, Result};
use crate::ops::Kms;
use crate::ops::admin::Unhealthy;
pub use handler::Admission;
use handler::Reply;
pub use tls::Tls;
use worker::{Shared, Worker};

/// The largest request body taken: the operations layer's bound on any
/// request, which `batch` puts on a line too.
pub const MAX_BODY: usize = crate::ops::limits::MAX_REQUEST;
/// How long a new connection may take to send its first request's headers,
/// its TLS handshake included. AWS clients send a request as soon as they
/// connect; a connection that sends nothing, or starts a handshake and
/// stalls, is closed soon, so that idle sockets cannot hold the connection
/// cap for long.
const FIRST_REQUEST_TIMEOUT: Duration = Duration::from_secs(3);
/// How long a kept-alive connection may wait for its next request's headers,
/// and how long a request's body may take.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections past the cap that are kept, at most, to be answered
/// ThrottlingException; any more are closed at once, unread.
const THROTTLED_AT_ONCE: usize = 64;
/// How long a shutdown waits for open requests.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);
/// Where a load balancer or a monitor asks whether the server is healthy.
const HEALTH_PATH: &str = "/health";

/// Serves until SIGTERM or Ctrl-C, over HTTPS when `tls` is given. `kms`
/// unlocks the keystore first (a passphrase prompt happens here, once).
/// `announce` gets the address bound.
pub fn run(
    kms: Kms,
    listen: SocketAddr,
    admission: Admission,
    max_connections: usize,
    tls: Option<Tls>,
    announce: impl FnOnce(SocketAddr),
) -> Result<()> {
    let (keystore, clock) = kms.share()?;
    drop(kms);
    let count = std::thread::available_parallelism().map_or(2, |n| n.get());
    let open_files = budget::raise_open_files();
    let asked = max_connections;
    let max_connections = budget::connections(asked, open_files, count, THROTTLED_AT_ONCE)?;
    let shared = Arc::new(Shared {
        keystore,
        clock,
        admission,
        tls,
        unhealthy: std::sync::Mutex::new(None),
    });
    let listener = std::net::TcpListener::bind(listen)
        .and_then(|l| l.set_nonblocking(true).map(|()| l))
        .map_err(|e| Error::Internal(format!("could not listen on {listen}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Internal(format!("could not listen on {listen}: {e}")))?;
    let workers = (0..count)
        .map(|_| Worker::start(Arc::clone(&shared)))
        .collect::<Result<Vec<_>>>()?;
    let runtime = runtime()?;
    // Watched before the address is announced, so that a signal sent as
    // soon as a client reads it stops the server rather than killing it.
    let (stop, reload) = {
        let _entered = runtime.enter();
        (stop_signal()?, reload_signal()?)
    };
    announce(local);
    if let Some(limit) = open_files.filter(|_| max_connections < asked) {
        eprintln!(
            "kms-local serve: --max-connections lowered from {asked} to {max_connections} to fit \
             the open-file limit ({limit}); raise it with ulimit -n"
        );
    }
    let served = runtime.block_on(accept::accept(
        listener,
        &workers,
        max_connections,
        shared.tls.clone(),
        stop,
        reload,
    ));
    for worker in workers {
        worker.stop();
    }
    served?;
    eprintln!("kms-local serve: stopped");
    Ok(())
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Internal(format!("could not start the server's runtime: {e}")))
}

/// Watches for SIGTERM and SIGINT from now on; the future resolves at the
/// first. Called inside the runtime.
fn stop_signal() -> Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let failed = |e: std::io::Error| Error::Internal(format!("could not watch for signals: {e}"));
    let mut term = signal(SignalKind::terminate()).map_err(failed)?;
    let mut interrupt = signal(SignalKind::interrupt()).map_err(failed)?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = interrupt.recv() => {}
        }
    })
}

/// Watches for SIGHUP from now on. Called inside the runtime.
fn reload_signal() -> Result<tokio::signal::unix::Signal> {
    use tokio::signal::unix::{SignalKind, signal};
    signal(SignalKind::hangup())
        .map_err(|e| Error::Internal(format!("could not watch for signals: {e}")))
}

/// What SIGHUP does: the TLS certificate and key are read again, and kept
/// as they were if the new files fail a check. The audit log needs nothing:
/// each append opens it by its path (and rotates it, docs/audit-log.md §7).
/// Connections stay open throughout.
fn reload(tls: Option<&Tls>) {
    let Some(tls) = tls else {
        eprintln!("kms-local serve: SIGHUP: nothing to reload (no --tls-cert)");
        return;
    };
    let (cert, key) = tls.files();
    match tls.reload() {
        Ok(()) => eprintln!(
            "kms-local serve: SIGHUP: reloaded the TLS certificate from {} and its key from {}",
            cert.display(),
            key.display()
        ),
        Err(e) => eprintln!("kms-local serve: SIGHUP: kept the TLS certificate in use: {e}"),
    }
}

async fn handle(
    request: Request<Incoming>,
    shared: Arc<Shared>,
) -> std::result::Result<Response<Full<Bytes>>, Infallible> {
    let (parts, body) = request.into_parts();
    // A request its headers already condemn is answered without its body;
    // one from a web page, before anything else is looked at.
    if let Err(reply) = browsers::screen(shared.admission, &parts.headers, &parts.uri) {
        return Ok(response(reply));
    }
    // The one request answered without credentials, and with no key data.
    if parts.uri.path() == HEALTH_PATH && matches!(parts.method, Method::GET | Method::HEAD) {
        return Ok(health(shared.health(), parts.method == Method::HEAD));
    }
    let caller = match shared.admit(&parts.headers) {
        Ok(caller) => caller,
        Err(reply) => return Ok(response(reply)),
    };
    let (reply, ticket) = match read_body(body).await {
        Ok(body) => shared.respond(
            caller.as_ref(),
            &sigv4::Request {
                method: parts.method.as_str(),
                path: parts.uri.path(),
                query: parts.uri.query().unwrap_or(""),
                headers: &parts.headers,
                body: &body,
            },
        ),
        Err(reply) => return Ok(response(reply)),
    };
    let Some(ticket) = ticket else {
        return Ok(response(reply));
    };
    // Let the thread's other ready requests run first, so that one append
    // logs them all (a group commit); then log, then answer.
    tokio::task::yield_now().await;
    Ok(response(shared.commit(reply, ticket)))
}

/// The whole body, within the size limit and the time limit.
async fn read_body(body: Incoming) -> std::result::Result<Bytes, Reply> {
    let limited = Limited::new(body, MAX_BODY);
    match tokio::time::timeout(READ_TIMEOUT, limited.collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => Err(Reply::error(
            413,
            "ValidationException",
            &format!("The request body is larger than {MAX_BODY} bytes"),
        )),
        Ok(Err(e)) => Err(Reply::error(
            400,
            "SerializationException",
            &format!("The request body could not be read: {e}"),
        )),
        Err(_) => Err(Reply::error(
            408,
            "RequestTimeoutException",
            &format!(
                "The request body did not arrive within {} s",
                READ_TIMEOUT.as_secs()
            ),
        )),
    }
}

fn response(reply: Reply) -> Response<Full<Bytes>> {
    let mut builder = Response::builder()
        .status(reply.status)
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amzn-requestid", request_id());
    if let Some(error_type) = reply.error_type {
        builder = builder.header("x-amzn-errortype", error_type);
    }
    // The body is dropped, and zeroized, once hyper has written it.
    let body = Full::new(Bytes::from_owner(reply.body));
    match builder.body(body) {
        Ok(response) => response,
        Err(_) => {
            let mut response = Response::new(Full::new(Bytes::new()));
            *response.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
            response
        }
    }
}

/// The health check's reply: 200 when the keystore opens and the audit log
/// can take an entry, else 503 naming the part that failed (the operator
/// reads why on the server's stderr). Never cached by a proxy.
fn health(health: std::result::Result<(), Unhealthy>, head: bool) -> Response<Full<Bytes>> {
    let (status, body) = match &health {
        Ok(()) => (200, serde_json::json!({ "Status": "Healthy" })),
        Err(unhealthy) => (
            503,
            serde_json::json!({ "Status": "Unhealthy", "Failing": unhealthy.part() }),
        ),
    };
    let body = match head {
        true => Bytes::new(),
        false => Bytes::from(body.to_string()),
    };
    let built = Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .header("cache-control", "no-store")
        .body(Full::new(body));
    built.unwrap_or_else(|_| {
        let mut response = Response::new(Full::new(Bytes::new()));
        *response.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
        response
    })
}

/// A random request id in AWS's form (a UUID).
fn request_id() -> String {
    let bytes = crate::hsm::random::array::<16>().unwrap_or_default();
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}
