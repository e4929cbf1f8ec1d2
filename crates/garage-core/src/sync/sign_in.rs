//! Sign-in on a desk that syncs (issue 4): the central server checks the PIN when it can be
//! reached; while it cannot, only people who have signed in on this desk before may sign in,
//! against the PIN hash the sync brought down.

use uuid::Uuid;

use super::client::{Client, ServerSignIn};
use super::state;
use crate::desk::SessionInfo;
use crate::error::CoreError;
use crate::Desk;

pub async fn sign_in(desk: &Desk, client: &Client, staff_id: Uuid, pin: &str) -> Result<SessionInfo, CoreError> {
    let token = state::get(&desk.connection(), state::DEVICE_TOKEN)?;
    let answer = match token {
        Some(token) => client.sign_in(&token, staff_id, pin).await.ok(),
        None => None,
    };
    match answer {
        // The server agrees: sign in here (the same PIN hash came down with the staff).
        Some(ServerSignIn::Accepted(_)) => desk.sign_in(staff_id, pin),
        // The server refused (wrong PIN, locked out): say so in the user's words. The local
        // check gives the same verdict from the same hash; if an old hash here disagrees, the
        // server wins.
        Some(ServerSignIn::Refused(body)) => {
            let local = desk.sign_in(staff_id, pin);
            if local.is_ok() {
                desk.sign_out();
                return Err(match body.code.as_str() {
                    "not_found" => CoreError::NotFound("staff member"),
                    _ => CoreError::WrongPin { attempts_left: crate::staff::MAX_FAILED_ATTEMPTS - 1 },
                });
            }
            local
        }
        // No server: only someone who has signed in here before.
        None => {
            let known: bool = desk.connection().query_row(
                "SELECT EXISTS (SELECT 1 FROM device_sign_ins WHERE staff_id = ?1)",
                [staff_id.to_string()],
                |r| r.get(0),
            )?;
            if !known {
                return Err(CoreError::FirstSignInNeedsServer);
            }
            desk.sign_in(staff_id, pin)
        }
    }
}
