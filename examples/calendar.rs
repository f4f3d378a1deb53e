//! Prints a year of the official Kazakhstan working-day calendar: the
//! `kz-appeals calendar` subcommand, run from the crate's own code (no
//! parser of its own).
//!
//! ```text
//! cargo run --features cli --example calendar -- 2026            # days off with reasons, month grid
//! cargo run --features cli --example calendar -- 2026 --lang ru  # the same in Russian (kk, ru, en)
//! cargo run --features cli --example calendar -- 2026 --json     # one JSON object
//! cargo run --features cli --example calendar -- 2026 --ics      # iCalendar
//! ```

use std::process::ExitCode;

use kz_appeals::cli::main::{Io, run};

fn main() -> ExitCode {
    let args = ["kz-appeals".into(), "calendar".into()]
        .into_iter()
        .chain(std::env::args_os().skip(1));
    let io = Io {
        stdin: std::io::stdin().lock(),
        stdout: std::io::stdout().lock(),
        stderr: std::io::stderr().lock(),
        read_file: |path: &std::path::Path| std::fs::read_to_string(path),
    };
    ExitCode::from(run(args, io))
}
