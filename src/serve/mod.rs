//! `kms-local serve`: the AWS KMS wire protocol (AWS JSON 1.1 over HTTP/1.1)
//! on a local address, for programs that talk to KMS through an AWS SDK.
//!
//! hyper on a tokio runtime with one worker thread per core. Each worker
//! opens its own handle on the keystore (the keys are unlocked once, before
//! the first request), so workers and other processes meet only at the
//! keystore's locks, as the command line does. Operations run to the end on
//! the worker that took them: a shutdown waits for them and never cuts a
//! write short.

mod handler;
pub mod sigv4;

use std::cell::RefCell;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;

use crate::error::{Error, Result};
use crate::keystore::SharedKeystore;
use crate::ops::{Clock, Kms};
use crate::timestamp::Timestamp;
pub use handler::Admission;
use handler::Reply;

/// The largest request body taken. AWS publishes no limit for KMS; its
/// largest requests (a 32 KB key policy, 50 tags, a 4 KB plaintext, an
/// encryption context) fit many times over.
pub const MAX_BODY: usize = 1024 * 1024;
/// How long a client may take to send a request's headers, and its body.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a shutdown waits for open requests.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// What every request needs.
struct Shared {
    keystore: SharedKeystore,
    clock: Clock,
    admission: Admission,
}

thread_local! {
    /// This worker's handle on the keystore.
    static KMS: RefCell<Option<Kms>> = const { RefCell::new(None) };
}

impl Shared {
    fn now(&self) -> Timestamp {
        match self.clock {
            Clock::System => Timestamp::now(),
            Clock::Fixed(t) => t,
        }
    }

    fn respond(&self, request: &handler::Incoming) -> Reply {
        KMS.with(|cell| {
            let mut slot = cell.borrow_mut();
            let kms = slot.get_or_insert_with(|| Kms::new(self.keystore.open(), self.clock));
            handler::respond(kms, self.admission, request, self.now())
        })
    }
}

/// Serves until SIGTERM or Ctrl-C. `kms` unlocks the keystore first (a
/// passphrase prompt happens here, once). `announce` gets the address bound.
pub fn run(
    kms: Kms,
    listen: SocketAddr,
    admission: Admission,
    announce: impl FnOnce(SocketAddr),
) -> Result<()> {
    let (keystore, clock) = kms.share()?;
    drop(kms);
    let shared = Arc::new(Shared {
        keystore,
        clock,
        admission,
    });
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
        .map_err(|e| Error::Internal(format!("could not start the server's runtime: {e}")))?;
    let listener = std::net::TcpListener::bind(listen)
        .and_then(|l| l.set_nonblocking(true).map(|()| l))
        .map_err(|e| Error::Internal(format!("could not listen on {listen}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Internal(format!("could not listen on {listen}: {e}")))?;
    announce(local);
    runtime.block_on(accept(listener, shared))
}

async fn accept(listener: std::net::TcpListener, shared: Arc<Shared>) -> Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|e| Error::Internal(format!("could not listen: {e}")))?;
    let graceful = GracefulShutdown::new();
    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        // Out of descriptors, say: wait rather than spin.
                        eprintln!("kms-local serve: accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                // Each response goes out in one write; no waiting on Nagle.
                let _ = stream.set_nodelay(true);
                let shared = Arc::clone(&shared);
                let service = service_fn(move |request| handle(request, Arc::clone(&shared)));
                let connection = http1::Builder::new()
                    .timer(TokioTimer::new())
                    .header_read_timeout(READ_TIMEOUT)
                    .serve_connection(TokioIo::new(stream), service);
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = connection.await;
                });
            }
            signal = &mut stop => {
                signal?;
                break;
            }
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN_TIMEOUT) => {
            eprintln!("kms-local serve: some connections were still open after {} s", DRAIN_TIMEOUT.as_secs());
        }
    }
    eprintln!("kms-local serve: stopped");
    Ok(())
}

/// Resolves at SIGTERM or SIGINT.
async fn stop_signal() -> Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let failed = |e: std::io::Error| Error::Internal(format!("could not watch for signals: {e}"));
    let mut term = signal(SignalKind::terminate()).map_err(failed)?;
    let mut interrupt = signal(SignalKind::interrupt()).map_err(failed)?;
    tokio::select! {
        _ = term.recv() => {}
        _ = interrupt.recv() => {}
    }
    Ok(())
}

async fn handle(
    request: Request<Incoming>,
    shared: Arc<Shared>,
) -> std::result::Result<Response<Full<Bytes>>, Infallible> {
    let (parts, body) = request.into_parts();
    let reply = match read_body(body).await {
        Ok(body) => shared.respond(&handler::Incoming {
            method: parts.method.as_str(),
            path: parts.uri.path(),
            query: parts.uri.query().unwrap_or(""),
            headers: &parts.headers,
            body: &body,
        }),
        Err(reply) => reply,
    };
    Ok(response(reply))
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

/// A random request id in AWS's form (a UUID).
fn request_id() -> String {
    let bytes = crate::hsm::random::array::<16>().unwrap_or_default();
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}
