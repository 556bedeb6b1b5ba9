//! The one source of randomness: the operating system's, never a user-space PRNG.

use rand::TryRng;
use rand::rngs::SysRng;

use crate::error::{Error, Result};

/// Fills `buf` from the OS random source. A failure is an error, never a panic
/// and never a silent fallback.
pub fn fill(buf: &mut [u8]) -> Result<()> {
    SysRng
        .try_fill_bytes(buf)
        .map_err(|e| Error::Internal(format!("the OS random source failed: {e}")))
}

/// `N` fresh random bytes, for values that are not secret (nonces, ids, salts).
pub fn array<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0; N];
    fill(&mut out)?;
    Ok(out)
}
