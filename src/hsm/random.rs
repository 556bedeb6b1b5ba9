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

/// The OS random source for the crates whose key generation, padding and
/// blinding take an infallible generator. A failure is recorded, not
/// panicked on: from then on the generator yields a non-repeating filler
/// (so that a search for a prime still ends), and [`with_os_rng`] throws
/// away whatever was made with it and returns the error.
pub struct OsRng {
    failure: Option<String>,
    filler: u64,
}

impl OsRng {
    fn fill_or_record(&mut self, dst: &mut [u8]) {
        if self.failure.is_none()
            && let Err(e) = SysRng.try_fill_bytes(dst)
        {
            self.failure = Some(e.to_string());
        }
        if self.failure.is_some() {
            for chunk in dst.chunks_mut(8) {
                self.filler = self.filler.wrapping_add(0x9E37_79B9_7F4A_7C15);
                chunk.copy_from_slice(&self.filler.to_le_bytes()[..chunk.len()]);
            }
        }
    }
}

impl rand::TryRng for OsRng {
    type Error = std::convert::Infallible;

    fn try_next_u32(&mut self) -> std::result::Result<u32, Self::Error> {
        let mut bytes = [0; 4];
        self.fill_or_record(&mut bytes);
        Ok(u32::from_le_bytes(bytes))
    }

    fn try_next_u64(&mut self) -> std::result::Result<u64, Self::Error> {
        let mut bytes = [0; 8];
        self.fill_or_record(&mut bytes);
        Ok(u64::from_le_bytes(bytes))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> std::result::Result<(), Self::Error> {
        self.fill_or_record(dst);
        Ok(())
    }
}

impl rand::TryCryptoRng for OsRng {}

/// Runs `f` with the OS random source; if the source failed at any point
/// during `f`, its result is dropped and the failure is the error.
pub fn with_os_rng<T>(f: impl FnOnce(&mut OsRng) -> Result<T>) -> Result<T> {
    let mut rng = OsRng {
        failure: None,
        filler: 0,
    };
    let result = f(&mut rng);
    match rng.failure {
        Some(e) => Err(Error::Internal(format!("the OS random source failed: {e}"))),
        None => result,
    }
}
