#!/usr/bin/env bash
# Builds the hosted site into dist/ (release, wasm-opt -Oz; Trunk finds wasm-bindgen and wasm-opt on
# PATH), then the offline single-file page dist/ehealth-readiness-offline.html.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
printf '\n== trunk: release build into dist/\n' >&2
trunk build --release --offline
printf '\n== xtask: offline single-file page\n' >&2
cargo xtask bundle
