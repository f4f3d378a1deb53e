//! In-process tests of every endpoint, every error status and each language
//! of `detail`: the router called as a tower service, no socket.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use futures_util::StreamExt;
use http_body_util::BodyExt;
use kz_appeals::Calendar;
use kz_appeals::cli::{self, json_line};
use kz_appeals_server::{Limits, State, app};
use serde_json::Value;
use tower::ServiceExt;

struct Reply {
    status: StatusCode,
    content_type: String,
    lang: Option<String>,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn router() -> Router {
    app(Arc::new(State::default()))
}

async fn call(
    app: &Router,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: impl Into<Body>,
) -> Reply {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(req.body(body.into()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let content_type = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let lang = res
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        content_type,
        lang,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

async fn post_json(app: &Router, uri: &str, body: &str) -> Reply {
    call(
        app,
        "POST",
        uri,
        &[("content-type", "application/json")],
        body.to_owned(),
    )
    .await
}

/// The CLI's own output for `args` (as `kz-appeals ARGS` prints it).
fn cli(args: &[&str]) -> (u8, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let io = cli::main::Io {
        stdin: &b""[..],
        stdout: &mut out,
        stderr: &mut err,
        read_file: |p: &std::path::Path| std::fs::read_to_string(p),
    };
    let status = cli::main::run(
        std::iter::once("kz-appeals").chain(args.iter().copied()),
        io,
    );
    (status, String::from_utf8(out).unwrap())
}

fn assert_problem(r: &Reply, status: u16) -> Value {
    assert_eq!(r.status.as_u16(), status, "{}", r.body);
    assert_eq!(r.content_type, "application/problem+json", "{}", r.body);
    let p = r.json();
    assert_eq!(p["status"], status);
    for key in ["type", "title", "detail"] {
        assert!(p[key].as_str().is_some_and(|s| !s.is_empty()), "{key}: {p}");
    }
    // The one message format: "<rule or subject>: <what was wrong>; <what to do>".
    let detail = p["detail"].as_str().unwrap();
    assert!(detail.contains(": ") && detail.contains("; "), "{detail}");
    p
}

#[tokio::test]
async fn deadlines_is_the_cli_byte_for_byte() {
    let app = router();
    let r = post_json(
        &app,
        "/v1/deadlines",
        r#"{"received":"2026-03-21","answered_on":"2026-04-20"}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.content_type, "application/json");
    let (status, out) = cli(&[
        "deadlines",
        "--received",
        "2026-03-21",
        "--answered-on",
        "2026-04-20",
        "--json",
    ]);
    assert_eq!(status, 0);
    assert_eq!(r.body, out);
    assert_eq!(r.json()["response_due"], "2026-04-16");
}

#[tokio::test]
async fn deadlines_language_from_body_then_header() {
    let app = router();
    let body = r#"{"received":"2026-03-21","lang":"kk"}"#;
    let r = call(
        &app,
        "POST",
        "/v1/deadlines",
        &[
            ("content-type", "application/json"),
            ("accept-language", "ru"),
        ],
        body,
    )
    .await;
    let (_, out) = cli(&[
        "deadlines",
        "--received",
        "2026-03-21",
        "--lang",
        "kk",
        "--json",
    ]);
    assert_eq!(r.body, out);
    assert_eq!(r.lang.as_deref(), Some("kk"));
    // No "lang" in the body: Accept-Language by weight.
    let r = call(
        &app,
        "POST",
        "/v1/deadlines",
        &[
            ("content-type", "application/json"),
            ("accept-language", "de,ru-RU;q=0.9,en;q=0.8"),
        ],
        r#"{"received":"2026-03-21"}"#,
    )
    .await;
    let (_, out) = cli(&[
        "deadlines",
        "--received",
        "2026-03-21",
        "--lang",
        "ru",
        "--json",
    ]);
    assert_eq!(r.body, out);
    assert_eq!(r.lang.as_deref(), Some("ru"));
}

#[tokio::test]
async fn agenda_is_the_cli_byte_for_byte() {
    let app = router();
    let file = r#"{"version": 1, "cases": [{"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}]}"#;
    let body = format!(r#"{{"as_of":"2026-04-20","report":"2026-Q2","file":{file}}}"#);
    let r = post_json(&app, "/v1/agenda", &body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let dir = std::env::temp_dir().join(format!("kz-appeals-server-agenda-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cases.json");
    std::fs::write(&path, file).unwrap();
    let (_, out) = cli(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-04-20",
        "--report",
        "2026-Q2",
        "--json",
    ]);
    assert_eq!(r.body, out);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn check_id_is_the_cli_byte_for_byte() {
    let app = router();
    for number in ["850808301235", "850808301234", "080440001234", "12"] {
        let r = post_json(&app, "/v1/check-id", &format!(r#"{{"number":"{number}"}}"#)).await;
        assert_eq!(r.status, StatusCode::OK);
        let (_, out) = cli(&["check-id", number, "--json"]);
        assert_eq!(r.body, out, "{number}");
    }
}

#[tokio::test]
async fn calendar_json_and_ics_are_the_cli() {
    let app = router();
    let r = call(&app, "GET", "/v1/calendar/2026", &[], Body::empty()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body, cli(&["calendar", "2026", "--json"]).1);
    let r = call(
        &app,
        "GET",
        "/v1/calendar/2026.ics",
        &[("accept-language", "kk")],
        Body::empty(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("text/calendar"));
    assert_eq!(
        r.body,
        cli(&["calendar", "2026", "--ics", "--lang", "kk"]).1
    );
    let r = call(
        &app,
        "GET",
        "/v1/calendar/2026.ics?lang=ru",
        &[],
        Body::empty(),
    )
    .await;
    assert_eq!(
        r.body,
        cli(&["calendar", "2026", "--ics", "--lang", "ru"]).1
    );
    let r = call(&app, "GET", "/v1/calendar/2026-05", &[], Body::empty()).await;
    assert_eq!(r.body, cli(&["calendar", "2026-05", "--json"]).1);
    let r = call(&app, "GET", "/v1/calendar/2026-05.ics", &[], Body::empty()).await;
    assert_eq!(r.body, cli(&["calendar", "2026-05", "--ics"]).1);
}

#[tokio::test]
async fn days_say_why_in_each_language() {
    let app = router();
    let mut reasons = Vec::new();
    for lang in ["kk", "ru", "en"] {
        let r = call(
            &app,
            "GET",
            "/v1/days/2026-03-24",
            &[("accept-language", lang)],
            Body::empty(),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let v = r.json();
        assert_eq!(v["date"], "2026-03-24");
        assert_eq!(v["working"], false);
        assert_eq!(v["kind"], "carry_over");
        assert_eq!(v["provisional"], false);
        assert_eq!(v["rules"].as_array().unwrap().len(), 1);
        reasons.push(v["reason"].as_str().unwrap().to_owned());
    }
    assert!(reasons[2].contains("Nauryz"), "{reasons:?}");
    assert!(
        reasons[1].contains("Наурыз") || reasons[1].contains("Наурыз"),
        "{reasons:?}"
    );
    assert_ne!(reasons[0], reasons[1]);
    let v = call(&app, "GET", "/v1/days/2026-03-20", &[], Body::empty())
        .await
        .json();
    assert_eq!(
        (v["working"].as_bool(), v["kind"].as_str()),
        (Some(true), Some("working"))
    );
    let v = call(&app, "GET", "/v1/days/2026-03-28", &[], Body::empty())
        .await
        .json();
    assert_eq!(v["kind"], "weekend");
    assert_eq!(v["rules"], serde_json::json!([]));
}

#[tokio::test]
async fn batch_streams_what_the_cli_writes() {
    let app = router();
    let input = "{\"kind\":\"check_id\",\"number\":\"850808301235\"}\n\n{oops\n{\"kind\":\"calendar\",\"year\":2017}\r\n\
                 {\"kind\":\"deadlines\",\"received\":\"2026-03-21\"}";
    let mut expected = Vec::new();
    let _ = cli::batch::run(&Calendar::kazakhstan(), input.as_bytes(), &mut expected).unwrap();
    for ct in [
        "application/x-ndjson",
        "application/jsonl",
        "application/x-ndjson; charset=utf-8",
    ] {
        let r = call(
            &app,
            "POST",
            "/v1/batch",
            &[("content-type", ct)],
            input.to_owned(),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.body, String::from_utf8(expected.clone()).unwrap());
    }
    // Line by line over a stream of small chunks, a line cut across chunks.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        input.as_bytes().chunks(7).map(|c| Ok(c.to_vec())).collect();
    let body = Body::from_stream(futures_util::stream::iter(chunks));
    let r = call(
        &app,
        "POST",
        "/v1/batch",
        &[("content-type", "application/x-ndjson")],
        body,
    )
    .await;
    assert_eq!(r.body, String::from_utf8(expected).unwrap());
}

#[tokio::test]
async fn health_version_openapi() {
    let app = router();
    let r = call(&app, "GET", "/healthz", &[], Body::empty()).await;
    assert_eq!(
        (r.status, r.body.as_str()),
        (StatusCode::OK, "{\"status\":\"ok\"}\n")
    );
    let v = call(&app, "GET", "/version", &[], Body::empty())
        .await
        .json();
    assert_eq!(v["name"], "kz-appeals-server");
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    let years = v["calendar"].as_array().unwrap();
    assert_eq!(
        years[0],
        serde_json::json!({"year": 2018, "status": "official"})
    );
    assert!(years.iter().any(|y| y["status"] == "projected"));
    assert_eq!(v["updates"], serde_json::json!([]));
    let v = call(&app, "GET", "/openapi.json", &[], Body::empty())
        .await
        .json();
    assert_eq!(v["openapi"], "3.1.0");
}

#[tokio::test]
async fn version_lists_the_updates_applied() {
    let orders: kz_appeals::calendar::YearOrders =
        cli::calendar::parse_update(r#"{"year": 2027, "extra_days_off": []}"#).unwrap();
    let cal = Calendar::kazakhstan().with_update(&orders).unwrap();
    let applied = vec![kz_appeals_server::Applied {
        file: "order.json".into(),
        year: 2027,
    }];
    let app = app(Arc::new(State::new(cal, applied, Limits::default())));
    let v = call(&app, "GET", "/version", &[], Body::empty())
        .await
        .json();
    assert_eq!(
        v["updates"],
        serde_json::json!([{"file": "order.json", "year": 2027}])
    );
}

#[tokio::test]
async fn status_400_not_json_in_three_languages() {
    let app = router();
    let mut details = Vec::new();
    for lang in ["kk", "ru", "en"] {
        let r = call(
            &app,
            "POST",
            "/v1/deadlines",
            &[
                ("content-type", "application/json"),
                ("accept-language", lang),
            ],
            "{\"received\":",
        )
        .await;
        let p = assert_problem(&r, 400);
        assert_eq!(p["type"], "urn:kz-appeals:problem:not-json");
        assert_eq!(p["lang"], lang);
        assert_eq!(p["line"], 1);
        details.push(p["detail"].as_str().unwrap().to_owned());
    }
    assert!(details[2].starts_with("JSON syntax: "), "{details:?}");
    assert_ne!(details[0], details[1]);
    assert_ne!(details[1], details[2]);
    // Not UTF-8, trailing text: not JSON either.
    let r = call(
        &app,
        "POST",
        "/v1/check-id",
        &[("content-type", "application/json")],
        vec![0xffu8, 0xfe],
    )
    .await;
    assert_problem(&r, 400);
    let r = post_json(&app, "/v1/check-id", r#"{"number":"1"} {}"#).await;
    assert_problem(&r, 400);
}

#[tokio::test]
async fn status_400_shape_names_the_field() {
    let app = router();
    let cases = [
        ("/v1/deadlines", r#"{"recieved":"2026-03-21"}"#, "recieved"),
        ("/v1/deadlines", r#"{}"#, "received"),
        ("/v1/deadlines", r#"{"received":5}"#, "received"),
        ("/v1/deadlines", r#"{"received":"2026-3-21"}"#, "received"),
        (
            "/v1/deadlines",
            r#"{"received":"2026-03-21","received":"2026-03-22"}"#,
            "received",
        ),
        ("/v1/check-id", r#"{"numbr":"1"}"#, "numbr"),
        ("/v1/check-id", r#"[1]"#, ""),
        (
            "/v1/agenda",
            r#"{"as_of":"2026-04-20","file":{"version":1,"cases":[{"id":"A","events":[{"on":"2026-03-26","event":"registred"}]}]}}"#,
            "file",
        ),
        (
            "/v1/agenda",
            r#"{"as_of":"2026-04-20","within":-1,"file":{"version":1,"cases":[]}}"#,
            "within",
        ),
    ];
    for (uri, body, field) in cases {
        let r = post_json(&app, uri, body).await;
        let p = assert_problem(&r, 400);
        assert_eq!(p["type"], "urn:kz-appeals:problem:shape", "{body}: {p}");
        if !field.is_empty() {
            assert_eq!(p["field"], field, "{body}: {p}");
        }
    }
    let r = call(&app, "GET", "/v1/calendar/20x6", &[], Body::empty()).await;
    assert_eq!(assert_problem(&r, 400)["field"], "year");
    let r = call(&app, "GET", "/v1/days/2026-3-1", &[], Body::empty()).await;
    assert_eq!(assert_problem(&r, 400)["field"], "date");
}

#[tokio::test]
async fn status_400_shape_in_three_languages() {
    let app = router();
    let mut details = Vec::new();
    for lang in ["kk", "ru", "en"] {
        // The body's "lang" speaks for the body even when it is wrong.
        let body = format!(r#"{{"recieved":"2026-03-21","lang":"{lang}"}}"#);
        let p = assert_problem(&post_json(&app, "/v1/deadlines", &body).await, 400);
        assert_eq!(p["lang"], lang);
        details.push(p["detail"].as_str().unwrap().to_owned());
    }
    assert!(details[0].contains("белгісіз өріс"), "{details:?}");
    assert!(details[1].contains("неизвестное поле"), "{details:?}");
    assert!(details[2].contains("unknown field"), "{details:?}");
}

#[tokio::test]
async fn status_404_and_405() {
    let app = router();
    for lang in ["kk", "ru", "en"] {
        let r = call(
            &app,
            "GET",
            "/v2/nothing",
            &[("accept-language", lang)],
            Body::empty(),
        )
        .await;
        assert_eq!(assert_problem(&r, 404)["lang"], lang);
        let r = call(
            &app,
            "DELETE",
            "/v1/deadlines",
            &[("accept-language", lang)],
            Body::empty(),
        )
        .await;
        assert_eq!(assert_problem(&r, 405)["lang"], lang);
    }
    let r = call(&app, "GET", "/v1/deadlines", &[], Body::empty()).await;
    assert_problem(&r, 405);
    let r = call(&app, "POST", "/healthz", &[], Body::empty()).await;
    assert_problem(&r, 405);
    let r = call(&app, "GET", "/assets/none.js", &[], Body::empty()).await;
    assert_problem(&r, 404);
}

#[tokio::test]
async fn status_413_body_too_large() {
    let limits = Limits {
        body_bytes: 64,
        ..Limits::default()
    };
    let app = app(Arc::new(State::new(
        Calendar::kazakhstan(),
        Vec::new(),
        limits,
    )));
    let big = format!(r#"{{"number":"{}"}}"#, "1".repeat(100));
    for lang in ["kk", "ru", "en"] {
        let r = call(
            &app,
            "POST",
            "/v1/check-id",
            &[
                ("content-type", "application/json"),
                ("accept-language", lang),
            ],
            big.clone(),
        )
        .await;
        assert_eq!(assert_problem(&r, 413)["lang"], lang);
    }
    // Without a Content-Length (a stream): counted as it comes.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        big.as_bytes().chunks(10).map(|c| Ok(c.to_vec())).collect();
    let r = call(
        &app,
        "POST",
        "/v1/check-id",
        &[("content-type", "application/json")],
        Body::from_stream(futures_util::stream::iter(chunks)),
    )
    .await;
    assert_problem(&r, 413);
    // A batch with its length declared: 413; streamed past the limit: an error line ends it.
    let lines = "{\"kind\":\"check_id\",\"number\":\"850808301235\"}\n".repeat(3);
    let r = call(
        &app,
        "POST",
        "/v1/batch",
        &[
            ("content-type", "application/x-ndjson"),
            ("content-length", &lines.len().to_string()),
        ],
        lines.clone(),
    )
    .await;
    assert_problem(&r, 413);
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = lines
        .as_bytes()
        .chunks(46)
        .map(|c| Ok(c.to_vec()))
        .collect();
    let r = call(
        &app,
        "POST",
        "/v1/batch",
        &[("content-type", "application/x-ndjson")],
        Body::from_stream(futures_util::stream::iter(chunks)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let last: Value = serde_json::from_str(r.body.lines().last().unwrap()).unwrap();
    assert_eq!(last["kind"], "error");
    assert!(
        last["error"]["message"]
            .as_str()
            .unwrap()
            .contains("64 bytes")
    );
}

#[tokio::test]
async fn status_415_content_type() {
    let app = router();
    for lang in ["kk", "ru", "en"] {
        let r = call(
            &app,
            "POST",
            "/v1/deadlines",
            &[("accept-language", lang)],
            r#"{"received":"2026-03-21"}"#,
        )
        .await;
        assert_eq!(assert_problem(&r, 415)["lang"], lang);
    }
    let r = call(
        &app,
        "POST",
        "/v1/deadlines",
        &[("content-type", "text/plain")],
        r#"{"received":"2026-03-21"}"#,
    )
    .await;
    assert_problem(&r, 415);
    let r = call(
        &app,
        "POST",
        "/v1/batch",
        &[("content-type", "application/json")],
        "{}",
    )
    .await;
    assert_problem(&r, 415);
    let r = call(&app, "POST", "/v1/batch", &[], "{}").await;
    assert_problem(&r, 415);
    // Parameters are fine.
    let r = call(
        &app,
        "POST",
        "/v1/deadlines",
        &[("content-type", "application/json; charset=utf-8")],
        r#"{"received":"2026-03-21"}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn status_422_the_law_or_the_calendar_refuses() {
    let app = router();
    let mut details = Vec::new();
    for lang in ["kk", "ru", "en"] {
        let body = format!(r#"{{"received":"2040-01-10","lang":"{lang}"}}"#);
        let p = assert_problem(&post_json(&app, "/v1/deadlines", &body).await, 422);
        assert_eq!(p["lang"], lang);
        assert_eq!(p["field"], "received");
        let detail = p["detail"].as_str().unwrap().to_owned();
        assert!(detail.starts_with("received: "), "{detail}");
        // The CLI's message in that language, the flag named as the field.
        let (_, _) = cli(&["deadlines", "--received", "2040-01-10", "--lang", lang]);
        details.push(detail);
    }
    assert_ne!(details[0], details[2]);
    assert_ne!(details[1], details[2]);
    // A date that names no day, in the header's language.
    let r = call(
        &app,
        "POST",
        "/v1/deadlines",
        &[
            ("content-type", "application/json"),
            ("accept-language", "ru"),
        ],
        r#"{"received":"2026-02-30"}"#,
    )
    .await;
    let p = assert_problem(&r, 422);
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("не является днем календаря"),
        "{p}"
    );
    // An impossible sequence of events, a year outside the calendar, a day that does not exist.
    let p = assert_problem(
        &post_json(
            &app,
            "/v1/deadlines",
            r#"{"received":"2026-03-21","answered_on":"2026-03-01"}"#,
        )
        .await,
        422,
    );
    assert_eq!(p["type"], "urn:kz-appeals:problem:refused");
    assert_problem(
        &call(&app, "GET", "/v1/calendar/2036", &[], Body::empty()).await,
        422,
    );
    assert_problem(
        &call(&app, "GET", "/v1/calendar/2036.ics", &[], Body::empty()).await,
        422,
    );
    assert_problem(
        &call(&app, "GET", "/v1/days/2026-02-30", &[], Body::empty()).await,
        422,
    );
    assert_problem(
        &call(&app, "GET", "/v1/days/2017-12-31", &[], Body::empty()).await,
        422,
    );
}

#[tokio::test]
async fn a_byte_order_mark_is_accepted() {
    let app = router();
    let r = post_json(
        &app,
        "/v1/check-id",
        "\u{feff}{\"number\":\"850808301235\"}",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let input = "\u{feff}{\"kind\":\"calendar\",\"year\":2026}\n";
    let r = call(
        &app,
        "POST",
        "/v1/batch",
        &[("content-type", "application/x-ndjson")],
        input,
    )
    .await;
    assert!(
        r.body.starts_with("{\"kind\":\"calendar\",\"line\":1,"),
        "{}",
        r.body
    );
}

#[tokio::test]
async fn a_batch_that_stalls_is_let_go() {
    let limits = Limits {
        request_time: Duration::from_millis(200),
        ..Limits::default()
    };
    let app = app(Arc::new(State::new(
        Calendar::kazakhstan(),
        Vec::new(),
        limits,
    )));
    // One line, then nothing for ever.
    let first = futures_util::stream::iter([Ok::<_, std::io::Error>(
        b"{\"kind\":\"calendar\",\"year\":2026}\n".to_vec(),
    )]);
    let body = Body::from_stream(first.chain(futures_util::stream::pending()));
    let r = tokio::time::timeout(
        Duration::from_secs(10),
        call(
            &app,
            "POST",
            "/v1/batch",
            &[("content-type", "application/x-ndjson")],
            body,
        ),
    )
    .await
    .expect("no hang");
    let lines: Vec<Value> = r
        .body
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", r.body);
    assert_eq!(lines[0]["kind"], "calendar");
    assert_eq!(lines[1]["kind"], "error");
    assert_eq!(lines[1]["line"], 2);
}

/// `POST /v1/evaluate` answers one case byte for byte as the element of
/// `cases` the CLI prints for it: registered Thu 26 March 2026, never
/// answered, on Mon 20 April the answer (due Thu 16 April) is 2 working
/// days overdue and a refusal is deemed from Fri 17 April (APPC art. 91(2)).
#[tokio::test]
async fn evaluate_is_one_case_of_the_cli() {
    let app = router();
    let case = r#"{"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}"#;
    let r = post_json(
        &app,
        "/v1/evaluate",
        &format!(r#"{{"as_of": "2026-04-20", "case": {case}}}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let q: kz_appeals::cli::evaluate::Query = serde_json::from_str(&format!(
        r#"{{"as_of": "2026-04-20", "file": {{"version": 1, "cases": [{case}]}}}}"#
    ))
    .unwrap();
    let all = kz_appeals::cli::evaluate::run(&Calendar::kazakhstan(), &q).unwrap();
    let one = kz_appeals::cli::json_line(&all.cases[0]).unwrap();
    assert_eq!(r.body, one);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["deemed_refusal_from"], "2026-04-17");
    // A typo is a 400; an impossible event (answered before registered) a 422.
    let r = post_json(
        &app,
        "/v1/evaluate",
        r#"{"as_of": "2026-04-20", "kase": {}}"#,
    )
    .await;
    assert_problem(&r, 400);
    let bad = r#"{"as_of": "2026-04-20", "case": {"id": "A", "events": [
        {"on": "2026-03-26", "event": "answered"}]}}"#;
    let r = post_json(&app, "/v1/evaluate", bad).await;
    assert_problem(&r, 422);
}

#[tokio::test]
async fn status_503_when_a_request_takes_too_long() {
    let limits = Limits {
        request_time: Duration::from_millis(1),
        ..Limits::default()
    };
    let app = app(Arc::new(State::new(
        Calendar::kazakhstan(),
        Vec::new(),
        limits,
    )));
    // A large case file: its parsing alone takes more than 1 ms.
    let case = r#"{"id":"A","events":[{"on":"2026-03-26","event":"registered"}]}"#;
    let cases = vec![case; 20_000].join(",");
    let body = format!(r#"{{"as_of":"2026-04-20","file":{{"version":1,"cases":[{cases}]}}}}"#);
    let r = post_json(&app, "/v1/agenda", &body).await;
    let p = assert_problem(&r, 503);
    assert_eq!(p["type"], "urn:kz-appeals:problem:timeout");
}

#[tokio::test]
async fn the_page_paths_ask_the_page() {
    let app = router();
    for path in ["/", "/calendar", "/control", "/assets/app.js"] {
        let r = call(&app, "GET", path, &[], Body::empty()).await;
        match kz_appeals_server::page::asset(path) {
            Some((ct, bytes)) => {
                assert_eq!(r.status, StatusCode::OK);
                assert_eq!(r.content_type, ct);
                assert_eq!(r.body.as_bytes(), bytes);
            }
            None => {
                assert_problem(&r, 404);
            }
        }
    }
}

#[test]
fn json_line_is_the_cli_serializer() {
    // The handlers write with the CLI's own function.
    assert_eq!(
        json_line(&serde_json::json!({"a": [1]})).unwrap(),
        "{\"a\":[1]}\n"
    );
}
