//! Domain keys and exported key tokens (EKTs).
//!
//! EKT = nonce || AES-256-GCM(DK_i, HBK, AAD = "kms-local ekt v1" || key id ||
//! backing-key id || domain-key id) for a symmetric key's 256-bit HBK; the
//! private or HMAC key of any other spec is sealed the same way with AAD =
//! "kms-local ekt v2" || spec name || 0x00 || key id || backing-key id ||
//! domain-key id. See docs/keystore-format.md §4.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::hsm::aead::{self, NONCE_LEN, TAG_LEN};
use crate::hsm::random;
use crate::hsm::secret::{KEY_LEN, KeyBytes, Plaintext};
use crate::ids::{BackingKeyId, DomainKeyId};
use crate::spec::KeySpec;
use crate::timestamp::Timestamp;

const EKT_LABEL: &[u8] = b"kms-local ekt v1";
const MATERIAL_LABEL: &[u8] = b"kms-local ekt v2";

/// Length of an EKT: nonce, wrapped 256-bit HBK, tag.
pub const EKT_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;

/// A 256-bit domain key. The last one in the keystore's list is the active one.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DomainKey {
    pub id: DomainKeyId,
    #[serde(with = "crate::hsm::secret::key_base64")]
    pub key: KeyBytes,
    pub created: Timestamp,
}

impl DomainKey {
    /// A fresh domain key.
    pub fn generate(now: Timestamp) -> Result<Self> {
        Ok(DomainKey {
            id: DomainKeyId::random()?,
            key: KeyBytes::random()?,
            created: now,
        })
    }
}

/// Which material an EKT holds: bound into the EKT as AAD, so an EKT cannot
/// be moved to another key, version, spec or domain key without failing to
/// unwrap.
#[derive(Clone, Copy, Debug)]
pub struct EktBinding<'a> {
    pub key_id: &'a Uuid,
    pub backing_key_id: &'a BackingKeyId,
    pub spec: KeySpec,
}

fn ekt_aad(binding: EktBinding<'_>, domain_key_id: &DomainKeyId) -> Vec<u8> {
    let mut aad =
        Vec::with_capacity(MATERIAL_LABEL.len() + 24 + 16 + BackingKeyId::LEN + DomainKeyId::LEN);
    if binding.spec.is_symmetric() {
        aad.extend_from_slice(EKT_LABEL);
    } else {
        aad.extend_from_slice(MATERIAL_LABEL);
        aad.extend_from_slice(binding.spec.name().as_bytes());
        aad.push(0);
    }
    aad.extend_from_slice(binding.key_id.as_bytes());
    aad.extend_from_slice(&binding.backing_key_id.0);
    aad.extend_from_slice(&domain_key_id.0);
    aad
}

/// EKT = Encrypt(DK_i, HBK).
pub fn wrap(dk: &DomainKey, binding: EktBinding<'_>, hbk: &KeyBytes) -> Result<Vec<u8>> {
    wrap_material(dk, binding, hbk.expose())
}

/// EKT = Encrypt(DK_i, material), for material of any length.
pub fn wrap_material(dk: &DomainKey, binding: EktBinding<'_>, material: &[u8]) -> Result<Vec<u8>> {
    let nonce = random::array::<NONCE_LEN>()?;
    let sealed = aead::seal(&dk.key, &nonce, &ekt_aad(binding, &dk.id), material)?;
    let mut ekt = Vec::with_capacity(NONCE_LEN + sealed.len());
    ekt.extend_from_slice(&nonce);
    ekt.extend_from_slice(&sealed);
    Ok(ekt)
}

/// HBK = Decrypt(DK_i, EKT). The EKT sits inside the authenticated keystore,
/// so a failure here means a damaged keystore or a bug: an internal error.
pub fn unwrap(dk: &DomainKey, binding: EktBinding<'_>, ekt: &[u8]) -> Result<KeyBytes> {
    let material = unwrap_material(dk, binding, ekt)?;
    KeyBytes::from_slice(material.expose()).ok_or_else(|| unwrap_failed(binding))
}

/// Material = Decrypt(DK_i, EKT), for material of any length.
pub fn unwrap_material(dk: &DomainKey, binding: EktBinding<'_>, ekt: &[u8]) -> Result<Plaintext> {
    let fail = || unwrap_failed(binding);
    let (nonce, sealed) = ekt.split_first_chunk::<NONCE_LEN>().ok_or_else(fail)?;
    let material =
        aead::open(&dk.key, nonce, &ekt_aad(binding, &dk.id), sealed).ok_or_else(fail)?;
    Ok(Plaintext::new(material))
}

fn unwrap_failed(binding: EktBinding<'_>) -> Error {
    Error::KmsInternal(format!(
        "the key token of {} failed to unwrap",
        binding.key_id
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ekt_is_bound_to_key_version_and_domain_key() {
        let dk = DomainKey::generate(Timestamp(0)).unwrap();
        let other_dk = DomainKey::generate(Timestamp(0)).unwrap();
        let key_id = Uuid::from_bytes([1; 16]);
        let bk = BackingKeyId([2; 32]);
        let hbk = KeyBytes::random().unwrap();
        let binding = EktBinding {
            key_id: &key_id,
            backing_key_id: &bk,
            spec: KeySpec::SymmetricDefault,
        };
        let ekt = wrap(&dk, binding, &hbk).unwrap();
        assert_eq!(ekt.len(), EKT_LEN);
        assert!(unwrap(&dk, binding, &ekt).unwrap() == hbk);

        let other_key = Uuid::from_bytes([3; 16]);
        let moved = EktBinding {
            key_id: &other_key,
            backing_key_id: &bk,
            spec: KeySpec::SymmetricDefault,
        };
        assert!(unwrap(&dk, moved, &ekt).is_err());
        let other_bk = BackingKeyId([4; 32]);
        let moved = EktBinding {
            key_id: &key_id,
            backing_key_id: &other_bk,
            spec: KeySpec::SymmetricDefault,
        };
        assert!(unwrap(&dk, moved, &ekt).is_err());
        // Another spec's material under the same ids does not unwrap as this one.
        let respec = EktBinding {
            spec: KeySpec::Hmac256,
            ..binding
        };
        assert!(unwrap(&dk, respec, &ekt).is_err());
        let hmac = wrap_material(&dk, respec, &[7; 32]).unwrap();
        assert!(unwrap_material(&dk, binding, &hmac).is_err());
        assert_eq!(
            unwrap_material(&dk, respec, &hmac).unwrap().expose(),
            &[7; 32]
        );
        assert!(unwrap(&other_dk, binding, &ekt).is_err());
        // The same key bytes under another domain-key id: the id is bound too.
        let renamed = DomainKey {
            id: DomainKeyId([9; 16]),
            key: KeyBytes::from_slice(dk.key.expose()).unwrap(),
            created: dk.created,
        };
        assert!(unwrap(&renamed, binding, &ekt).is_err());
        assert!(unwrap(&dk, binding, &ekt[..EKT_LEN - 1]).is_err());
        assert!(unwrap(&dk, binding, &[]).is_err());
    }
}
