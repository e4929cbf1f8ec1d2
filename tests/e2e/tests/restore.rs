//! Restoring a deleted customer after the undo window in the real app (README R1–R7): from the
//! customer list's Deleted filter, with screenshots of the restore screen in English and Polish,
//! and a restore made on one desk reaching another through the real central server.

use std::time::Duration;

use garage_desk_e2e::thirtyfour::prelude::*;
use garage_desk_e2e::{App, CentralServer};

/// Shows the Deleted filter and waits for `name`'s row; returns it.
async fn deleted_row(app: &App, name: &str) -> WebElement {
    app.click("[data-testid=filter-deleted]").await;
    app.row_named(name).await
}

async fn open_restore(app: &App, name: &str) {
    let row = deleted_row(app, name).await;
    row.find(By::Css("[data-testid=restore-button]")).await.expect("a Restore button").click().await.unwrap();
    app.find("[data-testid=restore-dialog]").await;
    app.find("[data-testid=restore-confirm]").await;
}

async fn count(app: &App, sql: &str) -> i64 {
    app.database().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn r1_r2_r5_an_owner_restores_from_the_deleted_filter_a_customer_whose_undo_window_has_passed() {
    let app = App::launch().await;
    // A Manager deletes Jane Smith; she has no Restore (R1); the 30 seconds pass.
    app.sign_in("Rob Atkinson", "2222").await;
    app.delete_customer("Jane Smith", "DELETE").await;
    app.find("[data-testid=banner-undo]").await;
    deleted_row(&app, "Jane Smith").await;
    assert!(app.find_all("[data-testid=restore-button]").await.is_empty(), "R1: no Restore for a Manager");
    tokio::time::sleep(Duration::from_secs(31)).await;
    app.wait_until("the undo window to close", || async { app.find_all("[data-testid=banner-undo]").await.is_empty() })
        .await;
    app.menu("menu-sign-out").await;

    // The Owner restores her from the Deleted filter.
    app.sign_in("Sandra Whitaker", "1111").await;
    open_restore(&app, "Jane Smith").await;
    app.assert_text_contains("[data-testid=restore-impact]", "1 vehicle and 1 conversation").await;
    app.assert_text_contains("[data-testid=restore-plates]", "YK14 JSM").await;
    app.screenshot("80-restore-dialog-en").await;
    app.click("[data-testid=restore-confirm]").await;
    app.assert_text_contains(
        "[data-testid=restored-banner]",
        "Jane Smith is back on the customer list with 1 vehicle and 1 conversation.",
    )
    .await;
    app.wait_until_not_listed("Jane to leave the Deleted filter", "Jane Smith").await;
    app.screenshot("81-restored-banner-en").await;

    // R2: her car and plate are back; R5: audited.
    app.click("[data-testid=restored-open-customer]").await;
    app.assert_text_contains("[data-testid=vehicles-section]", "YK14 JSM").await;
    assert_eq!(count(&app, "SELECT count(*) FROM audit_entries WHERE action = 'customer.restore'").await, 1);
    app.quit().await;
}

#[tokio::test]
async fn r1_an_owner_grants_restore_to_a_polish_manager_who_restores_a_customer_deleted_a_week_ago() {
    let app = App::signed_in("Sandra Whitaker", "1111").await;
    app.click("[data-testid=nav-staff-permissions]").await;
    let piotr: String = app
        .database()
        .query_row("SELECT id FROM staff_users WHERE display_name = 'Piotr Nowak'", [], |r| r.get(0))
        .unwrap();
    let toggle =
        format!("[data-testid=permission-toggle][data-staff-id='{piotr}'][data-permission='customers.restore']");
    app.click(&toggle).await;
    app.find(&format!("{toggle}[data-source=granted]")).await;
    let row = app.find("[data-testid=permission-row][data-permission='customers.restore']").await;
    assert!(row.text().await.unwrap().contains("Restore deleted customers"));
    app.screenshot("82-restore-permission-granted-en").await;
    app.menu("menu-sign-out").await;

    app.sign_in("Piotr Nowak", "5555").await;
    open_restore(&app, "Test Customer").await;
    let impact = app.text("[data-testid=restore-impact]").await;
    assert!(impact.starts_with("Przywrócone zostaną: ten klient, 1 pojazd i 0 rozmów"), "{impact}");
    app.screenshot("83-restore-dialog-pl").await;
    app.click("[data-testid=restore-confirm]").await;
    app.assert_text_contains("[data-testid=restored-banner]", "Klient przywrócony").await;
    app.screenshot("84-restored-banner-pl").await;
    app.quit().await;
}

#[tokio::test]
async fn r7_a_restore_on_one_desk_appears_on_the_other() {
    let (_dir, server) = CentralServer::fresh();
    let a = App::online_at(&server.url, "Sandra Whitaker", "1111").await;
    let b = App::online_at(&server.url, "Aisha Khan", "3333").await;
    deleted_row(&b, "Test Customer").await;

    open_restore(&a, "Test Customer").await;
    a.click("[data-testid=restore-confirm]").await;
    a.find("[data-testid=restored-banner]").await;

    // Desk B follows the server's hint: Test Customer leaves its Deleted filter and is found again.
    b.click("[data-testid=filter-active]").await;
    b.type_into("[data-testid=search-input]", "Test Customer").await;
    let row = b.row_named("Test Customer").await;
    assert!(row.text().await.unwrap().contains("YA10 TST"), "with its plate");
    b.screenshot("85-restore-arrived-on-the-other-desk-en").await;
    let restored: i64 = server
        .database()
        .query_row("SELECT count(*) FROM audit_entries WHERE action = 'customer.restore'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(restored, 1);
    a.quit().await;
    b.quit().await;
}
