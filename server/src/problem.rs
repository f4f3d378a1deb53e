//! RFC 9457 problem details (`application/problem+json`), with the title in
//! the request's language and the detail in the crate's one message format.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kz_appeals::{Lang, Localized};
use serde::Serialize;

/// What went wrong, one kind per status the service answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 400: the body is not JSON (or not UTF-8).
    NotJson,
    /// 400: JSON, but not the request's shape (an unknown or missing field,
    /// a wrong type, a date not in the form YYYY-MM-DD).
    Shape,
    /// 404: no such path.
    NotFound,
    /// 405: the path does not take this method.
    MethodNotAllowed,
    /// 413: the body is larger than the limit.
    TooLarge,
    /// 415: a missing or wrong `Content-Type`.
    ContentType,
    /// 422: a well-formed request the law or the calendar refuses.
    Refused,
    /// 501: not wired yet.
    NotImplemented,
    /// 503: the request took longer than the limit.
    Timeout,
    /// 500: a fault of the service itself (never expected).
    Internal,
}

impl Kind {
    /// The HTTP status.
    #[must_use]
    pub const fn status(self) -> StatusCode {
        match self {
            Kind::NotJson | Kind::Shape => StatusCode::BAD_REQUEST,
            Kind::NotFound => StatusCode::NOT_FOUND,
            Kind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Kind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Kind::ContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Kind::Refused => StatusCode::UNPROCESSABLE_ENTITY,
            Kind::NotImplemented => StatusCode::NOT_IMPLEMENTED,
            Kind::Timeout => StatusCode::SERVICE_UNAVAILABLE,
            Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem type's URI (a stable name; it need not resolve).
    #[must_use]
    pub const fn uri(self) -> &'static str {
        match self {
            Kind::NotJson => "urn:kz-appeals:problem:not-json",
            Kind::Shape => "urn:kz-appeals:problem:shape",
            Kind::NotFound => "urn:kz-appeals:problem:not-found",
            Kind::MethodNotAllowed => "urn:kz-appeals:problem:method-not-allowed",
            Kind::TooLarge => "urn:kz-appeals:problem:too-large",
            Kind::ContentType => "urn:kz-appeals:problem:content-type",
            Kind::Refused => "urn:kz-appeals:problem:refused",
            Kind::NotImplemented => "urn:kz-appeals:problem:not-implemented",
            Kind::Timeout => "urn:kz-appeals:problem:timeout",
            Kind::Internal => "urn:kz-appeals:problem:internal",
        }
    }

    /// The title in `lang`.
    #[must_use]
    pub const fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::NotJson, Lang::En) => "The body is not JSON",
            (Kind::NotJson, Lang::Ru) => "Тело запроса не является JSON",
            (Kind::NotJson, Lang::Kk) => "Сұраудың денесі JSON емес",
            (Kind::Shape, Lang::En) => "The body is not the request's shape",
            (Kind::Shape, Lang::Ru) => "Тело запроса не соответствует форме запроса",
            (Kind::Shape, Lang::Kk) => "Сұраудың денесі сұрау пішініне сәйкес емес",
            (Kind::NotFound, Lang::En) => "No such path",
            (Kind::NotFound, Lang::Ru) => "Такого пути нет",
            (Kind::NotFound, Lang::Kk) => "Мұндай жол жоқ",
            (Kind::MethodNotAllowed, Lang::En) => "The path does not take this method",
            (Kind::MethodNotAllowed, Lang::Ru) => "Этот путь не принимает данный метод",
            (Kind::MethodNotAllowed, Lang::Kk) => "Бұл жол мұндай әдісті қабылдамайды",
            (Kind::TooLarge, Lang::En) => "The body is too large",
            (Kind::TooLarge, Lang::Ru) => "Тело запроса слишком велико",
            (Kind::TooLarge, Lang::Kk) => "Сұраудың денесі тым үлкен",
            (Kind::ContentType, Lang::En) => "Missing or wrong Content-Type",
            (Kind::ContentType, Lang::Ru) => "Content-Type не указан или неверен",
            (Kind::ContentType, Lang::Kk) => "Content-Type көрсетілмеген немесе қате",
            (Kind::Refused, Lang::En) => "The law or the calendar refuses the request",
            (Kind::Refused, Lang::Ru) => "Закон или календарь не допускает запрос",
            (Kind::Refused, Lang::Kk) => "Заң немесе күнтізбе сұрауға жол бермейді",
            (Kind::NotImplemented, Lang::En) => "Not implemented yet",
            (Kind::NotImplemented, Lang::Ru) => "Еще не реализовано",
            (Kind::NotImplemented, Lang::Kk) => "Әлі іске асырылмаған",
            (Kind::Timeout, Lang::En) => "The request took too long",
            (Kind::Timeout, Lang::Ru) => "Запрос выполнялся слишком долго",
            (Kind::Timeout, Lang::Kk) => "Сұрау тым ұзақ орындалды",
            (Kind::Internal, Lang::En) => "A fault of the service",
            (Kind::Internal, Lang::Ru) => "Сбой сервиса",
            (Kind::Internal, Lang::Kk) => "Сервистің ақауы",
        }
    }
}

/// A problem details object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The problem type's URI.
    #[serde(rename = "type")]
    pub kind_uri: &'static str,
    /// A short title in the request's language.
    pub title: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// What was wrong and what to do, in the request's language.
    pub detail: String,
    /// The field at fault (a path such as `received` or
    /// `file.cases[0].events`), where one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The line at fault (of the body), where one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The column at fault, where one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
    /// The language of `title` and `detail`.
    pub lang: Lang,
    #[serde(skip)]
    kind: Option<Kind>,
}

impl Problem {
    /// A problem of `kind` with `detail`, in `lang`.
    #[must_use]
    pub fn new(kind: Kind, lang: Lang, detail: impl Into<String>) -> Self {
        Problem {
            kind_uri: kind.uri(),
            title: kind.title(lang),
            status: kind.status().as_u16(),
            detail: detail.into(),
            field: None,
            line: None,
            column: None,
            lang,
            kind: Some(kind),
        }
    }

    /// A 422: the library's error `e`, in `lang`.
    #[must_use]
    pub fn refused(e: &impl Localized, lang: Lang) -> Self {
        let detail = e.message(lang);
        // The CLI's messages name the flag (`--received: …`); a body has
        // fields (`received: …`).
        if let Some(rest) = detail.strip_prefix("--")
            && let Some((flag, tail)) = rest.split_once(": ")
            && flag.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        {
            let field = flag.replace('-', "_");
            return Problem::new(Kind::Refused, lang, format!("{field}: {tail}")).field(field);
        }
        Problem::new(Kind::Refused, lang, detail)
    }

    /// The same problem with the field at fault.
    #[must_use]
    pub fn field(mut self, field: impl Into<String>) -> Self {
        let field = field.into();
        if !field.is_empty() && field != "." {
            self.field = Some(field);
        }
        self
    }

    /// The same problem with the line and column at fault.
    #[must_use]
    pub const fn at(mut self, line: u64, column: u64) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Its kind.
    #[must_use]
    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Internal)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.kind().status();
        let mut body = serde_json::to_string(&self).unwrap_or_else(|_| {
            format!(r#"{{"type":"{}","status":{}}}"#, self.kind_uri, self.status)
        });
        body.push('\n');
        let mut res = (status, body).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        res.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(match self.lang {
                Lang::Kk => "kk",
                Lang::Ru => "ru",
                Lang::En => "en",
            }),
        );
        res
    }
}
