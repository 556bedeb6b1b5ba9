//! Every type that holds a secret, formatted with `{:?}`: none prints it.

use uuid::Uuid;
use zeroize::Zeroizing;

use crate::hsm::DomainKey;
use crate::hsm::secret::{KeyBytes, Plaintext};
use crate::ids::{BackingKeyId, DomainKeyId};
use crate::keystore::bundle::{Bundle, BundleBackingKey, BundleKey};
use crate::keystore::kek::KekSources;
use crate::keystore::state::{KeyAttributes, KeyState, Origin, State};
use crate::ops::types::{
    Blob, DecryptResponse, EncryptRequest, GenerateDataKeyPairResponse, GenerateDataKeyResponse,
    GenerateRandomResponse, SecretBlob,
};
use crate::spec::{KeySpec, KeyUsage};
use crate::timestamp::Timestamp;

/// Bytes no formatting should ever show, in any of the forms a leak would take.
const SECRET: [u8; 32] = [0xA5; 32];

fn assert_redacted(what: &str, text: &str) {
    let forms = [
        format!("{:?}", &SECRET[..4])
            .trim_end_matches(']')
            .to_owned(),
        "165, 165".to_owned(),
        "a5a5a5a5".to_owned(),
        "paWlpaWl".to_owned(),
        "correct horse".to_owned(),
    ];
    for form in forms {
        assert!(!text.contains(&form), "{what} prints its secret: {text}");
    }
}

fn key() -> KeyBytes {
    KeyBytes::from_slice(&SECRET).unwrap()
}

fn plaintext() -> Plaintext {
    Plaintext::from(SECRET.to_vec())
}

#[test]
fn no_secret_holding_type_prints_its_secret() {
    let domain_key = DomainKey {
        id: DomainKeyId([1; 16]),
        key: key(),
        created: Timestamp(0),
    };
    assert_redacted("KeyBytes", &format!("{:?}", key()));
    assert_redacted("Plaintext", &format!("{:?}", plaintext()));
    assert_redacted("DomainKey", &format!("{domain_key:?}"));
    let mut state = State::empty("us-east-1".into(), "111122223333".into());
    state.domain_keys.push(domain_key);
    assert_redacted("State", &format!("{state:?}"));
    let sources = KekSources {
        master_key: Some(Zeroizing::new("paWlpaWl".into())),
        passphrase: Some(Zeroizing::new("correct horse".into())),
        ..KekSources::default()
    };
    assert_redacted("KekSources", &format!("{sources:?}"));
    let bundle = Bundle {
        keys: vec![BundleKey {
            key_id: Uuid::nil(),
            attributes: KeyAttributes {
                created: Timestamp(0),
                description: String::new(),
                state: KeyState::Enabled,
                deletion_date: None,
                rotation: None,
                tags: vec![],
            },
            aliases: vec![],
            backing_keys: vec![BundleBackingKey {
                id: BackingKeyId([2; 32]),
                hbk: Some(key()),
                material: Some(Plaintext::from(SECRET.to_vec())),
                created: Timestamp(0),
                origin: Origin::Created,
            }],
            key_spec: KeySpec::SymmetricDefault,
            key_usage: KeyUsage::EncryptDecrypt,
            policy: None,
        }],
    };
    assert_redacted("Bundle", &format!("{bundle:?}"));
    let generated = GenerateDataKeyResponse {
        ciphertext_blob: Blob(vec![0; 4]),
        plaintext: plaintext(),
        key_id: String::new(),
        key_material_id: String::new(),
    };
    assert_redacted("GenerateDataKeyResponse", &format!("{generated:?}"));
    let decrypted = DecryptResponse {
        key_id: String::new(),
        plaintext: plaintext(),
        encryption_algorithm: "SYMMETRIC_DEFAULT",
        key_material_id: None,
    };
    assert_redacted("DecryptResponse", &format!("{decrypted:?}"));
    let pair = GenerateDataKeyPairResponse {
        private_key_ciphertext_blob: Blob(vec![0; 4]),
        private_key_plaintext: plaintext(),
        public_key: Blob(vec![0; 4]),
        key_id: String::new(),
        key_pair_spec: "ECC_NIST_P256",
        key_material_id: String::new(),
    };
    assert_redacted("GenerateDataKeyPairResponse", &format!("{pair:?}"));
    let key = crate::hsm::material::open(KeySpec::Hmac256, &plaintext()).unwrap();
    assert_redacted("PrivateKey", &format!("{key:?}"));
    let random = GenerateRandomResponse {
        plaintext: plaintext(),
    };
    assert_redacted("GenerateRandomResponse", &format!("{random:?}"));
    let request = EncryptRequest {
        plaintext: Some(SecretBlob(plaintext())),
        ..EncryptRequest::default()
    };
    assert_redacted("EncryptRequest", &format!("{request:?}"));
}
