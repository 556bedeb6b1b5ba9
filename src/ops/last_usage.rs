//! GetKeyLastUsage, answered from the audit log: every successful
//! cryptographic operation is already an entry there, with its time, its key
//! and its sequence number, so nothing more is written per operation.

use crate::audit::{self, Entry};
use crate::error::Result;
use crate::ops::Kms;
use crate::ops::catalog::{GetKeyLastUsage, Operation};
use crate::ops::key_id::{self, key_arn};
use crate::ops::trail::Trail;
use crate::ops::types::{GetKeyLastUsageRequest, GetKeyLastUsageResponse, KeyLastUsage};
use crate::timestamp::{IsoTimestamp, Timestamp};

/// The operations whose use of a key AWS tracks.
const TRACKED: &[&str] = &[
    "Decrypt",
    "DeriveSharedSecret",
    "Encrypt",
    "GenerateDataKey",
    "GenerateDataKeyPair",
    "GenerateDataKeyPairWithoutPlaintext",
    "GenerateDataKeyWithoutPlaintext",
    "GenerateMac",
    "ReEncrypt",
    "Sign",
    "Verify",
    "VerifyMac",
    "Encapsulate",
    "Decapsulate",
];

/// Whether `entry` is a successful use of the key `arn`: ReEncrypt uses its
/// source key too.
fn used(entry: &Entry, arn: &str) -> bool {
    entry.result == "Success"
        && TRACKED.contains(&entry.operation.as_str())
        && (entry.key_id.as_deref() == Some(arn)
            || (entry.operation == "ReEncrypt" && entry.source_key_id.as_deref() == Some(arn)))
}

impl Kms {
    /// GetKeyLastUsage: the key's last successful cryptographic operation in
    /// the audit log, its time, and the entry's sequence number as the event
    /// id, read across the log's segments. Tracking starts at the key's
    /// creation, or where the log began anew after it (a reset log forgets
    /// what came before), or where its kept history begins once retention
    /// removed segments.
    pub(crate) fn get_key_last_usage(
        &self,
        req: GetKeyLastUsageRequest,
    ) -> Result<GetKeyLastUsageResponse> {
        let trail = Trail::new(GetKeyLastUsage::NAME, req.key_id.as_deref(), None);
        let path = self.keystore.audit_path();
        self.read(trail, |state, ctx| {
            let (addr, record) = key_id::own_key(state, ctx, req.key_id.as_deref())?;
            let arn = key_arn(state, &addr);
            let entries = audit::read(&path)?;
            let time = |entry: &Entry| Timestamp::parse_rfc3339(&entry.time);
            let created = record.attributes.created;
            // The log begins with the keystore, unless it began anew since
            // (reset, restarted, rekeyed) or retention removed its oldest
            // segments: what came before is unknown.
            let log_start = entries
                .first()
                .filter(|e| {
                    e.seq != 1
                        || [audit::RESET, audit::RESTARTED, audit::REKEYED]
                            .contains(&e.operation.as_str())
                })
                .and_then(time)
                .unwrap_or(created);
            let last = entries.iter().rev().find(|entry| used(entry, &arn));
            Ok(GetKeyLastUsageResponse {
                key_id: key_id::key_id_text(&addr.id),
                key_last_usage: KeyLastUsage {
                    operation: last.map(|e| e.operation.clone()),
                    timestamp: last.and_then(time).map(IsoTimestamp),
                    cloud_trail_event_id: last.map(|e| e.seq.to_string()),
                },
                tracking_start_date: IsoTimestamp(created.max(log_start)),
                key_creation_date: IsoTimestamp(created),
            })
        })
    }
}
