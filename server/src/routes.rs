//! The handlers: each reads its input with the crate's `Query` type, calls
//! the crate's `run`, and writes the answer with
//! [`kz_appeals::cli::json_line`], so that its bytes are the CLI's.

use std::convert::Infallible;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::{FutureExt, StreamExt};
use kz_appeals::cli::{self, agenda, batch, calendar, check_id, deadlines, evaluate, json_line};
use kz_appeals::date::{DateError, parse_date};
use kz_appeals::{Lang, Localized};
use serde::Serialize;

use crate::Shared;
use crate::problem::{Kind, Problem};
use crate::request::{self, JSON, body_lang, body_text, header_lang, parse};

/// A response or a problem.
type Answer = Result<Response, Problem>;

fn lang_tag(lang: Lang) -> HeaderValue {
    HeaderValue::from_static(match lang {
        Lang::Kk => "kk",
        Lang::Ru => "ru",
        Lang::En => "en",
    })
}

/// A 200 with `text` of `content_type`, in `lang`.
fn ok(text: impl Into<Body>, content_type: &'static str, lang: Option<Lang>) -> Response {
    let mut res = (StatusCode::OK, text.into()).into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(lang) = lang {
        res.headers_mut()
            .insert(header::CONTENT_LANGUAGE, lang_tag(lang));
    }
    res
}

/// The JSON line of `value`, as the CLI writes it.
fn json(value: &impl Serialize, lang: Option<Lang>) -> Answer {
    let text = json_line(value).map_err(|e| {
        Problem::new(
            Kind::Internal,
            lang.unwrap_or(Lang::En),
            e.message(Lang::En),
        )
    })?;
    Ok(ok(text, "application/json", lang))
}

/// Whether the body gives its own `"lang"`.
fn gives_lang(text: &str) -> bool {
    text.contains("\"lang\"") && body_lang(text).is_some()
}

fn done(answer: Answer) -> Response {
    answer.unwrap_or_else(IntoResponse::into_response)
}

/// The limits around every request: the concurrency limit and the request
/// time (both within `--timeout`), a fault caught as a 500 rather than a
/// dropped connection, and one log line: method, path, status, time (never
/// the body, never the query string).
pub async fn guard(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let lang = header_lang(req.headers(), req.uri().query());
    let work = async {
        let _permit = st.semaphore.acquire().await;
        AssertUnwindSafe(next.run(req)).catch_unwind().await
    };
    let res = match tokio::time::timeout(st.limits.request_time, work).await {
        Ok(Ok(res)) => res,
        Ok(Err(_)) => Problem::new(
            Kind::Internal,
            lang,
            "the service failed on this request; report it with the request to the maintainers",
        )
        .into_response(),
        Err(_) => {
            let ms = st.limits.request_time.as_millis();
            let detail = match lang {
                Lang::En => format!(
                    "request time: the request took more than {ms} ms; send a smaller request or try again"
                ),
                Lang::Ru => format!(
                    "время запроса: запрос выполнялся дольше {ms} мс; отправьте запрос меньше или повторите"
                ),
                Lang::Kk => format!(
                    "сұрау уақыты: сұрау {ms} мс-тан ұзақ орындалды; кішірек сұрау жіберіңіз немесе қайталаңыз"
                ),
            };
            Problem::new(Kind::Timeout, lang, detail).into_response()
        }
    };
    tracing::info!(
        method = %method,
        path = %path,
        status = res.status().as_u16(),
        micros = u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX),
        "request"
    );
    res
}

/// Runs `work` off the async threads (a case file may be large); if it
/// fails, the answer is a problem, never a dropped connection.
async fn off_thread<F>(lang: Lang, work: F) -> Answer
where
    F: FnOnce() -> Answer + Send + 'static,
{
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|_| {
        let detail = match lang {
            Lang::En => {
                "service: it failed on this request; report it with the request to the maintainers"
            }
            Lang::Ru => {
                "сервис: сбой на этом запросе; сообщите о нем сопровождающим, приложив запрос"
            }
            Lang::Kk => {
                "сервис: осы сұрауда ақау болды; сұрауды қоса беріп, сүйемелдеушілерге хабарлаңыз"
            }
        };
        Err(Problem::new(Kind::Internal, lang, detail))
    })
}

/// `POST /v1/deadlines`: the fields of a `deadlines` batch line; the
/// object of `deadlines --json`.
pub async fn deadlines(
    State(st): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    body: Body,
) -> Response {
    let lang = header_lang(&headers, uri.query());
    done(
        async {
            let text = body_text(&headers, body, JSON, st.limits.body_bytes, lang).await?;
            let mut q: deadlines::Query = parse(&text, lang, "deadlines")?;
            if !gives_lang(&text) {
                q.lang = lang;
            }
            let out = deadlines::run(&st.cal, &q).map_err(|e| Problem::refused(&e, q.lang))?;
            json(&out, Some(q.lang))
        }
        .await,
    )
}

/// `POST /v1/agenda`: `{"as_of", "within"?, "report"?, "file"}`; the
/// object of `agenda --json`. Run off the async threads: a case file may
/// be large.
pub async fn agenda(
    State(st): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    body: Body,
) -> Response {
    let lang = header_lang(&headers, uri.query());
    done(
        async {
            let text = body_text(&headers, body, JSON, st.limits.body_bytes, lang).await?;
            let st = Arc::clone(&st);
            off_thread(lang, move || {
                let mut q: agenda::Query = parse(&text, lang, "agenda")?;
                if !gives_lang(&text) {
                    q.lang = lang;
                }
                let out = agenda::run(&st.cal, &q).map_err(|e| Problem::refused(&e, q.lang))?;
                json(&out, Some(q.lang))
            })
            .await
        }
        .await,
    )
}

/// `POST /v1/check-id`: `{"number", "id_kind"?}`; the object of
/// `check-id --json` (an invalid number is a 200 with `"valid": false`, as
/// the CLI prints it).
pub async fn check_id(
    State(st): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    body: Body,
) -> Response {
    let lang = header_lang(&headers, uri.query());
    done(
        async {
            let text = body_text(&headers, body, JSON, st.limits.body_bytes, lang).await?;
            let q: check_id::Query = parse(&text, lang, "check_id")?;
            json(&check_id::run(&q), Some(lang))
        }
        .await,
    )
}

/// `POST /v1/evaluate`: `{"as_of", "case", "reading"?, "lang"?}`, one case
/// of the case-file format; the answer is that case's evaluation, the same
/// object as one element of `cases` in `kz-appeals evaluate FILE --json`.
pub async fn evaluate(
    State(st): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    body: Body,
) -> Response {
    let lang = header_lang(&headers, uri.query());
    done(
        async {
            let text = body_text(&headers, body, JSON, st.limits.body_bytes, lang).await?;
            let st = Arc::clone(&st);
            off_thread(lang, move || {
                let mut q: evaluate::OneQuery = parse(&text, lang, "evaluate_one")?;
                if !gives_lang(&text) {
                    q.lang = lang;
                }
                let out =
                    evaluate::run_one(&st.cal, &q).map_err(|e| Problem::refused(&e, q.lang))?;
                json(&out, Some(q.lang))
            })
            .await
        }
        .await,
    )
}

/// `GET /v1/calendar/{year}` (`calendar YEAR --json`) and
/// `GET /v1/calendar/{year}.ics` (`calendar YEAR --ics`); a month too
/// (`/v1/calendar/2026-05`, `calendar 2026-05`).
pub async fn calendar(
    State(st): State<Shared>,
    Path(year): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = header_lang(&headers, uri.query());
    done((|| {
        let (digits, ics) = match year.strip_suffix(".ics") {
            Some(y) => (y, true),
            None => (year.as_str(), false),
        };
        let calendar::YearMonth { year, month } = calendar::parse_year_month(digits)
            .map_err(|_| {
                let detail = match lang {
                    Lang::En => format!(
                        "calendar: {digits:?} is not a year or a month; give four digits or a month, as /v1/calendar/2026, /v1/calendar/2026-05 or /v1/calendar/2026.ics"
                    ),
                    Lang::Ru => format!(
                        "calendar: {digits:?} не является ни годом, ни месяцем; укажите год или месяц, например /v1/calendar/2026, /v1/calendar/2026-05 или /v1/calendar/2026.ics"
                    ),
                    Lang::Kk => format!(
                        "calendar: {digits:?} жыл да, ай да емес; жылды немесе айды көрсетіңіз, мысалы /v1/calendar/2026, /v1/calendar/2026-05 немесе /v1/calendar/2026.ics"
                    ),
                };
                Problem::new(Kind::Shape, lang, detail).field("year")
            })?;
        if ics {
            let text = match month {
                None => calendar::ics(&st.cal, year, lang),
                Some(m) => calendar::month_ics(&st.cal, year, m, lang),
            }
            .map_err(|e| {
                Problem::new(
                    Kind::Refused,
                    lang,
                    format!("calendar: {}", e.message(lang)),
                )
                .field("year")
            })?;
            Ok(ok(text, "text/calendar; charset=utf-8", Some(lang)))
        } else {
            let q = calendar::Query {
                year,
                month,
                update: None,
            };
            let out = calendar::run(&st.cal, &q).map_err(|e| {
                Problem::new(
                    Kind::Refused,
                    lang,
                    format!("calendar: {}", e.message(lang)),
                )
                .field("year")
            })?;
            json(&out, None)
        }
    })())
}

/// The answer of `GET /v1/days/{date}`.
#[derive(Debug, Serialize)]
pub(crate) struct DayOut {
    date: chrono::NaiveDate,
    working: bool,
    kind: String,
    reason: String,
    rules: Vec<String>,
    provisional: bool,
}

/// `GET /v1/days/{date}`: whether a day is a working day, and why.
pub async fn day(
    State(st): State<Shared>,
    Path(date): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = header_lang(&headers, uri.query());
    done((|| {
        let d = parse_date(&date).map_err(|e| {
            let kind = match e {
                DateError::NoSuchDay { .. } => Kind::Refused,
                _ => Kind::Shape,
            };
            Problem::new(kind, lang, format!("date: {}", e.message(lang))).field("date")
        })?;
        json(&day_out(&st.cal, d, lang)?, Some(lang))
    })())
}

/// The answer of `GET /v1/days/{date}` for `date` in `lang`.
pub(crate) fn day_out(
    cal: &kz_appeals::Calendar,
    date: chrono::NaiveDate,
    lang: Lang,
) -> Result<DayOut, Problem> {
    let day = cal.day(date).map_err(|e| {
        Problem::new(Kind::Refused, lang, format!("date: {}", e.message(lang))).field("date")
    })?;
    // The day kind's machine name is its serde tag.
    let kind = serde_json::to_value(&day.kind)
        .ok()
        .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned))
        .unwrap_or_default();
    Ok(DayOut {
        date: day.date,
        working: day.is_working(),
        kind,
        reason: day.describe(lang),
        rules: day.citation().map(|c| c.render(lang)).into_iter().collect(),
        provisional: day.is_provisional(),
    })
}

/// `POST /v1/batch`: JSON Lines in, JSON Lines out, each answered as soon
/// as it is read, by the CLI's own [`batch::answer_bytes`]. The body limit
/// counts the whole stream: past it, one error line ends the answer; so
/// does a pause longer than the request time between two pieces of the
/// body.
pub async fn batch(State(st): State<Shared>, headers: HeaderMap, uri: Uri, body: Body) -> Response {
    let lang = header_lang(&headers, uri.query());
    if let Err(p) = request::check_batch_head(&headers, st.limits.body_bytes, lang) {
        return p.into_response();
    }
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(64);
    let limit = st.limits.body_bytes;
    let idle = st.limits.request_time;
    tokio::spawn(async move {
        let mut stream = body.into_data_stream();
        let mut buf: Vec<u8> = Vec::new();
        let mut line_no = 0u64;
        let mut total = 0usize;
        let send =
            |answer: batch::Answer| json_line(&answer).map_or_else(|_| Bytes::new(), Bytes::from);
        loop {
            // A client that sends nothing for the request time is answered
            // with an error line and let go: no batch hangs.
            let chunk = match tokio::time::timeout(idle, stream.next()).await {
                Ok(Some(Ok(c))) => c,
                // The client went away.
                Ok(Some(Err(_))) => return,
                Ok(None) => break,
                Err(_) => {
                    let ms = idle.as_millis();
                    let message = match lang {
                        Lang::En => format!(
                            "request time: nothing came for {ms} ms; send the lines without pausing, or end the body"
                        ),
                        Lang::Ru => format!(
                            "время запроса: {ms} мс ничего не поступало; отправляйте строки без пауз или завершите тело"
                        ),
                        Lang::Kk => format!(
                            "сұрау уақыты: {ms} мс ештеңе келмеді; жолдарды үзіліссіз жіберіңіз немесе денені аяқтаңыз"
                        ),
                    };
                    let answer = batch::Answer::Error {
                        line: line_no.saturating_add(1),
                        error: batch::LineError { message },
                    };
                    let _ = tx.send(send(answer)).await;
                    return;
                }
            };
            total = total.saturating_add(chunk.len());
            if total > limit {
                let message = request::too_large(limit, lang).detail;
                let answer = batch::Answer::Error {
                    line: line_no.saturating_add(1),
                    error: batch::LineError { message },
                };
                let _ = tx.send(send(answer)).await;
                return;
            }
            buf.extend_from_slice(&chunk);
            let mut start = 0;
            while let Some(pos) = buf[start..].iter().position(|&b| b == b'\n') {
                let end = start + pos + 1;
                line_no = line_no.saturating_add(1);
                if let Some(answer) = batch::answer_bytes(&st.cal, line_no, &buf[start..end])
                    && tx.send(send(answer)).await.is_err()
                {
                    return;
                }
                start = end;
            }
            buf.drain(..start);
        }
        if !buf.is_empty() {
            line_no = line_no.saturating_add(1);
            if let Some(answer) = batch::answer_bytes(&st.cal, line_no, &buf) {
                let _ = tx.send(send(answer)).await;
            }
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|b| (Ok::<_, Infallible>(b), rx))
    });
    ok(Body::from_stream(stream), "application/x-ndjson", None)
}

/// `GET /openapi.json`.
pub async fn openapi(State(st): State<Shared>) -> Response {
    ok(st.openapi.clone(), "application/json", None)
}

/// `GET /healthz`.
pub async fn healthz() -> Response {
    ok("{\"status\":\"ok\"}\n", "application/json", None)
}

#[derive(Debug, Serialize)]
struct YearOut {
    year: i32,
    status: calendar::Status,
}

#[derive(Debug, Serialize)]
struct VersionOut<'a> {
    name: &'static str,
    version: &'static str,
    library: &'static str,
    library_version: String,
    calendar: Vec<YearOut>,
    updates: &'a [crate::Applied],
}

/// `GET /version`: the versions, the calendar's years with their status,
/// the updates applied at start.
pub async fn version(State(st): State<Shared>) -> Response {
    use clap::CommandFactory;
    let library_version = cli::Cli::command()
        .get_version()
        .unwrap_or_default()
        .to_owned();
    let calendar = st
        .cal
        .years()
        .filter_map(|year| {
            st.cal.year_status(year).ok().map(|s| YearOut {
                year,
                status: s.into(),
            })
        })
        .collect();
    let out = VersionOut {
        name: env!("CARGO_PKG_NAME"),
        version: env!("CARGO_PKG_VERSION"),
        library: "kz-appeals",
        library_version,
        calendar,
        updates: &st.updates,
    };
    done(json(&out, None))
}

/// `GET /`, `/calendar`, `/control`, `/assets/{file}`: the browser page's
/// assets ([`crate::page::asset`]).
pub async fn page(headers: HeaderMap, uri: Uri) -> Response {
    match crate::page::asset(uri.path()) {
        Some((content_type, bytes)) => ok(bytes, content_type, None),
        None => not_found(headers, uri).await,
    }
}

/// 404.
pub async fn not_found(headers: HeaderMap, uri: Uri) -> Response {
    let lang = header_lang(&headers, uri.query());
    let path = uri.path();
    let detail = match lang {
        Lang::En => format!("path: there is no {path:?} here; see /openapi.json for the endpoints"),
        Lang::Ru => format!("путь: {path:?} здесь нет; список адресов в /openapi.json"),
        Lang::Kk => format!("жол: мұнда {path:?} жоқ; мекенжайлар тізімі /openapi.json ішінде"),
    };
    Problem::new(Kind::NotFound, lang, detail).into_response()
}

/// 405.
pub async fn method_not_allowed(method: Method, headers: HeaderMap, uri: Uri) -> Response {
    let lang = header_lang(&headers, uri.query());
    let path = uri.path();
    let detail = match lang {
        Lang::En => format!(
            "method: {path:?} does not take {method}; see /openapi.json for the methods it takes"
        ),
        Lang::Ru => {
            format!("метод: {path:?} не принимает {method}; допустимые методы в /openapi.json")
        }
        Lang::Kk => format!(
            "әдіс: {path:?} {method} әдісін қабылдамайды; рұқсат етілген әдістер /openapi.json ішінде"
        ),
    };
    Problem::new(Kind::MethodNotAllowed, lang, detail).into_response()
}
