//! Inserts the demo garage's rows with prepared statements inside the seeding transaction.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection};
use uuid::Uuid;

use crate::clock::to_storage;
use crate::error::CoreError;
use crate::i18n::Locale;
use crate::plates;
use crate::staff::Role;

pub struct Writer<'c> {
    pub conn: &'c Connection,
    anchor: DateTime<Utc>,
    next_work_order: u32,
    next_invoice: u32,
    used_plates: HashSet<String>,
}

pub struct NewCustomer<'a> {
    pub name: &'a str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub address_line: Option<&'a str>,
    pub town: Option<&'a str>,
    pub postcode: Option<&'a str>,
    pub created_days_ago: i64,
}

pub struct NewInvoice<'a> {
    pub customer: Uuid,
    pub work_order: Option<Uuid>,
    pub status: &'a str,
    pub issued_days_ago: Option<i64>,
    pub total_pence: i64,
    pub outstanding_pence: i64,
    pub billed_name: &'a str,
    pub billed_address: &'a str,
    pub billed_postcode: &'a str,
    pub status_reason: Option<&'a str>,
}

impl<'c> Writer<'c> {
    pub fn new(conn: &'c Connection, anchor: DateTime<Utc>) -> Result<Self, CoreError> {
        Ok(Writer { conn, anchor, next_work_order: 100_001, next_invoice: 200_001, used_plates: HashSet::new() })
    }

    pub fn new_id(&self, rng: &mut ChaCha8Rng) -> Uuid {
        uuid::Builder::from_random_bytes(rng.random()).into_uuid()
    }

    /// The anchor minus `days` (and a deterministic hour of the working day).
    pub fn days_ago(&self, days: i64) -> String {
        let hour = 8 + days.rem_euclid(9);
        to_storage(self.anchor - Duration::days(days) - Duration::hours(24 - hour))
    }

    pub fn claim_plate(&mut self, plate: &str) -> Option<String> {
        let p = plates::normalise(plate);
        self.used_plates.insert(p.clone()).then_some(p)
    }

    pub fn staff(&mut self, id: Uuid, name: &str, role: Role, locale: Locale, pin_hash: &str) -> Result<(), CoreError> {
        let now = to_storage(self.anchor);
        self.conn
            .prepare_cached(
                "INSERT INTO staff_users (id, display_name, role_id, locale, pin_hash, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![id.to_string(), name, role.id(), locale.tag(), pin_hash, now])?;
        Ok(())
    }

    pub fn customer(&mut self, id: Uuid, c: &NewCustomer<'_>) -> Result<(), CoreError> {
        let created = self.days_ago(c.created_days_ago);
        self.conn
            .prepare_cached(
                "INSERT INTO customers (id, name, phone, email, address_line, town, postcode, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )?
            .execute(params![id.to_string(), c.name, c.phone, c.email, c.address_line, c.town, c.postcode, created])?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn vehicle(
        &mut self,
        id: Uuid,
        customer: Uuid,
        (make, model): (&str, &str),
        colour: &str,
        year: u16,
        active: bool,
        created_days_ago: i64,
    ) -> Result<(), CoreError> {
        let created = self.days_ago(created_days_ago);
        self.conn
            .prepare_cached(
                "INSERT INTO vehicles (id, customer_id, make, model, colour, year, active, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )?
            .execute(params![id.to_string(), customer.to_string(), make, model, colour, year, active, created])?;
        Ok(())
    }

    /// A plate held from `from_days_ago`, until `to_days_ago` or still current.
    pub fn registration(
        &mut self,
        id: Uuid,
        vehicle: Uuid,
        plate: &str,
        from_days_ago: i64,
        to_days_ago: Option<i64>,
    ) -> Result<(), CoreError> {
        let to = to_days_ago.map(|d| self.days_ago(d));
        self.conn
            .prepare_cached(
                "INSERT INTO registrations (id, vehicle_id, plate, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                id.to_string(),
                vehicle.to_string(),
                plates::normalise(plate),
                self.days_ago(from_days_ago),
                to
            ])?;
        Ok(())
    }

    pub fn work_order(
        &mut self,
        id: Uuid,
        customer: Uuid,
        vehicle: Option<Uuid>,
        description: &str,
        status: &str,
        created_days_ago: i64,
    ) -> Result<(), CoreError> {
        let number = format!("WO-{}", self.next_work_order);
        self.next_work_order += 1;
        let created = self.days_ago(created_days_ago);
        self.conn.prepare_cached(
            "INSERT INTO work_orders (id, number, customer_id, vehicle_id, description, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        )?
        .execute(params![
            id.to_string(),
            number,
            customer.to_string(),
            vehicle.map(|v| v.to_string()),
            description,
            status,
            created
        ])?;
        Ok(())
    }

    pub fn invoice(&mut self, id: Uuid, i: &NewInvoice<'_>) -> Result<(), CoreError> {
        let number = format!("INV-{}", self.next_invoice);
        self.next_invoice += 1;
        let issued = i.issued_days_ago.map(|d| self.days_ago(d));
        let created = issued.clone().unwrap_or_else(|| self.days_ago(0));
        let billed = |s: &str| (i.status != "draft").then(|| s.to_owned());
        self.conn
            .prepare_cached(
                "INSERT INTO invoices (id, number, customer_id, work_order_id, status, issued_at, total_pence,
                 outstanding_pence, billed_name, billed_address, billed_postcode, status_reason, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
            )?
            .execute(params![
                id.to_string(),
                number,
                i.customer.to_string(),
                i.work_order.map(|w| w.to_string()),
                i.status,
                issued,
                i.total_pence,
                i.outstanding_pence,
                billed(i.billed_name),
                billed(i.billed_address),
                billed(i.billed_postcode),
                i.status_reason,
                created
            ])?;
        Ok(())
    }

    pub fn payment(
        &mut self,
        id: Uuid,
        invoice: Uuid,
        amount_pence: i64,
        method: &str,
        days_ago: i64,
    ) -> Result<(), CoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO payments (id, invoice_id, amount_pence, method, taken_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![id.to_string(), invoice.to_string(), amount_pence, method, self.days_ago(days_ago)])?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn conversation(
        &mut self,
        id: Uuid,
        customer: Uuid,
        channel: &str,
        (subject, last_message): (&str, &str),
        status: &str,
        days_ago: i64,
    ) -> Result<(), CoreError> {
        let at = self.days_ago(days_ago);
        let snoozed_until = (status == "snoozed").then(|| self.days_ago(-3));
        self.conn
            .prepare_cached(
                "INSERT INTO conversations (id, customer_id, channel, subject, last_message, status, snoozed_until,
                 last_message_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8)",
            )?
            .execute(params![
                id.to_string(),
                customer.to_string(),
                channel,
                subject,
                last_message,
                status,
                snoozed_until,
                at
            ])?;
        Ok(())
    }

    pub fn consent(
        &mut self,
        id: Uuid,
        customer: Uuid,
        channel: &str,
        kind: &str,
        source: &str,
        days_ago: i64,
    ) -> Result<(), CoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO consent_events (id, customer_id, channel, kind, source, occurred_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![id.to_string(), customer.to_string(), channel, kind, source, self.days_ago(days_ago)])?;
        Ok(())
    }
}
