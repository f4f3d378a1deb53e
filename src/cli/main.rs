//! The tool's `main`, with its input and output passed in, so that the
//! binary and the examples share it and the library itself touches no file,
//! no standard stream and no clock.

use std::ffi::OsString;
use std::io::{BufRead, ErrorKind, Write};
use std::path::Path;

use clap::Parser;

use super::{Cli, CliError, Printed, batch};
use crate::calendar::Calendar;

/// Where the tool reads and writes: standard input, standard output,
/// standard error, and a way to read the `--update` file.
pub struct Io<I, O, E, F> {
    /// Standard input (for `--batch`).
    pub stdin: I,
    /// Standard output.
    pub stdout: O,
    /// Standard error.
    pub stderr: E,
    /// Reads a file named on the command line.
    pub read_file: F,
}

fn write_out(out: &mut impl Write, text: &str) -> Result<(), CliError> {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::Output(e.to_string())),
    }
}

/// Runs the tool on `args` (the program name first) and gives its exit
/// status: 0 success, 2 bad input, 1 output failure. Never panics.
///
/// # Example
/// ```
/// use kz_appeals::cli::main::{Io, run};
/// let mut out = Vec::new();
/// let mut err = Vec::new();
/// let io = Io {
///     stdin: &b""[..],
///     stdout: &mut out,
///     stderr: &mut err,
///     read_file: |_: &std::path::Path| Err(std::io::Error::other("no files here")),
/// };
/// assert_eq!(run(["kz-appeals", "check-id", "850808301235", "--json"], io), 0);
/// assert!(String::from_utf8(out)?.contains(r#""valid":true"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn run<A, I, O, E, F>(args: impl IntoIterator<Item = A>, io: Io<I, O, E, F>) -> u8
where
    A: Into<OsString> + Clone,
    I: BufRead,
    O: Write,
    E: Write,
    F: Fn(&Path) -> std::io::Result<String>,
{
    let Io {
        stdin,
        mut stdout,
        mut stderr,
        read_file,
    } = io;
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version go to standard output and exit 0; a
            // usage error goes to standard error and exits 2.
            let (text, status) = (e.render().to_string(), if e.use_stderr() { 2 } else { 0 });
            let sink: &mut dyn Write = if status == 0 {
                &mut stdout
            } else {
                &mut stderr
            };
            let _ = sink.write_all(text.as_bytes());
            return status;
        }
    };
    let result = (|| {
        let cal = Calendar::kazakhstan();
        if cli.batch {
            return batch::run(&cal, stdin, &mut stdout).map(|s| s.exit_status());
        }
        let Some(command) = &cli.command else {
            return Err(CliError::BadInput(
                "no subcommand given; run kz-appeals --help".into(),
            ));
        };
        let update = command
            .update_file()
            .map(|path| {
                read_file(path).map_err(|e| {
                    CliError::BadInput(format!(
                        "the update file {} cannot be read: {e}; give the path of a YearOrders JSON file",
                        path.display()
                    ))
                })
            })
            .transpose()?;
        let Printed {
            stdout: text,
            stderr: message,
            status,
        } = command.execute(&cal, update.as_deref())?;
        write_out(&mut stdout, &text)?;
        if let Some(message) = message {
            let _ = writeln!(stderr, "error: {message}");
        }
        Ok(status)
    })();
    match result {
        Ok(status) => status,
        Err(CliError::Output(e)) if e.contains("Broken pipe") => 0,
        Err(e) => {
            let _ = writeln!(stderr, "error: {e}");
            e.exit_status()
        }
    }
}
