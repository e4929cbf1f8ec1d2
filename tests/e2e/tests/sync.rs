//! The real app syncing with the real central server (S3, S5): the status indicator follows the
//! server going away and coming back, and a delete the server must refuse comes back with an
//! explanation in the user's language; a desk without the garage's enrolment key is refused, and one
//! IT revokes on the server stops syncing (S2).

use std::time::Duration;

use garage_desk_e2e::{App, CentralServer, ENROLMENT_KEY};

async fn connection(app: &App) -> String {
    app.find("[data-testid=sync-status]").await.attr("data-connection").await.unwrap().unwrap_or_default()
}

async fn wait_connection(app: &App, want: &str) {
    let started = std::time::Instant::now();
    loop {
        if connection(app).await == want {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "sync status never became {want}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn s3_s5_status_follows_the_server_and_a_refused_offline_delete_is_explained_in_polish() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = CentralServer::start(&dir.path().join("server.db"), 0);
    let app = App::launch_with(&[("GARAGE_DESK_SERVER", server.url.as_str())]).await;

    // The garage comes down from the server; a Polish manager signs in.
    app.sign_in("Piotr Nowak", "5555").await;
    wait_connection(&app, "online").await;
    app.screenshot("30-sync-online-pl").await;

    // The server's log breaks (a failed disk): it answers with errors, which the desk shows as a
    // server problem, not as offline (issue 12); then it is mended.
    server.database().execute_batch("ALTER TABLE sync_changes RENAME TO sync_changes_broken").unwrap();
    wait_connection(&app, "server_problem").await;
    let text = app.text("[data-testid=sync-status-text]").await;
    assert_eq!(text, "Problem z serwerem");
    app.screenshot("30b-sync-server-problem-pl").await;
    server.database().execute_batch("ALTER TABLE sync_changes_broken RENAME TO sync_changes").unwrap();
    wait_connection(&app, "online").await;

    // The server goes away: the desk says so, and keeps working.
    server.stop();
    wait_connection(&app, "offline").await;
    app.screenshot("31-sync-offline-pl").await;
    app.delete_customer("Jane Smith", "USUŃ").await;
    app.find("[data-testid=deleted-banner]").await;

    // Meanwhile another desk booked Jane's car in at the server, which then comes back.
    {
        let db = server.database();
        db.execute(
            "INSERT INTO work_orders (id, number, customer_id, vehicle_id, description, status, created_at, updated_at)
             SELECT '9b2f6c1e-0000-4000-8000-0000000000e2', 'WO-990002', customer_id, id, 'MOT test', 'booked',
                    '2026-11-30T12:00:00Z', '2026-11-30T12:00:00Z'
               FROM vehicles WHERE customer_id = (SELECT id FROM customers WHERE name = 'Jane Smith')",
            [],
        )
        .unwrap();
    }
    let port = server.port;
    server = CentralServer::start(&dir.path().join("server.db"), port);
    wait_connection(&app, "online").await;

    // After the undo window the delete leaves, the server refuses it, the desk restores Jane and
    // tells Piotr why, in Polish.
    let banner = {
        let started = std::time::Instant::now();
        loop {
            if let Some(el) = app.find_all("[data-testid=sync-problems-banner]").await.into_iter().next() {
                break el;
            }
            assert!(started.elapsed() < Duration::from_secs(90), "no sync problem reported");
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    };
    assert!(!banner.text().await.unwrap().is_empty());
    app.click("[data-testid=sync-problems-show]").await;
    let message = app
        .assert_text_contains("[data-testid=sync-problem-message]", "Serwer centralny nie usunął klienta Jane Smith")
        .await;
    assert!(message.contains("1 aktywne zlecenie"), "{message}");
    app.screenshot("32-sync-rejected-delete-pl").await;
    // The list's banner no longer says Jane was deleted: it says the server refused, in Polish.
    app.click("[data-testid=sync-problems-close]").await;
    let deleted_banner = app.find("[data-testid=deleted-banner][data-phase=refused]").await;
    let text = deleted_banner.text().await.unwrap();
    assert!(text.contains("Usunięcie odrzucone") && text.contains("Jane Smith"), "{text}");
    app.screenshot("33-sync-rejected-delete-banner-pl").await;
    drop(server);
    app.quit().await;
}

#[tokio::test]
async fn s2_a_desk_without_the_garages_enrolment_key_is_refused_and_says_so() {
    let (_dir, server) = CentralServer::fresh();
    let wrong = format!("{ENROLMENT_KEY}-typo");
    let app =
        App::launch_with(&[("GARAGE_DESK_SERVER", server.url.as_str()), ("GARAGE_DESK_ENROLMENT_KEY", &wrong)]).await;

    app.assert_text_contains("[data-testid=sign-in-not-enrolled]", "did not accept this desk").await;
    app.screenshot("34-sync-desk-not-enrolled").await;
    // The server gave this desk nothing: no device, no token, no staff.
    let devices: i64 = server.database().query_row("SELECT count(*) FROM devices", [], |r| r.get(0)).unwrap();
    assert_eq!(devices, 0);
    assert!(app.find_all("[data-testid=staff-option]").await.is_empty());
    app.quit().await;
}

#[tokio::test]
async fn s2_a_desk_it_revokes_on_the_server_stops_syncing_says_not_enrolled_and_keeps_its_cache() {
    let (_dir, server) = CentralServer::fresh();
    let app = App::launch_with(&[("GARAGE_DESK_SERVER", server.url.as_str())]).await;
    app.sign_in("Rob Atkinson", "2222").await;
    wait_connection(&app, "online").await;

    // IT removes this desk (a lost laptop) with the server's own command.
    let device_id: String = app.database().query_row("SELECT id FROM device", [], |r| r.get(0)).unwrap();
    let revoked = std::process::Command::new(CentralServer::binary())
        .args(["revoke-device", &device_id])
        .env("GARAGE_SERVER_DATABASE", &server.database)
        .env_remove("GARAGE_SERVER_ENROLMENT_KEY")
        .env_remove("GARAGE_SERVER_LISTEN")
        .output()
        .expect("garage-server revoke-device runs");
    assert!(revoked.status.success(), "{}", String::from_utf8_lossy(&revoked.stderr));

    wait_connection(&app, "not_enrolled").await;
    app.screenshot("35-sync-desk-revoked").await;
    // The desk still works on its cache.
    app.open_customer("Jane Smith").await;
    app.quit().await;
}
