//! Issue 9: the kill -9 soak, short. The same binary is the parent and, with `GARAGE_SOAK_CHILD`
//! set, the child it kills (`child.rs`): no extra binary is built or shipped. Run in the test
//! command with 25 kills of a child driving the demo garage; the long run, with its figures, is
//! `cargo bench -p garage-server --bench kill_soak` (1,000 kills).

#[path = "../harness/mod.rs"]
mod harness;

mod checks;
mod child;
mod figures;
mod soak;

fn main() {
    if std::env::var_os(child::CHILD).is_some() {
        return child::run();
    }
    if std::env::args().any(|a| a == "--list") {
        return; // nothing for a test lister: this target is one whole run
    }
    let settings = soak::Settings::from_env(25, garage_core::demo::DemoSize::Demo);
    let figures = soak::run(&settings);
    figures.print(&settings);
}
