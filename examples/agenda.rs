//! The agenda of many case files on a date: what is overdue, due today or
//! due within N working days, most urgent first; then the violations so
//! far; with `--report`, the counts of п. 38 for a quarter or a period. The
//! `kz-appeals agenda` subcommand, run from the crate's own code
//! (`kz_appeals::cli::agenda`; no parser of its own).
//!
//! ```text
//! cargo run --features cli --example agenda -- examples/data/cases.json --as-of 2026-12-01
//! cargo run --features cli --example agenda -- examples/data/cases.json --as-of 2026-12-01 --within 5 --lang ru
//! cargo run --features cli --example agenda -- - --as-of 2026-12-01 --report 2026-Q4 --json < examples/data/cases.json
//! ```
//!
//! FILE is the case files' JSON format (`kz_appeals::case::format`); `-`
//! reads standard input. Bad input exits with status 2, naming the case and
//! the event, and nothing is printed on standard output; output that cannot
//! be written, status 1.

use std::process::ExitCode;

use kz_appeals::cli::main::{Io, run};

fn main() -> ExitCode {
    let args = ["kz-appeals".into(), "agenda".into()]
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
