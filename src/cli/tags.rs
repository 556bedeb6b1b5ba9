//! `tag-resource`, `untag-resource`, `list-resource-tags`.

use clap::Args;

use crate::cli::args::{InputArgs, List, PageArgs, print_list};
use crate::cli::input;
use crate::cli::output::Output;
use crate::cli::{Run, checked};
use crate::error::{Error, Result};
use crate::ops::catalog::ListResourceTags;
use crate::ops::types::{ListResourceTagsRequest, TagResourceRequest, UntagResourceRequest};
use crate::ops::{Kms, Operation, limits};

/// Add or overwrite tags on a KMS key
///
/// Prints nothing on success. Tags follow AWS's rules: at most 50 per key,
/// keys of 1 to 128 characters not starting with aws:, values of 0 to 256.
#[derive(Debug, Args)]
pub struct TagResourceArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// Tags: `TagKey=k,TagValue=v` each, or a JSON list
    #[arg(
        long,
        num_args = 1..,
        value_name = "TAG",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"],
        action = clap::ArgAction::Set
    )]
    pub tags: Vec<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<TagResourceArgs> for TagResourceRequest {
    type Error = Error;

    fn try_from(args: TagResourceArgs) -> Result<Self> {
        let mut req: TagResourceRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        if !args.tags.is_empty() {
            req.tags = Some(input::tag_list("--tags", &args.tags)?);
        }
        Ok(req)
    }
}

/// Remove tags from a KMS key by their keys
///
/// Prints nothing on success.
#[derive(Debug, Args)]
pub struct UntagResourceArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    /// The tag keys to remove
    #[arg(
        long,
        num_args = 1..,
        value_name = "TAG_KEY",
        required_unless_present_any = ["cli_input_json", "cli_input_yaml"],
        action = clap::ArgAction::Set
    )]
    pub tag_keys: Vec<String>,

    #[command(flatten)]
    pub input: InputArgs,
}

impl TryFrom<UntagResourceArgs> for UntagResourceRequest {
    type Error = Error;

    fn try_from(args: UntagResourceArgs) -> Result<Self> {
        let mut req: UntagResourceRequest = args.input.request()?;
        req.key_id = args.key_id.or(req.key_id);
        if !args.tag_keys.is_empty() {
            req.tag_keys = Some(args.tag_keys);
        }
        Ok(req)
    }
}

/// List a KMS key's tags
#[derive(Debug, Args)]
pub struct ListResourceTagsArgs {
    /// The key's id or ARN
    #[arg(long, value_name = "KEY", required_unless_present_any = ["cli_input_json", "cli_input_yaml"])]
    pub key_id: Option<String>,

    #[command(flatten)]
    pub page: PageArgs,

    #[command(flatten)]
    pub input: InputArgs,
}

impl Run for ListResourceTagsArgs {
    fn operation(&self) -> &'static str {
        ListResourceTags::NAME
    }

    fn run(self, kms: Kms, out: &Output) -> Result<()> {
        let req: ListResourceTagsRequest = self.input.request()?;
        let key_id = self.key_id.or(req.key_id);
        print_list(
            out,
            &List {
                field: "Tags",
                members: &["KeyId", "Limit", "Marker"],
                limits: limits::LIST_RESOURCE_TAGS,
            },
            self.page,
            (req.limit, req.marker),
            |limit, marker| {
                checked::<ListResourceTags>(
                    &kms,
                    ListResourceTagsRequest {
                        key_id: key_id.clone(),
                        limit,
                        marker,
                    },
                )
            },
        )
    }
}
