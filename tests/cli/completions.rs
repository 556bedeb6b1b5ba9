//! The shell completions in completions/ are generated from the clap
//! definition; this test fails when they are stale. Regenerate with
//! `KMS_LOCAL_BLESS=1 cargo test --test cli completions`.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;
use kms_local::cli::Cli;

#[test]
fn completions_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let bless = std::env::var_os("KMS_LOCAL_BLESS").is_some();
    for (shell, file) in [
        (Shell::Bash, "kms-local.bash"),
        (Shell::Zsh, "_kms-local"),
        (Shell::Fish, "kms-local.fish"),
    ] {
        let mut rendered = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "kms-local", &mut rendered);
        let path = dir.join(file);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &rendered).unwrap();
            continue;
        }
        let on_disk = std::fs::read(&path).unwrap_or_default();
        assert!(
            on_disk == rendered,
            "{} is stale: run KMS_LOCAL_BLESS=1 cargo test --test cli completions",
            path.display()
        );
    }
}
