//! The tool's `main`, with its input and output passed in, so that the
//! binary and the examples share it and the library itself touches no file,
//! no standard stream and no clock.

use std::ffi::OsString;
use std::io::{BufRead, ErrorKind, Write};
use std::path::Path;

use clap::error::{ContextKind, ContextValue, ErrorKind as ClapErrorKind};
use clap::{CommandFactory, Parser};

use super::{Cli, CliError, Command, Message, Printed, batch};
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
            let lang = lang_in(&args);
            let _ = stderr.write_all(usage_error(&e, subcommand_in(&args), lang).as_bytes());
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
                    let why = Message::io(&e);
                    CliError::BadInput(Message::new(
                        format!(
                            "стандартты кіріс оқылмайды: {}; UTF-8 JSON беріңіз",
                            why.get(Lang::Kk)
                        ),
                        format!(
                            "стандартный ввод не читается: {}; подайте JSON в UTF-8",
                            why.get(Lang::Ru)
                        ),
                        format!(
                            "standard input cannot be read: {}; give UTF-8 JSON",
                            why.get(Lang::En)
                        ),
                    ))
                })?;
                Some(text)
            }
            Some(path) => Some(read_file(path).map_err(|e| {
                let why = Message::io(&e);
                let shown = path.display();
                let (kk, ru, en) = match command {
                    Command::Calendar(_) => (
                        "YearOrders JSON файлының жолын",
                        "путь к файлу JSON YearOrders",
                        "the path of a YearOrders JSON file",
                    ),
                    _ => (
                        "іс файлдарының JSON файлының жолын немесе стандартты кіріс үшін -",
                        "путь к файлу JSON с делами или - для стандартного ввода",
                        "the path of a case files JSON file, or - for standard input",
                    ),
                };
                CliError::BadInput(Message::new(
                    format!(
                        "{shown} файлы оқылмайды: {}; {kk} беріңіз",
                        why.get(Lang::Kk)
                    ),
                    format!(
                        "файл {shown} не читается: {}; укажите {ru}",
                        why.get(Lang::Ru)
                    ),
                    format!(
                        "the file {shown} cannot be read: {}; give {en}",
                        why.get(Lang::En)
                    ),
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
                let _ = stderr.write_all(usage_of(name, lang).as_bytes());
            }
            e.exit_status()
        }
    }
}

/// The language the arguments ask for (`--lang X` or `--lang=X`), read
/// from the raw arguments so that a usage error, which stops clap before
/// the flags are parsed, is in that language too; English otherwise.
fn lang_in(args: &[OsString]) -> Lang {
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next(),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| super::parse_lang(v).ok()) {
            return lang;
        }
    }
    Lang::En
}

/// The usage lines of subcommand `name`: `\nusage: kz-appeals NAME …\n`.
fn usage_of(name: &str, lang: Lang) -> String {
    let mut cmd = Cli::command();
    cmd.build();
    let usage = cmd
        .find_subcommand_mut(name)
        .map(|sub| sub.render_usage().to_string())
        .unwrap_or_default();
    usage_lines(&usage, Some(name), lang)
}

/// `usage` as clap renders it (`Usage: kz-appeals …`), in the tool's words.
fn usage_lines(usage: &str, name: Option<&str>, lang: Lang) -> String {
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").map_or(usage, str::trim_start);
    if usage.is_empty() {
        return String::new();
    }
    let help = name.map_or("kz-appeals --help".to_owned(), |n| {
        format!("kz-appeals {n} --help")
    });
    let (usage_word, every) = match lang {
        Lang::Kk => ("қолданылуы", "барлық жалаушалар"),
        Lang::Ru => ("использование", "все флаги"),
        Lang::En => ("usage", "every flag"),
    };
    format!("\n{usage_word}: {usage}\n{every}: {help}\n")
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
/// to do>"`, in `lang`, then the usage of the subcommand. Text that clap
/// renders in its own words (help asked without a subcommand) is kept as it
/// is.
fn usage_error(e: &clap::Error, subcommand: Option<&str>, lang: Lang) -> String {
    let pick = |kk: String, ru: String, en: String| match lang {
        Lang::Kk => kk,
        Lang::Ru => ru,
        Lang::En => en,
    };
    let invalid = context(e, ContextKind::InvalidArg);
    let mut shown = invalid.first().map_or("", |s| flag(s)).to_owned();
    if shown.is_empty() {
        // A subcommand given with --batch: clap names no argument.
        shown = subcommand.map_or_else(
            || {
                pick(
                    "ішкі команда".into(),
                    "подкоманда".into(),
                    "a subcommand".into(),
                )
            },
            ToOwned::to_owned,
        );
    }
    let message = match e.kind() {
        ClapErrorKind::UnknownArgument => {
            let given = context(e, ContextKind::InvalidArg).join(" ");
            let hint = context(e, ContextKind::SuggestedArg)
                .first()
                .map(|s| {
                    pick(
                        format!(" ({s} болуы мүмкін бе?)"),
                        format!(" (может быть, {s}?)"),
                        format!(" (did you mean {s}?)"),
                    )
                })
                .unwrap_or_default();
            Some(pick(
                format!(
                    "белгісіз аргумент {given:?}{hint}; тек --help тізіміндегі жалаушаларды беріңіз"
                ),
                format!("неизвестный аргумент {given:?}{hint}; укажите только флаги из --help"),
                format!("unknown argument {given:?}{hint}; give only the flags that --help lists"),
            ))
        }
        ClapErrorKind::MissingRequiredArgument => {
            let flags: Vec<&str> = invalid.iter().map(|a| flag(a)).collect();
            let each = |f: &dyn Fn(&str) -> String| {
                flags.iter().map(|a| f(a)).collect::<Vec<_>>().join(", ")
            };
            Some(pick(
                format!(
                    "{}; {}, төмендегі қолданылуы көрсетілгендей",
                    each(&|a| format!("{a} берілмеген")),
                    each(&|a| format!("{a} міндетті"))
                ),
                format!(
                    "{}; {}, как показано ниже",
                    each(&|a| format!("{a} не указан")),
                    each(&|a| format!("{a} обязателен"))
                ),
                format!(
                    "{}; {}, as the usage below shows",
                    each(&|a| format!("{a} is missing")),
                    each(&|a| format!("{a} is required"))
                ),
            ))
        }
        ClapErrorKind::ArgumentConflict => {
            let prior = context(e, ContextKind::PriorArg);
            let prior = prior.first().map_or("", |s| flag(s));
            if prior == shown || prior.is_empty() {
                Some(pick(
                    format!("{shown} екі рет берілген; әр жалаушаны бір реттен артық бермеңіз"),
                    format!("{shown} указан дважды; укажите каждый флаг не более одного раза"),
                    format!("{shown} is given twice; give each flag at most once"),
                ))
            } else {
                Some(pick(
                    format!("{shown} мен {prior} бірге берілмейді; біреуін ғана беріңіз"),
                    format!("{shown} нельзя указывать вместе с {prior}; укажите что-то одно"),
                    format!("{shown} cannot be given with {prior}; give one of them"),
                ))
            }
        }
        ClapErrorKind::ValueValidation => {
            let value = context(e, ContextKind::InvalidValue).join(" ");
            let source = std::error::Error::source(e);
            let why = if let Some(u) = source.and_then(|s| s.downcast_ref::<crate::UnknownName>()) {
                // An unknown name (--lang, --kind): its own three languages.
                u.message(lang)
            } else if source.is_some_and(|s| s.is::<std::num::ParseIntError>()) {
                pick(
                    format!("{value:?} бүтін сан емес; цифрлармен жазыңыз, мысалы 2026"),
                    format!("{value:?} не является целым числом; запишите цифрами, например 2026"),
                    format!("{value:?} is not a whole number; write it in digits, e.g. 2026"),
                )
            } else if let Err(m) = super::calendar::parse_year_month(&value)
                && source.is_some_and(|s| s.to_string() == m)
            {
                pick(
                    format!(
                        "{value:?} жыл да, ай да емес; жылды 2026 немесе айды 2026-05 түрінде беріңіз"
                    ),
                    format!(
                        "{value:?} не является ни годом, ни месяцем; укажите год как 2026 или месяц как 2026-05"
                    ),
                    m,
                )
            } else if let Err(d) = crate::date::parse_date(&value)
                && source.is_some_and(|s| s.to_string() == d.to_string())
            {
                // A date flag: the date parser's own words, in `lang`.
                d.message(lang)
            } else {
                source.map_or_else(
                    || {
                        pick(
                            format!("{value:?} қабылданбайды"),
                            format!("{value:?} не принимается"),
                            format!("{value:?} is not accepted"),
                        )
                    },
                    ToString::to_string,
                )
            };
            Some(format!("{shown}: {why}"))
        }
        ClapErrorKind::InvalidValue => {
            let value = context(e, ContextKind::InvalidValue).join(" ");
            let valid = context(e, ContextKind::ValidValue).join(", ");
            Some(pick(
                format!("{shown}: {value:?} қабылданбайды; мыналардың бірін беріңіз: {valid}"),
                format!("{shown}: {value:?} не принимается; укажите одно из: {valid}"),
                format!("{shown}: {value:?} is not accepted; give one of: {valid}"),
            ))
        }
        _ => None,
    };
    let Some(message) = message else {
        return e.render().to_string();
    };
    let usage = match subcommand {
        Some(name) => usage_of(name, lang),
        None => usage_lines(&Cli::command().render_usage().to_string(), None, lang),
    };
    // "error:" stays as it is, a marker for scripts, in every language.
    format!("error: {message}\n{usage}")
}
