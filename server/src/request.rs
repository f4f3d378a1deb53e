//! Reading a request: its language, its content type, its body (within the
//! limit) and its JSON, parsed by the crate's own `Query` types (the same
//! `Deserialize` as the CLI's batch lines: no second parser).

use axum::body::Body;
use axum::http::{HeaderMap, header};
use futures_util::StreamExt;
use kz_appeals::cli::Message;
use kz_appeals::date::{DateError, parse_date};
use kz_appeals::{Lang, Localized, MachineName};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::problem::{Kind, Problem};

/// The language of `Accept-Language` (`ru-RU,ru;q=0.9,en;q=0.8`): the
/// supported language (kk, ru, en) of the highest weight, the first of
/// equal weights; `None` when it names none of them.
///
/// # Example
/// ```
/// use kz_appeals::Lang;
/// use kz_appeals_server::request::accept_language;
/// assert_eq!(accept_language("ru-RU,ru;q=0.9,en;q=0.8"), Some(Lang::Ru));
/// assert_eq!(accept_language("de, en;q=0.5, kk;q=0.7"), Some(Lang::Kk));
/// assert_eq!(accept_language("de"), None);
/// ```
#[must_use]
pub fn accept_language(value: &str) -> Option<Lang> {
    let mut best: Option<(u32, Lang)> = None;
    for item in value.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let Ok(lang) = Lang::from_machine_name(&primary) else {
            continue;
        };
        let mut q = 1000u32;
        for p in parts {
            let p = p.trim();
            if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                q = weight(v.trim()).unwrap_or(0);
            }
        }
        if q == 0 {
            continue;
        }
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map(|(_, l)| l)
}

/// A q-value (`0`, `0.5`, `1.000`) in thousandths.
fn weight(v: &str) -> Option<u32> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let int: u32 = match int {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let mut f = 0u32;
    for (i, b) in frac.bytes().enumerate() {
        f += u32::from(b - b'0') * [100, 10, 1][i];
    }
    let q = int * 1000 + f;
    (q <= 1000).then_some(q)
}

/// The request's language from its headers (and `?lang=`): `lang` in the
/// query string, else `Accept-Language`, else English.
#[must_use]
pub fn header_lang(headers: &HeaderMap, query: Option<&str>) -> Lang {
    if let Some(l) = query.and_then(|q| {
        q.split('&')
            .find_map(|kv| kv.strip_prefix("lang="))
            .and_then(|v| Lang::from_machine_name(v).ok())
    }) {
        return l;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(accept_language)
        .unwrap_or(Lang::En)
}

/// The body's `"lang"`, if the body is a JSON object with a known one.
#[must_use]
pub fn body_lang(text: &str) -> Option<Lang> {
    let v: Value = serde_json::from_str(text).ok()?;
    Lang::from_machine_name(v.get("lang")?.as_str()?).ok()
}

/// Whether the `Content-Type` is one of `accepted` (parameters ignored).
fn content_type_is(headers: &HeaderMap, accepted: &[&str]) -> Result<(), String> {
    let Some(ct) = headers.get(header::CONTENT_TYPE) else {
        return Err("(none)".to_owned());
    };
    let ct = ct.to_str().unwrap_or("");
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if accepted.contains(&essence.as_str()) {
        Ok(())
    } else {
        Err(format!("{ct:?}"))
    }
}

/// A 415 for content type `given` where one of `accepted` was needed.
fn wrong_type(given: &str, accepted: &[&str], lang: Lang) -> Problem {
    let list = accepted.join(", ");
    let detail = match lang {
        Lang::En => format!(
            "Content-Type: {given} is not accepted here; send the body with Content-Type {list}"
        ),
        Lang::Ru => format!(
            "Content-Type: {given} здесь не принимается; отправьте тело с Content-Type {list}"
        ),
        Lang::Kk => format!(
            "Content-Type: {given} мұнда қабылданбайды; денені Content-Type {list} арқылы жіберіңіз"
        ),
    };
    Problem::new(Kind::ContentType, lang, detail).field("Content-Type")
}

/// A 413 for a body over `limit` bytes.
#[must_use]
pub fn too_large(limit: usize, lang: Lang) -> Problem {
    let detail = match lang {
        Lang::En => format!(
            "body limit: the body is larger than {limit} bytes; send a smaller body, or split it (POST /v1/batch takes one query a line)"
        ),
        Lang::Ru => format!(
            "ограничение тела: тело больше {limit} байт; отправьте тело меньше или разделите его (POST /v1/batch принимает по одному запросу в строке)"
        ),
        Lang::Kk => format!(
            "дене шегі: дене {limit} байттан үлкен; кішірек дене жіберіңіз немесе бөліңіз (POST /v1/batch әр жолда бір сұрау қабылдайды)"
        ),
    };
    Problem::new(Kind::TooLarge, lang, detail)
}

/// Checks the content type, then reads the body within `limit` bytes.
///
/// # Errors
/// 415 for a wrong content type, 413 for a body over the limit, 400 for a
/// body that cannot be read or is not UTF-8.
pub async fn body_text(
    headers: &HeaderMap,
    body: Body,
    accepted: &[&str],
    limit: usize,
    lang: Lang,
) -> Result<String, Problem> {
    content_type_is(headers, accepted).map_err(|given| wrong_type(&given, accepted, lang))?;
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        && len > limit as u64
    {
        return Err(too_large(limit, lang));
    }
    let mut bytes = Vec::new();
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            Problem::new(
                Kind::NotJson,
                lang,
                format!("the body cannot be read: {e}; send it again"),
            )
        })?;
        if bytes.len().saturating_add(chunk.len()) > limit {
            return Err(too_large(limit, lang));
        }
        bytes.extend_from_slice(&chunk);
    }
    // A byte order mark before the JSON (Windows editors) is not an error.
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let detail = match lang {
            Lang::En => format!("the body is not UTF-8 text: {e}; send UTF-8 JSON"),
            Lang::Ru => format!("тело не является текстом UTF-8: {e}; отправьте JSON в UTF-8"),
            Lang::Kk => format!("дене UTF-8 мәтіні емес: {e}; UTF-8 JSON жіберіңіз"),
        };
        Problem::new(Kind::NotJson, lang, detail)
    })
}

/// The JSON request content types.
pub const JSON: &[&str] = &["application/json"];

/// The JSON Lines content types of `POST /v1/batch`.
pub const JSON_LINES: &[&str] = &["application/x-ndjson", "application/jsonl"];

/// Parses `text` as `Q`, the crate's own query type.
///
/// # Errors
/// 400 (not JSON, or not `Q`'s shape) or 422 (a date that names no day),
/// in `lang`, naming the field, line and column at fault.
pub fn parse<Q: DeserializeOwned>(text: &str, header: Lang, schema: &str) -> Result<Q, Problem> {
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(q) = <Q as serde::Deserialize>::deserialize(&mut de)
        && de.end().is_ok()
    {
        return Ok(q);
    }
    // The error path only: the body's "lang", then the problem in it.
    let lang = body_lang(text).unwrap_or(header);
    parse_lang(text, lang, schema)
}

fn parse_lang<Q: DeserializeOwned>(text: &str, lang: Lang, schema: &str) -> Result<Q, Problem> {
    let mut de = serde_json::Deserializer::from_str(text);
    let err = match serde_path_to_error::deserialize::<_, Q>(&mut de) {
        Ok(q) => match de.end() {
            Ok(()) => return Ok(q),
            Err(e) => return Err(not_json(&e, lang)),
        },
        Err(e) => e,
    };
    let path = err.path().clone();
    let inner = err.into_inner();
    if !matches!(inner.classify(), serde_json::error::Category::Data) {
        return Err(not_json(&inner, lang));
    }
    // A data error: is the text JSON at all? (A syntax error further on is
    // the first thing to fix.)
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Err(not_json(&e, lang)),
    };
    let field = path.to_string();
    // A date field: the crate's date parser says which mistake it is, in
    // every language.
    let mut at = Some(&value);
    for seg in path.iter() {
        at = match seg {
            serde_path_to_error::Segment::Map { key } => at.and_then(|v| v.get(key)),
            serde_path_to_error::Segment::Seq { index } => at.and_then(|v| v.get(index)),
            _ => at,
        };
    }
    if let Some(Value::String(s)) = at
        && inner.to_string().contains(&format!("{s:?}"))
        && let Err(e) = parse_date(s)
    {
        let kind = match e {
            DateError::NoSuchDay { .. } => Kind::Refused,
            _ => Kind::Shape,
        };
        return Err(Problem::new(kind, lang, format!("{field}: {}", e.message(lang))).field(field));
    }
    Err(shape(&inner, &field, lang, schema))
}

/// A 400 for text that is not JSON, in the crate's words
/// ([`kz_appeals::cli::Message::json`]).
fn not_json(e: &serde_json::Error, lang: Lang) -> Problem {
    let (line, column) = (e.line() as u64, e.column() as u64);
    let what = Message::json(e);
    let what = what.get(lang);
    let detail = match lang {
        Lang::En => format!("JSON syntax: the body is not JSON: {what}; send one JSON object"),
        Lang::Ru => {
            format!("синтаксис JSON: тело не является JSON: {what}; отправьте один объект JSON")
        }
        Lang::Kk => {
            format!("JSON синтаксисі: дене JSON емес: {what}; бір JSON объектісін жіберіңіз")
        }
    };
    Problem::new(Kind::NotJson, lang, detail).at(line, column)
}

/// Text between the first two backticks of `s`.
fn quoted(s: &str) -> Option<&str> {
    let rest = s.split_once('`')?.1;
    Some(rest.split_once('`')?.0)
}

/// A 400 for JSON that is not the request's shape, in the crate's words
/// ([`kz_appeals::cli::Message::json`]), the field at fault named.
fn shape(e: &serde_json::Error, field: &str, lang: Lang, schema: &str) -> Problem {
    let (line, column) = (e.line() as u64, e.column() as u64);
    let msg = e.to_string();
    let what = Message::json(e);
    let what = what.get(lang);
    let detail = match lang {
        Lang::En => format!("{schema}: {what}; see the request's schema in /openapi.json"),
        Lang::Ru => format!("{schema}: {what}; см. схему запроса в /openapi.json"),
        Lang::Kk => format!("{schema}: {what}; /openapi.json ішіндегі сұрау схемасын қараңыз"),
    };
    // An unknown, missing or repeated field is the field at fault.
    let named = quoted(&msg).filter(|_| {
        ["unknown field", "missing field", "duplicate field"]
            .iter()
            .any(|p| msg.starts_with(p))
    });
    let field = match (named, field) {
        (Some(name), "" | ".") => name.to_owned(),
        (Some(name), path) if path == name || path.ends_with(&format!(".{name}")) => {
            path.to_owned()
        }
        (Some(name), path) => format!("{path}.{name}"),
        (None, path) => path.to_owned(),
    };
    Problem::new(Kind::Shape, lang, detail)
        .field(field)
        .at(line, column)
}

/// Checks the head of a `POST /v1/batch`: its content type (JSON Lines)
/// and its declared length.
///
/// # Errors
/// 415 or 413.
pub fn check_batch_head(headers: &HeaderMap, limit: usize, lang: Lang) -> Result<(), Problem> {
    content_type_is(headers, JSON_LINES).map_err(|given| wrong_type(&given, JSON_LINES, lang))?;
    match headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        Some(len) if len > limit as u64 => Err(too_large(limit, lang)),
        _ => Ok(()),
    }
}
