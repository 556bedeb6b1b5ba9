//! The aws CLI's global options, so that a command line written for
//! `aws kms` runs here unchanged. Those with a meaning here shape how blobs
//! are read, how List operations page, and the Region a new keystore
//! records; `--profile`, `--endpoint-url` and `--ca-bundle` name the
//! destination of `migrate` and `rewrap`; the rest (timeouts, colour, the
//! pager, the debug log) concern a remote service or a terminal kms-local
//! does not use, and are accepted and ignored. docs/cli.md lists them.

use std::path::PathBuf;
use std::sync::OnceLock;

use clap::{Args, ValueEnum};

/// `--cli-binary-format`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum BinaryFormat {
    /// A blob argument is base64 (the aws CLI v2's default).
    #[default]
    Base64,
    /// A blob argument given as text is its raw bytes; output stays base64.
    RawInBase64Out,
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    On,
    Off,
    Auto,
}

/// The aws CLI's global options.
#[derive(Debug, Args)]
#[command(next_help_heading = "aws CLI options")]
pub struct AwsOptions {
    /// The Region to act in, and a new keystore's home [default: $AWS_REGION, else
    /// $AWS_DEFAULT_REGION, else the keystore's home (us-east-1 for a new one)]
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,

    /// How blob arguments given as text are read: base64 (the default) or raw-in-base64-out
    #[arg(long, global = true, value_name = "FORMAT")]
    pub cli_binary_format: Option<BinaryFormat>,

    /// Fetch List pages of this many items (the output is the same)
    #[arg(long, global = true, value_name = "N", allow_negative_numbers = true, value_parser = crate::cli::args::python_int)]
    pub page_size: Option<i64>,

    /// Print the first page of a List operation as the API returns it
    #[arg(long, global = true)]
    pub no_paginate: bool,

    /// migrate and rewrap: the profile of the destination's credentials and settings [default:
    /// $AWS_PROFILE, else default]; other commands ignore it
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// migrate and rewrap: the destination KMS's URL [default: AWS KMS in the Region]; other
    /// commands ignore it
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint_url: Option<String>,

    /// Refused by migrate and rewrap, which send key material; other commands ignore it
    #[arg(long, global = true)]
    pub no_verify_ssl: bool,

    /// migrate and rewrap: certificates (PEM) to trust beside the system's, for the destination
    /// [default: $AWS_CA_BUNDLE]; other commands ignore it
    #[arg(long, global = true, value_name = "PATH")]
    pub ca_bundle: Option<String>,

    /// Accepted and ignored: kms-local never pages its output
    #[arg(long, global = true)]
    pub no_cli_pager: bool,

    /// Accepted and ignored: kms-local has no interactive prompt
    #[arg(long, global = true, overrides_with = "no_cli_auto_prompt")]
    pub cli_auto_prompt: bool,

    /// Accepted and ignored: kms-local has no interactive prompt
    #[arg(long, global = true)]
    pub no_cli_auto_prompt: bool,

    /// Colour a table's cells: on, off, or auto (on when stdout is a terminal)
    #[arg(long, global = true, value_name = "WHEN")]
    pub color: Option<Color>,

    /// Accepted and ignored: kms-local makes no network call
    #[arg(long, global = true, value_name = "SECONDS", allow_negative_numbers = true,
          value_parser = crate::cli::args::python_int)]
    pub cli_read_timeout: Option<i64>,

    /// Accepted and ignored: kms-local makes no network call
    #[arg(long, global = true, value_name = "SECONDS", allow_negative_numbers = true,
          value_parser = crate::cli::args::python_int)]
    pub cli_connect_timeout: Option<i64>,

    /// Accepted and ignored: kms-local writes no debug log
    #[arg(long, global = true)]
    pub debug: bool,
}

/// What the global options decide for the whole invocation.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub binary_format: BinaryFormat,
    /// `false` with `--no-paginate`.
    pub paginate: bool,
    pub page_size: Option<i64>,
    /// The AWS operation the command runs, which `--cli-input-json` is
    /// checked against.
    pub operation: &'static str,
    /// `--color`: colours a table.
    pub color: Option<Color>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            binary_format: BinaryFormat::Base64,
            paginate: true,
            page_size: None,
            operation: "",
            color: None,
        }
    }
}

static SETTINGS: OnceLock<Settings> = OnceLock::new();

/// The remote KMS the options name, for `migrate` and `rewrap`.
#[derive(Clone, Debug, Default)]
pub struct Remote {
    pub endpoint_url: Option<String>,
    pub profile: Option<String>,
    /// `--ca-bundle`, else AWS_CA_BUNDLE.
    pub ca_bundle: Option<PathBuf>,
    pub no_verify_ssl: bool,
}

static REMOTE: OnceLock<Remote> = OnceLock::new();

impl AwsOptions {
    /// Makes these options the invocation's settings (once, at start), for
    /// a command that runs `operation`.
    pub fn apply(&self, operation: &'static str) {
        let _ = SETTINGS.set(Settings {
            binary_format: self.cli_binary_format.unwrap_or_default(),
            paginate: !self.no_paginate,
            page_size: self.page_size,
            operation,
            color: self.color,
        });
        let ca_bundle = self
            .ca_bundle
            .clone()
            .or_else(|| crate::cli::non_empty_var("AWS_CA_BUNDLE"));
        let _ = REMOTE.set(Remote {
            endpoint_url: self.endpoint_url.clone(),
            profile: self.profile.clone(),
            ca_bundle: ca_bundle.map(PathBuf::from),
            no_verify_ssl: self.no_verify_ssl,
        });
    }
}

/// The remote KMS the options name (none set before [`AwsOptions::apply`]).
pub fn remote() -> Remote {
    REMOTE.get().cloned().unwrap_or_default()
}

/// The invocation's settings (the defaults before [`AwsOptions::apply`]).
pub fn settings() -> Settings {
    SETTINGS.get().copied().unwrap_or_default()
}
