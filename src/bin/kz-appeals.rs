//! `kz-appeals`: the command-line tool. Everything is in
//! `kz_appeals::cli`; this file only hands it the process's arguments,
//! standard streams and file system.

use std::process::ExitCode;

use kz_appeals::cli::main::{Io, run};

fn main() -> ExitCode {
    let io = Io {
        stdin: std::io::stdin().lock(),
        stdout: std::io::stdout().lock(),
        stderr: std::io::stderr().lock(),
        read_file: |path: &std::path::Path| std::fs::read_to_string(path),
    };
    ExitCode::from(run(std::env::args_os(), io))
}
