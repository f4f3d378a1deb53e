//! Property: for random valid and invalid inputs, the HTTP answer equals the
//! CLI protocol's answer. A body that the protocol answers with a result is
//! answered 200 with the same bytes (and, for `deadlines`, the bytes that
//! `kz-appeals deadlines … --json` prints); a body the protocol refuses is
//! a 400 or a 422 problem, never a 5xx; `/v1/batch` writes what
//! `kz-appeals --batch` writes.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use kz_appeals::Calendar;
use kz_appeals::cli::{self, batch, json_line};
use kz_appeals_server::{State, app};
use proptest::prelude::*;
use tower::ServiceExt;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn call(
    rt: &tokio::runtime::Runtime,
    app: &Router,
    method: &str,
    uri: &str,
    ct: &str,
    body: String,
) -> (u16, String) {
    rt.block_on(async {
        let req = Request::builder()
            .method(method)
            .uri(uri)
            .header("content-type", ct)
            .body(Body::from(body))
            .unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        let status = res.status().as_u16();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    })
}

/// The batch line of `kind` for a body: the body's fields with the kind.
fn line(kind: &str, body: &str) -> String {
    let rest = body.trim_start().strip_prefix('{').unwrap_or(body);
    let sep = if rest.trim_start().starts_with('}') {
        ""
    } else {
        ","
    };
    format!("{{\"kind\":\"{kind}\"{sep}{rest}")
}

/// The CLI's `deadlines … --json` for the fields of `q`.
fn cli_deadlines(q: &serde_json::Map<String, serde_json::Value>) -> (u8, String) {
    let mut args = vec!["kz-appeals".to_owned(), "deadlines".to_owned()];
    for (k, v) in q {
        let flag = format!("--{}", k.replace('_', "-"));
        match v {
            serde_json::Value::Bool(true) => args.push(flag),
            serde_json::Value::Bool(false) => {}
            serde_json::Value::String(s) => {
                args.push(flag);
                args.push(s.clone());
            }
            _ => return (255, String::new()),
        }
    }
    args.push("--json".to_owned());
    let mut out = Vec::new();
    let mut err = Vec::new();
    let io = cli::main::Io {
        stdin: &b""[..],
        stdout: &mut out,
        stderr: &mut err,
        read_file: |_: &std::path::Path| Err(std::io::Error::other("no files")),
    };
    let status = cli::main::run(args, io);
    (status, String::from_utf8(out).unwrap())
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (2016i32..2038, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        1 => "[0-9-]{0,11}",
        1 => Just("2026-02-30".to_owned()),
    ]
}

fn deadlines_body() -> impl Strategy<Value = serde_json::Map<String, serde_json::Value>> {
    let fields = [
        "letter_until",
        "extended_on",
        "answered_on",
        "reception",
        "refusal_on",
        "hearing_notice_sent",
        "correction_until",
    ];
    (
        date(),
        proptest::collection::vec((0usize..fields.len(), date()), 0..4),
        any::<bool>(),
        prop_oneof![6 => Just(None), 1 => Just(Some("kk")), 1 => Just(Some("ru")), 1 => Just(Some("en"))],
        prop_oneof![9 => Just(None), 1 => Just(Some("recieved")), 1 => Just(Some("received"))],
    )
        .prop_map(move |(received, extra, forward, lang, odd)| {
            let mut m = serde_json::Map::new();
            if odd != Some("received") {
                m.insert("received".into(), received.into());
            }
            for (i, d) in extra {
                m.insert(fields[i].into(), d.into());
            }
            if forward {
                m.insert("forward".into(), true.into());
            }
            if let Some(l) = lang {
                m.insert("lang".into(), l.into());
            }
            if odd == Some("recieved") {
                m.insert("recieved".into(), "2026-03-21".into());
            }
            m
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn deadlines_http_equals_the_cli(q in deadlines_body()) {
        let rt = runtime();
        let app = app(Arc::new(State::default()));
        let cal = Calendar::kazakhstan();
        let body = serde_json::Value::Object(q.clone()).to_string();
        let (status, text) = call(&rt, &app, "POST", "/v1/deadlines", "application/json", body.clone());
        match batch::answer(&cal, 1, &line("deadlines", &body)) {
            batch::Answer::Deadlines { result, .. } => {
                prop_assert_eq!(status, 200, "{}", text);
                prop_assert_eq!(&text, &json_line(&result).unwrap());
                // And what the command line prints for the same fields.
                let (cli_status, out) = cli_deadlines(&q);
                prop_assert_eq!(cli_status, 0);
                prop_assert_eq!(&text, &out);
            }
            batch::Answer::Error { .. } => {
                prop_assert!(status == 400 || status == 422, "{} {}", status, text);
                let p: serde_json::Value = serde_json::from_str(&text).unwrap();
                prop_assert_eq!(p["status"].as_u64(), Some(u64::from(status)));
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }

    #[test]
    fn check_id_http_equals_the_cli(number in "[0-9A-Za-z ]{0,14}", kind in prop_oneof![Just(None), Just(Some("iin")), Just(Some("bin")), Just(Some("xyz"))]) {
        let rt = runtime();
        let app = app(Arc::new(State::default()));
        let cal = Calendar::kazakhstan();
        let mut m = serde_json::Map::new();
        m.insert("number".into(), number.into());
        if let Some(k) = kind {
            m.insert("id_kind".into(), k.into());
        }
        let body = serde_json::Value::Object(m).to_string();
        let (status, text) = call(&rt, &app, "POST", "/v1/check-id", "application/json", body.clone());
        match batch::answer(&cal, 1, &line("check_id", &body)) {
            batch::Answer::CheckId { result, .. } => {
                prop_assert_eq!(status, 200);
                prop_assert_eq!(text, json_line(&result).unwrap());
            }
            batch::Answer::Error { .. } => prop_assert_eq!(status, 400, "{}", text),
            other => prop_assert!(false, "{:?}", other),
        }
    }

    #[test]
    fn calendar_http_equals_the_cli(year in 2010i32..2045) {
        let rt = runtime();
        let app = app(Arc::new(State::default()));
        let cal = Calendar::kazakhstan();
        let (status, text) = call(&rt, &app, "GET", &format!("/v1/calendar/{year}"), "text/plain", String::new());
        match batch::answer(&cal, 1, &format!(r#"{{"kind":"calendar","year":{year}}}"#)) {
            batch::Answer::Calendar { result, .. } => {
                prop_assert_eq!(status, 200);
                prop_assert_eq!(text, json_line(&result).unwrap());
            }
            batch::Answer::Error { .. } => prop_assert_eq!(status, 422, "{}", text),
            other => prop_assert!(false, "{:?}", other),
        }
    }

    #[test]
    fn batch_http_equals_the_cli(lines in proptest::collection::vec(prop_oneof![
        Just(r#"{"kind":"check_id","number":"850808301235"}"#.to_owned()),
        (2015i32..2040).prop_map(|y| format!(r#"{{"kind":"calendar","year":{y}}}"#)),
        date().prop_map(|d| format!(r#"{{"kind":"deadlines","received":"{d}"}}"#)),
        Just(String::new()),
        Just("  ".to_owned()),
        "[ -~]{0,20}",
        Just(r#"{"kind":"agenda","as_of":"2026-04-20","file":{"version":1,"cases":[]}}"#.to_owned()),
    ], 0..12), crlf in any::<bool>(), last_newline in any::<bool>()) {
        let rt = runtime();
        let app = app(Arc::new(State::default()));
        let mut input = lines.join(if crlf { "\r\n" } else { "\n" });
        if last_newline {
            input.push('\n');
        }
        let mut expected = Vec::new();
        let _ = batch::run(&Calendar::kazakhstan(), input.as_bytes(), &mut expected).unwrap();
        let (status, text) = call(&rt, &app, "POST", "/v1/batch", "application/x-ndjson", input);
        prop_assert_eq!(status, 200);
        prop_assert_eq!(text, String::from_utf8(expected).unwrap());
    }

    #[test]
    fn no_body_gives_a_5xx(body in "\\PC{0,64}", uri in prop_oneof![
        Just("/v1/deadlines"), Just("/v1/agenda"), Just("/v1/check-id"), Just("/v1/batch")
    ], ct in prop_oneof![Just("application/json"), Just("application/x-ndjson"), Just("text/plain")]) {
        let rt = runtime();
        let app = app(Arc::new(State::default()));
        let (status, text) = call(&rt, &app, "POST", uri, ct, body);
        prop_assert!(status < 500, "{} {}", status, text);
    }
}
