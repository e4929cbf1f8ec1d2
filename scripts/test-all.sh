#!/usr/bin/env bash
# Sets up a fresh Debian machine and runs every check: lint, UI tests, core and command tests,
# the end-to-end suite in the real app under Xvfb, and the installed .deb (built, installed, run
# and purged; so run this as root on a test machine). Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

timings=()
step() {
  local name=$1; shift
  echo
  echo "==> $name"
  local start=$SECONDS
  "$@"
  local took=$((SECONDS - start))
  timings+=("$(printf '%5ds  %s' "$took" "$name")")
  # Disk too: a CI machine's disk can be small, and target/ is most of what a run writes.
  echo "==> $name: ${took}s (target/ $(du -sh "${CARGO_TARGET_DIR:-target}" 2>/dev/null | cut -f1), $(df -h --output=avail . | tail -1 | tr -d ' ') free)"
}

step "setup (apt, tauri-driver, npm ci)" scripts/setup.sh
step "ui: type-check" bash -c "cd ui && npm run --silent typecheck"
step "ui: lint" bash -c "cd ui && npm run --silent lint"
step "ui: component tests" bash -c "cd ui && npm test --silent"
step "ui: build" bash -c "cd ui && npm run --silent build"
step "rust: fmt" cargo fmt --all --check
step "rust: clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
step "rust: build app and server" cargo build -p garage-desk -p garage-server --locked
step "rust: core and command tests" cargo test --workspace --exclude garage-desk-e2e --locked
# The cache key in a real Secret Service (gnome-keyring in a D-Bus session of its own).
step "rust: cache key in the OS keyring" scripts/test-keyring.sh
rm -rf target/e2e-screenshots
# A D-Bus session bus: the app's single-instance guard uses it on Linux.
step "e2e: real app in WebKitGTK" xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  cargo test -p garage-desk-e2e --locked --test app --test delete --test restore --test merge --test sync --test desktop -- --test-threads=1
# The Linux installers: build the .deb and .rpm, install the .deb, run it as IT configures it, purge.
step "package: .deb/.rpm built, installed, run, purged" scripts/test-installed-package.sh

echo
echo "Step timings:"
printf '%s\n' "${timings[@]}"
echo "Screenshots: target/e2e-screenshots/"
