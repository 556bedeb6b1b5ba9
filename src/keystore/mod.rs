//! The keystore: one file holding every key, sealed under the KEK.
//!
//! [`Keystore::read`] runs a closure on the state under a shared lock;
//! [`Keystore::update`] runs one under the exclusive lock and persists the
//! result only when the closure succeeds. A file that fails to open is
//! reported and never replaced. Nothing here knows AWS semantics.

pub mod body;
pub mod bundle;
pub mod envelope;
pub mod format;
pub mod index;
pub mod kek;
pub mod persist;
pub mod records;
pub mod rekey;
pub mod state;
pub mod table;
pub mod trust;

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use crate::audit;
use crate::error::{Error, IoResultExt, KeystoreProblem, Result};
use crate::hsm::DomainKey;
use crate::hsm::secret::KeyBytes;
use crate::ids::KeystoreId;
use crate::timestamp::Timestamp;
use envelope::Unlocked;
use format::{FileKind, Header};
use kek::{KekOrigin, KekSources};
use state::{Settings, State};

/// The account id printed in every ARN: AWS's documentation example account.
pub const ACCOUNT_ID: &str = "111122223333";

/// A keystore at a path, with the places its KEK may come from.
#[derive(Debug)]
pub struct Keystore {
    path: PathBuf,
    sources: KekSources,
    /// The region a new keystore records.
    region: String,
    /// The keys of the keystore as last unlocked, reused while they fit.
    unlocked: RefCell<Option<Arc<Unlocked>>>,
    /// The audit log's key, known once the keystore has been opened, with
    /// the id of the keystore it belongs to: a file replaced by another
    /// keystore's brings its own key.
    audit_key: RefCell<Option<(KeystoreId, Rc<KeyBytes>)>>,
    /// The settings of the keystore as last opened or written: how its
    /// audit log rotates.
    settings: Cell<Settings>,
    /// The state as last read or written, with the identity of its file: a
    /// read while the file is unchanged needs no I/O (batch mode).
    cache: RefCell<Option<(persist::FileId, Rc<State>)>>,
    /// Whether the cache may be used without a `stat` until the next
    /// [`Keystore::recheck`] (batch mode, once per chunk of input).
    snapshots: Cell<bool>,
    checked: Cell<bool>,
    /// How long to wait for a lock another process holds.
    lock_wait: Duration,
}

/// A keystore to open on another thread (`serve`'s workers): each thread
/// keeps its own handle and cache, and the locks order them as they order
/// processes.
#[derive(Clone, Debug)]
pub struct SharedKeystore {
    path: PathBuf,
    sources: KekSources,
    region: String,
    unlocked: Option<Arc<Unlocked>>,
    lock_wait: Duration,
}

impl SharedKeystore {
    /// A handle on this thread.
    pub fn open(&self) -> Keystore {
        Keystore {
            path: self.path.clone(),
            sources: self.sources.clone(),
            region: self.region.clone(),
            unlocked: RefCell::new(self.unlocked.clone()),
            audit_key: RefCell::new(None),
            settings: Cell::new(Settings::default()),
            cache: RefCell::new(None),
            snapshots: Cell::new(false),
            checked: Cell::new(false),
            lock_wait: self.lock_wait,
        }
    }
}

/// What `init` made.
#[derive(Debug)]
pub struct Created {
    pub path: PathBuf,
    pub region: String,
    pub origin: KekOrigin,
    /// The new keystore's write counter.
    pub writes: u64,
}

impl Keystore {
    /// A keystore at `path`; a symbolic link there is resolved once, here.
    pub fn new(path: PathBuf, sources: KekSources, region: String) -> Result<Self> {
        let path = persist::resolve(&path).keystore_context(&path, "resolve the link")?;
        Ok(Keystore {
            path,
            sources,
            region,
            unlocked: RefCell::new(None),
            audit_key: RefCell::new(None),
            settings: Cell::new(Settings::default()),
            cache: RefCell::new(None),
            snapshots: Cell::new(false),
            checked: Cell::new(false),
            lock_wait: persist::DEFAULT_LOCK_WAIT,
        })
    }

    /// Waits at most `wait` for a lock another process holds (on the
    /// keystore or its audit log), instead of [`persist::DEFAULT_LOCK_WAIT`].
    pub fn with_lock_wait(mut self, wait: Duration) -> Self {
        self.lock_wait = wait;
        self
    }

    /// How long a command waits for a lock another process holds.
    pub fn lock_wait(&self) -> Duration {
        self.lock_wait
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates a new keystore; an error if one exists.
    pub fn init(&self, passphrase: bool, now: Timestamp) -> Result<Created> {
        let lock = persist::lock_exclusive(&self.path, self.lock_wait)?;
        if self.exists()? {
            return Err(Error::keystore(&self.path, KeystoreProblem::AlreadyExists));
        }
        let mut state = self.new_state(now)?;
        state.writes = 1;
        let (root, protection, origin) = self.sources.for_new(&self.path, passphrase)?;
        let unlocked = Arc::new(Unlocked::new(&root, protection));
        self.remember(&unlocked, &state);
        self.write(&state, &unlocked, &lock)?;
        Ok(Created {
            path: self.path.clone(),
            region: self.region.clone(),
            origin,
            writes: state.writes,
        })
    }

    /// Runs `f` on the current state under a shared lock. A keystore that does
    /// not exist yet reads as an empty one, and is not created.
    ///
    /// A process that reads again while the file is unchanged (batch mode)
    /// reuses the state it read: any snapshot a reader could see is whole.
    pub fn read<T>(&self, f: impl FnOnce(&State) -> Result<T>) -> Result<T> {
        // The cache's borrow ends before `f` runs, which may write the keystore.
        let trusted = match self.checked.get() {
            true => self.cache.borrow().as_ref().map(|(_, s)| Rc::clone(s)),
            false => None,
        };
        if let Some(state) = trusted {
            return f(&state);
        }
        let id = persist::file_id(&self.path).keystore_context(&self.path, "stat")?;
        if let Some(state) = self.cached(id) {
            self.checked.set(self.snapshots.get());
            return f(&state);
        }
        if !self.unlock_before_lock()? {
            return f(&State::empty(self.region.clone(), ACCOUNT_ID.to_owned()));
        }
        let _lock = persist::lock_shared(&self.path, self.lock_wait)?;
        // Under the shared lock no writer can replace the file: this is its identity.
        let id = persist::file_id(&self.path).keystore_context(&self.path, "stat")?;
        match envelope::load(&self.path, FileKind::Keystore)? {
            Some(file) => {
                let unlocked = self.unlock(&file.header)?;
                let state = Rc::new(self.open_checked(file, &unlocked)?);
                self.remember(&unlocked, &state);
                if let Some(id) = id {
                    *self.cache.borrow_mut() = Some((id, Rc::clone(&state)));
                    self.checked.set(self.snapshots.get());
                }
                f(&state)
            }
            None => f(&State::empty(self.region.clone(), ACCOUNT_ID.to_owned())),
        }
    }

    /// From now on, reuse the state read for every read until the next
    /// [`Keystore::recheck`], without a `stat` each time (batch mode: the
    /// lines of one chunk of input see one snapshot).
    pub fn reuse_snapshots(&self) {
        self.snapshots.set(true);
    }

    /// The next read checks the file again.
    pub fn recheck(&self) {
        self.checked.set(false);
    }

    /// The state last seen, if its file has not changed since.
    fn cached(&self, id: Option<persist::FileId>) -> Option<Rc<State>> {
        let id = id?;
        match &*self.cache.borrow() {
            Some((seen, state)) if *seen == id => Some(Rc::clone(state)),
            _ => None,
        }
    }

    /// Runs `f` on the state under the exclusive lock and persists the result
    /// if `f` succeeds. Creates the keystore on first use.
    pub fn update<T>(&self, now: Timestamp, f: impl FnOnce(&mut State) -> Result<T>) -> Result<T> {
        self.update_logged(now, f, |_, _, _| Ok(()))
    }

    /// [`Keystore::update`], calling `log` with the result, the new state and
    /// the audit log's key after `f` succeeds and before anything is saved,
    /// still under the lock: a change that cannot be logged is not made.
    pub fn update_logged<T>(
        &self,
        now: Timestamp,
        f: impl FnOnce(&mut State) -> Result<T>,
        log: impl FnOnce(&T, &State, &KeyBytes) -> Result<()>,
    ) -> Result<T> {
        self.unlock_before_lock()?;
        let lock = persist::lock_exclusive(&self.path, self.lock_wait)?;
        let (mut state, unlocked) = match envelope::load(&self.path, FileKind::Keystore)? {
            Some(file) => {
                let unlocked = self.unlock(&file.header)?;
                let state = self.open_checked(file, &unlocked)?;
                (state, Some(unlocked))
            }
            None => (self.new_state(now)?, None),
        };
        let out = f(&mut state)?;
        state.writes += 1;
        let unlocked = match unlocked {
            Some(unlocked) => unlocked,
            // A new keystore's KEK (and key file) only once the operation has succeeded.
            None => {
                let (root, protection, _) = self.sources.for_new(&self.path, false)?;
                Arc::new(Unlocked::new(&root, protection))
            }
        };
        let audit_key = unlocked.audit_key(&state.keystore_id.0);
        log(&out, &state, &audit_key)?;
        self.remember(&unlocked, &state);
        *self.cache.borrow_mut() = None;
        self.write(&state, &unlocked, &lock)?;
        let id = persist::file_id(&self.path).keystore_context(&self.path, "stat")?;
        *self.cache.borrow_mut() = id.map(|id| (id, Rc::new(state)));
        Ok(out)
    }

    /// Copies the keystore, once it has authenticated, to a new file at
    /// `dest` (mode 0600); an existing `dest` is an error. Returns the size.
    ///
    /// The file is read once, and the bytes written are the bytes that
    /// authenticated: a second read could meet another file put in place
    /// meanwhile by something that does not take kms-local's lock.
    pub fn backup(&self, dest: &Path) -> Result<usize> {
        self.unlock_before_lock()?;
        let _lock = persist::lock_shared(&self.path, self.lock_wait)?;
        let bytes =
            envelope::read_whole(&self.path, FileKind::Keystore)?.ok_or_else(|| self.missing())?;
        self.authenticate(&bytes)?;
        persist::write_new(dest, &bytes).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                Error::keystore(dest, KeystoreProblem::AlreadyExists)
            }
            _ => Error::keystore(
                dest,
                KeystoreProblem::Io {
                    context: "write".into(),
                    source: e,
                },
            ),
        })?;
        Ok(bytes.len())
    }

    /// Authenticates a keystore's bytes whole: the body and every record
    /// (not only the ones an operation reads), and their length.
    fn authenticate(&self, bytes: &Arc<[u8]>) -> Result<()> {
        let file = envelope::parse(&self.path, FileKind::Keystore, bytes)?;
        let unlocked = self.unlock(&file.header)?;
        self.open(file, &unlocked)?.keys.records()?;
        Ok(())
    }

    /// The error for a keystore that should exist and does not.
    pub fn missing(&self) -> Error {
        Error::keystore(&self.path, KeystoreProblem::Missing)
    }

    pub(crate) fn exists(&self) -> Result<bool> {
        persist::exists(&self.path).keystore_context(&self.path, "stat")
    }

    fn new_state(&self, now: Timestamp) -> Result<State> {
        let mut state = State::empty(self.region.clone(), ACCOUNT_ID.to_owned());
        state.keystore_id = KeystoreId::random()?;
        state.domain_keys.push(DomainKey::generate(now)?);
        Ok(state)
    }

    /// Obtains the KEK from the header as it is before the lock is taken, so
    /// that a passphrase prompt or Argon2id never holds other processes up.
    /// `false` when there is no keystore yet.
    fn unlock_before_lock(&self) -> Result<bool> {
        match envelope::load_header(&self.path, FileKind::Keystore)? {
            Some(header) => self.unlock(&header).map(|_| true),
            None => Ok(false),
        }
    }

    /// The keys for `header`: those already obtained while they still fit
    /// it, so a process unlocks (prompts, runs Argon2id) once, else new ones.
    fn unlock(&self, header: &Header) -> Result<Arc<Unlocked>> {
        if let Some(cached) = self.unlocked.borrow().as_ref()
            && cached.fits(header)
        {
            return Ok(Arc::clone(cached));
        }
        let unlocked = Arc::new(envelope::unlock(&self.path, &self.sources, header)?);
        *self.unlocked.borrow_mut() = Some(Arc::clone(&unlocked));
        Ok(unlocked)
    }

    /// Keeps the keys and the audit log's key of an opened keystore. The
    /// audit key follows the keystore the file holds now.
    fn remember(&self, unlocked: &Arc<Unlocked>, state: &State) {
        let mut audit_key = self.audit_key.borrow_mut();
        if audit_key
            .as_ref()
            .is_none_or(|(id, _)| *id != state.keystore_id)
        {
            let key = Rc::new(unlocked.audit_key(&state.keystore_id.0));
            *audit_key = Some((state.keystore_id, key));
        }
        self.settings.set(state.settings);
        *self.unlocked.borrow_mut() = Some(Arc::clone(unlocked));
    }

    /// What another thread needs to open this keystore, with its keys
    /// unlocked now (a prompt, Argon2id) so that no thread does it again.
    pub fn share(&self) -> Result<SharedKeystore> {
        self.unlock_before_lock()?;
        Ok(SharedKeystore {
            path: self.path.clone(),
            sources: self.sources.clone(),
            region: self.region.clone(),
            unlocked: self.unlocked.borrow().clone(),
            lock_wait: self.lock_wait,
        })
    }

    /// The audit log's key, once this keystore has been opened or written.
    pub fn audit_key(&self) -> Option<Rc<KeyBytes>> {
        self.audit_key
            .borrow()
            .as_ref()
            .map(|(_, key)| Rc::clone(key))
    }

    /// The settings of the keystore as last opened or written (the
    /// defaults before that).
    pub fn settings(&self) -> Settings {
        self.settings.get()
    }

    /// The audit log beside the keystore.
    pub fn audit_path(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".audit");
        PathBuf::from(name)
    }

    /// The state in a file, its body authenticated; its key records are
    /// read and authenticated as they are asked for.
    fn open(&self, mut file: envelope::SealedFile, unlocked: &Arc<Unlocked>) -> Result<State> {
        let body = envelope::open_body(&self.path, &mut file, unlocked)?;
        let records = file.records.take();
        body::decode(&self.path, file.header.version, body, records, unlocked)
    }

    /// [`Keystore::open`], refusing a keystore older than its own audit log:
    /// a copy put back, which would bring back what was revoked since. The
    /// caller holds the keystore's lock, so no change is half done.
    fn open_checked(&self, file: envelope::SealedFile, unlocked: &Arc<Unlocked>) -> Result<State> {
        let state = self.open(file, unlocked)?;
        let seen = audit::recent_writes(&self.audit_path())?;
        if !seen.allows(state.writes) {
            return Err(Error::keystore(
                &self.path,
                KeystoreProblem::RolledBack {
                    seen: seen.most(),
                    writes: state.writes,
                },
            ));
        }
        Ok(state)
    }

    /// Makes the keystore at `from` (an older copy, such as a backup), or
    /// with none the file as it is, the keystore, accepting that it is older
    /// than its audit log. `log` gets its state and the audit key under the
    /// exclusive lock, before anything is written. The copy is decoded and
    /// authenticated whole, then written anew, so what is saved is what was
    /// checked. Returns the restored write counter.
    pub fn restore(
        &self,
        from: Option<&Path>,
        log: impl FnOnce(&State, &KeyBytes) -> Result<()>,
    ) -> Result<u64> {
        let source = from.unwrap_or(&self.path);
        let header = envelope::load_header(source, FileKind::Keystore)?
            .ok_or_else(|| Error::keystore(source, KeystoreProblem::Missing))?;
        self.unlock(&header)?;
        let lock = persist::lock_exclusive(&self.path, self.lock_wait)?;
        let file = envelope::load(source, FileKind::Keystore)?
            .ok_or_else(|| Error::keystore(source, KeystoreProblem::Missing))?;
        let unlocked = self.unlock(&file.header)?;
        let state = self.open(file, &unlocked)?;
        state.keys.records()?;
        let key = unlocked.audit_key(&state.keystore_id.0);
        log(&state, &key)?;
        self.remember(&unlocked, &state);
        *self.cache.borrow_mut() = None;
        if from.is_some() {
            self.write(&state, &unlocked, &lock)?;
        }
        Ok(state.writes)
    }

    fn write(&self, state: &State, unlocked: &Unlocked, lock: &persist::Lock) -> Result<()> {
        let bytes = sealed(state, unlocked)?;
        persist::replace(&self.path, &bytes, lock).keystore_context(&self.path, "write")
    }
}

/// The keystore file's bytes for `state`, sealed under `unlocked`.
fn sealed(state: &State, unlocked: &Unlocked) -> Result<Vec<u8>> {
    let (version, body, records) = body::encode(state, unlocked)?;
    let mut bytes = envelope::seal_body(FileKind::Keystore, version, unlocked, &body)?;
    bytes.extend_from_slice(&records);
    Ok(bytes)
}

#[cfg(test)]
mod tests;
