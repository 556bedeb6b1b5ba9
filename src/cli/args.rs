//! Argument groups several commands share, flattened into their `*Args`,
//! and the aws CLI's automatic pagination.

use clap::Args;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::cli::output::Output;
use crate::cli::{globals, input};
use crate::error::{Error, Result};
use crate::ops::page::Limits;
use crate::ops::types::KeyIdRequest;

/// `--cli-input-json` and `--cli-input-yaml`, which every operation takes.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// The request as JSON (the API's field names), inline or file://PATH; flags override its
    /// fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,

    /// The request as YAML (the API's field names), inline or file://PATH; flags override its
    /// fields
    // A YAML list starts with "- ", which argparse takes as a value too.
    #[arg(long, value_name = "YAML", allow_hyphen_values = true)]
    pub cli_input_yaml: Option<String>,
}

impl InputArgs {
    /// The request `--cli-input-json` or `--cli-input-yaml` gives, or an
    /// empty one, for the flags to complete.
    pub fn request<T: DeserializeOwned + Default>(&self) -> Result<T> {
        input::cli_input(
            self.cli_input_json.as_deref(),
            self.cli_input_yaml.as_deref(),
        )
    }
}

/// `--grant-tokens`.
#[derive(Debug, Args)]
pub struct GrantArgs {
    /// Grant tokens (accepted and ignored: kms-local has no grants)
    #[arg(long, num_args = 1.., value_name = "TOKEN")]
    pub grant_tokens: Vec<String>,
}

impl GrantArgs {
    /// Sets the request's GrantTokens if the flag was given.
    pub fn apply(self, field: &mut Option<Vec<String>>) {
        if !self.grant_tokens.is_empty() {
            *field = Some(self.grant_tokens);
        }
    }
}

/// `--key-id` and `--cli-input-json`, for operations that take only a key.
#[derive(Debug, Args)]
pub struct KeyIdArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<KeyIdArgs> for KeyIdRequest {
    type Error = Error;

    fn try_from(args: KeyIdArgs) -> Result<Self> {
        let mut req: KeyIdRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        Ok(req)
    }
}

/// `--limit` and `--marker` of the List operations.
#[derive(Debug, Args)]
pub struct PageArgs {
    /// Return at most this many items and a NextMarker for the rest (turns off
    /// automatic pagination, as in the aws CLI)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub limit: Option<i64>,

    /// Continue from the NextMarker of an earlier call (turns off automatic pagination)
    #[arg(long, value_name = "MARKER")]
    pub marker: Option<String>,
}

/// Prints a List operation's result: the one page asked for (a limit or a
/// marker given, by flag or in the request JSON, or `--no-paginate`), else
/// every page merged, fetched `--page-size` items at a time; with
/// `--output yaml-stream`, every page as it comes, whole, as the aws CLI
/// streams them.
pub fn print_list<T: Serialize>(
    out: &Output,
    field: &str,
    page: PageArgs,
    (limit, marker): (Option<i64>, Option<String>),
    limits: Limits,
    mut fetch: impl FnMut(Option<i64>, Option<String>) -> Result<T>,
) -> Result<()> {
    let limit = page.limit.or(limit);
    let marker = page.marker.or(marker);
    let settings = globals::settings();
    if limit.is_some() || marker.is_some() || !settings.paginate {
        return out.print(&fetch(limit, marker)?);
    }
    let size = settings.page_size.unwrap_or(limits.max);
    if out.streams_pages() {
        let mut marker = None;
        loop {
            let page = serde_json::to_value(fetch(Some(size), marker)?)
                .map_err(|e| Error::Internal(format!("could not encode a page: {e}")))?;
            marker = next_marker(&page);
            out.print_value(page)?;
            if marker.is_none() {
                return Ok(());
            }
        }
    }
    out.print_value(all_pages(field, |marker| fetch(Some(size), marker))?)
}

/// Fetches every page of a List operation and merges its `field`, as the aws
/// CLI does when neither `--limit` nor `--marker` is given: the output then
/// holds only the merged list.
fn all_pages<T: Serialize>(
    field: &str,
    mut fetch: impl FnMut(Option<String>) -> Result<T>,
) -> Result<Value> {
    let mut items = Vec::new();
    let mut marker = None;
    loop {
        let page = serde_json::to_value(fetch(marker)?)
            .map_err(|e| Error::Internal(format!("could not encode a page: {e}")))?;
        if let Some(Value::Array(list)) = page.get(field) {
            items.extend(list.iter().cloned());
        }
        marker = next_marker(&page);
        if marker.is_none() {
            break;
        }
    }
    let mut merged = serde_json::Map::new();
    merged.insert(field.to_owned(), Value::Array(items));
    Ok(Value::Object(merged))
}

fn next_marker(page: &Value) -> Option<String> {
    page.get("NextMarker")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// `--dry-run` and `--no-dry-run`, as the aws CLI has them.
#[derive(Debug, Args)]
pub struct DryRunArgs {
    /// Check the request as if it ran, then answer DryRunOperationException
    #[arg(long, overrides_with = "no_dry_run")]
    pub dry_run: bool,

    /// Run the request (the default)
    #[arg(long)]
    pub no_dry_run: bool,
}

impl DryRunArgs {
    /// Sets the request's DryRun if either flag was given.
    pub fn apply(&self, field: &mut Option<bool>) {
        if self.dry_run || self.no_dry_run {
            *field = Some(self.dry_run);
        }
    }
}
