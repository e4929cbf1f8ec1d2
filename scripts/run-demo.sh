#!/usr/bin/env bash
# Sets up a fresh Debian machine, starts the garage's central server on the demo garage, and
# starts Garage Desk connected to it. Closing the app stops the server.
# Watch a delete travel between desks: run scripts/run-second-desk.sh in another terminal.
# Arguments go to the app, e.g. `--data-dir /tmp/garage`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
(cd ui && npm run build --silent)
cargo build -p garage-desk -p garage-server

state="${GARAGE_DEMO_STATE:-$HOME/.local/share/garage-desk-demo}"
mkdir -p "$state"
export GARAGE_SERVER_LISTEN="${GARAGE_SERVER_LISTEN:-127.0.0.1:7878}"
export GARAGE_SERVER_DATABASE="$state/garage-server.db"
export GARAGE_SERVER_SEED_DEMO=true
# The demo garage's enrolment key, made once per demo folder: the server enrols only desks that
# give it (scripts/run-second-desk.sh reads the same file).
if [ ! -s "$state/enrolment-key" ]; then
  (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$state/enrolment-key")
fi
export GARAGE_SERVER_ENROLMENT_KEY="$(cat "$state/enrolment-key")"
export GARAGE_DESK_ENROLMENT_KEY="$GARAGE_SERVER_ENROLMENT_KEY"
target/debug/garage-server > "$state/garage-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$state/garage-server.log" 2>/dev/null && break
  sleep 0.1
done
echo "central server: http://$GARAGE_SERVER_LISTEN (log: $state/garage-server.log)"
target/debug/garage-desk --data-dir "$state/desk-1" --server "http://$GARAGE_SERVER_LISTEN" "$@"
