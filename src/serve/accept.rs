//! The accepting thread: it takes each new connection and hands it to the
//! workers in turn, up to the connection cap; past the cap it answers
//! ThrottlingException (after the TLS handshake, on an HTTPS server), and on
//! a stop signal it drains the open connections.

use std::convert::Infallible;
use std::time::{Duration, Instant};

use hyper::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;

use super::handler::Reply;
use super::tls::{self, Opened, Tls};
use super::worker::Worker;
use super::{DRAIN_TIMEOUT, FIRST_REQUEST_TIMEOUT, THROTTLED_AT_ONCE, response};
use crate::error::{Error, Result};

/// Accepts connections until `stop`, then gives the open ones at most
/// [`DRAIN_TIMEOUT`] to end. Each `reload` signal reloads the certificate.
pub(super) async fn accept(
    listener: std::net::TcpListener,
    workers: &[Worker],
    max_connections: usize,
    tls: Option<Tls>,
    stop: impl Future<Output = ()>,
    mut reload: tokio::signal::unix::Signal,
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
                        throttled.spawn(throttle(stream, tls.clone()));
                    }
                    continue;
                }
                let worker = &workers[next % workers.len()];
                next = next.wrapping_add(1);
                if worker.connections.send((stream, graceful.watcher())).is_err() {
                    return Err(Error::Internal("a server thread has stopped".into()));
                }
            }
            Some(()) = reload.recv() => super::reload(tls.as_ref()),
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
/// error, then closes it. On an HTTPS server the handshake comes first,
/// here on the accepting thread: at most [`THROTTLED_AT_ONCE`] at a time,
/// each within [`FIRST_REQUEST_TIMEOUT`] with the request.
async fn throttle(stream: std::net::TcpStream, tls: Option<Tls>) {
    let Ok(stream) = tokio::net::TcpStream::from_std(stream) else {
        return;
    };
    let answer = async move {
        let Some(tls) = tls else {
            return answer_once(stream, throttled).await;
        };
        match tls.open(stream).await {
            Opened::Tls(stream) => answer_once(*stream, throttled).await,
            Opened::PlainHttp(stream) => answer_once(stream, tls::plain_http_refused).await,
            Opened::Failed => {}
        }
    };
    let _ = tokio::time::timeout(FIRST_REQUEST_TIMEOUT, answer).await;
}

fn throttled() -> Reply {
    Reply::error(
        400,
        "ThrottlingException",
        "Rate exceeded: the server has as many connections open as it takes",
    )
}

/// Reads one request on `io`, answers it with `reply()` whatever it asked,
/// and closes the connection. The caller bounds the time this takes.
pub(super) async fn answer_once<I>(io: I, reply: fn() -> Reply)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |_request: Request<Incoming>| async move {
        Ok::<_, Infallible>(response(reply()))
    });
    let _ = http1::Builder::new()
        .keep_alive(false)
        .timer(TokioTimer::new())
        .header_read_timeout(FIRST_REQUEST_TIMEOUT)
        .serve_connection(TokioIo::new(io), service)
        .await;
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
