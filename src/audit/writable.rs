//! Whether the audit log can take another entry, for `serve`'s health
//! check: the log (or, before its first entry, its directory) is writable
//! by this process, and its file system has room. Nothing is written.

use std::fs::OpenOptions;
use std::io;
use std::path::Path;

use rustix::fs::Access;

/// The free space below which the log is reported as unwritable: room for
/// a few thousand entries, so a monitor hears of a filling disk before the
/// operations fail on it.
const MIN_FREE_BYTES: u64 = 1024 * 1024;

/// `Ok` when an append to the log at `path` would find it writable and
/// its file system with at least `MIN_FREE_BYTES` (1 MiB) free.
pub fn writable(path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    match OpenOptions::new().append(true).open(path) {
        Ok(_) => {}
        // The first append creates it.
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            rustix::fs::access(dir, Access::WRITE_OK | Access::EXEC_OK)?;
        }
        Err(e) => return Err(e),
    }
    let fs = rustix::fs::statvfs(dir)?;
    let free = fs.f_bavail.saturating_mul(fs.f_frsize);
    if free < MIN_FREE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::StorageFull,
            format!("its file system has {free} bytes free, under {MIN_FREE_BYTES}"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_in_a_missing_directory_is_not_writable() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("gone").join("keystore.audit");
        assert_eq!(
            writable(&missing).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
        assert!(writable(&dir.path().join("keystore.audit")).is_ok());
    }
}
