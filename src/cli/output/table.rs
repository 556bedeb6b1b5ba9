//! `--output table`: a titled box per object or list, nested boxes for
//! nested values, as the aws CLI draws them; objects are always drawn as
//! key/value rows (the aws CLI sometimes draws them as columns).

use serde_json::Value;
use zeroize::Zeroize;

use super::{is_scalar, scalar, scalar_keys};

/// A rendered section: a title and rows of cells, nested sections after.
struct Section {
    title: String,
    header: Option<Vec<String>>,
    rows: Vec<Vec<String>>,
    children: Vec<Section>,
}

pub fn format(title: &str, value: &Value, out: &mut String) {
    let section = build(title, value);
    let width = section.width().max(title.len() + 4);
    section.render(0, width, out);
}

fn build(title: &str, value: &Value) -> Section {
    let mut section = Section {
        title: title.to_owned(),
        header: None,
        rows: Vec::new(),
        children: Vec::new(),
    };
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if is_scalar(v) {
                    section.rows.push(vec![k.clone(), scalar(v)]);
                } else {
                    section.children.push(build(k, v));
                }
            }
        }
        Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
            let keys = scalar_keys(items);
            for item in items.iter().filter_map(Value::as_object) {
                section.rows.push(
                    keys.iter()
                        .map(|k| item.get(k).map(scalar).unwrap_or_default())
                        .collect(),
                );
                for (k, v) in item.iter().filter(|(_, v)| !is_scalar(v)) {
                    section.children.push(build(k, v));
                }
            }
            section.header = Some(keys);
        }
        Value::Array(items) => {
            for item in items {
                if is_scalar(item) {
                    section.rows.push(vec![scalar(item)]);
                } else {
                    section.children.push(build(title, item));
                }
            }
        }
        other => section.rows.push(vec![scalar(other)]),
    }
    section
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
    fn columns(&self) -> usize {
        self.rows
            .iter()
            .map(Vec::len)
            .chain(self.header.as_ref().map(Vec::len))
            .max()
            .unwrap_or(0)
    }

    fn column_widths(&self) -> Vec<usize> {
        let mut widths = vec![0; self.columns()];
        for row in self.rows.iter().chain(self.header.iter()) {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(cell.chars().count() + 4);
            }
        }
        widths
    }

    /// The inner width this section and its nested sections need.
    fn width(&self) -> usize {
        let widths = self.column_widths();
        let own = widths.iter().sum::<usize>() + widths.len().saturating_sub(1);
        let title = self.title.len() + 4;
        let children = self
            .children
            .iter()
            .map(|c| c.width() + 2)
            .max()
            .unwrap_or(0);
        own.max(title).max(children)
    }

    fn render(&self, depth: usize, width: usize, out: &mut String) {
        let (left, right) = ("|".repeat(depth), "|".repeat(depth));
        let rule = |out: &mut String, joints: &[usize]| {
            out.push_str(&left);
            out.push('+');
            let mut line: Vec<char> = "-".repeat(width).chars().collect();
            for &j in joints {
                if j < line.len() {
                    line[j] = '+';
                }
            }
            out.extend(line);
            out.push('+');
            out.push_str(&right);
            out.push('\n');
        };
        if depth == 0 {
            out.push_str(&"-".repeat(width + 2));
            out.push('\n');
        }
        out.push_str(&left);
        out.push('|');
        out.push_str(&center(&self.title, width));
        out.push('|');
        out.push_str(&right);
        out.push('\n');
        let mut widths = self.column_widths();
        // The last column takes the room the others leave.
        let used = widths.iter().sum::<usize>() + widths.len().saturating_sub(1);
        if let Some(last) = widths.last_mut() {
            *last += width.saturating_sub(used);
        }
        let joints: Vec<usize> = widths
            .iter()
            .scan(0, |at, w| {
                *at += w + 1;
                Some(*at - 1)
            })
            .collect();
        let inner = &joints[..joints.len().saturating_sub(1)];
        let has_rows = !self.rows.is_empty() || self.header.is_some();
        rule(out, if has_rows { inner } else { &[] });
        if let Some(header) = &self.header {
            self.row(header, &widths, true, &left, &right, out);
            rule(out, inner);
        }
        for row in &self.rows {
            self.row(row, &widths, false, &left, &right, out);
        }
        if !self.rows.is_empty() {
            rule(out, inner);
        }
        for child in &self.children {
            child.render(depth + 1, width - 2, out);
        }
    }

    fn row(
        &self,
        cells: &[String],
        widths: &[usize],
        centered: bool,
        left: &str,
        right: &str,
        out: &mut String,
    ) {
        out.push_str(left);
        out.push('|');
        // Written straight into the zeroizing buffer: a cell may be a plaintext.
        for (i, w) in widths.iter().enumerate() {
            if i > 0 {
                out.push('|');
            }
            let cell = cells.get(i).map(String::as_str).unwrap_or("");
            let pad = w.saturating_sub(cell.chars().count());
            if centered {
                out.push_str(&" ".repeat(pad / 2));
                out.push_str(cell);
                out.push_str(&" ".repeat(pad - pad / 2));
            } else {
                out.push_str("  ");
                out.push_str(cell);
                out.push_str(&" ".repeat(pad.saturating_sub(2)));
            }
        }
        out.push('|');
        out.push_str(right);
        out.push('\n');
    }
}

fn center(text: &str, width: usize) -> String {
    let len = text.chars().count();
    let pad = width.saturating_sub(len);
    format!("{}{text}{}", " ".repeat(pad / 2), " ".repeat(pad - pad / 2))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn table_output_is_boxed_and_aligned() {
        let mut out = String::new();
        format(
            "DescribeKey",
            &json!({"KeyMetadata": {"KeyId": "k1", "Enabled": true}}),
            &mut out,
        );
        let widths: Vec<usize> = out.lines().map(|l| l.chars().count()).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{out}");
        assert!(out.contains("DescribeKey"));
        assert!(out.contains("||  KeyId "), "{out}");
    }
}
