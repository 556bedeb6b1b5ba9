//! The audit log's settings in the keystore: when its live file closes as a
//! segment and how long segments are kept. Their ranges are named once here,
//! for the command line's flags and for the request's fields; the log itself
//! sees only the [`Rotation`] made from them.

use crate::audit::Rotation;
use crate::error::{Error, Result};
use crate::keystore::state::{Settings, State};
use crate::ops::validate;

/// One setting: its flag, its request field, and its range.
#[derive(Clone, Copy, Debug)]
pub struct Bounds {
    pub flag: &'static str,
    pub field: &'static str,
    pub min: i64,
    pub max: i64,
}

/// A segment's size in bytes: 1 KiB to 1 TiB (default 64 MiB).
pub const SEGMENT_MAX_BYTES: Bounds = Bounds {
    flag: "--audit-segment-max-bytes",
    field: "auditSegmentMaxBytes",
    min: 1024,
    max: 1 << 40,
};

/// A segment's age in days: 1 to 3650 (default 7).
pub const SEGMENT_MAX_AGE_DAYS: Bounds = Bounds {
    flag: "--audit-segment-max-age-days",
    field: "auditSegmentMaxAgeDays",
    min: 1,
    max: 3650,
};

/// How long segments are kept, in days: 1 to 36500, or 0 to keep every
/// segment (the default).
pub const RETENTION_DAYS: Bounds = Bounds {
    flag: "--audit-retention-days",
    field: "auditRetentionDays",
    min: 0,
    max: 36500,
};

impl Bounds {
    /// The command line's check: an error that names the flag.
    pub fn check_flag(&self, value: Option<i64>) -> Result<()> {
        match value {
            Some(v) if v < self.min || v > self.max => Err(Error::input(
                self.flag,
                format!(
                    "{v} is out of range: it must be from {} to {}",
                    self.min, self.max
                ),
            )),
            _ => Ok(()),
        }
    }

    /// The request's check, AWS-style, naming the field.
    fn check(&self, value: Option<i64>) -> Result<()> {
        match value {
            Some(v) => validate::range(v, self.field, self.min, self.max),
            None => Ok(()),
        }
    }
}

/// Sets the settings given, after checking them all: a value out of range
/// changes none.
pub fn set(
    state: &mut State,
    segment_max_bytes: Option<i64>,
    segment_max_age_days: Option<i64>,
    retention_days: Option<i64>,
) -> Result<()> {
    SEGMENT_MAX_BYTES.check(segment_max_bytes)?;
    SEGMENT_MAX_AGE_DAYS.check(segment_max_age_days)?;
    RETENTION_DAYS.check(retention_days)?;
    let settings = &mut state.settings;
    if let Some(bytes) = segment_max_bytes.and_then(|v| u64::try_from(v).ok()) {
        settings.audit_segment_max_bytes = bytes;
    }
    if let Some(days) = segment_max_age_days.and_then(|v| u32::try_from(v).ok()) {
        settings.audit_segment_max_age_days = days;
    }
    if let Some(days) = retention_days.and_then(|v| u32::try_from(v).ok()) {
        settings.audit_retention_days = days;
    }
    Ok(())
}

/// How the audit log of a keystore with these settings rotates.
pub fn rotation(settings: &Settings) -> Rotation {
    Rotation {
        max_bytes: settings.audit_segment_max_bytes,
        max_age_days: settings.audit_segment_max_age_days,
        retention_days: (settings.audit_retention_days > 0)
            .then_some(settings.audit_retention_days),
    }
}
