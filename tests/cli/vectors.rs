//! The blob test vectors in tests/vectors, written by an independent
//! implementation of docs/ciphertext-format.md (tests/vectors/generate.py).

use std::collections::BTreeMap;
use std::path::Path;

use kms_local::blob;
use kms_local::context::EncryptionContext;
use kms_local::hsm;
use kms_local::hsm::secret::KeyBytes;
use uuid::Uuid;

struct Vector {
    fields: BTreeMap<String, String>,
}

impl Vector {
    fn load(path: &Path) -> Self {
        let text = std::fs::read_to_string(path).unwrap();
        let fields = text
            .lines()
            .map(|line| {
                let (k, v) = line
                    .split_once(": ")
                    .unwrap_or_else(|| panic!("{}: {line}", path.display()));
                (k.to_owned(), v.to_owned())
            })
            .collect();
        Vector { fields }
    }

    fn get(&self, name: &str) -> &str {
        &self.fields[name]
    }

    fn hex(&self, name: &str) -> Vec<u8> {
        hex::decode(self.get(name)).unwrap()
    }
}

/// Decrypts a vector's blob with its HBK, as Decrypt does once it has the HBK.
fn open(v: &Vector) -> Result<Vec<u8>, String> {
    let bytes = v.hex("blob");
    let parsed = blob::parse(&bytes).map_err(|e| e.to_string())?;
    if parsed.header.key_id != Uuid::parse_str(v.get("key_id")).unwrap()
        || parsed.header.backing_key_id.0.as_slice() != v.hex("backing_key_id")
    {
        return Err("names another key".into());
    }
    let context: EncryptionContext = serde_json::from_str(v.get("context")).unwrap();
    let hbk = KeyBytes::from_slice(&v.hex("hbk")).unwrap();
    let aad = parsed.header.aad(&context.canonical().unwrap());
    hsm::decrypt_with_hbk(&hbk, &parsed.header.nonce, &aad, parsed.sealed)
        .map(|p| p.expose().to_vec())
        .map_err(|e| format!("{e:?}"))
}

#[test]
fn every_vector_gives_its_expected_result() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut checked = 0;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let v = Vector::load(path);
        let name = path.display();
        match v.get("expect") {
            "ok" => {
                assert_eq!(open(&v).unwrap(), v.hex("plaintext"), "{name}");
                // Encrypting the same inputs gives exactly the vector's bytes.
                let blob = v.hex("blob");
                let parsed = blob::parse(&blob).unwrap();
                let context: EncryptionContext = serde_json::from_str(v.get("context")).unwrap();
                let aad = parsed.header.aad(&context.canonical().unwrap());
                let hbk = KeyBytes::from_slice(&v.hex("hbk")).unwrap();
                let sealed =
                    hsm::encrypt_with_hbk(&hbk, &parsed.header.nonce, &aad, &v.hex("plaintext"))
                        .unwrap();
                assert_eq!(blob::encode(&parsed.header, &sealed), blob, "{name}");
            }
            "InvalidCiphertextException" => assert!(open(&v).is_err(), "{name} opened"),
            other => panic!("{name}: unknown expectation {other}"),
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} vectors found");
}

/// Every file in tests/cli is a module of this test binary, so none is silently skipped.
#[test]
fn no_test_file_is_forgotten() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let main = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_str().unwrap();
        if stem != "main" {
            assert!(
                main.contains(&format!("mod {stem};")),
                "tests/cli/{stem}.rs is not in main.rs"
            );
        }
    }
}

proptest::proptest! {
    /// A blob with any single bit flipped never decrypts.
    #[test]
    fn no_single_bit_flip_decrypts(
        plaintext in proptest::collection::vec(proptest::prelude::any::<u8>(), 1..128),
        bit in proptest::prelude::any::<proptest::sample::Index>(),
        bound in proptest::prelude::any::<bool>(),
    ) {
        let hbk = KeyBytes::from_slice(&[3; 32]).unwrap();
        let context = if bound { EncryptionContext::from([("k", "v")]) } else { EncryptionContext::default() };
        let header = blob::Header {
            version: blob::Version::V1,
            key_id: Uuid::from_bytes([1; 16]),
            backing_key_id: kms_local::ids::BackingKeyId([2; 32]),
            nonce: [4; 32],
            context_bound: bound,
        };
        let aad = header.aad(&context.canonical().unwrap());
        let sealed = hsm::encrypt_with_hbk(&hbk, &header.nonce, &aad, &plaintext).unwrap();
        let mut bytes = blob::encode(&header, &sealed);
        let at = bit.index(bytes.len() * 8);
        bytes[at / 8] ^= 1 << (at % 8);
        // Decrypt as the operation does: parse, then open with the context given.
        let opened = blob::parse(&bytes).ok().and_then(|parsed| {
            let aad = parsed.header.aad(&context.canonical().unwrap());
            let same_key = parsed.header.key_id == header.key_id
                && parsed.header.backing_key_id == header.backing_key_id;
            same_key.then(|| hsm::decrypt_with_hbk(&hbk, &parsed.header.nonce, &aad, parsed.sealed).ok()).flatten()
        });
        proptest::prop_assert!(opened.is_none());
    }
}
