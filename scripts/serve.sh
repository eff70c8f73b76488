#!/usr/bin/env bash
# Sets up, builds, and serves the dashboard on http://127.0.0.1:${PORT:-8080}/ until Ctrl-C.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
exec node tests/e2e/serve.mjs dist "${PORT:-8080}"
