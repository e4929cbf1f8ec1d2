//! The garage's enrolment key: IT sets it on the server and on each desk, and the server registers
//! only desks that give it, so a PC that merely reaches the port cannot download the garage.

use std::sync::Arc;

use axum::http::StatusCode;
use constant_time_eq::constant_time_eq;
use garage_core::sync::protocol::ENROLMENT_REFUSED;

use crate::error::ApiError;

/// The server's enrolment key, if it has one (none: any desk may register).
#[derive(Clone, Default)]
pub struct EnrolmentKey(Option<Arc<str>>);

impl EnrolmentKey {
    pub fn new(key: Option<String>) -> EnrolmentKey {
        EnrolmentKey(key.map(Arc::from))
    }

    /// Whether a desk that gave `given` may register. Compared in constant time; spaces around
    /// the given key are ignored, as they are around the server's.
    pub fn admits(&self, given: Option<&str>) -> bool {
        match &self.0 {
            None => true,
            Some(key) => given.is_some_and(|given| constant_time_eq(given.trim().as_bytes(), key.as_bytes())),
        }
    }
}

/// Never shows the key.
impl std::fmt::Debug for EnrolmentKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "EnrolmentKey(<set>)" } else { "EnrolmentKey(none)" })
    }
}

/// The answer to a registration without the right key.
pub fn refused() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        ENROLMENT_REFUSED,
        "this server needs the garage's enrolment key to enrol a desk",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "k3y-of-the-garage-0123";

    #[test]
    fn without_a_key_every_desk_is_admitted() {
        let open = EnrolmentKey::new(None);
        assert!(open.admits(None));
        assert!(open.admits(Some("anything")));
    }

    #[test]
    fn with_a_key_only_the_same_key_is_admitted() {
        let key = EnrolmentKey::new(Some(KEY.to_owned()));
        assert!(key.admits(Some(KEY)));
        assert!(key.admits(Some(&format!(" {KEY}\n"))));
        assert!(!key.admits(None));
        assert!(!key.admits(Some("")));
        assert!(!key.admits(Some("k3y-of-the-garage-0124")));
        assert!(!key.admits(Some(&KEY[..KEY.len() - 1])));
        assert!(!key.admits(Some(&format!("{KEY}0"))));
        assert!(!key.admits(Some(&KEY.to_uppercase())));
    }

    #[test]
    fn debug_never_shows_the_key() {
        let shown = format!("{:?}", EnrolmentKey::new(Some(KEY.to_owned())));
        assert!(!shown.contains(KEY), "{shown}");
    }

    #[test]
    fn refusal_is_a_403_with_the_protocol_code() {
        let error = refused();
        assert_eq!(error.status, StatusCode::FORBIDDEN);
        assert_eq!(error.code, "enrolment_refused");
    }
}
