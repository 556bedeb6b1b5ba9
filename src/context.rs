//! The encryption context and its canonical encoding, used as AAD.
//!
//! canonical(EC) = u32 count || for each pair, sorted by key bytes:
//! u32 len(key) || key || u32 len(value) || value (big-endian, UTF-8).
//! The order of pairs does not matter; the lengths make the encoding
//! unambiguous, so `{"a":"bc"}` and `{"ab":"c"}` differ. An empty context and
//! no context are the same, as in AWS KMS. See docs/ciphertext-format.md §4.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The largest canonical encoding kms-local accepts. AWS publishes no limit;
/// this one is the AWS Encryption SDK's (a u16 length), ample for any real
/// context and a bound on what a request can make kms-local hash and hold.
pub const MAX_CANONICAL_LEN: usize = 65_535;

/// A context whose canonical encoding would exceed [`MAX_CANONICAL_LEN`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong;

/// Key-value pairs bound to a ciphertext. Keys are unique and kept sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EncryptionContext(pub BTreeMap<String, String>);

impl EncryptionContext {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The canonical bytes of this context, unless they would be longer
    /// than [`MAX_CANONICAL_LEN`].
    pub fn canonical(&self) -> Result<Vec<u8>, TooLong> {
        let size: usize = 4 + self
            .0
            .iter()
            .map(|(k, v)| 8 + k.len() + v.len())
            .sum::<usize>();
        if size > MAX_CANONICAL_LEN {
            return Err(TooLong);
        }
        let mut out = Vec::with_capacity(size);
        put_len(&mut out, self.0.len())?;
        for (key, value) in &self.0 {
            put_len(&mut out, key.len())?;
            out.extend_from_slice(key.as_bytes());
            put_len(&mut out, value.len())?;
            out.extend_from_slice(value.as_bytes());
        }
        Ok(out)
    }
}

/// Lengths are below [`MAX_CANONICAL_LEN`], checked before encoding.
fn put_len(out: &mut Vec<u8>, len: usize) -> Result<(), TooLong> {
    let len = u32::try_from(len).map_err(|_| TooLong)?;
    out.extend_from_slice(&len.to_be_bytes());
    Ok(())
}

impl<const N: usize> From<[(&str, &str); N]> for EncryptionContext {
    fn from(pairs: [(&str, &str); N]) -> Self {
        EncryptionContext(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon<const N: usize>(pairs: [(&str, &str); N]) -> Vec<u8> {
        EncryptionContext::from(pairs).canonical().unwrap()
    }

    #[test]
    fn pair_order_does_not_matter() {
        assert_eq!(
            canon([("a", "1"), ("b", "2")]),
            canon([("b", "2"), ("a", "1")])
        );
    }

    #[test]
    fn boundaries_between_keys_and_values_matter() {
        assert_ne!(canon([("a", "bc")]), canon([("ab", "c")]));
        assert_ne!(
            canon([("a", "b"), ("c", "d")]),
            canon([("a", "bc"), ("", "d")])
        );
    }

    #[test]
    fn trailing_space_and_absence_matter() {
        assert_ne!(canon([("a", "b")]), canon([("a", "b ")]));
        assert_ne!(canon([("a", "b")]), canon([]));
        assert_ne!(canon([("a", "")]), canon([]));
    }

    #[test]
    fn encoding_is_the_documented_one() {
        assert_eq!(canon([]), [0, 0, 0, 0]);
        assert_eq!(
            canon([("k", "vv")]),
            [0, 0, 0, 1, 0, 0, 0, 1, b'k', 0, 0, 0, 2, b'v', b'v']
        );
    }

    proptest::proptest! {
        #[test]
        fn distinct_contexts_encode_distinctly(
            a in proptest::collection::btree_map(".{0,4}", ".{0,4}", 0..4),
            b in proptest::collection::btree_map(".{0,4}", ".{0,4}", 0..4),
        ) {
            let (ca, cb) = (EncryptionContext(a.clone()), EncryptionContext(b.clone()));
            proptest::prop_assert_eq!(a == b, ca.canonical().unwrap() == cb.canonical().unwrap());
        }
    }
}
