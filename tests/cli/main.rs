//! End-to-end tests: each runs the real binary on a temp keystore.

// A failed expectation in a test helper is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod aliases;
mod audit;
mod audit_segments;
mod authorization;
mod aws_options;
mod batch;
mod bundles;
mod cli_shape;
mod common;
mod concurrency;
mod crash;
mod create_key;
mod crypto_ops;
mod data_keys;
mod docs;
mod generated;
mod grants;
mod hostile;
mod import;
mod key_agreement;
mod key_files;
mod key_pairs;
mod keystore;
mod lifecycle;
mod listing;
mod managed;
mod multi_region;
mod output_formats;
mod policies;
mod rekey;
mod rotate;
mod schedules;
mod scopes;
mod scripting;
mod secrets;
mod serve;
mod serve_health;
mod serve_tls;
mod shared_folder;
mod shorthand;
mod signing;
mod sigv4;
mod vectors;
