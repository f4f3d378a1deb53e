//! The tool's errors: bad input (exit status 2) or an output that cannot be
//! made or written (exit status 1).

use crate::lang::{Lang, Localized};

/// Why a command failed, in the crate's one message format (`"<what was
/// wrong>; <what to do>"`, the rule first where there is one), in the three
/// languages: the library's errors keep their Kazakh and Russian messages
/// ([`Localized`]) all the way to the tool's standard error and batch error
/// objects.
///
/// # Example
/// ```
/// use kz_appeals::cli::CliError;
/// use kz_appeals::{Lang, Localized};
/// let err = CliError::bad_input("2017 is not covered; give a year from 2018 to 2035");
/// assert_eq!(err.exit_status(), 2);
/// assert_eq!(err.to_string(), "2017 is not covered; give a year from 2018 to 2035");
///
/// // A library error, with the context the tool adds, in Russian.
/// let e = kz_appeals::register(&kz_appeals::Calendar::kazakhstan(),
///     chrono::NaiveDate::from_ymd_opt(2040, 1, 1).unwrap()).unwrap_err();
/// let err = CliError::from_localized(&e).context("--received");
/// assert!(err.message(Lang::Ru).starts_with("--received: "));
/// assert_ne!(err.message(Lang::Ru), err.message(Lang::En));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CliError {
    /// Input the tool cannot use: exit status 2.
    BadInput(Message),
    /// The output cannot be made or written: exit status 1.
    Output(String),
}

/// A message in Kazakh, Russian and English.
///
/// The tool's own messages (a file that cannot be read, a usage error) are
/// in English and read the same in every language; the library's errors
/// carry their own three ([`Localized`]).
///
/// # Example
/// ```
/// use kz_appeals::cli::Message;
/// use kz_appeals::Lang;
/// let m = Message::from("no subcommand given; run kz-appeals --help");
/// assert_eq!(m.get(Lang::Kk), m.get(Lang::En));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    kk: String,
    ru: String,
    en: String,
}

impl Message {
    /// A message written in each language.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::cli::Message;
    /// use kz_appeals::Lang;
    /// let m = Message::new("жол жоқ; X", "нет строки; X", "no line; X");
    /// assert_eq!(m.get(Lang::Ru), "нет строки; X");
    /// ```
    #[must_use]
    pub fn new(kk: impl Into<String>, ru: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            kk: kk.into(),
            ru: ru.into(),
            en: en.into(),
        }
    }

    /// What is wrong with a JSON text, from serde_json's error, in each
    /// language: a syntax error with its line and column, an unknown or
    /// missing field, an unknown name, a wrong type. Words that only the
    /// library's own types give (a custom message) are kept as they are.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::cli::Message;
    /// use kz_appeals::Lang;
    /// let e = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
    /// let m = Message::json(&e);
    /// assert_eq!(m.get(Lang::En), "EOF while parsing an object at line 1 column 1");
    /// assert_eq!(m.get(Lang::Ru), "текст обрывается раньше времени, в строке 1, столбце 1");
    /// ```
    #[must_use]
    pub fn json(e: &serde_json::Error) -> Self {
        json_message(e)
    }

    /// Why a file or a stream cannot be read, in each language (the
    /// system's own words for a rare error).
    #[must_use]
    pub fn io(e: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        match e.kind() {
            ErrorKind::NotFound => {
                Message::new("мұндай файл жоқ", "такого файла нет", "no such file")
            }
            ErrorKind::PermissionDenied => Message::new(
                "оқуға рұқсат жоқ",
                "нет прав на чтение",
                "permission denied",
            ),
            ErrorKind::InvalidData => Message::new(
                "мәтін UTF-8 емес",
                "текст не в UTF-8",
                "the text is not UTF-8",
            ),
            ErrorKind::IsADirectory => {
                Message::new("бұл каталог", "это каталог", "it is a directory")
            }
            _ => Message::from(e.to_string()),
        }
    }

    /// The message of `e` in each language.
    #[must_use]
    pub fn localized(e: &impl Localized) -> Self {
        Message {
            kk: e.message(Lang::Kk),
            ru: e.message(Lang::Ru),
            en: e.message(Lang::En),
        }
    }

    /// The message in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }

    /// The message with `what` (the flag, the case, the line the tool was
    /// reading) in front: `"<what>: <message>"`, in every language.
    #[must_use]
    pub fn context(self, what: &str) -> Self {
        let with = |m: String| format!("{what}: {m}");
        Message {
            kk: with(self.kk),
            ru: with(self.ru),
            en: with(self.en),
        }
    }
}

/// The text between the first two backticks of `s`.
fn quoted(s: &str) -> Option<&str> {
    s.split_once('`')?.1.split_once('`').map(|(q, _)| q)
}

/// serde's name of an expected type, in each language.
fn expected_type(what: &str) -> (String, String, String) {
    let w = what.trim();
    let (kk, ru, en) = match w {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => {
            ("бүтін сан", "целое число", "a whole number")
        }
        "a string" | "string" => ("жол (мәтін)", "строка", "a string"),
        "a boolean" => ("true немесе false", "true или false", "true or false"),
        "a sequence" => ("массив", "массив", "an array"),
        "internally tagged enum Line" | "variant identifier" => (
            "\"kind\" өрісі бар JSON объектісі",
            "объект JSON с полем \"kind\"",
            "a JSON object with a \"kind\"",
        ),
        _ if w.starts_with("struct ") || w.starts_with("a map") || w == "map" => {
            ("JSON объектісі", "объект JSON", "a JSON object")
        }
        _ => return (w.to_owned(), w.to_owned(), w.to_owned()),
    };
    (kk.to_owned(), ru.to_owned(), en.to_owned())
}

fn json_message(e: &serde_json::Error) -> Message {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    let full = e.to_string();
    let text = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(t, _)| t)
        .to_owned();
    // English keeps serde's own words, which the tool always wrote (and
    // scripts may match), except where they name Rust's internals (`i32`,
    // "internally tagged enum Line"); Kazakh and Russian say the same.
    let mut keep_english = true;
    let at = |m: Message, keep_english: bool| {
        let (kk, ru, en) = if line == 0 {
            (m.kk, m.ru, m.en)
        } else {
            (
                format!("{}, {line}-жол, {column}-баған", m.kk),
                format!("{}, в строке {line}, столбце {column}", m.ru),
                format!("{}, at line {line}, column {column}", m.en),
            )
        };
        Message {
            kk,
            ru,
            en: if keep_english { full.clone() } else { en },
        }
    };
    let m = match e.classify() {
        Category::Eof => Message::new(
            "мәтін мерзімінен бұрын аяқталады",
            "текст обрывается раньше времени",
            "the text ends too early",
        ),
        Category::Syntax if text == "expected value" => Message::new(
            "мән күтілген (мәтін JSON емес)",
            "ожидалось значение (текст не JSON)",
            "a value was expected (the text is not JSON)",
        ),
        Category::Syntax if text == "trailing characters" => Message::new(
            "JSON-нан кейін артық мәтін бар",
            "лишний текст после JSON",
            "text after the end of the JSON",
        ),
        Category::Syntax | Category::Io => Message::new(
            format!("JSON емес ({text})"),
            format!("не JSON ({text})"),
            format!("not JSON ({text})"),
        ),
        Category::Data => {
            // English keeps serde's own words (names in backticks, as the
            // tool always wrote them); Kazakh and Russian say the same.
            if let (true, Some(name)) = (text.starts_with("unknown field"), quoted(&text)) {
                match text.split_once("expected one of ") {
                    Some((_, known)) => Message::new(
                        format!("белгісіз өріс `{name}`, күтілгені: {known}"),
                        format!("неизвестное поле `{name}`, ожидается одно из: {known}"),
                        text.clone(),
                    ),
                    None => Message::new(
                        format!("белгісіз өріс `{name}` (мұнда өріс жоқ)"),
                        format!("неизвестное поле `{name}` (здесь нет полей)"),
                        text.clone(),
                    ),
                }
            } else if let (true, Some(name)) = (text.starts_with("missing field"), quoted(&text)) {
                Message::new(
                    format!("`{name}` өрісі жоқ"),
                    format!("нет поля `{name}`"),
                    text.clone(),
                )
            } else if let (true, Some(name)) = (text.starts_with("duplicate field"), quoted(&text))
            {
                Message::new(
                    format!("`{name}` өрісі екі рет берілген"),
                    format!("поле `{name}` указано дважды"),
                    text.clone(),
                )
            } else if let (true, Some(name)) = (text.starts_with("unknown variant"), quoted(&text))
            {
                let known = text
                    .split_once("expected one of ")
                    .or_else(|| text.split_once("expected "))
                    .map_or("", |(_, l)| l);
                Message::new(
                    format!("белгісіз атау `{name}`, күтілгені: {known}"),
                    format!("неизвестное имя `{name}`, ожидается одно из: {known}"),
                    text.clone(),
                )
            } else if let Some(rest) = text.strip_prefix("invalid type: ") {
                let (given, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
                let given = given.replace('`', "");
                let (kk, ru, en) = expected_type(expected);
                keep_english = en == expected.trim();
                Message::new(
                    format!("{given} берілген, {kk} күтілген"),
                    format!("дано {given}, ожидается {ru}"),
                    format!("{given} given where {en} was expected"),
                )
            } else if let Some(rest) = text.strip_prefix("invalid value: ") {
                let (given, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
                let given = given.replace('`', "");
                let (kk, ru, en) = expected_type(expected);
                keep_english = en == expected.trim();
                Message::new(
                    format!("{given} жарамсыз, {kk} күтілген"),
                    format!("недопустимое значение {given}, ожидается {ru}"),
                    format!("{given} is not accepted where {en} was expected"),
                )
            } else {
                Message::from(text)
            }
        }
    };
    at(m, keep_english)
}

impl From<String> for Message {
    fn from(m: String) -> Self {
        Message {
            kk: m.clone(),
            ru: m.clone(),
            en: m,
        }
    }
}

impl From<&str> for Message {
    fn from(m: &str) -> Self {
        Message::from(m.to_owned())
    }
}

impl CliError {
    /// Bad input described by the tool itself, the same words in every
    /// language.
    #[must_use]
    pub fn bad_input(message: impl Into<Message>) -> Self {
        CliError::BadInput(message.into())
    }

    /// Bad input that a library error describes, in its three languages.
    #[must_use]
    pub fn from_localized(e: &impl Localized) -> Self {
        CliError::BadInput(Message::localized(e))
    }

    /// The error with `what` in front of its message ([`Message::context`]).
    #[must_use]
    pub fn context(self, what: &str) -> Self {
        match self {
            CliError::BadInput(m) => CliError::BadInput(m.context(what)),
            CliError::Output(m) => CliError::Output(format!("{what}: {m}")),
        }
    }

    /// 2 for bad input, 1 for an output failure.
    ///
    /// # Example
    /// ```
    /// use kz_appeals::cli::CliError;
    /// assert_eq!(CliError::Output("disk full".into()).exit_status(), 1);
    /// ```
    #[must_use]
    pub const fn exit_status(&self) -> u8 {
        match self {
            CliError::BadInput(_) => 2,
            CliError::Output(_) => 1,
        }
    }
}

impl Localized for CliError {
    /// The library's errors in `lang`; the tool's own words in English.
    fn message(&self, lang: Lang) -> String {
        match self {
            CliError::BadInput(m) => m.get(lang).to_owned(),
            CliError::Output(m) => {
                format!("the output cannot be written: {m}; check the disk or the pipe")
            }
        }
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CliError {}
