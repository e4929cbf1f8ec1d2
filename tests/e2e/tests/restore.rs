//! Restoring a deleted customer after the undo window in the real app (README R1–R7): from the
//! customer list's Deleted filter, with screenshots of the restore screen in English and Polish,
//! and a restore made on one desk reaching another through the real central server.

use std::time::Duration;

use garage_desk_e2e::thirtyfour::prelude::*;
use garage_desk_e2e::{App, CentralServer};

/// Shows the Deleted filter and waits for `name`'s row; returns it.
async fn deleted_row(app: &App, name: &str) -> WebElement {
    app.find("[data-testid=filter-deleted]").await.click().await.unwrap();
    row_named(app, name).await
}

async fn row_named(app: &App, name: &str) -> WebElement {
    let started = std::time::Instant::now();
    loop {
        for row in app.find_all("[data-testid=customer-row]").await {
            if row.text().await.unwrap_or_default().contains(name) {
                return row;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no row for {name}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
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
    app.open_customer("Jane Smith").await;
    app.find("[data-testid=delete-customer-button]").await.click().await.unwrap();
    app.type_into("[data-testid=delete-token-input]", "DELETE").await;
    app.find("[data-testid=delete-confirm]").await.click().await.unwrap();
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
    let impact = app.find("[data-testid=restore-impact]").await.text().await.unwrap();
    assert!(impact.contains("1 vehicle and 1 conversation"), "{impact}");
    let plates = app.find("[data-testid=restore-plates]").await.text().await.unwrap();
    assert!(plates.contains("YK14 JSM"), "{plates}");
    app.screenshot("80-restore-dialog-en").await;
    app.find("[data-testid=restore-confirm]").await.click().await.unwrap();
    let banner = app.find("[data-testid=restored-banner]").await.text().await.unwrap();
    assert!(banner.contains("Jane Smith is back on the customer list with 1 vehicle and 1 conversation."), "{banner}");
    app.wait_until("Jane to leave the Deleted filter", || async {
        let mut names = Vec::new();
        for row in app.find_all("[data-testid=customer-row]").await {
            names.push(row.text().await.unwrap_or_default());
        }
        !names.iter().any(|n| n.contains("Jane Smith"))
    })
    .await;
    app.screenshot("81-restored-banner-en").await;

    // R2: her car and plate are back; R5: audited.
    app.find("[data-testid=restored-open-customer]").await.click().await.unwrap();
    let vehicles = app.find("[data-testid=vehicles-section]").await.text().await.unwrap();
    assert!(vehicles.contains("YK14 JSM"), "{vehicles}");
    assert_eq!(count(&app, "SELECT count(*) FROM audit_entries WHERE action = 'customer.restore'").await, 1);
    app.quit().await;
}

#[tokio::test]
async fn r1_an_owner_grants_restore_to_a_polish_manager_who_restores_a_customer_deleted_a_week_ago() {
    let app = App::launch().await;
    app.sign_in("Sandra Whitaker", "1111").await;
    app.find("[data-testid=nav-staff-permissions]").await.click().await.unwrap();
    let piotr: String = app
        .database()
        .query_row("SELECT id FROM staff_users WHERE display_name = 'Piotr Nowak'", [], |r| r.get(0))
        .unwrap();
    let toggle =
        format!("[data-testid=permission-toggle][data-staff-id='{piotr}'][data-permission='customers.restore']");
    app.find(&toggle).await.click().await.unwrap();
    app.find(&format!("{toggle}[data-source=granted]")).await;
    let row = app.find("[data-testid=permission-row][data-permission='customers.restore']").await;
    assert!(row.text().await.unwrap().contains("Restore deleted customers"));
    app.screenshot("82-restore-permission-granted-en").await;
    app.menu("menu-sign-out").await;

    app.sign_in("Piotr Nowak", "5555").await;
    open_restore(&app, "Test Customer").await;
    let impact = app.find("[data-testid=restore-impact]").await.text().await.unwrap();
    assert!(impact.starts_with("Przywrócone zostaną: ten klient, 1 pojazd i 0 rozmów"), "{impact}");
    app.screenshot("83-restore-dialog-pl").await;
    app.find("[data-testid=restore-confirm]").await.click().await.unwrap();
    let banner = app.find("[data-testid=restored-banner]").await.text().await.unwrap();
    assert!(banner.contains("Klient przywrócony"), "{banner}");
    app.screenshot("84-restored-banner-pl").await;
    app.quit().await;
}

#[tokio::test]
async fn r7_a_restore_on_one_desk_appears_on_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let server = CentralServer::start(&dir.path().join("server.db"), 0);
    let a = App::online_at(&server.url, "Sandra Whitaker", "1111").await;
    let b = App::online_at(&server.url, "Aisha Khan", "3333").await;
    deleted_row(&b, "Test Customer").await;

    open_restore(&a, "Test Customer").await;
    a.find("[data-testid=restore-confirm]").await.click().await.unwrap();
    a.find("[data-testid=restored-banner]").await;

    // Desk B follows the server's hint: Test Customer leaves its Deleted filter and is found again.
    b.find("[data-testid=filter-active]").await.click().await.unwrap();
    b.type_into("[data-testid=search-input]", "Test Customer").await;
    let row = row_named(&b, "Test Customer").await;
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
