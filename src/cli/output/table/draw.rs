//! Drawing a table's sections: borders, centred titles and headers,
//! left-aligned cells, the indentation bars of nested sections, and the
//! aws CLI's colours.

use super::Section;
use crate::cli::output::wide::WIDE;

/// How a row cell and an indentation bar look with `--color on`. The aws
/// CLI's stdout then also resets the style after each of its writes (a
/// line's bars, its content and its end are three), which shows in the bytes.
const CELL_STYLE: &str = "\x1b[1m\x1b[34m";
const BAR_STYLE: &str = "\x1b[2m\x1b[33m";
pub(super) const RESET: &str = "\x1b[0m";

/// Writes a section's lines between its indentation bars.
pub(super) struct Lines<'a> {
    bars: String,
    color: bool,
    out: &'a mut String,
}

impl<'a> Lines<'a> {
    pub(super) fn new(indent: usize, color: bool, out: &'a mut String) -> Self {
        let bar = if color {
            format!("{BAR_STYLE}|{RESET}")
        } else {
            "|".to_owned()
        };
        Lines {
            bars: bar.repeat(indent),
            color,
            out,
        }
    }

    fn start(&mut self) {
        self.out.push_str(&self.bars);
        self.reset();
    }

    fn end(&mut self) {
        self.reset();
        self.out.push_str(&self.bars);
        self.reset();
        self.out.push('\n');
        self.reset();
    }

    fn reset(&mut self) {
        if self.color {
            self.out.push_str(RESET);
        }
    }

    pub(super) fn section(&mut self, section: &Section, width: usize) {
        if let Some(title) = section.title.as_deref().filter(|t| !t.is_empty()) {
            self.start();
            center(title, width, "|", self.out);
            self.end();
            if section.headers.is_empty() && section.rows.is_empty() {
                self.start();
                self.out.push('+');
                self.out.push_str(&"-".repeat(width.saturating_sub(2)));
                self.out.push('+');
                self.end();
            }
        }
        if !section.headers.is_empty() {
            let widths = section.column_widths(width);
            self.rule(&widths);
            self.start();
            for (i, (w, header)) in widths.iter().zip(&section.headers).enumerate() {
                center(header, *w, if i == 0 { "|" } else { "" }, self.out);
            }
            self.end();
        }
        if section.rows.is_empty() {
            return;
        }
        let widths = section.column_widths(width);
        if widths.is_empty() {
            return;
        }
        self.rule(&widths);
        for row in &section.rows {
            self.start();
            for (i, (w, cell)) in widths.iter().zip(row).enumerate() {
                self.cell(cell, *w, if i == 0 { "|" } else { "" });
            }
            self.end();
        }
        self.rule(&widths);
    }

    /// `+-----+----+`: a border under which the columns meet.
    fn rule(&mut self, widths: &[usize]) {
        self.start();
        for (i, w) in widths.iter().enumerate() {
            if i == 0 {
                self.out.push('+');
                self.out.push_str(&"-".repeat(w.saturating_sub(2)));
            } else {
                self.out.push_str(&"-".repeat(w.saturating_sub(1)));
            }
            self.out.push('+');
        }
        self.end();
    }

    /// A row's cell, left-aligned after two spaces if they fit; written
    /// straight into the zeroizing buffer, as it may be a plaintext.
    fn cell(&mut self, text: &str, width: usize, left: &str) {
        let len = text_len(text) as isize;
        let (width, left_len) = (width as isize, left.len() as isize);
        let padding = if width - (len + 2 + left_len + 1) >= 0 {
            2
        } else {
            0
        };
        self.out.push_str(left);
        push_spaces(padding, self.out);
        if self.color {
            self.out.push_str(CELL_STYLE);
        }
        self.out.push_str(text);
        if self.color {
            self.out.push_str(RESET);
        }
        push_spaces(width - (left_len + padding + len) - 1, self.out);
        self.out.push('|');
    }
}

/// `text` centred in `width` columns, `left` before it and `|` closing it.
fn center(text: &str, width: usize, left: &str, out: &mut String) {
    let (len, width, left_len) = (text_len(text) as isize, width as isize, left.len() as isize);
    let start = width / 2 - len / 2 - 1;
    out.push_str(left);
    push_spaces(start, out);
    out.push_str(text);
    push_spaces(width - 1 - (left_len + start + len), out);
    out.push('|');
}

fn push_spaces(n: isize, out: &mut String) {
    for _ in 0..n.max(0) {
        out.push(' ');
    }
}

/// Columns a text takes: East Asian wide and ambiguous characters take two.
pub(super) fn text_len(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let code = u32::from(c);
            let wide = WIDE
                .binary_search_by(|&(lo, hi)| {
                    if hi < code {
                        std::cmp::Ordering::Less
                    } else if lo > code {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
                .is_ok();
            if wide { 2 } else { 1 }
        })
        .sum()
}
