//! The only writer of stdout. Responses print as `aws kms` prints them:
//! JSON indented by four spaces, one trailing newline.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{PrettyFormatter, Serializer};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Room for the largest response (a 4096-byte plaintext as base64, plus
/// fields) so the zeroizing buffer never regrows and leaves a copy behind.
const BUFFER: usize = 16 * 1024;

/// Prints `response` as JSON. It may hold a plaintext, so it is rendered into
/// a zeroizing buffer and written with one call.
pub fn print_json<T: Serialize>(response: &T) -> Result<()> {
    let mut buf = Zeroizing::new(Vec::with_capacity(BUFFER));
    let mut serializer =
        Serializer::with_formatter(&mut *buf, PrettyFormatter::with_indent(b"    "));
    response
        .serialize(&mut serializer)
        .map_err(|e| Error::Internal(format!("could not encode the response: {e}")))?;
    buf.push(b'\n');
    write_stdout(&buf)
}

fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| match e.kind() {
            io::ErrorKind::BrokenPipe => Error::BrokenPipe,
            _ => Error::Internal(format!("could not write to stdout: {e}")),
        })
}
