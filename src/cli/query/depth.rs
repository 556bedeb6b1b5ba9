//! The first check of a `--query`, before the crate's parser sees it: how
//! deep the expression's text can make the parser recurse, counted by a scan
//! of its bytes that knows JMESPath's brackets, quotes and the operators the
//! parser reads by recursing into itself.

use super::MAX_NESTING;

/// How deep the parser can recurse on `text`, from above: each open bracket,
/// brace or parenthesis is a level, and so is each operator whose operand the
/// parser reads by recursing into itself: `!`, `&`, and the projections `*`,
/// `[?` and slices (`:` between brackets). An operator is not known to end
/// before the comma or closing bracket of the level it is in, so it is
/// counted until then (a projection's operand goes on past its own
/// brackets, so `[?`, `[*]` and slices count in the enclosing level). Binary
/// operators need no count: a chain of them recurses only while precedence
/// rises, a few levels at most. Text inside JMESPath's three quotes ('raw',
/// "identifier", `json`), where a backslash escapes the next character, is
/// skipped as the crate's lexer skips it. The scan stops as soon as it is
/// past [`MAX_NESTING`].
pub fn nesting(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Operators counted in each open level; the first entry is the top level.
    let mut levels: Vec<(u8, usize)> = vec![(0, 0)];
    let mut depth = 0;
    let mut deepest = 0;
    let mut i = 0;
    while i < bytes.len() && deepest <= MAX_NESTING {
        let next = bytes.get(i + 1).copied();
        match bytes[i] {
            quote @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            // `!=` and `&&` are binary operators.
            b'!' if next == Some(b'=') => i += 1,
            b'&' if next == Some(b'&') => i += 1,
            b'!' | b'&' => count(&mut levels, &mut depth, 0),
            // `[]` is a flatten, whose operand a following `[]` ends.
            b'[' if next == Some(b']') => i += 1,
            b'[' => {
                if next == Some(b'?') {
                    count(&mut levels, &mut depth, 0);
                    i += 1;
                }
                levels.push((b'[', 0));
                depth += 1;
            }
            open @ (b'(' | b'{') => {
                levels.push((open, 0));
                depth += 1;
            }
            b')' | b']' | b'}' if levels.len() > 1 => {
                if let Some((_, ops)) = levels.pop() {
                    depth -= ops + 1;
                }
            }
            b',' => {
                if let Some((_, ops)) = levels.last_mut() {
                    depth -= *ops;
                    *ops = 0;
                }
            }
            b'*' => {
                let up = in_brackets(&levels);
                count(&mut levels, &mut depth, up);
            }
            b':' if in_brackets(&levels) == 1 => count(&mut levels, &mut depth, 1),
            _ => {}
        }
        deepest = deepest.max(depth);
        i += 1;
    }
    deepest
}

/// Counts an operator `up` levels above the innermost one.
fn count(levels: &mut [(u8, usize)], depth: &mut usize, up: usize) {
    let at = levels.len().saturating_sub(1 + up);
    if let Some((_, ops)) = levels.get_mut(at) {
        *ops += 1;
        *depth += 1;
    }
}

/// 1 when the innermost open level is a bracket (whose projection operators
/// count in the level around it), else 0.
fn in_brackets(levels: &[(u8, usize)]) -> usize {
    usize::from(levels.len() > 1 && levels.last().is_some_and(|(open, _)| *open == b'['))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_counts_brackets_braces_and_parentheses() {
        assert_eq!(nesting("KeyMetadata.KeyId"), 0);
        assert_eq!(nesting("Keys[0]"), 1);
        assert_eq!(nesting("KeyMetadata.[Enabled, KeyState]"), 1);
        assert_eq!(nesting("{a: [b, (c)]}"), 3);
        assert_eq!(nesting("[[a], [b], [c]]"), 2);
        let deep = format!("{}@{}", "[".repeat(64), "]".repeat(64));
        assert_eq!(nesting(&deep), 64);
        assert_eq!(nesting(&format!("[{deep}]")), 65);
        // The scan stops once past the limit.
        assert_eq!(nesting(&"(".repeat(60_000)), 65);
    }

    #[test]
    fn nesting_skips_the_three_quotes_and_their_escapes() {
        assert_eq!(nesting("'[[[[{{(('"), 0);
        assert_eq!(nesting("\"[[[[{{((\""), 0);
        assert_eq!(nesting("`\"[[[[{{((\"`"), 0);
        // An escaped quote does not end the quote...
        assert_eq!(nesting(r"'\'[[[['"), 0);
        assert_eq!(nesting(r#""\"[[[[""#), 0);
        assert_eq!(nesting(r"`\`[[[[`"), 0);
        // ...an escaped backslash does not escape the quote after it...
        assert_eq!(nesting(r"'\\'[["), 2);
        assert_eq!(nesting(r#""\\"[["#), 2);
        // ...and one quote inside another is a plain character.
        assert_eq!(nesting(r#"'"'[[`'`"#), 2);
        assert_eq!(nesting(r#"[?Name=='a]]]']"#), 2);
        // An unclosed quote runs to the end.
        assert_eq!(nesting("'[[[["), 0);
    }

    #[test]
    fn nesting_counts_the_operators_the_parser_recurses_into() {
        assert_eq!(nesting("!a"), 1);
        assert_eq!(nesting("&a"), 1);
        assert_eq!(nesting("a != b && c"), 0);
        assert_eq!(nesting("a.*.b"), 1);
        // A projection's operand goes on past its brackets.
        assert_eq!(nesting("a[*].b"), 2);
        assert_eq!(nesting("a[?b].c[?d].e"), 3);
        assert_eq!(nesting("a[1:2].b"), 2);
        assert_eq!(nesting("{a: b, c: d}"), 1);
        // `[]` is not a level, and a comma ends the operators before it.
        assert_eq!(nesting("a[][][].b"), 0);
        assert_eq!(nesting("[!a, !b, !c]"), 2);
        assert_eq!(nesting(&format!("{}a", "!".repeat(64))), 64);
        assert_eq!(nesting(&format!("{}a", "!".repeat(65))), 65);
        assert_eq!(nesting(&format!("a{}", ".*".repeat(65))), 65);
    }
}
