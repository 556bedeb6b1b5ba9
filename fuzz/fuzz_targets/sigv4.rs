#![no_main]

//! A hostile Authorization header and request: parsing and checking never
//! panic, and nothing made of fuzz input verifies under a fixed secret.

use http::{HeaderMap, HeaderName, HeaderValue};
use kms_local::serve::sigv4::{self, Authorization, Request};
use kms_local::timestamp::Timestamp;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let mut parts = text.split('\n');
    let authorization = parts.next().unwrap_or("");
    let path = parts.next().unwrap_or("/");
    let query = parts.next().unwrap_or("");
    let mut headers = HeaderMap::new();
    for line in parts {
        if let Some((name, value)) = line.split_once(':')
            && let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            )
        {
            headers.append(name, value);
        }
    }
    let Ok(auth) = Authorization::parse(authorization) else {
        return;
    };
    let request = Request {
        method: "POST",
        path,
        query,
        headers: &headers,
        body: bytes,
    };
    let _ = sigv4::canonical_request(&request, &auth.signed_headers);
    let now = sigv4::parse_amz_date("20150830T123600Z").unwrap_or(Timestamp(0));
    // A signature made from fuzz input cannot be right for this secret.
    if sigv4::verify(&request, &auth, "fuzz secret", now).is_ok() {
        panic!("a request verified: {authorization}");
    }
});
