//! Command arguments as the UI sent them. Tauri refuses an argument it cannot deserialise with a
//! bare English string (`invalid args `staffId` for command `sign_in`: …`), which the UI cannot
//! tell from any other failure and cannot show in the user's language. An [`Arg`] always
//! deserialises; the command then turns a malformed one into the usual [`IpcError`]
//! `invalid_input` with a localised message (issue 9).

use garage_core::{CoreError, Desk};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::ipc_error::{IpcError, IpcResult};

/// One named argument of a command: the value, or why it is not one.
#[derive(Debug)]
pub struct Arg<T>(Result<T, String>);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Arg<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Tauri answers `deserialize_option` with None for a missing key; present, it hands over
        // the JSON value, which always deserialises as a `Value`.
        let value = match Option::<serde_json::Value>::deserialize(deserializer) {
            Ok(value) => value.unwrap_or_default(),
            Err(e) => return Ok(Arg(Err(e.to_string()))),
        };
        Ok(Arg(T::deserialize(value).map_err(|e| e.to_string())))
    }
}

impl<T> Arg<T> {
    /// The value, or `invalid_input` in the signed-in user's language (the detail goes to the log,
    /// with the argument's name on the wire; `name` is its Rust name).
    pub fn get(self, desk: &Desk, name: &str) -> IpcResult<T> {
        self.0.map_err(|detail| {
            log::warn!("invalid argument {}: {detail}", crate::ipc::wire_name(name));
            IpcError::from_core(desk, CoreError::InvalidInput("command argument"))
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use uuid::Uuid;

    use super::*;

    #[test]
    fn a_malformed_value_is_kept_as_its_reason() {
        let ok: Arg<Uuid> = serde_json::from_value(json!("0b6c4f0e-4a53-4f8e-9d0a-2f1b3c4d5e6f")).unwrap();
        assert!(ok.0.is_ok());
        let bad: Arg<Uuid> = serde_json::from_value(json!(12)).unwrap();
        assert!(bad.0.unwrap_err().contains("invalid type"));
        let missing: Arg<Option<Uuid>> = serde_json::from_value(json!(null)).unwrap();
        assert_eq!(missing.0.unwrap(), None);
    }
}
