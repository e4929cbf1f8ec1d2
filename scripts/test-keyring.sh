#!/usr/bin/env bash
# Issue 9: the desk's cache key in the real OS keyring. Starts a D-Bus session of its own with a
# gnome-keyring unlocked by a throw-away password, in a throw-away home (so no one's real keyring
# is touched), and runs the test that `cargo test` skips (it is #[ignore]d there). Debian's
# gnome-keyring package is installed by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--inside" ]; then
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  mkdir -m 700 "$home/run"
  # cargo and rustup keep finding their homes; the keyring lives in the throw-away one.
  export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
  env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_DATA_HOME="$home/share" \
    XDG_RUNTIME_DIR="$home/run" dbus-run-session -- "$0" --inside
  exit
fi

# --unlock reads the new login keyring's password from standard input and makes it the default.
printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
cargo test -p garage-core --locked --test cache_at_rest -- --ignored --exact \
  issue9_os_keyring_holds_the_cache_key_of_a_data_folder_across_starts
