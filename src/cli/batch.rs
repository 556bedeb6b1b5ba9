//! `batch`: many operations in one process, one JSON request a line.

use std::borrow::Cow;
use std::io::{self, BufRead, Read};

use clap::Args;
use serde_json::{Map, json};
use zeroize::Zeroizing;

use crate::cli::Run;
use crate::cli::output::Output;
use crate::error::{Error, Result};
use crate::ops::{Kms, Surface, dispatch, limits};

/// Room for many responses. Output is flushed once less than eight
/// responses' room is left, so the buffer never reallocates (and never
/// leaves a plaintext behind).
const OUT_CAPACITY: usize = 256 * 1024;
const FLUSH_AT: usize = OUT_CAPACITY - 8 * limits::RESPONSE_CAPACITY;

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

impl Run for BatchArgs {
    fn operation(&self) -> &'static str {
        "Batch"
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        run(&kms, out)
    }
}

fn run(kms: &Kms, output: &Output) -> Result<()> {
    kms.defer_audit();
    kms.reuse_snapshots();
    // A reader of our own, to see whether more input is already buffered.
    let mut input = io::BufReader::with_capacity(64 * 1024, io::stdin().lock());
    // Room for the longest line, so that a line holding a plaintext is never
    // left behind by a reallocation.
    let mut line = Zeroizing::new(String::with_capacity(limits::MAX_REQUEST + 1));
    let mut out = Zeroizing::new(Vec::with_capacity(OUT_CAPACITY));
    loop {
        // Lines read in one chunk share one look at the keystore's file; a
        // change another process made shows from the next chunk on.
        if input.buffer().is_empty() {
            kms.recheck();
        }
        line.clear();
        match read_line(&mut input, &mut line)? {
            Line::End => break,
            Line::TooLong => respond_to(Err(too_long()), &mut out),
            Line::Read if line.trim().is_empty() => {}
            Line::Read => respond(kms, line.trim(), &mut out),
        }
        // Pipelined input is answered in chunks; a client that waits for
        // each answer gets it at once.
        if input.buffer().is_empty() || out.len() >= FLUSH_AT {
            flush(kms, output, &mut out)?;
        }
    }
    flush(kms, output, &mut out)
}

/// What [`read_line`] found.
enum Line {
    Read,
    TooLong,
    End,
}

/// Reads one line of at most [`limits::MAX_REQUEST`] bytes into `line`. A
/// longer one is read to its end and dropped, so that memory stays bounded
/// and the next line is answered in its turn.
fn read_line(input: &mut impl BufRead, line: &mut String) -> Result<Line> {
    let limit = limits::MAX_REQUEST as u64 + 1;
    let read = Read::take(&mut *input, limit)
        .read_line(line)
        .map_err(|e| Error::input("stdin", e))?;
    if read == 0 {
        return Ok(Line::End);
    }
    if read as u64 <= limits::MAX_REQUEST as u64 || line.ends_with('\n') {
        return Ok(Line::Read);
    }
    line.clear();
    loop {
        let buffer = input.fill_buf().map_err(|e| Error::input("stdin", e))?;
        if buffer.is_empty() {
            return Ok(Line::TooLong);
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => {
                input.consume(end + 1);
                return Ok(Line::TooLong);
            }
            None => {
                let all = buffer.len();
                input.consume(all);
            }
        }
    }
}

fn too_long() -> Error {
    Error::Validation(format!(
        "The request line is longer than {} bytes",
        limits::MAX_REQUEST
    ))
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
        dispatch::call(kms, Surface::Keystore, &operation, request, out)
    });
    if result.is_err() {
        out.truncate(start);
    }
    respond_to(result, out);
}

/// Ends the response line: an error's `{"Error": …}` if it failed.
fn respond_to(result: Result<()>, out: &mut Vec<u8>) {
    if let Err(e) = result {
        let mut error = Map::new();
        error.insert("Code".into(), json!(e.code()));
        error.insert("Message".into(), json!(e.to_string()));
        let _ = serde_json::to_writer(&mut *out, &json!({ "Error": error }));
    }
    out.push(b'\n');
}

/// Logs the held audit entries, then writes the responses: nothing a client
/// sees goes unlogged.
fn flush(kms: &Kms, output: &Output, out: &mut Vec<u8>) -> Result<()> {
    if let Err(e) = kms.flush_audit() {
        out.clear();
        return Err(e);
    }
    let written = output.write_raw(out);
    out.clear();
    written
}
