//! Opening the cache (its key from the keyring, SQLCipher, migrations) on a thread of its own,
//! started as soon as this process is known to be the only desk on its data folder: right after
//! the single-instance plugin, while Tauri goes on to set up the event loop and the other plugins.
//! The app's setup then takes the open desk, usually without waiting (issue 10: start-up; the
//! open took 15-35 ms of a cold start when setup did it).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use garage_core::cache_key;
use garage_core::settings::{Resolved, StartupProblem};
use garage_core::Desk;
use tauri::plugin::TauriPlugin;
use tauri::{Manager, Runtime};

type Opened = Result<Arc<Desk>, StartupProblem>;

/// The open under way, shared by the plugin that starts it and the setup that takes it.
#[derive(Clone, Default)]
pub struct CacheOpening(Arc<Mutex<Option<JoinHandle<Opened>>>>);

impl CacheOpening {
    /// A plugin, registered right after the single-instance one, that starts the open.
    pub fn plugin<R: Runtime>(&self, settings: Option<Resolved>) -> TauriPlugin<R> {
        let slot = self.0.clone();
        tauri::plugin::Builder::new("cache-opening")
            .setup(move |app, _api| {
                if let Some(settings) = settings {
                    let folder = data_folder(app, &settings);
                    let handle = std::thread::Builder::new()
                        .name("cache-opening".into())
                        .spawn(move || open(folder?, &settings))?;
                    *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(handle);
                }
                Ok(())
            })
            .build()
    }

    /// The open desk, waiting for the thread if it is still at work.
    pub fn take(&self) -> Opened {
        let handle = self.0.lock().unwrap_or_else(|e| e.into_inner()).take();
        match handle.map(JoinHandle::join) {
            Some(Ok(opened)) => opened,
            Some(Err(_)) => Err(problem("?".into(), std::io::Error::other("opening the cache panicked"))),
            None => Err(problem("?".into(), std::io::Error::other("the cache was never opened"))),
        }
    }
}

/// The data folder: the settings', or the OS's app-data folder for this app.
fn data_folder<R: Runtime>(app: &tauri::AppHandle<R>, settings: &Resolved) -> Result<PathBuf, StartupProblem> {
    match &settings.data_dir {
        Some(dir) => Ok(dir.clone()),
        None => app.path().app_data_dir().map_err(|e| problem("?".into(), std::io::Error::other(e.to_string()))),
    }
}

fn problem(folder: PathBuf, error: std::io::Error) -> StartupProblem {
    StartupProblem::DataFolder { folder, error: error.into() }
}

/// Opens the encrypted cache in `folder` (issue 9): its key from the OS keyring, or the key file
/// where IT chose it or there is no keyring (the core logs which, and why). With a central server
/// the garage is downloaded from it; alone, a demo is seeded.
fn open(folder: PathBuf, settings: &Resolved) -> Opened {
    let started = std::time::Instant::now();
    let unavailable = |error: garage_core::CoreError| StartupProblem::DataFolder { folder: folder.clone(), error };
    let keyring = cache_key::OsKeyring::connect();
    let key = cache_key::resolve(&folder, settings.cache_key_store, &keyring).map_err(|e| unavailable(e.into()))?;
    let clock = Arc::new(garage_core::clock::SystemClock);
    let desk = Desk::open_encrypted(&folder, &key.key, clock, settings.server_url.is_none()).map_err(unavailable)?;
    log::info!("data folder: {} (cache opened in {} ms)", folder.display(), started.elapsed().as_millis());
    Ok(Arc::new(desk))
}
