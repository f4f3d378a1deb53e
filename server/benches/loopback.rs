//! Requests per second of `POST /v1/deadlines` over loopback with
//! keep-alive, and the latency's p50 and p99: reported, not asserted.
//!
//! The service runs in this process on its own tokio runtime (2 worker
//! threads), on a free port of 127.0.0.1; the clients are plain threads with
//! one keep-alive connection each (`tests/common`), so client and service
//! share the machine's cores, as on a back office's host.
//!
//! ```sh
//! cargo bench -p kz-appeals-server --bench loopback
//! ```
//!
//! Criterion measures one connection's round trip; then, for 1, 4 and 16
//! connections, a 3-second run prints the requests per second and the
//! p50/p99 latency of every request.

#[path = "../tests/common/mod.rs"]
mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::Client;
use criterion::{Criterion, Throughput};
use kz_appeals_server::{State, app};

const BODY: &[u8] = br#"{"received":"2026-03-21","reception":"2026-05-12"}"#;

/// Starts the service; its runtime lives as long as the process.
fn serve() -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a free port");
            tx.send(listener.local_addr().expect("an address"))
                .expect("the bench waits");
            axum::serve(listener, app(Arc::new(State::default())))
                .await
                .expect("the service runs");
        });
    });
    rx.recv().expect("the service starts")
}

fn request(client: &mut Client) {
    let r = client
        .request("POST", "/v1/deadlines", Some("application/json"), BODY)
        .expect("an answer");
    assert_eq!(r.status, 200);
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// `connections` clients for `time`: requests per second, p50, p99.
fn run(addr: SocketAddr, connections: usize, time: Duration) -> (f64, Duration, Duration, usize) {
    let start = Instant::now();
    let handles: Vec<_> = (0..connections)
        .map(|_| {
            std::thread::spawn(move || {
                let mut client = Client::connect(addr).expect("a connection");
                let mut lat = Vec::with_capacity(200_000);
                while start.elapsed() < time {
                    let t = Instant::now();
                    request(&mut client);
                    lat.push(t.elapsed());
                }
                lat
            })
        })
        .collect();
    let mut all: Vec<Duration> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("a client"))
        .collect();
    let elapsed = start.elapsed();
    all.sort_unstable();
    #[allow(clippy::cast_precision_loss)]
    let rps = all.len() as f64 / elapsed.as_secs_f64();
    (
        rps,
        percentile(&all, 0.50),
        percentile(&all, 0.99),
        all.len(),
    )
}

fn main() {
    let addr = serve();
    let mut c = Criterion::default().configure_from_args();
    {
        let mut group = c.benchmark_group("loopback");
        group.throughput(Throughput::Elements(1));
        let mut client = Client::connect(addr).expect("a connection");
        group.bench_function("POST /v1/deadlines, one keep-alive connection", |b| {
            b.iter(|| request(&mut client));
        });
        group.finish();
    }
    c.final_summary();
    // `cargo bench -- --test` (or a filter that is not ours) runs briefly.
    let quick = std::env::args().any(|a| a == "--test");
    let time = if quick {
        Duration::from_millis(200)
    } else {
        Duration::from_secs(3)
    };
    println!("POST /v1/deadlines over loopback, keep-alive, {time:?} a row:");
    println!("connections | requests/s | p50 | p99 | requests");
    for connections in [1, 4, 16] {
        let (rps, p50, p99, n) = run(addr, connections, time);
        println!("{connections} | {rps:.0} | {p50:?} | {p99:?} | {n}");
    }
}
