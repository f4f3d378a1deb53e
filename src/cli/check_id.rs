//! `kz-appeals check-id NUMBER`: an IIN or a BIN, valid, or which part is
//! wrong (see [`crate::identity`]).
//!
//! Which of the two: `--kind iin|bin` says it; without it, digit 5 decides.
//! In a BIN it is the type digit, 4–6; in an IIN it is the first digit of
//! the day of birth, which is never 4–6. So a number whose digit 5 is 4, 5
//! or 6 is checked as a BIN, any other as an IIN.

use chrono::NaiveDate;
use comfy_table::{Table, presets};
use serde::{Deserialize, Serialize};

use super::{CliError, LangArg, Printed, json_line};
use crate::identity::{Bin, IdKind, IdentityError, Iin};
use crate::lang::{Lang, Localized, MachineName, Named};

/// The flags of `check-id`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The number, 12 digits.
    pub number: String,
    /// IIN or BIN; by default digit 5 decides.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<Kind>,
    /// Write one JSON object (schema/check_id.json).
    #[arg(long)]
    pub json: bool,
    /// The language of the text output.
    #[command(flatten)]
    pub lang: LangArg,
}

/// `iin` or `bin`, as users write them (`BIN`, `Iin`).
fn parse_kind(s: &str) -> Result<Kind, crate::UnknownName> {
    IdKind::from_machine_name(&s.to_ascii_lowercase())
        .map(Kind::from)
        .map_err(|e| crate::UnknownName {
            // The name as typed, not as lowered.
            given: s.to_owned(),
            ..e
        })
}

/// IIN or BIN, by machine name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Individual identification number.
    Iin,
    /// Business identification number.
    Bin,
}

crate::lang::machine_names!(Kind, "identification number kind", {
    Kind::Iin => "iin",
    Kind::Bin => "bin",
});

impl From<IdKind> for Kind {
    fn from(k: IdKind) -> Self {
        match k {
            IdKind::Iin => Kind::Iin,
            IdKind::Bin => Kind::Bin,
        }
    }
}

/// The input of `check-id`, as a `--batch` line (`{"kind": "check_id",
/// "number": "850808301235"}`).
///
/// # Example
/// ```
/// use kz_appeals::cli::check_id::{Query, run};
/// let q: Query = serde_json::from_str(r#"{"number": "850808301235"}"#)?;
/// assert!(run(&q).valid);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "CheckIdQuery")]
#[schemars(
    description = "The input of `check-id`: a number as typed, and optionally which kind it is."
)]
pub struct Query {
    /// The number as typed.
    pub number: String,
    /// `iin` or `bin`; by default digit 5 decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_kind: Option<Kind>,
}

/// The part of the number that is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Part {
    /// Not 12 characters.
    Length,
    /// A character that is not a digit.
    NonDigit,
    /// IIN digit 7, the century and sex.
    CenturyDigit,
    /// IIN digits 1–6, the birth date.
    BirthDate,
    /// BIN digits 3–4, the month of registration.
    RegistrationMonth,
    /// BIN digit 5, the type.
    TypeDigit,
    /// BIN digit 6, the attribute.
    AttributeDigit,
    /// Digit 12, the check digit.
    CheckDigit,
    /// Digits 1–11 admit no check digit.
    NoCheckDigit,
}

crate::lang::machine_names!(Part, "part", {
    Part::Length => "length",
    Part::NonDigit => "non_digit",
    Part::CenturyDigit => "century_digit",
    Part::BirthDate => "birth_date",
    Part::RegistrationMonth => "registration_month",
    Part::TypeDigit => "type_digit",
    Part::AttributeDigit => "attribute_digit",
    Part::CheckDigit => "check_digit",
    Part::NoCheckDigit => "no_check_digit",
});

impl From<&IdentityError> for Part {
    fn from(e: &IdentityError) -> Self {
        match e {
            IdentityError::Length { .. } => Part::Length,
            IdentityError::NonDigit { .. } => Part::NonDigit,
            IdentityError::CenturyDigit { .. } => Part::CenturyDigit,
            IdentityError::BirthDate { .. } => Part::BirthDate,
            IdentityError::RegistrationMonth { .. } => Part::RegistrationMonth,
            IdentityError::TypeDigit { .. } => Part::TypeDigit,
            IdentityError::AttributeDigit { .. } => Part::AttributeDigit,
            IdentityError::CheckDigit { .. } => Part::CheckDigit,
            IdentityError::NoCheckDigit { .. } => Part::NoCheckDigit,
        }
    }
}

/// What is wrong, in the three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Wrong {
    /// The part that is wrong.
    pub part: Part,
    /// In English.
    pub message: String,
    /// In Kazakh.
    pub message_kk: String,
    /// In Russian.
    pub message_ru: String,
}

/// What a valid IIN says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IinFacts {
    /// The birth date, digits 1–7.
    pub birth_date: NaiveDate,
    /// `male` or `female`, digit 7.
    pub sex: String,
}

/// What a valid BIN says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BinFacts {
    /// The last two digits of the year of registration.
    pub registration_year_2digit: u8,
    /// The month of registration, 1–12.
    pub registration_month: u8,
    /// The type, digit 5 (`resident_legal_entity`, …).
    pub bin_type: String,
    /// The attribute, digit 6 (`head_office`, …).
    pub attribute: String,
}

/// The JSON of `check-id NUMBER --json`.
///
/// ```json
/// {"number":"850808301235","valid":true,"kind":"iin","iin":{"birth_date":"1985-08-08","sex":"male"}}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "CheckIdOutput")]
#[schemars(
    description = "The output of `kz-appeals check-id NUMBER --json`: valid with what the number says, or which part is wrong."
)]
pub struct Output {
    /// The number as given.
    pub number: String,
    /// Whether it is a valid IIN or BIN.
    pub valid: bool,
    /// Which it was checked as.
    pub kind: Kind,
    /// What a valid IIN says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iin: Option<IinFacts>,
    /// What a valid BIN says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bin: Option<BinFacts>,
    /// What is wrong with an invalid number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Wrong>,
}

/// Which number `number` is taken for: digit 5 of 4–6 is a BIN's type
/// digit (a birth day never begins with 4–6).
fn guess(number: &str) -> Kind {
    match number.chars().nth(4) {
        Some('4' | '5' | '6') => Kind::Bin,
        _ => Kind::Iin,
    }
}

fn wrong(e: &IdentityError) -> Wrong {
    Wrong {
        part: e.into(),
        message: e.message(Lang::En),
        message_kk: e.message(Lang::Kk),
        message_ru: e.message(Lang::Ru),
    }
}

/// Checks the number. Never fails: an invalid number is an answer.
///
/// # Example
/// ```
/// use kz_appeals::cli::check_id::{Kind, Part, Query, run};
/// // 0804 4 0 00123 4: a BIN (digit 5 is 4) with a correct check digit.
/// let out = run(&Query { number: "080440001234".into(), id_kind: None });
/// assert!(out.valid && out.kind == Kind::Bin);
/// // An IIN with a wrong check digit: digits 1-11 give 5.
/// let out = run(&Query { number: "850808301234".into(), id_kind: None });
/// assert_eq!(out.error.map(|e| e.part), Some(Part::CheckDigit));
/// ```
#[must_use]
pub fn run(query: &Query) -> Output {
    let number = query.number.clone();
    let kind = query.id_kind.unwrap_or_else(|| guess(&number));
    let mut out = Output {
        number,
        valid: false,
        kind,
        iin: None,
        bin: None,
        error: None,
    };
    match kind {
        Kind::Iin => match out.number.parse::<Iin>() {
            Ok(iin) => {
                out.valid = true;
                out.iin = Some(IinFacts {
                    birth_date: iin.birth_date(),
                    sex: iin.sex().to_string(),
                });
            }
            Err(e) => out.error = Some(wrong(&e)),
        },
        Kind::Bin => match out.number.parse::<Bin>() {
            Ok(bin) => {
                out.valid = true;
                out.bin = Some(BinFacts {
                    registration_year_2digit: bin.registration_year_2digit(),
                    registration_month: bin.registration_month(),
                    bin_type: bin.bin_type().to_string(),
                    attribute: bin.attribute().to_string(),
                });
            }
            Err(e) => out.error = Some(wrong(&e)),
        },
    }
    out
}

/// The check as text in `lang`.
///
/// # Example
/// ```
/// use kz_appeals::{Lang, cli::check_id::{Query, run, text}};
/// let out = run(&Query { number: "850808301235".into(), id_kind: None });
/// assert!(text(&out, Lang::En).contains("valid"));
/// ```
#[must_use]
pub fn text(out: &Output, lang: Lang) -> String {
    let kind = match out.kind {
        Kind::Iin => IdKind::Iin,
        Kind::Bin => IdKind::Bin,
    };
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    let (valid, invalid) = match lang {
        Lang::Kk => ("жарамды", "жарамсыз"),
        Lang::Ru => ("действителен", "недействителен"),
        Lang::En => ("valid", "not valid"),
    };
    let verdict = if out.valid { valid } else { invalid };
    table.add_row(vec![
        kind.name(lang).to_owned(),
        out.number.clone(),
        verdict.to_owned(),
    ]);
    if let Some(iin) = &out.iin {
        table.add_row(vec![
            String::new(),
            iin.birth_date.to_string(),
            iin.sex.clone(),
        ]);
    }
    if let Some(bin) = &out.bin {
        table.add_row(vec![
            String::new(),
            format!(
                "{:02}/{:02}",
                bin.registration_month, bin.registration_year_2digit
            ),
            format!("{}, {}", bin.bin_type, bin.attribute),
        ]);
    }
    let mut s: String = table
        .lines()
        .map(|l| l.trim_end().to_owned() + "\n")
        .collect();
    if let Some(e) = &out.error {
        let m = match lang {
            Lang::Kk => &e.message_kk,
            Lang::Ru => &e.message_ru,
            Lang::En => &e.message,
        };
        s.push_str(m);
        s.push('\n');
    }
    s
}

/// Runs `check-id` with its flags: exit status 0 for a valid number, 2 for
/// an invalid one (the answer is still written, and after `--json` the
/// message also goes to standard error).
pub(crate) fn execute(args: &Args) -> Result<Printed, CliError> {
    let out = run(&Query {
        number: args.number.clone(),
        id_kind: args.kind,
    });
    let stdout = if args.json {
        json_line(&out)?
    } else {
        text(&out, args.lang.lang)
    };
    Ok(Printed {
        stdout,
        // The text already says what is wrong; after JSON, a line for people.
        stderr: out
            .error
            .as_ref()
            .filter(|_| args.json)
            .map(|e| e.message.clone()),
        status: if out.valid { 0 } else { 2 },
    })
}
