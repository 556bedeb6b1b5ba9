//! Reading the log back: every entry, the whole chain checked, and what the
//! log says of the keystore's write counter (a keystore older than its log).

use super::aside::set_aside_logs;
use super::line::parse_line;
use super::*;

/// What a log says of its keystore's write counter, since the last
/// [`RESTORED`] entry: the highest counter any entry names, and the highest
/// one an entry proves was saved (a read of it, or a later change).
#[derive(Clone, Copy, Debug, Default)]
pub struct Seen {
    most: u64,
    saved: u64,
}

impl Seen {
    fn add(&mut self, entry: &Entry) {
        if let Some(writes) = entry.writes {
            self.note(writes, entry.change, entry.operation == RESTORED);
        }
    }

    /// An entry naming the keystore's write `writes`: a change's, a
    /// restore's, or a read's.
    fn note(&mut self, writes: u64, change: bool, restored: bool) {
        if restored {
            *self = Seen {
                most: writes,
                saved: writes,
            };
            return;
        }
        self.most = self.most.max(writes);
        let saved = match change {
            true => writes.saturating_sub(1),
            false => writes,
        };
        self.saved = self.saved.max(saved);
    }

    /// Whether a keystore at write `writes` can be the one this log has
    /// seen. The log may be one write ahead only where that write was never
    /// seen saved: a crash between logging a change and saving it.
    pub fn allows(&self, writes: u64) -> bool {
        self.most <= writes || (self.most == writes + 1 && self.saved <= writes)
    }

    /// The highest write counter the log names.
    pub fn most(&self) -> u64 {
        self.most
    }
}

/// How much of the log's end [`recent_writes`] reads: the first operation
/// after a rollback finds there the entries made before it.
const CHECKED_TAIL: u64 = 16 * 1024;

/// What the last entries of the log (those in its last `CHECKED_TAIL`
/// bytes) say of the keystore's write counter. Every command that reads the
/// keystore from its file runs this, so it reads only the fields it needs
/// and checks no tag: a tag would protect nothing here, since an edited
/// line stops every append and fails `audit verify` anyway.
pub fn recent_writes(path: &Path) -> Result<Seen> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Seen::default()),
        Err(e) => return Err(e).keystore_context(path, "read the audit log"),
    };
    let len = file
        .metadata()
        .keystore_context(path, "read the audit log")?
        .len();
    let start = len.saturating_sub(CHECKED_TAIL);
    let mut tail = Vec::new();
    io::Seek::seek(&mut file, io::SeekFrom::Start(start))
        .and_then(|_| {
            io::Read::read_to_end(&mut io::Read::take(&mut file, CHECKED_TAIL), &mut tail)
        })
        .keystore_context(path, "read the audit log")?;
    let text = String::from_utf8_lossy(&tail);
    let mut lines = text.split_terminator('\n');
    if start > 0 {
        // The window may begin inside a line.
        lines.next();
    }
    let mut seen = Seen::default();
    let restore = format!("\"Operation\":\"{RESTORED}\"");
    for line in lines {
        if let Some(writes) = number_after(line, "\"Writes\":") {
            let change = line.contains("\"Change\":true");
            let restored = line.contains(&restore);
            seen.note(writes, change, restored);
        }
    }
    Ok(seen)
}

/// The integer after the first `field` in a line. The fields kms-local writes
/// appear once each, and never inside a string, where every quote is escaped.
fn number_after(line: &str, field: &str) -> Option<u64> {
    let rest = &line[line.find(field)? + field.len()..];
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// Every entry, in order, without checking tags (for printing).
pub fn read(path: &Path) -> Result<Vec<Entry>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).keystore_context(path, "read the audit log"),
    };
    let mut entries = Vec::new();
    for (n, text) in text.split_terminator('\n').enumerate() {
        let line: Line<'_> = serde_json::from_str(text)
            .map_err(|_| damaged(path, n as u64 + 1, "not an audit line"))?;
        let entry = serde_json::from_str(line.entry.get())
            .map_err(|_| damaged(path, n as u64 + 1, "not an audit entry"))?;
        entries.push(entry);
    }
    Ok(entries)
}

/// What [`verify`] found in a log whose chain holds.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Verified {
    /// How many entries the chain has.
    pub entries: u64,
    /// The entries that began this chain anew ([`RESTARTED`], [`RESET`],
    /// [`REKEYED`]).
    pub restarts: Vec<Entry>,
    /// Logs set aside beside this one by earlier restarts, oldest first.
    pub set_aside: Vec<String>,
}

/// Checks every tag and link of the chain, that the chain begins where the
/// keystore or the log began, and that the keystore, now at write
/// `writes`, is not older than the log; reports the chain's restarts.
pub fn verify(path: &Path, key: &KeyBytes, writes: u64) -> Result<Verified> {
    let mut verified = Verified {
        set_aside: set_aside_logs(path),
        ..Verified::default()
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(verified),
        Err(e) => return Err(e).keystore_context(path, "read the audit log"),
    };
    if !text.is_empty() && !text.ends_with('\n') {
        return Err(damaged(
            path,
            text.lines().count() as u64,
            "the last line is cut short",
        ));
    }
    let mut prev = GENESIS;
    let mut seen = Seen::default();
    for (n, text) in text.split_terminator('\n').enumerate() {
        let at = n as u64 + 1;
        let (entry, tag) = parse_line(key, text)
            .ok_or_else(|| damaged(path, at, "its tag does not verify: the line was edited"))?;
        if entry.seq != at {
            return Err(damaged(
                path,
                at,
                &format!("it is entry {}: lines were deleted or reordered", entry.seq),
            ));
        }
        if entry.prev != to_hex(&prev) {
            return Err(damaged(path, at, "it does not follow the line before it"));
        }
        let begins = BEGINNINGS.contains(&entry.operation.as_str());
        if let (1, Some(loaded), false) = (at, entry.loaded(), begins)
            && loaded > 0
        {
            return Err(damaged(
                path,
                at,
                &format!(
                    "the chain begins at the keystore's write {loaded}, not where the keystore \
                     or a reset began it: the log's beginning is missing"
                ),
            ));
        }
        seen.add(&entry);
        prev = tag;
        verified.entries = at;
        if begins {
            verified.restarts.push(entry);
        }
    }
    if !seen.allows(writes) {
        return Err(rolled_back(path, seen.most(), writes));
    }
    Ok(verified)
}

/// The error for a keystore older than its log.
pub fn rolled_back(path: &Path, seen: u64, writes: u64) -> Error {
    Error::keystore(path, KeystoreProblem::RolledBack { seen, writes }).about("audit log")
}
