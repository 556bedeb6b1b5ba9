//! Argument groups several commands share, and the aws CLI's automatic
//! pagination.

use clap::Args;
use serde::Serialize;
use serde_json::Value;

use crate::cli::input;
use crate::cli::output::Output;
use crate::error::{Error, Result};
use crate::ops::types::KeyIdRequest;

/// `--key-id` and `--cli-input-json`, for operations that take only a key.
#[derive(Debug, Args)]
pub struct KeyIdArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub key_id: Option<String>,

    /// The request as JSON (`{"KeyId": "..."}`), inline or file://PATH
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

impl TryFrom<KeyIdArgs> for KeyIdRequest {
    type Error = Error;

    fn try_from(args: KeyIdArgs) -> Result<Self> {
        let mut req: KeyIdRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
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
/// marker given, by flag or in the request JSON), else every page merged.
pub fn print_list<T: Serialize>(
    out: &Output,
    field: &str,
    page: PageArgs,
    (limit, marker): (Option<i64>, Option<String>),
    max: i64,
    mut fetch: impl FnMut(Option<i64>, Option<String>) -> Result<T>,
) -> Result<()> {
    let limit = page.limit.or(limit);
    let marker = page.marker.or(marker);
    if limit.is_some() || marker.is_some() {
        return out.print(&fetch(limit, marker)?);
    }
    out.print_value(all_pages(field, |marker| fetch(Some(max), marker))?)
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
        marker = page
            .get("NextMarker")
            .and_then(Value::as_str)
            .map(str::to_owned);
        if marker.is_none() {
            break;
        }
    }
    let mut merged = serde_json::Map::new();
    merged.insert(field.to_owned(), Value::Array(items));
    Ok(Value::Object(merged))
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
    /// The flag's value, if either flag was given.
    pub fn value(&self) -> Option<bool> {
        (self.dry_run || self.no_dry_run).then_some(self.dry_run)
    }
}
