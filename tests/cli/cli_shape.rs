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

#[test]
fn usage_errors_of_aws_commands_read_as_the_aws_clis() {
    let env = TestEnv::new();
    let usage = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n";
    let err = env.fails(252, &["describe-key", "--bogus"]);
    assert!(err.starts_with(usage), "{err}");
    assert!(
        err.ends_with("\naws: error: the following arguments are required: --key-id\n\n"),
        "{err}"
    );
    let err = env.fails(252, &["describe-key", "--key-id", "x", "--bogus", "1"]);
    assert!(err.ends_with("\nUnknown options: --bogus, 1\n\n"), "{err}");
    let err = env.fails(252, &["describe-keys"]);
    assert!(
        err.contains("Invalid choice: 'describe-keys', maybe you meant:\n\n  * describe-key\n"),
        "{err}"
    );
    // kms-local's own commands are among the suggestions.
    let err = env.fails(252, &["keystor"]);
    assert!(err.contains("maybe you meant:\n\n  * keystore\n"), "{err}");
    // A number Python cannot read: exit 255 and Python's words.
    let err = env.fails(255, &["generate-random", "--number-of-bytes", "ten"]);
    assert_eq!(err, "invalid literal for int() with base 10: 'ten'\n");
    // Python's int() reads these.
    env.ok(&["generate-random", "--number-of-bytes", " 1_6 "]);
}

#[test]
fn usage_errors_of_kms_locals_own_commands_stay_clap_s() {
    let env = TestEnv::new();
    for args in [
        &["keystore", "bogus"][..],
        &["serve", "--bogus"],
        &["audit", "--bogus"],
    ] {
        let err = env.fails(252, args);
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(!err.contains("usage: aws"), "{args:?}: {err}");
    }
}
