#!/usr/bin/env bash
# Installs what Garage Desk needs to build, run and test on Debian 12, then the UI's npm packages.
# Idempotent: skips what is already there. Run as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

TAURI_DRIVER_VERSION=2.1.0
APT_PACKAGES=(
  build-essential pkg-config file       # compilers and tools the -sys crates use
  perl                                  # OpenSSL's build (SQLCipher's crypto, compiled from source)
  libwebkit2gtk-4.1-dev                 # WebKitGTK + GTK 3 + libsoup 3: the Tauri webview
  xvfb xauth                            # a virtual display for the end-to-end tests
  webkit2gtk-driver                     # WebKitWebDriver, which tauri-driver drives
  fonts-dejavu-core                     # a font, so a bare machine renders text
  dbus                                  # dbus-run-session: a session bus for single instance in tests
  gnome-keyring                         # a Secret Service for the cache-key test (scripts/test-keyring.sh)
  rpm                                   # to inspect the built .rpm (tauri's rpm bundler needs nothing)
)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: Node.js 20 or newer is needed (with npm)" >&2
  exit 1
fi

# cargo install puts it in $CARGO_HOME/bin (~/.cargo/bin by default), where the e2e suite looks.
if ! tauri-driver --help >/dev/null 2>&1 && ! "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" --help >/dev/null 2>&1; then
  echo "setup: cargo install tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked --quiet
fi

if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: npm ci (ui/)"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
