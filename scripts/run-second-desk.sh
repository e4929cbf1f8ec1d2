#!/usr/bin/env bash
# A second Garage Desk, with its own data folder, against the central server that
# scripts/run-demo.sh started: a delete made on one desk vanishes from the other.
set -euo pipefail
cd "$(dirname "$0")/.."
state="${GARAGE_DEMO_STATE:-$HOME/.local/share/garage-desk-demo}"
server="http://${GARAGE_SERVER_LISTEN:-127.0.0.1:7878}"
GARAGE_DESK_ENROLMENT_KEY="$(cat "$state/enrolment-key")"
export GARAGE_DESK_ENROLMENT_KEY
exec target/debug/garage-desk --data-dir "$state/desk-2" --server "$server" "$@"
