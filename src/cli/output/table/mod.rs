//! `--output table`, as the aws CLI v2 draws it. The response becomes a list
//! of sections, each a title, column headers and rows, nested values in
//! sections indented by a `|` on each side:
//! - an object's scalar fields, sorted by name, are one row under their names
//!   as headers (a single field: one row of name and value); its other
//!   fields follow, sorted, as sections of their own;
//! - a list of objects is rows under the sorted union of their scalar
//!   fields (a new section per item when the items hold nested values);
//! - a list of scalars is one column; a scalar alone is just the title;
//! - an empty or false response prints nothing.
//!
//! Every line is as wide as the widest section; a section's columns are
//! stretched to that width. When that is wider than the terminal (80
//! columns when stdout is not one), each section of a single row is turned
//! into rows of name and value. Text is measured as the aws CLI does: East
//! Asian wide and ambiguous characters count as two columns.

use serde_json::{Map, Value};
use zeroize::Zeroize;

mod draw;

use super::{is_scalar, scalar};
use draw::{Lines, RESET, text_len};

#[derive(Default)]
struct Section {
    /// `None` where the aws CLI's title is Python's None (counted as "None").
    title: Option<String>,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    indent: usize,
    columns: Option<usize>,
    max_widths: Vec<usize>,
}

/// Cells may hold a plaintext: wiped with the table.
impl Drop for Section {
    fn drop(&mut self) {
        for cell in self.rows.iter_mut().flatten() {
            cell.zeroize();
        }
    }
}

impl Section {
    fn new(title: Option<String>, indent: usize) -> Self {
        let mut section = Section::default();
        section.title = title;
        section.indent = indent;
        section
    }

    fn update_widths(&mut self, cells: &[String]) {
        if self.max_widths.is_empty() {
            self.max_widths = cells.iter().map(|c| text_len(c)).collect();
        } else {
            for (width, cell) in self.max_widths.iter_mut().zip(cells) {
                *width = (*width).max(text_len(cell));
            }
        }
    }

    fn title_len(&self) -> usize {
        self.title.as_deref().map_or(4, text_len)
    }

    /// The width this section needs, borders and indentation included.
    fn total_width(&self) -> usize {
        let columns: usize = self.max_widths.iter().map(|w| w + 4).sum();
        (columns + 2 + 2 * self.indent).max(self.title_len() + 2 + 2 * self.indent)
    }

    /// The columns' widths stretched (or shrunk) to add up to `width`.
    fn column_widths(&self, width: usize) -> Vec<usize> {
        let natural: Vec<usize> = self.max_widths.iter().map(|w| w + 4).collect();
        let total: usize = natural.iter().sum();
        if natural.is_empty() || total == 0 {
            return natural;
        }
        let scale = width as f64 / total as f64;
        let mut scaled: Vec<i64> = natural
            .iter()
            .map(|&w| (scale * w as f64).round_ties_even() as i64)
            .collect();
        let mut off_by = scaled.iter().sum::<i64>() - width as i64;
        // Taken from the first columns, given to the last ones.
        while off_by != 0 {
            let n = scaled.len();
            for k in 0..n {
                let i = if off_by > 0 { k } else { n - 1 - k };
                if off_by > 0 {
                    scaled[i] -= 1;
                    off_by -= 1;
                } else {
                    scaled[i] += 1;
                    off_by += 1;
                }
                if off_by == 0 {
                    break;
                }
            }
        }
        scaled.into_iter().map(|w| w.max(0) as usize).collect()
    }
}

/// The sections of a response, built as the aws CLI builds them.
#[derive(Default)]
struct Table {
    sections: Vec<Section>,
}

impl Table {
    fn new_section(&mut self, title: Option<&str>, indent: usize) {
        self.sections
            .push(Section::new(title.map(str::to_owned), indent));
    }

    fn current(&mut self) -> Result<&mut Section, String> {
        self.sections
            .last_mut()
            .ok_or_else(|| "'NoneType' object has no attribute 'add_row'".to_owned())
    }

    fn add_headers(&mut self, headers: Vec<String>) -> Result<(), String> {
        let section = self.current()?;
        section.update_widths(&headers);
        section.columns.get_or_insert(headers.len());
        section.headers = headers;
        Ok(())
    }

    fn add_row(&mut self, row: Vec<String>) -> Result<(), String> {
        let section = self.current()?;
        let columns = *section.columns.get_or_insert(row.len());
        if row.len() != columns {
            return Err(format!(
                "Row should have {columns} elements, instead it has {}",
                row.len()
            ));
        }
        section.update_widths(&row);
        section.rows.push(row);
        Ok(())
    }

    /// Adds `value`'s sections; false if it is empty (or false, zero, null).
    fn build(&mut self, title: Option<&str>, value: &Value, indent: usize) -> Result<bool, String> {
        if is_falsy(value) {
            return Ok(false);
        }
        if title.is_some() {
            self.new_section(title, indent);
        }
        match value {
            Value::Array(items) if items.first().is_some_and(Value::is_object) => {
                self.list_of_objects(items, indent, title)?;
            }
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::Array(inner) if inner.iter().all(is_scalar) => {
                            self.add_row(inner.iter().map(scalar).collect())?;
                        }
                        // An object's keys, all scalars, make the row.
                        Value::Object(map) => self.add_row(map.keys().cloned().collect())?,
                        Value::Array(_) => {
                            self.build(None, item, 0)?;
                        }
                        scalar_item => self.add_row(vec![scalar(scalar_item)])?,
                    }
                }
            }
            Value::Object(map) => self.object(map, indent)?,
            _ => {}
        }
        Ok(true)
    }

    fn object(&mut self, map: &Map<String, Value>, indent: usize) -> Result<(), String> {
        let (headers, nested) = group_keys(map);
        if let [key] = headers.as_slice() {
            let cell = map.get(key).map(scalar).unwrap_or_default();
            self.add_row(vec![key.clone(), cell])?;
        } else if !headers.is_empty() {
            let row = headers
                .iter()
                .map(|k| map.get(k).map(scalar).unwrap_or_default())
                .collect();
            self.add_headers(headers)?;
            self.add_row(row)?;
        }
        for key in nested {
            if let Some(value) = map.get(&key) {
                self.build(Some(&key), value, indent + 1)?;
            }
        }
        Ok(())
    }

    fn list_of_objects(
        &mut self,
        items: &[Value],
        indent: usize,
        title: Option<&str>,
    ) -> Result<(), String> {
        let mut headers = Vec::new();
        let mut nested = Vec::new();
        for item in items {
            let Value::Object(map) = item else {
                not_an_object(item)?;
                continue;
            };
            let (h, n) = group_keys(map);
            headers.extend(h);
            nested.extend(n);
        }
        for keys in [&mut headers, &mut nested] {
            keys.sort();
            keys.dedup();
        }
        self.add_headers(headers.clone())?;
        for (i, item) in items.iter().enumerate() {
            let Value::Object(map) = item else {
                return Err(format!(
                    "'{}' object has no attribute 'get'",
                    type_name(item)
                ));
            };
            if i > 0 && !nested.is_empty() {
                self.new_section(title, indent);
                self.add_headers(headers.clone())?;
            }
            let row = headers
                .iter()
                .map(|k| match map.get(k) {
                    Some(v) if is_scalar(v) => scalar(v),
                    Some(v) => python_repr(v),
                    None => String::new(),
                })
                .collect();
            self.add_row(row)?;
            for key in &nested {
                if let Some(value) = map.get(key) {
                    self.build(Some(key), value, indent + 1)?;
                }
            }
        }
        Ok(())
    }

    /// Turns each section of one row into rows of header and value.
    fn make_vertical(&mut self) {
        for section in &mut self.sections {
            if section.rows.len() != 1 || section.headers.is_empty() {
                continue;
            }
            let mut vertical = Section::new(section.title.take(), section.indent);
            let values = std::mem::take(&mut section.rows[0]);
            for (header, value) in section.headers.iter().zip(values) {
                let row = vec![header.clone(), value];
                vertical.columns.get_or_insert(2);
                vertical.update_widths(&row);
                vertical.rows.push(row);
            }
            *section = vertical;
        }
    }

    fn render(&mut self, terminal_width: usize, color: bool, out: &mut String) {
        let mut width = self.max_width();
        if width > terminal_width {
            self.make_vertical();
            width = self.max_width();
        }
        out.push_str(&"-".repeat(width));
        out.push('\n');
        if color {
            out.push_str(RESET);
        }
        for section in &self.sections {
            Lines::new(section.indent, color, out).section(section, width - 2 * section.indent);
        }
    }

    fn max_width(&self) -> usize {
        self.sections
            .iter()
            .map(Section::total_width)
            .max()
            .unwrap_or(0)
    }
}

/// A value as Python's `repr` writes it: what a cell shows for a list or
/// object where other items of its list have a scalar.
fn python_repr(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let quote = if s.contains('\'') && !s.contains('"') {
                '"'
            } else {
                '\''
            };
            let mut out = String::from(quote);
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if c == quote => {
                        out.push('\\');
                        out.push(c);
                    }
                    c if u32::from(c) < 0x20 || (0x7f..=0xa0).contains(&u32::from(c)) => {
                        out.push_str(&format!("\\x{:02x}", u32::from(c)));
                    }
                    c => out.push(c),
                }
            }
            out.push(quote);
            out
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(python_repr).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(map) => {
            let entries: Vec<String> = map
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{}: {}",
                        python_repr(&Value::String(k.clone())),
                        python_repr(v)
                    )
                })
                .collect();
            format!("{{{}}}", entries.join(", "))
        }
        scalar_value => scalar(scalar_value),
    }
}

/// What Python counts as false: nothing of it is drawn.
fn is_falsy(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
    }
}

/// An object's keys: those of scalars and the others, each sorted.
fn group_keys(map: &Map<String, Value>) -> (Vec<String>, Vec<String>) {
    let (mut scalars, mut nested): (Vec<String>, Vec<String>) = map
        .keys()
        .cloned()
        .partition(|k| map.get(k).is_some_and(is_scalar));
    scalars.sort();
    nested.sort();
    (scalars, nested)
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// The error the aws CLI meets when a list that starts with an object holds
/// something else: Python's, as it reads that item's keys (an empty string
/// or list has none, and fails a step later).
fn not_an_object(item: &Value) -> Result<(), String> {
    match item {
        Value::String(s) if s.is_empty() => Ok(()),
        Value::Array(items) if items.is_empty() => Ok(()),
        Value::String(_) => Err("string indices must be integers, not 'str'".to_owned()),
        Value::Array(items) => Err(format!(
            "list indices must be integers or slices, not {}",
            items.first().map_or("int", type_name)
        )),
        other => Err(format!("'{}' object is not iterable", type_name(other))),
    }
}

/// Draws `value` as the table titled `title`; the aws CLI's error if its
/// table builder fails on this shape.
pub fn format(
    title: &str,
    value: &Value,
    terminal_width: usize,
    color: bool,
    out: &mut String,
) -> Result<(), String> {
    let mut table = Table::default();
    if table.build(Some(title), value, 0)? {
        table.render(terminal_width, color, out);
    }
    Ok(())
}
