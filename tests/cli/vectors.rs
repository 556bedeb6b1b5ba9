//! The test vectors in tests/vectors, written by implementations independent
//! of the Rust code (tests/vectors/generate.py): the ciphertext blobs of
//! docs/ciphertext-format.md (blob_*), and a signature, MAC or ciphertext for
//! each asymmetric and HMAC key spec family (sign_*, mac_*, decrypt_*,
//! decapsulate_*).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kms_local::blob;
use kms_local::context::EncryptionContext;
use kms_local::hsm;
use kms_local::hsm::material::{self, PrivateKey};
use kms_local::hsm::secret::{KeyBytes, Plaintext};
use kms_local::hsm::signing::{self, Message};
use kms_local::hsm::{kem, mac, pke};
use kms_local::spec::{EncryptionAlgorithm, KeySpec, MacAlgorithm, SigningAlgorithm};
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

    fn spec(&self) -> KeySpec {
        KeySpec::parse(self.get("key_spec")).unwrap()
    }

    /// The private key, opened as kms-local opens sealed material.
    fn private_key(&self) -> PrivateKey {
        material::open(self.spec(), &Plaintext::from(self.hex("private_key"))).unwrap()
    }
}

/// The vector files whose names start with `prefix`, sorted.
fn vector_files(prefix: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .collect();
    paths.sort();
    paths
}

fn flip(bytes: &[u8], at: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    out[at] ^= 0x01;
    out
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
    let mut checked = 0;
    for path in &vector_files("blob_") {
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

fn message<'a>(kind: &str, m: &'a [u8]) -> Message<'a> {
    match kind {
        "RAW" => Message::Raw(m),
        "DIGEST" => Message::Digest(m),
        "EXTERNAL_MU" => Message::ExternalMu(m),
        other => panic!("unknown message type {other}"),
    }
}

/// A sign_* vector: the public key is the independent implementation's; its
/// signature verifies and, damaged, does not; a deterministic algorithm signs
/// to exactly its bytes, and a randomized one's signature made here verifies.
fn check_sign(v: &Vector, name: &str) {
    let spec = v.spec();
    let alg = SigningAlgorithm::parse(v.get("signing_algorithm")).unwrap();
    let key = v.private_key();
    let public = v.hex("public_key");
    assert_eq!(
        key.public_key_der().unwrap(),
        Some(public.clone()),
        "{name}"
    );
    let bytes = v.hex("message");
    let kind = v.get("message_type");
    let verify = |m: &[u8], sig: &[u8]| signing::verify(spec, &public, alg, message(kind, m), sig);
    let signature = v.hex("signature");
    assert!(verify(&bytes, &signature).unwrap(), "{name}: refused");
    for at in [0, signature.len() / 2, signature.len() - 1] {
        assert!(
            !verify(&bytes, &flip(&signature, at)).unwrap(),
            "{name}: a bit of byte {at} flipped, accepted"
        );
    }
    assert!(
        !verify(&flip(&bytes, bytes.len() - 1), &signature).unwrap(),
        "{name}: another message accepted"
    );
    assert!(!verify(&bytes, &[]).unwrap(), "{name}: empty signature");
    let ours = signing::sign(&key, alg, message(kind, &bytes)).unwrap();
    match v.fields.get("deterministic_signature") {
        Some(expected) => assert_eq!(hex::encode(&ours), *expected, "{name}: other bytes"),
        None => assert!(verify(&bytes, &ours).unwrap(), "{name}: ours refused"),
    }
}

/// A mac_* vector: GenerateMac gives exactly its bytes.
fn check_mac(v: &Vector, name: &str) {
    let alg = MacAlgorithm::parse(v.get("mac_algorithm")).unwrap();
    let key = v.private_key();
    assert_eq!(key.public_key_der().unwrap(), None, "{name}");
    let PrivateKey::Hmac(raw) = key else {
        panic!("{name}: not an HMAC key");
    };
    let message = v.hex("message");
    assert_eq!(
        mac::generate_mac(alg, raw.expose(), &message),
        v.hex("mac"),
        "{name}"
    );
    assert_ne!(
        mac::generate_mac(alg, raw.expose(), &flip(&message, 0)),
        v.hex("mac"),
        "{name}"
    );
}

/// A decrypt_* vector: the independent implementation's ciphertext decrypts
/// to its plaintext, and, damaged, does not decrypt.
fn check_decrypt(v: &Vector, name: &str) {
    let spec = v.spec();
    let alg = EncryptionAlgorithm::parse(v.get("encryption_algorithm")).unwrap();
    let key = v.private_key();
    let public = v.hex("public_key");
    assert_eq!(
        key.public_key_der().unwrap(),
        Some(public.clone()),
        "{name}"
    );
    let plaintext = v.hex("plaintext");
    let ciphertext = v.hex("ciphertext");
    let opened = pke::decrypt(&key, alg, &ciphertext).unwrap();
    assert_eq!(opened.unwrap().expose(), plaintext, "{name}");
    for at in [0, ciphertext.len() / 2, ciphertext.len() - 1] {
        let damaged = pke::decrypt(&key, alg, &flip(&ciphertext, at)).unwrap();
        assert!(
            damaged.is_none(),
            "{name}: a bit of byte {at} flipped, decrypted"
        );
    }
    assert!(pke::decrypt(&key, alg, &[]).unwrap().is_none(), "{name}");
    let ours = pke::encrypt(spec, &public, alg, &plaintext).unwrap();
    let opened = pke::decrypt(&key, alg, &ours).unwrap();
    assert_eq!(opened.unwrap().expose(), plaintext, "{name}: ours");
}

/// A decapsulate_* vector: Decaps gives the shared secret, and, for the
/// damaged ciphertext, exactly the implicit-rejection secret.
fn check_decapsulate(v: &Vector, name: &str) {
    let spec = v.spec();
    let key = v.private_key();
    let public = v.hex("public_key");
    assert_eq!(
        key.public_key_der().unwrap(),
        Some(public.clone()),
        "{name}"
    );
    let ciphertext = v.hex("ciphertext");
    let secret = kem::decapsulate(&key, &ciphertext).unwrap();
    assert_eq!(secret.expose(), v.hex("shared_secret"), "{name}");
    let rejected = kem::decapsulate(&key, &v.hex("rejected_ciphertext")).unwrap();
    assert_eq!(
        rejected.expose(),
        v.hex("rejected_shared_secret"),
        "{name}: implicit rejection"
    );
    assert!(
        kem::decapsulate(&key, &ciphertext[1..]).is_err(),
        "{name}: short"
    );
    let ours = kem::encapsulate(spec, &public).unwrap();
    assert_eq!(
        kem::decapsulate(&key, &ours.ciphertext).unwrap(),
        ours.shared_secret,
        "{name}: ours"
    );
}

#[test]
fn every_key_spec_vector_gives_its_expected_result() {
    let mut checked = BTreeMap::<String, usize>::new();
    let mut specs = std::collections::HashSet::new();
    for path in vector_files("") {
        let file = path.file_name().unwrap().to_str().unwrap().to_owned();
        // requirements.txt is generate.py's, not a vector.
        if file.starts_with("blob_") || file == "requirements.txt" {
            continue;
        }
        let v = Vector::load(&path);
        let operation = v.get("operation");
        match operation {
            "sign" => check_sign(&v, &file),
            "mac" => check_mac(&v, &file),
            "decrypt" => check_decrypt(&v, &file),
            "decapsulate" => check_decapsulate(&v, &file),
            other => panic!("{file}: unknown operation {other}"),
        }
        *checked.entry(operation.to_owned()).or_default() += 1;
        specs.insert(v.spec());
    }
    assert!(checked["sign"] >= 20, "{checked:?}");
    assert!(checked["mac"] >= 4, "{checked:?}");
    assert!(checked["decrypt"] >= 3, "{checked:?}");
    assert!(checked["decapsulate"] >= 2, "{checked:?}");
    // Every spec with material but ML-KEM-512, which Python cryptography lacks.
    let untested: Vec<_> = KeySpec::ALL
        .iter()
        .filter(|s| !specs.contains(s) && !s.is_symmetric() && **s != KeySpec::MlKem512)
        .collect();
    assert!(untested.is_empty(), "no vector for {untested:?}");
}

/// The family of a spec: specs of one family share an encoding.
fn family(spec: KeySpec) -> &'static str {
    match spec {
        KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096 => "RSA",
        KeySpec::Hmac224 | KeySpec::Hmac256 | KeySpec::Hmac384 | KeySpec::Hmac512 => "HMAC",
        other => other.name(),
    }
}

/// A valid PKCS#8 private key of each spec with one: a vector's, or, for
/// ML-KEM-512, a new one.
fn pkcs8_of_each_spec() -> Vec<(KeySpec, Vec<u8>)> {
    let mut found = BTreeMap::new();
    let files = [
        vector_files("sign_"),
        vector_files("decrypt_"),
        vector_files("decapsulate_"),
    ];
    for path in files.iter().flatten() {
        let v = Vector::load(path);
        found
            .entry(v.get("key_spec").to_owned())
            .or_insert_with(|| v.hex("private_key"));
    }
    KeySpec::ALL
        .iter()
        .filter(|s| !s.is_symmetric() && !s.is_hmac())
        .map(|&spec| {
            let der = found
                .get(spec.name())
                .cloned()
                .unwrap_or_else(|| material::generate(spec).unwrap().expose().to_vec());
            (spec, der)
        })
        .collect()
}

/// Opens `der` as `spec` and, when it opens, derives its public key: the
/// result, which must come without a panic.
fn open_and_derive(spec: KeySpec, der: &[u8]) -> bool {
    match material::open(spec, &Plaintext::from(der.to_vec())) {
        Ok(key) => key.public_key_der().is_ok(),
        Err(_) => false,
    }
}

/// Key material (sealed, or in a key bundle) that is cut short, lengthened,
/// garbage, damaged or of another spec is an error, never a panic.
#[test]
fn damaged_private_key_material_is_an_error_not_a_panic() {
    let keys = pkcs8_of_each_spec();
    let garbage: [&[u8]; 6] = [
        b"",
        b"\x30",
        b"\x30\x00",
        b"\x30\x80",
        &[0xff; 64],
        &[0; 48],
    ];
    for (spec, der) in &keys {
        assert!(open_and_derive(*spec, der), "{spec}: the valid key");
        for len in 0..der.len() {
            assert!(!open_and_derive(*spec, &der[..len]), "{spec}: cut to {len}");
        }
        let mut longer = der.clone();
        longer.push(0);
        assert!(!open_and_derive(*spec, &longer), "{spec}: a byte appended");
        for bytes in garbage {
            assert!(!open_and_derive(*spec, bytes), "{spec}: {bytes:02x?}");
        }
        // A flipped bit may leave a valid key (a bit of the private scalar);
        // whatever opens must give its public key.
        for at in 0..der.len() {
            let mut damaged = der.clone();
            damaged[at] ^= 1 << (at % 8);
            open_and_derive(*spec, &damaged);
        }
        for (other, other_der) in &keys {
            if family(*other) != family(*spec) {
                assert!(
                    !open_and_derive(*spec, other_der),
                    "{other} material opened as {spec}"
                );
            }
        }
    }
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
