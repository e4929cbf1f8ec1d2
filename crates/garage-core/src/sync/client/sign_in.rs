//! Sign-in on a desk that syncs (issues 4 and 9). When the central server can be reached it checks
//! the PIN (with its own lock-out per person and per desk) and registers the person's credential
//! on this desk; the desk keeps it wrapped under the PIN. While the server cannot be reached (no
//! answer at all), the PIN must unlock the credential kept here: only people who have signed in on
//! this desk online before can sign in offline, and no PIN hash is ever on the desk. A server that
//! answers with an error is not absent: the person is told the server failed (issue 12).

use uuid::Uuid;

use super::{Client, ServerSignIn, SyncError};
use crate::credentials::{self, Credential};
use crate::desk::SessionInfo;
use crate::error::CoreError;
use crate::sync::engine::state;
use crate::Desk;

pub async fn sign_in(desk: &Desk, client: &Client, staff_id: Uuid, pin: &str) -> Result<SessionInfo, CoreError> {
    let token = state::get(&desk.connection(), state::DEVICE_TOKEN)?;
    let Some(token) = token else { return desk.sign_in(staff_id, pin) };
    // The credential held here, if this PIN unlocks it: the server keeps it if it is still valid.
    let held = match credentials::unlock(&desk.connection(), staff_id, pin) {
        Ok(held) => held,
        Err(CoreError::FirstSignInNeedsServer) => None,
        Err(e) => return Err(e),
    };
    let fresh = Credential::generate();
    let answer = client.sign_in(&token, staff_id, pin, &fresh.public_key(), held.as_ref().map(|c| c.id)).await;
    match answer {
        Ok(ServerSignIn::Accepted(accepted)) => {
            let (credential, new) = match held {
                Some(held) if held.id == accepted.credential_id => (held, false),
                _ => (Credential { id: accepted.credential_id, key: fresh.key }, true),
            };
            desk.sign_in_confirmed(staff_id, pin, credential, new)
        }
        // The server refused (wrong PIN, locked out, this desk paused): it is the authority.
        Ok(ServerSignIn::Refused(refusal)) => Err(refusal),
        // Its answer was an error (`CoreError::ServerError`), or this desk's own storage failed.
        Err(SyncError::Local(e)) => {
            if let CoreError::ServerError { status } = e {
                log::warn!("sign-in: the central server answered with an error (HTTP {status}); not signing in");
            }
            Err(e)
        }
        // No server: only someone who has signed in here before, against their credential.
        Err(error) if error.is_no_answer() => {
            log::info!("sign-in: no answer from the central server ({error}); signing in on this desk alone");
            desk.sign_in(staff_id, pin)
        }
        // IT removed this desk from the server: it works on its cache, as while offline.
        Err(SyncError::NotEnrolled) => {
            log::warn!("sign-in: {}; signing in on this desk alone", SyncError::NotEnrolled);
            desk.sign_in(staff_id, pin)
        }
        Err(other) => {
            log::warn!("sign-in: the central server's answer could not be used ({other}); not signing in");
            Err(CoreError::ServerError { status: other.status().map_or(0, |s| s.as_u16()) })
        }
    }
}
