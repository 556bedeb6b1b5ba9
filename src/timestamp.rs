//! Points in time, kept as milliseconds since the Unix epoch (KMS's precision).
//!
//! [`Timestamp`] is the stored form. A response carries an [`IsoTimestamp`],
//! which has two forms on output: ISO 8601 text in the local time zone, as
//! the aws CLI prints it, and epoch seconds, as the AWS JSON protocol sends
//! it, inside [`as_epoch_seconds`].

use std::fs::File;
use std::io::Read;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, UtcOffset};
use tz::timezone::TimeZoneSettings;

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

    /// ISO 8601 in UTC as aws CLI v2 prints it (Python's `isoformat`):
    /// `2026-11-29T08:40:53.123000+00:00`, with no fraction when it is zero.
    /// A time beyond what a calendar date holds is written as its milliseconds.
    pub fn to_iso8601(self) -> String {
        self.iso8601(0)
    }

    /// ISO 8601 in the time zone [`use_local_time_zone`] read, as the aws
    /// CLI prints a response's times: `2026-11-29T09:40:53.123000+01:00`.
    pub fn to_local_iso8601(self) -> String {
        let offset = LOCAL
            .get()
            .and_then(|_| ZONE.get_or_init(local_zone).as_ref())
            .and_then(|zone| zone.find_local_time_type(self.0.div_euclid(1000)).ok())
            .map_or(0, |t| t.ut_offset());
        self.iso8601(offset)
    }

    /// ISO 8601 at `offset` seconds east of UTC.
    fn iso8601(self, offset: i32) -> String {
        let Some(t) = self.utc() else {
            return self.0.to_string();
        };
        let t = match UtcOffset::from_whole_seconds(offset) {
            Ok(o) => t.to_offset(o),
            Err(_) => t,
        };
        let micros = t.microsecond();
        let fraction = if micros == 0 {
            String::new()
        } else {
            format!(".{micros:06}")
        };
        let (h, m, s) = t.offset().as_hms();
        let sign = if t.offset().is_negative() { '-' } else { '+' };
        let seconds = match s {
            0 => String::new(),
            s => format!(":{:02}", s.unsigned_abs()),
        };
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}{sign}{:02}:{:02}{seconds}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            h.unsigned_abs(),
            m.unsigned_abs()
        )
    }
}

/// Set when times print in the local time zone (the command line).
static LOCAL: OnceLock<()> = OnceLock::new();

/// The local time zone, read when a time is first printed; `None` is UTC.
static ZONE: OnceLock<Option<tz::TimeZone>> = OnceLock::new();

/// The largest time zone file read (they are a few KiB).
const MAX_ZONE_FILE: u64 = 256 * 1024;

/// Makes a response's times print in the local time zone, as the aws CLI
/// prints them: `TZ` as the C library reads it (a zone name, `:NAME`, a
/// path or a POSIX rule; empty, or one that does not read, is UTC), else
/// `/etc/localtime`. The command line calls this once, at start; the zone
/// is read only when a time is printed, so a command that prints none reads
/// no file for it. Stored times (the audit log) and `serve`'s stay in UTC.
pub fn use_local_time_zone() {
    let _ = LOCAL.set(());
}

/// `TZ`, else `/etc/localtime`, as [`use_local_time_zone`] says.
fn local_zone() -> Option<tz::TimeZone> {
    let settings = TimeZoneSettings::new(TimeZoneSettings::DEFAULT_DIRECTORIES, read_zone_file);
    match std::env::var("TZ") {
        Ok(tz) if tz.is_empty() => None,
        Ok(tz) => settings.parse_posix_tz(&tz).ok(),
        Err(std::env::VarError::NotPresent) => settings.parse_posix_tz("localtime").ok(),
        Err(std::env::VarError::NotUnicode(_)) => None,
    }
}

/// A time zone file: a regular file of at most [`MAX_ZONE_FILE`] bytes.
fn read_zone_file(
    path: &str,
) -> Result<Vec<u8>, Box<dyn std::error::Error + Send + Sync + 'static>> {
    let file = File::open(path)?;
    if !file.metadata()?.is_file() {
        return Err("not a regular file".into());
    }
    let mut bytes = Vec::new();
    file.take(MAX_ZONE_FILE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_ZONE_FILE {
        return Err("too long for a time zone file".into());
    }
    Ok(bytes)
}

impl Serialize for IsoTimestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if EPOCH_SECONDS.get() {
            // The wire's timestamp: epoch seconds as a double.
            s.serialize_f64(self.0.0 as f64 / 1000.0)
        } else {
            s.collect_str(&self.0.to_local_iso8601())
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
///   text in the local time zone, `2025-11-29T09:40:53.123000+01:00`, as aws
///   CLI v2 prints it (see [`Timestamp::to_local_iso8601`]); in UTC until
///   [`use_local_time_zone`] is called.
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

    #[test]
    fn offsets_print_as_python_prints_them() {
        let t = Timestamp(1_764_405_653_000);
        assert_eq!(t.iso8601(3600), "2025-11-29T09:40:53+01:00");
        assert_eq!(t.iso8601(-5 * 3600), "2025-11-29T03:40:53-05:00");
        assert_eq!(t.iso8601(5 * 3600 + 1800), "2025-11-29T14:10:53+05:30");
        // A local mean time of the past: seconds too.
        assert_eq!(t.iso8601(561), "2025-11-29T08:50:14+00:09:21");
        assert_eq!(t.iso8601(-561), "2025-11-29T08:31:32-00:09:21");
    }

    #[test]
    fn zone_files_are_read_bounded() {
        assert!(read_zone_file("/dev/zero").is_err());
        assert!(read_zone_file("/").is_err());
        assert!(read_zone_file("/no/such/zone").is_err());
    }
}
