//! A command line clap refuses, reported as the aws CLI reports it: its
//! argparse usage text and `aws: error: …` line, or `Unknown options: …`,
//! exit code 252; or, for a number that does not read, Python's
//! `invalid literal for int()` line and exit code 255.
//!
//! This applies to the commands `aws kms` has, and to errors found before
//! any command is known (an unknown command, a bad `--output`). kms-local's
//! own commands (`keystore`, `serve`, `audit`, …) keep clap's messages,
//! which say more.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, CommandFactory, Parser};
use serde_json::Value;

use crate::cli::{Cli, params};
use crate::error::Error;

/// The operations of `aws kms`, as its "Invalid choice" message lists them
/// (the KMS model of the botocore that tests/clients/requirements.txt pins),
/// then `help`.
pub const AWS_OPERATIONS: &[&str] = &[
    "cancel-key-deletion",
    "connect-custom-key-store",
    "create-alias",
    "create-custom-key-store",
    "create-grant",
    "create-key",
    "decapsulate",
    "decrypt",
    "delete-alias",
    "delete-custom-key-store",
    "delete-imported-key-material",
    "derive-shared-secret",
    "describe-custom-key-stores",
    "describe-key",
    "disable-key",
    "disable-key-rotation",
    "disconnect-custom-key-store",
    "enable-key",
    "enable-key-rotation",
    "encapsulate",
    "encrypt",
    "generate-data-key",
    "generate-data-key-pair",
    "generate-data-key-pair-without-plaintext",
    "generate-data-key-without-plaintext",
    "generate-mac",
    "generate-random",
    "get-key-last-usage",
    "get-key-policy",
    "get-key-rotation-status",
    "get-parameters-for-import",
    "get-public-key",
    "import-key-material",
    "list-aliases",
    "list-grants",
    "list-key-policies",
    "list-key-rotations",
    "list-keys",
    "list-resource-tags",
    "list-retirable-grants",
    "put-key-policy",
    "re-encrypt",
    "replicate-key",
    "retire-grant",
    "revoke-grant",
    "rotate-key-on-demand",
    "schedule-key-deletion",
    "sign",
    "tag-resource",
    "untag-resource",
    "update-alias",
    "update-custom-key-store",
    "update-key-description",
    "update-primary-region",
    "verify",
    "verify-mac",
    "help",
];

/// `--output`'s choices in the aws CLI; kms-local has not all of them yet.
const OUTPUT_CHOICES: &[&str] = &["json", "text", "table", "yaml", "yaml-stream"];

/// The options whose value argparse itself reads as an integer (the
/// paginator's); every other number is read later, by `int()`.
const ARGPARSE_INTS: &[&str] = &["--page-size", "--max-items"];

/// argparse's usage text, which every usage error begins with.
const USAGE: &str = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n\
To see help text, you can run:\n\
\n\
\x20 aws help\n\
\x20 aws <command> help\n\
\x20 aws <command> <subcommand> help\n";

/// The aws CLI's report of what clap refused in `args` (the whole command
/// line, program name first), or `None` where clap's own report stands.
pub fn translate(err: &clap::Error, args: &[OsString]) -> Option<Error> {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut cmd = Cli::command();
    cmd.build();
    translate_words(err, &cmd, &words, 0)
}

fn translate_words(err: &clap::Error, cmd: &Command, words: &[String], depth: u8) -> Option<Error> {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        return None;
    }
    if err.kind() == ErrorKind::InvalidSubcommand {
        // Not one of a kms-local command's own subcommands (`keystore …`).
        if let Some((first, _)) = operation(cmd, words)
            && cmd.find_subcommand(&first).is_some()
        {
            return None;
        }
        let name = string(err, ContextKind::InvalidSubcommand)?;
        return Some(invalid_operation(cmd, &name));
    }
    let (operation, at) = match operation(cmd, words) {
        Some((name, at)) => (cmd.find_subcommand(&name)?, Some(at)),
        None => (cmd, None),
    };
    // By the name typed: `rotate-key-on-demand` is the aws CLI's, `rotate`
    // (the same command) kms-local's.
    if let Some(at) = at
        && !AWS_OPERATIONS.contains(&words[at].as_str())
    {
        return None;
    }
    // argparse reads the whole line before it reports a missing option, and
    // reads numbers only after it; so unknown options, once the rest is
    // checked, come first.
    if let Some(at) = at
        && depth == 0
    {
        let unknown = unknown_words(operation, words, at);
        if !unknown.is_empty() {
            // What argparse would have said before, about the rest.
            let rest = words_without(words, &unknown);
            let argv = std::iter::once("kms-local").chain(rest.iter().map(String::as_str));
            if let Err(again) = Cli::try_parse_from(argv)
                && let Some(report @ Error::Usage(_)) =
                    translate_words(&again, cmd, &rest, depth + 1)
            {
                return Some(report);
            }
            return Some(unknown_options(words, &unknown));
        }
    }
    argparse_error(err)
}

fn words_without(words: &[String], skip: &[usize]) -> Vec<String> {
    words
        .iter()
        .enumerate()
        .filter(|(i, _)| !skip.contains(i))
        .map(|(_, w)| w.clone())
        .collect()
}

/// The error clap found, in argparse's words.
fn argparse_error(err: &clap::Error) -> Option<Error> {
    let arg = || {
        string(err, ContextKind::InvalidArg).map(|a| a.split(' ').next().unwrap_or("").to_owned())
    };
    match err.kind() {
        ErrorKind::MissingRequiredArgument => {
            let names: Vec<String> = match err.get(ContextKind::InvalidArg)? {
                ContextValue::Strings(all) => all.clone(),
                ContextValue::String(one) => vec![one.clone()],
                _ => return None,
            };
            // `--key-id <KEY>`, or a group's first choice: `<--key-id <KEY>|--domain>`.
            let names: Vec<&str> = names
                .iter()
                .map(|n| {
                    n.trim_start_matches('<')
                        .split([' ', '|', '>'])
                        .next()
                        .unwrap_or("")
                })
                .collect();
            Some(usage(&format!(
                "aws: error: the following arguments are required: {}",
                names.join(", ")
            )))
        }
        ErrorKind::InvalidValue => {
            let arg = arg()?;
            let value = string(err, ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() {
                return Some(usage(&format!(
                    "aws: error: argument {arg}: expected one argument"
                )));
            }
            let choices: Vec<String> = match arg.as_str() {
                // yaml is an aws CLI choice kms-local does not print yet:
                // clap's message says which choices it has.
                "--output" if OUTPUT_CHOICES.contains(&value.as_str()) => return None,
                "--output" => OUTPUT_CHOICES.iter().map(|c| (*c).to_owned()).collect(),
                _ => match err.get(ContextKind::ValidValue)? {
                    ContextValue::Strings(all) => all.clone(),
                    _ => return None,
                },
            };
            let choices: Vec<&str> = choices.iter().map(String::as_str).collect();
            Some(usage(&format!(
                "aws: error: argument {arg}: {}",
                invalid_choice(&value, &choices, &[])
            )))
        }
        ErrorKind::ValueValidation => {
            let arg = arg()?;
            let value = string(err, ContextKind::InvalidValue)?;
            let quoted = params::repr(&Value::String(value));
            Some(match ARGPARSE_INTS.contains(&arg.as_str()) {
                true => usage(&format!(
                    "aws: error: argument {arg}: invalid int value: {quoted}"
                )),
                false => Error::Client(format!("invalid literal for int() with base 10: {quoted}")),
            })
        }
        _ => None,
    }
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// The usage text, then `message`, as argparse prints them.
fn usage(message: &str) -> Error {
    Error::Usage(format!("{USAGE}\n{message}\n"))
}

fn unknown_options(words: &[String], unknown: &[usize]) -> Error {
    // argparse's `help` positional takes the first stray value, which the
    // aws CLI then lists last.
    let mut listed: Vec<&str> = Vec::new();
    let mut help = None;
    for &i in unknown {
        let word = words[i].as_str();
        if help.is_none() && !looks_like_option(word) {
            help = Some(word);
        } else {
            listed.push(word);
        }
    }
    listed.extend(help);
    usage(&format!("Unknown options: {}", listed.join(", ")))
}

/// argparse's choice error: the choices two a line, then the close ones.
fn invalid_choice(value: &str, choices: &[&str], extra: &[&str]) -> String {
    let mut lines = vec!["Invalid choice, valid choices are:\n".to_owned()];
    for pair in choices.chunks(2) {
        let cells: Vec<String> = pair.iter().map(|c| format!("{c:<40}")).collect();
        lines.push(cells.join(" | "));
    }
    let candidates: Vec<&str> = choices.iter().chain(extra).copied().collect();
    let close = close_matches(value, &candidates);
    if !close.is_empty() {
        lines.push(format!(
            "\n\nInvalid choice: {}, maybe you meant:\n",
            params::repr(&Value::String(value.to_owned()))
        ));
        lines.extend(close.iter().map(|c| format!("  * {c}")));
    }
    lines.join("\n")
}

/// An unknown command: the aws CLI's list of operations. kms-local's own
/// commands are among the suggestions too, not in the list.
fn invalid_operation(cmd: &Command, name: &str) -> Error {
    let own: Vec<&str> = cmd
        .get_subcommands()
        .map(Command::get_name)
        .filter(|n| !AWS_OPERATIONS.contains(n))
        .collect();
    usage(&format!(
        "aws: error: argument operation: {}",
        invalid_choice(name, AWS_OPERATIONS, &own)
    ))
}

/// The subcommand's name and position in `words`: the first word that is
/// not an option or the value of one.
fn operation(cmd: &Command, words: &[String]) -> Option<(String, usize)> {
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        if word == "--" {
            return None;
        }
        if looks_like_option(word) {
            if !word.contains('=')
                && let Some(arg) = long(cmd, word)
                && arg.get_action().takes_values()
            {
                i += 1;
            }
            i += 1;
            continue;
        }
        return Some((word.clone(), i));
    }
    None
}

fn looks_like_option(word: &str) -> bool {
    word.len() > 1 && word.starts_with('-') && word[1..].parse::<f64>().is_err()
}

fn long<'a>(cmd: &'a Command, word: &str) -> Option<&'a clap::Arg> {
    let name = word.strip_prefix("--")?;
    let name = name.split('=').next().unwrap_or(name);
    cmd.get_arguments().find(|a| a.get_long() == Some(name))
}

/// The positions of the words the operation does not take: unknown
/// options and stray values, in order.
fn unknown_words(operation: &Command, words: &[String], at: usize) -> Vec<usize> {
    let mut unknown = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if i == at {
            i += 1;
            continue;
        }
        let word = &words[i];
        if word == "--" {
            unknown.extend(i..words.len());
            break;
        }
        if !looks_like_option(word) {
            unknown.push(i);
            i += 1;
            continue;
        }
        let Some(arg) = long(operation, word) else {
            unknown.push(i);
            i += 1;
            continue;
        };
        i += 1;
        if word.contains('=') || !arg.get_action().takes_values() {
            continue;
        }
        let many = arg
            .get_num_args()
            .is_some_and(|range| range.max_values() > 1);
        // One value, or every value up to the next option.
        while i < words.len() && i != at && !looks_like_option(&words[i]) {
            i += 1;
            if !many {
                break;
            }
        }
    }
    unknown
}

/// Python's `difflib.get_close_matches(word, choices, n=3, cutoff=0.8)`.
fn close_matches<'a>(word: &str, choices: &[&'a str]) -> Vec<&'a str> {
    let word: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = choices
        .iter()
        .filter_map(|choice| {
            let chars: Vec<char> = choice.chars().collect();
            let total = chars.len() + word.len();
            if total == 0 {
                return None;
            }
            let ratio = 2.0 * matched(&chars, &word) as f64 / total as f64;
            (ratio >= 0.8).then_some((ratio, *choice))
        })
        .collect();
    // Best first; among equals, the later name first, as Python's
    // `heapq.nlargest` orders (score, name) pairs.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| b.1.cmp(a.1)));
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// How many characters `SequenceMatcher(None, a, b)` matches: the longest
/// common block (leftmost in `a`, then in `b`), then the same on each side.
fn matched(a: &[char], b: &[char]) -> usize {
    let mut total = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, (alo, ahi), (blo, bhi));
        if k == 0 {
            continue;
        }
        total += k;
        if alo < i && blo < j {
            queue.push((alo, i, blo, j));
        }
        if i + k < ahi && j + k < bhi {
            queue.push((i + k, ahi, j + k, bhi));
        }
    }
    total
}

fn longest_match(
    a: &[char],
    b: &[char],
    (alo, ahi): (usize, usize),
    (blo, bhi): (usize, usize),
) -> (usize, usize, usize) {
    let (mut best_i, mut best_j, mut best) = (alo, blo, 0);
    // lengths[j]: the length of the match ending at a[i - 1], b[j].
    let mut lengths = vec![0usize; b.len() + 1];
    for (i, ai) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut next = vec![0usize; b.len() + 1];
        for (j, bj) in b.iter().enumerate().take(bhi).skip(blo) {
            if ai != bj {
                continue;
            }
            let k = if j > blo { lengths[j - 1] } else { 0 } + 1;
            next[j] = k;
            if k > best {
                (best_i, best_j, best) = (i + 1 - k, j + 1 - k, k);
            }
        }
        lengths = next;
    }
    (best_i, best_j, best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_matches_are_difflibs() {
        let ops = AWS_OPERATIONS;
        assert_eq!(close_matches("describe-keys", ops), ["describe-key"]);
        assert_eq!(close_matches("list-key", ops), ["list-keys"]);
        assert!(close_matches("bogus-op", ops).is_empty());
        // Three at most, the best first.
        assert_eq!(
            close_matches("encrypt", ops),
            ["encrypt", "decrypt", "re-encrypt"]
        );
        assert_eq!(close_matches("enable-keys", ops), ["enable-key"]);
    }

    #[test]
    fn choices_print_two_a_line() {
        let text = invalid_choice("xml", OUTPUT_CHOICES, &[]);
        assert_eq!(
            text,
            format!(
                "Invalid choice, valid choices are:\n\n{:<40} | {:<40}\n{:<40} | {:<40}\n{:<40}",
                "json", "text", "table", "yaml", "yaml-stream"
            )
        );
    }
}
