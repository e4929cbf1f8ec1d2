//! Starting the desk: settings (IT's file, the user's, flags), the log, one instance per data
//! folder, the remembered window, and a clear error window when something stops the start.

pub mod cache_opening;
pub mod flags;
pub mod load;
pub mod logging;
pub mod paths;
pub mod rendering;
pub mod single_instance;
pub mod window_memory;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use garage_core::i18n::{Locale, Messages};
use garage_core::settings::StartupProblem;
use garage_core::sync::engine::Engine;
use garage_core::{Desk, ErrorCode};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

use crate::ipc_error::{IpcError, IpcResult};

/// What the main window needs before its first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartupState {
    /// The language before anyone signs in.
    pub default_locale: Locale,
    /// Why the desk could not start (a settings file or the data folder), if it could not.
    pub problem: Option<IpcError>,
}

pub struct Startup {
    started: Instant,
    state: StartupState,
    ready: AtomicBool,
}

impl Startup {
    /// The start-up state of a process that began at `started`, before its first screen.
    pub fn new(started: Instant, state: StartupState) -> Startup {
        Startup { started, state, ready: AtomicBool::new(false) }
    }
}

/// Never fails (nor reads the cache). Managed in `setup`, before any window can call it.
pub async fn startup_state<R: Runtime>(app: AppHandle<R>) -> IpcResult<StartupState> {
    Ok(app.state::<Startup>().state.clone())
}

/// The UI has shown its first screen: the start-up time goes to the log (and stderr, where the
/// desktop benchmark reads it). Never fails, as [`startup_state`].
pub async fn ui_ready<R: Runtime>(app: AppHandle<R>) -> IpcResult<()> {
    let startup = app.state::<Startup>();
    if !startup.ready.swap(true, Ordering::SeqCst) {
        log::info!("garage-desk: ready in {} ms", startup.started.elapsed().as_millis());
    }
    Ok(())
}

fn problem(code: ErrorCode, problem: &StartupProblem, locale: Locale) -> IpcError {
    log::error!("cannot start: {problem}");
    let message = match Messages::load() {
        Ok(messages) => problem.localised(&messages, locale),
        Err(_) => problem.to_string(),
    };
    IpcError { code, message }
}

pub fn run(started: Instant) {
    rendering::paint_on_the_cpu_unless_it_said_otherwise();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let loaded = load::load(&args);
    let data_dir = loaded.as_ref().ok().and_then(|r| r.data_dir.clone());
    let cache_opening = cache_opening::CacheOpening::default();
    crate::with_commands(tauri::Builder::default())
        // First, so a second launch hands over before anything else starts.
        .plugin(single_instance::plugin(data_dir.as_deref()))
        .plugin(logging::plugin())
        // Once logging is up, the cache starts opening alongside the rest of the start.
        .plugin(cache_opening.plugin(loaded.as_ref().ok().cloned()))
        .plugin(window_memory::plugin())
        .on_window_event(window_memory::on_window_event)
        .setup(move |app| {
            app.manage(window_memory::PendingSave::default());
            log::info!("Garage Desk {} starting", app.package_info().version);
            let state = match loaded {
                Err((settings_problem, locale)) => StartupState {
                    default_locale: locale,
                    problem: Some(problem(ErrorCode::SettingsInvalid, &settings_problem, locale)),
                },
                Ok(resolved) => {
                    load::log_resolution(&resolved);
                    let locale = resolved.default_locale;
                    let problem = cache_opening
                        .take()
                        .map(|desk| start_desk(app, desk, resolved))
                        .err()
                        .map(|p| problem(ErrorCode::DataFolderUnavailable, &p, locale));
                    StartupState { default_locale: locale, problem }
                }
            };
            app.manage(Startup::new(started, state));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Garage Desk could not start");
}

/// With a central server, starts syncing with it; makes the desk available to the commands.
fn start_desk(app: &mut tauri::App, desk: Arc<Desk>, settings: garage_core::settings::Resolved) {
    let server = settings.server_url;
    if let Some(url) = &server {
        log::info!("syncing with the central server at {url}");
        if settings.enrolment_key.is_none() {
            log::warn!("no enrolment_key set: a central server that asks for one will not enrol this desk");
        }
        tauri::async_runtime::spawn(Engine::new(desk.clone(), url).with_enrolment_key(settings.enrolment_key).run());
    } else {
        log::info!("no central server set: working alone on the demo garage");
    }
    app.manage(desk);
    app.manage(crate::staff::SyncServer(server.as_deref().map(garage_core::sync::client::Client::new)));
}
