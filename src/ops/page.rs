//! Pagination as the List operations have it: `Limit`, `Marker`,
//! `NextMarker` and `Truncated`. A marker names the first item of the next
//! page by its sort key, so a page boundary survives items added or removed
//! between calls.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::{Error, Result};
use crate::ops::validate;

/// One page of a listing.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Set when more items follow.
    pub next_marker: Option<String>,
}

impl<T> Page<T> {
    pub fn truncated(&self) -> bool {
        self.next_marker.is_some()
    }
}

/// The limits of one List operation.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub default: usize,
    pub max: i64,
}

/// Takes one page from `items`, which must be sorted by their key.
pub fn paginate<T>(
    items: impl IntoIterator<Item = (String, T)>,
    limit: Option<i64>,
    marker: Option<&str>,
    limits: Limits,
) -> Result<Page<T>> {
    let size = match limit {
        Some(n) => {
            validate::range(n, "limit", 1, limits.max)?;
            n.unsigned_abs() as usize
        }
        None => limits.default,
    };
    let start = marker.map(decode).transpose()?;
    let mut rest = items
        .into_iter()
        .filter(|(key, _)| start.as_ref().is_none_or(|s| key >= s));
    let items: Vec<T> = rest.by_ref().take(size).map(|(_, item)| item).collect();
    let next_marker = rest.next().map(|(key, _)| encode(&key));
    Ok(Page { items, next_marker })
}

fn encode(key: &str) -> String {
    URL_SAFE_NO_PAD.encode(key)
}

fn decode(marker: &str) -> Result<String> {
    validate::length(marker, "marker", 1, crate::ops::limits::MAX_MARKER)?;
    URL_SAFE_NO_PAD
        .decode(marker)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| Error::InvalidMarker(format!("Invalid marker '{marker}'")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits { default: 2, max: 3 };

    fn items() -> Vec<(String, u32)> {
        (1..=5).map(|i| (format!("k{i}"), i)).collect()
    }

    #[test]
    fn pages_chain_through_markers() {
        let first = paginate(items(), None, None, LIMITS).unwrap();
        assert_eq!(first.items, [1, 2]);
        let second = paginate(items(), Some(3), first.next_marker.as_deref(), LIMITS).unwrap();
        assert_eq!(second.items, [3, 4, 5]);
        assert!(!second.truncated());
    }

    #[test]
    fn bad_limits_and_markers() {
        assert!(matches!(
            paginate(items(), Some(0), None, LIMITS),
            Err(Error::Validation(_))
        ));
        assert!(matches!(
            paginate(items(), Some(4), None, LIMITS),
            Err(Error::Validation(_))
        ));
        assert!(matches!(
            paginate(items(), None, Some("!!"), LIMITS),
            Err(Error::InvalidMarker(_))
        ));
    }
}
