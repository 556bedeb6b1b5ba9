//! The audit log: one JSON line per operation, beside the keystore, what
//! CloudTrail records for KMS (time, operation, key, encryption-context
//! keys, success or the exception), never a secret. Each line carries
//! HMAC-SHA256 over its entry under a key derived from the keystore's KEK,
//! and each entry names the previous line's tag, so an edited, deleted or
//! reordered line breaks the chain. The spec is docs/audit-log.md.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{FileExt, MetadataExt, OpenOptionsExt};
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::{Error, IoResultExt, KeystoreProblem, Result};
use crate::hsm::mac::{self, TAG_LEN};
use crate::hsm::secret::KeyBytes;
use crate::ids::to_hex;
use crate::keystore::persist::{self, LockKind};
use crate::keystore::trust;
use crate::timestamp::Timestamp;

mod aside;
mod check;
mod line;
mod segment;
mod writable;

use aside::set_aside;
pub use aside::{begin_anew, reset};
pub use check::{Seen, Verified, read, recent_writes, rolled_back, verify};
use line::{TimeText, parse_line, push_line};
pub use segment::Rotation;
use segment::{ROTATED, SEGMENTS_REMOVED};
pub use writable::writable;

/// The `Prev` of the first entry.
const GENESIS: [u8; TAG_LEN] = [0; TAG_LEN];

/// One audited event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Entry {
    /// 1 for the first line, then one more for each.
    pub seq: u64,
    /// When it happened, ISO 8601 in UTC.
    pub time: String,
    pub operation: String,
    /// The key ARN, or the key as the request named it when it could not be resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// The key a ciphertext came from (ReEncrypt).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_key_id: Option<String>,
    /// The encryption context's keys (its values are not recorded).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub encryption_context_keys: Vec<String>,
    /// `Success`, or the exception's name.
    pub result: String,
    /// What else there is to say: for `AuditLogRestarted`, where the old log went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The access key that signed the request (`serve`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// The keystore's write counter: as the operation read it, or for a
    /// change, as the change makes it. Absent from entries written before
    /// the counter existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writes: Option<u64>,
    /// Whether the entry was logged by a change, before it was saved.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub change: bool,
    /// The previous line's tag, hex; zeros for the first line.
    pub prev: String,
}

impl Entry {
    /// The write counter of the keystore the operation read, if recorded.
    fn loaded(&self) -> Option<u64> {
        self.writes.map(|w| w - u64::from(self.change && w > 0))
    }
}

/// What an operation reports to the log.
#[derive(Clone, Debug)]
pub struct Event {
    pub time: Timestamp,
    pub operation: &'static str,
    pub key_id: Option<String>,
    pub source_key_id: Option<String>,
    pub encryption_context_keys: Vec<String>,
    pub result: &'static str,
    /// The access key that signed the request (`serve`), if any.
    pub access_key_id: Option<String>,
    /// The keystore's write counter: as read, or for a change as it makes it.
    pub writes: u64,
    /// Logged by a change, before it is saved.
    pub change: bool,
}

impl Event {
    /// The write counter of the keystore the operation read.
    fn loaded(&self) -> u64 {
        self.writes - u64::from(self.change && self.writes > 0)
    }
}

/// A line as stored: the entry's exact bytes, and their tag.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Line<'a> {
    #[serde(borrow)]
    entry: &'a RawValue,
    mac: String,
}

fn damaged(path: &Path, line: u64, why: &str) -> Error {
    Error::keystore(path, KeystoreProblem::Failed(format!("line {line}: {why}"))).about(AUDIT_LOG)
}

/// How errors name the log.
const AUDIT_LOG: &str = "audit log";

/// Opens the log and locks it, making sure the lock is on the file that is
/// at `path` now (another process may have just set the old one aside).
/// A log that is a link, another user's, or writable by others is refused:
/// it could send the lines elsewhere, or be changed under us (see
/// [`trust`]). Waits at most `wait` for the lock. Returns the file and its
/// length.
fn open_locked(path: &Path, wait: Duration) -> Result<(File, u64)> {
    let context = format!("audit log {}: open", path.display());
    let io = |e| Error::io(path, &context, e);
    loop {
        let file = trust::open_own(
            path,
            OpenOptions::new()
                .create(true)
                .append(true)
                .read(true)
                .mode(0o600),
        )
        .map_err(|r| r.into_error(AUDIT_LOG, path, io))?;
        if !persist::lock_within(&file, LockKind::Exclusive, wait).map_err(io)? {
            let timeout = KeystoreProblem::LockTimeout {
                waited: wait.as_secs(),
                lock: path.to_owned(),
            };
            return Err(Error::keystore(path, timeout).about(AUDIT_LOG));
        }
        let held = file.metadata().map_err(io)?;
        // Not following a link: one put here now is not the file we hold.
        match std::fs::symlink_metadata(path) {
            Ok(now) if now.ino() == held.ino() && now.dev() == held.dev() => {
                return Ok((file, held.len()));
            }
            Ok(_) => continue,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io(e)),
        }
    }
}

/// The first entry of a log that a crash had left with a torn last line.
pub const RESTARTED: &str = "AuditLogRestarted";

/// The first entry of a log started by `audit reset`.
pub const RESET: &str = "AuditLogReset";

/// The keystore was restored, on purpose, to an older copy than its log has
/// seen (`keystore restore`): the write counter goes back.
pub const RESTORED: &str = "RestoreKeystore";

/// The first entry of a log started by `keystore rekey`: the keystore is
/// sealed under a new KEK, so its log's key is new and the old chain cannot
/// go on.
pub const REKEYED: &str = "RekeyKeystore";

/// The entries that begin a chain anew.
const BEGINNINGS: [&str; 3] = [RESTARTED, RESET, REKEYED];

/// How an append treats what the log holds already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Extend the chain of this keystore; refuse a log this key cannot
    /// vouch for.
    Continue,
    /// A new keystore's first entries: a log at its path cannot be under its
    /// key, so it is set aside and a new chain starts.
    Start,
}

/// Appends one entry, chained to the last line. Lines are written whole,
/// with one call, under an exclusive lock on the log.
///
/// A last line cut short (a crash during a write: lines are written whole,
/// so only a crash leaves one) is not extended: the log is renamed aside,
/// kept as evidence, and a new log starts with an [`RESTARTED`] entry naming
/// it. A complete last line that does not verify is tampering, or another
/// keystore's log: the append fails, naming the line, until [`reset`].
///
/// A live log due to close under `rotation` becomes a segment first, and the
/// new live log goes on with the chain (docs/audit-log.md §7).
pub fn append(
    path: &Path,
    wait: Duration,
    key: &KeyBytes,
    event: Event,
    rotation: Rotation,
) -> Result<()> {
    append_all(path, wait, key, &[event], Mode::Continue, rotation)
}

/// Appends entries in order, under one lock and with one write of the
/// whole batch (see [`append`]).
pub fn append_all(
    path: &Path,
    wait: Duration,
    key: &KeyBytes,
    events: &[Event],
    mode: Mode,
    rotation: Rotation,
) -> Result<()> {
    append_with(path, wait, key, events, mode, None, rotation)
}

/// Appends one entry with a `Detail` (see [`append`]).
pub fn append_detailed(
    path: &Path,
    wait: Duration,
    key: &KeyBytes,
    event: &Event,
    detail: &str,
    rotation: Rotation,
) -> Result<()> {
    append_with(
        path,
        wait,
        key,
        std::slice::from_ref(event),
        Mode::Continue,
        Some(detail),
        rotation,
    )
}

fn append_with(
    path: &Path,
    wait: Duration,
    key: &KeyBytes,
    events: &[Event],
    mode: Mode,
    detail: Option<&str>,
    rotation: Rotation,
) -> Result<()> {
    let Some(first) = events.first() else {
        return Ok(());
    };
    let context = |what: &str| format!("audit log {}: {what}", path.display());
    let (mut file, len) = open_locked(path, wait)?;
    let tail = tail(&file, len).keystore_context(path, &context("read"))?;
    let tagger = mac::Tagger::new(key);
    let mut times = TimeText::default();
    let mut lines = Vec::new();
    let chained = match &tail {
        Tail::Empty => Some((0, GENESIS)),
        Tail::Line(text) => match parse_line(key, text) {
            Some((entry, tag)) => Some((entry.seq, tag)),
            None if mode == Mode::Start => None,
            None => return Err(unvouched(path, text)),
        },
        Tail::Torn => None,
    };
    let (mut seq, mut prev) = match chained {
        Some((seq, prev))
            if matches!(tail, Tail::Line(_)) && segment::due(&file, len, first.time, rotation) =>
        {
            let closing = segment::Closing {
                seq,
                prev,
                events,
                detail,
            };
            return segment::rotate(path, &file, len, key, closing, rotation);
        }
        Some(chained) => chained,
        None => {
            let aside = set_aside(path).keystore_context(path, &context("set aside"))?;
            file = open_locked(path, wait)?.0;
            let restart = marker(RESTARTED, first.time, first.loaded());
            let tag = push_line(
                &mut lines,
                &mut times,
                &tagger,
                &restart,
                1,
                GENESIS,
                Some(&aside),
            )?;
            (1, tag)
        }
    };
    for event in events {
        seq += 1;
        prev = push_line(&mut lines, &mut times, &tagger, event, seq, prev, detail)?;
    }
    file.write_all(&lines)
        .keystore_context(path, &context("write"))
}

/// `lines` written to a new temporary file beside the log at `path` and
/// synced: a whole new log, to be renamed over the live one.
fn staged(path: &Path, lines: &[u8]) -> Result<tempfile::NamedTempFile> {
    let context = format!("audit log {}: write", path.display());
    let mut temp =
        tempfile::NamedTempFile::new_in(persist::parent(path)).keystore_context(path, &context)?;
    temp.write_all(lines)
        .and_then(|()| temp.as_file().sync_all())
        .keystore_context(path, &context)?;
    Ok(temp)
}

/// An entry about the log or the keystore itself.
pub fn marker(operation: &'static str, time: Timestamp, writes: u64) -> Event {
    Event {
        time,
        operation,
        key_id: None,
        source_key_id: None,
        encryption_context_keys: Vec::new(),
        result: "Success",
        access_key_id: None,
        writes,
        change: false,
    }
}

/// The error for a complete last line that does not verify.
fn unvouched(path: &Path, text: &str) -> Error {
    let entry = serde_json::from_str::<Line<'_>>(text)
        .ok()
        .and_then(|line| serde_json::from_str::<Entry>(line.entry.get()).ok());
    let which = entry.as_ref().map_or_else(
        || "its last line".to_owned(),
        |e| format!("its last line (entry {})", e.seq),
    );
    // A chain of one RekeyKeystore entry under another key is what a rekey
    // leaves when it stops after its log and before its keystore (or what a
    // reader that opened the keystore just before a rekey finds after it).
    let why = match entry {
        Some(e) if e.seq == 1 && e.operation == REKEYED => {
            "it begins the chain of a `kms-local keystore rekey` to another key. If the \
             keystore still opens with this key, that rekey stopped before it saved the \
             keystore: run it again to finish it, or `kms-local audit reset` to stay under \
             this key"
        }
        _ => {
            "it was edited, or the log is another keystore's. `kms-local audit verify` shows \
             where the chain breaks; `kms-local audit reset` sets the log aside and starts a \
             new chain"
        }
    };
    Error::keystore(
        path,
        KeystoreProblem::Failed(format!(
            "{which} does not verify under this keystore's key: {why}"
        )),
    )
    .about(AUDIT_LOG)
}

/// How a log ends.
enum Tail {
    /// No line at all.
    Empty,
    /// A complete last line, without its newline.
    Line(String),
    /// A last line with no newline: a write cut short.
    Torn,
}

/// The end of a log `len` bytes long, read from the end so that a long log
/// costs little: one read of the last 4 KiB, usually.
fn tail(file: &File, len: u64) -> io::Result<Tail> {
    let mut window = 4096u64;
    loop {
        let start = len.saturating_sub(window);
        let mut tail = vec![0; usize::try_from(len - start).map_err(io::Error::other)?];
        file.read_exact_at(&mut tail, start)?;
        let Some(body) = tail.strip_suffix(b"\n") else {
            return Ok(if len == 0 { Tail::Empty } else { Tail::Torn });
        };
        match body.iter().rposition(|&b| b == b'\n') {
            Some(at) => return Ok(Tail::Line(String::from_utf8_lossy(&body[at + 1..]).into())),
            None if start == 0 => return Ok(Tail::Line(String::from_utf8_lossy(body).into())),
            None => window *= 4,
        }
    }
}

#[cfg(test)]
mod tests;
