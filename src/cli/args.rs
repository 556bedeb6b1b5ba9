//! Argument groups several commands share, flattened into their `*Args`,
//! and the aws CLI's automatic pagination ([`print_list`]).

use clap::Args;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::cli::output::Output;
use crate::cli::{globals, input, paginate, python};
use crate::error::{Error, Result};
use crate::ops::page::Limits;
use crate::ops::types::{GetKeyLastUsageRequest, KeyIdRequest};

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
    /// Grant tokens (checked and accepted: grants are effective as soon as they are made)
    #[arg(long, num_args = 1.., value_name = "TOKEN", action = clap::ArgAction::Set)]
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

impl TryFrom<KeyIdArgs> for GetKeyLastUsageRequest {
    type Error = Error;

    fn try_from(args: KeyIdArgs) -> Result<Self> {
        let mut req: GetKeyLastUsageRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        Ok(req)
    }
}

/// `--limit` and `--marker` of the List operations, and the aws CLI's
/// paginator options, `--max-items` and `--starting-token` (`--page-size`
/// is a global option here).
#[derive(Debug, Args)]
pub struct PageArgs {
    /// Return at most this many items and a NextMarker for the rest (turns off
    /// automatic pagination, as in the aws CLI)
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = python_int)]
    pub limit: Option<i64>,

    /// Continue from the NextMarker of an earlier call (turns off automatic pagination)
    #[arg(long, value_name = "MARKER")]
    pub marker: Option<String>,

    /// Print at most this many items, and a NextToken to resume from if more remain
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = python_int)]
    pub max_items: Option<i64>,

    /// Resume from the NextToken an earlier --max-items printed
    #[arg(long, value_name = "TOKEN")]
    pub starting_token: Option<String>,
}

/// An integer as Python's `int()` reads it, as the aws CLI reads numbers.
pub fn python_int(text: &str) -> std::result::Result<i64, String> {
    python::int(text).ok_or_else(|| "not an integer".to_owned())
}

/// A List operation, as the aws CLI's paginator sees it.
pub struct List {
    /// The response's list of items.
    pub field: &'static str,
    /// The request's members in the model's order, which a report of an
    /// unknown member lists.
    pub members: &'static [&'static str],
    pub limits: Limits,
}

/// Prints a List operation's result as the aws CLI does. One page as the
/// API returns it when automatic pagination is off (a limit or a marker
/// given, by flag or in the request JSON, or `--no-paginate`); else the
/// paginator's pages, cut at `--max-items`, merged with a `NextToken`; for
/// text output, each page's items on their own, then the token; for
/// `--output yaml-stream`, each page whole, as the aws CLI streams them.
pub fn print_list<T: Serialize>(
    out: &Output,
    list: &List,
    page: PageArgs,
    (limit, marker): (Option<i64>, Option<String>),
    mut fetch: impl FnMut(Option<i64>, Option<String>) -> Result<T>,
) -> Result<()> {
    let settings = globals::settings();
    // Paging by hand on the command line turns the paginator off, and the
    // aws CLI then refuses the paginator's own options (unless 0 or empty,
    // which Python reads as not given).
    if page.limit.is_some() || page.marker.is_some() || !settings.paginate {
        let used: Vec<&str> = [
            (
                "--starting-token",
                page.starting_token.as_ref().is_some_and(|t| !t.is_empty()),
            ),
            ("--page-size", settings.page_size.is_some_and(|n| n != 0)),
            ("--max-items", page.max_items.is_some_and(|n| n != 0)),
        ]
        .into_iter()
        .filter_map(|(name, used)| used.then_some(name))
        .collect();
        if !used.is_empty() {
            return Err(Error::Usage(format!(
                "Cannot specify --no-paginate along with pagination arguments: {}",
                used.join(", ")
            )));
        }
    }
    let limit = page.limit.or(limit);
    let marker = page.marker.or(marker);
    let paged_by_hand = limit.is_some() || marker.is_some() || !settings.paginate;
    let paginator_options =
        page.starting_token.is_some() || settings.page_size.is_some() || page.max_items.is_some();
    if paged_by_hand {
        if paginator_options {
            // The paginator's settings go to the operation as a parameter
            // it does not have.
            return Err(Error::ParamValidation(vec![format!(
                "Unknown parameter in input: \"PaginationConfig\", must be one of: {}",
                list.members.join(", ")
            )]));
        }
        return out.print(&fetch(limit, marker)?);
    }
    let start = page
        .starting_token
        .as_deref()
        .map(|token| paginate::parse_token(token, list.members))
        .transpose()?;
    // Where a page ends shows in the output only with --max-items, a
    // starting token, a query on text output (applied to each page) or
    // yaml-stream; otherwise the largest pages take the fewest calls.
    let exact = page.max_items.is_some()
        || start.is_some()
        || out.queries_each_page()
        || out.streams_pages();
    let page_size = match (settings.page_size, exact) {
        (Some(size), _) => Some(size),
        (None, true) => None,
        (None, false) => Some(list.limits.max),
    };
    let paging = paginate::Paging {
        max_items: page.max_items,
        page_size,
        start,
    };
    let pages = paginate::run(list.field, &paging, |limit, marker| {
        serde_json::to_value(fetch(limit, marker)?)
            .map_err(|e| Error::Internal(format!("could not encode a page: {e}")))
    })?;
    let field = list.field.to_owned();
    if out.streams_pages() {
        for page in pages.pages {
            out.print_value(page)?;
        }
        return Ok(());
    }
    let items = |page: Value| match page {
        Value::Object(mut map) => map
            .shift_remove(list.field)
            .unwrap_or(Value::Array(Vec::new())),
        _ => Value::Array(Vec::new()),
    };
    if out.prints_each_page() {
        for page in pages.pages {
            out.print_value(Value::Object(Map::from_iter([(
                field.clone(),
                items(page),
            )])))?;
        }
        if let Some(token) = pages.next_token {
            let inner = Map::from_iter([("NextToken".to_owned(), Value::String(token))]);
            out.print_value(Value::Object(Map::from_iter([(
                "NextToken".to_owned(),
                Value::Object(inner),
            )])))?;
        }
        return Ok(());
    }
    let mut all = Vec::new();
    for page in pages.pages {
        if let Value::Array(list) = items(page) {
            all.extend(list);
        }
    }
    let mut merged = Map::new();
    merged.insert(field, Value::Array(all));
    if let Some(token) = pages.next_token {
        merged.insert("NextToken".to_owned(), Value::String(token));
    }
    out.print_value(Value::Object(merged))
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
