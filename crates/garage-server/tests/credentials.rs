//! Issue 9: who acts is proven, not claimed. Over real HTTP against the real `garage-server`
//! binary: a device token alone cannot act as anyone; each change must be signed by its author's
//! credential on that desk, which a PIN change or IT revokes; PIN guesses are limited per person
//! and per desk across restarts; and the change log carries no PIN hash.

mod harness;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use garage_core::credentials::{sign_mutation, Credential};
use garage_core::customers::CustomerFilter;
use garage_core::sync::protocol::{MutationKind, MutationResult, MutationStatus};
use garage_core::ErrorCode;
use harness::engine::{customer, desk as engine_desk, staff};
use harness::{delete, fresh, HttpDesk, Server};
use reqwest::StatusCode;
use uuid::Uuid;

fn refused(result: &MutationResult) -> ErrorCode {
    assert_eq!(result.status, MutationStatus::Rejected, "{result:?}");
    let rejection = result.rejection.as_ref().unwrap();
    assert!(!rejection.message.is_empty(), "a clear message: {rejection:?}");
    rejection.code
}

/// What the server's data looks like, to show nothing was applied.
fn state(server: &Server) -> (i64, i64) {
    (
        server.count("SELECT coalesce(max(seq), 0) FROM sync_changes"),
        server.count("SELECT count(*) FROM applied_mutations"),
    )
}

#[test]
fn issue9_a_desk_token_with_a_forged_owner_staff_id_is_refused_and_nothing_is_applied() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let (sandra, aisha) = (server.staff_id("Sandra Whitaker"), server.staff_id("Aisha Khan"));
    let jane = server.customer_id("Jane Smith");
    desk.sign_in(aisha, "3333").expect("Aisha signs in");
    let before = state(&server);

    // The Owner's id with no proof at all.
    let claimed = delete(sandra, jane);
    assert_eq!(refused(&desk.push_as_is(std::slice::from_ref(&claimed))[0]), ErrorCode::ProofMissing);
    // The Owner's id, signed with Aisha's own credential.
    let mut forged = delete(sandra, jane);
    sign_mutation(&desk.credential(aisha).unwrap(), desk.id, &mut forged);
    assert_eq!(refused(&desk.push_as_is(&[forged])[0]), ErrorCode::ProofInvalid);
    // A credential the server never issued.
    let mut made_up = delete(sandra, jane);
    sign_mutation(&Credential::generate(), desk.id, &mut made_up);
    assert_eq!(refused(&desk.push_as_is(&[made_up])[0]), ErrorCode::ProofInvalid);
    assert_eq!(state(&server), before, "nothing applied, nothing recorded");
    assert_eq!(server.count(&format!("SELECT count(*) FROM customers WHERE id = '{jane}' AND deleted_at IS NULL")), 1);

    // The forger used a real change's id first: the real one, signed by Sandra, still applies.
    desk.sign_in(sandra, "1111").expect("Sandra signs in");
    let real = desk.signed(&claimed);
    assert_eq!(desk.push_as_is(&[real])[0].status, MutationStatus::Applied);
    assert_eq!(
        server.count(&format!("SELECT count(*) FROM customers WHERE id = '{jane}' AND deleted_at IS NOT NULL")),
        1
    );
    assert!(server.log_text().contains("refused"), "the refusals are logged for IT");
}

#[test]
fn issue9_a_replayed_proof_for_a_different_mutation_is_refused() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let rob = server.staff_id("Rob Atkinson");
    let [first, second]: [Uuid; 2] = server.clean_customers(2).try_into().unwrap();
    let signed = desk.signed(&delete(rob, first));
    assert_eq!(desk.push_as_is(std::slice::from_ref(&signed))[0].status, MutationStatus::Applied);
    let before = state(&server);

    // The same proof on a delete of another customer, under a new id or the same one.
    let mut replayed = delete(rob, second);
    replayed.credential_id = signed.credential_id;
    replayed.proof = signed.proof.clone();
    assert_eq!(refused(&desk.push_as_is(std::slice::from_ref(&replayed))[0]), ErrorCode::ProofInvalid);
    let mut other_kind = signed.clone();
    other_kind.id = Uuid::new_v4();
    other_kind.kind =
        MutationKind::SetLocale(garage_core::changes::SetLocale { locale: garage_core::i18n::Locale::Pl });
    assert_eq!(refused(&desk.push_as_is(&[other_kind])[0]), ErrorCode::ProofInvalid);
    assert_eq!(state(&server), before);

    // From another desk's token, Rob's credential here proves nothing.
    let other = HttpDesk::register(&server, "Workshop");
    let mut elsewhere = delete(rob, second);
    sign_mutation(&desk.credential(rob).unwrap(), other.id, &mut elsewhere);
    assert_eq!(refused(&other.push_as_is(&[elsewhere])[0]), ErrorCode::ProofInvalid);
    assert_eq!(state(&server), before);
}

/// `garage-server set-pin STAFF` with `pin` on standard input.
fn set_pin(server: &Server, staff_id: Uuid, pin: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_garage-server"))
        .args(["set-pin", &staff_id.to_string()])
        .env("GARAGE_SERVER_DATABASE", &server.database)
        .env_remove("GARAGE_SERVER_ENROLMENT_KEY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{pin}").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn issue9_a_pin_change_revokes_the_persons_credentials_and_their_signed_changes_are_refused() {
    let (_dir, server) = fresh();
    let (front, workshop) = (HttpDesk::register(&server, "Front desk"), HttpDesk::register(&server, "Workshop"));
    let rob = server.staff_id("Rob Atkinson");
    let [a, b]: [Uuid; 2] = server.clean_customers(2).try_into().unwrap();
    // Signed on both desks while his PIN was 2222, not pushed yet.
    let queued = [front.signed(&delete(rob, a)), workshop.signed(&delete(rob, b))];

    let said = set_pin(&server, rob, "8642");
    assert!(said.contains("PIN set for Rob Atkinson; 2 credential(s) on desks revoked"), "{said}");
    let before = state(&server);
    assert_eq!(refused(&front.push_as_is(&queued[..1])[0]), ErrorCode::CredentialRevoked);
    assert_eq!(refused(&workshop.push_as_is(&queued[1..])[0]), ErrorCode::CredentialRevoked);
    assert_eq!(state(&server), before, "nothing applied");

    // The old PIN no longer signs in; the new one does, with a new credential that works.
    assert_eq!(front.sign_in(rob, "2222").unwrap_err().1.code, "wrong_pin");
    let answer = front.sign_in(rob, "8642").unwrap();
    assert_ne!(Some(answer.credential_id), queued[0].credential_id);
    assert_eq!(front.push(&[delete(rob, a)])[0].status, MutationStatus::Applied);
}

#[test]
fn issue9_pin_guesses_are_limited_per_person_and_per_desk_and_a_restart_keeps_the_locks() {
    let (_dir, mut server) = fresh();
    let guesser = HttpDesk::register(&server, "Guessing desk");
    let (rob, aisha, ioana, sandra, dave) = (
        server.staff_id("Rob Atkinson"),
        server.staff_id("Aisha Khan"),
        server.staff_id("Ioana Popescu"),
        server.staff_id("Sandra Whitaker"),
        server.staff_id("Dave Bennett"),
    );
    // Per person: five wrong PINs lock Dave at that desk, and only there (issue 12).
    for _ in 0..5 {
        assert_eq!(guesser.sign_in(dave, "0000").unwrap_err().1.code, "wrong_pin");
    }
    let (status, body) = guesser.sign_in(dave, "4444").unwrap_err();
    assert_eq!((status, body.code.as_str()), (StatusCode::UNAUTHORIZED, "locked_out"));
    assert!(body.until.is_some());
    let other = HttpDesk::register(&server, "Front desk");
    other.sign_in(dave, "4444").expect("Dave is not locked out at another desk");

    // Per desk: ten wrong PINs in a row from one desk, spread over people, pause the desk.
    for (who, times) in [(rob, 2), (aisha, 2), (ioana, 1)] {
        for _ in 0..times {
            assert_eq!(guesser.sign_in(who, "0000").unwrap_err().1.code, "wrong_pin");
        }
    }
    let (status, body) = guesser.sign_in(sandra, "1111").unwrap_err();
    assert_eq!((status, body.code.as_str()), (StatusCode::TOO_MANY_REQUESTS, "device_locked_out"));
    // Another desk signs Sandra in as usual.
    other.sign_in(sandra, "1111").expect("the other desk is not paused");

    // A restart changes nothing.
    server.stop();
    let server = Server::start(&server.database);
    let (guesser, other) = (guesser.at(&server), other.at(&server));
    assert_eq!(guesser.sign_in(sandra, "1111").unwrap_err().1.code, "device_locked_out");
    let dave_at_guesser = format!(
        "SELECT count(*) FROM device_staff_sign_in_attempts
          WHERE device_id = '{}' AND staff_id = '{dave}' AND locked_until IS NOT NULL",
        guesser.id
    );
    assert_eq!(server.count(&dave_at_guesser), 1, "Dave's lock at the guessing desk");
    // The lock-outs stay on the server: nothing about them is synced to desks.
    let (changes, _) = other.download(0, 10_000);
    for change in changes.iter().filter(|c| c.table == "staff_users") {
        let row = change.row.as_ref().unwrap().as_object().unwrap();
        for column in ["pin_hash", "failed_attempts", "locked_until"] {
            assert!(!row.contains_key(column), "staff_users.{column} is never synced: {row:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue9_an_offline_delete_by_someone_who_signed_in_online_before_still_syncs() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("server.db");
    let mut server = Server::start(&database);
    let a = engine_desk(&server.base);
    a.engine.cycle().await.unwrap();
    let rob = staff(&a.desk, "Rob Atkinson");
    a.sign_in(rob, "2222").await;
    a.desk.sign_out();

    // The server goes away; Rob signs in offline against his credential and deletes.
    server.stop();
    a.desk.sign_in(rob, "2222").unwrap();
    let jane = customer(&a.desk, "Jane Smith", CustomerFilter::Active).unwrap();
    a.desk.delete_customer(jane, "DELETE").unwrap();
    a.desk.sign_out();
    a.clock.advance(Duration::from_secs(31));
    assert!(a.engine.cycle().await.is_err(), "offline");

    // Back online on the same port: the queued, signed delete is accepted.
    let server = Server::start_with(&database, &[("GARAGE_SERVER_LISTEN", server.base.trim_start_matches("http://"))]);
    assert!(!a.engine.cycle().await.unwrap(), "nothing waits");
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0);
    assert_eq!(
        server.count(&format!("SELECT count(*) FROM customers WHERE id = '{jane}' AND deleted_at IS NOT NULL")),
        1
    );
    assert_eq!(server.count("SELECT count(*) FROM applied_mutations WHERE status = 'applied'"), 1);
    harness::engine::assert_same_as_server(&a.desk, &server);
}
