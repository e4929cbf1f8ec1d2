//! garage-server: the central server of Garage Desk. Desks register, sign their staff in, pull
//! the garage's changes from a cursor and push theirs, which the server re-checks (product.md §5).

mod admin;
mod auth;
mod body_limit;
mod change_log;
mod changes;
mod config;
mod credentials;
mod database;
mod devices;
mod enrolment;
mod error;
mod events;
mod identity;
mod mutations;
mod routes;
mod rows;
mod sign_in;

use std::process::ExitCode;
use std::time::Instant;

use config::{Command, Config};
use database::Database;
use enrolment::EnrolmentKey;
use events::Events;
use routes::AppState;

fn main() -> ExitCode {
    tracing_subscriber::fmt().with_writer(std::io::stderr).with_target(false).init();
    let config = match config::parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            println!("{}", config::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("garage-server {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run { config_file }) => Config::load(config_file.as_deref(), env),
        Ok(Command::Devices { config_file }) => {
            return finish(Config::read(config_file.as_deref(), env).and_then(|c| admin::list_devices(&c.database)));
        }
        Ok(Command::RevokeDevice { device_id, config_file }) => {
            let result = Config::read(config_file.as_deref(), env)
                .and_then(|config| admin::revoke_device(&config.database, device_id))
                .map(|message| println!("{message}"));
            return finish(result);
        }
        Ok(Command::SetPin { staff_id, config_file }) => {
            let mut pin = String::new();
            let result = std::io::stdin()
                .read_line(&mut pin)
                .map_err(|e| format!("cannot read the PIN from standard input: {e}"))
                .and_then(|_| Config::read(config_file.as_deref(), env))
                .and_then(|config| admin::set_pin(&config.database, staff_id, pin.trim()))
                .map(|message| println!("{message}"));
            return finish(result);
        }
        Err(e) => Err(format!("{e}\n{}", config::USAGE)),
    };
    finish(config.and_then(|config| {
        tokio::runtime::Runtime::new().map_err(|e| format!("cannot start: {e}"))?.block_on(serve(config))
    }))
}

fn env(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

/// Exit code 0, or 1 with the error on stderr.
fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("garage-server: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    let shown = config.database.display().to_string();
    let mut conn = database::open(&config.database).map_err(|e| format!("cannot open {shown}: {e}"))?;
    if config.seed_demo {
        let started = Instant::now();
        if database::seed_demo_if_empty(&mut conn).map_err(|e| format!("cannot seed the demo garage: {e}"))? {
            tracing::info!("seeded the demo garage in {} ms", started.elapsed().as_millis());
        }
    }
    let newest = database::newest_seq(&conn).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let identity = identity::establish(&conn).map_err(|e| format!("cannot identify {shown}: {e}"))?;
    let now_micros = chrono::Utc::now().timestamp_micros();
    identity::open_gap(&conn, now_micros).map_err(|e| format!("cannot number {shown}'s log: {e}"))?;
    tracing::info!("database {shown} (identity {identity}), change log at seq {newest}");
    let db = Database::new(conn, Events::new(newest), identity);
    if config.enrolment_key.is_some() {
        tracing::info!("registration needs the garage's enrolment key");
    } else {
        tracing::warn!(
            "no enrolment_key set: registration is open to any process on this machine (listen {} is loopback)",
            config.listen
        );
    }
    let state = AppState { db, enrolment_key: EnrolmentKey::new(config.enrolment_key) };

    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!("garage-server: listening on http://{addr}");

    tokio::select! {
        served = axum::serve(listener, routes::router(state)) => served.map_err(|e| e.to_string()),
        () = stop_signal() => {
            // Every commit is already durable; open event streams are simply dropped.
            tracing::info!("stopping");
            Ok(())
        }
    }
}

async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
