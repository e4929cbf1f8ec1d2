#!/usr/bin/env bash
# Sets up a fresh Debian machine and starts Garage Desk on the demo garage.
# Extra arguments go to the app, e.g. `--data-dir /tmp/garage`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
(cd ui && npm run build --silent)
cargo build -p garage-desk
exec target/debug/garage-desk "$@"
