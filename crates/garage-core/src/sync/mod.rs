//! Offline-first sync with the garage's central server (product.md §5): the protocol both sides
//! speak, and applying one change under the rules, which the desk and the server share.

pub mod apply;
pub mod client;
pub mod engine;
pub mod outbox;
pub mod protocol;
pub mod pull;
pub mod push;
pub mod registration;
pub mod sign_in;
pub mod start_over;
pub mod state;
pub mod status;

pub use apply::{apply, required_permission, touched_rows, Applied};

#[cfg(test)]
mod sign_in_tests;
#[cfg(test)]
mod tests;
