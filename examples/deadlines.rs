//! Every deadline of an appeal, and why: the `kz-appeals deadlines`
//! subcommand, run from the crate's own code (`kz_appeals::cli::deadlines`;
//! no parser of its own).
//!
//! ```text
//! cargo run --features cli --example deadlines -- --received 2026-03-21
//! cargo run --features cli --example deadlines -- --received 2026-03-21 --extended-on 2026-04-10 \
//!     --reception 2026-05-12 --refusal-on 2026-05-08 --lang ru
//! cargo run --features cli --example deadlines -- --received 2026-03-21 --answered-on 2026-04-20 --json
//! cargo run --features cli --example deadlines -- --received 2026-03-21 --reception 2026-05-12 --ics
//! ```
//!
//! The flags, the JSON keys and the exit statuses (0, 2 bad input, 1 output
//! failure) are documented in `kz_appeals::cli::deadlines`; `--help` lists
//! the flags.

use std::process::ExitCode;

use kz_appeals::cli::main::{Io, run};

fn main() -> ExitCode {
    let args = ["kz-appeals".into(), "deadlines".into()]
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
