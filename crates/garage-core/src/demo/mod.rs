//! A deterministic demo garage: the same size and anchor time always give the same rows.
//!
//! `demo` holds a few hundred customers plus the people the delete flow needs on purpose (see
//! [`fixtures`]); `5k`, `20k` and `100k` exist for benchmarks.

mod fixtures;
mod names;
mod random_customers;
mod staff;
mod writer;

use std::str::FromStr;

use chrono::{DateTime, Utc};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rusqlite::Connection;

pub use fixtures::FIXTURE_NAMES;
pub use staff::{DemoStaff, DEMO_STAFF};

use crate::error::CoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoSize {
    Demo,
    K5,
    K20,
    K100,
}

impl DemoSize {
    /// Customers generated at random, on top of the fixtures.
    pub fn random_customers(self) -> usize {
        match self {
            DemoSize::Demo => 300,
            DemoSize::K5 => 5_000,
            DemoSize::K20 => 20_000,
            DemoSize::K100 => 100_000,
        }
    }
}

impl FromStr for DemoSize {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "demo" => Ok(DemoSize::Demo),
            "5k" => Ok(DemoSize::K5),
            "20k" => Ok(DemoSize::K20),
            "100k" => Ok(DemoSize::K100),
            other => Err(format!("unknown demo size {other:?}: use demo, 5k, 20k or 100k")),
        }
    }
}

/// Seeds an empty, migrated database with the demo garage, in one transaction.
/// `anchor` is "now" for the generated history.
pub fn seed(conn: &mut Connection, size: DemoSize, anchor: DateTime<Utc>) -> Result<(), CoreError> {
    let tx = conn.transaction()?;
    let existing: i64 = tx.query_row("SELECT count(*) FROM customers", [], |r| r.get(0))?;
    if existing > 0 {
        return Err(CoreError::InvalidInput("the database already holds a garage"));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(0x6A7A_6E5E_D35C);
    let mut w = writer::Writer::new(&tx, anchor)?;
    staff::seed_staff(&mut w, &mut rng)?;
    fixtures::seed_fixtures(&mut w, &mut rng)?;
    random_customers::seed_random(&mut w, &mut rng, size.random_customers())?;
    fixtures::seed_late_fixtures(&mut w)?;
    drop(w);
    let ids = {
        let mut stmt = tx.prepare("SELECT id FROM customers")?;
        let ids = stmt.query_map([], |r| crate::db::uuid_at(r, 0))?.collect::<Result<Vec<_>, _>>()?;
        ids
    };
    for id in ids {
        crate::customers::reindex_customer(&tx, id)?;
    }
    tx.commit()?;
    Ok(())
}

/// [`seed`] for a desk that runs without a central server: each demo person gets a credential
/// made here under their demo PIN, and no PIN hash stays on the desk.
pub fn seed_desk(conn: &mut Connection, size: DemoSize, anchor: DateTime<Utc>) -> Result<(), CoreError> {
    seed(conn, size, anchor)?;
    let tx = conn.transaction()?;
    let now = crate::clock::to_storage(anchor);
    for person in DEMO_STAFF {
        let id = tx.query_row("SELECT id FROM staff_users WHERE display_name = ?1", [person.name], |r| {
            crate::db::uuid_at(r, 0)
        })?;
        crate::credentials::enrol_local(&tx, id, person.pin, &now)?;
    }
    tx.execute("UPDATE staff_users SET pin_hash = NULL", [])?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests;
