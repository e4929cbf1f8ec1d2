//! Requests as they go over the wire (method, path, body bytes, content type, device token, sent
//! with a length or chunked), their answers, and a tally of the answers' statuses.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use garage_core::sync::protocol::ErrorBody;
use proptest::prelude::*;
use proptest::sample::select;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

use super::harness::Server;

/// Which device token a request carries.
#[derive(Debug, Clone, Copy)]
pub enum Auth {
    HttpDesk,
    Missing,
    Junk,
}

#[derive(Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: Option<String>,
    pub body: Vec<u8>,
    pub content_type: Option<&'static str>,
    pub auth: Auth,
    /// Sent without a length (chunked), so only reading it finds its size.
    pub chunked: bool,
}

fn preview(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(300)]).into_owned();
    if bytes.len() > 300 {
        format!("{text}… ({} bytes)", bytes.len())
    } else {
        text
    }
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        if let Some(query) = &self.query {
            write!(f, "?{query:?}")?;
        }
        write!(f, " [{:?}, {:?}, chunked {}] {:?}", self.content_type, self.auth, self.chunked, preview(&self.body))
    }
}

impl Request {
    /// The body as `T`, as the server would read it.
    pub fn parsed<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_json::from_slice(&self.body).map_err(|e| format!("the server accepted a body serde refuses: {e}"))
    }
}

fn auth() -> impl Strategy<Value = Auth> {
    prop_oneof![8 => Just(Auth::HttpDesk), 1 => Just(Auth::Missing), 1 => Just(Auth::Junk)]
}

fn content_type() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        8 => Just(Some("application/json")),
        1 => Just(None),
        1 => select(&["text/plain", "application/json; charset=utf-8", "application/jsonx", "multipart/form-data",
            "application/x-www-form-urlencoded", "application/problem+json"][..]).prop_map(Some),
    ]
}

/// Mostly `usual`, now and then a method the path does not answer.
fn method(usual: Method) -> impl Strategy<Value = Method> {
    let others = [Method::GET, Method::POST, Method::PUT, Method::PATCH, Method::DELETE, Method::OPTIONS];
    let others: Vec<Method> = others.into_iter().filter(|m| *m != usual).collect();
    prop_oneof![12 => Just(usual), 1 => select(others)]
}

/// `POST path` with the generated bodies.
pub fn posts(path: &'static str, bodies: BoxedStrategy<Vec<u8>>) -> impl Strategy<Value = Request> {
    (method(Method::POST), bodies, content_type(), auth(), prop::bool::weighted(0.1)).prop_map(
        move |(method, body, content_type, auth, chunked)| Request {
            method,
            path: path.to_owned(),
            query: None,
            body,
            content_type,
            auth,
            chunked,
        },
    )
}

/// `GET path?query` with the generated query strings.
pub fn gets(path: &'static str, queries: impl Strategy<Value = String>) -> impl Strategy<Value = Request> {
    (method(Method::GET), queries, auth()).prop_map(move |(method, query, auth)| Request {
        method,
        path: path.to_owned(),
        query: Some(query),
        body: Vec::new(),
        content_type: None,
        auth,
        chunked: false,
    })
}

#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        preview(&self.body)
    }

    pub fn json<T: DeserializeOwned>(&self) -> Result<T, String> {
        if self.content_type.as_deref() != Some("application/json") {
            return Err(format!("{} answered as {:?}: {}", self.status, self.content_type, self.text()));
        }
        serde_json::from_slice(&self.body).map_err(|e| format!("{} with a body that is not the type: {e}", self.status))
    }

    /// A refusal as it must be: 4xx, JSON, a snake_case code and a message.
    pub fn error(&self) -> Result<ErrorBody, String> {
        if !self.status.is_client_error() {
            return Err(format!("{} is not a refusal: {}", self.status, self.text()));
        }
        let error: ErrorBody = self.json()?;
        let snake = !error.code.is_empty() && error.code.chars().all(|c| c.is_ascii_lowercase() || c == '_');
        if !snake || error.message.trim().is_empty() {
            return Err(format!("{} with a bad error body: {error:?}", self.status));
        }
        Ok(error)
    }
}

/// Sends `request` over a plain socket and reads the whole answer. (reqwest reports a server that
/// answers before reading the body, as a size limit or a refused token does, as a broken pipe
/// and drops the answer; the answer is what is tested here.)
pub fn send(server: &Server, token: &str, request: &Request) -> Result<Answer, String> {
    let target = match &request.query {
        Some(query) => {
            let mut url = reqwest::Url::parse(&server.url(&request.path)).map_err(|e| e.to_string())?;
            url.set_query(Some(query));
            format!("{}?{}", url.path(), url.query().unwrap_or_default())
        }
        None => request.path.clone(),
    };
    let address = server.base.trim_start_matches("http://");
    let mut head = format!("{} {target} HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n", request.method);
    match request.auth {
        Auth::HttpDesk => head.push_str(&format!("authorization: Bearer {token}\r\n")),
        Auth::Missing => {}
        Auth::Junk => head.push_str("authorization: Basic Zm9vOmJhcg==\r\nauthorization: Bearer 00\r\n"),
    }
    if let Some(content_type) = request.content_type {
        head.push_str(&format!("content-type: {content_type}\r\n"));
    }
    let mut bytes = Vec::new();
    if request.chunked {
        head.push_str("transfer-encoding: chunked\r\n\r\n");
        bytes.extend_from_slice(head.as_bytes());
        for chunk in request.body.chunks(64 * 1024) {
            bytes.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            bytes.extend_from_slice(chunk);
            bytes.extend_from_slice(b"\r\n");
        }
        bytes.extend_from_slice(b"0\r\n\r\n");
    } else {
        if !request.body.is_empty() || request.method == Method::POST {
            head.push_str(&format!("content-length: {}\r\n", request.body.len()));
        }
        head.push_str("\r\n");
        bytes.extend_from_slice(head.as_bytes());
        bytes.extend_from_slice(&request.body);
    }
    let mut stream = TcpStream::connect(address).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(60))).map_err(|e| e.to_string())?;
    // The server may stop reading early; what it answered is still there to read.
    let _ = stream.write_all(&bytes);
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    if answer.is_empty() {
        return Err(format!("no answer: {read:?}"));
    }
    parse_answer(&answer)
}

/// An HTTP/1.1 answer read whole from a closed connection.
fn parse_answer(raw: &[u8]) -> Result<Answer, String> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or("an answer without a blank line")?;
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).ok_or("no status")?;
    let headers: BTreeMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if let Some(length) = headers.get("content-length").and_then(|l| l.parse::<usize>().ok()) {
        body.truncate(length);
    }
    Ok(Answer {
        status: StatusCode::from_u16(status).map_err(|e| e.to_string())?,
        content_type: headers.get("content-type").cloned(),
        body,
    })
}

/// How many answers of each status one endpoint gave, and how fast.
pub struct Tally {
    name: String,
    started: Instant,
    statuses: BTreeMap<u16, u64>,
}

impl Tally {
    pub fn new(name: &str) -> Tally {
        Tally { name: name.to_owned(), started: Instant::now(), statuses: BTreeMap::new() }
    }

    pub fn count(&mut self, answer: &Answer) {
        *self.statuses.entry(answer.status.as_u16()).or_default() += 1;
    }

    pub fn print(&self) {
        let total: u64 = self.statuses.values().sum();
        let secs = self.started.elapsed().as_secs_f64();
        let statuses: Vec<String> = self.statuses.iter().map(|(s, n)| format!("{s}×{n}")).collect();
        eprintln!(
            "{}: {total} requests in {secs:.1} s ({:.0}/s): {}",
            self.name,
            total as f64 / secs.max(1e-9),
            statuses.join(" ")
        );
    }
}
