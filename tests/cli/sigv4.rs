//! The SigV4 checker against AWS's published test suite (tests/sigv4/suite.txt):
//! for each case the canonical request, the string to sign and the signature
//! must come out as AWS's, and the check must accept the request as signed
//! and refuse it with any byte of the signature, the secret or the time off.

use http::{HeaderMap, HeaderName, HeaderValue};
use kms_local::serve::sigv4::{self, Authorization, Refusal, Request};
use kms_local::timestamp::Timestamp;

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const AMZ_DATE: &str = "20150830T123600Z";

struct Case {
    name: String,
    method: String,
    path: String,
    query: String,
    headers: HeaderMap,
    canonical: String,
    sts_hash: String,
    signature: String,
}

impl Case {
    /// The case's request, as sent (the suite's requests have no body).
    fn request(&self) -> Request<'_> {
        Request {
            method: &self.method,
            path: &self.path,
            query: &self.query,
            headers: &self.headers,
            body: b"",
        }
    }
}

fn section<'a>(block: &'a str, name: &str) -> &'a str {
    let start = block
        .find(&format!("--- {name}\n"))
        .unwrap_or_else(|| panic!("no {name}"));
    let rest = &block[start + name.len() + 5..];
    rest.split("\n--- ").next().unwrap().trim_end_matches('\n')
}

fn cases() -> Vec<Case> {
    let text = include_str!("../sigv4/suite.txt");
    text.split("=== ")
        .skip(1)
        .map(|block| {
            let name = block.lines().next().unwrap().to_owned();
            let request = section(block, "request");
            let mut lines = request.lines();
            let line = lines.next().unwrap();
            let method = line.split(' ').next().unwrap();
            let target = &line[method.len() + 1..line.rfind(' ').unwrap()];
            let (path, query) = target.split_once('?').unwrap_or((target, ""));
            let mut headers = HeaderMap::new();
            for header in lines {
                let (name, value) = header.split_once(':').unwrap();
                headers.append(
                    HeaderName::from_bytes(name.as_bytes()).unwrap(),
                    HeaderValue::from_str(value).unwrap(),
                );
            }
            Case {
                name,
                method: method.to_owned(),
                path: path.to_owned(),
                query: query.to_owned(),
                headers,
                canonical: section(block, "canonical-request").to_owned(),
                sts_hash: section(block, "string-to-sign-hash").to_owned(),
                signature: section(block, "signature").to_owned(),
            }
        })
        .collect()
}

fn authorization(case: &Case, signature: &str) -> String {
    let signed = case.canonical.lines().rev().nth(1).unwrap();
    format!(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
         SignedHeaders={signed}, Signature={signature}"
    )
}

fn at(amz_date: &str) -> Timestamp {
    sigv4::parse_amz_date(amz_date).unwrap()
}

#[test]
fn every_case_of_the_aws_suite_signs_and_verifies_as_published() {
    let cases = cases();
    assert_eq!(cases.len(), 23);
    for case in &cases {
        let request = case.request();
        let header = authorization(case, &case.signature);
        let auth = Authorization::parse(&header).unwrap();
        let canonical = sigv4::canonical_request(&request, &auth.signed_headers).unwrap();
        assert_eq!(
            canonical, case.canonical,
            "{}: canonical request",
            case.name
        );
        let sts = sigv4::string_to_sign(&auth, AMZ_DATE, &canonical);
        assert_eq!(
            sts.lines().last().unwrap(),
            case.sts_hash,
            "{}: string to sign",
            case.name
        );
        assert_eq!(
            sigv4::signature(SECRET, &auth, AMZ_DATE, &canonical),
            case.signature,
            "{}: signature",
            case.name
        );
        assert_eq!(
            sigv4::verify(&request, &auth, SECRET, at(AMZ_DATE)),
            Ok(()),
            "{}",
            case.name
        );
    }
}

#[test]
fn a_changed_signature_secret_header_or_time_is_refused() {
    let cases = cases();
    let case = cases
        .iter()
        .find(|c| c.name == "get-header-value-trim")
        .unwrap();
    let request = case.request();
    let now = at(AMZ_DATE);
    let mismatch = |r: Result<(), Refusal>| matches!(r, Err(Refusal::Mismatch(_)));

    // Every hex digit of the signature, changed in turn.
    for i in 0..case.signature.len() {
        let mut bad = case.signature.clone().into_bytes();
        bad[i] = if bad[i] == b'0' { b'1' } else { b'0' };
        let header = authorization(case, std::str::from_utf8(&bad).unwrap());
        let auth = Authorization::parse(&header).unwrap();
        assert!(
            mismatch(sigv4::verify(&request, &auth, SECRET, now)),
            "digit {i}"
        );
    }

    let header = authorization(case, &case.signature);
    let auth = Authorization::parse(&header).unwrap();
    let other_secret = SECRET.replace('K', "k");
    assert!(mismatch(sigv4::verify(&request, &auth, &other_secret, now)));

    // A signed header changed after signing, or a body added.
    let mut headers = case.headers.clone();
    headers.insert("my-header1", HeaderValue::from_static("value2"));
    let changed = Request {
        headers: &headers,
        ..request
    };
    assert!(mismatch(sigv4::verify(&changed, &auth, SECRET, now)));
    let with_body = Request {
        body: b"{}",
        ..request
    };
    assert!(mismatch(sigv4::verify(&with_body, &auth, SECRET, now)));

    // SignedHeaders out of order, twice over, in capitals, or naming a
    // header the request does not have.
    for list in [
        "x-amz-date;host",
        "host;host;x-amz-date",
        "Host;x-amz-date",
        "host;my-header9;x-amz-date",
    ] {
        let header = format!(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
             SignedHeaders={list}, Signature={}",
            case.signature
        );
        let auth = Authorization::parse(&header).unwrap();
        assert!(
            mismatch(sigv4::verify(&request, &auth, SECRET, now)),
            "{list}"
        );
    }
    // The operation must be signed, or a signed read could be replayed as a write.
    let mut headers = case.headers.clone();
    headers.insert(
        "x-amz-target",
        HeaderValue::from_static("TrentService.DisableKey"),
    );
    let retargeted = Request {
        headers: &headers,
        ..request
    };
    let refused = sigv4::verify(&retargeted, &auth, SECRET, now);
    assert!(
        matches!(&refused, Err(Refusal::Mismatch(m)) if m.contains("X-Amz-Target")),
        "{refused:?}"
    );

    // Fifteen minutes either way is the limit.
    let minute = 60 * 1000;
    for skew in [-15 * minute, 15 * minute] {
        let t = Timestamp(now.0 + skew);
        assert_eq!(sigv4::verify(&request, &auth, SECRET, t), Ok(()));
    }
    let late = Timestamp(now.0 + 15 * minute + 1000);
    assert!(matches!(
        sigv4::verify(&request, &auth, SECRET, late),
        Err(Refusal::Expired { .. })
    ));
    let early = Timestamp(now.0 - 15 * minute - 1000);
    assert!(matches!(
        sigv4::verify(&request, &auth, SECRET, early),
        Err(Refusal::NotYetCurrent { .. })
    ));
}

#[test]
fn malformed_authorization_headers_are_incomplete_not_a_panic() {
    for header in [
        "",
        "AWS4-HMAC-SHA256",
        "AWS4-HMAC-SHA1 Credential=a/b/c/d/aws4_request, SignedHeaders=host, Signature=00",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service, SignedHeaders=host, Signature=00",
        "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request, Signature=00",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request, SignedHeaders=host",
        "AWS4-HMAC-SHA256 Credential=////aws4_request/, SignedHeaders=;;, Signature===",
        "AWS4-HMAC-SHA256 Credential=\u{e9}/\u{e9}/\u{e9}/\u{e9}/aws4_request, SignedHeaders=\u{e9}, Signature=\u{e9}",
    ] {
        if let Ok(auth) = Authorization::parse(header) {
            // Parsed (the last two): verifying it must fail cleanly.
            let headers = HeaderMap::new();
            let request = Request {
                method: "POST",
                path: "/",
                query: "",
                headers: &headers,
                body: b"",
            };
            assert!(sigv4::verify(&request, &auth, SECRET, at(AMZ_DATE)).is_err());
        } else {
            assert!(matches!(
                Authorization::parse(header),
                Err(Refusal::Incomplete(_))
            ));
        }
    }
    for date in [
        "",
        "20150830",
        "20150830T123600",
        "2015083OT123600Z",
        "20151330T123600Z",
        "20150830T25000OZ",
    ] {
        assert_eq!(sigv4::parse_amz_date(date), None, "{date}");
    }
}
