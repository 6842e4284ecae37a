#!/usr/bin/env bash
# Runs every test potluck has: unit and integration tests (cargo test).
# Works on a fresh machine: it needs only the Rust toolchain and python3
# (for the shared corpus generator the integration tests call).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "python3 is needed by the corpus tests" >&2; exit 2; }
cargo test --locked --all-targets
