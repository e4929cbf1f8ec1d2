//! Merging duplicate customers in the real app (README M1–M10, DS1–DS5): a Manager merges
//! Margaret Hughes with her duplicate Maggie Hughes, reviewing fields, and every work order and
//! invoice of both shows on the survivor with its name at issue; screenshots of the suggestions,
//! picker, review, confirm and merged customer in English and Polish; and a merge made on one
//! desk reaching the other through the real central server.

use std::time::Duration;

use garage_desk_e2e::thirtyfour::prelude::*;
use garage_desk_e2e::{App, CentralServer};

/// The first element matching `css` whose text holds every one of `texts`.
async fn element_with(app: &App, css: &str, texts: &[&str]) -> WebElement {
    let started = std::time::Instant::now();
    loop {
        for element in app.find_all(css).await {
            let text = element.text().await.unwrap_or_default();
            if texts.iter().all(|t| text.contains(t)) {
                return element;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no {css} with {texts:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Opens the duplicate suggestions and returns Margaret (with her car) paired with Maggie: the
/// side with more history comes first.
async fn margaret_and_maggie_pair(app: &App) -> WebElement {
    app.click("[data-testid=open-duplicates]").await;
    app.find("[data-testid=duplicates-dialog]").await;
    let pair = element_with(app, "[data-testid=duplicate]", &["Margaret Hughes", "Maggie Hughes"]).await;
    let text = pair.text().await.unwrap();
    if text.starts_with("Margaret Hughes") {
        return pair;
    }
    for candidate in app.find_all("[data-testid=duplicate]").await {
        let text = candidate.text().await.unwrap_or_default();
        if text.starts_with("Margaret Hughes") && text.contains("Maggie Hughes") {
            return candidate;
        }
    }
    panic!("no Margaret–Maggie pair");
}

async fn confirm_merge(app: &App, token: &str) {
    app.type_into("[data-testid=merge-token]", token).await;
    app.click("[data-testid=merge-confirm]").await;
    app.find("[data-testid=merge-done]").await;
}

async fn count(app: &App, sql: &str) -> i64 {
    app.database().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The survivor's page: every work order and invoice of both, each invoice with its name at issue.
async fn check_survivor_page(app: &App) {
    app.click("[data-testid=merge-open-survivor]").await;
    app.wait_until("four work orders on Margaret's page", || async {
        app.find_all("[data-testid=work-order-row]").await.len() == 4
    })
    .await;
    assert_eq!(app.find_all("[data-testid=invoice-row]").await.len(), 3);
    let billed = app.find_all("[data-testid=invoice-billed-name]").await;
    let mut names = Vec::new();
    for cell in billed {
        names.push(cell.text().await.unwrap());
    }
    assert!(names.iter().any(|n| n == "Maggie Hughes"), "the invoice issued to Maggie keeps her name: {names:?}");
}

#[tokio::test]
async fn m1_m5_m9_a_manager_picks_reviews_and_merges_margaret_hughes_with_her_duplicate() {
    let app = App::signed_in("Rob Atkinson", "2222").await;
    margaret_and_maggie_pair(&app).await;
    app.screenshot("90-merge-suggestions-en").await;
    app.click("[data-testid=duplicates-dialog] .dialog__close").await;

    // The picker: found by surname; Margaret with her car, and Maggie.
    app.click("[data-testid=open-merge]").await;
    app.type_into("[data-testid=merge-search]", "hughes").await;
    let margaret = element_with(&app, ".merge-picker__row", &["Margaret Hughes", "YL18 HUG"]).await;
    margaret.find(By::Css("[data-testid=merge-pick]")).await.unwrap().click().await.unwrap();
    let maggie = element_with(&app, ".merge-picker__row", &["Maggie Hughes"]).await;
    maggie.find(By::Css("[data-testid=merge-pick]")).await.unwrap().click().await.unwrap();
    let picked = app.text("[data-testid=merge-picked]").await;
    assert!(picked.starts_with("2 of 5 picked"), "{picked}");
    app.screenshot("91-merge-picker-en").await;

    // The review: Margaret kept (most history), differing fields side by side, agreeing ones collapsed.
    app.click("[data-testid=merge-to-review]").await;
    app.find("[data-testid=merge-review]").await;
    let records = app.find_all("[data-testid=merge-record]").await;
    assert_eq!(records.len(), 2);
    assert!(records[0].text().await.unwrap().contains("Most history"));
    app.assert_text_contains("[data-testid=merge-agreeing]", "3 fields are the same on every record").await;
    app.assert_text_contains("[data-testid=merge-notes]", "every vehicle is kept").await;
    // Keep Maggie's landline.
    let phone = element_with(&app, "[data-testid=merge-value-phone]", &["0113 496 0588"]).await;
    phone.click().await.unwrap();
    app.screenshot("92-merge-review-en").await;
    app.type_into("[data-testid=merge-token]", "MERGE").await;
    app.screenshot("93-merge-confirm-en").await;
    app.click("[data-testid=merge-confirm]").await;
    app.assert_text_contains("[data-testid=merge-done]", "1 record was merged into Margaret Hughes.").await;

    check_survivor_page(&app).await;
    let header = app.text("[data-testid=customer-page]").await;
    assert!(header.contains("0113 496 0588"), "the phone picked in the review");
    app.screenshot("94-merged-customer-en").await;
    assert_eq!(count(&app, "SELECT count(*) FROM customers WHERE merged_into_id IS NOT NULL").await, 1);
    assert_eq!(count(&app, "SELECT count(*) FROM audit_entries WHERE action = 'customer.merge'").await, 1);
    app.quit().await;
}

#[tokio::test]
async fn ds5_m9_a_polish_manager_reviews_and_merges_from_the_suggestions() {
    let app = App::signed_in("Piotr Nowak", "5555").await;
    let pair = margaret_and_maggie_pair(&app).await;
    let why = pair.text().await.unwrap();
    assert!(why.contains("Ten sam adres e-mail"), "{why}");
    app.screenshot("95-merge-suggestions-pl").await;
    pair.find(By::Css("[data-testid=duplicate-review]")).await.unwrap().click().await.unwrap();
    app.find("[data-testid=merge-review]").await;
    let label = app.text("label[for=merge-token]").await;
    assert_eq!(label, "Wpisz SCAL, aby potwierdzić");
    app.screenshot("96-merge-review-pl").await;
    confirm_merge(&app, "SCAL").await;
    app.screenshot("97-merge-done-pl").await;
    check_survivor_page(&app).await;
    app.screenshot("98-merged-customer-pl").await;
    app.quit().await;
}

#[tokio::test]
async fn m10_a_merge_on_one_desk_appears_on_the_other() {
    let (_dir, server) = CentralServer::fresh();
    let a = App::online_at(&server.url, "Rob Atkinson", "2222").await;
    let b = App::online_at(&server.url, "Aisha Khan", "3333").await;
    b.type_into("[data-testid=search-input]", "YM19").await;
    element_with(&b, "[data-testid=customer-row]", &["Maggie Hughes"]).await;

    let pair = margaret_and_maggie_pair(&a).await;
    pair.find(By::Css("[data-testid=duplicate-review]")).await.unwrap().click().await.unwrap();
    a.find("[data-testid=merge-review]").await;
    confirm_merge(&a, "MERGE").await;
    // The merge leaves desk A once its 30 seconds of undo are over.
    tokio::time::sleep(Duration::from_secs(31)).await;
    let merged = || {
        server
            .database()
            .query_row("SELECT count(*) FROM customers WHERE merged_into_id IS NOT NULL", [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    let started = std::time::Instant::now();
    while merged() == 0 {
        assert!(started.elapsed() < Duration::from_secs(60), "the merge reached the server");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    // Desk B: Maggie's car is now found on Margaret's record.
    b.type_into("[data-testid=search-input]", "YM19 ").await;
    b.type_into("[data-testid=search-input]", "YM19").await;
    element_with(&b, "[data-testid=customer-row]", &["Margaret Hughes", "YM19 HGS"]).await;
    b.screenshot("99-merge-arrived-on-the-other-desk-en").await;
    a.quit().await;
    b.quit().await;
}
