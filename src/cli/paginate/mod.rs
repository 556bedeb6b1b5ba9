//! The aws CLI's client-side paginator, which `--max-items`,
//! `--starting-token` and `--page-size` drive: it fetches pages of a List
//! operation, stops after `--max-items` items, and prints a `NextToken` to
//! resume from.
//!
//! A `NextToken` is base64 of JSON: `{"Marker": M}` when the last page
//! printed ended on a page boundary (M is the service's NextMarker), or
//! `{"Marker": M, "boto_truncate_amount": N}` when it ended N items into the
//! page that Marker M fetches. `--starting-token` reads either back, and
//! also the older `MARKER___N` form; anything else is taken whole as a
//! Marker, and the operation then refuses it, as it does for the aws CLI.
//!
//! A starting token comes from the command line and is not trusted: it is
//! read with bounded, non-recursive code except for one JSON parse of at
//! most [`MAX_TOKEN`] bytes (serde_json limits its own nesting), and every
//! way it can be wrong ends in an error, never a panic. Tokens are read and
//! written in `token.rs`.

mod token;

use serde_json::Value;

use crate::error::{Error, Result};
pub use token::{MAX_TOKEN, Start, parse_token};
use token::{TRUNCATE, encode};

/// Where Python's slice bound `i` falls in a list of `len` items: a
/// negative one counts from the end, and both ends clamp.
fn index(len: usize, i: i64) -> usize {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let i = if i < 0 { i.saturating_add(len_i) } else { i };
    usize::try_from(i.clamp(0, len_i)).unwrap_or(len)
}

/// `page` with its `field` holding `items`.
fn with_items(mut page: Value, field: &str, items: Vec<Value>) -> Value {
    if let Value::Object(map) = &mut page {
        map.insert(field.to_owned(), Value::Array(items));
    }
    page
}

/// What the paginator asks of the operation and is given back.
pub struct Pages {
    /// Each page as the operation returned it, its items after the skip
    /// and the truncation.
    pub pages: Vec<Value>,
    pub next_token: Option<String>,
}

/// The paginator's settings.
pub struct Paging {
    pub max_items: Option<i64>,
    pub page_size: Option<i64>,
    pub start: Option<Start>,
}

/// Fetches pages as the aws CLI's paginator does. `fetch` takes a Limit and
/// a Marker and returns the page as JSON, whose `field` holds the items.
pub fn run(
    field: &str,
    paging: &Paging,
    mut fetch: impl FnMut(Option<i64>, Option<String>) -> Result<Value>,
) -> Result<Pages> {
    let mut pages = Vec::new();
    let mut total: i64 = 0;
    // The Marker the current page was fetched with, as a token field.
    let (mut marker_field, mut marker) = match &paging.start {
        Some(start) => (start.marker.clone(), start.request_marker()),
        None => (Some(Value::Null), None),
    };
    let mut first = true;
    loop {
        let mut page = fetch(paging.page_size, marker.take())?;
        let mut items = match page.get_mut(field).map(Value::take) {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        };
        // Only the first page's skip counts in a new token; `None` is the
        // null skip, which Python cannot add to.
        let mut skipped = Some(0);
        if first && let Some(start) = &paging.start {
            skipped = start.skip;
            items.drain(..index(items.len(), start.skip.unwrap_or(0)));
        }
        first = false;
        let count = i64::try_from(items.len()).unwrap_or(i64::MAX);
        if let Some(max) = paging.max_items {
            let over = total.saturating_add(count).saturating_sub(max);
            if over > 0 {
                let keep = count - over;
                items.truncate(index(items.len(), keep));
                pages.push(with_items(page, field, items));
                let Some(skipped) = skipped else {
                    return Err(Error::Client(
                        "unsupported operand type(s) for +: 'int' and 'NoneType'".into(),
                    ));
                };
                let Some(marker_field) = marker_field else {
                    return Err(Error::Client(format!(
                        "Bad starting token: {{'{TRUNCATE}': {}}}",
                        keep.saturating_add(skipped)
                    )));
                };
                let token = encode(&marker_field, Some(keep.saturating_add(skipped)));
                return Ok(Pages {
                    pages,
                    next_token: Some(token),
                });
            }
        }
        total = total.saturating_add(count);
        let more = page.get("Truncated").and_then(Value::as_bool) == Some(true);
        let next = match page.get("NextMarker") {
            Some(Value::String(s)) if more && !s.is_empty() => Some(s.clone()),
            _ => None,
        };
        pages.push(with_items(page, field, items));
        let Some(next) = next else { break };
        if paging.max_items == Some(total) {
            return Ok(Pages {
                pages,
                next_token: Some(encode(&Value::String(next), None)),
            });
        }
        marker_field = Some(Value::String(next.clone()));
        marker = Some(next);
    }
    Ok(Pages {
        pages,
        next_token: None,
    })
}

#[cfg(test)]
mod tests {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde_json::json;

    use super::*;

    const MEMBERS: &[&str] = &["Limit", "Marker"];

    fn token(json: &str) -> String {
        STANDARD.encode(json)
    }

    fn message(token: &str) -> String {
        match parse_token(token, MEMBERS) {
            Ok(start) => panic!("{token} reads as {start:?}"),
            Err(e) => e.to_string(),
        }
    }

    /// A listing of `n` items, `size` a page, its markers the items' indexes.
    fn fetch(
        n: usize,
        calls: &mut usize,
    ) -> impl FnMut(Option<i64>, Option<String>) -> Result<Value> {
        move |limit, marker| {
            *calls += 1;
            let size = limit.map_or(3, |l| l as usize);
            let start: usize = marker.map_or(0, |m| m.parse().unwrap());
            let end = (start + size).min(n);
            let more = end < n;
            Ok(json!({
                "Items": (start..end).collect::<Vec<_>>(),
                "NextMarker": if more { Some(end.to_string()) } else { None },
                "Truncated": more,
            }))
        }
    }

    fn pages(
        n: usize,
        max_items: Option<i64>,
        page_size: Option<i64>,
        start: Option<&str>,
    ) -> (Vec<Vec<Value>>, Option<String>) {
        let start = start.map(|t| parse_token(t, MEMBERS).unwrap());
        let mut calls = 0;
        let paging = Paging {
            max_items,
            page_size,
            start,
        };
        let pages = run("Items", &paging, fetch(n, &mut calls)).unwrap();
        (
            pages
                .pages
                .into_iter()
                .map(|p| p["Items"].as_array().unwrap().clone())
                .collect(),
            pages
                .next_token
                .map(|t| String::from_utf8(STANDARD.decode(t).unwrap()).unwrap()),
        )
    }

    #[test]
    fn tokens_are_written_as_the_aws_cli_writes_them() {
        assert_eq!(
            encode(&Value::Null, Some(2)),
            "eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ=="
        );
        assert_eq!(
            STANDARD.decode(encode(&json!("m"), None)).unwrap(),
            b"{\"Marker\": \"m\"}"
        );
    }

    #[test]
    fn max_items_cuts_inside_a_page_or_on_its_boundary() {
        let (p, t) = pages(7, Some(2), None, None);
        assert_eq!(p, [vec![json!(0), json!(1)]]);
        assert_eq!(
            t.as_deref(),
            Some("{\"Marker\": null, \"boto_truncate_amount\": 2}")
        );
        let (p, t) = pages(7, Some(3), None, None);
        assert_eq!(p.concat().len(), 3);
        assert_eq!(t.as_deref(), Some("{\"Marker\": \"3\"}"));
        let (p, t) = pages(7, Some(5), None, None);
        assert_eq!(p.concat(), [0, 1, 2, 3, 4].map(|i| json!(i)));
        assert_eq!(
            t.as_deref(),
            Some("{\"Marker\": \"3\", \"boto_truncate_amount\": 2}")
        );
        // Everything fits: no token.
        assert_eq!(pages(7, Some(7), None, None).1, None);
        assert_eq!(pages(7, None, Some(2), None).0.len(), 4);
        // Python's slices: 0 keeps nothing, -1 all but the last.
        assert_eq!(pages(7, Some(0), None, None).0.concat().len(), 0);
        assert_eq!(pages(2, Some(-1), None, None).0.concat(), [json!(0)]);
    }

    #[test]
    fn a_token_resumes_where_the_last_output_stopped() {
        let first = token("{\"Marker\": \"3\", \"boto_truncate_amount\": 2}");
        let (p, t) = pages(7, Some(3), None, Some(&first));
        assert_eq!(p.concat(), [5, 6].map(|i| json!(i)).to_vec());
        assert_eq!(t, None);
        // The first page's rest is one item: the cut falls on its end.
        let (p, t) = pages(7, Some(1), None, Some(&first));
        assert_eq!(p.concat(), [json!(5)]);
        assert_eq!(t.as_deref(), Some("{\"Marker\": \"6\"}"));
        let first = token("{\"Marker\": \"3\", \"boto_truncate_amount\": 1}");
        let (p, t) = pages(7, Some(1), None, Some(&first));
        assert_eq!(p.concat(), [json!(4)]);
        assert_eq!(
            t.as_deref(),
            Some("{\"Marker\": \"3\", \"boto_truncate_amount\": 2}")
        );
        // The older form, and a token taken whole as a Marker.
        assert_eq!(pages(7, None, None, Some("3___1")).0.concat()[0], json!(4));
        // A skip past the first page's end skips that page only.
        assert_eq!(
            pages(7, None, None, Some("None___6")).0.concat(),
            [3, 4, 5, 6].map(|i| json!(i))
        );
        assert_eq!(pages(7, None, None, Some("5")).0.concat()[0], json!(5));
    }

    #[test]
    fn malformed_tokens_end_in_the_aws_clis_errors() {
        assert_eq!(message("a___b___c"), "Bad starting token: a___b___c");
        assert_eq!(message(&token("5")), "'int' object has no attribute 'pop'");
        assert_eq!(
            message(&token("\"x\"")),
            "'str' object has no attribute 'pop'"
        );
        assert_eq!(
            message(&token("null")),
            "'NoneType' object has no attribute 'pop'"
        );
        assert_eq!(
            message(&token("1.5")),
            "'float' object has no attribute 'pop'"
        );
        assert_eq!(
            message(&token("true")),
            "'bool' object has no attribute 'pop'"
        );
        assert_eq!(
            message(&token("{\"Foo\": 1, \"Marker\": [2]}")),
            "Parameter validation failed:\nUnknown parameter in input: \"Foo\", must be one of: \
             Limit, Marker\nInvalid type for parameter Marker, value: [2], type: <class 'list'>, \
             valid types: <class 'str'>"
        );
        assert!(
            message(&token(
                "{\"Marker\": null, \"boto_truncate_amount\": \"x\"}"
            ))
            .starts_with("slice indices")
        );
        assert!(
            message(&token(
                "{\"Marker\": null, \"boto_encoded_keys\": [[\"Marker\"]]}"
            ))
            .starts_with("Bad starting token")
        );
        assert!(message(&token("{\"Limit\": 1}")).starts_with("Bad starting token"));
        // A list, bad base64, bad UTF-8 or bad JSON: the whole token is the Marker.
        for text in [
            token("[1]"),
            "abc".into(),
            STANDARD.encode([0xff, 0xfe]),
            token("{"),
            "x".repeat(MAX_TOKEN + 1),
        ] {
            let start = parse_token(&text, MEMBERS).unwrap();
            assert_eq!(start.request_marker().as_deref(), Some(text.as_str()));
        }
    }

    #[test]
    fn a_null_skip_cannot_be_added_to() {
        let start = token("{\"Marker\": null, \"boto_truncate_amount\": null}");
        let paging = Paging {
            max_items: Some(1),
            page_size: None,
            start: Some(parse_token(&start, MEMBERS).unwrap()),
        };
        let mut calls = 0;
        let e = run("Items", &paging, fetch(5, &mut calls)).err().unwrap();
        assert!(e.to_string().starts_with("unsupported operand"), "{e}");
        // A token with no Marker cannot be written back.
        let start = token("{\"boto_truncate_amount\": 1}");
        let paging = Paging {
            max_items: Some(1),
            page_size: None,
            start: Some(parse_token(&start, MEMBERS).unwrap()),
        };
        let e = run("Items", &paging, fetch(5, &mut calls)).err().unwrap();
        assert_eq!(
            e.to_string(),
            "Bad starting token: {'boto_truncate_amount': 2}"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_token_reads_or_is_refused(text in ".{0,200}") {
            let _ = parse_token(&text, MEMBERS);
            let _ = parse_token(&STANDARD.encode(&text), MEMBERS);
        }
    }
}
