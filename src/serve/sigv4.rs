//! AWS Signature Version 4, checked: the canonical request is rebuilt from
//! what arrived, signed again with the access key's secret, and the two
//! signatures compared in constant time. The steps and names follow AWS's
//! "Create a signed AWS API request" guide; docs/serve.md says what is checked.

use std::fmt::Write as _;

use hyper::HeaderMap;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::hsm::mac;
use crate::ids::to_hex;
use crate::timestamp::Timestamp;

pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// How far a request's time may be from the server's, either way.
pub const MAX_SKEW_MS: i64 = 15 * 60 * 1000;

/// RFC 3986's unreserved characters pass; everything else is %XX.
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Why a request's signature was refused, as AWS words it.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No Authorization header.
    Missing,
    /// An Authorization header that cannot be read.
    Incomplete(String),
    /// An access key id the keystore does not have.
    UnknownKey,
    /// The signature does not match, or the scope is wrong.
    Mismatch(String),
    /// X-Amz-Date is more than 15 minutes before now.
    Expired { signed: String, now: Timestamp },
    /// X-Amz-Date is more than 15 minutes after now.
    NotYetCurrent { signed: String, now: Timestamp },
}

impl Refusal {
    /// The exception name AWS sends.
    pub fn exception(&self) -> &'static str {
        match self {
            Refusal::Missing => "MissingAuthenticationTokenException",
            Refusal::Incomplete(_) => "IncompleteSignatureException",
            Refusal::UnknownKey => "UnrecognizedClientException",
            Refusal::Mismatch(_) | Refusal::Expired { .. } | Refusal::NotYetCurrent { .. } => {
                "InvalidSignatureException"
            }
        }
    }

    pub fn message(&self) -> String {
        match self {
            Refusal::Missing => "Missing Authentication Token".into(),
            Refusal::Incomplete(why) => why.clone(),
            Refusal::UnknownKey => "The security token included in the request is invalid.".into(),
            Refusal::Mismatch(why) => why.clone(),
            Refusal::Expired { signed, now } => format!(
                "Signature expired: {signed} is now earlier than {} ({} - 15 min.)",
                Timestamp(now.0 - MAX_SKEW_MS).to_amz_date(),
                now.to_amz_date()
            ),
            Refusal::NotYetCurrent { signed, now } => format!(
                "Signature not yet current: {signed} is still later than {} ({} + 15 min.)",
                Timestamp(now.0 + MAX_SKEW_MS).to_amz_date(),
                now.to_amz_date()
            ),
        }
    }
}

/// The message AWS sends when the signatures differ.
pub const MISMATCH: &str = "The request signature we calculated does not match the signature \
     you provided. Check your AWS Secret Access Key and signing method. Consult the service \
     documentation for details.";

/// The parts of an Authorization header.
#[derive(Debug, PartialEq, Eq)]
pub struct Authorization<'a> {
    pub access_key_id: &'a str,
    /// The credential scope: date (YYYYMMDD), region, service.
    pub date: &'a str,
    pub region: &'a str,
    pub service: &'a str,
    /// Lowercase header names, as the client listed them.
    pub signed_headers: Vec<&'a str>,
    pub signature: &'a str,
}

impl<'a> Authorization<'a> {
    /// Reads `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
    pub fn parse(header: &'a str) -> Result<Self, Refusal> {
        let incomplete = |what: &str| {
            Refusal::Incomplete(format!(
                "Authorization header requires '{what}' parameter. Authorization={header}"
            ))
        };
        let Some(rest) = header.strip_prefix(ALGORITHM) else {
            return Err(Refusal::Incomplete(format!(
                "Unsupported AWS 'algorithm': the Authorization header must start with {ALGORITHM}"
            )));
        };
        let (mut credential, mut signed, mut signature) = (None, None, None);
        for part in rest.split(',') {
            match part.trim().split_once('=') {
                Some(("Credential", v)) => credential = Some(v),
                Some(("SignedHeaders", v)) => signed = Some(v),
                Some(("Signature", v)) => signature = Some(v),
                _ => {}
            }
        }
        let credential = credential.ok_or_else(|| incomplete("Credential"))?;
        let signed = signed.ok_or_else(|| incomplete("SignedHeaders"))?;
        let signature = signature.ok_or_else(|| incomplete("Signature"))?;
        let scope: Vec<&str> = credential.split('/').collect();
        let [access_key_id, date, region, service, "aws4_request"] = scope[..] else {
            return Err(Refusal::Incomplete(format!(
                "Credential should be scoped to a valid region, service and terminated by \
                 'aws4_request'. Credential={credential}"
            )));
        };
        Ok(Authorization {
            access_key_id,
            date,
            region,
            service,
            signed_headers: signed.split(';').collect(),
            signature,
        })
    }
}

/// A request as it arrived, as the signature covers it.
#[derive(Debug)]
pub struct Request<'a> {
    pub method: &'a str,
    /// The path as sent, percent-encoded.
    pub path: &'a str,
    /// The query string as sent, without `?`.
    pub query: &'a str,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

/// Checks `request`'s signature under `secret`, at `now`.
pub fn verify(
    request: &Request,
    auth: &Authorization,
    secret: &str,
    now: Timestamp,
) -> Result<(), Refusal> {
    let mismatch = |why: &str| Refusal::Mismatch(why.to_owned());
    // The list as a signer writes it: lowercase names, sorted, each once,
    // each present. Anything else is refused before any work is done on it,
    // so a list naming one large header many times costs nothing.
    let sorted = auth.signed_headers.windows(2).all(|pair| pair[0] < pair[1]);
    let present = auth.signed_headers.iter().all(|name| {
        !name.bytes().any(|b| b.is_ascii_uppercase()) && request.headers.contains_key(*name)
    });
    if !sorted || !present {
        return Err(mismatch(
            "SignedHeaders must list headers of the request, in lowercase, sorted, each once.",
        ));
    }
    // What the request does must be signed: the host, the time, and the
    // operation (and its content type), so that a signed request cannot be
    // replayed as another.
    for (name, shown) in [
        ("host", "Host"),
        ("x-amz-target", "X-Amz-Target"),
        ("content-type", "Content-Type"),
    ] {
        let required = name == "host" || request.headers.contains_key(name);
        if required && !auth.signed_headers.contains(&name) {
            return Err(mismatch(&format!(
                "'{shown}' must be a 'SignedHeader' in the AWS Authorization."
            )));
        }
    }
    let signed_date = header_value(request.headers, "x-amz-date")
        .ok_or_else(|| Refusal::Incomplete("Missing 'X-Amz-Date' header.".into()))?;
    if !auth.signed_headers.contains(&"x-amz-date") {
        return Err(mismatch(
            "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.",
        ));
    }
    let Some(at) = parse_amz_date(&signed_date) else {
        return Err(Refusal::Incomplete(format!(
            "Date must be in ISO-8601 'basic format'. Got '{signed_date}'."
        )));
    };
    if !signed_date.starts_with(auth.date) || auth.date.len() != 8 {
        return Err(mismatch(&format!(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date \
             from HTTP: '{}' != '{}', from '{signed_date}'.",
            auth.date,
            &signed_date[..8.min(signed_date.len())]
        )));
    }
    if at.0 < now.0 - MAX_SKEW_MS {
        return Err(Refusal::Expired {
            signed: signed_date,
            now,
        });
    }
    if at.0 > now.0 + MAX_SKEW_MS {
        return Err(Refusal::NotYetCurrent {
            signed: signed_date,
            now,
        });
    }
    let canonical = canonical_request(request, &auth.signed_headers).ok_or_else(|| {
        mismatch("A signed header is missing from the request or is not valid text.")
    })?;
    let expected = signature(secret, auth, &signed_date, &canonical);
    if expected.as_bytes().ct_eq(auth.signature.as_bytes()).into() {
        Ok(())
    } else {
        Err(mismatch(MISMATCH))
    }
}

/// The hex signature of a canonical request.
pub fn signature(secret: &str, auth: &Authorization, amz_date: &str, canonical: &str) -> String {
    let to_sign = string_to_sign(auth, amz_date, canonical);
    let mut first = Zeroizing::new(String::with_capacity(4 + secret.len()));
    first.push_str("AWS4");
    first.push_str(secret);
    let mut key = mac::hmac_sha256(first.as_bytes(), auth.date.as_bytes());
    for part in [auth.region, auth.service, "aws4_request"] {
        key = mac::hmac_sha256(&key[..], part.as_bytes());
    }
    to_hex(&mac::hmac_sha256(&key[..], to_sign.as_bytes())[..])
}

/// The string to sign: algorithm, time, scope, and the canonical request's hash.
pub fn string_to_sign(auth: &Authorization, amz_date: &str, canonical: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{}/{}/{}/aws4_request\n{}",
        auth.date,
        auth.region,
        auth.service,
        to_hex(&mac::sha256(canonical.as_bytes()))
    )
}

/// The canonical request, or `None` when a signed header is absent or not text.
pub fn canonical_request(request: &Request, signed_headers: &[&str]) -> Option<String> {
    let mut out = String::with_capacity(512);
    out.push_str(request.method);
    out.push('\n');
    out.push_str(&canonical_path(request.path));
    out.push('\n');
    out.push_str(&canonical_query(request.query));
    out.push('\n');
    for name in signed_headers {
        let value = header_value(request.headers, name)?;
        let _ = writeln!(out, "{name}:{value}");
    }
    out.push('\n');
    out.push_str(&signed_headers.join(";"));
    out.push('\n');
    out.push_str(&to_hex(&mac::sha256(request.body)));
    Some(out)
}

/// Every value of a header, each trimmed with inner runs of spaces made
/// one, joined by commas; `None` when absent or not text.
fn header_value(headers: &HeaderMap, name: &str) -> Option<String> {
    let mut values = headers.get_all(name).iter().peekable();
    values.peek()?;
    let mut out = String::new();
    for (i, value) in values.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let text = value.to_str().ok()?;
        for (j, word) in text.split_whitespace().enumerate() {
            if j > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    Some(out)
}

/// The path with `.` and `..` segments and repeated slashes removed, each
/// segment encoded as RFC 3986 asks.
fn canonical_path(path: &str) -> String {
    let mut segments: Vec<String> = Vec::new();
    let raw: Vec<&str> = path.split('/').collect();
    for segment in &raw {
        match *segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(encode(s)),
        }
    }
    let trailing = matches!(raw.last(), Some(&"" | &"." | &".."));
    let mut out = String::from("/");
    out.push_str(&segments.join("/"));
    if trailing && !segments.is_empty() {
        out.push('/');
    }
    out
}

/// The query's parameters, decoded, encoded again, and sorted.
fn canonical_query(query: &str) -> String {
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (name, value) = p.split_once('=').unwrap_or((p, ""));
            (encode(name), encode(value))
        })
        .collect();
    pairs.sort();
    let parts: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}={v}")).collect();
    parts.join("&")
}

/// Decodes any %XX, then encodes all but RFC 3986's unreserved characters.
fn encode(text: &str) -> String {
    let decoded = percent_decode_str(text).decode_utf8_lossy();
    utf8_percent_encode(&decoded, ENCODE).to_string()
}

/// `YYYYMMDDTHHMMSSZ` as a time.
pub fn parse_amz_date(text: &str) -> Option<Timestamp> {
    let b = text.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    if !b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit) {
        return None;
    }
    let rfc3339 = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &text[0..4],
        &text[4..6],
        &text[6..8],
        &text[9..11],
        &text[11..13],
        &text[13..15]
    );
    Timestamp::parse_rfc3339(&rfc3339)
}
