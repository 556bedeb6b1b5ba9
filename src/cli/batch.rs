//! `batch`: many operations in one process, one JSON request a line.

use std::io::{self, BufRead, Write};

use clap::Args;
use std::borrow::Cow;

use serde_json::{Map, json};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::ops::{Kms, dispatch};

/// Room for many responses; one is at most about 12 KiB (a 4096-byte
/// plaintext and its blob as base64), so the buffer never reallocates.
const OUT_CAPACITY: usize = 256 * 1024;
const FLUSH_AT: usize = 128 * 1024;

/// Run many operations in one process: JSON requests on stdin, one a line
///
/// Each line is an object with "Operation" (an AWS KMS operation name, or
/// RotateDomainKey or KeystoreSettings) and the operation's request fields,
/// as in `{"Operation": "GenerateDataKey", "KeyId": "alias/ci", "NumberOfBytes": 32}`.
/// Each response is one line, in order: the operation's response fields, or
/// {"Error": {"Code": ..., "Message": ...}} for that line alone. The keystore
/// is unlocked once; a write is saved before its response is written.
#[derive(Debug, Args)]
pub struct BatchArgs {}

pub(crate) fn run(_args: BatchArgs, kms: &Kms) -> Result<()> {
    kms.defer_audit();
    kms.reuse_snapshots();
    // A reader of our own, to see whether more input is already buffered.
    let mut input = io::BufReader::with_capacity(64 * 1024, io::stdin().lock());
    let mut stdout = io::stdout().lock();
    let mut line = Zeroizing::new(String::with_capacity(64 * 1024));
    let mut out = Zeroizing::new(Vec::with_capacity(OUT_CAPACITY));
    loop {
        // Lines read in one chunk share one look at the keystore's file; a
        // change another process made shows from the next chunk on.
        if input.buffer().is_empty() {
            kms.recheck();
        }
        line.clear();
        let read = input
            .read_line(&mut line)
            .map_err(|e| Error::input("stdin", e))?;
        if read == 0 {
            break;
        }
        if !line.trim().is_empty() {
            respond(kms, line.trim(), &mut out);
        }
        // Pipelined input is answered in chunks; a client that waits for
        // each answer gets it at once.
        if input.buffer().is_empty() || out.len() >= FLUSH_AT {
            flush(kms, &mut stdout, &mut out)?;
        }
    }
    flush(kms, &mut stdout, &mut out)
}

/// Appends the response line for one request line.
fn respond(kms: &Kms, line: &str, out: &mut Vec<u8>) {
    let start = out.len();
    let result = dispatch::fields(line).and_then(|mut request| {
        let operation = request
            .remove("Operation")
            .and_then(|raw| serde_json::from_str::<Cow<str>>(raw.get()).ok())
            .ok_or_else(|| {
                Error::Serialization("the request has no \"Operation\" string".into())
            })?;
        dispatch::call(kms, &operation, request, out)
    });
    if let Err(e) = result {
        out.truncate(start);
        let code = e.exception().unwrap_or(match e.kind() {
            crate::error::Kind::Keystore => "KeystoreError",
            _ => "InternalError",
        });
        let mut error = Map::new();
        error.insert("Code".into(), json!(code));
        error.insert("Message".into(), json!(e.to_string()));
        let _ = serde_json::to_writer(&mut *out, &json!({ "Error": error }));
    }
    out.push(b'\n');
}

/// Logs the held audit entries, then writes the responses: nothing a client
/// sees goes unlogged.
fn flush(kms: &Kms, stdout: &mut io::StdoutLock<'_>, out: &mut Vec<u8>) -> Result<()> {
    if let Err(e) = kms.flush_audit() {
        out.clear();
        return Err(e);
    }
    let written = stdout.write_all(out).and_then(|()| stdout.flush());
    out.clear();
    written.map_err(|e| match e.kind() {
        io::ErrorKind::BrokenPipe => Error::BrokenPipe,
        _ => Error::Internal(format!("could not write to stdout: {e}")),
    })
}
