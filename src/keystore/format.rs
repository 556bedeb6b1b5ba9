//! The keystore file: a small cleartext header, then the sealed body.
//! The spec is docs/keystore-format.md.
//!
//! ```text
//! offset  len  field
//!      0    8  magic "KMSLOCAL"
//!      8    1  version: 1 = JSON body, 2 = indexed body, 3 = indexed with scopes (keystores; key bundles are 1)
//!      9    1  protection: 1 = master key, 2 = passphrase
//!     10   28  passphrase only: Argon2id memory KiB, iterations, lanes (u32 BE each), salt (16)
//!      …   32  key check value
//!      …   12  envelope nonce
//!      …    8  sealed body length (u64 BE)
//!      …    …  AES-256-GCM(envelope key, body, AAD = every byte above) || tag
//! ```

use crate::error::KeystoreProblem;
use crate::hsm::aead::{NONCE_LEN, TAG_LEN};
use crate::hsm::kek::Argon2Cost;
use crate::hsm::secret::KEY_LEN;

/// Which kind of sealed file: the magic tells a keystore from a key bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Keystore,
    /// A key bundle: keys exported by `export-keys`.
    Bundle,
}

impl FileKind {
    pub fn magic(self) -> [u8; 8] {
        match self {
            FileKind::Keystore => *b"KMSLOCAL",
            FileKind::Bundle => *b"KMSLKEYS",
        }
    }

    /// The versions this build reads: a keystore's body is JSON (1) or
    /// indexed (2, and 3 with scopes); a key bundle's is JSON.
    fn reads(self, version: u8) -> bool {
        match self {
            FileKind::Keystore => (VERSION_1..=VERSION_3).contains(&version),
            FileKind::Bundle => version == VERSION_1,
        }
    }
}

pub const VERSION_1: u8 = 1;
pub const VERSION_2: u8 = 2;
pub const VERSION_3: u8 = 3;
pub const SALT_LEN: usize = 16;
const PROTECTION_MASTER_KEY: u8 = 1;
const PROTECTION_PASSPHRASE: u8 = 2;
/// The largest body this build will read; far above 100,000 keys.
pub const MAX_BODY_LEN: u64 = 512 * 1024 * 1024;
/// The longest header: the passphrase form.
pub const MAX_HEADER_LEN: usize = 10 + 12 + SALT_LEN + KEY_LEN + NONCE_LEN + 8;

/// How the keystore-encryption key is obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// A 32-byte master key: `KMS_LOCAL_MASTER_KEY` or a key file.
    MasterKey,
    /// Argon2id over a passphrase.
    Passphrase {
        cost: Argon2Cost,
        salt: [u8; SALT_LEN],
    },
}

/// The cleartext header; all of it is authenticated as the body's AAD.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub kind: FileKind,
    pub version: u8,
    pub protection: Protection,
    pub key_check: [u8; KEY_LEN],
    pub nonce: [u8; NONCE_LEN],
    pub body_len: u64,
}

impl Header {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(MAX_HEADER_LEN);
        out.extend_from_slice(&self.kind.magic());
        out.push(self.version);
        match self.protection {
            Protection::MasterKey => out.push(PROTECTION_MASTER_KEY),
            Protection::Passphrase { cost, salt } => {
                out.push(PROTECTION_PASSPHRASE);
                out.extend_from_slice(&cost.memory_kib.to_be_bytes());
                out.extend_from_slice(&cost.iterations.to_be_bytes());
                out.extend_from_slice(&cost.parallelism.to_be_bytes());
                out.extend_from_slice(&salt);
            }
        }
        out.extend_from_slice(&self.key_check);
        out.extend_from_slice(&self.nonce);
        out.extend_from_slice(&self.body_len.to_be_bytes());
        out
    }
}

/// Reads fields off the front of a byte slice, failing with `Truncated`.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take<const N: usize>(&mut self) -> Result<&'a [u8; N], KeystoreProblem> {
        let (head, rest) = self
            .0
            .split_first_chunk::<N>()
            .ok_or(KeystoreProblem::Truncated)?;
        self.0 = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, KeystoreProblem> {
        self.take::<4>().map(|b| u32::from_be_bytes(*b))
    }
}

/// Parses the header at the start of `bytes`; returns it with its length.
/// Only the first [`MAX_HEADER_LEN`] bytes are ever looked at.
pub fn parse_header(bytes: &[u8], kind: FileKind) -> Result<(Header, usize), KeystoreProblem> {
    let mut r = Reader(bytes);
    let expected = kind.magic();
    let magic = r.take::<8>().map_err(|_| {
        // A prefix of the magic is a file cut short; anything else is not ours.
        if expected.starts_with(bytes) {
            KeystoreProblem::Truncated
        } else {
            KeystoreProblem::NotAKeystore
        }
    })?;
    if *magic != expected {
        return Err(KeystoreProblem::NotAKeystore);
    }
    let [version] = *r.take::<1>()?;
    if !kind.reads(version) {
        return Err(KeystoreProblem::UnknownVersion(version));
    }
    let protection = match *r.take::<1>()? {
        [PROTECTION_MASTER_KEY] => Protection::MasterKey,
        [PROTECTION_PASSPHRASE] => {
            let cost = Argon2Cost {
                memory_kib: r.u32()?,
                iterations: r.u32()?,
                parallelism: r.u32()?,
            };
            if !cost.is_acceptable() {
                return Err(KeystoreProblem::Passphrase(format!(
                    "the header asks for Argon2id cost {cost:?}, beyond what kms-local accepts"
                )));
            }
            Protection::Passphrase {
                cost,
                salt: *r.take()?,
            }
        }
        _ => return Err(KeystoreProblem::NotAKeystore),
    };
    let key_check = *r.take()?;
    let nonce = *r.take()?;
    let body_len = u64::from_be_bytes(*r.take()?);
    if !(TAG_LEN as u64..=MAX_BODY_LEN).contains(&body_len) {
        return Err(KeystoreProblem::Corrupt);
    }
    let header = Header {
        kind,
        version,
        protection,
        key_check,
        nonce,
        body_len,
    };
    let len = bytes.len() - r.0.len();
    Ok((header, len))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn passphrase_header() -> Header {
        Header {
            kind: FileKind::Keystore,
            version: VERSION_2,
            protection: Protection::Passphrase {
                cost: Argon2Cost::DEFAULT,
                salt: [5; SALT_LEN],
            },
            key_check: [6; KEY_LEN],
            nonce: [7; NONCE_LEN],
            body_len: 1000,
        }
    }

    #[test]
    fn header_round_trips() {
        for header in [
            passphrase_header(),
            Header {
                protection: Protection::MasterKey,
                ..passphrase_header()
            },
        ] {
            let bytes = header.encode();
            assert_eq!(
                parse_header(&bytes, FileKind::Keystore).unwrap(),
                (header, bytes.len())
            );
        }
        assert_eq!(passphrase_header().encode().len(), MAX_HEADER_LEN);
    }

    #[test]
    fn malformed_headers_are_named() {
        let good = passphrase_header().encode();
        assert!(matches!(
            parse_header(&good[..4], FileKind::Keystore),
            Err(KeystoreProblem::Truncated)
        ));
        assert!(matches!(
            parse_header(&good[..20], FileKind::Keystore),
            Err(KeystoreProblem::Truncated)
        ));
        assert!(matches!(
            parse_header(b"{\"json\"}", FileKind::Keystore),
            Err(KeystoreProblem::NotAKeystore)
        ));
        assert!(matches!(
            parse_header(b"xyz", FileKind::Keystore),
            Err(KeystoreProblem::NotAKeystore)
        ));
        let mut bad = good.clone();
        bad[8] = 9;
        assert!(matches!(
            parse_header(&bad, FileKind::Keystore),
            Err(KeystoreProblem::UnknownVersion(9))
        ));
        let mut bad = good.clone();
        bad[9] = 3;
        assert!(matches!(
            parse_header(&bad, FileKind::Keystore),
            Err(KeystoreProblem::NotAKeystore)
        ));
        let mut bad = good.clone();
        bad[10..14].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(matches!(
            parse_header(&bad, FileKind::Keystore),
            Err(KeystoreProblem::Passphrase(_))
        ));
        let mut bad = good.clone();
        let len_at = good.len() - 8;
        bad[len_at..].copy_from_slice(&u64::MAX.to_be_bytes());
        assert!(matches!(
            parse_header(&bad, FileKind::Keystore),
            Err(KeystoreProblem::Corrupt)
        ));
    }

    proptest! {
        #[test]
        fn parse_header_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
            let _ = parse_header(&bytes, FileKind::Keystore);
        }

        #[test]
        fn parse_header_never_panics_after_the_magic(rest in proptest::collection::vec(any::<u8>(), 0..120)) {
            let mut bytes = FileKind::Keystore.magic().to_vec();
            bytes.push(VERSION_1);
            bytes.extend(rest);
            let _ = parse_header(&bytes, FileKind::Keystore);
        }
    }
}
