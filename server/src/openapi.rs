//! `GET /openapi.json`: an OpenAPI 3.1 document whose component schemas
//! are the crate's published JSON Schemas ([`published`]), not written a
//! second time: each schema's `$defs` become components, and the request
//! bodies are the batch line's variants less their `"kind"`. The examples
//! are answers the crate computes when the document is built, so they
//! cannot drift from the code.

use kz_appeals::cli::schema::published;
use kz_appeals::cli::{agenda, calendar, check_id, deadlines, evaluate};
use kz_appeals::{Calendar, Lang};
use serde_json::{Map, Value, json};

use crate::problem::{Kind, Problem};

/// The request body components, by the batch line's `"kind"`.
const QUERIES: [(&str, &str); 4] = [
    ("deadlines", "DeadlinesQuery"),
    ("calendar", "CalendarQuery"),
    ("agenda", "AgendaQuery"),
    ("check_id", "CheckIdQuery"),
];

/// Rewrites `#/$defs/X` references to `#/components/schemas/X`.
fn rewrite_refs(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get_mut("$ref")
                && let Some(name) = r.strip_prefix("#/$defs/")
            {
                *r = format!("#/components/schemas/{name}");
            }
            for x in m.values_mut() {
                rewrite_refs(x);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}

/// Adds `schema` under `name`, and its `$defs` beside it.
fn add(schemas: &mut Map<String, Value>, name: &str, mut schema: Value) {
    if let Value::Object(m) = &mut schema {
        m.remove("$schema");
        if let Some(Value::Object(defs)) = m.remove("$defs") {
            for (k, mut d) in defs {
                rewrite_refs(&mut d);
                schemas.entry(k).or_insert(d);
            }
        }
    }
    rewrite_refs(&mut schema);
    schemas.insert(name.to_owned(), schema);
}

/// The component schemas: the crate's published schemas (by their titles),
/// the request bodies, and the service's own three (`Problem`, `Day`,
/// `ServiceVersion`).
#[must_use]
pub fn schemas() -> Map<String, Value> {
    let mut schemas = Map::new();
    for (file, text) in published() {
        let Ok(schema) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let title = schema
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or(file.trim_end_matches(".json"))
            .to_owned();
        let name = match title.as_str() {
            "Line" => "BatchLine".to_owned(),
            "Answer" => "BatchAnswer".to_owned(),
            _ => title,
        };
        if name == "BatchLine"
            && let Some(variants) = schema.get("oneOf").and_then(Value::as_array)
        {
            for v in variants {
                let kind = v.pointer("/properties/kind/const").and_then(Value::as_str);
                let Some((_, component)) = QUERIES.iter().find(|(k, _)| Some(*k) == kind) else {
                    continue;
                };
                let mut q = v.clone();
                if let Some(Value::Object(p)) = q.get_mut("properties") {
                    p.remove("kind");
                }
                if let Some(Value::Array(r)) = q.get_mut("required") {
                    r.retain(|x| x != "kind");
                }
                rewrite_refs(&mut q);
                schemas.insert((*component).to_owned(), q);
            }
        }
        add(&mut schemas, &name, schema);
    }
    schemas.insert(
        "Problem".to_owned(),
        json!({
            "description": "RFC 9457 problem details: the title and the detail in the request's language.",
            "type": "object",
            "properties": {
                "type": {"type": "string"},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "detail": {"type": "string"},
                "field": {"type": "string"},
                "line": {"type": "integer", "minimum": 1},
                "column": {"type": "integer", "minimum": 0},
                "lang": {"enum": ["kk", "ru", "en"]}
            },
            "required": ["type", "title", "status", "detail", "lang"],
            "additionalProperties": false
        }),
    );
    schemas.insert(
        "Day".to_owned(),
        json!({
            "description": "A day of the calendar: whether it is a working day, its kind's machine name, the reason in the request's language, the rules.",
            "type": "object",
            "properties": {
                "date": {"type": "string", "format": "date"},
                "working": {"type": "boolean"},
                "kind": {"enum": ["working", "weekend", "holiday", "estimated_holiday", "carry_over", "transferred_day_off", "working_by_transfer", "declared_day_off"]},
                "reason": {"type": "string"},
                "rules": {"type": "array", "items": {"type": "string"}},
                "provisional": {"type": "boolean"}
            },
            "required": ["date", "working", "kind", "reason", "rules", "provisional"],
            "additionalProperties": false
        }),
    );
    schemas.insert(
        "ServiceVersion".to_owned(),
        json!({
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "version": {"type": "string"},
                "library": {"type": "string"},
                "library_version": {"type": "string"},
                "calendar": {"type": "array", "items": {
                    "type": "object",
                    "properties": {"year": {"type": "integer"}, "status": {"$ref": "#/components/schemas/Status"}},
                    "required": ["year", "status"],
                    "additionalProperties": false
                }},
                "updates": {"type": "array", "items": {
                    "type": "object",
                    "properties": {"file": {"type": "string"}, "year": {"type": "integer"}},
                    "required": ["file", "year"],
                    "additionalProperties": false
                }}
            },
            "required": ["name", "version", "library", "library_version", "calendar", "updates"],
            "additionalProperties": false
        }),
    );
    schemas
}

fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn problems(statuses: &[(u16, &str)]) -> Map<String, Value> {
    statuses
        .iter()
        .map(|(s, what)| {
            (
                s.to_string(),
                json!({"description": what, "content": {"application/problem+json": {"schema": schema_ref("Problem")}}}),
            )
        })
        .collect()
}

fn json_op(
    summary: &str,
    request: Option<(&str, Value)>,
    response: &str,
    example: Value,
    errors: &[(u16, &str)],
) -> Value {
    let mut responses = problems(errors);
    responses.insert(
        "200".to_owned(),
        json!({"description": "The answer, as the CLI prints it.",
               "content": {"application/json": {"schema": schema_ref(response), "example": example}}}),
    );
    let mut op = json!({"summary": summary, "responses": responses});
    if let Some((schema, example)) = request {
        op["requestBody"] = json!({"required": true, "content": {"application/json": {
            "schema": schema_ref(schema), "example": example}}});
    }
    op
}

fn example<T: serde::Serialize, E>(r: Result<T, E>) -> Value {
    r.ok()
        .and_then(|v| serde_json::to_value(v).ok())
        .unwrap_or(Value::Null)
}

fn parsed<Q: serde::de::DeserializeOwned>(v: &Value) -> Option<Q> {
    serde_json::from_value(v.clone()).ok()
}

const LANG_PARAMS: &str = "Accept-Language";

/// The OpenAPI 3.1 document, with examples computed on `cal`.
#[must_use]
pub fn document(cal: &Calendar) -> Value {
    let bad = [
        (400, "Not JSON, or not the request's shape."),
        (413, "The body is too large."),
        (415, "A missing or wrong Content-Type."),
        (422, "The law or the calendar refuses the request."),
    ];
    let get_bad = [
        (400, "Not a year or a date in the form YYYY-MM-DD."),
        (422, "Outside the calendar, or no such day."),
    ];
    let d_req = json!({"received": "2026-03-21", "answered_on": "2026-04-20"});
    let d_out = example(
        parsed::<deadlines::Query>(&d_req)
            .ok_or(())
            .and_then(|q| deadlines::run(cal, &q).map_err(|_| ())),
    );
    let a_req = json!({"as_of": "2026-04-20", "report": "2026-Q2", "file": {"version": 1, "cases": [
        {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}]}});
    let e_req = json!({"as_of": "2026-04-20",
        "case": {"id": "A-1", "events": [{"on": "2026-03-26", "event": "registered"}]}});
    let e_out = example(
        parsed::<evaluate::OneQuery>(&e_req)
            .ok_or(())
            .and_then(|q| evaluate::run_one(cal, &q).map_err(|_| ())),
    );
    let a_out = example(
        parsed::<agenda::Query>(&a_req)
            .ok_or(())
            .and_then(|q| agenda::run(cal, &q).map_err(|_| ())),
    );
    let c_req = json!({"number": "850808301235"});
    let c_out = example(
        parsed::<check_id::Query>(&c_req)
            .map(|q| check_id::run(&q))
            .ok_or(()),
    );
    let cal_out = example(calendar::run(
        cal,
        &calendar::Query {
            year: 2026,
            month: None,
            update: None,
        },
    ));
    let day_out = example(
        chrono::NaiveDate::from_ymd_opt(2026, 3, 24)
            .ok_or(())
            .and_then(|d| crate::routes::day_out(cal, d, Lang::En).map_err(|_| ())),
    );
    let problem = serde_json::to_value(Problem::new(
        Kind::Shape,
        Lang::En,
        "deadlines: unknown field \"recieved\"; give only the fields of the request: received, letter_until, extended_on, answered_on, reception, refusal_on, hearing_notice_sent, correction_until, forward, lang",
    ).field("recieved").at(1, 11))
    .unwrap_or(Value::Null);
    let lang_param = json!({"name": LANG_PARAMS, "in": "header", "required": false,
        "description": "kk, ru or en by weight (as browsers send it); the body's \"lang\" wins; English by default.",
        "schema": {"type": "string"}});
    let year_param = json!({"name": "year", "in": "path", "required": true,
        "description": "The year (2026) or a month (2026-05), with .ics (2026.ics) for iCalendar.",
        "schema": {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2})?(\\.ics)?$"}});
    let date_param = json!({"name": "date", "in": "path", "required": true,
        "schema": {"type": "string", "format": "date"}});
    let mut calendar_op = json_op(
        "A year of the calendar (= calendar YEAR --json), or its days off as iCalendar with .ics (= calendar YEAR --ics).",
        None,
        "CalendarOutput",
        cal_out,
        &get_bad,
    );
    calendar_op["parameters"] = json!([year_param, lang_param.clone()]);
    calendar_op["responses"]["200"]["content"]["text/calendar"] =
        json!({"schema": {"type": "string"}});
    let mut day_op = json_op(
        "Whether a day is a working day, and why.",
        None,
        "Day",
        day_out,
        &get_bad,
    );
    day_op["parameters"] = json!([date_param, lang_param.clone()]);
    let with_lang = |mut op: Value| {
        op["parameters"] = json!([lang_param.clone()]);
        op
    };
    let batch_op = json!({
        "summary": "JSON Lines in, JSON Lines out, streamed line by line (= kz-appeals --batch).",
        "parameters": [lang_param],
        "requestBody": {"required": true, "content": {
            "application/x-ndjson": {"schema": {"type": "string"}, "example": "{\"kind\":\"check_id\",\"number\":\"850808301235\"}\n"},
            "application/jsonl": {"schema": {"type": "string"}}}},
        "responses": {
            "200": {"description": "One BatchAnswer a line, in order.",
                    "content": {"application/x-ndjson": {"schema": {"type": "string"},
                        "x-line-schema": schema_ref("BatchAnswer")}}},
            "413": {"description": "The body is too large.", "content": {"application/problem+json": {"schema": schema_ref("Problem")}}},
            "415": {"description": "A missing or wrong Content-Type.", "content": {"application/problem+json": {"schema": schema_ref("Problem")}}}
        }
    });
    json!({
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "kz-appeals-server",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Deadlines, agenda and working-day calendar of the Almaty region's regulation on personal reception (No. 105 of 21.04.2025): the answers of the kz-appeals CLI over HTTP.",
            "license": {"name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0"}
        },
        "servers": [{"url": "http://127.0.0.1:8080"}],
        "paths": {
            "/v1/deadlines": {"post": with_lang(json_op("Every deadline of an appeal (= deadlines --json).", Some(("DeadlinesQuery", d_req)), "DeadlinesOutput", d_out, &bad))},
            "/v1/agenda": {"post": with_lang(json_op("The agenda of case files (= agenda FILE --json).", Some(("AgendaQuery", a_req)), "AgendaOutput", a_out, &bad))},
            "/v1/check-id": {"post": with_lang(json_op("Check an IIN or a BIN (= check-id --json).", Some(("CheckIdQuery", c_req)), "CheckIdOutput", c_out, &bad[..3]))},
            "/v1/evaluate": {"post": with_lang(json_op("One case file measured on a date (= one element of `cases` of evaluate FILE --json).", Some(("EvaluateOneQuery", e_req)), "EvaluatedCase", e_out, &bad))},
            "/v1/batch": {"post": batch_op},
            "/v1/calendar/{year}": {"get": calendar_op},
            "/v1/days/{date}": {"get": day_op},
            "/openapi.json": {"get": {"summary": "This document.", "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/healthz": {"get": {"summary": "Liveness.", "responses": {"200": {"description": "Alive.", "content": {"application/json": {
                "schema": {"type": "object", "properties": {"status": {"const": "ok"}}, "required": ["status"]}, "example": {"status": "ok"}}}}}}},
            "/version": {"get": {"summary": "The versions, the calendar's years and the updates applied.", "responses": {"200": {"description": "Versions.", "content": {"application/json": {"schema": schema_ref("ServiceVersion")}}}}}}
        },
        "components": {
            "schemas": schemas(),
            "examples": {"ShapeProblem": {"summary": "A misspelt field", "value": problem}}
        }
    })
}
