//! How the windows paint on Linux: on the CPU, without WebKitGTK's GPU compositing.
//!
//! Garage Desk's screens are forms, lists and tables with no animation worth a GPU. With
//! compositing on, each web process keeps GL surfaces and tiles (Mesa's llvmpipe where there is
//! no GPU driver, as on a VM or a thin client): at idle on the sign-in screen that was about 60 MiB
//! of the web process's 193 MiB PSS (issue 10). Painting on the CPU also sidesteps the GPU driver
//! faults that leave WebKitGTK windows blank on some desk PCs.
//!
//! IT can turn compositing back on with `WEBKIT_DISABLE_COMPOSITING_MODE=0` in the environment:
//! a value already set is never replaced.

/// WebKitGTK's switch: set and not `0`, the web processes paint without compositing.
pub const COMPOSITING_ENV: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Call first in `main`, before any thread starts (the environment is read by WebKitGTK when it
/// starts a web process).
pub fn paint_on_the_cpu_unless_it_said_otherwise() {
    #[cfg(target_os = "linux")]
    if std::env::var_os(COMPOSITING_ENV).is_none() {
        std::env::set_var(COMPOSITING_ENV, "1");
    }
}
