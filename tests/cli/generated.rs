//! Files generated from the clap definition, checked for staleness: shell
//! completions in completions/ and man pages in docs/man/. Regenerate with
//! `KMS_LOCAL_BLESS=1 cargo test --test cli generated`.

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use kms_local::cli::Cli;

/// Compares `rendered` with the file at `path`, or writes it when blessing.
fn check(path: PathBuf, rendered: &[u8]) {
    if std::env::var_os("KMS_LOCAL_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, rendered).unwrap();
        return;
    }
    let on_disk = std::fs::read(&path).unwrap_or_default();
    assert!(
        on_disk == rendered,
        "{} is stale: run KMS_LOCAL_BLESS=1 cargo test --test cli generated",
        path.display()
    );
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_are_current() {
    for (shell, file) in [
        (Shell::Bash, "kms-local.bash"),
        (Shell::Zsh, "_kms-local"),
        (Shell::Fish, "kms-local.fish"),
    ] {
        let mut rendered = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "kms-local", &mut rendered);
        check(root().join("completions").join(file), &rendered);
    }
}

#[test]
fn man_pages_are_current() {
    let command = Cli::command();
    let mut pages = vec![("kms-local".to_owned(), command.clone())];
    for sub in command.get_subcommands() {
        let name = format!("kms-local-{}", sub.get_name());
        let page = sub
            .clone()
            .display_name(name.clone())
            .bin_name(format!("kms-local {}", sub.get_name()));
        pages.push((name, page));
    }
    let dir = root().join("docs/man");
    for (name, page) in &pages {
        let mut rendered = Vec::new();
        clap_mangen::Man::new(page.clone())
            .render(&mut rendered)
            .unwrap();
        check(dir.join(format!("{name}.1")), &rendered);
    }
    // No page is left over from a command that is gone.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries {
            let file = entry.unwrap().file_name().into_string().unwrap();
            let stem = file.strip_suffix(".1").unwrap_or(&file);
            assert!(
                pages.iter().any(|(n, _)| n == stem),
                "docs/man/{file} has no command"
            );
        }
    }
}
