//! Issue 12, path 7: a sign-in falls back to this desk alone only when the central server gave
//! no answer; any answer it could not use (an unexpected status, a body that is not its own) is
//! the server's problem, told to the person. A loopback socket stands in for the server.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::sign_in::sign_in;
use super::Client;
use crate::error::{CoreError, ErrorCode};
use crate::sync::engine::state;
use crate::testing::{seeded_desk, staff_id};

/// A "server" on loopback that reads each request whole, then writes `answer` (or, for `None`,
/// hangs up without a word). Returns its base URL.
async fn answering(answer: Option<&'static str>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            read_request(&mut socket).await;
            if let Some(answer) = answer {
                let _ = socket.write_all(answer.as_bytes()).await;
            }
        }
    });
    base
}

async fn read_request(socket: &mut TcpStream) {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let Ok(n) = socket.read(&mut buf).await else { return };
        if n == 0 {
            return;
        }
        seen.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&seen);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_owned()))
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0);
            if seen.len() >= end + 4 + length {
                return;
            }
        }
    }
}

fn answer_with(status: &str, content_type: &str, body: &'static str) -> &'static str {
    let text = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    Box::leak(text.into_boxed_str())
}

/// Signs Rob in on a desk that has a device token, against a server at `base`.
async fn rob_signs_in(base: &str) -> (crate::Desk, Result<crate::desk::SessionInfo, CoreError>) {
    let (desk, _) = seeded_desk();
    state::set(&desk.connection(), state::DEVICE_TOKEN, "a-device-token").unwrap();
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    let result = sign_in(&desk, &Client::new(base), rob, "2222").await;
    (desk, result)
}

#[tokio::test]
async fn issue12_path7_an_unexpected_answer_to_a_sign_in_is_a_server_error_not_offline() {
    let answers = [
        (404, answer_with("404 Not Found", "text/plain", "no such route")),
        (500, answer_with("500 Internal Server Error", "text/plain", "boom")),
        // A refusal whose body is a proxy's page, or a code this desk does not know.
        (401, answer_with("401 Unauthorized", "text/html", "<html>Sign in to the proxy</html>")),
        (401, answer_with("401 Unauthorized", "application/json", r#"{"code":"new_rule","message":"?"}"#)),
        // A success whose body is not the server's answer.
        (200, answer_with("200 OK", "text/html", "<html>Welcome to the hotel wifi</html>")),
    ];
    for (expected, answer) in answers {
        let (desk, result) = rob_signs_in(&answering(Some(answer)).await).await;
        match result {
            Err(CoreError::ServerError { status }) => assert_eq!(status, expected, "{answer}"),
            other => panic!("{answer}: expected a server error, got {other:?}"),
        }
        assert!(desk.current_session().unwrap().is_none(), "{answer}: not signed in offline");
        let error = CoreError::ServerError { status: expected };
        assert_eq!(error.code(), ErrorCode::ServerError);
        assert!(desk.message_for(&error).contains(&format!("(error {expected})")), "{}", desk.message_for(&error));
    }
}

#[tokio::test]
async fn issue12_path7_no_answer_at_all_still_signs_in_on_this_desk_alone() {
    // Hangs up after reading the request, as a dropped connection does.
    let (_, result) = rob_signs_in(&answering(None).await).await;
    assert_eq!(result.expect("offline sign-in").user.display_name, "Rob Atkinson");
    // Nothing listens at all.
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let (_, result) = rob_signs_in(&base).await;
    assert_eq!(result.expect("offline sign-in").user.display_name, "Rob Atkinson");
}
