//! `kz-appeals`: the command-line tool. All the logic is in
//! `kz_appeals::cli`; this file only reads the arguments, the `--update`
//! file and standard input, and writes standard output.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;
use kz_appeals::Calendar;
use kz_appeals::cli::{Cli, CliError, Printed, batch};

fn write(text: &str) -> Result<(), CliError> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::Output(e.to_string())),
    }
}

fn run(cli: &Cli) -> Result<u8, CliError> {
    let cal = Calendar::kazakhstan();
    if cli.batch {
        let stdin = std::io::stdin().lock();
        let mut stdout = std::io::stdout().lock();
        return match batch::run(&cal, stdin, &mut stdout) {
            Err(CliError::Output(e)) if e.contains("Broken pipe") => Ok(0),
            other => other.map(|s| s.exit_status()),
        };
    }
    let Some(command) = &cli.command else {
        return Err(CliError::BadInput(
            "no subcommand given; run kz-appeals --help".into(),
        ));
    };
    let update = match command.update_file() {
        None => None,
        Some(path) => Some(std::fs::read_to_string(path).map_err(|e| {
            CliError::BadInput(format!(
                "the update file {} cannot be read: {e}; give the path of a YearOrders JSON file",
                path.display()
            ))
        })?),
    };
    let Printed {
        stdout,
        stderr,
        status,
    } = command.execute(&cal, update.as_deref())?;
    write(&stdout)?;
    if let Some(message) = stderr {
        eprintln!("error: {message}");
    }
    Ok(status)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // clap's --help and --version exit 0; a usage error exits 2.
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(&cli) {
        Ok(status) => ExitCode::from(status),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_status())
        }
    }
}
