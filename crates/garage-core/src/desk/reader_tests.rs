//! Issue 12, path 8: the reception desk's reads do not wait for a page of pull. The sync engine
//! applies each pulled page in one transaction on the desk's connection, holding its lock for the
//! whole page; searching and opening a customer read through a connection of their own.

use std::sync::mpsc;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use super::*;
use crate::clock::ManualClock;
use crate::customers::{reindex_customer, CustomerFilter};
use crate::testing::{anchor, customer_id, staff_id};

/// Longer than any search of the demo garage takes, far shorter than a test runner's patience.
const BOUNDED: Duration = Duration::from_secs(4);

fn file_desk(dir: &Path) -> Arc<Desk> {
    let desk = Desk::open_with(dir, Arc::new(ManualClock::new(anchor())), true).unwrap();
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    desk.sign_in(rob, "2222").unwrap();
    Arc::new(desk)
}

fn names_found(desk: &Desk, text: &str) -> Vec<String> {
    let query = CustomerQuery { text: text.into(), filter: CustomerFilter::Active, page: 0, page_size: 20 };
    desk.search_customers(&query).unwrap().rows.into_iter().map(|r| r.name).collect()
}

/// What the desk reads while the write connection is held: the searches and the customer page.
#[derive(Debug)]
struct Seen {
    zebedee: Vec<String>,
    tom: Vec<String>,
    page_name: String,
}

#[test]
fn issue12_path8_search_does_not_wait_for_a_pull_page_and_sees_only_committed_rows() {
    let dir = tempfile::tempdir().unwrap();
    let desk = file_desk(dir.path());
    let tom = customer_id(&desk.connection(), "Tom Fletcher");

    // A "page of pull": an IMMEDIATE transaction on the desk's connection, rows written, the lock
    // held until told to commit.
    let (written, written_rx) = mpsc::channel::<()>();
    let (commit, commit_rx) = mpsc::channel::<()>();
    let writer = thread::spawn({
        let desk = desk.clone();
        move || {
            let conn = desk.connection();
            conn.execute_batch("BEGIN IMMEDIATE").unwrap();
            conn.execute("UPDATE customers SET name = 'Zebedee Quill' WHERE id = ?1", [tom.to_string()]).unwrap();
            reindex_customer(&conn, tom).unwrap();
            written.send(()).unwrap();
            // Commits when told, or when the test gave up (the sender dropped).
            let _ = commit_rx.recv();
            conn.execute_batch("COMMIT").unwrap();
        }
    });
    written_rx.recv_timeout(BOUNDED).expect("the writer started its page");

    let (seen, seen_rx) = mpsc::channel::<Seen>();
    let reader = thread::spawn({
        let desk = desk.clone();
        move || {
            let zebedee = names_found(&desk, "zebedee");
            let tom_rows = names_found(&desk, "tom fletcher");
            let page_name = desk.customer(tom).unwrap().customer.contact.name;
            let _ = seen.send(Seen { zebedee, tom: tom_rows, page_name });
        }
    });
    let during = seen_rx
        .recv_timeout(BOUNDED)
        .expect("search and the customer page answered while a pull page held the write connection");
    assert!(during.zebedee.is_empty(), "an uncommitted rename is not found: {during:?}");
    assert!(during.tom.iter().any(|n| n == "Tom Fletcher"), "the committed name is still found: {during:?}");
    assert_eq!(during.page_name, "Tom Fletcher");

    commit.send(()).unwrap();
    writer.join().unwrap();
    reader.join().unwrap();
    // Committed, it is what the next search and page see: no snapshot is kept between reads.
    assert_eq!(names_found(&desk, "zebedee"), ["Zebedee Quill"]);
    assert!(!names_found(&desk, "tom fletcher").iter().any(|n| n == "Tom Fletcher"));
    assert_eq!(desk.customer(tom).unwrap().customer.contact.name, "Zebedee Quill");
}
