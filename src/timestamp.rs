//! Points in time, kept as milliseconds since the Unix epoch (KMS's precision).
//!
//! [`Timestamp`] is the stored form. A response carries an [`IsoTimestamp`],
//! which has two forms on output: ISO 8601 text, as the aws CLI prints it, and
//! epoch seconds, as the AWS JSON protocol sends it, inside [`as_epoch_seconds`].

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// A time with millisecond precision: milliseconds since the Unix epoch. It
/// serializes as that integer, which is how the keystore keeps it; a response
/// wraps it in an [`IsoTimestamp`] instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The system clock, now.
    pub fn now() -> Self {
        let millis = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
            // A clock before 1970 is a broken clock; the epoch is as good as any answer.
            Err(_) => 0,
        };
        Timestamp(millis)
    }

    /// This time plus `days` whole days, saturating at the far future.
    pub fn plus_days(self, days: u32) -> Self {
        const DAY_MS: i64 = 24 * 60 * 60 * 1000;
        Timestamp(self.0.saturating_add(i64::from(days) * DAY_MS))
    }

    /// Parses an RFC 3339 time such as `2027-01-01T00:00:00Z`.
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let t = OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()?;
        i64::try_from(t.unix_timestamp_nanos() / 1_000_000)
            .ok()
            .map(Timestamp)
    }

    /// The date and time in UTC, or `None` beyond what a calendar date holds.
    fn utc(self) -> Option<OffsetDateTime> {
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(self.0) * 1_000_000).ok()
    }

    /// The time as SigV4's X-Amz-Date writes it: `YYYYMMDDTHHMMSSZ`.
    pub fn to_amz_date(self) -> String {
        let Some(t) = self.utc() else {
            return self.0.to_string();
        };
        let (date, time) = (t.date(), t.time());
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            date.year(),
            u8::from(date.month()),
            date.day(),
            time.hour(),
            time.minute(),
            time.second()
        )
    }

    /// ISO 8601 as aws CLI v2 prints it (Python's `isoformat`):
    /// `2026-11-29T08:40:53.123000+00:00`, with no fraction when it is zero.
    /// A time beyond what a calendar date holds is written as its milliseconds.
    pub fn to_iso8601(self) -> String {
        let Some(t) = self.utc() else {
            return self.0.to_string();
        };
        let micros = t.microsecond();
        let fraction = if micros == 0 {
            String::new()
        } else {
            format!(".{micros:06}")
        };
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}+00:00",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }
}

impl Serialize for IsoTimestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if EPOCH_SECONDS.get() {
            // The wire's timestamp: epoch seconds as a double.
            s.serialize_f64(self.0.0 as f64 / 1000.0)
        } else {
            s.collect_str(&self.0.to_iso8601())
        }
    }
}

thread_local! {
    static EPOCH_SECONDS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with every [`IsoTimestamp`] it serializes written as epoch seconds,
/// the AWS JSON 1.1 protocol's form: a JSON number of seconds with the
/// milliseconds as its fraction (`1764405653.123`). `serve` runs each operation
/// it answers inside this, so timestamps are epoch seconds on the wire. The
/// setting holds on the calling thread only, until `f` returns; everywhere
/// else (a command's output, `batch`) timestamps are ISO 8601 text.
pub fn as_epoch_seconds<T>(f: impl FnOnce() -> T) -> T {
    let before = EPOCH_SECONDS.replace(true);
    let out = f();
    EPOCH_SECONDS.set(before);
    out
}

/// A timestamp in a response. It serializes in one of two forms:
///
/// - inside [`as_epoch_seconds`], which `serve` wraps around every operation
///   it answers: epoch seconds, a JSON number such as `1764405653.123`, as the
///   AWS JSON 1.1 protocol sends timestamps;
/// - everywhere else (a command's JSON output, which `--query` and
///   `--output text|table` are made from, and `batch`'s responses): ISO 8601
///   text in UTC, `2025-11-29T08:40:53.123000+00:00`, as aws CLI v2 prints it
///   (see [`Timestamp::to_iso8601`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IsoTimestamp(pub Timestamp);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_matches_the_aws_cli() {
        assert_eq!(Timestamp(0).to_iso8601(), "1970-01-01T00:00:00+00:00");
        assert_eq!(
            Timestamp::parse_rfc3339("2025-11-29T08:40:53.123+00:00"),
            Some(Timestamp(1_764_405_653_123))
        );
        assert_eq!(Timestamp::parse_rfc3339("2025-11-29"), None);
        assert_eq!(
            Timestamp(1_764_405_653_123).to_iso8601(),
            "2025-11-29T08:40:53.123000+00:00"
        );
    }
}
