//! Segments: the live log closed under its lock, renamed `<log>.<N>`, and
//! a new live log that goes on with the same chain; the files a history is
//! made of; and retention, which removes old segments and logs that it did.
//! The spec is docs/audit-log.md §7.

use std::path::PathBuf;

use super::check::seen_in;
use super::line::{TimeText, parse_line, push_line};
use super::*;

/// The first entry of a live log that follows a segment: it continues the
/// chain (`Seq` and `Prev`), and its `Detail` names the segment before it.
pub const ROTATED: &str = "AuditLogRotated";

/// Segments removed by retention: `Detail` names them and the last `Mac` of
/// the newest one, where the kept history's chain goes on from.
pub const SEGMENTS_REMOVED: &str = "AuditSegmentsRemoved";

/// When the live log becomes a segment, and how long segments are kept.
/// The caller reads it from the keystore's settings; the log knows nothing
/// else of the keystore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rotation {
    /// The live log closes once it is at least this long, in bytes.
    pub max_bytes: u64,
    /// The live log closes once its first entry is this many days old.
    pub max_age_days: u32,
    /// At a rotation, segments whose newest entry is this many days old are
    /// removed, oldest first; `None` keeps them all.
    pub retention_days: Option<u32>,
}

impl Rotation {
    /// The live log never closes (a log with no settings to follow).
    pub const NEVER: Rotation = Rotation {
        max_bytes: u64::MAX,
        max_age_days: u32::MAX,
        retention_days: None,
    };
}

/// The number of a segment of the log named `log_name`, from its file's
/// name `<log_name>.<N>`: N in decimal from 1, digits only (no sign, no
/// leading zero), so that each segment has exactly one name.
pub(super) fn segment_number(log_name: &str, file: &str) -> Option<u64> {
    let digits = file.strip_prefix(log_name)?.strip_prefix('.')?;
    if digits.is_empty() || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The log's file name, as its segments' names begin and markers name them.
pub(super) fn log_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `<log>.<n>`.
pub(super) fn segment_path(path: &Path, n: u64) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{n}"));
    PathBuf::from(name)
}

/// The segments beside the log, by number.
pub(super) fn segments(path: &Path) -> io::Result<Vec<(u64, PathBuf)>> {
    let name = log_name(path);
    let entries = match std::fs::read_dir(persist::parent(path)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry?;
        let file = entry.file_name();
        if let Some(n) = file.to_str().and_then(|f| segment_number(&name, f)) {
            found.push((n, segment_path(path, n)));
        }
    }
    found.sort();
    Ok(found)
}

/// Whether two names are one file.
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.ino() == b.ino() && a.dev() == b.dev()
}

/// The files of the log's history, oldest first: its segments, then the
/// live log if there is one. A newest segment that is a second name of the
/// live log (a rotation stopped after linking it, before the new live log
/// took its place) is the live log still, and is left out.
pub(super) fn history(path: &Path) -> Result<Vec<PathBuf>> {
    let context = "list the audit log's segments";
    let mut files: Vec<PathBuf> = segments(path)
        .keystore_context(path, context)?
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    let live = match std::fs::symlink_metadata(path) {
        Ok(live) => Some(live),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e).keystore_context(path, context),
    };
    if let Some(live) = live {
        if let Some(newest) = files.last()
            && std::fs::symlink_metadata(newest).is_ok_and(|m| same_file(&m, &live))
        {
            files.pop();
        }
        files.push(path.to_owned());
    }
    Ok(files)
}

/// The first entry of a file, read without checking its tag.
pub(super) fn first_entry(path: &Path) -> Result<Option<Entry>> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).keystore_context(path, "read the audit log"),
    };
    let mut text = String::new();
    io::BufRead::read_line(&mut io::BufReader::new(file), &mut text)
        .keystore_context(path, "read the audit log")?;
    Ok(entry_of(text.trim_end_matches('\n')))
}

/// The entry of a line, its tag unchecked.
pub(super) fn entry_of(text: &str) -> Option<Entry> {
    let line: Line<'_> = serde_json::from_str(text).ok()?;
    serde_json::from_str(line.entry.get()).ok()
}

/// Where the current chain begins in `files`: at the newest file whose
/// first entry is entry 1 (a new keystore, or a reset, restart or rekey);
/// the files before it hold earlier chains. With none, every file.
pub(super) fn chain_start(files: &[PathBuf]) -> Result<usize> {
    for (at, file) in files.iter().enumerate().rev() {
        if first_entry(file)?.is_some_and(|e| e.seq == 1) {
            return Ok(at);
        }
    }
    Ok(0)
}

/// The segment a rotation marker says it follows.
fn followed(log_name: &str, entry: &Entry) -> Option<u64> {
    let detail = entry.detail.as_deref()?.strip_prefix("follows ")?;
    (entry.operation == ROTATED)
        .then(|| segment_number(log_name, detail))
        .flatten()
}

/// The `Detail` of a rotation marker that follows `segment`.
pub(super) fn follows(segment: &Path) -> String {
    format!("follows {}", log_name(segment))
}

/// What an [`SEGMENTS_REMOVED`] entry records.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Removal {
    /// The removed segments' numbers.
    pub(super) removed: Vec<u64>,
    /// The last `Mac` of the newest one, hex: the kept history's first
    /// entry names it as its `Prev`.
    pub(super) last_mac: String,
}

impl Removal {
    fn detail(&self, path: &Path, days: u32) -> String {
        let names: Vec<String> = self
            .removed
            .iter()
            .map(|&n| log_name(&segment_path(path, n)))
            .collect();
        let newest = names.last().map_or("", String::as_str);
        format!(
            "removed {}, whose newest entries were {days} days old or more; the last Mac of \
             {newest} was {}",
            names.join(", "),
            self.last_mac
        )
    }

    /// Reads a removal's `Detail` back.
    pub(super) fn parse(log_name: &str, detail: &str) -> Option<Removal> {
        let (names, rest) = detail
            .strip_prefix("removed ")?
            .split_once(", whose newest")?;
        let (_, last_mac) = rest.rsplit_once(" was ")?;
        let removed = names
            .split(", ")
            .map(|n| segment_number(log_name, n))
            .collect::<Option<Vec<u64>>>()?;
        let hex_ok =
            last_mac.len() == 2 * TAG_LEN && last_mac.bytes().all(|b| b.is_ascii_hexdigit());
        hex_ok.then(|| Removal {
            removed,
            last_mac: last_mac.to_owned(),
        })
    }
}

/// The newest removal recorded in `files`, read without checking tags (the
/// caller checks every line after).
pub(super) fn newest_removal(path: &Path, files: &[PathBuf]) -> Result<Option<Removal>> {
    let name = log_name(path);
    let needle = format!("\"Operation\":\"{SEGMENTS_REMOVED}\"");
    let mut newest = None;
    for file in files {
        let text = std::fs::read_to_string(file).keystore_context(file, "read the audit log")?;
        for line in text.lines().filter(|l| l.contains(&needle)) {
            if let Some(removal) = entry_of(line)
                .filter(|e| e.operation == SEGMENTS_REMOVED)
                .and_then(|e| Removal::parse(&name, e.detail.as_deref()?))
            {
                newest = Some(removal);
            }
        }
    }
    Ok(newest)
}

/// Whether the live log, `len` bytes long and first written at `first`, is
/// due to close at `now`.
pub(super) fn due(file: &File, len: u64, now: Timestamp, rotation: Rotation) -> bool {
    if len == 0 {
        return false;
    }
    if len >= rotation.max_bytes {
        return true;
    }
    if rotation.max_age_days == u32::MAX {
        return false;
    }
    // Every line begins `{"Entry":{"Seq":N,"Time":"…"` (line.rs), so the
    // first entry's time is in the log's first bytes: read them alone. A
    // head that does not read gives no age; the size still counts.
    let mut head = [0; FIRST_TIME_WITHIN];
    let head =
        &mut head[..usize::try_from(len).map_or(FIRST_TIME_WITHIN, |l| l.min(FIRST_TIME_WITHIN))];
    if file.read_exact_at(head, 0).is_err() {
        return false;
    }
    first_time(&String::from_utf8_lossy(head))
        .is_some_and(|first| first.plus_days(rotation.max_age_days) <= now)
}

/// How far into a line its time ends: past `{"Entry":{"Seq":`, twenty
/// digits and `,"Time":"`, a time of at most 32 characters.
const FIRST_TIME_WITHIN: usize = 128;

/// The time of the entry a line's `head` begins.
fn first_time(head: &str) -> Option<Timestamp> {
    const FIELD: &str = "\"Time\":\"";
    let rest = &head[head.find(FIELD)? + FIELD.len()..];
    Timestamp::parse_rfc3339(&rest[..rest.find('"')?])
}

/// What a rotation writes after the chain so far.
pub(super) struct Closing<'a> {
    pub(super) seq: u64,
    pub(super) prev: [u8; TAG_LEN],
    pub(super) events: &'a [Event],
    pub(super) detail: Option<&'a str>,
}

/// Closes the live log `file` (`len` bytes, locked, its last line verified)
/// as the next segment and puts in its place a new live log: a
/// [`ROTATED`] entry, a [`SEGMENTS_REMOVED`] entry if retention removes
/// any, then `events`.
///
/// The new live log is written whole to a temporary file and fsynced; then
/// the live log is linked to `<log>.<N>` (a link fails rather than replace
/// a file), the new one renamed over it, the folder fsynced, and only then
/// are the removed segments deleted. A crash at any moment leaves at the
/// log's path the old live log or the new one, each whole, so no
/// acknowledged entry is lost: after a crash between the link and the
/// rename, `<log>.<N>` is a second name of the live log, which the next
/// rotation reuses and readers skip; after a crash before the deletions,
/// the segments the log says were removed are still there, and the next
/// rotation removes them.
pub(super) fn rotate(
    path: &Path,
    file: &File,
    len: u64,
    key: &KeyBytes,
    closing: Closing<'_>,
    rotation: Rotation,
) -> Result<()> {
    let context = |what: &str| format!("audit log {}: {what}", path.display());
    let Some(first) = closing.events.first() else {
        return Ok(());
    };
    let now = first.time;
    let name = log_name(path);
    let segments = segments(path).keystore_context(path, &context("list segments"))?;
    let live = file.metadata().keystore_context(path, &context("stat"))?;
    let newest = segments.last();
    let linked = newest
        .is_some_and(|(_, seg)| std::fs::symlink_metadata(seg).is_ok_and(|m| same_file(&m, &live)));
    let n = match (newest, linked) {
        (Some((n, _)), true) => *n,
        _ => {
            // Numbers are never reused: past the newest segment here, and
            // past the one the live log follows, which retention may have
            // removed.
            let after = first_entry(path)?
                .and_then(|e| followed(&name, &e))
                .unwrap_or(0);
            newest.map_or(0, |(n, _)| *n).max(after) + 1
        }
    };
    let segment = segment_path(path, n);
    let older: Vec<(u64, PathBuf)> = segments.into_iter().filter(|(m, _)| *m < n).collect();
    let removal = match rotation.retention_days {
        Some(days) => expired(key, &older, now, days),
        None => None,
    };

    // The markers carry what the closed log's last entries said of the
    // keystore's write counter, so the check for a keystore older than its
    // log (which reads the live log's end) sees it after the rotation too.
    let seen = seen_in(file, len).keystore_context(path, &context("read"))?;
    let counter = |operation| Event {
        change: seen.most() > seen.saved(),
        ..marker(operation, now, seen.most())
    };
    let tagger = mac::Tagger::new(key);
    let mut times = TimeText::default();
    let mut lines = Vec::new();
    let mut seq = closing.seq + 1;
    let detail = follows(&segment);
    let mut prev = push_line(
        &mut lines,
        &mut times,
        &tagger,
        &counter(ROTATED),
        seq,
        closing.prev,
        Some(&detail),
    )?;
    if let (Some(removal), Some(days)) = (&removal, rotation.retention_days) {
        seq += 1;
        let detail = removal.detail(path, days);
        prev = push_line(
            &mut lines,
            &mut times,
            &tagger,
            &counter(SEGMENTS_REMOVED),
            seq,
            prev,
            Some(&detail),
        )?;
    }
    for event in closing.events {
        seq += 1;
        prev = push_line(
            &mut lines,
            &mut times,
            &tagger,
            event,
            seq,
            prev,
            closing.detail,
        )?;
    }

    let dir = persist::parent(path);
    let temp = staged(path, &lines)?;
    if !linked {
        std::fs::hard_link(path, &segment).keystore_context(&segment, &context("close"))?;
    }
    temp.persist(path)
        .map_err(|e| e.error)
        .and_then(|_| persist::sync_dir(dir))
        .keystore_context(path, &context("write"))?;
    if let Some(removal) = removal {
        for n in removal.removed {
            let old = segment_path(path, n);
            match std::fs::remove_file(&old) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    return Err(e).keystore_context(&old, &context("remove"));
                }
                _ => {}
            }
        }
        persist::sync_dir(dir).keystore_context(path, &context("remove"))?;
    }
    Ok(())
}

/// The segments retention removes at `now`: the oldest ones, in a row,
/// whose newest entry is at least `days` old. Each segment's last line must
/// verify under `key`, so that an edited time cannot get a segment removed;
/// the first that does not, or is too recent, stops the row.
fn expired(key: &KeyBytes, older: &[(u64, PathBuf)], now: Timestamp, days: u32) -> Option<Removal> {
    let mut removed = Vec::new();
    let mut last_mac = None;
    for (n, segment) in older {
        let Some((entry, tag)) = File::open(segment)
            .and_then(|f| {
                let len = f.metadata()?.len();
                tail(&f, len)
            })
            .ok()
            .and_then(|t| match t {
                Tail::Line(text) => parse_line(key, &text),
                _ => None,
            })
        else {
            break;
        };
        let old = Timestamp::parse_rfc3339(&entry.time).is_some_and(|t| t.plus_days(days) <= now);
        if !old {
            break;
        }
        removed.push(*n);
        last_mac = Some(to_hex(&tag));
    }
    last_mac.map(|last_mac| Removal { removed, last_mac })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_has_one_name() {
        let log = "ks.audit";
        assert_eq!(segment_number(log, "ks.audit.1"), Some(1));
        assert_eq!(segment_number(log, "ks.audit.42"), Some(42));
        for bad in [
            "ks.audit",
            "ks.audit.",
            "ks.audit.0",
            "ks.audit.01",
            "ks.audit.+1",
            "ks.audit.-1",
            "ks.audit. 1",
            "ks.audit.1 ",
            "ks.audit.1a",
            "ks.audit.1.tmp",
            "ks.audit.１",
            "ks.audit.broken-1",
            "ks.audit.99999999999999999999999",
            "ks.audit1",
            "other.audit.1",
            "xks.audit.1",
            "",
        ] {
            assert_eq!(segment_number(log, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_removal_reads_back_as_written() {
        let path = Path::new("/tmp/ks.audit");
        let removal = Removal {
            removed: vec![1, 2],
            last_mac: "ab".repeat(TAG_LEN),
        };
        let detail = removal.detail(path, 30);
        assert_eq!(Removal::parse("ks.audit", &detail), Some(removal));
        for bad in [
            "",
            "removed ks.audit.1",
            "removed ks.audit.x, whose newest entries were 1 days old or more; the last Mac of \
             ks.audit.x was 00",
            "removed ks.audit.1, whose newest entries were 1 days old or more; the last Mac of \
             ks.audit.1 was zz",
        ] {
            assert_eq!(Removal::parse("ks.audit", bad), None, "{bad:?}");
        }
    }
}
