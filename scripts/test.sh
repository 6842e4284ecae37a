#!/usr/bin/env bash
# Runs every test potluck has:
#   1. unit and integration tests: cargo test --locked --workspace --all-targets
#      (actionlint and shellcheck included, for the workflow tests)
#   2. the browser suite (tests/browser/, see docs/browser-tests.md): the example
#      site in headless Chromium at phone and laptop widths, light and dark,
#      with axe-core, keyboard and search tests, the Nu HTML Checker, and Atom
#      and sitemap validation.
# It prints the seconds each phase took (set-up, cargo test, browser suite)
# and ends with one line: "test.sh: N passed, N failed".
#
# Works on a fresh machine with the Rust toolchain, python3, Node.js with npm
# and Java 11+: it installs what the browser suite needs when it is missing,
# and does nothing when it is already there:
#   - Debian's chromium (apt-get, only as root; never a browser download),
#   - the npm packages in tests/browser/package-lock.json (npm ci),
#   - feedparser, lxml, actionlint and shellcheck in a virtualenv,
#     tests/browser/.venv (PyPI packages that ship the binaries).
set -euo pipefail
cd "$(dirname "$0")/.."

# Seconds per phase, printed at the end: where the time of a run goes.
timings=""
phase_start=$SECONDS
phase_done() {
  timings="$timings $1 $((SECONDS - phase_start)) s,"
  phase_start=$SECONDS
}

BROWSER_DIR=tests/browser
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CHROMIUM

fail_setup() {
  echo "test.sh: $*" >&2
  exit 2
}
need() {
  command -v "$1" >/dev/null || fail_setup "$1 is needed: $2"
}
need python3 "the feed checks, actionlint and shellcheck are installed with it"
need node "the browser suite runs on Node.js 20 or later"
need npm "it installs the browser suite's packages"
need java "the Nu HTML Checker (vnu.jar) runs on Java 11 or later"

# Chromium from Debian's packages.
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing Debian's chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  [ -x "$CHROMIUM" ] || fail_setup "Chromium is missing at $CHROMIUM: as root, run 'apt-get update && apt-get install -y chromium' (or set CHROMIUM to a Chromium binary)"
fi

# npm packages, exactly as locked; again only when the lock file changed.
# --ignore-scripts: vnu-jar's install script would try to download a Java runtime.
if ! cmp -s "$BROWSER_DIR/package-lock.json" "$BROWSER_DIR/node_modules/.installed-lock.json"; then
  (cd "$BROWSER_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$BROWSER_DIR/package-lock.json" "$BROWSER_DIR/node_modules/.installed-lock.json"
fi

# Python packages in a virtualenv, reinstalled only when requirements.txt changed.
VENV=$BROWSER_DIR/.venv
if ! cmp -s "$BROWSER_DIR/requirements.txt" "$VENV/installed-requirements.txt"; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$BROWSER_DIR/requirements.txt"
  cp "$BROWSER_DIR/requirements.txt" "$VENV/installed-requirements.txt"
fi
export POTLUCK_PYTHON=$VENV/bin/python
# The workflow tests (tests/integration/workflows.rs) run this actionlint.
export POTLUCK_ACTIONLINT=$PWD/$VENV/bin/actionlint
phase_done set-up

passed=0
failed=0
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# 1. cargo test; the counts come from its "test result:" lines.
if ! cargo test --locked --workspace --all-targets 2>&1 | tee "$log"; then status=1; fi
read -r p f < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } } END { print p+0, f+0 }' "$log")
passed=$((passed + p))
failed=$((failed + f))
phase_done "cargo test"

# 2. The browser suite, with the debug binary cargo test just built.
# run.mjs prints "browser suite: N passed, N failed" last.
if ! POTLUCK_BIN=${CARGO_TARGET_DIR:-target}/debug/potluck node "$BROWSER_DIR/run.mjs" 2>&1 | tee "$log"; then status=1; fi
read -r p f < <(sed -n 's/^browser suite: \([0-9]*\) passed, \([0-9]*\) failed.*/\1 \2/p' "$log" | tail -n 1)
passed=$((passed + ${p:-0}))
failed=$((failed + ${f:-0}))
if [ -z "${p:-}" ]; then status=1; failed=$((failed + 1)); echo "test.sh: the browser suite did not run" >&2; fi
phase_done "browser suite"

echo "test.sh: seconds per phase:${timings%,}; total $SECONDS s"

if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "test.sh: $passed passed, $failed failed"
exit "$status"
