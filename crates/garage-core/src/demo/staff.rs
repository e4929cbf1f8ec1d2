//! The demo garage's staff: one of each role, plus a Polish manager and a Romanian advisor.

use rand_chacha::ChaCha8Rng;

use super::writer::Writer;
use crate::error::CoreError;
use crate::i18n::Locale;
use crate::staff::{hash_pin, Role};

pub struct DemoStaff {
    pub name: &'static str,
    pub role: Role,
    pub locale: Locale,
    /// Demo PIN, printed in the README. Stored only as an Argon2 hash.
    pub pin: &'static str,
}

pub const DEMO_STAFF: &[DemoStaff] = &[
    DemoStaff { name: "Sandra Whitaker", role: Role::Owner, locale: Locale::EnGb, pin: "1111" },
    DemoStaff { name: "Rob Atkinson", role: Role::Manager, locale: Locale::EnGb, pin: "2222" },
    DemoStaff { name: "Aisha Khan", role: Role::ServiceAdvisor, locale: Locale::EnGb, pin: "3333" },
    DemoStaff { name: "Dave Bennett", role: Role::Technician, locale: Locale::EnGb, pin: "4444" },
    DemoStaff { name: "Piotr Nowak", role: Role::Manager, locale: Locale::Pl, pin: "5555" },
    DemoStaff { name: "Ioana Popescu", role: Role::ServiceAdvisor, locale: Locale::Ro, pin: "6666" },
];

pub(super) fn seed_staff(w: &mut Writer<'_>, rng: &mut ChaCha8Rng) -> Result<(), CoreError> {
    for s in DEMO_STAFF {
        let id = w.new_id(rng);
        w.staff(id, s.name, s.role, s.locale, &hash_pin(s.pin))?;
    }
    Ok(())
}
