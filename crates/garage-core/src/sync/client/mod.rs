//! The HTTP side of the sync: reqwest against the central server's endpoints.

pub mod registration;
pub mod sign_in;
#[cfg(test)]
mod sign_in_tests;

use std::time::Duration;

use uuid::Uuid;

use crate::error::CoreError;
use crate::sync::protocol::*;

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("server unreachable: {0}")]
    Http(#[from] reqwest::Error),
    #[error("server answered {0}")]
    Status(reqwest::StatusCode),
    /// Registration refused (no or another enrolment key), or the desk's token refused (IT
    /// removed the desk from the server).
    #[error(
        "the central server refused to enrol this desk: its enrolment_key is missing or not the server's, or IT removed the desk"
    )]
    NotEnrolled,
    /// Registration refused: the server has this desk's id registered already, and this desk does
    /// not hold that registration's token (issue 12).
    #[error(
        "the central server refused to enrol this desk: its device id is already registered and this desk does not hold that registration's token; IT can revoke the id on the server (garage-server revoke-device) and reset this desk's cache so it enrols under a new id"
    )]
    DeviceIdTaken,
    #[error("local: {0}")]
    Local(#[from] crate::error::CoreError),
    /// The server's database is not the one this desk followed (restored from a backup, or
    /// replaced): the desk starts over from it (issue 12).
    #[error("the central server's database changed (now {0})")]
    ServerReplaced(Uuid),
    /// The server does not know this desk's token, and has not revoked it: its database is older
    /// than this desk's registration (issue 12). The desk registers again under the same token.
    #[error("the central server does not know this desk (its database is older than the desk's registration)")]
    TokenUnknown,
    /// The server's log never gave out this desk's cursor (restored from a backup): the desk
    /// starts over from it (issue 12).
    #[error("the central server's log does not hold this desk's cursor {0}: restored from a backup")]
    CursorUnknown(i64),
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    enrolment_key: Option<String>,
    /// The server database this desk follows, once known: an answer from another is refused
    /// with [`SyncError::ServerReplaced`] before anything in it is used.
    expected_server: std::sync::Arc<std::sync::Mutex<Option<Uuid>>>,
    /// The server database named by the latest answer.
    seen_server: std::sync::Arc<std::sync::Mutex<Option<Uuid>>>,
}

impl Client {
    pub fn new(base: &str) -> Client {
        // A fresh connection per request: a desk talks to its server every few seconds at most,
        // and a connection the network silently dropped is never reused.
        let http = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .build()
            .expect("an HTTP client with default TLS");
        Client {
            http,
            base: base.trim_end_matches('/').to_owned(),
            enrolment_key: None,
            expected_server: Default::default(),
            seen_server: Default::default(),
        }
    }

    /// The server database named by the latest answer, if any named one.
    pub fn seen_server(&self) -> Option<Uuid> {
        *self.seen_server.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The server database this desk follows (from its cache), or none yet.
    pub fn expect_server(&self, id: Option<Uuid>) {
        *self.expected_server.lock().unwrap_or_else(|p| p.into_inner()) = id;
    }

    /// The garage's enrolment key, sent when this desk registers.
    pub fn with_enrolment_key(mut self, key: Option<String>) -> Client {
        self.enrolment_key = key;
        self
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn checked(&self, response: reqwest::Response) -> Result<reqwest::Response, SyncError> {
        let server = response
            .headers()
            .get(SERVER_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| Uuid::parse_str(v).ok());
        if server.is_some() {
            *self.seen_server.lock().unwrap_or_else(|p| p.into_inner()) = server;
        }
        let expected = *self.expected_server.lock().unwrap_or_else(|p| p.into_inner());
        if let (Some(server), Some(expected)) = (server, expected) {
            if server != expected {
                return Err(SyncError::ServerReplaced(server));
            }
        }
        match response.status() {
            status if status.is_success() => Ok(response),
            reqwest::StatusCode::UNAUTHORIZED => {
                let code = response.json::<ErrorBody>().await.map(|b| b.code).unwrap_or_default();
                Err(if code == UNKNOWN_DEVICE_TOKEN {
                    // A server that never registered this desk (restored from a backup older
                    // than its registration): it may register again, with the same token.
                    SyncError::TokenUnknown
                } else {
                    // IT revoked this desk.
                    SyncError::NotEnrolled
                })
            }
            status => Err(SyncError::Status(status)),
        }
    }

    /// Registers this desk with `token`, the one it will use (see [`registration`]): proposed
    /// for a new id, and borne as proof if the server has the id already (issue 12). Returns the
    /// token the server confirmed.
    pub async fn register(&self, device_id: Uuid, name: &str, token: Option<&str>) -> Result<String, SyncError> {
        let body = RegisterDevice {
            device_id,
            name: name.to_owned(),
            enrolment_key: self.enrolment_key.clone(),
            token: token.map(str::to_owned),
        };
        let mut request = self.http.post(self.url("/v1/devices")).json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
        match response.status() {
            reqwest::StatusCode::FORBIDDEN => Err(SyncError::NotEnrolled),
            reqwest::StatusCode::CONFLICT => {
                let body: ErrorBody = response.json().await?;
                Err(match body.code.as_str() {
                    DEVICE_ALREADY_REGISTERED => SyncError::DeviceIdTaken,
                    _ => SyncError::Status(reqwest::StatusCode::CONFLICT),
                })
            }
            _ => Ok(self.checked(response).await?.json::<DeviceToken>().await?.token),
        }
    }

    pub async fn changes(&self, token: &str, after: i64, limit: u32) -> Result<ChangesPage, SyncError> {
        let response = self
            .http
            .get(self.url(&format!("/v1/changes?after={after}&limit={limit}")))
            .bearer_auth(token)
            .send()
            .await?;
        Ok(self.checked(response).await?.json().await?)
    }

    pub async fn push(&self, token: &str, mutations: Vec<Mutation>) -> Result<PushResponse, SyncError> {
        let response = self
            .http
            .post(self.url("/v1/mutations"))
            .bearer_auth(token)
            .json(&PushRequest { mutations })
            .send()
            .await?;
        Ok(self.checked(response).await?.json().await?)
    }

    /// Rows as the server holds them now, by key (issue 12), in requests of at most
    /// [`MAX_ROWS_PER_REQUEST`] keys.
    pub async fn rows(&self, token: &str, keys: &[RowKey]) -> Result<Vec<Change>, SyncError> {
        let mut rows = Vec::new();
        for chunk in keys.chunks(MAX_ROWS_PER_REQUEST) {
            let body = RowsRequest { keys: chunk.to_vec() };
            let response = self.http.post(self.url("/v1/rows")).bearer_auth(token).json(&body).send().await?;
            rows.extend(self.checked(response).await?.json::<RowsResponse>().await?.rows);
        }
        Ok(rows)
    }

    /// Opens the live hint stream; `on_change` is called once it is open and then for each
    /// `changed` event. Returns when it ends; an error before it opened means no server.
    pub async fn listen(&self, token: &str, mut on_change: impl FnMut()) -> Result<(), SyncError> {
        let mut response = self
            .checked(
                self.http
                    .get(self.url("/v1/events"))
                    .bearer_auth(token)
                    .timeout(Duration::from_secs(24 * 60 * 60))
                    .send()
                    .await?,
            )
            .await?;
        on_change();
        let mut buffer = String::new();
        // Once open, however the stream ends (closed, cut, server gone) is an Ok end.
        while let Ok(Some(chunk)) = response.chunk().await {
            buffer.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                if event.lines().any(|l| l.trim() == "event: changed") {
                    on_change();
                }
            }
        }
        Ok(())
    }
}

/// What the server said to a sign-in.
pub enum ServerSignIn {
    Accepted(SignInResponse),
    /// Refused for the PIN or a lock-out, as the error the person is shown.
    Refused(CoreError),
}

impl Client {
    /// The server's answer to a sign-in: accepted, or refused for the PIN or a lock-out. Any other
    /// answer is [`CoreError::ServerError`] (as `SyncError::Local`); `SyncError::Http` only when no
    /// answer came ([`SyncError::is_no_answer`]).
    pub async fn sign_in(
        &self,
        token: &str,
        staff_id: Uuid,
        pin: &str,
        public_key: &str,
        credential_id: Option<Uuid>,
    ) -> Result<ServerSignIn, SyncError> {
        let body = SignInRequest { staff_id, pin: pin.to_owned(), public_key: public_key.to_owned(), credential_id };
        let response = self.http.post(self.url("/v1/sign-in")).bearer_auth(token).json(&body).send().await?;
        let status = response.status();
        let server_error = || SyncError::Local(CoreError::ServerError { status: status.as_u16() });
        let answer = response.bytes().await?;
        if status.is_success() {
            return serde_json::from_slice(&answer).map(ServerSignIn::Accepted).map_err(|_| server_error());
        }
        let refused = status == reqwest::StatusCode::UNAUTHORIZED || status == reqwest::StatusCode::TOO_MANY_REQUESTS;
        let Some(body) = refused.then(|| serde_json::from_slice::<ErrorBody>(&answer).ok()).flatten() else {
            return Err(server_error());
        };
        // The desk itself was refused (IT removed it), not the PIN: never report a wrong PIN.
        if DEVICE_TOKEN_REFUSED.contains(&body.code.as_str()) {
            return Err(SyncError::NotEnrolled);
        }
        refusal(&body).map(ServerSignIn::Refused).ok_or_else(server_error)
    }
}

impl SyncError {
    /// Whether the central server gave no answer at all: it could not be reached, took too long,
    /// or the connection ended before its answer was whole. Only then may a desk act as if it
    /// were offline; an answer, even an error, means the server is there (issue 12).
    pub fn is_no_answer(&self) -> bool {
        let SyncError::Http(e) = self else { return false };
        let unreadable = e.is_decode() && std::error::Error::source(e).is_some_and(|s| s.is::<serde_json::Error>());
        !e.is_status() && !unreadable
    }

    /// The HTTP status of the server's answer, if the error is one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            SyncError::Status(status) => Some(*status),
            SyncError::Http(e) => e.status(),
            _ => None,
        }
    }
}

/// The error a sign-in refusal stands for, if it is one this desk knows.
fn refusal(body: &ErrorBody) -> Option<CoreError> {
    let until = || body.until.as_deref().and_then(crate::clock::from_storage).unwrap_or_else(chrono::Utc::now);
    Some(match body.code.as_str() {
        "wrong_pin" => CoreError::WrongPin { attempts_left: body.attempts_left.unwrap_or(0) },
        "locked_out" => CoreError::LockedOut { until: until() },
        "device_locked_out" => CoreError::DeviceLockedOut { until: until() },
        "not_found" => CoreError::NotFound("staff member"),
        _ => return None,
    })
}
