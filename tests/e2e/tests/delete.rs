//! Deleting a customer in the real app (help article; product.md D1–D13, U1–U6), with a
//! screenshot of each dialog state in English and Polish.

use std::time::Duration;

use garage_desk_e2e::thirtyfour::prelude::*;
use garage_desk_e2e::App;

async fn open_dialog(app: &App) {
    app.click("[data-testid=delete-customer-button]").await;
    app.find("[data-testid=delete-dialog]").await;
}

async fn confirm_enabled(app: &App) -> bool {
    app.find("[data-testid=delete-confirm]").await.is_enabled().await.unwrap()
}

#[tokio::test]
async fn d6_d7_d10_d11_u1_u2_u3_a_manager_deletes_a_clean_customer_undoes_it_then_deletes_again_and_lets_the_window_pass(
) {
    let app = App::signed_in("Rob Atkinson", "2222").await;
    app.open_customer("Jane Smith").await;
    open_dialog(&app).await;
    app.wait_for_text("This will hide this customer, 1 vehicle, and 1 closed conversation.").await;
    assert!(!confirm_enabled(&app).await, "D7: disabled until the token is typed");
    app.type_into("[data-testid=delete-token-input]", "delete").await;
    assert!(!confirm_enabled(&app).await, "D7: case-sensitive");
    app.type_into("[data-testid=delete-token-input]", "DELETE").await;
    assert!(confirm_enabled(&app).await);
    app.screenshot("10-delete-confirm-en").await;
    app.click("[data-testid=delete-confirm]").await;

    // D11 and U1: the list with its banner, and the toast with Undo.
    app.find("[data-testid=deleted-banner]").await;
    app.find("[data-testid=delete-toast]").await;
    app.screenshot("11-deleted-toast-and-banner-en").await;
    app.type_into("[data-testid=search-input]", "Jane Smith").await;
    app.wait_until_not_listed("Jane gone from search (D10)", "Jane Smith").await;

    app.click("[data-testid=toast-undo]").await;
    app.open_customer("Jane Smith").await;
    let vehicles = app.text("[data-testid=vehicles-section]").await;
    assert!(vehicles.contains("YK14 JSM"), "U2: plate back on the car: {vehicles}");

    // Deleted again, and this time the 30 seconds pass: the banner stays, its Undo goes (U3).
    open_dialog(&app).await;
    app.confirm_delete("DELETE").await;
    app.find("[data-testid=banner-undo]").await;
    tokio::time::sleep(Duration::from_secs(31)).await;
    app.wait_until("the banner's Undo to go", || async { app.find_all("[data-testid=banner-undo]").await.is_empty() })
        .await;
    app.assert_text_contains("[data-testid=deleted-banner]", "Customer deleted").await;
    app.screenshot("14-deleted-banner-after-window-en").await;
    app.quit().await;
}

#[tokio::test]
async fn d1_a_service_advisor_sees_no_delete_button_and_deleted_customers_show_it_disabled() {
    let app = App::signed_in("Aisha Khan", "3333").await;
    app.open_customer("Jane Smith").await;
    app.find("[data-testid=vehicles-section]").await;
    assert_eq!(app.find_all("[data-testid=customer-actions]").await.len(), 1);
    assert!(app.find_all("[data-testid=delete-customer-button]").await.is_empty());
    app.screenshot("15-no-delete-button-service-advisor-en").await;
    app.menu("menu-sign-out").await;

    app.sign_in("Rob Atkinson", "2222").await;
    app.click("[data-testid=filter-deleted]").await;
    app.wait_until("the deleted customer", || async { !app.find_all("[data-testid=customer-row]").await.is_empty() })
        .await;
    app.open_first_row().await;
    let button = app.find("[data-testid=delete-customer-button]").await;
    assert!(!button.is_enabled().await.unwrap(), "D1: disabled on a deleted customer");
    app.quit().await;
}

#[tokio::test]
async fn d3_d4_d5_blockers_open_filtered_windows_are_resolved_there_and_the_delete_then_succeeds() {
    let app = App::signed_in("Sandra Whitaker", "1111").await;
    app.open_customer("Graham Whitlock").await;
    open_dialog(&app).await;
    app.wait_for_text("1 active work order (including 1 on YH67 GWL)").await;
    app.wait_for_text("1 unpaid invoice totalling £312.75").await;
    app.wait_for_text("1 active conversation").await;
    app.screenshot("12-delete-blocked-en").await;
    let main = app.driver.window().await.unwrap();

    for kind in ["work_orders", "invoices", "conversations"] {
        if app.find_all("[data-testid=delete-dialog]").await.is_empty() {
            open_dialog(&app).await;
        }
        let known = app.driver.windows().await.unwrap();
        app.click(&format!("[data-testid=blocker-link][data-kind={kind}]")).await;
        app.switch_to_new_window(&known).await;
        // The banner shows a placeholder line until the customer's name has loaded: wait for it.
        app.find("[data-testid=blocker-banner]").await;
        app.wait_for_text("Finish resolving these, then return to complete deleting Graham Whitlock").await;
        app.find("[data-testid=resolve-row]").await;
        match kind {
            "work_orders" => {
                app.screenshot("13-blocker-window-work-orders-en").await;
                app.click("[data-testid=wo-complete]").await;
            }
            "invoices" => {
                app.click("[data-testid=invoice-take-payment]").await;
                app.type_into("[data-testid=payment-amount]", "£9999").await;
                app.click("[data-testid=payment-submit]").await;
                app.assert_text_contains("[data-testid=action-error]", "more than the £312.75 outstanding").await;
                app.screenshot("13-blocker-window-invoices-error-en").await;
                app.type_into("[data-testid=payment-amount]", "312.75").await;
                app.click("[data-testid=payment-submit]").await;
            }
            _ => app.click("[data-testid=conversation-close]").await,
        }
        app.wait_until("the blocker resolved", || async { app.find_all("[data-testid=resolve-row]").await.is_empty() })
            .await;
        app.click("[data-testid=return-to-customer]").await;
        app.driver.switch_to_window(main.clone()).await.unwrap();
        app.wait_until("Graham's page in front", || async {
            match app.driver.find(By::Css("[data-testid=customer-name]")).await {
                Ok(el) => el.text().await.unwrap_or_default() == "Graham Whitlock",
                Err(_) => false,
            }
        })
        .await;
    }

    if app.find_all("[data-testid=delete-dialog]").await.is_empty() {
        open_dialog(&app).await;
    }
    app.confirm_delete("DELETE").await;
    app.find("[data-testid=deleted-banner]").await;
    app.quit().await;
}

#[tokio::test]
async fn d8_a_blocker_created_after_the_dialog_opened_flips_it_to_blocked() {
    let app = App::signed_in("Rob Atkinson", "2222").await;
    app.open_customer("Jane Smith").await;
    open_dialog(&app).await;
    app.type_into("[data-testid=delete-token-input]", "DELETE").await;
    // Meanwhile another desk books Jane's car in.
    app.database()
        .execute(
            "INSERT INTO work_orders (id, number, customer_id, vehicle_id, description, status, created_at, updated_at)
             SELECT '5f0c2d1e-0000-4000-8000-00000000e2e1', 'WO-999001', customer_id, id, 'Brake check', 'booked',
                    '2026-11-30T09:00:00Z', '2026-11-30T09:00:00Z'
               FROM vehicles WHERE customer_id = (SELECT id FROM customers WHERE name = 'Jane Smith')",
            [],
        )
        .unwrap();
    app.click("[data-testid=delete-confirm]").await;
    app.wait_for_text("1 active work order (including 1 on YK14 JSM)").await;
    assert!(!app.find_all("[data-testid=blocker-link]").await.is_empty(), "the dialog is in blocked mode");
    app.screenshot("16-delete-flipped-to-blocked-en").await;
    app.quit().await;
}

#[tokio::test]
async fn d7_a_polish_user_must_type_usun() {
    let app = App::signed_in("Piotr Nowak", "5555").await;
    app.open_customer("Jane Smith").await;
    open_dialog(&app).await;
    app.wait_for_text("Zostanie ukryty ten klient, 1 pojazd oraz 1 zamknięta rozmowa.").await;
    app.type_into("[data-testid=delete-token-input]", "DELETE").await;
    assert!(!confirm_enabled(&app).await);
    app.type_into("[data-testid=delete-token-input]", "USUŃ").await;
    assert!(confirm_enabled(&app).await);
    app.screenshot("20-delete-confirm-pl").await;
    app.click("[data-testid=delete-confirm]").await;
    app.find("[data-testid=delete-toast]").await;
    app.screenshot("21-deleted-toast-and-banner-pl").await;
    app.quit().await;
}

#[tokio::test]
async fn d3_polish_blocked_dialog() {
    let app = App::signed_in("Piotr Nowak", "5555").await;
    app.open_customer("Tom Fletcher").await;
    open_dialog(&app).await;
    app.wait_for_text("3 aktywne zlecenia (w tym 2 dla AB12 CDE)").await;
    app.screenshot("22-delete-blocked-pl").await;
    app.quit().await;
}

#[tokio::test]
async fn d13_the_eleventh_delete_in_an_hour_is_refused_with_the_message() {
    let app = App::signed_in("Rob Atkinson", "2222").await;
    // Ten deletes already this hour (persisted, as after a restart).
    let db = app.database();
    for i in 0..10 {
        db.execute(
            "INSERT INTO delete_batches (id, customer_id, deleted_by, device_id, committed_at)
             SELECT ?1, 'earlier', id, 'desk', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?2)
               FROM staff_users WHERE display_name = 'Rob Atkinson'",
            rusqlite::params![uuid::Uuid::new_v4().to_string(), format!("-{} minutes", 50 - i)],
        )
        .unwrap();
    }
    app.open_customer("Jane Smith").await;
    open_dialog(&app).await;
    app.confirm_delete("DELETE").await;
    let error =
        app.assert_text_contains("[data-testid=delete-error]", "Rate limited - too many deletes this hour").await;
    assert!(error.contains("You can delete again at"), "{error}");
    app.screenshot("17-delete-rate-limited-en").await;
    app.quit().await;
}
