//! Sequential GenerateDataKey(NumberOfBytes=32) calls from one AWS SDK client
//! over one keep-alive connection; prints calls/s and p50/p99 latency as one
//! JSON line.
//!
//! Usage: sdk-client ENDPOINT KEY_ID COUNT MAX_SECONDS [WARMUP]
//! Credentials and region are read from AWS_ACCESS_KEY_ID,
//! AWS_SECRET_ACCESS_KEY and AWS_REGION and given to the client as they are:
//! no provider chain, so nothing is ever asked of a metadata service or a
//! profile file. The endpoint is given explicitly.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use aws_sdk_kms::config::retry::RetryConfig;
use aws_sdk_kms::config::{BehaviorVersion, Credentials, Region};

struct Args {
    endpoint: String,
    key_id: String,
    count: usize,
    max: Duration,
    warmup: usize,
}

fn parse() -> Result<Args, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !(4..=5).contains(&args.len()) {
        return Err("usage: sdk-client ENDPOINT KEY_ID COUNT MAX_SECONDS [WARMUP]".into());
    }
    let number = |s: &str, what: &str| s.parse::<usize>().map_err(|e| format!("{what} {s:?}: {e}"));
    Ok(Args {
        endpoint: args[0].clone(),
        key_id: args[1].clone(),
        count: number(&args[2], "COUNT")?,
        max: Duration::from_secs(number(&args[3], "MAX_SECONDS")? as u64),
        warmup: args.get(4).map_or(Ok(200), |s| number(s, "WARMUP"))?,
    })
}

/// The nearest-rank percentile of sorted latencies, in milliseconds.
fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1e3
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match parse() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    // A plain-http client; retries off, so that a failed call fails the run
    // rather than hiding in the latency.
    let var = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let (id, secret) = match (var("AWS_ACCESS_KEY_ID"), var("AWS_SECRET_ACCESS_KEY")) {
        (Ok(id), Ok(secret)) => (id, secret),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let region = var("AWS_REGION").unwrap_or_else(|_| "us-east-1".into());
    let config = aws_sdk_kms::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .credentials_provider(Credentials::new(id, secret, None, None, "environment"))
        .region(Region::new(region))
        .http_client(aws_smithy_http_client::Builder::new().build_http())
        .endpoint_url(&args.endpoint)
        .retry_config(RetryConfig::disabled())
        .build();
    let client = aws_sdk_kms::Client::from_conf(config);

    let call = || async {
        let out = client
            .generate_data_key()
            .key_id(&args.key_id)
            .number_of_bytes(32)
            .send()
            .await
            .map_err(|e| {
                format!(
                    "GenerateDataKey: {}",
                    aws_sdk_kms::error::DisplayErrorContext(e)
                )
            })?;
        match out.plaintext() {
            Some(p) if p.as_ref().len() == 32 => Ok(()),
            _ => Err("GenerateDataKey: no 32-byte Plaintext in the response".to_string()),
        }
    };

    for _ in 0..args.warmup {
        if let Err(e) = call().await {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    let mut latencies = Vec::with_capacity(args.count);
    let start = Instant::now();
    while latencies.len() < args.count && start.elapsed() < args.max {
        let t = Instant::now();
        if let Err(e) = call().await {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
        latencies.push(t.elapsed());
    }
    let seconds = start.elapsed().as_secs_f64();
    latencies.sort_unstable();
    println!(
        "{{\"endpoint\": \"{}\", \"calls\": {}, \"seconds\": {:.3}, \"calls_per_s\": {:.1}, \"p50_ms\": {:.3}, \"p99_ms\": {:.3}}}",
        args.endpoint,
        latencies.len(),
        seconds,
        latencies.len() as f64 / seconds,
        percentile(&latencies, 50.0),
        percentile(&latencies, 99.0),
    );
    ExitCode::SUCCESS
}
