#!/usr/bin/env bash
# Desktop weight benchmark: Garage Desk (on the demo and 100k garages) against a bare Tauri v2
# window (benches/bare-window). Builds the UI, both apps' release binaries and .deb/.rpm installers
# with the Tauri CLI, then measures in one run, under Xvfb: cold start to the first interactive
# screen, idle memory of all each app's processes, sizes, and the ratios. Prints figures only.
# Environment: GARAGE_BENCH_RUNS (5), GARAGE_BENCH_SIZES (demo,100k), GARAGE_BENCH_IDLE_SECS (5).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

scripts/setup.sh
tauri="$PWD/ui/node_modules/.bin/tauri"

echo "==> ui: build"
(cd ui && npm run --silent build)
# `tauri build` turns on tauri's custom-protocol feature (a real release app). With the shared
# target dir both apps land in target/release/ and their installers in target/release/bundle/.
echo "==> Garage Desk: release binary and installers"
(cd src-tauri && "$tauri" build --bundles deb,rpm -- --locked)
echo "==> bare window: release binary and installers"
(cd benches/bare-window && "$tauri" build --bundles deb,rpm -- --locked)
echo "==> benchmark"
cargo bench -p garage-desk-e2e --bench desktop --locked --no-run
# WebKitGTK needs a display; a session bus too when there is one to start, as on a desktop (Garage
# Desk claims its single-instance name on it; GTK and WebKit reach the accessibility bus and portals).
session=()
if command -v dbus-run-session >/dev/null; then session=(dbus-run-session --); fi
xvfb-run -a -s "-screen 0 1280x800x24" "${session[@]}" cargo bench -p garage-desk-e2e --bench desktop --locked
