//! Reading the log back: every entry, the whole chain checked, and what the
//! log says of the keystore's write counter (a keystore older than its log).

use super::aside::set_aside_logs;
use super::line::parse_line;
use super::segment;
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

    /// The highest write counter an entry proves was saved.
    pub(super) fn saved(&self) -> u64 {
        self.saved
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
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Seen::default()),
        Err(e) => return Err(e).keystore_context(path, "read the audit log"),
    };
    let len = file
        .metadata()
        .keystore_context(path, "read the audit log")?
        .len();
    seen_in(&file, len).keystore_context(path, "read the audit log")
}

/// What the entries in the last `CHECKED_TAIL` bytes of a log `len` bytes
/// long say of the keystore's write counter (see [`recent_writes`]).
pub(super) fn seen_in(file: &File, len: u64) -> io::Result<Seen> {
    let start = len.saturating_sub(CHECKED_TAIL);
    let mut tail = vec![0; usize::try_from(len - start).map_err(io::Error::other)?];
    file.read_exact_at(&mut tail, start)?;
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

/// Every entry of the current chain, oldest first, across its segments and
/// the live log, without checking tags (for printing). The chain begins at
/// the newest file whose first entry is entry 1; segments before it hold
/// earlier chains (before a reset, restart or rekey) and are not read, as a
/// log set aside is not.
pub fn read(path: &Path) -> Result<Vec<Entry>> {
    let files = segment::history(path)?;
    let start = segment::chain_start(&files)?;
    let mut entries = Vec::new();
    for file in &files[start..] {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).keystore_context(file, "read the audit log"),
        };
        for (n, text) in text.split_terminator('\n').enumerate() {
            let line: Line<'_> = serde_json::from_str(text)
                .map_err(|_| damaged(file, n as u64 + 1, "not an audit line"))?;
            let entry = serde_json::from_str(line.entry.get())
                .map_err(|_| damaged(file, n as u64 + 1, "not an audit entry"))?;
            entries.push(entry);
        }
    }
    Ok(entries)
}

/// What [`verify`] found in a log whose chain holds.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Verified {
    /// How many entries the chain has, across its segments and the live log.
    pub entries: u64,
    /// The segments the chain runs through before the live log, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<String>,
    /// The entries that began this chain anew ([`RESTARTED`], [`RESET`],
    /// [`REKEYED`]).
    pub restarts: Vec<Entry>,
    /// The `AuditSegmentsRemoved` entries: where the kept history begins.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removals: Vec<Entry>,
    /// Segments before the chain's beginning, which hold earlier chains (a
    /// reset, restart or rekey began this one): not checked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earlier_segments: Vec<String>,
    /// Segments the log says retention removed, still there after a crash
    /// (the next rotation removes them): not checked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed_segments_left: Vec<String>,
    /// Logs set aside beside this one by earlier restarts, oldest first.
    pub set_aside: Vec<String>,
}

/// Checks every tag and link of the chain, across its segments in order,
/// that the chain begins where the keystore, a reset or a recorded
/// retention began it, and that the keystore, now at write `writes`, is not
/// older than the log; reports the chain's restarts and removals. An error
/// names the file and line where the chain breaks.
pub fn verify(path: &Path, key: &KeyBytes, writes: u64) -> Result<Verified> {
    let mut verified = Verified {
        set_aside: set_aside_logs(path),
        ..Verified::default()
    };
    let files = segment::history(path)?;
    let start = segment::chain_start(&files)?;
    let (earlier, files) = files.split_at(start);
    verified.earlier_segments = earlier.iter().map(|p| p.display().to_string()).collect();
    // Segments named by the newest removal that a crash left in place lead
    // the history; the kept history begins after them.
    let removal = segment::newest_removal(path, files)?;
    let log_name = segment::log_name(path);
    let left = files
        .iter()
        .take_while(|f| {
            *f != path
                && removal.as_ref().is_some_and(|r| {
                    segment::segment_number(&log_name, &segment::log_name(f))
                        .is_some_and(|n| r.removed.contains(&n))
                })
        })
        .count();
    let (left, files) = files.split_at(left);
    verified.removed_segments_left = left.iter().map(|p| p.display().to_string()).collect();

    let mut last: Option<(u64, [u8; TAG_LEN], &Path)> = None;
    let mut seen = Seen::default();
    for file in files {
        let text = std::fs::read_to_string(file).keystore_context(file, "read the audit log")?;
        if text.is_empty() && file != path {
            return Err(damaged(file, 1, "the segment is empty"));
        }
        if !text.is_empty() && !text.ends_with('\n') {
            return Err(damaged(
                file,
                text.lines().count() as u64,
                "the last line is cut short",
            ));
        }
        for (n, text) in text.split_terminator('\n').enumerate() {
            let at = n as u64 + 1;
            let (entry, tag) = parse_line(key, text)
                .ok_or_else(|| damaged(file, at, "its tag does not verify: the line was edited"))?;
            let begins = BEGINNINGS.contains(&entry.operation.as_str());
            match last {
                None => begin(file, &entry, removal.as_ref(), begins)?,
                Some((seq, prev, before)) => {
                    if entry.seq != seq + 1 {
                        let why = match n {
                            0 => format!(
                                "it is entry {}, and {} ended with entry {seq}: a segment is \
                                 missing, or segments were swapped or renamed",
                                entry.seq,
                                before.display()
                            ),
                            _ => format!(
                                "it is entry {}, not {}: lines were deleted or reordered",
                                entry.seq,
                                seq + 1
                            ),
                        };
                        return Err(damaged(file, at, &why));
                    }
                    if entry.prev != to_hex(&prev) {
                        return Err(damaged(file, at, "it does not follow the line before it"));
                    }
                    let follows = segment::follows(before);
                    if n == 0
                        && (entry.operation != ROTATED
                            || entry.detail.as_deref() != Some(follows.as_str()))
                    {
                        return Err(damaged(
                            file,
                            at,
                            &format!(
                                "it does not begin by naming {}, the segment before it: \
                                 segments were renamed",
                                segment::log_name(before)
                            ),
                        ));
                    }
                }
            }
            seen.add(&entry);
            last = Some((entry.seq, tag, file));
            verified.entries += 1;
            if begins {
                verified.restarts.push(entry);
            } else if entry.operation == SEGMENTS_REMOVED {
                verified.removals.push(entry);
            }
        }
        if file != path {
            verified.segments.push(file.display().to_string());
        }
    }
    if !seen.allows(writes) {
        return Err(rolled_back(path, seen.most(), writes));
    }
    Ok(verified)
}

/// Checks the first entry of the kept history: entry 1 of a chain, where
/// the keystore or a restart began it, or the entry after the segments a
/// removal recorded, naming as its `Prev` the chain value recorded (and
/// only that value).
fn begin(
    file: &Path,
    entry: &Entry,
    removal: Option<&segment::Removal>,
    begins: bool,
) -> Result<()> {
    if entry.seq == 1 && entry.prev == to_hex(&GENESIS) {
        if let (Some(loaded), false) = (entry.loaded(), begins)
            && loaded > 0
        {
            return Err(damaged(
                file,
                1,
                &format!(
                    "the chain begins at the keystore's write {loaded}, not where the keystore \
                     or a reset began it: the log's beginning is missing"
                ),
            ));
        }
        return Ok(());
    }
    match removal {
        Some(r) if entry.prev == r.last_mac => Ok(()),
        Some(_) => Err(damaged(
            file,
            1,
            &format!(
                "it is entry {}, and does not follow the last segment the log says retention \
                 removed: a segment before it is missing",
                entry.seq
            ),
        )),
        None if entry.seq == 1 => Err(damaged(file, 1, "it does not follow the line before it")),
        None => Err(damaged(
            file,
            1,
            &format!(
                "it is entry {}, and no removal is logged: the history's beginning (a segment \
                 before it) is missing",
                entry.seq
            ),
        )),
    }
}

/// The error for a keystore older than its log.
pub fn rolled_back(path: &Path, seen: u64, writes: u64) -> Error {
    Error::keystore(path, KeystoreProblem::RolledBack { seen, writes }).about("audit log")
}
