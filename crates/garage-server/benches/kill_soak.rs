//! Benchmark-style kill -9 soak (issue 9): 1,000 kills by default (`GARAGE_SOAK_KILLS`) of a
//! child driving a desk on the `5k` garage (`GARAGE_SOAK_SIZE`), with a seed printed to replay
//! it (`GARAGE_SOAK_SEED`). Asserts the invariants after every kill and prints the figures.
//!
//! `cargo bench -p garage-server --bench kill_soak`

#[path = "../tests/harness/mod.rs"]
mod harness;

#[path = "../tests/kill_soak/checks.rs"]
mod checks;
#[path = "../tests/kill_soak/child.rs"]
mod child;
#[path = "../tests/kill_soak/figures.rs"]
mod figures;
#[path = "../tests/kill_soak/soak.rs"]
mod soak;

fn main() {
    if std::env::var_os(child::CHILD).is_some() {
        return child::run();
    }
    let settings = soak::Settings::from_env(1000, garage_core::demo::DemoSize::K5);
    let figures = soak::run(&settings);
    figures.print(&settings);
}
