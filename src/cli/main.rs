//! The tool's `main`, with its input and output passed in, so that the
//! binary and the examples share it and the library itself touches no file,
//! no standard stream and no clock.

use std::ffi::OsString;
use std::io::{BufRead, ErrorKind, Write};
use std::path::Path;

use clap::error::{ContextKind, ContextValue, ErrorKind as ClapErrorKind};
use clap::{CommandFactory, Parser};

use super::{Cli, CliError, Command, Printed, batch};
use crate::calendar::Calendar;
use crate::lang::{Lang, Localized};

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
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version go to standard output and exit 0; a
            // usage error goes to standard error and exits 2.
            if !e.use_stderr() {
                let _ = stdout.write_all(e.render().to_string().as_bytes());
                return 0;
            }
            let _ = stderr.write_all(usage_error(&e, subcommand_in(&args)).as_bytes());
            return 2;
        }
    };
    let subcommand = cli.command.as_ref().map(Command::name);
    let lang = cli.command.as_ref().map_or(Lang::En, Command::lang);
    let result = (|| {
        let cal = Calendar::kazakhstan();
        if cli.batch {
            return batch::run(&cal, stdin, &mut stdout).map(|s| s.exit_status());
        }
        let Some(command) = &cli.command else {
            return Err(CliError::bad_input(
                "no subcommand given; run kz-appeals --help",
            ));
        };
        let file = match command.input_file() {
            None => None,
            Some(path) if path == Path::new("-") => {
                let mut text = String::new();
                let mut stdin = stdin;
                stdin.read_to_string(&mut text).map_err(|e| {
                    CliError::bad_input(format!(
                        "standard input cannot be read: {e}; give UTF-8 JSON"
                    ))
                })?;
                Some(text)
            }
            Some(path) => Some(read_file(path).map_err(|e| {
                let what = match command {
                    Command::Calendar(_) => "the path of a YearOrders JSON file",
                    _ => "the path of a case files JSON file, or - for standard input",
                };
                CliError::bad_input(format!(
                    "the file {} cannot be read: {e}; give {what}",
                    path.display()
                ))
            })?),
        };
        // A byte order mark before the JSON (Windows editors) is not an error.
        let file = file.map(|text| match super::without_bom(&text) {
            t if t.len() == text.len() => text,
            t => t.to_owned(),
        });
        let Printed {
            stdout: text,
            stderr: message,
            status,
        } = command.execute(&cal, file.as_deref())?;
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
            let _ = writeln!(stderr, "error: {}", e.message(lang));
            // Bad input to a subcommand: say what it accepts, as a usage
            // error does.
            if let (CliError::BadInput(_), Some(name)) = (&e, subcommand) {
                let _ = stderr.write_all(usage_of(name).as_bytes());
            }
            e.exit_status()
        }
    }
}

/// The usage lines of subcommand `name`: `\nusage: kz-appeals NAME …\n`.
fn usage_of(name: &str) -> String {
    let mut cmd = Cli::command();
    cmd.build();
    let usage = cmd
        .find_subcommand_mut(name)
        .map(|sub| sub.render_usage().to_string())
        .unwrap_or_default();
    usage_lines(&usage, Some(name))
}

/// `usage` as clap renders it (`Usage: kz-appeals …`), in the tool's words.
fn usage_lines(usage: &str, name: Option<&str>) -> String {
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").map_or(usage, str::trim_start);
    if usage.is_empty() {
        return String::new();
    }
    let help = name.map_or("kz-appeals --help".to_owned(), |n| {
        format!("kz-appeals {n} --help")
    });
    format!("\nusage: {usage}\nevery flag: {help}\n")
}

/// The subcommand the arguments name: the first word after the program's
/// name that is one.
fn subcommand_in(args: &[OsString]) -> Option<&'static str> {
    let cmd = Cli::command();
    args.iter().skip(1).find_map(|a| {
        let a = a.to_str()?;
        cmd.get_subcommands()
            .find(|sub| sub.get_name() == a)
            .and_then(|sub| {
                super::SUBCOMMANDS
                    .iter()
                    .copied()
                    .find(|n| *n == sub.get_name())
            })
    })
}

/// The flag of a clap argument as clap shows it (`--received <YYYY-MM-DD>`
/// gives `--received`).
fn flag(shown: &str) -> &str {
    shown.split_whitespace().next().unwrap_or(shown)
}

fn context(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

/// A usage error in the crate's one format, `"error: <what was wrong>; <what
/// to do>"`, then the usage of the subcommand. Text that clap renders in its
/// own words (help asked without a subcommand) is kept as it is.
fn usage_error(e: &clap::Error, subcommand: Option<&str>) -> String {
    let invalid = context(e, ContextKind::InvalidArg);
    let shown = invalid.first().map_or("", |s| flag(s)).to_owned();
    let message = match e.kind() {
        ClapErrorKind::UnknownArgument => {
            let given = context(e, ContextKind::InvalidArg).join(" ");
            let hint = context(e, ContextKind::SuggestedArg)
                .first()
                .map(|s| format!(" (did you mean {s}?)"))
                .unwrap_or_default();
            Some(format!(
                "unknown argument {given:?}{hint}; give only the flags that --help lists"
            ))
        }
        ClapErrorKind::MissingRequiredArgument => Some(
            invalid
                .iter()
                .map(|a| {
                    let a = flag(a);
                    format!("{a} is missing")
                })
                .collect::<Vec<_>>()
                .join(", ")
                + "; "
                + &invalid
                    .iter()
                    .map(|a| format!("{} is required", flag(a)))
                    .collect::<Vec<_>>()
                    .join(", ")
                + ", as the usage below shows",
        ),
        ClapErrorKind::ArgumentConflict => {
            let prior = context(e, ContextKind::PriorArg);
            let prior = prior.first().map_or("", |s| flag(s));
            if prior == shown || prior.is_empty() {
                Some(format!(
                    "{shown} is given twice; give each flag at most once"
                ))
            } else {
                Some(format!(
                    "{shown} cannot be given with {prior}; give one of them"
                ))
            }
        }
        ClapErrorKind::ValueValidation => {
            let value = context(e, ContextKind::InvalidValue).join(" ");
            let why = std::error::Error::source(e)
                .map_or_else(|| format!("{value:?} is not accepted"), ToString::to_string);
            Some(format!("{shown}: {why}"))
        }
        ClapErrorKind::InvalidValue => {
            let value = context(e, ContextKind::InvalidValue).join(" ");
            let valid = context(e, ContextKind::ValidValue).join(", ");
            Some(format!(
                "{shown}: {value:?} is not accepted; give one of: {valid}"
            ))
        }
        _ => None,
    };
    let Some(message) = message else {
        return e.render().to_string();
    };
    let usage = match subcommand {
        Some(name) => usage_of(name),
        None => usage_lines(&Cli::command().render_usage().to_string(), None),
    };
    format!("error: {message}\n{usage}")
}
