//! Offline-first sync with the garage's central server (product.md §5):
//! - `protocol`: what both sides speak (the server uses it too);
//! - `outbox`: the changes waiting here; `push`: sending them, and settling the answers;
//! - `pull`: applying what changed at the server, and starting over from a restored server;
//! - `engine`: the loop that runs push and pull, its state and the status the UI shows;
//! - `client`: the HTTP side: the requests, this desk's registration, and sign-in through the server.
//!
//! What a change is and how it applies under the rules lives with its
//! domain, registered in [`crate::changes`].

pub mod client;
pub mod engine;
pub mod outbox;
pub mod protocol;
pub mod pull;
pub mod push;

#[cfg(test)]
mod tests;
