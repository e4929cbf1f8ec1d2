#!/usr/bin/env bash
# Builds the Linux installers (.deb and .rpm) with the Tauri CLI, checks what is in them, installs
# the .deb as IT would, runs the installed /usr/bin/garage-desk under Xvfb against a central server
# named in /etc/garage-desk/config.toml (tests/e2e/tests/installed.rs), then purges the package and
# checks nothing is left. Run as root on a test machine: it installs and purges `garage-desk`.
#
# Needs what scripts/setup.sh installs, the UI's npm packages and target/debug/garage-server
# (scripts/test-all.sh builds it before calling this).
#
# The test's /etc/garage-desk is a private tmpfs (its own mount namespace) where the machine allows
# it, so other apps and tests running on this machine never see the test's settings; otherwise the
# real folder is used and removed on exit, however the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

MACHINE_DIR=/etc/garage-desk
MACHINE_CONFIG=$MACHINE_DIR/config.toml
BIN=/usr/bin/garage-desk
DESKTOP_FILE="/usr/share/applications/Garage Desk.desktop"

if [ "$(id -u)" != 0 ]; then
  echo "test-installed-package: run as root (it installs a package and writes $MACHINE_DIR)" >&2
  exit 1
fi
if [ -e "$MACHINE_CONFIG" ]; then
  echo "test-installed-package: $MACHINE_CONFIG exists (this machine's own settings); move it away first" >&2
  exit 1
fi
target=${CARGO_TARGET_DIR:-target}
[ -x "$target/debug/garage-server" ] || cargo build -p garage-server --locked

version=$(node -p "require('./src-tauri/tauri.conf.json').version")
bundles="$target/release/bundle"
deb="$bundles/deb/Garage Desk_${version}_$(dpkg --print-architecture).deb"
rpm="$bundles/rpm/Garage Desk-${version}-1.$(uname -m).rpm"

created_dir=false
installed=false
cleanup() {
  local rc=$?
  if $installed; then
    dpkg --purge garage-desk >/dev/null 2>&1 || true
  fi
  rm -f "$MACHINE_CONFIG"
  if $created_dir; then rmdir "$MACHINE_DIR" 2>/dev/null || true; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

fail() { echo "test-installed-package: $*" >&2; exit 1; }
# has_line LISTING PATH WHAT: LISTING (one relative path a line) has PATH.
has_line() { grep -qxF -- "${2#/}" <<<"$1" || fail "$3 has no $2"; }

# 1. Build. tauri.conf.json's beforeBuildCommand builds the UI; cargo builds in release with the
# custom-protocol feature into the shared target/ (or $CARGO_TARGET_DIR).
echo "--- building the .deb and .rpm (release)"
rm -rf "$bundles/deb/Garage Desk_"* "$bundles/rpm/Garage Desk-"*
start=$SECONDS
ui/node_modules/.bin/tauri build --ci --bundles deb,rpm -- --locked
echo "--- built in $((SECONDS - start))s: $(du -h "$deb" | cut -f1) .deb, $(du -h "$rpm" | cut -f1) .rpm"

# 2. What is in them.
echo "--- checking the packages' metadata and files"
[ "$(dpkg-deb -f "$deb" Package)" = garage-desk ] || fail ".deb is not named garage-desk"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail ".deb version is not $version"
[[ "$(dpkg-deb -f "$deb" Depends)" == *libwebkit2gtk-4.1-0* ]] || fail ".deb does not depend on WebKitGTK"
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail ".deb has no description"
expected=(
  /usr/bin/garage-desk
  "/usr/share/applications/Garage Desk.desktop"
  /usr/share/icons/hicolor/32x32/apps/garage-desk.png
  /usr/share/icons/hicolor/128x128/apps/garage-desk.png
  /usr/share/icons/hicolor/512x512/apps/garage-desk.png
  /usr/share/doc/garage-desk/config.example.toml
)
deb_files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./||')
for f in "${expected[@]}" /usr/share/doc/garage-desk/copyright; do has_line "$deb_files" "$f" .deb; done
if command -v rpm >/dev/null; then
  [ "$(rpm -qp --qf '%{NAME} %{VERSION} %{LICENSE}' "$rpm" 2>/dev/null)" = "garage-desk $version LicenseRef-Proprietary" ] ||
    fail ".rpm name, version or licence is wrong"
  rpm_files=$(rpm -qlp "$rpm" 2>/dev/null | sed 's|^/||')
  for f in "${expected[@]}" /usr/share/licenses/garage-desk/LICENSE; do has_line "$rpm_files" "$f" .rpm; done
else
  echo "(rpm is not installed: the .rpm's contents are not checked)"
fi

# 3. Install as IT would. Dependencies come from apt if any are missing.
echo "--- installing the .deb"
installed=true
if ! dpkg -i "$deb"; then
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends
fi
[ -x "$BIN" ] || fail "$BIN was not installed"
[ -f "$DESKTOP_FILE" ] || fail "no $DESKTOP_FILE"
grep -qx 'Exec=garage-desk' "$DESKTOP_FILE" || fail "the menu entry does not start garage-desk"

# 4. The installed app, configured through the machine-wide file, under Xvfb and a D-Bus session
# (single instance talks D-Bus; inside xvfb-run, so services the bus starts can reach the display).
echo "--- running the installed app (tests/e2e/tests/installed.rs)"
run_with_private_etc() {
  if unshare --mount --propagation private true 2>/dev/null; then
    if [ ! -d "$MACHINE_DIR" ]; then mkdir -p "$MACHINE_DIR"; created_dir=true; fi
    unshare --mount --propagation private -- bash -c \
      'mount -t tmpfs -o mode=0755 garage-desk-test "$0" && exec "$@"' "$MACHINE_DIR" "$@"
  else
    echo "(no private mount namespace here: the test writes the real $MACHINE_CONFIG, removed on exit)"
    [ -d "$MACHINE_DIR" ] || created_dir=true
    "$@"
  fi
}
export GARAGE_DESK_BIN=$BIN
start=$SECONDS
run_with_private_etc \
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  cargo test -p garage-desk-e2e --locked --test installed -- --test-threads=1 --nocapture
echo "--- installed app tested in $((SECONDS - start))s"
[ ! -e "$MACHINE_CONFIG" ] || fail "the test left $MACHINE_CONFIG behind"

# 5. Remove it again.
echo "--- purging the package"
dpkg --purge garage-desk
installed=false
[ ! -e "$BIN" ] || fail "$BIN is still there after purge"
[ ! -e "$DESKTOP_FILE" ] || fail "$DESKTOP_FILE is still there after purge"
[ ! -e /usr/share/doc/garage-desk ] || fail "/usr/share/doc/garage-desk is still there after purge"
! dpkg-query -W garage-desk >/dev/null 2>&1 || fail "dpkg still knows garage-desk"
echo "--- installed, ran and removed the .deb: OK"
