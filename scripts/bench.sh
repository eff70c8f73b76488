#!/usr/bin/env bash
# Builds the release site and prints its figures against their targets: time to map and to interactive
# as ratios to the yardstick page in ../shared/yardstick/d3-map, first-view transfer sizes, parse time,
# repaints, Lighthouse.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
node tests/e2e/bench.mjs
