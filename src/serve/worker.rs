//! The worker threads: each runs a single-threaded runtime that serves the
//! connections handed to it from start to end (their TLS handshakes
//! included), with its own handle on the keystore and its own group commits
//! of the audit log.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::Watcher;

use super::accept::answer_once;
use super::handler::{self, Reply, Signer};
use super::tls::{self, Opened, Tls};
use super::{Admission, FIRST_REQUEST_TIMEOUT, READ_TIMEOUT, handle, runtime, sigv4};
use crate::error::{Error, Result};
use crate::keystore::SharedKeystore;
use crate::ops::admin::Unhealthy;
use crate::ops::{Clock, Kms};
use crate::timestamp::Timestamp;

/// What every request needs.
pub(super) struct Shared {
    pub(super) keystore: SharedKeystore,
    pub(super) clock: Clock,
    pub(super) admission: Admission,
    /// The certificate, when the server speaks HTTPS.
    pub(super) tls: Option<Tls>,
    /// What the last health check found wrong, told on stderr when it changes.
    pub(super) unhealthy: Mutex<Option<Unhealthy>>,
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
    /// entries for reads are held until [`Kms::flush_audit`].
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

    /// Whether the keystore opens and the audit log takes entries. The
    /// operator hears on stderr when that changes, once, not at every poll.
    pub(super) fn health(&self) -> std::result::Result<(), Unhealthy> {
        let health = self.with_kms(Kms::health);
        let mut told = self
            .unhealthy
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let now = health.as_ref().err();
        // By the part that fails: a detail such as the bytes free changes
        // from poll to poll.
        if told.as_ref().map(Unhealthy::part) != now.map(Unhealthy::part) {
            match now {
                Some(unhealthy) => eprintln!("kms-local serve: unhealthy: {}", unhealthy.detail()),
                None => eprintln!("kms-local serve: healthy again"),
            }
            *told = now.cloned();
        }
        health
    }

    /// The caller a request's headers name, or the refusal of a request
    /// they already condemn.
    pub(super) fn admit(
        &self,
        headers: &hyper::HeaderMap,
    ) -> std::result::Result<Option<Signer>, Reply> {
        self.with_kms(|kms| handler::admit(kms, self.admission, headers))
    }

    /// The reply to `request`, and the ticket of its audit entries when it
    /// left any held (a change is logged before it is saved, and a refused
    /// request logs nothing).
    pub(super) fn respond(
        &self,
        caller: Option<&Signer>,
        request: &sigv4::Request,
    ) -> (Reply, Option<u64>) {
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
    pub(super) fn commit(&self, reply: Reply, ticket: u64) -> Reply {
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

/// A thread with a runtime of its own, serving the connections handed to it
/// from start to end, so that a request never waits for another thread.
pub(super) struct Worker {
    pub(super) connections: tokio::sync::mpsc::UnboundedSender<(std::net::TcpStream, Watcher)>,
    thread: std::thread::JoinHandle<()>,
}

impl Worker {
    pub(super) fn start(shared: Arc<Shared>) -> Result<Worker> {
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
                        let started = Arc::new(AtomicBool::new(false));
                        let connection =
                            serve(stream, Arc::clone(&shared), Arc::clone(&started), watcher);
                        open.spawn(first_request_within(
                            FIRST_REQUEST_TIMEOUT,
                            started,
                            connection,
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

    pub(super) fn stop(self) {
        drop(self.connections);
        let _ = self.thread.join();
    }
}

/// Serves one connection, after its TLS handshake when the server speaks
/// HTTPS, and sets `started` when a request's headers are in. `watcher`
/// counts the connection under the cap from the start (a handshake holds a
/// place too) and ends it gracefully on shutdown.
async fn serve(
    stream: tokio::net::TcpStream,
    shared: Arc<Shared>,
    started: Arc<AtomicBool>,
    watcher: Watcher,
) {
    let service = service_fn({
        let shared = Arc::clone(&shared);
        move |request| {
            started.store(true, Ordering::Relaxed);
            handle(request, Arc::clone(&shared))
        }
    });
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(READ_TIMEOUT);
    let Some(tls) = &shared.tls else {
        let _ = watcher
            .watch(http.serve_connection(TokioIo::new(stream), service))
            .await;
        return;
    };
    match tls.open(stream).await {
        Opened::Tls(stream) => {
            let _ = watcher
                .watch(http.serve_connection(TokioIo::new(*stream), service))
                .await;
        }
        Opened::PlainHttp(stream) => answer_once(stream, tls::plain_http_refused).await,
        Opened::Failed => {}
    }
}

/// Serves `connection`, unless its first request's headers (and, over TLS,
/// its handshake) have not all arrived within `limit`: then it is dropped,
/// which closes the socket. `started` is set when a request's headers are
/// in. After the first request, hyper's header timeout ([`READ_TIMEOUT`])
/// bounds each wait.
async fn first_request_within(
    limit: Duration,
    started: Arc<AtomicBool>,
    connection: impl Future<Output = ()>,
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
