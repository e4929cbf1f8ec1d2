//! S4: a desk listening on `/v1/events` hears `changed` with the newest seq right after a push.

mod harness;

use std::io::{BufRead, BufReader};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use garage_core::sync::protocol::MutationStatus;
use harness::{delete, fresh, HttpDesk};
use reqwest::StatusCode;

#[test]
fn s4_events_deliver_changed_within_a_second_of_a_push() {
    let (_dir, server) = fresh();
    let listener = HttpDesk::register(&server, "Workshop");
    let pusher = HttpDesk::register(&server, "Front desk");
    let customer = server.clean_customers(1)[0];

    let client = reqwest::blocking::Client::builder().timeout(None).build().unwrap();
    let response = client.get(server.url("/v1/events")).bearer_auth(&listener.token).send().unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
    let (lines, heard) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(response).lines() {
            let Ok(line) = line else { return };
            if lines.send((Instant::now(), line)).is_err() {
                return;
            }
        }
    });

    let pushed = Instant::now();
    assert_eq!(pusher.push(&[delete(server.staff_id("Rob Atkinson"), customer)])[0].status, MutationStatus::Applied);
    let newest = server.count("SELECT max(seq) FROM sync_changes");

    let mut event = None;
    while let Ok((at, line)) = heard.recv_timeout(Duration::from_secs(2)) {
        if line == "event: changed" {
            event = Some(at);
        } else if let (Some(at), Some(data)) = (event, line.strip_prefix("data: ")) {
            let latency = at.duration_since(pushed);
            eprintln!("`changed` {data} heard {} ms after the push began", latency.as_millis());
            assert_eq!(data.parse::<i64>().unwrap(), newest);
            assert!(latency < Duration::from_secs(1));
            return;
        }
    }
    panic!("no `changed` event within two seconds");
}
