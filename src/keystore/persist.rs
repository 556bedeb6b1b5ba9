//! Locking and crash-safe replacement of the keystore file.
//!
//! A writer holds an exclusive lock on `<keystore>.lock` for its whole
//! read-modify-write; a reader holds a shared one while it reads. The new
//! content goes to a temp file in the same folder, is fsynced, renamed over
//! the old file, and the folder is fsynced. A crash at any point leaves
//! either the old file or the new one, never a mix; a reader never sees a
//! half-written file; two writers never lose each other's update.

use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

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

/// Takes the exclusive lock, creating the folder (0700) and lock file (0600).
pub fn lock_exclusive(keystore: &Path) -> io::Result<Lock> {
    create_private_dir(parent(keystore))?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(FILE_MODE)
        .open(lock_path(keystore))?;
    file.lock()?;
    Ok(Lock { _file: file })
}

/// Takes the shared lock, creating the lock file if the folder exists and
/// allows it. `None` when there is no folder (so no keystore) or the folder
/// cannot be written (a read-only copy, which no writer can change under us).
pub fn lock_shared(keystore: &Path) -> io::Result<Option<Lock>> {
    let path = lock_path(keystore);
    let opened = match OpenOptions::new().read(true).open(&path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(FILE_MODE)
            .open(&path),
        other => other,
    };
    let file = match opened {
        Ok(file) => file,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound
                    | io::ErrorKind::PermissionDenied
                    | io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    file.lock_shared()?;
    Ok(Some(Lock { _file: file }))
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
