use proptest::prelude::*;
use uuid::Uuid;

use super::*;
use crate::i18n::Locale;
use crate::sync::protocol::{Mutation, MutationKind};
use crate::testing::{seeded_desk, seeded_desk_connection, staff_id};
use crate::CoreError;

/// How many PIN hashes the database holds.
fn pin_hashes(conn: &rusqlite::Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM staff_users WHERE pin_hash IS NOT NULL", [], |r| r.get(0)).unwrap()
}

fn delete(staff_id: Uuid, customer_id: Uuid) -> Mutation {
    Mutation {
        id: Uuid::new_v4(),
        staff_id,
        created_at: "2026-11-30T10:00:00Z".into(),
        kind: MutationKind::DeleteCustomer(crate::changes::DeleteCustomer {
            customer_id,
            token: "DELETE".into(),
            locale: Locale::EnGb,
        }),
        credential_id: None,
        proof: None,
    }
}

#[test]
fn issue9_a_signed_mutation_verifies_only_as_signed() {
    let credential = Credential::generate();
    let device = Uuid::new_v4();
    let mut m = delete(Uuid::new_v4(), Uuid::new_v4());
    assert_eq!(verify_mutation(&credential.public_key(), device, &m), ProofCheck::Missing);
    sign_mutation(&credential, device, &mut m);
    assert_eq!(m.credential_id, Some(credential.id));
    assert_eq!(verify_mutation(&credential.public_key(), device, &m), ProofCheck::Valid);

    // Through JSON, as the server receives it.
    let received: Mutation = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
    assert_eq!(verify_mutation(&credential.public_key(), device, &received), ProofCheck::Valid);

    // Another author, another desk, another key, another credential id: all refused.
    let mut forged = m.clone();
    forged.staff_id = Uuid::new_v4();
    assert_eq!(verify_mutation(&credential.public_key(), device, &forged), ProofCheck::Invalid);
    assert_eq!(verify_mutation(&credential.public_key(), Uuid::new_v4(), &m), ProofCheck::Invalid);
    assert_eq!(verify_mutation(&Credential::generate().public_key(), device, &m), ProofCheck::Invalid);
    let mut moved = m.clone();
    moved.credential_id = Some(Uuid::new_v4());
    assert_eq!(verify_mutation(&credential.public_key(), device, &moved), ProofCheck::Invalid);

    // A proof replayed on a different mutation (new id, or other arguments) is refused.
    let mut replayed = delete(m.staff_id, Uuid::new_v4());
    replayed.id = m.id;
    replayed.credential_id = m.credential_id;
    replayed.proof = m.proof.clone();
    assert_eq!(verify_mutation(&credential.public_key(), device, &replayed), ProofCheck::Invalid);
    let mut renamed = m.clone();
    renamed.id = Uuid::new_v4();
    assert_eq!(verify_mutation(&credential.public_key(), device, &renamed), ProofCheck::Invalid);

    // Junk where hex should be.
    let mut junk = m.clone();
    junk.proof = Some("zz".into());
    assert_eq!(verify_mutation(&credential.public_key(), device, &junk), ProofCheck::Invalid);
    assert_eq!(verify_mutation("not hex", device, &m), ProofCheck::Invalid);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Whatever the arguments, a proof verifies for its own mutation, and any single changed bit
    /// of the proof is refused.
    #[test]
    fn issue9_proofs_hold_for_any_mutation(token in ".{0,40}", amount in any::<i64>(), bit in 0usize..512, pay in any::<bool>()) {
        let credential = Credential::generate();
        let device = Uuid::new_v4();
        let mut m = delete(Uuid::new_v4(), Uuid::new_v4());
        m.kind = if pay {
            MutationKind::TakePayment(crate::changes::TakePayment { invoice_id: Uuid::new_v4(), amount_pence: amount })
        } else {
            MutationKind::DeleteCustomer(crate::changes::DeleteCustomer { customer_id: Uuid::new_v4(), token, locale: Locale::Ro })
        };
        sign_mutation(&credential, device, &mut m);
        prop_assert_eq!(verify_mutation(&credential.public_key(), device, &m), ProofCheck::Valid);
        let mut bytes = hex::decode(m.proof.as_ref().unwrap()).unwrap();
        bytes[bit / 8] ^= 1 << (bit % 8);
        m.proof = Some(hex::encode(bytes));
        prop_assert_eq!(verify_mutation(&credential.public_key(), device, &m), ProofCheck::Invalid);
    }
}

#[test]
fn issue9_a_wrapped_credential_opens_only_with_its_pin_and_row() {
    let conn = seeded_desk_connection();
    let rob = staff_id(&conn, "Rob Atkinson");
    let aisha = staff_id(&conn, "Aisha Khan");
    let credential = Credential::generate();
    store(&conn, rob, &credential, "2468", false, "2026-11-30T09:00:00Z").unwrap();

    let unlocked = unlock(&conn, rob, "2468").unwrap().expect("the right PIN unlocks it");
    assert_eq!(unlocked.id, credential.id);
    assert_eq!(unlocked.key.to_bytes(), credential.key.to_bytes());
    assert!(unlock(&conn, rob, "2469").unwrap().is_none(), "a wrong PIN does not");
    let stored = has_credential(&conn, rob).unwrap().unwrap();
    assert_eq!(
        (stored.credential_id, stored.public_key, stored.local_only),
        (credential.id, credential.public_key(), false)
    );

    // The key is not in the row in clear, and a row copied to another person does not open.
    let wrapped: Vec<u8> = conn
        .query_row("SELECT wrapped_key FROM staff_credentials WHERE staff_id = ?1", [rob.to_string()], |r| r.get(0))
        .unwrap();
    assert!(!wrapped.windows(32).any(|w| w == credential.key.as_bytes()));
    conn.execute(
        "UPDATE staff_credentials SET kdf_salt = (SELECT kdf_salt FROM staff_credentials WHERE staff_id = ?1),
                nonce = (SELECT nonce FROM staff_credentials WHERE staff_id = ?1),
                wrapped_key = (SELECT wrapped_key FROM staff_credentials WHERE staff_id = ?1)
          WHERE staff_id = ?2",
        [rob.to_string(), aisha.to_string()],
    )
    .unwrap();
    assert!(unlock(&conn, aisha, "2468").unwrap().is_none());

    let nobody = Uuid::new_v4();
    assert!(matches!(unlock(&conn, nobody, "2468"), Err(CoreError::FirstSignInNeedsServer)));
}

#[test]
fn issue9_a_desk_holds_no_pin_hash_and_signs_in_against_its_own_credentials() {
    let (desk, _clock) = seeded_desk();
    let hashes: i64 = pin_hashes(&desk.connection());
    assert_eq!(hashes, 0);
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    assert!(matches!(desk.sign_in(rob, "9999"), Err(CoreError::WrongPin { attempts_left: 4 })));
    let session = desk.sign_in(rob, "2222").unwrap();
    assert_eq!(session.user.display_name, "Rob Atkinson");
}

#[test]
fn issue9_a_cache_with_pin_hashes_from_an_older_version_loses_them_on_open() {
    let conn = crate::testing::seeded_connection();
    let before: i64 = pin_hashes(&conn);
    assert!(before > 0);
    let desk = crate::Desk::from_connection(
        conn,
        std::sync::Arc::new(crate::clock::ManualClock::new(crate::testing::anchor())),
    )
    .unwrap();
    let after: i64 = pin_hashes(&desk.connection());
    assert_eq!(after, 0);
    // Nobody has a credential here: signing in needs the server first.
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    assert!(matches!(desk.sign_in(rob, "2222"), Err(CoreError::FirstSignInNeedsServer)));
}

#[test]
fn issue9_every_queued_change_is_signed_by_its_authors_credential_on_this_desk() {
    let (desk, _clock) = seeded_desk();
    let rob = staff_id(&desk.connection(), "Rob Atkinson");
    desk.sign_in(rob, "2222").unwrap();
    desk.set_my_locale(Locale::Pl).unwrap();
    let queued = crate::sync::push::queued(&desk.connection(), 10).unwrap();
    assert_eq!(queued.len(), 1);
    let m = &queued[0].mutation;
    let public_key = has_credential(&desk.connection(), rob).unwrap().unwrap().public_key;
    assert_eq!(verify_mutation(&public_key, desk.device_id(), m), ProofCheck::Valid);
}
