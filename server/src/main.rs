//! `kz-appeals-server`: the HTTP service. See the README's section "The
//! HTTP service" and `kz_appeals_server::app`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use kz_appeals::cli::calendar::parse_update;
use kz_appeals::{Calendar, Localized};
use kz_appeals_server::{Applied, Limits, State, app};

/// The HTTP service of kz-appeals: deadlines, agenda, check-id, calendar
/// and batch, answered as the CLI answers them.
#[derive(Debug, Parser)]
#[command(name = "kz-appeals-server", version, about)]
struct Args {
    /// The address to listen on (loopback by default; give 0.0.0.0:PORT
    /// only to listen on every interface).
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Apply a published order (a YearOrders JSON file) at start; may be
    /// given more than once. A file that is wrong refuses the start.
    #[arg(long, value_name = "FILE")]
    update: Vec<PathBuf>,
    /// The largest request body, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 10 * 1024 * 1024)]
    body_limit: usize,
    /// The longest time a request may take, in milliseconds (503 after).
    #[arg(long, value_name = "MS", default_value_t = 30_000)]
    timeout_ms: u64,
    /// How many requests are answered at once; more wait their turn.
    #[arg(long, value_name = "N", default_value_t = 512)]
    max_concurrent: usize,
    /// Print the OpenAPI 3.1 document (what GET /openapi.json answers,
    /// with the updates applied) and exit, without listening.
    #[arg(long)]
    openapi: bool,
}

/// The calendar with the updates of `files` applied, in order.
fn calendar(files: &[PathBuf]) -> Result<(Calendar, Vec<Applied>), String> {
    let mut cal = Calendar::kazakhstan();
    let mut applied = Vec::new();
    for file in files {
        let shown = file.display().to_string();
        let text = std::fs::read_to_string(file).map_err(|e| {
            format!("--update {shown}: the file cannot be read: {e}; give the path of a YearOrders JSON file")
        })?;
        let orders = parse_update(&text).map_err(|e| format!("--update {shown}: {e}"))?;
        cal = cal
            .with_update(&orders)
            .map_err(|e| format!("--update {shown}: {}", e.message(kz_appeals::Lang::En)))?;
        applied.push(Applied {
            file: shown,
            year: orders.year,
        });
    }
    Ok((cal, applied))
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}

fn main() -> ExitCode {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let (cal, updates) = match calendar(&args.update) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if args.openapi {
        let doc = kz_appeals_server::openapi::document(&cal);
        println!("{doc}");
        return ExitCode::SUCCESS;
    }
    let limits = Limits {
        body_bytes: args.body_limit,
        request_time: Duration::from_millis(args.timeout_ms.max(1)),
        concurrent: args.max_concurrent.max(1),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: the runtime cannot start: {e}; check the system's limits");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(args.listen).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!(
                    "error: --listen {}: cannot listen: {e}; give a free address, as 127.0.0.1:8080",
                    args.listen
                );
                return ExitCode::from(2);
            }
        };
        let addr = listener.local_addr().unwrap_or(args.listen);
        // One line on standard output, for scripts and the loopback test.
        println!("listening on http://{addr}");
        let state = Arc::new(State::new(cal, updates, limits));
        match axum::serve(listener, app(state))
            .with_graceful_shutdown(shutdown())
            .await
        {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: the service stopped: {e}");
                ExitCode::from(1)
            }
        }
    })
}
