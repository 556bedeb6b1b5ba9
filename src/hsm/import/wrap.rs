//! Key material → EncryptedKeyMaterial for another KMS: what `migrate` sends
//! to the ImportKeyMaterial of its destination, the reverse of `unwrap.rs`.
//! Only the two algorithms `migrate` uses are made: RSAES_OAEP_SHA_256 for
//! HMAC keys (raw bytes, short enough for one OAEP block) and
//! RSA_AES_KEY_WRAP_SHA_256 for private keys (PKCS#8, longer than OAEP takes
//! under any RSA key).

use aes_kw::{KeyInit, KwpAes256};

use crate::error::{Error, Result};
use crate::hsm::pke;
use crate::hsm::secret::{KeyBytes, Plaintext};
use crate::spec::{EncryptionAlgorithm, KeySpec, WrappingAlgorithm};

/// The modulus length of the RSA_4096 wrapping key `migrate` asks for.
const WRAPPING_KEY_LEN: usize = 512;

/// `material` wrapped under the destination's wrapping public key
/// (RSA_4096, DER SubjectPublicKeyInfo) with `algorithm`. A key that is not
/// an RSA key of 4096 bits is refused: it comes from the destination, and a
/// shorter one would protect the material less than asked.
pub fn wrap(
    public_key: &[u8],
    algorithm: WrappingAlgorithm,
    material: &Plaintext,
) -> Result<Vec<u8>> {
    let key = <rsa::PublicKey as spki::DecodePublicKey>::from_public_key_der(public_key).ok();
    if key.is_none_or(|key| rsa::traits::PublicKeyParts::size(&key) != WRAPPING_KEY_LEN) {
        return Err(Error::KmsInternal(
            "the destination's wrapping key is not an RSA_4096 public key".into(),
        ));
    }
    let oaep = |plaintext: &[u8]| {
        pke::encrypt(
            KeySpec::Rsa4096,
            public_key,
            EncryptionAlgorithm::RsaesOaepSha256,
            plaintext,
        )
    };
    match algorithm {
        WrappingAlgorithm::RsaesOaepSha256 => {
            let fits = pke::max_plaintext(KeySpec::Rsa4096, EncryptionAlgorithm::RsaesOaepSha256)
                .is_some_and(|max| material.len() <= max);
            if !fits {
                return Err(Error::KmsInternal(
                    "the material is too long for RSAES_OAEP_SHA_256".into(),
                ));
            }
            oaep(material.expose())
        }
        WrappingAlgorithm::RsaAesKeyWrapSha256 => {
            // A fresh K_aes for this one import, under OAEP, then the material under it.
            let aes_key = KeyBytes::random()?;
            let mut wrapped = oaep(aes_key.expose())?;
            let kwp = KwpAes256::new(aes_key.expose().into());
            let mut out = vec![0; material.len().div_ceil(8) * 8 + 8];
            let len = kwp
                .wrap_key(material.expose(), &mut out)
                .map_err(|e| Error::KmsInternal(format!("the key wrap failed: {e}")))?
                .len();
            wrapped.extend_from_slice(&out[..len]);
            Ok(wrapped)
        }
        other => Err(Error::KmsInternal(format!(
            "kms-local does not wrap material with {other}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    use super::*;
    use crate::hsm::import::WrappingKey;
    use crate::spec::WrappingKeySpec;

    /// OpenSSL undoes both algorithms: `pkeyutl` the OAEP part, and `enc
    /// -id-aes256-wrap-pad` (RFC 5649) the key wrap.
    /// Runs `openssl` with `args` on `input` (written to a file in `dir`):
    /// its stdout, which must be a success's.
    fn openssl(dir: &Path, args: &[&str], input: &[u8]) -> Vec<u8> {
        let file = dir.join("in.bin");
        std::fs::write(&file, input).unwrap();
        let out = Command::new("openssl")
            .args(args)
            .arg("-in")
            .arg(&file)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "openssl {args:?}: {stderr}");
        out.stdout
    }

    #[test]
    fn openssl_unwraps_what_is_wrapped_and_overlong_oaep_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (key, public) = WrappingKey::generate(WrappingKeySpec::Rsa4096).unwrap();
        let private = dir.path().join("private.der");
        std::fs::write(&private, key.pkcs8.expose()).unwrap();
        let private = private.to_str().unwrap();
        let oaep_decrypt = |ciphertext: &[u8]| {
            let args = [
                "pkeyutl",
                "-decrypt",
                "-keyform",
                "DER",
                "-inkey",
                private,
                "-pkeyopt",
                "rsa_padding_mode:oaep",
                "-pkeyopt",
                "rsa_oaep_md:sha256",
                "-pkeyopt",
                "rsa_mgf1_md:sha256",
            ];
            openssl(dir.path(), &args, ciphertext)
        };
        let material = Plaintext::from((0..=120u8).collect::<Vec<u8>>());

        let wrapped = wrap(&public, WrappingAlgorithm::RsaesOaepSha256, &material).unwrap();
        assert_eq!(oaep_decrypt(&wrapped), material.expose());

        let wrapped = wrap(&public, WrappingAlgorithm::RsaAesKeyWrapSha256, &material).unwrap();
        let (head, tail) = wrapped.split_at(512);
        let aes_key = hex::encode(oaep_decrypt(head));
        let args = [
            "enc",
            "-d",
            "-id-aes256-wrap-pad",
            "-iv",
            "A65959A6",
            "-K",
            &aes_key,
        ];
        assert_eq!(openssl(dir.path(), &args, tail), material.expose());

        // 447 bytes is one more than OAEP-SHA-256 takes under RSA_4096.
        let long = Plaintext::from(vec![7; 447]);
        assert!(wrap(&public, WrappingAlgorithm::RsaesOaepSha256, &long).is_err());
        // A wrapping key of another size, or not a key, is refused.
        let (_, short) = WrappingKey::generate(WrappingKeySpec::Rsa2048).unwrap();
        for bad in [&short[..], &public[..public.len() - 1], b"not a key"] {
            let refused = wrap(bad, WrappingAlgorithm::RsaAesKeyWrapSha256, &material);
            assert!(refused.is_err(), "{} bytes", bad.len());
        }
    }
}
