//! What `migrate` and `rewrap` do, in a build with the `migrate` feature.

use std::io::{self, BufRead, IsTerminal, Write};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::{MigrateArgs, RewrapArgs};
use crate::cli::output::Output;
use crate::cli::{globals, input};
use crate::context::EncryptionContext;
use crate::error::{Error, Result};
use crate::migrate::rewrap::{Decrypted, Rewrapper};
use crate::migrate::{self, MigrateResponse};
use crate::ops::{Kms, limits};
use crate::remote::Endpoint;

pub(super) fn migrate(args: MigrateArgs, kms: &Kms, out: &Output) -> Result<()> {
    let endpoint = destination()?;
    let plan = migrate::plan(kms, &endpoint, &args.key_ids)?;
    // A dry run's plan says it; a run says it before it starts.
    for key in plan.keys.iter().filter(|_| !args.dry_run) {
        if let Some(reason) = &key.reason {
            eprintln!("kms-local: not moving {}: {reason}", key.key_id);
        }
    }
    let response = if args.dry_run {
        MigrateResponse {
            endpoint: migrate::endpoint_name(&endpoint).to_owned(),
            region: plan.region,
            keys: plan.keys,
        }
    } else {
        migrate::run(kms, &endpoint, plan)?
    };
    out.print(&response)
}

pub(super) fn rewrap(args: RewrapArgs, kms: &Kms, out: &Output) -> Result<()> {
    let mut rewrapper = Rewrapper::new(kms, destination()?, args.destination_key_id);
    if args.batch {
        return batch(&mut rewrapper);
    }
    let blob = match &args.ciphertext_blob {
        Some(value) => input::public_blob("--ciphertext-blob", value, limits::MAX_CIPHERTEXT)?,
        None => return Err(Error::input("--ciphertext-blob", "a blob is required")),
    };
    let context = match &args.encryption_context {
        Some(value) => Some(input::context("--encryption-context", value)?),
        None => None,
    };
    let response = rewrapper.rewrap(blob.0, context)?;
    if let Some(path) = &args.outfile {
        std::fs::write(path, &response.ciphertext_blob.0).map_err(|e| {
            Error::input(
                "--outfile",
                format!("cannot write '{}': {e}", path.display()),
            )
        })?;
    }
    out.print(&response)
}

/// The destination the global options name. A connection whose certificate
/// is not checked would hand key material to whoever answers: refused.
fn destination() -> Result<Endpoint> {
    let endpoint = globals::remote();
    if endpoint.no_verify_ssl {
        return Err(Error::input(
            "--no-verify-ssl",
            "migrate and rewrap send key material and plaintext: the destination's certificate \
             must be verified (name its CA with --ca-bundle)",
        ));
    }
    if let Some(url) = &endpoint.endpoint_url
        && !encrypted_or_local(url)
    {
        return Err(Error::input(
            "--endpoint-url",
            format!(
                "'{url}': migrate and rewrap send plaintext only inside TLS (https://), or over \
                 http:// to this machine (localhost, 127.0.0.1, [::1])"
            ),
        ));
    }
    Ok(Endpoint {
        url: endpoint.endpoint_url,
        profile: endpoint.profile,
        ca_bundle: endpoint.ca_bundle,
    })
}

/// Whether `url` is HTTPS, or plain HTTP to a loopback address, where what
/// is sent never leaves the machine.
fn encrypted_or_local(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") {
        return true;
    }
    let Some(rest) = lower.strip_prefix("http://") else {
        // Neither: the SDK refuses it itself.
        return true;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// How many blobs `--batch` sends to the destination at once: its rate is
/// then about this many round trips' worth, and no more plaintexts than
/// this wait in memory.
const WINDOW: usize = 16;

/// `--batch`: one JSON line in, one out, in order, [`WINDOW`] lines at a
/// time. A line that fails carries its error; the run goes on, and fails at
/// the end if any line did.
fn batch(rewrapper: &mut Rewrapper<'_>) -> Result<()> {
    let mut lines = io::stdin().lock().lines();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let started = Instant::now();
    let mut last_report = started;
    let (mut done, mut failed) = (0u64, 0u64);
    let show_progress =
        io::stderr().is_terminal() || std::env::var_os("KMS_LOCAL_PROGRESS").is_some();
    loop {
        let mut window = Vec::with_capacity(WINDOW);
        for line in lines.by_ref() {
            let line = line.map_err(|e| Error::Internal(format!("cannot read stdin: {e}")))?;
            if line.trim().is_empty() {
                continue;
            }
            window.push(decrypt_line(rewrapper, &line));
            if window.len() == WINDOW {
                break;
            }
        }
        if window.is_empty() {
            break;
        }
        for (out, rewrapped) in encrypt_window(rewrapper, window) {
            match rewrapped {
                true => done += 1,
                false => failed += 1,
            }
            serde_json::to_writer(&mut stdout, &out)
                .map_err(io::Error::from)
                .and_then(|()| stdout.write_all(b"\n"))
                .map_err(|e| Error::Internal(format!("cannot write stdout: {e}")))?;
        }
        if show_progress && last_report.elapsed() >= Duration::from_secs(2) {
            last_report = Instant::now();
            eprintln!("rewrap: {done} blobs rewrapped, {failed} failed");
        }
    }
    stdout
        .flush()
        .map_err(|e| Error::Internal(format!("cannot write stdout: {e}")))?;
    if show_progress && last_report != started {
        eprintln!(
            "rewrap: {done} blobs rewrapped, {failed} failed, in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    match failed {
        0 => Ok(()),
        n => Err(Error::Client(format!(
            "rewrap: {n} of {} blobs were not rewrapped; their lines carry the error",
            n + done
        ))),
    }
}

type LineFields = Map<String, Value>;

/// One line of `--batch`, its blob decrypted here: its fields, and the
/// blob waiting for its Encrypt or the line's error.
fn decrypt_line(rewrapper: &mut Rewrapper<'_>, line: &str) -> (LineFields, Result<Decrypted>) {
    match serde_json::from_str::<LineFields>(line) {
        Ok(fields) => {
            let decrypted = line_request(&fields)
                .and_then(|(blob, context, key)| rewrapper.decrypt(blob, context, key.as_deref()));
            (fields, decrypted)
        }
        Err(e) => {
            let error = Error::Serialization(format!("the line is not a JSON object: {e}"));
            (Map::new(), Err(error))
        }
    }
}

/// The window's blobs encrypted at the destination together: each line's
/// fields with the new blob, KeyId and SourceKeyId, or with `Error`; and
/// whether it was rewrapped.
fn encrypt_window(
    rewrapper: &Rewrapper<'_>,
    window: Vec<(LineFields, Result<Decrypted>)>,
) -> Vec<(LineFields, bool)> {
    let mut pending = Vec::new();
    let mut lines = Vec::with_capacity(window.len());
    for (fields, decrypted) in window {
        match decrypted {
            Ok(decrypted) => {
                pending.push(decrypted);
                lines.push((fields, None));
            }
            Err(e) => lines.push((fields, Some(Err(e)))),
        }
    }
    let mut encrypted = rewrapper.encrypt_all(pending).into_iter();
    lines
        .into_iter()
        .map(|(mut fields, result)| {
            let result = result
                .or_else(|| encrypted.next())
                .unwrap_or_else(|| Err(Error::Internal("an Encrypt went missing".into())));
            match result {
                Ok(response) => {
                    for (name, value) in [
                        ("CiphertextBlob", json!(response.ciphertext_blob)),
                        ("KeyId", json!(response.key_id)),
                        ("SourceKeyId", json!(response.source_key_id)),
                    ] {
                        fields.insert(name.into(), value);
                    }
                    (fields, true)
                }
                Err(e) => {
                    // The destination's exception, when it answered with one.
                    let code = match &e {
                        Error::Remote(remote) => remote.code.as_deref(),
                        _ => None,
                    };
                    let error =
                        json!({ "Code": code.unwrap_or(e.code()), "Message": e.to_string() });
                    fields.insert("Error".into(), error);
                    (fields, false)
                }
            }
        })
        .collect()
}

type LineRequest = (Vec<u8>, Option<EncryptionContext>, Option<String>);

/// A line's blob, encryption context and destination key.
fn line_request(fields: &LineFields) -> Result<LineRequest> {
    let blob = match fields.get("CiphertextBlob") {
        Some(Value::String(text)) => base64_blob(text)?,
        _ => {
            return Err(Error::Validation(
                "CiphertextBlob: a base64 string is required".into(),
            ));
        }
    };
    let context = match fields.get("EncryptionContext") {
        None | Some(Value::Null) => None,
        Some(value) => Some(
            serde_json::from_value::<EncryptionContext>(value.clone())
                .map_err(|e| Error::Validation(format!("EncryptionContext: {e}")))?,
        ),
    };
    let key = match fields.get("DestinationKeyId") {
        None | Some(Value::Null) => None,
        Some(Value::String(key)) => Some(key.clone()),
        Some(_) => {
            return Err(Error::Validation(
                "DestinationKeyId: a string is required".into(),
            ));
        }
    };
    Ok((blob, context, key))
}

fn base64_blob(text: &str) -> Result<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| Error::Validation("CiphertextBlob: not valid base64".into()))
}
