#!/usr/bin/env bash
# Builds the release site and prints its figures: transfer sizes, time to map, repaint, parse time.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
node tests/e2e/bench.mjs
