//! Locking and crash-safe replacement of the keystore file.
//!
//! A writer holds an exclusive lock on `<keystore>.lock` for its whole
//! read-modify-write; a reader holds a shared one while it reads. The new
//! content goes to a temp file in the same folder, is fsynced, renamed over
//! the old file, and the folder is fsynced. A crash at any point leaves
//! either the old file or the new one, never a mix; a reader never sees a
//! half-written file; two writers never lose each other's update.

use std::fs::{self, DirBuilder, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use crate::error::{Error, KeystoreProblem, Result};
use crate::keystore::trust::{self, Refused};

/// Folders kms-local creates are private to the user.
const DIR_MODE: u32 = 0o700;
/// So are the files it creates.
const FILE_MODE: u32 = 0o600;

/// Creates `dir` and any missing parents with mode 0700.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    DirBuilder::new().recursive(true).mode(DIR_MODE).create(dir)
}

/// Makes a rename or link in `dir` durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// The folder a keystore path lives in.
pub fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn lock_path(keystore: &Path) -> PathBuf {
    let mut name = keystore.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// A held lock; released when dropped (or when the process dies).
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// How errors name the lock file.
const LOCK_FILE: &str = "lock file";

/// How long a command waits for a lock another process holds, unless told
/// otherwise (`KMS_LOCAL_LOCK_TIMEOUT`). A writer holds the lock for
/// milliseconds; a wait of 30 s means something holds it that will not let
/// go, and a script is better told so than left hanging.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(30);

/// The longest pause between two tries for a lock.
const MAX_PAUSE: Duration = Duration::from_millis(50);

/// Which lock to take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockKind {
    Shared,
    Exclusive,
}

/// Takes `kind` of lock on `file`, waiting at most `wait`; `false` when the
/// time ran out. It tries, then sleeps and tries again, the pause doubling
/// from 1 ms to 50 ms: a blocking `flock` cannot be given a deadline
/// without a signal handler.
pub fn lock_within(file: &File, kind: LockKind, wait: Duration) -> io::Result<bool> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        let tried = match kind {
            LockKind::Shared => file.try_lock_shared(),
            LockKind::Exclusive => file.try_lock(),
        };
        match tried {
            Ok(()) => return Ok(true),
            Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => return Err(e),
        }
        let waited = start.elapsed();
        if waited >= wait {
            return Ok(false);
        }
        thread::sleep(pause.min(wait - waited));
        pause = (pause * 2).min(MAX_PAUSE);
    }
}

/// Takes the lock on the keystore's lock file, or says who to blame.
fn acquire(
    keystore: &Path,
    path: &Path,
    file: &File,
    kind: LockKind,
    wait: Duration,
) -> Result<()> {
    match lock_within(file, kind, wait) {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::keystore(
            keystore,
            KeystoreProblem::LockTimeout {
                waited: wait.as_secs(),
                lock: path.to_owned(),
            },
        )),
        Err(e) => Err(Error::io(keystore, "lock", e)),
    }
}

/// Takes the exclusive lock, creating the folder (0700) and lock file (0600).
/// A lock file that is a link, another user's, or writable by others is
/// refused (see [`trust`]). Waits at most `wait` for another process to
/// let go of it.
pub fn lock_exclusive(keystore: &Path, wait: Duration) -> Result<Lock> {
    let io = |e| Error::io(keystore, "lock", e);
    create_private_dir(parent(keystore)).map_err(io)?;
    let path = lock_path(keystore);
    let file = trust::open_own(&path, &mut create_options())
        .map_err(|r| r.into_error(LOCK_FILE, &path, io))?;
    acquire(keystore, &path, &file, LockKind::Exclusive, wait)?;
    Ok(Lock { _file: file })
}

/// Takes the shared lock, creating the lock file if the folder exists and
/// allows it. `None` when there is no folder (so no keystore) or the folder
/// cannot be written (a read-only copy, which no writer can change under us).
/// Waits at most `wait` for a writer to let go of it.
pub fn lock_shared(keystore: &Path, wait: Duration) -> Result<Option<Lock>> {
    let io = |e| Error::io(keystore, "lock", e);
    let path = lock_path(keystore);
    let opened = match trust::open_own(&path, OpenOptions::new().read(true)) {
        Err(Refused::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
            trust::open_own(&path, &mut create_options())
        }
        other => other,
    };
    let file = match opened {
        Ok(file) => file,
        Err(Refused::Io(e))
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound
                    | io::ErrorKind::PermissionDenied
                    | io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            return Ok(None);
        }
        Err(refused) => return Err(refused.into_error(LOCK_FILE, &path, io)),
    };
    acquire(keystore, &path, &file, LockKind::Shared, wait)?;
    Ok(Some(Lock { _file: file }))
}

/// How a lock file is opened to be created: for writing, mode 0600.
fn create_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options
        .create(true)
        .truncate(false)
        .write(true)
        .mode(FILE_MODE);
    options
}

/// Replaces `path` with `bytes` atomically and durably. Call with the exclusive lock held.
pub fn replace(path: &Path, bytes: &[u8], _lock: &Lock) -> io::Result<()> {
    let dir = parent(path);
    // tempfile creates its files with mode 0600.
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// New content for a file, written beside it to a temporary file and
/// fsynced, not yet in place; [`Staged::commit`] puts it there as
/// [`replace`] does, and dropping it uncommitted removes the temporary
/// file. What must happen before a change takes effect (logging it) can
/// then run between the slow part of a write and the rename.
#[derive(Debug)]
pub struct Staged {
    temp: tempfile::NamedTempFile,
    path: PathBuf,
}

/// Stages `bytes` to replace `path`. Call with the exclusive lock held, and
/// commit under it.
pub fn stage(path: &Path, bytes: &[u8], _lock: &Lock) -> io::Result<Staged> {
    let mut temp = tempfile::NamedTempFile::new_in(parent(path))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    Ok(Staged {
        temp,
        path: path.to_owned(),
    })
}

impl Staged {
    /// Renames the staged file over its path and fsyncs the folder.
    pub fn commit(self) -> io::Result<()> {
        self.temp.persist(&self.path).map_err(|e| e.error)?;
        sync_dir(parent(&self.path))
    }
}

/// Writes `bytes` to a new file at `path` (mode 0600), atomically and
/// durably; an existing file of that name is an `AlreadyExists` error, never
/// replaced.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent(path);
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// Whether anything (a file, or a link even to nothing) has the name `path`.
pub fn exists(path: &Path) -> io::Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// The path to read and replace: a symbolic link is followed once here, so
/// that an atomic replace updates the file it points to instead of turning
/// the link into a file. A link to nothing is an error, not a new keystore.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_owned()),
    }
}

/// What identifies one version of a file: a write replaces the file (a new
/// inode), and in place its size or modification time would change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileId {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
}

/// The identity of the file at `path` now; `None` when there is none.
pub fn file_id(path: &Path) -> io::Result<Option<FileId>> {
    use std::os::unix::fs::MetadataExt;
    match fs::metadata(path) {
        Ok(m) => Ok(Some(FileId {
            dev: m.dev(),
            ino: m.ino(),
            len: m.len(),
            mtime: (m.mtime(), m.mtime_nsec()),
        })),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Counts bytes written, to size a buffer before filling it.
pub struct ByteCount(pub usize);

impl Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
