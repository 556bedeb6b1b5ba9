//! A log set aside and a new chain begun: by `audit reset`, by a rekey, and
//! after a torn line; and the set-aside logs beside a log.

use super::line::{TimeText, parse_line, push_line};
use super::*;

/// Sets the log aside, whatever it holds, and starts a new chain whose first
/// entry, [`RESET`] at `time`, names where the old log went and its last
/// line's `Mac` (the old chain's head). Returns the set-aside file's name.
pub fn reset(
    path: &Path,
    wait: Duration,
    key: &KeyBytes,
    time: Timestamp,
    writes: u64,
) -> Result<Option<String>> {
    let context = |what: &str| format!("audit log {}: {what}", path.display());
    let (file, len) = open_locked(path, wait)?;
    let tail = tail(&file, len).keystore_context(path, &context("read"))?;
    let head = head_of(&tail);
    let mut lines = Vec::new();
    let tagger = mac::Tagger::new(key);
    let event = marker(RESET, time, writes);
    let (mut file, aside, detail) = match head {
        None => (file, None, None),
        Some(head) => {
            let aside = set_aside(path).keystore_context(path, &context("set aside"))?;
            drop(file);
            let (file, _) = open_locked(path, wait)?;
            let detail = format!("{aside}, whose last Mac was {head}");
            (file, Some(aside), Some(detail))
        }
    };
    let mut times = TimeText::default();
    push_line(
        &mut lines,
        &mut times,
        &tagger,
        &event,
        1,
        GENESIS,
        detail.as_deref(),
    )?;
    file.write_all(&lines)
        .keystore_context(path, &context("write"))?;
    Ok(aside)
}

/// The old chain's head, as a restart's `Detail` names it: the last line's
/// `Mac`; `None` for an empty log.
fn head_of(tail: &Tail) -> Option<String> {
    match tail {
        Tail::Empty => None,
        Tail::Torn => Some("none (its last line is cut short)".to_owned()),
        Tail::Line(text) => Some(
            serde_json::from_str::<Line<'_>>(text)
                .map_or_else(|_| "unreadable".to_owned(), |line| line.mac),
        ),
    }
}

/// Starts a new log under `key` whose one entry is `event` (a [`REKEYED`]
/// change: the audit key itself changes, so the old chain cannot go on),
/// setting the old log aside whatever it holds, as [`reset`] does. The
/// entry's `Detail` names where the old log went and its last line's `Mac`,
/// says when `old_key` does not vouch for that line, and ends with `about`.
///
/// The new log is written whole to a temporary file and fsynced; then the
/// old log is linked to `<log>.broken-N`, the new one renamed over it, and
/// the folder fsynced. A crash at any moment leaves at `path` the old log
/// or the new one, each whole (after a crash between the link and the
/// rename, `<log>.broken-N` is a second name of the old log, which goes on).
/// Returns the set-aside file's name, if there was a log.
pub fn begin_anew(
    path: &Path,
    wait: Duration,
    old_key: &KeyBytes,
    key: &KeyBytes,
    event: &Event,
    about: &str,
) -> Result<Option<String>> {
    let context = |what: &str| format!("audit log {}: {what}", path.display());
    let (file, len) = open_locked(path, wait)?;
    let tail = tail(&file, len).keystore_context(path, &context("read"))?;
    // Under the log's lock no other process sets this log aside, so the
    // first free name stays free until it is taken below.
    let aside = head_of(&tail).map(|head| (free_aside_name(path), head));
    let detail = match &aside {
        Some((name, head)) => {
            let vouched = match &tail {
                Tail::Line(text) if parse_line(old_key, text).is_none() => {
                    ", which does not verify under the old key"
                }
                _ => "",
            };
            format!(
                "{}, whose last Mac was {head}{vouched}; {about}",
                name.display()
            )
        }
        None => format!("no earlier log; {about}"),
    };
    let mut lines = Vec::new();
    let mut times = TimeText::default();
    let tagger = mac::Tagger::new(key);
    push_line(
        &mut lines,
        &mut times,
        &tagger,
        event,
        1,
        GENESIS,
        Some(&detail),
    )?;
    let dir = persist::parent(path);
    let temp = staged(path, &lines)?;
    if let Some((name, _)) = &aside {
        std::fs::hard_link(path, name).keystore_context(path, &context("set aside"))?;
    }
    temp.persist(path)
        .map_err(|e| e.error)
        .and_then(|_| persist::sync_dir(dir))
        .keystore_context(path, &context("write"))?;
    drop(file);
    Ok(aside.map(|(name, _)| name.display().to_string()))
}

/// Renames the log to `<log>.broken-<n>` (the first free n); returns that name.
pub(super) fn set_aside(path: &Path) -> io::Result<String> {
    let aside = free_aside_name(path);
    std::fs::rename(path, &aside)?;
    Ok(aside.display().to_string())
}

/// `<log>.broken-<n>` for the first n that names nothing.
pub(super) fn free_aside_name(path: &Path) -> std::path::PathBuf {
    let mut n = 1u64;
    loop {
        let mut name = path.as_os_str().to_owned();
        name.push(format!(".broken-{n}"));
        let aside = std::path::PathBuf::from(name);
        if std::fs::symlink_metadata(&aside).is_err() {
            return aside;
        }
        n += 1;
    }
}

/// The `<log>.broken-N` files beside the log, in N's order.
pub(super) fn set_aside_logs(path: &Path) -> Vec<String> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!("{}.broken-", name.to_string_lossy());
    let mut found: Vec<(u64, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let file = entry.file_name().to_string_lossy().into_owned();
            let n = file.strip_prefix(&prefix)?.parse().ok()?;
            Some((n, entry.path().display().to_string()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, path)| path).collect()
}
