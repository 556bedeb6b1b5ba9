//! `tag-resource`, `untag-resource`, `list-resource-tags`.

use clap::Args;

use crate::cli::args::{PageArgs, print_list};
use crate::cli::input;
use crate::cli::output::Output;
use crate::error::Result;
use crate::ops::Kms;
use crate::ops::types::{ListResourceTagsRequest, TagResourceRequest, UntagResourceRequest};

/// Add or overwrite tags on a KMS key
///
/// Prints nothing on success. Tags follow AWS's rules: at most 50 per key,
/// keys of 1 to 128 characters not starting with aws:, values of 0 to 256.
#[derive(Debug, Args)]
pub struct TagResourceArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub key_id: Option<String>,

    /// Tags: `TagKey=k,TagValue=v` each, or a JSON list
    #[arg(long, num_args = 1.., value_name = "TAG", required_unless_present = "cli_input_json")]
    pub tags: Vec<String>,

    /// The TagResource request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn tag_resource(args: TagResourceArgs, kms: &Kms) -> Result<()> {
    let mut req: TagResourceRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    req.key_id = args.key_id.or(req.key_id);
    if !args.tags.is_empty() {
        req.tags = Some(input::tag_list("--tags", &args.tags)?);
    }
    kms.tag_resource(req)
}

/// Remove tags from a KMS key by their keys
///
/// Prints nothing on success.
#[derive(Debug, Args)]
pub struct UntagResourceArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub key_id: Option<String>,

    /// The tag keys to remove
    #[arg(long, num_args = 1.., value_name = "TAG_KEY", required_unless_present = "cli_input_json")]
    pub tag_keys: Vec<String>,

    /// The UntagResource request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn untag_resource(args: UntagResourceArgs, kms: &Kms) -> Result<()> {
    let mut req: UntagResourceRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    req.key_id = args.key_id.or(req.key_id);
    if !args.tag_keys.is_empty() {
        req.tag_keys = Some(args.tag_keys);
    }
    kms.untag_resource(req)
}

/// List a KMS key's tags
#[derive(Debug, Args)]
pub struct ListResourceTagsArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present = "cli_input_json")]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    /// The ListResourceTags request as JSON, inline or file://PATH; flags override its fields
    #[arg(long, value_name = "JSON")]
    pub cli_input_json: Option<String>,
}

pub(crate) fn list_resource_tags(
    args: ListResourceTagsArgs,
    kms: &Kms,
    out: &Output,
) -> Result<()> {
    let req: ListResourceTagsRequest = input::cli_input_json(args.cli_input_json.as_deref())?;
    let key_id = args.key_id.or(req.key_id);
    print_list(
        out,
        "Tags",
        args.page,
        (req.limit, req.marker),
        50,
        |limit, marker| {
            kms.list_resource_tags(ListResourceTagsRequest {
                key_id: key_id.clone(),
                limit,
                marker,
            })
        },
    )
}
