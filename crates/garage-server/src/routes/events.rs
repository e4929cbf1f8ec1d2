//! `GET /v1/events`: server-sent events. `changed` carries the newest seq after each commit that
//! added changes; comments keep the connection alive.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use crate::auth::Device;
use crate::database::Database;

pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

pub async fn events(device: Device, State(db): State<Database>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    tracing::info!(device = %device.id, "listening for events");
    let events = db.events().clone();
    let stream = BroadcastStream::new(events.subscribe()).map(move |seq| {
        // A listener that fell behind gets the newest seq: that is all it needs.
        let seq = seq.unwrap_or_else(|BroadcastStreamRecvError::Lagged(_)| events.newest());
        Ok(Event::default().event("changed").data(seq.to_string()))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEP_ALIVE).text("keep-alive"))
}
