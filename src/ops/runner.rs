//! How an operation runs against the keystore: reads under the shared lock,
//! changes under the exclusive lock and saved on success, each after any due
//! maintenance and each logged.

use std::cell::RefCell;
use std::path::Path;

use crate::error::{Error, Kind, Result};
use crate::keystore::SharedKeystore;
use crate::keystore::state::State;
use crate::ops::catalog::Operation;
use crate::ops::trail::{Audited, Counter, Trail};
use crate::ops::{Clock, Ctx, Kms, access_keys, maintenance, managed};

impl Kms {
    /// Runs a read-only operation under the shared lock, and logs it. If
    /// maintenance is due, it is done, persisted and logged first, so that
    /// it holds whatever the operation then does.
    pub(crate) fn read<T: Audited>(
        &self,
        trail: Trail,
        f: impl FnOnce(&State, &Ctx) -> Result<T>,
    ) -> Result<T> {
        let ctx = self.ctx(&trail);
        let mut f = Some(f);
        type Done<T> = (Result<T>, Option<String>, Counter);
        // An AWS managed key's alias with no key yet: it is made first.
        let managed = RefCell::new(None);
        let mut run = |state: &State| -> Result<Option<Done<T>>> {
            if maintenance::due(state, ctx.now) {
                return Ok(None);
            }
            if let Some(alias) = managed::missing(state, &ctx.caller, trail.key_input()) {
                *managed.borrow_mut() = Some(alias);
                return Ok(None);
            }
            let f = f
                .take()
                .ok_or_else(|| Error::Internal("an operation ran twice".into()))?;
            let out = f(state, &ctx);
            // The log names the key the response names; the request's own
            // key id is resolved only when the response names none.
            let resolved = match &out {
                Ok(response) if response.key_arn().is_some() => None,
                _ => trail.resolve(state, &ctx.caller),
            };
            Ok(Some((out, resolved, Counter::read(state))))
        };
        let done = match self.keystore.read(&mut run)? {
            Some(done) => done,
            None => {
                match managed.take() {
                    Some(alias) => self.create_managed_key(&alias)?,
                    None => self.maintain_now()?,
                }
                self.keystore
                    .read(&mut run)?
                    .ok_or_else(|| Error::Internal("maintenance stayed due".into()))?
            }
        };
        match done {
            (Ok(out), resolved, counter) => {
                self.log_success(&trail, resolved, counter, &out)?;
                Ok(out)
            }
            (Err(e), resolved, counter) => Err(self.log_failure::<T>(&trail, resolved, counter, e)),
        }
    }

    /// Runs an operation that changes the keystore, after any due
    /// maintenance. Its log entries are written under the lock before the
    /// change is saved, so a change that cannot be logged is not made.
    pub(crate) fn write<T: Audited>(
        &self,
        trail: Trail,
        f: impl FnOnce(&mut State, &Ctx) -> Result<T>,
    ) -> Result<T> {
        let ctx = self.ctx(&trail);
        let shared = RefCell::new((Vec::new(), None, Counter::at(0)));
        let result = self.keystore.update_logged(
            ctx.now,
            |state| {
                let loaded = Counter::read(state);
                let happened = maintenance::run(state, ctx.now)?;
                *shared.borrow_mut() = (happened, trail.resolve(state, &ctx.caller), loaded);
                f(state, &ctx)
            },
            |out, state, key| {
                let (happened, resolved, _) = &*shared.borrow();
                let mut events = self.happened_events(happened, state);
                let counter = Counter::change(state);
                events.push(trail.event(self.now(), resolved.clone(), counter, Ok(out)));
                self.append_now(key, events, state)
            },
        );
        result.map_err(|e| {
            let (_, resolved, loaded) = &*shared.borrow();
            match e.kind() {
                Kind::Kms => self.log_failure::<T>(&trail, resolved.clone(), *loaded, e),
                _ => e,
            }
        })
    }

    /// Runs an operation that needs no key (GenerateRandom). AWS logs it
    /// in CloudTrail, so where a keystore exists it is opened for its audit
    /// key, even when this is the process's first operation; without a
    /// keystore there is no log to write to.
    pub(crate) fn keyless<T: Audited>(
        &self,
        trail: Trail,
        f: impl FnOnce(&Ctx) -> Result<T>,
    ) -> Result<T> {
        let counter = match self.keystore.exists()? {
            true => Counter::at(self.keystore.read(|s| Ok(s.writes))?),
            false => Counter::at(0),
        };
        match f(&self.ctx(&trail)) {
            Ok(out) => {
                self.log_success(&trail, None, counter, &out)?;
                Ok(out)
            }
            Err(e) => Err(self.log_failure::<T>(&trail, None, counter, e)),
        }
    }

    /// Does due maintenance on its own, persisted and logged.
    /// Makes the AWS managed key of `alias` in the caller's account and
    /// Region, logged as the CreateKey AWS's service would make.
    fn create_managed_key(&self, alias: &str) -> Result<()> {
        let trail = Trail::new(crate::ops::catalog::CreateKey::NAME, None, None);
        self.write(trail, |state, ctx| managed::create(state, ctx, alias))?;
        Ok(())
    }

    fn maintain_now(&self) -> Result<()> {
        let now = self.now();
        self.keystore.update_logged(
            now,
            |state| maintenance::run(state, now),
            |happened, state, key| {
                self.append_now(key, self.happened_events(happened, state), state)
            },
        )?;
        Ok(())
    }

    /// Reads between two [`Kms::recheck`] calls share one look at the
    /// keystore's file (batch mode).
    pub fn reuse_snapshots(&self) {
        self.keystore.reuse_snapshots();
    }

    /// The next read looks at the keystore's file again.
    pub fn recheck(&self) {
        self.keystore.recheck();
    }

    /// What another thread needs to run operations on the same keystore
    /// (see [`crate::keystore::Keystore::share`]), and the clock.
    pub fn share(&self) -> Result<(SharedKeystore, Clock)> {
        Ok((self.keystore.share()?, self.clock))
    }

    pub fn keystore_path(&self) -> &Path {
        self.keystore.path()
    }

    /// The secret of an access key, for checking a request's signature, and
    /// the account it acts in (`None`: the keystore's home account). A
    /// lookup, not an operation: nothing is logged, and no maintenance runs.
    pub fn access_key(&self, access_key_id: &str) -> Result<Option<access_keys::Credentials>> {
        self.keystore
            .read(|s| Ok(access_keys::credentials(s, access_key_id)))
    }
}
