//! The OpenAPI document: OpenAPI 3.1 in structure, every `$ref` resolves,
//! every component is a JSON Schema, the crate's published schemas are in
//! it unchanged (not written twice), and every example validates against
//! its schema (with the `jsonschema` crate).

use kz_appeals::Calendar;
use kz_appeals::cli::schema::published;
use kz_appeals_server::openapi::document;
use serde_json::{Value, json};

fn doc() -> Value {
    document(&Calendar::kazakhstan())
}

fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref") {
                out.push(r);
            }
            m.values().for_each(|x| refs(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

/// A validator for component `name`, resolving references inside the
/// document's components.
fn validator(doc: &Value, schema: &Value) -> jsonschema::Validator {
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "#/$defs/this",
        "$defs": {"this": schema},
        "components": doc["components"],
    });
    jsonschema::validator_for(&root).unwrap_or_else(|e| panic!("{e}: {schema}"))
}

#[test]
fn it_is_openapi_3_1_in_structure() {
    let doc = doc();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/v1/deadlines",
        "/v1/agenda",
        "/v1/check-id",
        "/v1/evaluate",
        "/v1/batch",
        "/v1/calendar/{year}",
        "/v1/days/{date}",
        "/openapi.json",
        "/healthz",
        "/version",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    let methods = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    for (path, item) in paths {
        assert!(path.starts_with('/'));
        for (method, op) in item.as_object().unwrap() {
            assert!(methods.contains(&method.as_str()), "{path} {method}");
            let responses = op["responses"].as_object().unwrap();
            assert!(!responses.is_empty());
            for (status, r) in responses {
                assert!(
                    status.len() == 3 && status.parse::<u16>().is_ok(),
                    "{status}"
                );
                assert!(r["description"].is_string(), "{path} {status}");
            }
            // Every path template parameter is declared.
            for name in path.split('{').skip(1).filter_map(|s| s.split('}').next()) {
                let declared = op["parameters"].as_array().is_some_and(|ps| {
                    ps.iter()
                        .any(|p| p["name"] == name && p["in"] == "path" && p["required"] == true)
                });
                assert!(declared, "{path} {method}: {name}");
            }
        }
    }
}

#[test]
fn every_ref_resolves_and_every_component_compiles() {
    let doc = doc();
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(!all.is_empty());
    for r in all {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external ref {r}"));
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        let _ = validator(&doc, schema);
        assert!(!name.is_empty());
    }
}

#[test]
fn the_crates_schemas_are_the_components() {
    let doc = doc();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let hoisted = |mut v: Value| {
        fn rewrite(v: &mut Value) {
            match v {
                Value::Object(m) => {
                    if let Some(Value::String(r)) = m.get_mut("$ref") {
                        *r = r.replace("#/$defs/", "#/components/schemas/");
                    }
                    m.values_mut().for_each(rewrite);
                }
                Value::Array(a) => a.iter_mut().for_each(rewrite),
                _ => {}
            }
        }
        rewrite(&mut v);
        v
    };
    for (file, text) in published() {
        let mut schema: Value = serde_json::from_str(&text).unwrap();
        let defs = schema.as_object_mut().unwrap().remove("$defs");
        schema.as_object_mut().unwrap().remove("$schema");
        let title = schema["title"].as_str().unwrap().to_owned();
        let name = match title.as_str() {
            "Line" => "BatchLine".to_owned(),
            "Answer" => "BatchAnswer".to_owned(),
            _ => title,
        };
        assert_eq!(schemas[&name], hoisted(schema), "{file}");
        // A definition of the same name is the same in every schema.
        for (def, body) in defs
            .and_then(|d| d.as_object().cloned())
            .unwrap_or_default()
        {
            // (A top-level schema keeps its title; as a definition it has none.)
            let untitled = |mut v: Value| {
                v.as_object_mut().map(|m| m.remove("title"));
                v
            };
            assert_eq!(
                untitled(schemas[&def].clone()),
                untitled(hoisted(body)),
                "{file}: $defs/{def}"
            );
        }
    }
}

#[test]
fn every_example_validates_against_its_schema() {
    let doc = doc();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let mut media = Vec::new();
            if let Some(c) = op["requestBody"]["content"].as_object() {
                media.extend(c.iter());
            }
            for r in op["responses"].as_object().unwrap().values() {
                if let Some(c) = r["content"].as_object() {
                    media.extend(c.iter());
                }
            }
            for (ct, m) in media {
                let Some(example) = m.get("example") else {
                    continue;
                };
                assert!(
                    !example.is_null(),
                    "{method} {path} {ct}: the example could not be computed"
                );
                let v = validator(&doc, &m["schema"]);
                let errors: Vec<String> = v.iter_errors(example).map(|e| e.to_string()).collect();
                assert!(errors.is_empty(), "{method} {path} {ct}: {errors:?}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 8, "{checked}");
    // The named example: a problem.
    let problem = &doc["components"]["examples"]["ShapeProblem"]["value"];
    let v = validator(&doc, &json!({"$ref": "#/components/schemas/Problem"}));
    assert!(v.is_valid(problem), "{problem}");
}

#[test]
fn real_answers_validate_too() {
    // A refusal and a batch answer line, made by the service's own code.
    let doc = doc();
    let problem = serde_json::to_value(kz_appeals_server::Problem::new(
        kz_appeals_server::Kind::Refused,
        kz_appeals::Lang::Kk,
        "x: y; z",
    ))
    .unwrap();
    let v = validator(&doc, &json!({"$ref": "#/components/schemas/Problem"}));
    assert!(v.is_valid(&problem));
    let answer = kz_appeals::cli::batch::answer(
        &Calendar::kazakhstan(),
        1,
        r#"{"kind":"calendar","year":2026}"#,
    );
    let v = validator(&doc, &json!({"$ref": "#/components/schemas/BatchAnswer"}));
    assert!(v.is_valid(&serde_json::to_value(answer).unwrap()));
}
