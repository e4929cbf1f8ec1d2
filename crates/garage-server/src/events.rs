//! "Something changed" for the devices listening on `/v1/events`: the newest seq, sent once per
//! commit that added changes.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use tokio::sync::broadcast;

#[derive(Clone)]
pub struct Events {
    sender: broadcast::Sender<i64>,
    newest: Arc<AtomicI64>,
}

impl Events {
    /// `newest` is the log's newest seq when the server starts.
    pub fn new(newest: i64) -> Events {
        let (sender, _) = broadcast::channel(64);
        Events { sender, newest: Arc::new(AtomicI64::new(newest)) }
    }

    /// Sends `seq` if the log has grown past what was last sent.
    pub fn changed(&self, seq: i64) {
        if self.newest.fetch_max(seq, Ordering::SeqCst) < seq {
            // No listener is not an error.
            let _ = self.sender.send(seq);
        }
    }

    pub fn newest(&self) -> i64 {
        self.newest.load(Ordering::SeqCst)
    }

    pub fn subscribe(&self) -> broadcast::Receiver<i64> {
        self.sender.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sends_only_when_the_log_grew() {
        let events = Events::new(10);
        let mut rx = events.subscribe();
        events.changed(10);
        events.changed(12);
        events.changed(11);
        assert_eq!(rx.try_recv().unwrap(), 12);
        assert!(rx.try_recv().is_err());
        assert_eq!(events.newest(), 12);
    }
}
