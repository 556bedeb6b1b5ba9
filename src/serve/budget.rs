//! The open-file budget. Every connection holds a descriptor, and so does
//! every file an operation opens (the keystore, its lock file, the audit
//! log, a temporary file): a server that let connections take them all
//! would fail the operations of the clients it does serve, with "Too many
//! open files". So `serve` raises its soft open-file limit as far as the
//! hard limit allows, and serves no more connections than fit below it with
//! room left for everything else. Nothing here reads a connection.

use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};

use crate::error::{Error, Result};

/// Descriptors the process holds whatever its connections: the standard
/// streams, the listener, the accepting thread's runtime and the signal
/// pipe, with room to spare.
const FIXED: u64 = 64;
/// Descriptors each worker thread may hold: its runtime's, its handle on
/// the keystore, and during an operation the lock file, the audit log, a
/// temporary file, the keystore's folder and the key file.
const PER_WORKER: u64 = 12;
/// The soft limit asked for when the hard limit is unlimited: macOS refuses
/// a soft limit above `OPEN_MAX` (10240) even then.
const WHEN_UNLIMITED: u64 = 10240;

/// Raises the soft open-file limit to the hard limit, and returns the limit
/// in force afterwards (`None`: unlimited). A limit that cannot be raised is
/// kept as it is; [`connections`] then fits the server under it.
pub fn raise_open_files() -> Option<u64> {
    let limit = getrlimit(Resource::Nofile);
    let current = limit.current?;
    let target = limit.maximum.unwrap_or(WHEN_UNLIMITED);
    if current >= target {
        return Some(current);
    }
    let raised = Rlimit {
        current: Some(target),
        maximum: limit.maximum,
    };
    match setrlimit(Resource::Nofile, raised) {
        Ok(()) => Some(target),
        Err(_) => Some(current),
    }
}

/// How many connections to serve at once: `asked`, or fewer if `asked`
/// connections, `throttled` more being refused, and what `workers` threads
/// and the process hold besides would not fit under `limit`. An error when
/// not even one connection fits.
pub fn connections(
    asked: usize,
    limit: Option<u64>,
    workers: usize,
    throttled: usize,
) -> Result<usize> {
    let Some(limit) = limit else {
        return Ok(asked);
    };
    let held = FIXED
        .saturating_add(PER_WORKER.saturating_mul(workers as u64))
        .saturating_add(throttled as u64);
    let room = usize::try_from(limit.saturating_sub(held)).unwrap_or(usize::MAX);
    match room {
        0 => Err(Error::Internal(format!(
            "the open-file limit ({limit}) leaves no room for connections: \
             serving takes {held} files before the first one; raise it with ulimit -n"
        ))),
        room => Ok(asked.min(room)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_fit_under_the_open_file_limit() {
        // 64 + 12 × 2 + 64 = 152 held before any connection.
        assert_eq!(connections(512, Some(1024), 2, 64).unwrap(), 512);
        assert_eq!(connections(512, Some(400), 2, 64).unwrap(), 248);
        assert_eq!(connections(512, Some(153), 2, 64).unwrap(), 1);
        assert!(connections(512, Some(152), 2, 64).is_err());
        assert!(connections(512, Some(10), 2, 64).is_err());
        assert_eq!(connections(512, None, 64, 64).unwrap(), 512);
    }

    #[test]
    fn the_soft_limit_is_raised_to_the_hard_limit() {
        let limit = raise_open_files();
        let after = getrlimit(Resource::Nofile);
        assert_eq!(limit, after.current);
        if let (Some(current), Some(maximum)) = (after.current, after.maximum) {
            assert_eq!(current, maximum);
        }
    }
}
