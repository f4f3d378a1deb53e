//! `kz-appeals-server`: the HTTP service over the `kz-appeals` crate's CLI
//! protocol ([`kz_appeals::cli`]). Every answer is what the CLI prints for
//! the same input, because both call the same protocol functions: the
//! crate's `Query` types parse the bodies, its `run` functions answer, and
//! [`kz_appeals::cli::json_line`] writes the JSON.
//!
//! The router is a library ([`app`]) so that the tests run it in process;
//! the binary (`src/main.rs`) adds the flags, the listener, the logs and
//! the graceful shutdown.

#![forbid(unsafe_code)]

pub mod openapi;
pub mod page;
pub mod problem;
pub mod request;
mod routes;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use kz_appeals::Calendar;
use serde::Serialize;

pub use problem::{Kind, Problem};

/// The service's limits, each with a flag of the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest body accepted, in bytes (10 MiB by default).
    pub body_bytes: usize,
    /// The longest time a request may take before a 503 (30 s by default).
    pub request_time: Duration,
    /// How many requests are answered at once; more wait their turn
    /// (within `request_time`).
    pub concurrent: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 10 * 1024 * 1024,
            request_time: Duration::from_secs(30),
            concurrent: 512,
        }
    }
}

/// A `YearOrders` update applied at start (`--update FILE`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// The file it came from.
    pub file: String,
    /// The year it updates.
    pub year: i32,
}

/// What the service answers from: the calendar (with the updates applied
/// at start), the limits, and the OpenAPI document built once.
#[derive(Debug)]
pub struct State {
    /// The working-day calendar.
    pub cal: Calendar,
    /// The updates applied at start.
    pub updates: Vec<Applied>,
    /// The limits.
    pub limits: Limits,
    openapi: String,
    semaphore: tokio::sync::Semaphore,
}

impl State {
    /// The state for `cal` (updates already applied) and `limits`.
    #[must_use]
    pub fn new(cal: Calendar, updates: Vec<Applied>, limits: Limits) -> Self {
        let openapi = openapi::document(&cal).to_string();
        State {
            semaphore: tokio::sync::Semaphore::new(limits.concurrent.max(1)),
            cal,
            updates,
            limits,
            openapi,
        }
    }
}

impl Default for State {
    fn default() -> Self {
        State::new(Calendar::kazakhstan(), Vec::new(), Limits::default())
    }
}

/// The shared state of the handlers.
pub type Shared = Arc<State>;

/// The router: every endpoint, the page's paths, 404 and 405 as problem
/// details, and the middleware (limits, one log line a request).
pub fn app(state: Shared) -> Router {
    Router::new()
        .route("/v1/deadlines", post(routes::deadlines))
        .route("/v1/agenda", post(routes::agenda))
        .route("/v1/check-id", post(routes::check_id))
        .route("/v1/evaluate", post(routes::evaluate))
        .route("/v1/batch", post(routes::batch))
        .route("/v1/calendar/{year}", get(routes::calendar))
        .route("/v1/days/{date}", get(routes::day))
        .route("/openapi.json", get(routes::openapi))
        .route("/healthz", get(routes::healthz))
        .route("/version", get(routes::version))
        .route("/", get(routes::page))
        .route("/calendar", get(routes::page))
        .route("/control", get(routes::page))
        .route("/assets/{file}", get(routes::page))
        .fallback(routes::not_found)
        .method_not_allowed_fallback(routes::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            routes::guard,
        ))
        .with_state(state)
}
