//! Issue 12, path 7: the central server counts wrong PINs per desk and person, so five at one
//! desk lock that person out there and nowhere else (the pause of a desk that guesses at many
//! people's PINs stays); and a server that answers a sign-in with an error is reported as such,
//! never taken for an absent server (which would sign in offline). Real binary, two desks.

mod harness;

use garage_core::error::{CoreError, ErrorCode};
use garage_core::sync::client::sign_in::sign_in;
use garage_core::sync::client::Client;
use harness::engine::*;
use harness::fresh;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path7_five_wrong_pins_at_one_desk_lock_that_person_out_there_only() {
    let (_dir, mut server) = fresh();
    let (a, b) = (downloaded_desk(&server.base).await, downloaded_desk(&server.base).await);
    let client = Client::new(&server.base);
    let rob = staff(&a.desk, "Rob Atkinson");

    for left in (0..5).rev() {
        match sign_in(&a.desk, &client, rob, "0000").await {
            Err(CoreError::WrongPin { attempts_left }) => assert_eq!(attempts_left, left),
            other => panic!("expected a wrong PIN, got {other:?}"),
        }
    }
    let refused = sign_in(&a.desk, &client, rob, "2222").await.unwrap_err();
    assert!(matches!(refused, CoreError::LockedOut { .. }), "{refused:?}");

    // At desk B Rob signs in as usual, before and after both desks sync.
    sign_in(&b.desk, &client, rob, "2222").await.expect("Rob is not locked out at desk B");
    b.desk.sign_out();
    a.engine.cycle().await.unwrap();
    b.engine.cycle().await.unwrap();
    sign_in(&b.desk, &client, rob, "2222").await.expect("nothing synced carries the lock-out");
    b.desk.sign_out();
    assert!(!b.desk.list_staff().unwrap().into_iter().any(|s| s.locked), "no one shows as locked at B");
    assert_eq!(server.count("SELECT count(*) FROM staff_users WHERE locked_until IS NOT NULL"), 0);

    // The lock at A is the server's, kept across a restart.
    server.stop();
    server.start_again();
    let client = Client::new(&server.base);
    let refused = sign_in(&a.desk, &client, rob, "2222").await.unwrap_err();
    assert!(matches!(refused, CoreError::LockedOut { .. }), "{refused:?}");

    // The per-desk pause stays: five more wrong PINs at A, for Aisha, make ten from A.
    let (aisha, dave) = (staff(&a.desk, "Aisha Khan"), staff(&a.desk, "Dave Bennett"));
    for _ in 0..5 {
        assert!(matches!(sign_in(&a.desk, &client, aisha, "0000").await, Err(CoreError::WrongPin { .. })));
    }
    let paused = sign_in(&a.desk, &client, dave, "4444").await.unwrap_err();
    assert!(matches!(paused, CoreError::DeviceLockedOut { .. }), "{paused:?}");
    sign_in(&b.desk, &client, dave, "4444").await.expect("desk B is not paused");
    b.desk.sign_out();
    sign_in(&b.desk, &client, aisha, "3333").await.expect("Aisha is not locked out at desk B");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue12_path7_a_server_error_during_sign_in_is_reported_and_not_taken_for_offline() {
    let (_dir, mut server) = fresh();
    let a = downloaded_desk(&server.base).await;
    let client = Client::new(&server.base);
    let rob = staff(&a.desk, "Rob Atkinson");
    // Rob has signed in here online: offline, his PIN would unlock his credential.
    sign_in(&a.desk, &client, rob, "2222").await.unwrap();
    a.desk.sign_out();

    // A table the server needs for every sign-in goes missing: it answers 503 (storage).
    let broken = "ALTER TABLE device_sign_in_attempts RENAME TO device_sign_in_attempts_away";
    server.db().execute_batch(broken).unwrap();
    let refused = sign_in(&a.desk, &client, rob, "2222").await.unwrap_err();
    assert!(matches!(refused, CoreError::ServerError { status: 503 }), "{refused:?}");
    assert_eq!(refused.code(), ErrorCode::ServerError);
    let message = a.desk.message_for(&refused);
    assert!(message.contains("could not check your PIN (error 503)"), "{message}");
    assert!(a.desk.current_session().unwrap().is_none(), "not signed in offline");

    // Mended, the server signs him in; gone altogether (no answer), the desk signs him in alone.
    server.db().execute_batch("ALTER TABLE device_sign_in_attempts_away RENAME TO device_sign_in_attempts").unwrap();
    sign_in(&a.desk, &client, rob, "2222").await.unwrap();
    a.desk.sign_out();
    server.stop();
    sign_in(&a.desk, &client, rob, "2222").await.expect("offline sign-in when the server is not there");
}
