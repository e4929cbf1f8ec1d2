//! The real app in WebKitGTK: sign-in for each role, search, the customer page, languages.
//! Screenshots of each main screen land in target/e2e-screenshots/.

use garage_desk_e2e::thirtyfour::prelude::*;
use garage_desk_e2e::App;

const ROLES: &[(&str, &str)] =
    &[("Sandra Whitaker", "1111"), ("Rob Atkinson", "2222"), ("Aisha Khan", "3333"), ("Dave Bennett", "4444")];

#[tokio::test]
async fn each_role_signs_in_sees_the_customer_list_and_signs_out() {
    let app = App::launch().await;
    app.find("[data-testid=staff-option]").await;
    app.screenshot("01-sign-in-en").await;
    for (i, (name, pin)) in ROLES.iter().enumerate() {
        app.sign_in(name, pin).await;
        app.find("[data-testid=customer-row]").await;
        let count = app.text("[data-testid=result-count]").await;
        assert!(count.contains("310"), "all active customers are listed: {count}");
        if i == 0 {
            app.screenshot("02-customer-list-en").await;
        }
        app.menu("menu-sign-out").await;
        app.find("[data-testid=staff-option]").await;
    }
    app.quit().await;
}

#[tokio::test]
async fn wrong_pin_is_explained_beside_the_field() {
    let app = App::launch().await;
    app.choose_staff("Rob Atkinson").await;
    app.find("[data-testid=pin-input]").await.send_keys("9999").await.unwrap();
    app.click("[data-testid=sign-in-submit]").await;
    let error = app.assert_text_contains("[data-testid=sign-in-error]", "That PIN is not right").await;
    assert!(error.contains("4 more tries"), "{error}");
    app.screenshot("01b-sign-in-wrong-pin-en").await;
    app.quit().await;
}

#[tokio::test]
async fn a_plate_typed_with_odd_spacing_finds_the_customer_and_opens_their_page() {
    let app = App::signed_in("Aisha Khan", "3333").await;
    app.find("[data-testid=customer-row]").await;
    // Ctrl+K focuses search from anywhere.
    app.driver.action_chain().key_down(Key::Control).send_keys("k").key_up(Key::Control).perform().await.unwrap();
    let search = app.find("[data-testid=search-input]").await;
    search.send_keys(" ab12 c de").await.unwrap();
    app.wait_until("one result for the plate", || async {
        let rows = app.find_all("[data-testid=customer-row]").await;
        rows.len() == 1 && rows[0].text().await.unwrap_or_default().contains("Tom Fletcher")
    })
    .await;
    app.screenshot("03-search-plate-en").await;

    // Arrow down and Enter open the highlighted result.
    search.send_keys(Key::Down + Key::Enter).await.unwrap();
    let name = app.text("[data-testid=customer-name]").await;
    assert_eq!(name, "Tom Fletcher");
    let vehicles = app.text("[data-testid=vehicles-section]").await;
    assert!(vehicles.contains("AB12 CDE") && vehicles.contains("Focus"), "{vehicles}");
    let work_orders = app.find_all("[data-testid=work-order-row]").await;
    assert!(work_orders.len() >= 4, "work orders listed: {}", work_orders.len());
    let wo_text = app.text("[data-testid=work-orders-section]").await;
    assert!(wo_text.contains("Awaiting parts") && wo_text.contains("In progress"), "{wo_text}");
    assert!(!app.find_all("[data-testid=invoice-row]").await.is_empty());
    app.screenshot("04-customer-page-en").await;
    app.quit().await;
}

#[tokio::test]
async fn invoices_show_money_and_the_name_at_issue() {
    let app = App::signed_in("Rob Atkinson", "2222").await;
    let search = app.find("[data-testid=search-input]").await;
    search.send_keys("sarah okafor").await.unwrap();
    app.wait_until("Sarah Okafor found", || async { app.find_all("[data-testid=customer-row]").await.len() == 1 })
        .await;
    app.open_first_row().await;
    let invoices = app.text("[data-testid=invoices-section]").await;
    assert!(invoices.contains("£245.60") && invoices.contains("£480.00") && invoices.contains("£180.00"), "{invoices}");

    search.clear().await.unwrap();
    search.send_keys("emma clarke").await.unwrap();
    app.wait_until("Emma Clarke found", || async {
        let rows = app.find_all("[data-testid=customer-row]").await;
        rows.len() == 1 && rows[0].text().await.unwrap_or_default().contains("Emma Clarke")
    })
    .await;
    app.open_first_row().await;
    app.wait_until("Emma Clarke's page", || async {
        app.find("[data-testid=customer-name]").await.text().await.unwrap_or_default() == "Emma Clarke"
    })
    .await;
    let invoices = app.text("[data-testid=invoices-section]").await;
    assert!(invoices.contains("Emma Davies"), "name at issue shown: {invoices}");
    app.screenshot("05-customer-renamed-en").await;
    app.quit().await;
}

#[tokio::test]
async fn a_polish_user_sees_polish_and_a_user_can_switch_language() {
    let app = App::signed_in("Piotr Nowak", "5555").await;
    app.find("[data-testid=customer-row]").await;
    app.wait_for_text("Klienci").await;
    app.wait_for_text("Ostatnia wizyta").await;
    app.screenshot("06-customer-list-pl").await;

    let search = app.find("[data-testid=search-input]").await;
    search.send_keys("AB12CDE").await.unwrap();
    app.wait_until("one result", || async { app.find_all("[data-testid=customer-row]").await.len() == 1 }).await;
    app.open_first_row().await;
    app.find("[data-testid=customer-name]").await;
    app.wait_for_text("Pojazdy").await;
    app.screenshot("07-customer-page-pl").await;

    // Switch user: back to the sign-in screen, then an English user sees English.
    app.menu("menu-switch-user").await;
    app.find("[data-testid=staff-option]").await;
    app.choose_staff("Piotr Nowak").await;
    app.find("[data-testid=pin-input]").await;
    app.screenshot("08-sign-in-pl").await;
    app.sign_in("Rob Atkinson", "2222").await;
    app.wait_for_text("Last visit").await;
    // Rob picks Polish from his menu: the whole UI follows at once.
    app.menu("menu-language-pl").await;
    app.wait_for_text("Ostatnia wizyta").await;
    app.menu("menu-language-en-GB").await;
    app.wait_for_text("Last visit").await;
    app.quit().await;
}
