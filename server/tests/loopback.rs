//! Loopback: the built binary on a free port of 127.0.0.1, the README's
//! curl examples, the Python client (standard library only), 16 concurrent
//! clients × 500 requests each (every one answered, none a 5xx), a batch
//! over the socket, the logs free of bodies, a wrong `--update` refusing the
//! start, and a graceful SIGTERM. Every loop is bounded and every socket
//! has a timeout.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::Client;

const BIN: &str = env!("CARGO_BIN_EXE_kz-appeals-server");

/// The running binary; killed if a test fails before it stops.
struct Server {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str]) -> Server {
    let mut child = Command::new(BIN)
        .args(["--listen", "127.0.0.1:0"])
        .args(extra)
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let addr: SocketAddr = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("first line: {line:?}"))
        .parse()
        .unwrap();
    assert!(addr.ip().is_loopback());
    // Drain the logs so that the pipe never fills.
    let log = Arc::new(Mutex::new(String::new()));
    let sink = Arc::clone(&log);
    let mut stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    Server { child, addr, log }
}

fn readme_curl_lines() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let block = readme
        .split("<!-- server-curl")
        .nth(1)
        .expect("the README's curl block")
        .split("```sh\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    block
        .lines()
        .filter(|l| l.contains("curl "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_binary_over_loopback() {
    let server = start(&[]);
    let base = format!("http://{}", server.addr);

    // The README's curl examples.
    let lines = readme_curl_lines();
    assert!(lines.len() >= 10, "{lines:?}");
    for line in &lines {
        let cmd = line.replace("http://127.0.0.1:8080", &base);
        let out = Command::new("sh")
            .arg("-c")
            .arg(&cmd)
            .output()
            .expect("sh runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{cmd}: {out:?}");
        assert!(!text.trim().is_empty(), "{cmd}: no answer");
        assert!(!text.contains("\"status\":5"), "{cmd}: {text}");
    }

    // The Python client, standard library only.
    let client = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/client.py");
    let out = Command::new("python3")
        .arg(&client)
        .arg(&base)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "client.py: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("ok\n"));

    // 16 concurrent clients × 500 requests, keep-alive.
    let expected_deadlines = {
        let q = serde_json::from_str(r#"{"received":"2026-03-21"}"#).unwrap();
        let out = kz_appeals::cli::deadlines::run(&kz_appeals::Calendar::kazakhstan(), &q).unwrap();
        kz_appeals::cli::json_line(&out).unwrap()
    };
    let started = Instant::now();
    let handles: Vec<_> = (0..16)
        .map(|t| {
            let addr = server.addr;
            let expected = expected_deadlines.clone();
            std::thread::spawn(move || {
                let mut client = Client::connect(addr).unwrap();
                let mut answered = 0u32;
                for i in 0..500u32 {
                    let reply = match (t + i) % 6 {
                        0 | 1 => {
                            let r = client
                                .request(
                                    "POST",
                                    "/v1/deadlines",
                                    Some("application/json"),
                                    br#"{"received":"2026-03-21"}"#,
                                )
                                .unwrap();
                            assert_eq!((r.status, r.body.as_str()), (200, expected.as_str()));
                            r
                        }
                        2 => client
                            .request(
                                "POST",
                                "/v1/check-id",
                                Some("application/json"),
                                br#"{"number":"850808301235"}"#,
                            )
                            .unwrap(),
                        3 => client
                            .request("GET", "/v1/days/2026-03-24", None, b"")
                            .unwrap(),
                        4 => {
                            let r = client
                                .request(
                                    "POST",
                                    "/v1/deadlines",
                                    Some("application/json"),
                                    b"{oops",
                                )
                                .unwrap();
                            assert_eq!(r.status, 400);
                            r
                        }
                        _ => {
                            let r = client.request("GET", "/nowhere", None, b"").unwrap();
                            assert_eq!(r.status, 404);
                            r
                        }
                    };
                    assert!(reply.status < 500, "{reply:?}");
                    answered += 1;
                }
                answered
            })
        })
        .collect();
    let answered: u32 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    assert_eq!(answered, 16 * 500);
    eprintln!("16 × 500 requests in {:?}", started.elapsed());

    // A batch over the socket: what `kz-appeals --batch` writes.
    let input = "{\"kind\":\"check_id\",\"number\":\"850808301235\"}\nnot json\n{\"kind\":\"calendar\",\"year\":2026}\n";
    let mut expected = Vec::new();
    let _ = kz_appeals::cli::batch::run(
        &kz_appeals::Calendar::kazakhstan(),
        input.as_bytes(),
        &mut expected,
    )
    .unwrap();
    let mut client = Client::connect(server.addr).unwrap();
    let r = client
        .request(
            "POST",
            "/v1/batch",
            Some("application/x-ndjson"),
            input.as_bytes(),
        )
        .unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.body, String::from_utf8(expected).unwrap());

    // SIGTERM: the service stops, exit status 0.
    let mut server = server;
    let pid = server.child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = server.child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "no exit 10 s after SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    std::thread::sleep(Duration::from_millis(100));
    let log = server.log.lock().unwrap().clone();
    assert!(
        log.contains("method=POST")
            && log.contains("path=/v1/deadlines")
            && log.contains("status=200"),
        "{log}"
    );
    // The logs never hold a body: no IIN, no date sent in one.
    assert!(!log.contains("850808301235"), "a body reached the logs");
    assert!(!log.contains("2026-03-21"), "a body reached the logs");
}

#[test]
fn a_wrong_update_refuses_the_start() {
    let dir = std::env::temp_dir().join(format!("kz-appeals-server-update-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"year": 2027, "extra_days_of": []}"#).unwrap();
    let missing = dir.join("missing.json");
    for (file, words) in [(&bad, "extra_days_of"), (&missing, "cannot be read")] {
        let out = Command::new(BIN)
            .args(["--listen", "127.0.0.1:0", "--update"])
            .arg(file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("error: --update ") && err.contains(words),
            "{err}"
        );
        assert!(out.stdout.is_empty(), "it must not listen");
    }
    // A good one is applied and listed by /version.
    let good = dir.join("good.json");
    std::fs::write(&good, r#"{"year": 2027, "extra_days_off": []}"#).unwrap();
    let server = start(&["--update", good.to_str().unwrap()]);
    let mut client = Client::connect(server.addr).unwrap();
    let r = client.request("GET", "/version", None, b"").unwrap();
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["updates"][0]["year"], 2027);
    let _ = std::fs::remove_dir_all(&dir);
}
