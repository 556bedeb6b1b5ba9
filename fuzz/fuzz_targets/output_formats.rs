#![no_main]

use kms_local::cli::output::{Format, Terminal, render};

// Any JSON value prints as a table, YAML and a YAML stream, or fails with
// the aws CLI's message, without panicking, at any terminal width.
libfuzzer_sys::fuzz_target!(|data: (u8, &str)| {
    let (width, text) = data;
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return;
    };
    let terminal = Terminal {
        width: usize::from(width),
        color: width % 2 == 0,
    };
    for format in [Format::Table, Format::Yaml, Format::YamlStream] {
        let _ = render(format, "Title", &value, &terminal);
    }
});
