//! The in-process HSM: the only module that sees plaintext key material.
//!
//! It holds the keystore's domain keys, turns EKTs back into HBKs for the
//! length of one call, derives the per-blob key K and seals or opens data.
//! Nothing here parses user input, knows AWS semantics, or prints.

pub mod aead;
pub mod agreement;
mod derive;
mod domain;
pub mod import;
pub mod kek;
pub mod kem;
pub mod mac;
pub mod material;
mod nist_ecdsa;
pub mod pke;
pub mod random;
pub mod secret;
pub mod signing;

use uuid::Uuid;

pub use derive::KDF_NONCE_LEN;
pub use domain::{DomainKey, EKT_LEN, EktBinding};

use crate::error::{Error, Result};
use crate::ids::{BackingKeyId, DomainKeyId};
use crate::spec::{
    EncryptionAlgorithm, KeySpec, MacAlgorithm, SigningAlgorithm, WrappingAlgorithm,
};
use crate::timestamp::Timestamp;
use import::{ImportParameters, ImportedMaterial, OpenedToken, TokenBinding};
use material::PrivateKey;
use secret::{KeyBytes, Plaintext};

/// The AES-GCM IV for data blobs. Every blob has its own K (derived from a
/// fresh 256-bit N), so each K seals one message and a fixed IV is safe.
const DATA_IV: [u8; aead::NONCE_LEN] = [0; aead::NONCE_LEN];

/// One backing key as the keystore holds it: an EKT and what it is bound to.
#[derive(Clone, Copy, Debug)]
pub struct WrappedKey<'a> {
    pub key_id: &'a Uuid,
    pub backing_key_id: &'a BackingKeyId,
    pub domain_key_id: &'a DomainKeyId,
    pub spec: KeySpec,
    pub ekt: &'a [u8],
}

impl WrappedKey<'_> {
    /// What names the sealed material exactly: the EKT with everything it
    /// is bound to and the domain key that sealed it.
    fn sealed(&self) -> Vec<u8> {
        [
            &self.domain_key_id.0[..],
            self.key_id.as_bytes(),
            &self.backing_key_id.0,
            self.ekt,
        ]
        .concat()
    }

    fn binding(&self) -> EktBinding<'_> {
        EktBinding {
            key_id: self.key_id,
            backing_key_id: self.backing_key_id,
            spec: self.spec,
        }
    }
}

/// Imported material, sealed: its id (the backing key's), its EKT, and
/// the public key of an asymmetric key.
#[derive(Debug)]
pub struct SealedImport {
    pub material_id: BackingKeyId,
    pub ekt: Vec<u8>,
    pub domain_key_id: DomainKeyId,
    pub public_key: Option<Vec<u8>>,
}

/// New key material of a spec other than SYMMETRIC_DEFAULT, as the keystore keeps it.
pub struct NewMaterial {
    pub ekt: Vec<u8>,
    pub domain_key_id: DomainKeyId,
    /// DER SubjectPublicKeyInfo; `None` for an HMAC key.
    pub public_key: Option<Vec<u8>>,
}

/// A view of the keystore's domain keys; the last one is active.
pub struct Hsm<'a> {
    domain_keys: &'a [DomainKey],
}

impl<'a> Hsm<'a> {
    pub fn new(domain_keys: &'a [DomainKey]) -> Self {
        Hsm { domain_keys }
    }

    fn active(&self) -> Result<&'a DomainKey> {
        self.domain_keys
            .last()
            .ok_or_else(|| Error::KmsInternal("the keystore has no domain key".into()))
    }

    fn domain_key(&self, id: &DomainKeyId) -> Result<&'a DomainKey> {
        self.domain_keys
            .iter()
            .find(|dk| dk.id == *id)
            .ok_or_else(|| Error::KmsInternal(format!("domain key {id} is missing")))
    }

    /// HBK = Decrypt(DK_i, EKT).
    fn unwrap(&self, key: &WrappedKey<'_>) -> Result<KeyBytes> {
        domain::unwrap(self.domain_key(key.domain_key_id)?, key.binding(), key.ekt)
    }

    /// Makes a new HBK for `key_id` and returns its EKT under the active domain
    /// key, with that domain key's id. The HBK itself never leaves this call.
    pub fn new_backing_key(
        &self,
        key_id: &Uuid,
        backing_key_id: &BackingKeyId,
    ) -> Result<(Vec<u8>, DomainKeyId)> {
        self.import_hbk(key_id, backing_key_id, &KeyBytes::random()?)
    }

    /// New private or HMAC key material of `spec` for `key_id`, sealed under
    /// the active domain key; only its public key comes out in the clear.
    pub fn new_material(
        &self,
        key_id: &Uuid,
        backing_key_id: &BackingKeyId,
        spec: KeySpec,
    ) -> Result<NewMaterial> {
        self.import_material(key_id, backing_key_id, spec, &material::generate(spec)?)
    }

    /// EKT = Encrypt(DK_active, material), for material made here or from a
    /// key bundle; the material must open as `spec`.
    pub fn import_material(
        &self,
        key_id: &Uuid,
        backing_key_id: &BackingKeyId,
        spec: KeySpec,
        material: &Plaintext,
    ) -> Result<NewMaterial> {
        let public_key = material::open(spec, material)?.public_key_der()?;
        let dk = self.active()?;
        let binding = EktBinding {
            key_id,
            backing_key_id,
            spec,
        };
        Ok(NewMaterial {
            ekt: domain::wrap_material(dk, binding, material.expose())?,
            domain_key_id: dk.id,
            public_key,
        })
    }

    /// GetParametersForImport: a fresh wrapping key pair, and the import token
    /// that carries its private key and `binding`, sealed under the active
    /// domain key. See docs/keystore-format.md §9.
    pub fn new_import_parameters(
        &self,
        binding: &TokenBinding,
    ) -> import::Result<ImportParameters> {
        import::new_parameters(self.active()?, binding)
    }

    /// ImportKeyMaterial, step one: the token opened under whichever of the
    /// keystore's domain keys sealed it. The caller checks its binding (key id,
    /// expiry) before using it.
    pub fn open_import_token(&self, token: &[u8]) -> import::Result<OpenedToken> {
        import::token::open(self.domain_keys, token)
    }

    /// ImportKeyMaterial, step two: EncryptedKeyMaterial unwrapped with the
    /// token's key and algorithm, checked as material of `spec`, and sealed
    /// for `key_id` under the active domain key, bound to its material id
    /// (which is the backing key's id). Only the id and, for an asymmetric
    /// key, the public key come out in the clear.
    pub fn seal_imported(
        &self,
        token: &OpenedToken,
        encrypted_key_material: &[u8],
        key_id: &Uuid,
        spec: KeySpec,
    ) -> import::Result<SealedImport> {
        let material = import::check_material(spec, token.unwrap(encrypted_key_material)?)?;
        let id = BackingKeyId(import::material_id(key_id, material.expose()));
        let (ekt, domain_key_id, public_key) = match &material {
            ImportedMaterial::Symmetric(hbk) => {
                let (ekt, dk) = self.import_hbk(key_id, &id, hbk)?;
                (ekt, dk, None)
            }
            ImportedMaterial::Other { material, .. } => {
                let sealed = self.import_material(key_id, &id, spec, material)?;
                (sealed.ekt, sealed.domain_key_id, sealed.public_key)
            }
        };
        Ok(SealedImport {
            material_id: id,
            ekt,
            domain_key_id,
            public_key,
        })
    }

    /// Material = Decrypt(DK_i, EKT), handed out for export-keys only, like
    /// [`Hsm::export_hbk`].
    pub fn export_material(&self, key: &WrappedKey<'_>) -> Result<Plaintext> {
        domain::unwrap_material(self.domain_key(key.domain_key_id)?, key.binding(), key.ekt)
    }

    /// The key's material wrapped under another KMS's wrapping public key,
    /// for its ImportKeyMaterial (`migrate`): it leaves the HSM layer only so.
    pub fn wrap_for_import(
        &self,
        key: &WrappedKey<'_>,
        public_key: &[u8],
        algorithm: WrappingAlgorithm,
    ) -> Result<Vec<u8>> {
        import::wrap(public_key, algorithm, &self.export_material(key)?)
    }

    fn private_key(&self, key: &WrappedKey<'_>) -> Result<PrivateKey> {
        material::open(key.spec, &self.export_material(key)?)
    }

    /// Sign: a signature over `message` with the key's private key.
    pub fn sign(
        &self,
        key: &WrappedKey<'_>,
        algorithm: SigningAlgorithm,
        message: signing::Message<'_>,
    ) -> Result<Vec<u8>> {
        if nist_ecdsa::handles(key.spec) {
            let pair = nist_ecdsa::key_pair(key.spec, key.sealed(), || self.export_material(key))?;
            return nist_ecdsa::sign(&pair, key.spec, algorithm, message);
        }
        signing::sign(&self.private_key(key)?, algorithm, message)
    }

    /// GenerateDataKeyPair's step one: a fresh key pair of `spec`, the private
    /// key as PKCS#8 DER (the one private key that leaves the HSM layer, to
    /// be sealed and returned at once), the public key as SPKI DER.
    pub fn generate_key_pair(spec: KeySpec) -> Result<(Plaintext, Vec<u8>)> {
        let private_key = material::generate(spec)?;
        let public_key = material::open(spec, &private_key)?
            .public_key_der()?
            .ok_or_else(|| Error::KmsInternal(format!("{spec} has no key pair")))?;
        Ok((private_key, public_key))
    }

    /// Decrypt with an asymmetric key: `None` when the ciphertext does not decrypt.
    pub fn decrypt_asymmetric(
        &self,
        key: &WrappedKey<'_>,
        algorithm: EncryptionAlgorithm,
        ciphertext: &[u8],
    ) -> Result<Option<Plaintext>> {
        pke::decrypt(&self.private_key(key)?, algorithm, ciphertext)
    }

    /// GenerateMac: the HMAC of `message` under the key's HMAC key.
    pub fn generate_mac(
        &self,
        key: &WrappedKey<'_>,
        algorithm: MacAlgorithm,
        message: &[u8],
    ) -> Result<Vec<u8>> {
        match self.private_key(key)? {
            PrivateKey::Hmac(hmac_key) => {
                Ok(mac::generate_mac(algorithm, hmac_key.expose(), message))
            }
            _ => Err(Error::KmsInternal("the key is not an HMAC key".into())),
        }
    }

    /// VerifyMac: whether `tag` is the HMAC of `message`, compared in constant time.
    pub fn verify_mac(
        &self,
        key: &WrappedKey<'_>,
        algorithm: MacAlgorithm,
        message: &[u8],
        tag: &[u8],
    ) -> Result<bool> {
        let expected = self.generate_mac(key, algorithm, message)?;
        Ok(subtle::ConstantTimeEq::ct_eq(expected.as_slice(), tag).into())
    }

    /// DeriveSharedSecret: ECDH of the key's private key with `peer`.
    pub fn derive_shared_secret(
        &self,
        key: &WrappedKey<'_>,
        peer: &agreement::PeerKey,
    ) -> Result<Plaintext> {
        agreement::derive(&self.private_key(key)?, peer)
    }

    /// Decapsulate: ML-KEM.Decaps of `ciphertext` with the key's private key.
    pub fn decapsulate(&self, key: &WrappedKey<'_>, ciphertext: &[u8]) -> Result<Plaintext> {
        kem::decapsulate(&self.private_key(key)?, ciphertext)
    }

    /// HBK = Decrypt(DK_i, EKT), handed out for export-keys only: the one
    /// place an HBK leaves this module, into a key bundle sealed at once.
    pub fn export_hbk(&self, key: &WrappedKey<'_>) -> Result<KeyBytes> {
        self.unwrap(key)
    }

    /// EKT = Encrypt(DK_active, HBK) for an HBK from a key bundle.
    pub fn import_hbk(
        &self,
        key_id: &Uuid,
        backing_key_id: &BackingKeyId,
        hbk: &KeyBytes,
    ) -> Result<(Vec<u8>, DomainKeyId)> {
        let dk = self.active()?;
        let binding = EktBinding {
            key_id,
            backing_key_id,
            spec: KeySpec::SymmetricDefault,
        };
        Ok((domain::wrap(dk, binding, hbk)?, dk.id))
    }

    /// Re-wraps an EKT under `to`: HBK = Decrypt(DK_old, EKT); EKT' = Encrypt(DK_new, HBK).
    pub fn rewrap(&self, key: &WrappedKey<'_>, to: &DomainKey) -> Result<Vec<u8>> {
        let material = self.export_material(key)?;
        domain::wrap_material(to, key.binding(), material.expose())
    }

    /// Step (1) of GenerateDataKey: a fresh secret of `len` bytes.
    pub fn generate_secret(len: usize) -> Result<Plaintext> {
        Plaintext::random(len)
    }

    /// Step (3): a fresh 256-bit KDF nonce N.
    pub fn new_kdf_nonce() -> Result<[u8; KDF_NONCE_LEN]> {
        random::array()
    }

    /// Steps (1) and (3) together: a fresh secret of `len` bytes and a
    /// fresh KDF nonce, drawn in one request to the OS random source.
    pub fn generate_secret_and_nonce(len: usize) -> Result<(Plaintext, [u8; KDF_NONCE_LEN])> {
        let both = Plaintext::random(len + KDF_NONCE_LEN)?;
        let (secret, nonce) = both.expose().split_at(len);
        let mut kdf_nonce = [0; KDF_NONCE_LEN];
        kdf_nonce.copy_from_slice(nonce);
        Ok((
            Plaintext::new(zeroize::Zeroizing::new(secret.to_vec())),
            kdf_nonce,
        ))
    }

    /// Steps (2), (4), (5): HBK from the EKT, K = HKDF(HBK, N), then
    /// `ciphertext || tag` = AES-256-GCM(K, plaintext, aad).
    pub fn encrypt(
        &self,
        key: &WrappedKey<'_>,
        nonce: &[u8; KDF_NONCE_LEN],
        aad: &[u8],
        plaintext: &Plaintext,
    ) -> Result<Vec<u8>> {
        encrypt_with_hbk(&self.unwrap(key)?, nonce, aad, plaintext.expose())
    }

    /// The inverse of [`Hsm::encrypt`]. A blob that does not authenticate (tampered,
    /// or another encryption context) is InvalidCiphertextException, with AWS's empty message.
    pub fn decrypt(
        &self,
        key: &WrappedKey<'_>,
        nonce: &[u8; KDF_NONCE_LEN],
        aad: &[u8],
        sealed: &[u8],
    ) -> Result<Plaintext> {
        decrypt_with_hbk(&self.unwrap(key)?, nonce, aad, sealed)
    }

    /// A new domain key, to become the active one.
    pub fn new_domain_key(now: Timestamp) -> Result<DomainKey> {
        DomainKey::generate(now)
    }
}

/// Steps (4) and (5) with a given HBK. Public for the test vectors of
/// docs/ciphertext-format.md, whose HBK is fixed; operations never hold an HBK.
pub fn encrypt_with_hbk(
    hbk: &KeyBytes,
    nonce: &[u8; KDF_NONCE_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    aead::seal(&derive::data_key(hbk, nonce), &DATA_IV, aad, plaintext)
}

/// The inverse of [`encrypt_with_hbk`].
pub fn decrypt_with_hbk(
    hbk: &KeyBytes,
    nonce: &[u8; KDF_NONCE_LEN],
    aad: &[u8],
    sealed: &[u8],
) -> Result<Plaintext> {
    aead::open(&derive::data_key(hbk, nonce), &DATA_IV, aad, sealed)
        .map(Plaintext::new)
        .ok_or_else(|| Error::InvalidCiphertext(String::new()))
}
