//! What the soak counts and prints: where each kill landed, what was acknowledged and checked,
//! and the final drain.

use std::time::Duration;

use rusqlite::Connection;

/// Where the kills landed, by the child's last whole line and what the database says after.
#[derive(Debug, Default)]
pub struct Landings {
    pub opening: usize,
    pub signing_in: usize,
    /// Inside a delete call: its transaction rolled back (never committed) or committed (the
    /// kill came between the commit and the acknowledgement).
    pub delete_rolled_back: usize,
    pub delete_committed: usize,
    pub undo_rolled_back: usize,
    pub undo_committed: usize,
    /// Between calls: the child pausing, the engine idle, pushing or pulling.
    pub between: usize,
}

impl Landings {
    /// Counts a kill after which the child's whole lines were `lines`, judging a call it was in
    /// by `desk`, the desk's database after the kill.
    pub fn count(&mut self, lines: &[String], desk: &Connection) {
        let last: Vec<&str> = lines.last().map(|l| l.split_whitespace().collect()).unwrap_or_default();
        let committed = |sql: &str, id: &str| -> bool { desk.query_row(sql, [id], |r| r.get(0)).unwrap() };
        match last.as_slice() {
            [] | ["START", "open"] => self.opening += 1,
            ["OPEN"] | ["START", "sign_in", ..] | ["RATE_LIMITED"] => self.signing_in += 1,
            ["START", "delete", customer] => {
                let sql = "SELECT deleted_at IS NOT NULL FROM customers WHERE id = ?1";
                let counter =
                    if committed(sql, customer) { &mut self.delete_committed } else { &mut self.delete_rolled_back };
                *counter += 1;
            }
            ["START", "undo", batch] => {
                let sql = "SELECT undone_at IS NOT NULL FROM delete_batches WHERE id = ?1";
                let counter = if committed(sql, batch) { &mut self.undo_committed } else { &mut self.undo_rolled_back };
                *counter += 1;
            }
            _ => self.between += 1,
        }
    }
}

#[derive(Debug, Default)]
pub struct Figures {
    pub landings: Landings,
    /// Kills aimed at a call the child had just announced, rather than at a random time.
    pub aimed: usize,
    pub deletes_acked: usize,
    pub undos_acked: usize,
    pub acked_checks: usize,
    pub answers_lost: usize,
    pub clean_customers: usize,
    pub soak_staff: usize,
    pub queued_at_end: usize,
    pub drain: Duration,
    pub took: Duration,
}

impl Figures {
    pub fn print(&self, settings: &super::soak::Settings) {
        let l = &self.landings;
        println!(
            "kill soak: GARAGE_SOAK_SEED={} {} kills (SIGKILL) of a child driving a desk on the {:?} garage \
             ({} clean customers, {} soak managers), {:.1} s in all",
            settings.seed,
            settings.kills,
            settings.size,
            self.clean_customers,
            self.soak_staff,
            self.took.as_secs_f64()
        );
        println!(
            "  {} kills at a random time (0-{} ms after the start), {} aimed at a call the child had just announced",
            settings.kills - self.aimed,
            settings.longest_life.as_millis(),
            self.aimed
        );
        println!(
            "  landed: {} opening the desk, {} signing in, inside a delete {} (rolled back {}, committed \
             unacknowledged {}), inside an undo {} (rolled back {}, committed unacknowledged {}), {} between calls \
             (engine idle, pushing or pulling)",
            l.opening,
            l.signing_in,
            l.delete_rolled_back + l.delete_committed,
            l.delete_rolled_back,
            l.delete_committed,
            l.undo_rolled_back + l.undo_committed,
            l.undo_rolled_back,
            l.undo_committed,
            l.between
        );
        println!(
            "  acknowledged {} deletes and {} undos; {} checks of acknowledged changes after the kills, none lost",
            self.deletes_acked, self.undos_acked, self.acked_checks
        );
        println!(
            "  PRAGMA integrity_check failures 0, half-done deletes 0; {} times a kill left a delete the server had \
             applied but the desk had not settled",
            self.answers_lost
        );
        println!(
            "  drain: {} queued changes pushed in {:.0} ms; the desk and the server agree",
            self.queued_at_end,
            self.drain.as_secs_f64() * 1e3
        );
    }
}
