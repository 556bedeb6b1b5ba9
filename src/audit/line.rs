//! One line of the log: its entry written in place and tagged, and a line
//! read back only in the exact form written.

use super::*;

/// An entry as written: [`Entry`]'s fields, borrowed, in its order.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct EntryOut<'a> {
    seq: u64,
    time: &'a str,
    operation: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_key_id: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    encryption_context_keys: &'a [String],
    result: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    access_key_id: Option<&'a str>,
    writes: u64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    change: bool,
    prev: &'a str,
}

/// The time of the entries being written, as text: entries written
/// together mostly share their millisecond, so it is formatted once.
#[derive(Default)]
pub(super) struct TimeText(Option<(Timestamp, String)>);

impl TimeText {
    fn of(&mut self, time: Timestamp) -> &str {
        if self.0.as_ref().is_none_or(|(at, _)| *at != time) {
            self.0 = Some((time, time.to_iso8601()));
        }
        self.0.as_ref().map_or("", |(_, text)| text.as_str())
    }
}

/// Appends one line to `lines`; returns its tag. The entry is written in
/// place and its tag computed over the bytes written.
pub(super) fn push_line(
    lines: &mut Vec<u8>,
    times: &mut TimeText,
    tagger: &mac::Tagger,
    event: &Event,
    seq: u64,
    prev: [u8; TAG_LEN],
    detail: Option<&str>,
) -> Result<[u8; TAG_LEN]> {
    let prev = to_hex(&prev);
    let entry = EntryOut {
        seq,
        time: times.of(event.time),
        operation: event.operation,
        key_id: event.key_id.as_deref(),
        source_key_id: event.source_key_id.as_deref(),
        encryption_context_keys: &event.encryption_context_keys,
        result: event.result,
        detail,
        access_key_id: event.access_key_id.as_deref(),
        writes: event.writes,
        change: event.change,
        prev: &prev,
    };
    lines.extend_from_slice(b"{\"Entry\":");
    let start = lines.len();
    serde_json::to_writer(&mut *lines, &entry)
        .map_err(|e| Error::Internal(format!("could not encode an audit entry: {e}")))?;
    let tag = tagger.tag(&lines[start..]);
    lines.extend_from_slice(b",\"Mac\":\"");
    lines.extend_from_slice(to_hex(&tag).as_bytes());
    lines.extend_from_slice(b"\"}\n");
    Ok(tag)
}

/// The entry of a line and its tag, if the tag verifies and the line is
/// exactly as [`push_line`] writes it: the tag covers the entry's bytes, and
/// nothing may stand around them (no other field, no space, no `\r`).
pub(super) fn parse_line(key: &KeyBytes, text: &str) -> Option<(Entry, [u8; TAG_LEN])> {
    let line: Line<'_> = serde_json::from_str(text).ok()?;
    let mut tag = [0; TAG_LEN];
    hex::decode_to_slice(&line.mac, &mut tag).ok()?;
    let canonical = text
        .strip_prefix("{\"Entry\":")
        .and_then(|rest| rest.strip_prefix(line.entry.get()))
        .and_then(|rest| rest.strip_prefix(",\"Mac\":\""))
        .and_then(|rest| rest.strip_suffix("\"}"))
        .is_some_and(|mac| mac == to_hex(&tag));
    if !canonical || !mac::verify(key, line.entry.get().as_bytes(), &tag) {
        return None;
    }
    let entry = serde_json::from_str(line.entry.get()).ok()?;
    Some((entry, tag))
}
