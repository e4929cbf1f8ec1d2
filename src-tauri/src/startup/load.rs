//! Reads both settings files and resolves what the desk runs with.

use garage_core::i18n::Locale;
use garage_core::settings::{
    locale_for_system_tag, read_settings_file, resolve, FileKind, Resolved, StartupProblem, UserLayers,
};

use super::{flags, paths};

/// The settings, or why they cannot be used and the language to say so in.
pub fn load(args: &[String]) -> Result<Resolved, (StartupProblem, Locale)> {
    let machine = read_settings_file(&paths::machine_config(), FileKind::Machine)
        .map_err(|e| (StartupProblem::from(e), system_locale()))?;
    let locale = machine.as_ref().and_then(|m| m.values.default_locale).unwrap_or_else(system_locale);
    let user_file = match paths::user_settings() {
        Some(path) => read_settings_file(&path, FileKind::User).map_err(|e| (StartupProblem::from(e), locale))?,
        None => None,
    };
    let layers = UserLayers { command_line: flags::command_line(args), environment: flags::environment(), user_file };
    Ok(resolve(machine.as_ref(), &layers))
}

/// The OS user's language, for messages before any settings could be read.
pub fn system_locale() -> Locale {
    sys_locale::get_locale().map(|tag| locale_for_system_tag(&tag)).unwrap_or(Locale::EnGb)
}

/// Writes where each setting came from, and what a lock overrode, to the log for IT.
pub fn log_resolution(resolved: &Resolved) {
    for (setting, origin) in &resolved.origins {
        log::info!("setting {}: from {origin}", setting.key());
    }
    for overridden in &resolved.overridden {
        log::warn!(
            "setting {}: the value from {} was ignored: IT locked it in {}",
            overridden.setting.key(),
            overridden.ignored,
            overridden.locked_in.display()
        );
    }
}
