//! The keystore's own commands, which are not AWS operations and take no
//! JSON request: creating the keystore, its settings, checking it, backing it
//! up, reading its audit log, and moving keys between keystores in a sealed
//! key bundle.

use std::path::Path;
use std::rc::Rc;

use crate::audit::{self, Mode};
use crate::error::{Error, Result};
use crate::hsm::secret::KeyBytes;
use crate::keystore::kek::KekSources;
use crate::keystore::rekey::NewKek;
use crate::keystore::state::Settings;
use crate::keystore::{Created, bundle};
use crate::ops::trail::{Counter, Trail};
use crate::ops::types::*;
use crate::ops::{Kms, bundles, checks, log_settings, rotation};
use crate::timestamp::Timestamp;

/// The audit log's names for these commands, and their error lines'.
pub const INIT: &str = "Init";
pub const EXPORT_KEYS: &str = "ExportKeys";
pub const IMPORT_KEYS: &str = "ImportKeys";
pub const VERIFY_KEYSTORE: &str = "VerifyKeystore";
pub const BACKUP_KEYSTORE: &str = "BackupKeystore";
pub const READ_AUDIT_LOG: &str = "ReadAuditLog";
pub const VERIFY_AUDIT_LOG: &str = "VerifyAuditLog";
pub const RESET_AUDIT_LOG: &str = "ResetAuditLog";
pub const RESTORE_KEYSTORE: &str = audit::RESTORED;
pub const REKEY_KEYSTORE: &str = audit::REKEYED;

/// What is wrong with a server that is not healthy, in words for its
/// operator (the health check's reply names only the part).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unhealthy {
    Keystore(String),
    AuditLog(String),
}

impl Unhealthy {
    /// The part that failed, as the health check's reply names it.
    pub fn part(&self) -> &'static str {
        match self {
            Unhealthy::Keystore(_) => "Keystore",
            Unhealthy::AuditLog(_) => "AuditLog",
        }
    }

    pub fn detail(&self) -> &str {
        match self {
            Unhealthy::Keystore(detail) | Unhealthy::AuditLog(detail) => detail,
        }
    }
}

impl Kms {
    /// Creates the keystore. Its log starts a new chain: a log left at its
    /// path by an earlier keystore is set aside, since no earlier log can be
    /// under the new keystore's key.
    pub fn init(&self, passphrase: bool) -> Result<Created> {
        let trail = Trail::new(INIT, None, None);
        let created = self
            .keystore
            .init(passphrase, self.now())
            .map_err(|e| self.log_failure::<Created>(&trail, None, Counter::at(0), e))?;
        if let Some(key) = self.keystore.audit_key() {
            // The keystore's first write: a change from nothing.
            let counter = Counter::first_write(created.writes);
            let event = trail.event(self.now(), None, counter, Ok(&created));
            audit::append_all(
                &self.keystore.audit_path(),
                self.keystore.lock_wait(),
                &key,
                &[event],
                Mode::Start,
                log_settings::rotation(&Settings::default()),
            )?;
        }
        Ok(created)
    }

    /// Shows, and optionally changes, the keystore's settings: the
    /// `KeystoreSettings` operation, logged as a read or as a change.
    pub(crate) fn keystore_settings(
        &self,
        req: KeystoreSettingsRequest,
    ) -> Result<KeystoreSettingsResponse> {
        if !req.changes() {
            let trail = Trail::new("DescribeKeystoreSettings", None, None);
            return self.read(trail, |s, _| Ok(rotation::keystore_settings(s)));
        }
        let trail = Trail::new("UpdateKeystoreSettings", None, None);
        self.write(trail, |s, _| {
            // Every value is checked before any is set: a bad one changes nothing.
            if let Some(days) = req.domain_key_rotation_period_in_days {
                rotation::check_domain_key_rotation_period(days)?;
            }
            log_settings::set(
                s,
                req.audit_segment_max_bytes,
                req.audit_segment_max_age_days,
                req.audit_retention_days,
            )?;
            if let Some(days) = req.domain_key_rotation_period_in_days {
                rotation::set_domain_key_rotation_period(s, days)?;
            }
            Ok(rotation::keystore_settings(s))
        })
    }

    /// The audit log's entries about `key_id` (a key id or key ARN), at or after `since`.
    pub fn audit_events(
        &self,
        key_id: Option<&str>,
        since: Option<Timestamp>,
    ) -> Result<Vec<audit::Entry>> {
        let entries = audit::read(&self.keystore.audit_path())?;
        Ok(entries
            .into_iter()
            .filter(|e| {
                key_id.is_none_or(|k| {
                    e.key_id
                        .as_deref()
                        .is_some_and(|id| id == k || id.ends_with(&format!("/{k}")))
                })
            })
            .filter(|e| {
                since.is_none_or(|t| Timestamp::parse_rfc3339(&e.time).is_some_and(|at| at >= t))
            })
            .collect())
    }

    /// Checks the audit log's chain under the keystore's key.
    pub fn verify_audit_log(&self) -> Result<audit::Verified> {
        let (key, writes) = self.opened_audit_key()?;
        audit::verify(&self.keystore.audit_path(), &key, writes)
    }

    /// Sets the audit log aside and starts a new chain, whose first entry
    /// names where the old log went and the old chain's head. Returns the
    /// set-aside file, if there was a log.
    pub fn reset_audit_log(&self) -> Result<Option<String>> {
        let (key, writes) = self.opened_audit_key()?;
        audit::reset(
            &self.keystore.audit_path(),
            self.keystore.lock_wait(),
            &key,
            self.now(),
            writes,
        )
    }

    /// Makes an older copy of the keystore (`from`), or the file as it is
    /// now, the keystore, on purpose: the audit log would otherwise refuse a
    /// keystore older than itself. The restore is logged first, naming the
    /// copy and how far back it goes.
    pub fn restore_keystore(&self, from: Option<&Path>) -> Result<RestoreKeystoreResponse> {
        let path = self.keystore.audit_path();
        let mut seen = 0;
        let writes = self.keystore.restore(from, |state, key| {
            seen = audit::recent_writes(&path)?.most();
            let detail = format!(
                "{}: the keystore's write {} (the log had seen write {seen})",
                from.unwrap_or(self.keystore.path()).display(),
                state.writes
            );
            let event = audit::marker(audit::RESTORED, self.now(), state.writes);
            let rotation = log_settings::rotation(&state.settings);
            let wait = self.keystore.lock_wait();
            audit::append_detailed(&path, wait, key, &event, &detail, rotation)
        })?;
        Ok(RestoreKeystoreResponse {
            keystore: self.keystore.path().display().to_string(),
            restored_from: from.map(|p| p.display().to_string()),
            writes,
            log_had_seen: seen,
        })
    }

    /// Seals the keystore under a new KEK. The audit log's key derives from
    /// the KEK, so the old chain cannot go on: the log is set aside and a
    /// new chain begins, under the new KEK, with a `RekeyKeystore` entry
    /// naming where the old log went, its last Mac and the new protection
    /// (never a key). The entry is written before the keystore is saved, as
    /// every change's is; audit-log.md §4 says what a crash between the two
    /// leaves and how to go on from it.
    pub fn rekey_keystore(&self, target: &NewKek) -> Result<RekeyKeystoreResponse> {
        let path = self.keystore.audit_path();
        let now = self.now();
        let mut set_aside = None;
        let rekeyed = self.keystore.rekey(now, target, |state, keys, origin| {
            let about = match origin.key_file() {
                Some(file) => format!(
                    "the keystore is now sealed under {} {}",
                    origin.name(),
                    file.display()
                ),
                None => format!("the keystore is now sealed under {}", origin.name()),
            };
            let event = audit::Event {
                change: true,
                ..audit::marker(audit::REKEYED, now, state.writes)
            };
            set_aside = audit::begin_anew(
                &path,
                self.keystore.lock_wait(),
                keys.old,
                keys.new,
                &event,
                &about,
            )?;
            Ok(())
        })?;
        Ok(RekeyKeystoreResponse {
            keystore: self.keystore.path().display().to_string(),
            protection: rekeyed.origin.name(),
            master_key_file: rekeyed.origin.key_file().map(|p| p.display().to_string()),
            audit_log: path.display().to_string(),
            set_aside,
        })
    }

    /// The audit key of an existing keystore, opened for it, and its write
    /// counter.
    fn opened_audit_key(&self) -> Result<(Rc<KeyBytes>, u64)> {
        if !self.keystore.exists()? {
            return Err(self.keystore.missing());
        }
        let writes = self.keystore.read(|s| Ok(s.writes))?;
        let key = self
            .keystore
            .audit_key()
            .ok_or_else(|| Error::Internal("the keystore opened without its audit key".into()))?;
        Ok((key, writes))
    }

    pub fn audit_log_path(&self) -> std::path::PathBuf {
        self.keystore.audit_path()
    }

    /// `serve`'s health check: whether the keystore opens (read and
    /// authenticated again if its file changed) and its audit log can take
    /// an entry. Not an operation: nothing is logged, so a monitor's polls
    /// leave no trace, and no maintenance runs.
    pub fn health(&self) -> std::result::Result<(), Unhealthy> {
        self.keystore
            .read(|_| Ok(()))
            .map_err(|e| Unhealthy::Keystore(e.to_string()))?;
        let log = self.keystore.audit_path();
        audit::writable(&log).map_err(|e| Unhealthy::AuditLog(format!("{}: {e}", log.display())))
    }

    /// Opens the keystore and checks everything in it. A keystore whose
    /// checks fail is a keystore error, after the report.
    pub fn verify_keystore(&self) -> Result<VerifyKeystoreResponse> {
        if !self.keystore.exists()? {
            return Err(self.keystore.missing());
        }
        self.keystore.read(|s| Ok(checks::verify(s)))
    }

    /// Copies the authenticated keystore to a new file.
    pub fn backup_keystore(&self, dest: &Path) -> Result<BackupKeystoreResponse> {
        let bytes = self.keystore.backup(dest)?;
        Ok(BackupKeystoreResponse {
            backup: dest.display().to_string(),
            bytes,
        })
    }

    /// Writes the chosen keys to a key bundle.
    pub fn export_keys(
        &self,
        req: ExportKeysRequest,
        path: &Path,
        sources: &KekSources,
    ) -> Result<ExportKeysResponse> {
        let trail = Trail::new(EXPORT_KEYS, None, None);
        // The file's key first (a prompt, Argon2id), with no lock held; then
        // the file is sealed while the keystore is read, so the HBKs never
        // outlive the shared lock in memory.
        let sealer = bundle::Sealer::new(path, sources)?;
        self.read(trail, |s, ctx| {
            let (bundle, arns) = bundles::export(s, &ctx.caller, req)?;
            sealer.write(&bundle)?;
            Ok(ExportKeysResponse {
                file: path.display().to_string(),
                keys: arns,
                aliases: bundle.keys.iter().flat_map(|k| k.aliases.clone()).collect(),
            })
        })
    }

    /// Adds the keys of a key bundle written by export-keys.
    pub fn import_keys(&self, path: &Path, sources: &KekSources) -> Result<ImportKeysResponse> {
        let bundle = bundle::read(path, sources)?;
        let trail = Trail::new(IMPORT_KEYS, None, None);
        self.write(trail, |s, ctx| {
            bundles::import(s, &ctx.caller, ctx.now, bundle)
        })
    }
}
