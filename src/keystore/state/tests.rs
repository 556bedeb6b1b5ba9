use super::*;

/// A record's JSON, as every keystore holds it: field names, order and
/// omissions are the format (docs/keystore-format.md §3).
#[test]
fn a_key_record_encodes_as_the_format_says() {
    let record = KeyRecord {
        attributes: KeyAttributes {
            created: Timestamp(1),
            description: "d".into(),
            state: KeyState::PendingDeletion,
            deletion_date: Some(Timestamp(2)),
            rotation: Some(RotationSchedule {
                period_in_days: 90,
                next: Timestamp(3),
            }),
            tags: vec![Tag {
                tag_key: "k".into(),
                tag_value: "v".into(),
            }],
        },
        backing_keys: vec![BackingKey {
            id: BackingKeyId([0xAB; 32]),
            domain_key_id: DomainKeyId([0xCD; 16]),
            ekt: vec![1, 2, 3],
            created: Timestamp(4),
            origin: Origin::OnDemand,
            imported: None,
        }],
        key_spec: KeySpec::SymmetricDefault,
        key_usage: KeyUsage::EncryptDecrypt,
        public_key: None,
        multi_region: None,
        external: None,
        aws_managed: false,
        policy: None,
        grants: Vec::new(),
        migrations: Vec::new(),
    };
    let full = format!(
        concat!(
            r#"{{"Created":1,"Description":"d","State":"PendingDeletion","DeletionDate":2,"#,
            r#""Rotation":{{"PeriodInDays":90,"Next":3}},"Tags":[{{"TagKey":"k","TagValue":"v"}}],"#,
            r#""BackingKeys":[{{"Id":"{}","DomainKeyId":"{}","Ekt":"AQID","Created":4,"#,
            r#""Origin":"ON_DEMAND"}}]}}"#
        ),
        "ab".repeat(32),
        "cd".repeat(16)
    );
    assert_eq!(serde_json::to_string(&record).unwrap(), full);
    let back: KeyRecord = serde_json::from_str(&full).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), full);

    let bare = r#"{"Created":1,"Description":"","State":"Enabled","Tags":[],"BackingKeys":[]}"#;
    let record: KeyRecord = serde_json::from_str(bare).unwrap();
    assert_eq!(serde_json::to_string(&record).unwrap(), bare);
    // Tags may be absent, as in records written before tags.
    let untagged = r#"{"Created":1,"Description":"","State":"Enabled","BackingKeys":[]}"#;
    let record: KeyRecord = serde_json::from_str(untagged).unwrap();
    assert_eq!(serde_json::to_string(&record).unwrap(), bare);
}
