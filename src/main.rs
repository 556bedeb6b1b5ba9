use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;

use kms_local::cli::{self, Cli};
use kms_local::error::{Error, Kind};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => {
            // An `aws kms` command line: the aws CLI's report.
            if let Some(report) = cli::usage::translate(&err, &args) {
                eprintln!("\n{}", report.render(""));
                return ExitCode::from(report.kind().exit_code());
            }
            // Help and version are successes; anything else is a bad command
            // line, which the aws CLI reports with 252 (clap would use 2).
            let code = match err.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => 0,
                _ => Kind::Usage.exit_code(),
            };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    let operation = cli.command.operation();
    match kms_local::hygiene::harden().and_then(|()| cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`| head`): nothing left to say to anyone.
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(err) => {
            // The aws CLI v2 puts an empty line before every error.
            eprintln!("\n{}", err.render(operation));
            ExitCode::from(err.kind().exit_code())
        }
    }
}
