//! A loopback HTTP server that answers like ECR (awsJson1_1) with canned responses, counting
//! requests: for faults the emulator cannot produce (throttling, quotas, 5xx, expired tokens).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub struct FakeEcr {
    pub url: String,
    pub hits: Arc<AtomicUsize>,
    /// The access key id of each signed request, in order.
    pub keys: Arc<std::sync::Mutex<Vec<String>>>,
}

impl FakeEcr {
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    pub fn access_keys(&self) -> Vec<String> {
        self.keys.lock().unwrap().clone()
    }
}

/// An answer: HTTP status and JSON body (an error body carries `__type`).
pub type Answer = (u16, String);

pub fn error(status: u16, code: &str, message: &str) -> Answer {
    (
        status,
        format!(r#"{{"__type":"{code}","message":"{message}"}}"#),
    )
}

/// The status that makes the fake cut the connection instead of answering.
pub const CUT: u16 = 0;

pub fn empty_listing() -> Answer {
    (200, r#"{"repositories":[]}"#.to_string())
}

/// One request as the fake saw it.
pub struct Request {
    /// Its number, from 0.
    pub n: usize,
    /// The operation (`X-Amz-Target` after the dot), empty for query protocols such as STS.
    pub operation: String,
    /// The region of its signature's credential scope.
    pub region: String,
    /// The access key id that signed it.
    pub key: String,
    pub body: String,
}

/// Serve `answer(n)` to the n-th request (from 0), on every connection, until the test ends.
pub fn fake_ecr(answer: impl Fn(usize) -> Answer + Send + Sync + 'static) -> FakeEcr {
    fake_service(move |r| answer(r.n))
}

/// Serve `answer(request)` to every request, on every connection, until the test ends.
pub fn fake_service(answer: impl Fn(&Request) -> Answer + Send + Sync + 'static) -> FakeEcr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let keys = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = keys.clone();
    let answer = Arc::new(answer);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let counter = counter.clone();
            let answer = answer.clone();
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut writer = stream.try_clone().unwrap();
                let mut reader = BufReader::new(stream);
                loop {
                    let mut length = 0usize;
                    let mut line = String::new();
                    let (mut operation, mut region, mut signer) =
                        (String::new(), String::new(), String::new());
                    // Request line and headers.
                    loop {
                        line.clear();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        let l = line.trim_end();
                        if l.is_empty() {
                            break;
                        }
                        if let Some((k, v)) = l.split_once(':') {
                            if k.eq_ignore_ascii_case("content-length") {
                                length = v.trim().parse().unwrap_or(0);
                            }
                            if k.eq_ignore_ascii_case("x-amz-target") {
                                operation = v.trim().rsplit('.').next().unwrap_or("").to_string();
                            }
                            if k.eq_ignore_ascii_case("authorization") {
                                if let Some(cred) = v.split("Credential=").nth(1) {
                                    let mut scope = cred.split('/');
                                    let key = scope.next().unwrap_or("").to_string();
                                    region = scope.nth(1).unwrap_or("").to_string();
                                    signer = key.clone();
                                    seen.lock().unwrap().push(key);
                                }
                            }
                        }
                    }
                    let mut body = vec![0u8; length];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    let n = counter.fetch_add(1, Ordering::SeqCst);
                    let (status, text) = answer(&Request {
                        n,
                        operation: std::mem::take(&mut operation),
                        region: std::mem::take(&mut region),
                        key: std::mem::take(&mut signer),
                        body: String::from_utf8_lossy(&body).into_owned(),
                    });
                    // Status 0: the connection is cut before any answer (the request was
                    // read, so a write may have been done).
                    if status == CUT {
                        let _ = writer.shutdown(std::net::Shutdown::Both);
                        return;
                    }
                    let reason = if status == 200 { "OK" } else { "Error" };
                    // What a proxy or a wrong endpoint sends: an HTML or XML page.
                    let content_type = if text.starts_with('<') {
                        "text/html"
                    } else {
                        "application/x-amz-json-1.1"
                    };
                    let response = format!(
                        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{text}",
                        text.len()
                    );
                    if writer.write_all(response.as_bytes()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    FakeEcr { url, hits, keys }
}
