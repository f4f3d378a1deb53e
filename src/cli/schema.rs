//! JSON Schemas (draft 2020-12, made with `schemars`) of each subcommand's
//! JSON output, of the batch lines and of the case files `agenda` reads
//! (`case_file.json`, the stored format of `kz_appeals::case::format`),
//! published in the repository's
//! `schema/` folder so that Java, .NET and Python teams can generate their
//! types. `kz-appeals schema NAME` prints one; a test checks that the
//! published files equal these.

use schemars::{JsonSchema, schema_for};

use super::{CliError, Printed, agenda, batch, calendar, check_id, deadlines, evaluate};
use crate::case::format::Document;

/// The flags of `schema`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Which schema: deadlines, calendar, agenda, evaluate, evaluate_one,
    /// evaluated_case, check_id (or check-id), case_file, batch_line,
    /// batch_answer.
    pub name: String,
}

fn pretty<T: JsonSchema>() -> String {
    let schema = schema_for!(T);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// Every published schema: its file name under `schema/` and its text.
///
/// # Example
/// ```
/// use kz_appeals::cli::schema::published;
/// let names: Vec<_> = published().into_iter().map(|(name, _)| name).collect();
/// assert_eq!(names, [
///     "deadlines.json", "calendar.json", "agenda.json", "evaluate.json",
///     "evaluate_one.json", "evaluated_case.json", "check_id.json",
///     "case_file.json", "batch_line.json", "batch_answer.json",
/// ]);
/// ```
#[must_use]
pub fn published() -> Vec<(&'static str, String)> {
    vec![
        ("deadlines.json", pretty::<deadlines::Output>()),
        ("calendar.json", pretty::<calendar::Output>()),
        ("agenda.json", pretty::<agenda::Output>()),
        ("evaluate.json", pretty::<evaluate::Output>()),
        // The server's `POST /v1/evaluate`: one case in, its evaluation out.
        ("evaluate_one.json", pretty::<evaluate::OneQuery>()),
        ("evaluated_case.json", pretty::<evaluate::CaseOut>()),
        ("check_id.json", pretty::<check_id::Output>()),
        // The stored format `agenda` reads (kz_appeals::case::format).
        ("case_file.json", pretty::<Document>()),
        ("batch_line.json", pretty::<batch::Line>()),
        ("batch_answer.json", pretty::<batch::Answer>()),
    ]
}

/// Runs `schema NAME`.
pub(crate) fn execute(args: &Args) -> Result<Printed, CliError> {
    // `check-id` as the subcommand is typed, `check_id` as the file is named.
    let file = format!("{}.json", args.name.replace('-', "_"));
    published()
        .into_iter()
        .find(|(name, _)| *name == file)
        .map(|(_, text)| Printed {
            stdout: text,
            stderr: None,
            status: 0,
        })
        .ok_or_else(|| {
            let names: Vec<_> = published()
                .into_iter()
                .map(|(n, _)| n.trim_end_matches(".json"))
                .collect();
            CliError::bad_input(format!(
                "unknown schema {:?}; use one of: {}",
                args.name,
                names.join(", ")
            ))
        })
}
