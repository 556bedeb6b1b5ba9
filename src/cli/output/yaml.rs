//! `--output yaml` and `yaml-stream`, as the aws CLI v2 prints them: its
//! YAML dumper (ruamel.yaml's safe dumper over libyaml's emitter) in block
//! style, keys sorted, 2-space indents, sequences in a mapping not indented,
//! long scalars folded past column 80. A scalar response is printed as JSON
//! instead, as the aws CLI does to avoid YAML's "..." document end.
//!
//! The rules below follow what that emitter does, checked against
//! tests/output/vectors.json: how a string's characters decide whether it
//! may be plain, single- or double-quoted, and where a line may break.

use serde_json::{Map, Value};

use super::python_float;
use crate::cli::yaml_plain::{Plain, resolve};

/// The emitter's preferred line width and indent.
const WIDTH: usize = 80;
const INDENT: isize = 2;
/// A key longer than this (in UTF-8 bytes) is written as a complex key (`? `).
const MAX_SIMPLE_KEY: usize = 128;

/// `--output yaml`.
pub fn format(value: &Value, out: &mut String) {
    match value {
        Value::Array(_) | Value::Object(_) => Emitter::new(out).document(value),
        scalar => {
            json_scalar(scalar, out);
            out.push('\n');
        }
    }
}

/// `--output yaml-stream`: each response is a list of one item.
pub fn format_stream(value: &Value, out: &mut String) {
    let mut emitter = Emitter::new(out);
    emitter.sequence(std::slice::from_ref(value), false);
    emitter.end();
}

/// A scalar as Python's `json.dump` writes it (`ensure_ascii=False`),
/// straight into `out`: a string may be a plaintext.
fn json_scalar(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => {
            out.push('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    '\u{8}' => out.push_str("\\b"),
                    '\u{c}' => out.push_str("\\f"),
                    c if c < ' ' => {
                        out.push_str("\\u00");
                        push_hex(u32::from(c), 2, false, out);
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => out.push_str(&python_float(f)),
            _ => out.push_str(&n.to_string()),
        },
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        _ => out.push_str("null"),
    }
}

/// Writes the low `digits` hex digits of `code`.
fn push_hex(code: u32, digits: u32, upper: bool, out: &mut String) {
    for shift in (0..digits).rev() {
        let digit = (code >> (shift * 4)) & 0xf;
        let c = char::from_digit(digit, 16).unwrap_or('0');
        out.push(if upper { c.to_ascii_uppercase() } else { c });
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
}

struct Emitter<'a> {
    out: &'a mut String,
    /// Characters written on the current line.
    column: usize,
    /// The current indent; -1 before the first block.
    indent: isize,
    /// The last thing written was whitespace (or the line start).
    whitespace: bool,
    /// Only indentation has been written on the current line.
    indention: bool,
}

impl<'a> Emitter<'a> {
    fn new(out: &'a mut String) -> Self {
        Emitter {
            out,
            column: 0,
            indent: -1,
            whitespace: true,
            indention: true,
        }
    }

    fn document(&mut self, value: &Value) {
        self.node(value, false);
        self.end();
    }

    /// The document ends on a line of its own.
    fn end(&mut self) {
        self.indent = -1;
        self.write_indent();
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_str(&mut self, s: &str) {
        self.out.push_str(s);
        self.column += s.chars().count();
    }

    fn line_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.line_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn indicator(&mut self, text: &str, need_space: bool, is_space: bool, is_indention: bool) {
        if need_space && !self.whitespace {
            self.put(' ');
        }
        self.put_str(text);
        self.whitespace = is_space;
        self.indention = self.indention && is_indention;
    }

    /// Raises the indent for a nested block (or a scalar's folded lines) and
    /// returns the indent to restore.
    fn increase_indent(&mut self, flow: bool, indentless: bool) -> isize {
        let saved = self.indent;
        if self.indent < 0 {
            self.indent = if flow { INDENT } else { 0 };
        } else if !indentless {
            self.indent += INDENT;
        }
        saved
    }

    fn node(&mut self, value: &Value, in_mapping: bool) {
        match value {
            Value::Array(items) if items.is_empty() => {
                self.indicator("[", true, true, false);
                self.indicator("]", false, false, false);
            }
            Value::Object(map) if map.is_empty() => {
                self.indicator("{", true, true, false);
                self.indicator("}", false, false, false);
            }
            Value::Array(items) => self.sequence(items, in_mapping),
            Value::Object(map) => self.mapping(map),
            Value::String(s) => self.string(s, false),
            Value::Null => self.plain_value("null"),
            Value::Bool(b) => self.plain_value(if *b { "true" } else { "false" }),
            Value::Number(n) => match n.as_f64() {
                Some(f) if n.is_f64() => self.plain_value(&python_float(f)),
                _ => self.plain_value(&n.to_string()),
            },
        }
    }

    /// A block sequence; in a mapping, its items are not indented.
    fn sequence(&mut self, items: &[Value], in_mapping: bool) {
        let saved = self.increase_indent(false, in_mapping && !self.indention);
        for item in items {
            self.write_indent();
            self.indicator("-", true, false, true);
            self.node(item, false);
        }
        self.indent = saved;
    }

    fn mapping(&mut self, map: &Map<String, Value>) {
        let saved = self.increase_indent(false, false);
        // The safe dumper sorts a mapping's keys (by code point, as UTF-8 bytes sort).
        let mut entries: Vec<(&String, &Value)> = map.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        for (key, value) in entries {
            self.write_indent();
            if key.len() <= MAX_SIMPLE_KEY && !Analysis::of(key).line_breaks {
                self.string(key, true);
                self.indicator(":", false, false, false);
            } else {
                self.indicator("?", true, false, true);
                self.string(key, false);
                self.write_indent();
                self.indicator(":", true, false, true);
            }
            self.node(value, true);
        }
        self.indent = saved;
    }

    /// A number, boolean or null: always plain.
    fn plain_value(&mut self, text: &str) {
        let saved = self.increase_indent(true, false);
        self.plain(text, true);
        self.indent = saved;
    }

    fn string(&mut self, s: &str, simple_key: bool) {
        let analysis = Analysis::of(s);
        let mut style = Style::Plain;
        if simple_key && analysis.line_breaks {
            style = Style::Double;
        }
        if style == Style::Plain
            && (!analysis.block_plain || (s.is_empty() && simple_key) || resolves_as_non_string(s))
        {
            style = Style::Single;
        }
        if style == Style::Single && !analysis.single_quoted {
            style = Style::Double;
        }
        let saved = self.increase_indent(true, false);
        let breaks = !simple_key;
        match style {
            Style::Plain => self.plain(s, breaks),
            Style::Single => self.single_quoted(s, breaks),
            Style::Double => self.double_quoted(s, breaks),
        }
        self.indent = saved;
    }

    fn plain(&mut self, s: &str, allow_breaks: bool) {
        if !self.whitespace && !s.is_empty() {
            self.put(' ');
        }
        let mut spaces = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c == ' ' {
                let next_is_space = chars.peek() == Some(&' ');
                if allow_breaks && !spaces && self.column > WIDTH && !next_is_space {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                // A plain scalar never holds a line break (see Analysis).
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn single_quoted(&mut self, s: &str, allow_breaks: bool) {
        self.indicator("'", true, false, false);
        let (mut spaces, mut breaks) = (false, false);
        let mut chars = s.chars().peekable();
        let mut first = true;
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            let inner = !std::mem::take(&mut first) && next.is_some();
            if c == ' ' {
                let next_is_space = next == Some(' ');
                if allow_breaks && !spaces && self.column > WIDTH && inner && !next_is_space {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                // A line break in a quoted scalar is folded: an empty line stands for it.
                if !breaks && c == '\n' {
                    self.line_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put_str("''");
                } else {
                    self.put(c);
                }
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        if breaks {
            self.write_indent();
        }
        self.indicator("'", false, false, false);
    }

    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.line_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    fn double_quoted(&mut self, s: &str, allow_breaks: bool) {
        self.indicator("\"", true, false, false);
        let mut spaces = false;
        let mut chars = s.chars().peekable();
        let mut first = true;
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            let inner = !std::mem::take(&mut first) && next.is_some();
            if !is_printable(c) || is_break(c) || c == '"' || c == '\\' {
                self.escape(c);
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > WIDTH && inner {
                    self.write_indent();
                    // A space starting the next line would be lost: escaped.
                    if next == Some(' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.indicator("\"", false, false, false);
    }

    fn escape(&mut self, c: char) {
        self.put('\\');
        let short = match c {
            '\0' => '0',
            '\u{7}' => 'a',
            '\u{8}' => 'b',
            '\t' => 't',
            '\n' => 'n',
            '\u{b}' => 'v',
            '\u{c}' => 'f',
            '\r' => 'r',
            '\u{1b}' => 'e',
            '"' => '"',
            '\\' => '\\',
            '\u{85}' => 'N',
            '\u{a0}' => '_',
            '\u{2028}' => 'L',
            '\u{2029}' => 'P',
            other => {
                let code = u32::from(other);
                let (letter, digits) = match code {
                    0..=0xff => ('x', 2),
                    0x100..=0xffff => ('u', 4),
                    _ => ('U', 8),
                };
                self.out.push(letter);
                push_hex(code, digits, true, self.out);
                self.column += 1 + digits as usize;
                return;
            }
        };
        self.put(short);
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// What libyaml's emitter writes unescaped: no control characters, nothing
/// in the C1 range, no surrogates or non-characters, and nothing beyond the
/// Basic Multilingual Plane.
fn is_printable(c: char) -> bool {
    matches!(u32::from(c), 0x0a | 0x20..=0x7e | 0xa0..=0xd7ff | 0xe000..=0xfffd) && c != '\u{feff}'
}

/// What a string's characters allow, as the emitter's analysis finds it.
struct Analysis {
    line_breaks: bool,
    block_plain: bool,
    single_quoted: bool,
}

impl Analysis {
    fn of(s: &str) -> Self {
        if s.is_empty() {
            return Analysis {
                line_breaks: false,
                block_plain: true,
                single_quoted: true,
            };
        }
        let blankz = |c: Option<char>| match c {
            None => true,
            Some(c) => c == ' ' || c == '\t' || c == '\0' || is_break(c),
        };
        let mut block_indicators = s.starts_with("---") || s.starts_with("...");
        let (mut special, mut line_breaks) = (false, false);
        let (mut leading_space, mut leading_break) = (false, false);
        let (mut trailing_space, mut trailing_break) = (false, false);
        let (mut break_space, mut space_break) = (false, false);
        let (mut previous_space, mut previous_break) = (false, false);
        let mut preceded_by_whitespace = true;
        let mut chars = s.chars().peekable();
        let mut first = true;
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            let (is_first, is_last) = (std::mem::take(&mut first), next.is_none());
            let followed_by_whitespace = blankz(next);
            if is_first {
                match c {
                    '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\''
                    | '"' | '%' | '@' | '`' => block_indicators = true,
                    '?' | ':' | '-' if followed_by_whitespace => block_indicators = true,
                    _ => {}
                }
            } else {
                match c {
                    ':' if followed_by_whitespace => block_indicators = true,
                    '#' if preceded_by_whitespace => block_indicators = true,
                    _ => {}
                }
            }
            if !is_printable(c) {
                special = true;
            }
            if is_break(c) {
                line_breaks = true;
            }
            if c == ' ' {
                leading_space |= is_first;
                trailing_space |= is_last;
                break_space |= previous_break;
                previous_space = true;
                previous_break = false;
            } else if is_break(c) {
                leading_break |= is_first;
                trailing_break |= is_last;
                space_break |= previous_space;
                previous_break = true;
                previous_space = false;
            } else {
                previous_space = false;
                previous_break = false;
            }
            preceded_by_whitespace = blankz(Some(c));
        }
        let edges = leading_space || leading_break || trailing_space || trailing_break;
        Analysis {
            line_breaks,
            block_plain: !(edges
                || break_space
                || space_break
                || special
                || line_breaks
                || block_indicators),
            single_quoted: !(break_space || space_break || special),
        }
    }
}

/// Whether a plain scalar with this text would read back as something other
/// than a string; such a string is quoted.
fn resolves_as_non_string(s: &str) -> bool {
    resolve(s) != Plain::Str
}
