//! Which files kms-local trusts, and how it opens them.
//!
//! A keystore may sit in a folder other users can write to: a shared `/tmp`,
//! a project folder, a CI workspace. There, another user could plant a
//! symbolic link where the lock file or audit log belongs, so that a write
//! meant for it lands in another file of yours, or make the file themselves
//! and change it under you. So kms-local opens its own files (the keystore,
//! its lock file and its audit log) without following a link at their last
//! component and without waiting on a named pipe, and refuses one that is not
//! a regular file, is owned by anyone but you or root, or can be written by
//! its group or others. These are the rules OpenSSH applies to the files it
//! trusts: root can change any file anyway, so a file of root's is as safe
//! as one of yours.
//!
//! A key file or a passphrase file is as good as secret only if no one
//! else can read it, and a key only if no one else could have written it:
//! a key file another user planted or can read would seal the keystore
//! under a key they know. So such a file must be yours or root's, and
//! neither readable nor writable by its group or others, as OpenSSH asks of
//! a private key. It may be reached through a link (its path is the
//! user's to choose); the file checked is the one opened.
//!
//! A key file must be a regular file; a passphrase file may also be a
//! pipe, so that a secret store can hand a passphrase over without writing
//! it to disk (`--passphrase-file /dev/stdin`, or `<(pass show kms)`). A
//! device is neither: `/dev/zero` would never end. Either is read only up
//! to a bound, [`Secret::limit`].
//!
//! Files kms-local creates are safe by construction: the temp file of a
//! write is created with `O_EXCL` (a planted name makes it fail, and it
//! retries under another), and a new file is published by `rename` or
//! `link`, neither of which follows a link at the destination.
//!
//! Nothing here decides paths; nothing here prints.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::Path;

use rustix::fs::OFlags;
use zeroize::Zeroizing;

use crate::error::{Error, KeystoreProblem};

/// Why a file is not trusted. The message says what is wrong and how to
/// put it right; the error around it names the file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Untrusted {
    /// A symbolic link where kms-local keeps one of its own files.
    #[error("it is a symbolic link, which kms-local does not follow here; remove it")]
    Link,
    /// A folder, a device, a pipe or a socket.
    #[error("it is {0}, not a regular file")]
    NotAFile(&'static str),
    /// Owned by someone else, who could change it at any time.
    #[error(
        "it is owned by uid {owner}, not by you (uid {you}) or root; replace it with a \
         file of your own"
    )]
    Owner { owner: u32, you: u32 },
    /// Writable by its group or by others.
    #[error("it is writable by other users (mode {mode:04o}); make it 0600 (chmod 600 {path})")]
    Writable { mode: u32, path: String },
    /// A key or passphrase file readable or writable by its group or others.
    #[error(
        "permissions {mode:04o} are too open; it must not be readable or writable by others \
         (chmod 600 {path})"
    )]
    TooOpen { mode: u32, path: String },
    /// A key or passphrase file longer than [`Secret::limit`].
    #[error("it is longer than {limit} bytes, the most kms-local reads from such a file")]
    TooLong { limit: u64 },
}

/// What a secret file holds, which decides what it may be and how much
/// of it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Secret {
    /// A key: base64 of 32 bytes and a newline, in a regular file.
    Key,
    /// A passphrase: in a regular file, or a pipe.
    Passphrase,
}

impl Secret {
    /// The most a file of this kind may hold. A key file holds 45 bytes,
    /// so 1 KiB leaves room for a CRLF or stray spaces and still refuses at
    /// once a file that is not a key; 64 KiB is more than any passphrase a
    /// person or a generator would use.
    pub const fn limit(self) -> u64 {
        match self {
            Secret::Key => 1024,
            Secret::Passphrase => 64 * 1024,
        }
    }
}

/// An open that failed: for the file's sake, or for the system's.
#[derive(Debug)]
pub enum Refused {
    Untrusted(Untrusted),
    Io(io::Error),
}

impl Refused {
    /// The error to report for the file at `path`, which messages call
    /// `what`; an I/O error is reported as `io` makes it.
    pub fn into_error(
        self,
        what: &'static str,
        path: &Path,
        io: impl FnOnce(io::Error) -> Error,
    ) -> Error {
        match self {
            Refused::Untrusted(u) => Error::Keystore {
                what,
                path: path.to_owned(),
                problem: KeystoreProblem::Untrusted(u),
            },
            Refused::Io(e) => io(e),
        }
    }
}

impl From<io::Error> for Refused {
    fn from(e: io::Error) -> Self {
        Refused::Io(e)
    }
}

impl From<Untrusted> for Refused {
    fn from(u: Untrusted) -> Self {
        Refused::Untrusted(u)
    }
}

/// `O_NOFOLLOW`: a link at the last component fails the open with `ELOOP`.
/// `O_NONBLOCK`: a named pipe is opened at once (and then refused) rather
/// than waited on; it changes nothing for a regular file.
const OWN_FILE_FLAGS: OFlags = OFlags::NOFOLLOW.union(OFlags::NONBLOCK);

/// Opens one of kms-local's own files with `options` (read, write, create,
/// mode…), without following a link at `path` or waiting on a pipe, and
/// checks that it may be trusted (see the module's doc).
pub fn open_own(path: &Path, options: &mut OpenOptions) -> Result<File, Refused> {
    // The flags are small positive constants: the cast cannot wrap.
    let file = options
        .custom_flags(OWN_FILE_FLAGS.bits() as i32)
        .open(path)
        .map_err(|e| explain(path, e))?;
    check_own(&file.metadata()?, path)?;
    Ok(file)
}

/// Checks what an open of one of kms-local's own files found.
pub fn check_own(meta: &Metadata, path: &Path) -> Result<(), Untrusted> {
    if !meta.file_type().is_file() {
        return Err(Untrusted::NotAFile(describe(meta)));
    }
    check_owner(meta)?;
    let mode = meta.mode() & 0o7777;
    if mode & 0o022 != 0 {
        return Err(Untrusted::Writable {
            mode,
            path: shell_word(path),
        });
    }
    Ok(())
}

/// Reads a file that holds a key or a passphrase, once it has been checked
/// (see the module's doc), into a buffer that is wiped when dropped.
pub fn read_secret(path: &Path, secret: Secret) -> Result<Zeroizing<Vec<u8>>, Refused> {
    let mut options = OpenOptions::new();
    options.read(true);
    if secret == Secret::Key {
        // A named pipe is refused below, rather than waited on here.
        options.custom_flags(OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path)?;
    check_secret(&file.metadata()?, path, secret)?;
    let limit = secret.limit();
    // Sized once, so that the buffer never regrows and leaves a copy of the
    // secret behind; one byte more than allowed tells a file that is too long.
    let room = usize::try_from(limit + 1).map_err(io::Error::other)?;
    let mut bytes = Zeroizing::new(Vec::with_capacity(room));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() >= room {
        return Err(Untrusted::TooLong { limit }.into());
    }
    Ok(bytes)
}

/// Checks the file a key or passphrase file's path led to.
fn check_secret(meta: &Metadata, path: &Path, secret: Secret) -> Result<(), Untrusted> {
    let kind = meta.file_type();
    if !(kind.is_file() || (secret == Secret::Passphrase && kind.is_fifo())) {
        return Err(Untrusted::NotAFile(describe(meta)));
    }
    check_owner(meta)?;
    let mode = meta.mode() & 0o7777;
    if mode & 0o077 != 0 {
        return Err(Untrusted::TooOpen {
            mode,
            path: shell_word(path),
        });
    }
    Ok(())
}

/// The file must be yours or root's.
fn check_owner(meta: &Metadata) -> Result<(), Untrusted> {
    let you = rustix::process::geteuid().as_raw();
    match meta.uid() {
        owner if owner == you || owner == 0 => Ok(()),
        owner => Err(Untrusted::Owner { owner, you }),
    }
}

/// Turns a failed open into the reason a user can act on, where there is
/// one: a link at `path` (`ELOOP` under `O_NOFOLLOW`), or a file of another
/// user's that cannot be opened.
fn explain(path: &Path, e: io::Error) -> Refused {
    let looped = e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error());
    let denied = e.kind() == io::ErrorKind::PermissionDenied;
    if looped || denied {
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => return Untrusted::Link.into(),
            Ok(meta) if denied => {
                if let Err(owner) = check_owner(&meta) {
                    return owner.into();
                }
            }
            _ => {}
        }
    }
    Refused::Io(e)
}

/// What a file that is not a regular file is, for a message.
fn describe(meta: &Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        "a folder"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

/// `path` as a shell word, for a command to copy from a message: as it is
/// when it needs no quoting, else in single quotes.
fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-+,:@%".contains(&b));
    if plain {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_quoted_only_when_the_shell_needs_it() {
        assert_eq!(shell_word(Path::new("/x/ks.audit")), "/x/ks.audit");
        assert_eq!(shell_word(Path::new("/x y/ks")), "'/x y/ks'");
        assert_eq!(shell_word(Path::new("/it's")), r"'/it'\''s'");
    }
}
