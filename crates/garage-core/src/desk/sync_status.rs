//! The desk's side of the sync: what the engine needs from it, and what the UI shows (S5).

use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::params;
use uuid::Uuid;

use super::Desk;
use crate::error::{CoreError, ErrorCode};
use crate::sync::engine::state;
use crate::sync::engine::status::{Runtime, SyncConnection, SyncProblem, SyncStatus};
use crate::sync::outbox;
use crate::sync::protocol::{Mutation, MutationKind, Rejection};
use crate::sync::push::NotPutBack;

impl Desk {
    pub fn sync_notify(&self) -> Arc<tokio::sync::Notify> {
        self.sync_notify.clone()
    }

    pub fn now_utc(&self) -> DateTime<Utc> {
        self.clock.now_utc()
    }

    pub fn update_sync(&self, change: impl FnOnce(&mut Runtime)) {
        change(&mut self.sync_runtime.lock().unwrap_or_else(|p| p.into_inner()));
    }

    pub fn sync_status(&self) -> Result<SyncStatus, CoreError> {
        let runtime = self.sync_runtime.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let staff = self.session().as_ref().map(|s| s.staff_id);
        let conn = self.connection();
        let connection = match (runtime.configured, runtime.online, runtime.syncing || runtime.download.is_some()) {
            (false, ..) => SyncConnection::Standalone,
            (true, false, _) if runtime.not_enrolled => SyncConnection::NotEnrolled,
            (true, false, _) if runtime.server_problem => SyncConnection::ServerProblem,
            (true, _, true) => SyncConnection::Syncing,
            (true, true, false) => SyncConnection::Online,
            (true, false, false) => SyncConnection::Offline,
        };
        let unread_problems: u32 = match staff {
            Some(staff) => conn.query_row(
                "SELECT count(*) FROM sync_problems WHERE staff_id = ?1 AND read_at IS NULL",
                params![staff.to_string()],
                |r| r.get(0),
            )?,
            None => 0,
        };
        Ok(SyncStatus {
            connection,
            waiting: outbox::waiting(&conn)?,
            last_sync: state::get(&conn, state::LAST_SYNC)?,
            download: runtime.download,
            unread_problems,
        })
    }

    /// The signed-in user's sync problems, newest first, each explained in their language.
    pub fn sync_problems(&self) -> Result<Vec<SyncProblem>, CoreError> {
        let session = self.require_session()?;
        let locale = self.locale();
        let conn = self.connection();
        let mut stmt = conn.prepare(
            "SELECT id, occurred_at, mutation, rejection, read_at IS NOT NULL, not_put_back FROM sync_problems
              WHERE staff_id = ?1 ORDER BY occurred_at DESC, id",
        )?;
        let rows = stmt.query_map(params![session.staff_id.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        let mut problems = Vec::new();
        for row in rows {
            let (id, occurred_at, mutation, rejection, read, not_put_back) = row?;
            let mutation: Mutation = serde_json::from_str(&mutation)?;
            let rejection: Option<Rejection> = serde_json::from_str(&rejection)?;
            let mut message = self.explain(&conn, locale, &mutation, rejection.as_ref());
            let not_put_back: Vec<NotPutBack> =
                not_put_back.and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
            if !not_put_back.is_empty() {
                message = format!("{message} {}", self.not_put_back(locale, &not_put_back));
            }
            problems.push(SyncProblem { id: Uuid::parse_str(&id).unwrap_or_default(), occurred_at, message, read });
        }
        Ok(problems)
    }

    pub fn mark_problem_read(&self, id: Uuid) -> Result<(), CoreError> {
        let session = self.require_session()?;
        let n = self.connection().execute(
            "UPDATE sync_problems SET read_at = coalesce(read_at, ?3) WHERE id = ?1 AND staff_id = ?2",
            params![id.to_string(), session.staff_id.to_string(), crate::clock::to_storage(self.clock.now_utc())],
        )?;
        if n == 0 {
            return Err(CoreError::NotFound("sync problem"));
        }
        Ok(())
    }

    /// Issue 12: what of a refused change could not be put back as the server holds it.
    fn not_put_back(&self, locale: crate::i18n::Locale, rows: &[NotPutBack]) -> String {
        let m = &self.messages;
        let named: Vec<String> = rows
            .iter()
            .map(|row| match &row.plate {
                Some(plate) => m.format(
                    locale,
                    "sync-not-put-back-registration",
                    &[("plate", crate::plates::format(plate).into())],
                ),
                None => m.format(locale, "sync-not-put-back-row", &[("table", row.table.clone().into())]),
            })
            .collect();
        m.format(locale, "sync-problem-not-put-back", &[("rows", named.join(", ").into())])
    }

    fn explain(
        &self,
        conn: &rusqlite::Connection,
        locale: crate::i18n::Locale,
        mutation: &Mutation,
        rejection: Option<&Rejection>,
    ) -> String {
        let m = &self.messages;
        let code = rejection.map(|r| r.code);
        match (&mutation.kind, rejection) {
            (MutationKind::DeleteCustomer(crate::changes::DeleteCustomer { customer_id, .. }), Some(rejection))
                if rejection.code == ErrorCode::DeleteBlocked =>
            {
                let name: String = conn
                    .query_row("SELECT name FROM customers WHERE id = ?1", [customer_id.to_string()], |r| r.get(0))
                    .unwrap_or_default();
                let blockers: Vec<String> =
                    rejection.blockers.lines(m, locale).into_iter().map(|blocker| blocker.text).collect();
                m.format(
                    locale,
                    "sync-problem-delete-blocked",
                    &[("customer", name.into()), ("blockers", blockers.join("; ").into())],
                )
            }
            (MutationKind::RestoreCustomer(crate::changes::RestoreCustomer { customer_id, .. }), Some(rejection)) => {
                let name: String = conn
                    .query_row("SELECT name FROM customers WHERE id = ?1", [customer_id.to_string()], |r| r.get(0))
                    .unwrap_or_default();
                let reason = match &rejection.plate {
                    Some(plate) => m.format(
                        locale,
                        "sync-reason-restore-plate-taken",
                        &[("plate", crate::plates::format(plate).into())],
                    ),
                    None => crate::error::message_for_code(m, locale, rejection.code),
                };
                m.format(
                    locale,
                    "sync-problem-restore-refused",
                    &[("customer", name.into()), ("reason", reason.into())],
                )
            }
            (
                MutationKind::MergeCustomers(crate::changes::MergeCustomers { survivor_id, merged_ids, .. }),
                Some(rejection),
            ) => {
                let names: Vec<String> = std::iter::once(survivor_id)
                    .chain(merged_ids.iter())
                    .filter_map(|id| {
                        conn.query_row("SELECT name FROM customers WHERE id = ?1", [id.to_string()], |r| r.get(0)).ok()
                    })
                    .collect();
                let reason = crate::error::message_for_code(m, locale, rejection.code);
                m.format(
                    locale,
                    "sync-problem-merge-refused",
                    &[("customers", names.join(", ").into()), ("reason", reason.into())],
                )
            }
            _ => {
                let reason = code
                    .map(|c| crate::error::message_for_code(m, locale, c))
                    .unwrap_or_else(|| m.text(locale, "error-storage"));
                m.format(locale, "sync-problem-rejected", &[("reason", reason.into())])
            }
        }
    }
}
