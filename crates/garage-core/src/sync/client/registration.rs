//! This desk's registration with the central server (issue 12). The desk makes its device token
//! before it first asks, and keeps it until the server confirms it: a registration whose answer was
//! lost is asked again with the same token, which the server recognises as this desk's. (With a
//! token only the server knew, the retry could not prove anything, and the server refuses to
//! register an id again without proof, since a desk's id is in every audit row it syncs.)

use rusqlite::Connection;

use super::{Client, SyncError};
use crate::error::CoreError;
use crate::sync::engine::state;
use crate::Desk;

/// This desk's device token, registering the desk first if it has none yet.
pub async fn device_token(desk: &Desk, client: &Client) -> Result<String, SyncError> {
    if let Some(token) = state::get(&desk.connection(), state::DEVICE_TOKEN)? {
        return Ok(token);
    }
    let proposed = proposed_token(&desk.connection())?;
    let name = crate::desk::computer_name();
    let token = client.register(desk.device_id(), &name, Some(&proposed)).await?;
    let mut conn = desk.connection();
    let tx = conn.transaction().map_err(CoreError::from)?;
    state::set(&tx, state::DEVICE_TOKEN, &token)?;
    state::remove(&tx, state::PROPOSED_DEVICE_TOKEN)?;
    tx.commit().map_err(CoreError::from)?;
    Ok(token)
}

/// The token this desk asks to register with: the one it asked with before, else a new one.
fn proposed_token(conn: &Connection) -> Result<String, CoreError> {
    if let Some(token) = state::get(conn, state::PROPOSED_DEVICE_TOKEN)? {
        return Ok(token);
    }
    let token = hex::encode(rand::random::<[u8; 32]>());
    state::set(conn, state::PROPOSED_DEVICE_TOKEN, &token)?;
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue12_path4_the_proposed_token_is_kept_until_the_server_confirms_it() {
        let (desk, _) = crate::testing::seeded_desk();
        let conn = desk.connection();
        let first = proposed_token(&conn).unwrap();
        assert!(crate::sync::protocol::is_device_token(&first), "{first}");
        assert_eq!(proposed_token(&conn).unwrap(), first, "a retry asks with the same token");
    }
}
