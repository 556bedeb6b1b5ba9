//! Process hygiene, before any secret is touched: no core dump can be
//! written, and (on Linux) the process is not dumpable, so other processes
//! of the same user cannot attach a debugger to it or read its memory
//! through /proc.

use rustix::process::{Resource, Rlimit, setrlimit};

use crate::error::{Error, Result};

/// Disables core dumps and marks the process non-dumpable. A failure is an
/// error: kms-local does not handle keys in a process it could not protect.
pub fn harden() -> Result<()> {
    let none = Rlimit {
        current: Some(0),
        maximum: Some(0),
    };
    setrlimit(Resource::Core, none)
        .map_err(|e| Error::Internal(format!("could not disable core dumps: {e}")))?;
    #[cfg(target_os = "linux")]
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
        .map_err(|e| Error::Internal(format!("could not make the process non-dumpable: {e}")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harden_turns_off_core_dumps_and_dumpability() {
        harden().unwrap();
        let core = rustix::process::getrlimit(Resource::Core);
        assert_eq!((core.current, core.maximum), (Some(0), Some(0)));
        #[cfg(target_os = "linux")]
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
    }
}
