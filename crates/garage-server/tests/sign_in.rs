//! Staff sign in on a desk with their PIN, checked by the server with the core's lock-out.

mod harness;

use harness::{fresh, HttpDesk};
use reqwest::StatusCode;
use uuid::Uuid;

#[test]
fn sign_in_with_the_right_pin_and_refusals() {
    let (_dir, server) = fresh();
    let desk = HttpDesk::register(&server, "Front desk");
    let sandra = server.staff_id("Sandra Whitaker");

    let signed_in = desk.sign_in(sandra, "1111").expect("right PIN");
    assert_eq!(signed_in.staff.id, sandra);
    assert_eq!(signed_in.staff.display_name, "Sandra Whitaker");
    // Issue 9: the server registered the public key of the desk's new credential for Sandra there.
    let key = desk.credential(sandra).unwrap().public_key();
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM credentials WHERE id = '{}' AND staff_id = '{sandra}' AND device_id = '{}'
               AND public_key = '{key}' AND revoked_at IS NULL",
            signed_in.credential_id, desk.id
        )),
        1
    );
    assert_eq!(server.count("SELECT count(*) FROM device_staff"), 1);

    let (status, body) = desk.sign_in(sandra, "9999").unwrap_err();
    assert_eq!((status, body.code.as_str()), (StatusCode::UNAUTHORIZED, "wrong_pin"));
    let (status, body) = desk.sign_in(Uuid::new_v4(), "1111").unwrap_err();
    assert_eq!((status, body.code.as_str()), (StatusCode::UNAUTHORIZED, "not_found"));

    // Five wrong PINs lock the account at this desk; then even the right one is refused here.
    let dave = server.staff_id("Dave Bennett");
    for _ in 0..5 {
        assert_eq!(desk.sign_in(dave, "0000").unwrap_err().1.code, "wrong_pin");
    }
    assert_eq!(desk.sign_in(dave, "4444").unwrap_err().1.code, "locked_out");
    // The lock is Dave's at this desk (issue 12), not on his synced staff row.
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM device_staff_sign_in_attempts
              WHERE device_id = '{}' AND staff_id = '{dave}' AND locked_until IS NOT NULL",
            desk.id
        )),
        1
    );
    assert_eq!(server.count("SELECT count(*) FROM staff_users WHERE locked_until IS NOT NULL"), 0);

    assert!(!server.log_text().contains("1111"), "PINs are never logged");
    assert!(!server.log_text().contains(&desk.token), "device tokens are never logged");
}
