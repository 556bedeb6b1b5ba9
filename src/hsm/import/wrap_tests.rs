//! Wrapping as a caller does it (the `rsa`, `sm2` and `aes-kw` crates used
//! directly, and Python `cryptography` for the committed vectors), then
//! unwrapping through an import token: every algorithm, damaged input, the
//! wrong algorithm, and RFC 5649's own vectors for the key wrap.

use std::sync::OnceLock;

use aes_kw::{KeyInit, KwpAes192, KwpAes256};
use spki::DecodePublicKey;

use super::*;
use crate::hsm::Hsm;
use crate::hsm::domain::DomainKey;
use crate::hsm::random::with_os_rng;
use crate::spec::KeySpec;
use crate::timestamp::Timestamp;

use WrappingAlgorithm as Alg;

const RSA_ALGORITHMS: [Alg; 4] = [
    Alg::RsaesOaepSha1,
    Alg::RsaesOaepSha256,
    Alg::RsaAesKeyWrapSha1,
    Alg::RsaAesKeyWrapSha256,
];

/// A wrapping key pair of `spec`, made once for the whole test binary: RSA key
/// generation is the slow part of these tests.
fn pair(spec: WrappingKeySpec) -> &'static (Vec<u8>, Vec<u8>) {
    static PAIRS: [OnceLock<(Vec<u8>, Vec<u8>)>; 4] = [const { OnceLock::new() }; 4];
    let at = WrappingKeySpec::ALL
        .iter()
        .position(|&s| s == spec)
        .unwrap();
    PAIRS[at].get_or_init(|| {
        let (key, public) = WrappingKey::generate(spec).unwrap();
        (key.pkcs8.expose().to_vec(), public)
    })
}

fn key(spec: WrappingKeySpec) -> WrappingKey {
    WrappingKey::from_pkcs8(spec, Plaintext::from(pair(spec).0.clone())).unwrap()
}

fn public(spec: WrappingKeySpec) -> &'static [u8] {
    &pair(spec).1
}

fn kwp_wrap(aes_key: &[u8; 32], material: &[u8]) -> Vec<u8> {
    let mut out = vec![0; material.len().div_ceil(8) * 8 + 8];
    let len = KwpAes256::new(aes_key.into())
        .wrap_key(material, &mut out)
        .unwrap()
        .len();
    out.truncate(len);
    out
}

/// EncryptedKeyMaterial as a caller makes it with the public key alone.
fn wrap(spec: WrappingKeySpec, algorithm: Alg, material: &[u8]) -> Vec<u8> {
    with_os_rng(|rng| {
        if algorithm == Alg::Sm2Pke {
            let key = sm2::PublicKey::from_public_key_der(public(spec)).unwrap();
            return Ok(sm2::pke::EncryptingKey::new(key)
                .encrypt_der(rng, material)
                .unwrap());
        }
        let key = rsa::PublicKey::from_public_key_der(public(spec)).unwrap();
        let mut oaep = |data: &[u8]| match algorithm {
            Alg::RsaesOaepSha1 | Alg::RsaAesKeyWrapSha1 => key
                .oaep_encrypt_with_rng::<sha1::Sha1, _>(rng, data)
                .unwrap(),
            _ => key
                .oaep_encrypt_with_rng::<sha2::Sha256, _>(rng, data)
                .unwrap(),
        };
        Ok(match algorithm {
            Alg::RsaesOaepSha1 | Alg::RsaesOaepSha256 => oaep(material),
            _ => {
                let aes_key = [0x5A; 32];
                let mut wrapped = oaep(&aes_key);
                wrapped.extend(kwp_wrap(&aes_key, material));
                wrapped
            }
        })
    })
    .unwrap()
}

/// A token for `key` as GetParametersForImport makes it, opened again.
fn through_token(spec: WrappingKeySpec, algorithm: Alg) -> OpenedToken {
    let dk = DomainKey::generate(Timestamp(0)).unwrap();
    let binding = TokenBinding {
        key_id: Uuid::from_bytes([3; 16]),
        algorithm,
        wrapping_key_spec: spec,
        expires: Timestamp(86_400_000),
    };
    let sealed = token::seal(&dk, &binding, &key(spec)).unwrap();
    token::open(&[dk], &sealed).unwrap()
}

fn refused(result: Result<Plaintext>) -> bool {
    matches!(result, Err(ImportError::Unwrap))
}

#[test]
fn every_rsa_algorithm_round_trips_through_a_token() {
    let p256 = material::generate(KeySpec::EccNistP256).unwrap();
    let materials: [(KeySpec, &[u8]); 3] = [
        (KeySpec::SymmetricDefault, &[0x42; 32]),
        (KeySpec::Hmac512, &[0x24; 128]),
        (KeySpec::EccNistP256, p256.expose()),
    ];
    for algorithm in RSA_ALGORITHMS {
        let token = through_token(WrappingKeySpec::Rsa2048, algorithm);
        for (spec, material) in materials {
            let wrapped = wrap(WrappingKeySpec::Rsa2048, algorithm, material);
            let unwrapped = token.unwrap(&wrapped).unwrap();
            assert_eq!(unwrapped.expose(), material, "{algorithm} {spec}");
            assert!(
                check_material(spec, unwrapped).is_ok(),
                "{algorithm} {spec}"
            );
        }
    }
}

#[test]
fn an_rsa_private_key_imports_under_rsa_aes_key_wrap_with_rsa_3072() {
    // An RSA_2048 private key (about 1.2 KB of PKCS#8) fits no OAEP block: the
    // case the combined algorithm exists for.
    let material = &pair(WrappingKeySpec::Rsa2048).0;
    let token = through_token(WrappingKeySpec::Rsa3072, Alg::RsaAesKeyWrapSha256);
    let wrapped = wrap(WrappingKeySpec::Rsa3072, Alg::RsaAesKeyWrapSha256, material);
    assert_eq!(wrapped.len(), 384 + material.len().div_ceil(8) * 8 + 8);
    let unwrapped = token.unwrap(&wrapped).unwrap();
    assert_eq!(unwrapped.expose(), material.as_slice());
    assert!(check_material(KeySpec::Rsa2048, unwrapped).is_ok());
    assert!(refused(token.unwrap(&wrapped[..wrapped.len() - 8])));
}

#[test]
fn sm2pke_round_trips_through_a_token() {
    let token = through_token(WrappingKeySpec::Sm2, Alg::Sm2Pke);
    let wrapped = wrap(WrappingKeySpec::Sm2, Alg::Sm2Pke, &[0x33; 32]);
    assert_eq!(token.unwrap(&wrapped).unwrap().expose(), &[0x33; 32]);
    for at in 0..wrapped.len() {
        let mut flipped = wrapped.clone();
        flipped[at] ^= 0x01;
        // A flip inside a DER length may still decode as another encoding of
        // the same ciphertext; it never decrypts to anything else.
        if let Ok(material) = token.unwrap(&flipped) {
            assert_eq!(material.expose(), &[0x33; 32], "byte {at}");
        }
    }
}

#[test]
fn one_byte_flipped_anywhere_is_the_one_refusal() {
    for algorithm in [Alg::RsaesOaepSha256, Alg::RsaAesKeyWrapSha256] {
        let token = through_token(WrappingKeySpec::Rsa2048, algorithm);
        let wrapped = wrap(WrappingKeySpec::Rsa2048, algorithm, &[0x42; 32]);
        for at in 0..wrapped.len() {
            let mut flipped = wrapped.clone();
            flipped[at] ^= 0x80;
            assert!(refused(token.unwrap(&flipped)), "{algorithm} byte {at}");
        }
    }
}

#[test]
fn cut_empty_and_oversize_input_is_refused() {
    let token = through_token(WrappingKeySpec::Rsa2048, Alg::RsaAesKeyWrapSha256);
    let wrapped = wrap(
        WrappingKeySpec::Rsa2048,
        Alg::RsaAesKeyWrapSha256,
        &[0x42; 32],
    );
    for len in [0, 1, 255, 256, 257, 263, 264, 271, 272, wrapped.len() - 1] {
        assert!(refused(token.unwrap(&wrapped[..len])), "cut to {len}");
    }
    let mut longer = wrapped.clone();
    longer.extend_from_slice(&[0; 8]);
    assert!(refused(token.unwrap(&longer)));
    assert!(refused(token.unwrap(&vec![0; MAX_WRAPPED_LEN + 1])));
    // The RSA part alone, and with an 8-byte tail whose integrity block is in the
    // clear: aes-kw would unwrap that to an empty key, so it is refused before.
    let mut clear_iv = wrapped[..256].to_vec();
    clear_iv.extend_from_slice(&[0xA6, 0x59, 0x59, 0xA6, 0, 0, 0, 0]);
    assert!(refused(token.unwrap(&clear_iv)));
    let oaep = through_token(WrappingKeySpec::Rsa2048, Alg::RsaesOaepSha1);
    assert!(refused(oaep.unwrap(&[])));
    assert!(refused(oaep.unwrap(&[0; 255])));
    assert!(refused(oaep.unwrap(&[0; 256])));
}

#[test]
fn material_wrapped_with_another_algorithm_does_not_unwrap() {
    let material = [0x42; 32];
    for made_with in RSA_ALGORITHMS {
        let wrapped = wrap(WrappingKeySpec::Rsa2048, made_with, &material);
        for algorithm in RSA_ALGORITHMS {
            if algorithm != made_with {
                let result = unwrap(&key(WrappingKeySpec::Rsa2048), algorithm, &wrapped);
                assert!(refused(result), "{made_with} read as {algorithm}");
            }
        }
    }
    // Another RSA key's wrapping, and algorithms that do not fit the key.
    let rsa = wrap(WrappingKeySpec::Rsa3072, Alg::RsaesOaepSha256, &material);
    assert!(refused(unwrap(
        &key(WrappingKeySpec::Rsa2048),
        Alg::RsaesOaepSha256,
        &rsa
    )));
    assert!(matches!(
        unwrap(&key(WrappingKeySpec::Rsa2048), Alg::Sm2Pke, &rsa),
        Err(ImportError::AlgorithmMismatch)
    ));
    assert!(matches!(
        unwrap(&key(WrappingKeySpec::Sm2), Alg::RsaesOaepSha1, &rsa),
        Err(ImportError::AlgorithmMismatch)
    ));
    assert!(matches!(
        unwrap(&key(WrappingKeySpec::Rsa2048), Alg::RsaesPkcs1V15, &rsa),
        Err(ImportError::UnsupportedAlgorithm)
    ));
}

#[test]
fn the_hsm_entry_points_carry_an_import_from_end_to_end() {
    let old = DomainKey::generate(Timestamp(0)).unwrap();
    let binding = TokenBinding {
        key_id: Uuid::from_bytes([4; 16]),
        algorithm: Alg::Sm2Pke,
        wrapping_key_spec: WrappingKeySpec::Sm2,
        expires: Timestamp(5),
    };
    let parameters = Hsm::new(std::slice::from_ref(&old))
        .new_import_parameters(&binding)
        .unwrap();
    // A domain-key rotation later, the token still opens while its key is kept.
    let keys = [old, DomainKey::generate(Timestamp(1)).unwrap()];
    let hsm = Hsm::new(&keys);
    let token = hsm.open_import_token(&parameters.import_token).unwrap();
    assert_eq!(token.binding, binding);
    let material = [0x77; 32];
    let key = sm2::PublicKey::from_public_key_der(&parameters.public_key).unwrap();
    let wrapped = with_os_rng(|rng| {
        Ok(sm2::pke::EncryptingKey::new(key)
            .encrypt_der(rng, &material)
            .unwrap())
    })
    .unwrap();
    let sealed = hsm
        .seal_imported(&token, &wrapped, &binding.key_id, KeySpec::SymmetricDefault)
        .unwrap();
    assert_eq!(
        sealed.material_id.0,
        material_id(&binding.key_id, &material)
    );
    assert_eq!(sealed.domain_key_id, keys[1].id);
    assert!(sealed.public_key.is_none());
    assert!(matches!(
        hsm.seal_imported(&token, &wrapped, &binding.key_id, KeySpec::Hmac512),
        Err(ImportError::InvalidMaterial)
    ));
    let pkcs1 = TokenBinding {
        algorithm: Alg::RsaesPkcs1V15,
        wrapping_key_spec: WrappingKeySpec::Rsa2048,
        ..binding
    };
    assert!(matches!(
        hsm.new_import_parameters(&pkcs1),
        Err(ImportError::UnsupportedAlgorithm)
    ));
    assert!(matches!(
        Hsm::new(&[]).new_import_parameters(&binding),
        Err(ImportError::Internal(_))
    ));
}

/// RFC 5649 §6: a 192-bit KEK wrapping 20 octets and 7 octets. These check the
/// aes-kw crate itself, whose AES-256 form the unwrap above uses.
#[test]
fn rfc_5649_vectors() {
    let kek = hex::decode("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8").unwrap();
    let kwp = KwpAes192::new_from_slice(&kek).unwrap();
    for (key, wrapped) in [
        (
            "c37b7e6492584340bed12207808941155068f738",
            "138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a",
        ),
        ("466f7250617369", "afbeb0f07dfbf5419200f2ccb50bb24f"),
    ] {
        let (key, wrapped) = (hex::decode(key).unwrap(), hex::decode(wrapped).unwrap());
        let mut out = vec![0; wrapped.len()];
        assert_eq!(kwp.wrap_key(&key, &mut out).unwrap(), wrapped.as_slice());
        let mut out = vec![0; wrapped.len()];
        assert_eq!(kwp.unwrap_key(&wrapped, &mut out).unwrap(), key.as_slice());
        for at in 0..wrapped.len() {
            let mut flipped = wrapped.clone();
            flipped[at] ^= 0x01;
            assert!(kwp.unwrap_key(&flipped, &mut out).is_err(), "byte {at}");
        }
    }
}

/// tests/vectors/import_vectors.json, wrapped by Python `cryptography`
/// (tests/vectors/import_vectors.py), unwraps here to the same material.
#[test]
fn python_cryptography_vectors_unwrap_to_their_material() {
    let document: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/vectors/import_vectors.json")).unwrap();
    let field = |v: &serde_json::Value, name: &str| hex::decode(v[name].as_str().unwrap()).unwrap();
    assert_eq!(document["wrapping_key_spec"], "RSA_2048");
    let der = field(&document, "wrapping_private_key");
    let key = WrappingKey::from_pkcs8(WrappingKeySpec::Rsa2048, Plaintext::from(der)).unwrap();
    let vectors = document["vectors"].as_array().unwrap();
    assert!(vectors.len() >= 4);
    let mut seen = Vec::new();
    for v in vectors {
        let algorithm = Alg::parse(v["wrapping_algorithm"].as_str().unwrap()).unwrap();
        let spec = KeySpec::parse(v["key_spec"].as_str().unwrap()).unwrap();
        let material = field(v, "material");
        let wrapped = field(v, "encrypted_key_material");
        let unwrapped = unwrap(&key, algorithm, &wrapped).unwrap();
        assert_eq!(
            unwrapped.expose(),
            material.as_slice(),
            "{algorithm} {spec}"
        );
        match check_material(spec, unwrapped).unwrap() {
            ImportedMaterial::Other {
                public_key: Some(public_key),
                ..
            } => assert_eq!(public_key, field(v, "public_key"), "{spec}"),
            _ => assert!(v.get("public_key").is_none(), "{spec}"),
        }
        seen.push(algorithm);
    }
    for algorithm in [Alg::RsaesOaepSha256, Alg::RsaAesKeyWrapSha256] {
        assert!(seen.contains(&algorithm), "no {algorithm} vector");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any bytes under any algorithm: refused or (never, in practice) material;
    /// never a panic. Lengths near the RSA block reach the RSA decryption.
    #[test]
    fn random_bytes_never_panic_the_unwrap(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
        which in 0..WrappingAlgorithm::ALL.len(),
    ) {
        let algorithm = WrappingAlgorithm::ALL[which];
        let spec = if algorithm == Alg::Sm2Pke {
            WrappingKeySpec::Sm2
        } else {
            WrappingKeySpec::Rsa2048
        };
        let result = unwrap(&key(spec), algorithm, &bytes);
        proptest::prop_assert!(!matches!(result, Err(ImportError::Internal(_))));
    }
}
