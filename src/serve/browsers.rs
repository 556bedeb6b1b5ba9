//! Web pages are kept out. A page a developer opens can make the browser
//! send requests to a port on their machine; the browser adds an `Origin`
//! header to each (every one that is not a plain GET or HEAD), and AWS
//! SDKs and the aws CLI never send one, so a request with an `Origin` is
//! refused, whatever the admission. A page could also rebind a DNS name it
//! controls to 127.0.0.1 and send its requests as "same-origin": those
//! name that host in `Host`. A signature stops both (a page holds no access
//! key), but `--allow-any-credentials` checks none, so in that mode `Host`
//! must name the server as `localhost` or by an IP address, which no
//! rebinding can produce. Both checks need only the headers, and run before
//! anything else.

use std::net::{Ipv4Addr, Ipv6Addr};

use hyper::HeaderMap;
use hyper::http::uri::{Authority, Uri};

use super::handler::{Admission, Reply};

/// The exception a request from a web page gets: the one AWS answers a
/// caller it will not let through with, with AWS's status for it.
const REFUSED: &str = "AccessDeniedException";

/// The refusal of a request a browser may have sent, or `Ok` for one that
/// an AWS client could have sent.
pub fn screen(admission: Admission, headers: &HeaderMap, uri: &Uri) -> Result<(), Reply> {
    if headers.contains_key(hyper::header::ORIGIN) {
        return Err(Reply::error(
            400,
            REFUSED,
            "The request has an Origin header, which browsers send: kms-local serve does not \
             answer web pages. AWS SDKs and the aws CLI send none; remove the header.",
        ));
    }
    let Admission::Anyone = admission else {
        return Ok(());
    };
    let mut hosts = headers.get_all(hyper::header::HOST).iter();
    let (Some(host), None) = (hosts.next(), hosts.next()) else {
        return Err(Reply::error(
            400,
            REFUSED,
            "The request needs one Host header: with --allow-any-credentials, kms-local serve \
             answers only requests whose Host is localhost or an IP address.",
        ));
    };
    // A request line in absolute form names a host too, which wins over Host.
    let foreign = match host.to_str() {
        Err(_) => Some("(not text)"),
        Ok(host) => [Some(host), uri.authority().map(Authority::as_str)]
            .into_iter()
            .flatten()
            .find(|name| !is_local(name)),
    };
    let Some(foreign) = foreign else {
        return Ok(());
    };
    let shown: String = foreign
        .chars()
        .take(253)
        .flat_map(char::escape_default)
        .collect();
    Err(Reply::error(
        400,
        REFUSED,
        &format!(
            "The Host '{shown}' is not localhost or an IP address. With --allow-any-credentials, \
             kms-local serve refuses other names, so that a web page cannot reach it through a \
             DNS name it controls (DNS rebinding). Connect to http://localhost:PORT or \
             http://127.0.0.1:PORT, or sign requests with an access key (create-access-key) and \
             drop --allow-any-credentials."
        ),
    ))
}

/// Whether `authority` (host, then an optional port) names the host as
/// `localhost` or by an IP address. The port is not looked at: a rebinding
/// page's requests name the server's own port anyway, so checking it would
/// stop nothing, and a container's published port need not be the one the
/// server bound.
fn is_local(authority: &str) -> bool {
    let (host, port) = match authority.rsplit_once(':') {
        // In `[::1]`, the colons are the address's own.
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (authority, None),
    };
    let port_ok = port.is_none_or(|port| {
        (1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit())
    });
    let host_ok = host.eq_ignore_ascii_case("localhost")
        || host.parse::<Ipv4Addr>().is_ok()
        || host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .is_some_and(|h| h.parse::<Ipv6Addr>().is_ok());
    port_ok && host_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::{HOST, HeaderValue, ORIGIN};

    fn headers(pairs: &[(hyper::header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn refused(admission: Admission, map: &HeaderMap, uri: &str) -> Option<String> {
        let uri: Uri = uri.parse().unwrap();
        screen(admission, map, &uri)
            .err()
            .map(|reply| String::from_utf8_lossy(&reply.body).into_owned())
    }

    #[test]
    fn hosts_that_name_the_server_as_localhost_or_an_address_are_local() {
        for host in [
            "localhost",
            "LocalHost:8171",
            "127.0.0.1:8171",
            "127.0.0.1",
            "10.1.2.3:80",
            "0.0.0.0:1",
            "[::1]:8171",
            "[::1]",
        ] {
            assert!(is_local(host), "{host}");
        }
        for host in [
            "",
            "attacker.example",
            "attacker.example:8171",
            "localhost.",
            "localhost.attacker.example",
            "127.0.0.1.nip.io:8171",
            "user@127.0.0.1:8171",
            "::1",
            "[::1",
            "127.0.0.1:port",
            "127.0.0.1:+80",
            "localhost:",
            "2130706433",
        ] {
            assert!(!is_local(host), "{host}");
        }
    }

    #[test]
    fn any_credentials_needs_one_local_host() {
        let any = Admission::Anyone;
        assert_eq!(refused(any, &headers(&[(HOST, "127.0.0.1:1")]), "/"), None);
        assert_eq!(refused(any, &headers(&[(HOST, "localhost:1")]), "/"), None);
        let message = refused(any, &headers(&[(HOST, "attacker.example:1")]), "/").unwrap();
        assert!(message.contains("'attacker.example:1'"), "{message}");
        assert!(message.contains("AccessDeniedException"), "{message}");
        assert!(refused(any, &headers(&[]), "/").is_some());
        let two = headers(&[(HOST, "localhost:1"), (HOST, "attacker.example:1")]);
        assert!(refused(any, &two, "/").is_some());
        let absolute = "http://attacker.example:1/";
        assert!(refused(any, &headers(&[(HOST, "localhost:1")]), absolute).is_some());
        let mut binary = HeaderMap::new();
        binary.insert(HOST, HeaderValue::from_bytes(b"local\xffhost").unwrap());
        let message = refused(any, &binary, "/").unwrap();
        assert!(message.contains("(not text)"), "{message}");
    }

    #[test]
    fn signed_requests_may_name_any_host_but_no_origin() {
        let signed = Admission::Signed;
        let host = headers(&[(HOST, "kms.internal:8171")]);
        assert_eq!(refused(signed, &host, "/"), None);
        assert_eq!(refused(signed, &headers(&[]), "/"), None);
        for admission in [Admission::Signed, Admission::Anyone] {
            let origin = headers(&[(HOST, "127.0.0.1:1"), (ORIGIN, "null")]);
            let message = refused(admission, &origin, "/").unwrap();
            assert!(message.contains("Origin header"), "{message}");
        }
    }
}
