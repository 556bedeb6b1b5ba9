//! TagResource, UntagResource and ListResourceTags, with AWS's tag rules.

use crate::error::{Error, Result};
use crate::keystore::state::{State, Tag};
use crate::ops::key_id;
use crate::ops::key_state::{self, Use};
use crate::ops::page;
use crate::ops::types::{
    ListResourceTagsRequest, ListResourceTagsResponse, TagResourceRequest, UntagResourceRequest,
};
use crate::ops::validate;
use crate::ops::{Ctx, limits};

/// AWS's tag rules, in the order AWS checks them.
pub fn validate(tags: &[Tag]) -> Result<()> {
    for (i, tag) in tags.iter().enumerate() {
        let at = i + 1;
        validate::length(&tag.tag_key, &format!("tags.{at}.member.tagKey"), 1, 128)?;
        validate::length(
            &tag.tag_value,
            &format!("tags.{at}.member.tagValue"),
            0,
            256,
        )?;
    }
    if tags.iter().any(|t| is_reserved(&t.tag_key)) {
        return Err(Error::Tag("Tags beginning with aws: are reserved".into()));
    }
    let mut keys: Vec<&str> = tags.iter().map(|t| t.tag_key.as_str()).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return Err(Error::Tag("Duplicate tag keys".into()));
    }
    if tags.len() > limits::MAX_TAGS {
        return Err(Error::Tag("Too many tags".into()));
    }
    Ok(())
}

fn is_reserved(key: &str) -> bool {
    key.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("aws:"))
}

/// TagResource: adds tags; a tag whose key exists replaces its value.
pub fn tag_resource(state: &mut State, ctx: &Ctx, req: TagResourceRequest) -> Result<()> {
    let tags = validate::required(req.tags, "tags")?;
    validate(&tags)?;
    let (key_id, record) = key_state::changeable(
        state,
        ctx,
        (req.key_id.as_deref(), "keyId"),
        Use::Management,
        "kms:TagResource",
    )?;
    let mut merged = record.attributes.tags.clone();
    for tag in tags {
        match merged.iter_mut().find(|t| t.tag_key == tag.tag_key) {
            Some(existing) => existing.tag_value = tag.tag_value,
            None => merged.push(tag),
        }
    }
    if merged.len() > limits::MAX_TAGS {
        return Err(Error::Tag("Too many tags".into()));
    }
    key_state::record_mut(state, &key_id)?.attributes.tags = merged;
    Ok(())
}

/// UntagResource: removes tags by key; an absent key is not an error.
pub fn untag_resource(state: &mut State, ctx: &Ctx, req: UntagResourceRequest) -> Result<()> {
    let tag_keys = validate::required(req.tag_keys, "tagKeys")?;
    for (i, key) in tag_keys.iter().enumerate() {
        validate::length(key, &format!("tagKeys.{}.member", i + 1), 1, 128)?;
    }
    if tag_keys.iter().any(|k| is_reserved(k)) {
        return Err(Error::Tag("Tags beginning with aws: are reserved".into()));
    }
    let (key_id, _) = key_state::changeable(
        state,
        ctx,
        (req.key_id.as_deref(), "keyId"),
        Use::Management,
        "kms:UntagResource",
    )?;
    key_state::record_mut(state, &key_id)?
        .attributes
        .tags
        .retain(|t| !tag_keys.contains(&t.tag_key));
    Ok(())
}

/// ListResourceTags: the key's tags in tag-key order, in any key state.
pub fn list_resource_tags(
    state: &State,
    ctx: &Ctx,
    req: ListResourceTagsRequest,
) -> Result<ListResourceTagsResponse> {
    let (_, record) = key_id::own_key(state, ctx, req.key_id.as_deref())?;
    let mut tags = record.attributes.tags.clone();
    tags.sort_by(|a, b| a.tag_key.cmp(&b.tag_key));
    let entries = tags.into_iter().map(|t| (t.tag_key.clone(), t));
    let page = page::paginate(
        entries,
        req.limit,
        req.marker.as_deref(),
        limits::LIST_RESOURCE_TAGS,
    )?;
    Ok(ListResourceTagsResponse {
        truncated: page.truncated(),
        tags: page.items,
        next_marker: page.next_marker,
    })
}
