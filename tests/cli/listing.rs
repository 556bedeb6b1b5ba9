//! The List operations: pagination, the aws CLI's automatic pagination,
//! aliases and tags.

use serde::Deserialize;
use serde_json::Value;

use crate::common::*;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct KeyEntry {
    key_id: String,
    key_arn: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct KeysPage {
    keys: Vec<KeyEntry>,
    next_marker: Option<String>,
    truncated: bool,
}

#[test]
fn list_keys_pages_through_markers() {
    let env = TestEnv::new();
    let mut created: Vec<String> = (0..5).map(|_| env.create_key()).collect();
    created.sort();
    let mut seen = Vec::new();
    let mut marker: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut args = vec!["list-keys", "--limit", "2"];
        if let Some(m) = &marker {
            args.extend(["--marker", m.as_str()]);
        }
        let page: KeysPage = env.json(&args);
        pages += 1;
        assert!(page.keys.len() <= 2);
        seen.extend(page.keys.iter().map(|k| {
            assert_eq!(k.key_arn, arn(&k.key_id));
            k.key_id.clone()
        }));
        assert_eq!(page.truncated, page.next_marker.is_some());
        match page.next_marker {
            Some(m) => marker = Some(m),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, created);
}

#[test]
fn list_keys_without_paging_flags_prints_every_key() {
    let env = TestEnv::new();
    let mut created: Vec<String> = (0..3).map(|_| env.create_key()).collect();
    created.sort();
    let all: Value = env.json(&["list-keys"]);
    // Only the merged list, as the aws CLI prints it.
    assert_eq!(
        all.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["Keys"]
    );
    let ids: Vec<&str> = all["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, created);
    let page: KeysPage = env.json(&["list-keys", "--limit", "1000"]);
    assert!(!page.truncated);
    assert_eq!(page.keys.len(), 3);
}

#[test]
fn list_limits_and_bad_markers() {
    let env = TestEnv::new();
    let key = env.create_key();
    for (command, max) in [("list-keys", "1000"), ("list-aliases", "100")] {
        env.json::<Value>(&[command, "--limit", "1"]);
        env.json::<Value>(&[command, "--limit", max]);
        let over = (max.parse::<i64>().unwrap() + 1).to_string();
        let operation = if command == "list-keys" {
            "ListKeys"
        } else {
            "ListAliases"
        };
        let message = env.kms_error(
            "ValidationException",
            operation,
            &[command, "--limit", &over],
        );
        assert!(
            message.contains(&format!(
                "Member must have value less than or equal to {max}"
            )),
            "{message}"
        );
        assert_eq!(
            env.refused_before_sending(&[command, "--limit", "0"]),
            "Invalid value for parameter Limit, value: 0, valid min value: 1\n"
        );
        env.kms_error(
            "InvalidMarkerException",
            operation,
            &[command, "--marker", "!!not-a-marker"],
        );
    }
    env.kms_error(
        "ValidationException",
        "ListResourceTags",
        &["list-resource-tags", "--key-id", &key, "--limit", "51"],
    );
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct AliasEntry {
    alias_name: String,
    alias_arn: String,
    target_key_id: String,
    creation_date: String,
    last_updated_date: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Aliases {
    aliases: Vec<AliasEntry>,
}

#[test]
fn aliases_are_listed_updated_and_deleted() {
    let env = TestEnv::new().with(&[("KMS_LOCAL_NOW", "2030-01-01T00:00:00Z")]);
    let a = env.create_key();
    let b = env.create_key();
    env.alias("alias/one", &a);
    env.alias("alias/two", &a);
    env.alias("alias/three", &b);
    let all: Aliases = env.json(&["list-aliases"]);
    let names: Vec<&str> = all.aliases.iter().map(|x| x.alias_name.as_str()).collect();
    assert_eq!(names, ["alias/one", "alias/three", "alias/two"]);
    let one = &all.aliases[0];
    assert_eq!(
        one.alias_arn,
        "arn:aws:kms:us-east-1:111122223333:alias/one"
    );
    assert_eq!(one.target_key_id, a);
    assert_eq!(one.creation_date, "2030-01-01T00:00:00+00:00");
    let of_a: Aliases = env.json(&["list-aliases", "--key-id", &a]);
    assert_eq!(of_a.aliases.len(), 2);

    let later = env.with(&[("KMS_LOCAL_NOW", "2030-02-01T00:00:00Z")]);
    assert_eq!(
        later.ok(&[
            "update-alias",
            "--alias-name",
            "alias/one",
            "--target-key-id",
            &b
        ]),
        ""
    );
    assert_eq!(later.generate("alias/one", &[]).key_id, arn(&b));
    let of_b: Aliases = later.json(&["list-aliases", "--key-id", &b]);
    let moved = of_b
        .aliases
        .iter()
        .find(|x| x.alias_name == "alias/one")
        .unwrap();
    assert_eq!(moved.creation_date, "2030-01-01T00:00:00+00:00");
    assert_eq!(moved.last_updated_date, "2030-02-01T00:00:00+00:00");
    later.kms_error(
        "NotFoundException",
        "UpdateAlias",
        &[
            "update-alias",
            "--alias-name",
            "alias/none",
            "--target-key-id",
            &b,
        ],
    );

    assert_eq!(later.ok(&["delete-alias", "--alias-name", "alias/one"]), "");
    later.kms_error(
        "NotFoundException",
        "GenerateDataKey",
        &[
            "generate-data-key",
            "--key-id",
            "alias/one",
            "--key-spec",
            "AES_256",
        ],
    );
    let message = later.kms_error(
        "NotFoundException",
        "DeleteAlias",
        &["delete-alias", "--alias-name", "alias/one"],
    );
    assert_eq!(
        message,
        "Alias arn:aws:kms:us-east-1:111122223333:alias/one is not found."
    );
    // The key is untouched.
    later.generate(&b, &[]);
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Tag {
    tag_key: String,
    tag_value: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Tags {
    tags: Vec<Tag>,
}

#[test]
fn tags_are_added_overwritten_removed_and_listed() {
    let env = TestEnv::new();
    let key: CreateKey = env.json(&["create-key", "--tags", "TagKey=team,TagValue=infra"]);
    let key = key.key_metadata.key_id;
    assert_eq!(
        env.ok(&[
            "tag-resource",
            "--key-id",
            &key,
            "--tags",
            "TagKey=env,TagValue=ci",
            "TagKey=team,TagValue=platform"
        ]),
        ""
    );
    let tags: Tags = env.json(&["list-resource-tags", "--key-id", &key]);
    let pairs: Vec<(&str, &str)> = tags
        .tags
        .iter()
        .map(|t| (t.tag_key.as_str(), t.tag_value.as_str()))
        .collect();
    assert_eq!(pairs, [("env", "ci"), ("team", "platform")]);
    assert_eq!(
        env.ok(&[
            "untag-resource",
            "--key-id",
            &key,
            "--tag-keys",
            "env",
            "absent"
        ]),
        ""
    );
    let tags: Tags = env.json(&["list-resource-tags", "--key-id", &key]);
    assert_eq!(tags.tags.len(), 1);
    let before = env.keystore_bytes();
    env.kms_error(
        "TagException",
        "TagResource",
        &[
            "tag-resource",
            "--key-id",
            &key,
            "--tags",
            "TagKey=aws:x,TagValue=y",
        ],
    );
    let many: Vec<String> = (0..50).map(|i| format!("TagKey=k{i},TagValue=v")).collect();
    let mut args = vec!["tag-resource", "--key-id", key.as_str(), "--tags"];
    args.extend(many.iter().map(String::as_str));
    // 50 new tags plus the one already there is over the quota.
    assert_eq!(
        env.kms_error("TagException", "TagResource", &args),
        "Too many tags"
    );
    assert_eq!(env.keystore_bytes(), before);
    let paged: Value = env.json(&["list-resource-tags", "--key-id", &key, "--limit", "1"]);
    assert_eq!(paged["Truncated"], false);
    env.kms_error(
        "NotFoundException",
        "ListResourceTags",
        &["list-resource-tags", "--key-id", "alias/none"],
    );
}
