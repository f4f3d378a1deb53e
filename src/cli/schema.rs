//! JSON Schemas (draft 2020-12, made with `schemars`) of each subcommand's
//! JSON output and of the batch lines, published in the repository's
//! `schema/` folder so that Java, .NET and Python teams can generate their
//! types. `kz-appeals schema NAME` prints one; a test checks that the
//! published files equal these.

use schemars::{JsonSchema, schema_for};

use super::{CliError, Printed, batch, calendar, check_id};

/// The flags of `schema`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Which schema: calendar, check_id, batch_line, batch_answer.
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
/// assert_eq!(names, ["calendar.json", "check_id.json", "batch_line.json", "batch_answer.json"]);
/// ```
#[must_use]
pub fn published() -> Vec<(&'static str, String)> {
    vec![
        ("calendar.json", pretty::<calendar::Output>()),
        ("check_id.json", pretty::<check_id::Output>()),
        ("batch_line.json", pretty::<batch::Line>()),
        ("batch_answer.json", pretty::<batch::Answer>()),
    ]
}

/// Runs `schema NAME`.
pub(crate) fn execute(args: &Args) -> Result<Printed, CliError> {
    let file = format!("{}.json", args.name);
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
            CliError::BadInput(format!(
                "unknown schema {:?}; use one of: {}",
                args.name,
                names.join(", ")
            ))
        })
}
