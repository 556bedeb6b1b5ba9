//! Exit codes, help and version: the contract scripts rely on.

use crate::common::*;

#[test]
fn exit_codes_follow_aws_cli_v2() {
    let env = TestEnv::new();
    // 252: the command line does not parse.
    let stderr = env.fails(252, &["generate-data-key", "--number-of-bytes", "32"]);
    assert!(stderr.contains("--key-id"), "{stderr}");
    env.fails(252, &["no-such-command"]);
    env.fails(252, &["create-key", "--no-such-flag"]);
    // 254: a KMS exception.
    env.fails(
        254,
        &[
            "generate-data-key",
            "--key-id",
            "alias/none",
            "--number-of-bytes",
            "32",
        ],
    );
    // 253: the keystore.
    env.create_key();
    env.fails(253, &["init"]);
    // 0: help and version.
    assert!(env.ok(&["--help"]).contains("generate-data-key"));
    assert!(env.ok(&["--version"]).starts_with("kms-local "));
    assert!(env.ok(&["rotate", "--help"]).contains("--domain"));
}
