#!/usr/bin/env bash
# Runs every check and test: format, lints, native unit tests, the data pipeline's check against the raw
# sources, the data package's validity (frictionless), the release build, and the browser tests in
# headless Chromium. Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step "format and lints"
cargo fmt --all -- --check
cargo clippy -p readiness-core -p xtask --all-targets --features readiness-core/charts -- -D warnings
cargo clippy -p ehealth-readiness --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p ehealth-readiness --target wasm32-unknown-unknown --no-default-features -- -D warnings

step "native unit tests"
cargo test -p readiness-core -p xtask --features readiness-core/charts

if [ -d ../shared/data/raw ]; then
  step "data pipeline: data/ must be what the raw sources give"
  cargo xtask data --check
else
  step "data pipeline check SKIPPED: ../shared/data/raw is not beside this checkout"
fi

# A failure here is reported at the end rather than at once, so that the build and browser tests still run.
step "data package: frictionless $FRICTIONLESS_VERSION validate data/datapackage.json"
datapackage_valid=true
.venv/bin/frictionless validate data/datapackage.json || datapackage_valid=false

source scripts/build.sh

step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

if [ "$datapackage_valid" != true ]; then
  echo "FAILED: frictionless finds data/datapackage.json invalid (its report is above, under \"data package\")." >&2
  exit 1
fi
