//! Offline-first sync with the garage's central server (product.md §5): the protocol both sides
//! speak, the outbox, push and pull, the engine that runs them, the HTTP client, and starting over
//! from a restored server. What a change is and how it applies under the rules lives with its
//! domain, registered in [`crate::changes`].

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

#[cfg(test)]
mod sign_in_tests;
#[cfg(test)]
mod tests;
