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

mod browsers;
mod budget;
mod handler;
pub mod sigv4;

use std::cell::RefCell;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::{GracefulShutdown, Watcher};

use crate::error::{Error, Result};
use crate::keystore::SharedKeystore;
use crate::ops::{Clock, Kms};
use crate::timestamp::Timestamp;
pub use handler::Admission;
use handler::{Caller, Reply};

/// The largest request body taken. AWS publishes no limit for KMS; its
/// largest requests (a 32 KB key policy, 50 tags, a 4 KB plaintext, an
/// encryption context) fit many times over.
pub const MAX_BODY: usize = 1024 * 1024;
/// How long a new connection may take to send its first request's headers.
/// AWS clients send a request as soon as they connect; a connection that
/// sends nothing is closed soon, so that idle sockets cannot hold the
/// connection cap for long.
const FIRST_REQUEST_TIMEOUT: Duration = Duration::from_secs(3);
/// How long a kept-alive connection may wait for its next request's headers,
/// and how long a request's body may take.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections past the cap that are kept, at most, to be answered
/// ThrottlingException; any more are closed at once, unread.
const THROTTLED_AT_ONCE: usize = 64;
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
    /// This worker's audit group commits.
    static COMMITS: RefCell<Commits> = const { RefCell::new(Commits::new()) };
}

/// Which requests' audit entries have been appended, and with what outcome.
/// A request takes a ticket once its entries are held; the first flush after
/// that appends them with everyone else's, and each request answers with the
/// outcome of the flush that covered its ticket.
struct Commits {
    issued: u64,
    /// The last ticket of the outcomes no longer kept.
    forgotten: u64,
    /// (last ticket covered, error if the append failed), oldest first.
    outcomes: std::collections::VecDeque<(u64, Option<String>)>,
}

/// Outcomes kept: far more than the requests one thread has in flight.
const OUTCOMES_KEPT: usize = 4096;

impl Commits {
    const fn new() -> Self {
        Commits {
            issued: 0,
            forgotten: 0,
            outcomes: std::collections::VecDeque::new(),
        }
    }
}

impl Shared {
    fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Runs `f` with this thread's handle on the keystore. Its audit
    /// entries for reads are held until [`Shared::flush_audit`].
    fn with_kms<T>(&self, f: impl FnOnce(&Kms) -> T) -> T {
        KMS.with(|cell| {
            let mut slot = cell.borrow_mut();
            let kms = slot.get_or_insert_with(|| {
                let kms = Kms::new(self.keystore.open(), self.clock);
                kms.defer_audit();
                kms
            });
            f(kms)
        })
    }

    /// The caller a request's headers name, or the refusal of a request
    /// they already condemn.
    fn admit(&self, headers: &hyper::HeaderMap) -> std::result::Result<Option<Caller>, Reply> {
        self.with_kms(|kms| handler::admit(kms, self.admission, headers))
    }

    /// The reply to `request`, and the ticket of its audit entries when it
    /// left any held (a change is logged before it is saved, and a refused
    /// request logs nothing).
    fn respond(&self, caller: Option<&Caller>, request: &sigv4::Request) -> (Reply, Option<u64>) {
        let (reply, held) = self.with_kms(|kms| {
            let before = kms.held_entries();
            let reply = handler::respond(kms, caller, request, self.now());
            (reply, kms.held_entries() > before)
        });
        let ticket = held.then(|| {
            COMMITS.with(|c| {
                let mut commits = c.borrow_mut();
                commits.issued += 1;
                commits.issued
            })
        });
        (reply, ticket)
    }

    /// `reply` once the audit entries of `ticket` are appended, by this call
    /// or an earlier one; a reply whose entries could not be logged is not
    /// sent.
    fn commit(&self, reply: Reply, ticket: u64) -> Reply {
        let failed = COMMITS.with(|c| {
            let mut commits = c.borrow_mut();
            if ticket <= commits.forgotten {
                // Covered by an outcome no longer kept: assume the worst.
                return Some("the audit log's outcome for this request was lost".into());
            }
            let at = commits.outcomes.partition_point(|(upto, _)| *upto < ticket);
            if let Some((_, failed)) = commits.outcomes.get(at) {
                return failed.clone();
            }
            let upto = commits.issued;
            let failed = self.with_kms(Kms::flush_audit).err().map(|e| e.to_string());
            commits.outcomes.push_back((upto, failed.clone()));
            if commits.outcomes.len() > OUTCOMES_KEPT
                && let Some((upto, _)) = commits.outcomes.pop_front()
            {
                commits.forgotten = upto;
            }
            failed
        });
        match failed {
            None => reply,
            Some(message) => Reply::error(500, "KMSInternalException", &message),
        }
    }
}

/// Serves until SIGTERM or Ctrl-C. `kms` unlocks the keystore first (a
/// passphrase prompt happens here, once). `announce` gets the address bound.
pub fn run(
    kms: Kms,
    listen: SocketAddr,
    admission: Admission,
    max_connections: usize,
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
    let stop = {
        let _entered = runtime.enter();
        stop_signal()?
    };
    announce(local);
    if let Some(limit) = open_files.filter(|_| max_connections < asked) {
        eprintln!(
            "kms-local serve: --max-connections lowered from {asked} to {max_connections} to fit \
             the open-file limit ({limit}); raise it with ulimit -n"
        );
    }
    let served = runtime.block_on(accept(listener, &workers, max_connections, stop));
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

/// A thread with a runtime of its own, serving the connections handed to it
/// from start to end, so that a request never waits for another thread.
struct Worker {
    connections: tokio::sync::mpsc::UnboundedSender<(std::net::TcpStream, Watcher)>,
    thread: std::thread::JoinHandle<()>,
}

impl Worker {
    fn start(shared: Arc<Shared>) -> Result<Worker> {
        let runtime = runtime()?;
        let (connections, mut incoming) =
            tokio::sync::mpsc::unbounded_channel::<(std::net::TcpStream, Watcher)>();
        let thread = std::thread::Builder::new()
            .name("kms-local-serve".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let mut open = tokio::task::JoinSet::new();
                    while let Some((stream, watcher)) = incoming.recv().await {
                        let Ok(stream) = tokio::net::TcpStream::from_std(stream) else {
                            continue;
                        };
                        let shared = Arc::clone(&shared);
                        let started = Arc::new(AtomicBool::new(false));
                        let service = service_fn({
                            let started = Arc::clone(&started);
                            move |request| {
                                started.store(true, Ordering::Relaxed);
                                handle(request, Arc::clone(&shared))
                            }
                        });
                        let connection = http1::Builder::new()
                            .timer(TokioTimer::new())
                            .header_read_timeout(READ_TIMEOUT)
                            .serve_connection(TokioIo::new(stream), service);
                        open.spawn(first_request_within(
                            FIRST_REQUEST_TIMEOUT,
                            started,
                            watcher.watch(connection),
                        ));
                        // Forget connections that have ended.
                        while open.try_join_next().is_some() {}
                    }
                    // Stopped: whatever is still open outlived the drain and
                    // is idle (an operation runs to its end before a task
                    // can be dropped).
                    open.shutdown().await;
                });
            })
            .map_err(|e| Error::Internal(format!("could not start a server thread: {e}")))?;
        Ok(Worker {
            connections,
            thread,
        })
    }

    fn stop(self) {
        drop(self.connections);
        let _ = self.thread.join();
    }
}

/// Serves `connection`, unless its first request's headers have not all
/// arrived within `limit`: then it is dropped, which closes the socket.
/// `started` is set when a request's headers are in. After the first
/// request, hyper's header timeout ([`READ_TIMEOUT`]) bounds each wait.
async fn first_request_within(
    limit: Duration,
    started: Arc<AtomicBool>,
    connection: impl Future<Output = hyper::Result<()>>,
) {
    tokio::pin!(connection);
    tokio::select! {
        _ = &mut connection => return,
        () = tokio::time::sleep(limit) => {}
    }
    if started.load(Ordering::Relaxed) {
        let _ = connection.await;
    }
}

async fn accept(
    listener: std::net::TcpListener,
    workers: &[Worker],
    max_connections: usize,
    stop: impl Future<Output = ()>,
) -> Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|e| Error::Internal(format!("could not listen: {e}")))?;
    let graceful = GracefulShutdown::new();
    let mut throttled = tokio::task::JoinSet::new();
    let mut complaints = Complaints::default();
    tokio::pin!(stop);
    let mut next = 0;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted.and_then(|(stream, _)| {
                    // Each response goes out in one write; no waiting on Nagle.
                    stream.set_nodelay(true)?;
                    stream.into_std()
                }) {
                    Ok(stream) => stream,
                    Err(e) => {
                        // Out of descriptors, say: wait rather than spin,
                        // and say so once a second, not once a try.
                        if let Some(line) = complaints.add(Instant::now(), &e) {
                            eprintln!("{line}");
                        }
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                // Past the cap, a connection gets one ThrottlingException,
                // which SDKs retry after a pause, and is closed. Past that
                // many more, it is closed at once, so that idle sockets
                // cannot take every descriptor.
                if graceful.count() >= max_connections {
                    while throttled.try_join_next().is_some() {}
                    if throttled.len() < THROTTLED_AT_ONCE {
                        throttled.spawn(throttle(stream));
                    }
                    continue;
                }
                let worker = &workers[next % workers.len()];
                next = next.wrapping_add(1);
                if worker.connections.send((stream, graceful.watcher())).is_err() {
                    return Err(Error::Internal("a server thread has stopped".into()));
                }
            }
            () = &mut stop => break,
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN_TIMEOUT) => {
            eprintln!("kms-local serve: some connections were still open after {} s", DRAIN_TIMEOUT.as_secs());
        }
    }
    Ok(())
}

/// Answers one request on a connection over the cap with AWS's throttling
/// error, then closes it.
async fn throttle(stream: std::net::TcpStream) {
    let Ok(stream) = tokio::net::TcpStream::from_std(stream) else {
        return;
    };
    let service = service_fn(|_request: Request<Incoming>| async {
        Ok::<_, Infallible>(response(Reply::error(
            400,
            "ThrottlingException",
            "Rate exceeded: the server has as many connections open as it takes",
        )))
    });
    let connection = http1::Builder::new()
        .keep_alive(false)
        .timer(TokioTimer::new())
        .header_read_timeout(FIRST_REQUEST_TIMEOUT)
        .serve_connection(TokioIo::new(stream), service);
    let _ = tokio::time::timeout(FIRST_REQUEST_TIMEOUT, connection).await;
}

/// Failures to accept a connection, told on stderr at most once a second:
/// a server out of descriptors fails every try, and would otherwise fill
/// the log.
#[derive(Debug, Default)]
struct Complaints {
    /// When the last line was printed.
    told: Option<Instant>,
    /// Failures since then, not told.
    untold: u64,
}

impl Complaints {
    const EVERY: Duration = Duration::from_secs(1);

    /// The line to print for a failure at `now`, if one is due.
    fn add(&mut self, now: Instant, error: &std::io::Error) -> Option<String> {
        if self
            .told
            .is_some_and(|told| now.saturating_duration_since(told) < Self::EVERY)
        {
            self.untold += 1;
            return None;
        }
        let line = match std::mem::take(&mut self.untold) {
            0 => format!("kms-local serve: accept failed: {error}"),
            untold => format!(
                "kms-local serve: accept failed: {error} (failures not shown since the last \
                 message: {untold})"
            ),
        };
        self.told = Some(now);
        Some(line)
    }
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

/// A random request id in AWS's form (a UUID).
fn request_id() -> String {
    let bytes = crate::hsm::random::array::<16>().unwrap_or_default();
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_failures_are_told_at_most_once_a_second_with_a_count() {
        let mut complaints = Complaints::default();
        let error = std::io::Error::from_raw_os_error(24);
        let start = Instant::now();
        let at = |ms| start + Duration::from_millis(ms);
        let first = complaints.add(at(0), &error).unwrap();
        assert!(
            first.starts_with("kms-local serve: accept failed: "),
            "{first}"
        );
        assert!(!first.contains("not shown"), "{first}");
        for ms in (50..1000).step_by(50) {
            assert_eq!(complaints.add(at(ms), &error), None);
        }
        let next = complaints.add(at(1000), &error).unwrap();
        assert!(
            next.ends_with("(failures not shown since the last message: 19)"),
            "{next}"
        );
        assert_eq!(complaints.add(at(1500), &error), None);
        let later = complaints.add(at(5000), &error).unwrap();
        assert!(
            later.ends_with("(failures not shown since the last message: 1)"),
            "{later}"
        );
    }
}
