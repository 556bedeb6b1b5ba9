//! What an operator leaves running: `GET /health` for load balancers and
//! monitors, and SIGHUP, which the server outlives with its connections.
//! (serve_tls.rs shows SIGHUP reloading a certificate.)

use rustix::process::Signal;
use serde_json::json;

use crate::common::{TestEnv, write_private};
use crate::serve::{Server, access_key};

/// The starts of the lines that tell the health check's findings.
const HEALTH: &[&str] = &["kms-local serve: unhealthy", "kms-local serve: healthy"];

/// Puts a new file at `path` holding `bytes`, as a restore from a backup does.
fn replace(path: &std::path::Path, bytes: &[u8]) {
    let new = path.with_extension("new");
    write_private(&new, bytes);
    std::fs::rename(&new, path).unwrap();
}

#[test]
fn health_answers_without_credentials_and_tells_which_part_fails() {
    let env = TestEnv::new();
    env.create_key();
    let mut server = Server::start(&env, &[]);
    let mut conn = server.connect();
    let healthy = conn.ask("GET", "/health");
    assert_eq!(healthy.status, 200);
    assert_eq!(healthy.json(), json!({ "Status": "Healthy" }));
    assert_eq!(healthy.header("content-type"), Some("application/json"));
    assert_eq!(healthy.header("cache-control"), Some("no-store"));
    let head = conn.ask("HEAD", "/health");
    assert_eq!((head.status, head.body.len()), (200, 0));
    // Nothing else is answered without credentials: not another method on
    // the same path, not another path.
    for (method, path) in [("POST", "/health"), ("GET", "/"), ("GET", "/health/x")] {
        let refused = server.connect().ask(method, path);
        assert_ne!(refused.status, 200, "{method} {path}");
        assert!(refused.json().get("__type").is_some(), "{method} {path}");
    }

    // An audit log that cannot be appended to: a directory in its place.
    let log = env.keystore().with_extension("audit");
    let kept = env.path("audit.kept");
    std::fs::rename(&log, &kept).unwrap();
    std::fs::create_dir(&log).unwrap();
    let failing = conn.ask("GET", "/health");
    assert_eq!(failing.status, 503);
    assert_eq!(
        failing.json(),
        json!({ "Status": "Unhealthy", "Failing": "AuditLog" })
    );
    let told = server.line_starting(HEALTH);
    assert!(told.starts_with("kms-local serve: unhealthy: "), "{told}");
    assert!(told.contains("keystore.audit"), "{told}");
    // Told once, not at every poll: the next line is the recovery.
    assert_eq!(conn.ask("GET", "/health").status, 503);
    std::fs::remove_dir(&log).unwrap();
    std::fs::rename(&kept, &log).unwrap();
    assert_eq!(conn.ask("GET", "/health").status, 200);
    assert_eq!(
        server.line_starting(HEALTH),
        "kms-local serve: healthy again\n"
    );

    // A keystore that no longer authenticates.
    let keystore = env.keystore_bytes();
    let mut damaged = keystore.clone();
    // In the sealed body, which every read authenticates (the records after
    // it are authenticated as they are used).
    damaged[70] ^= 1;
    replace(&env.keystore(), &damaged);
    let failing = conn.ask("GET", "/health");
    assert_eq!(failing.status, 503);
    assert_eq!(
        failing.json(),
        json!({ "Status": "Unhealthy", "Failing": "Keystore" })
    );
    assert!(
        server
            .line_starting(HEALTH)
            .starts_with("kms-local serve: unhealthy: ")
    );
    // The server never writes over a keystore it cannot read.
    assert_eq!(env.keystore_bytes(), damaged);
    replace(&env.keystore(), &keystore);
    assert_eq!(conn.ask("GET", "/health").status, 200);
    assert_eq!(
        server.line_starting(HEALTH),
        "kms-local serve: healthy again\n"
    );

    let (status, _) = server.stop();
    assert!(status.success());
}

#[test]
fn sighup_without_tls_changes_nothing_and_drops_no_request() {
    let env = TestEnv::new();
    let key_id = env.create_key();
    let key = access_key(&env);
    let mut server = Server::start(&env, &[]);
    let mut conn = server.connect();
    let body = json!({ "KeyId": key_id, "Plaintext": "aGk=" });
    for _ in 0..3 {
        assert_eq!(conn.call(&key, "Encrypt", &body).status, 200);
        server.signal(Signal::HUP);
        assert_eq!(
            server.line_starting(&["kms-local serve: SIGHUP"]),
            "kms-local serve: SIGHUP: nothing to reload (no --tls-cert)\n"
        );
        // The same kept-alive connection goes on.
        assert_eq!(conn.call(&key, "Encrypt", &body).status, 200);
    }
    let (status, _) = server.stop();
    assert!(status.success());
}
