use zeroize::Zeroizing;

use super::*;
use crate::ops::types::CreateKeyRequest;
use crate::ops::{Ctx, keys};

/// A backup copies the bytes it authenticated: bytes that differ from
/// the file on disk anywhere after the header, in the body or in a key
/// record, are refused, though the file itself is whole.
#[test]
fn a_backup_authenticates_the_very_bytes_it_copies() {
    let dir = tempfile::tempdir().unwrap();
    let sources = KekSources {
        master_key: Some(Zeroizing::new(
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=".to_owned(),
        )),
        ..KekSources::default()
    };
    let keystore = Keystore::new(dir.path().join("ks"), sources, "us-east-1".into()).unwrap();
    let ctx = Ctx::at(Timestamp(0));
    keystore
        .update(ctx.now, |s| {
            keys::create_key(s, &ctx, CreateKeyRequest::default())
        })
        .unwrap();
    let good: Arc<[u8]> = std::fs::read(keystore.path()).unwrap().into();
    keystore.authenticate(&good).unwrap();
    for at in [70, good.len() / 2, good.len() - 1] {
        let mut bad = good.to_vec();
        bad[at] ^= 1;
        assert!(keystore.authenticate(&bad.into()).is_err(), "byte {at}");
    }
    let copy = dir.path().join("copy");
    assert_eq!(keystore.backup(&copy).unwrap(), good.len());
    assert_eq!(std::fs::read(&copy).unwrap(), &good[..]);
}
