#!/usr/bin/env bash
# Installs everything building and testing need on a fresh Debian machine with Rust, and skips what is
# already there at the right version. Sourced by serve.sh, test.sh and bench.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
TRUNK_VERSION="0.21.14"
FRICTIONLESS_VERSION="5.21.0"

step() { printf '\n== %s\n' "$*" >&2; }

apt_missing=()
command -v node >/dev/null || apt_missing+=(nodejs)
command -v npm >/dev/null || apt_missing+=(npm)
command -v chromium >/dev/null || apt_missing+=(chromium)
command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
python3 -c "import venv, ensurepip" 2>/dev/null || apt_missing+=(python3-venv)
if [ ${#apt_missing[@]} -gt 0 ]; then
  step "apt: installing ${apt_missing[*]}"
  if [ -n "$SUDO" ] && ! command -v sudo >/dev/null; then
    echo "error: ${apt_missing[*]} must be installed, which needs root; run as root or install sudo" >&2
    exit 1
  fi
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_missing[@]}"
fi

# The cartography tools and the browser driver need Node.js 20 or newer (Debian 12's own is 18).
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "error: Node.js $(node --version) is too old: mapshaper and playwright-core need 20 or newer." >&2
  echo "       Install Node.js 20+ (Debian 13 ships it; on Debian 12 use the NodeSource packages) and rerun." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  step "cargo: installing wasm-bindgen-cli $bindgen_version (about 4 minutes)"
  # Not --locked: one of its locked dependencies is no longer in the crates.io index.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo: installing trunk $TRUNK_VERSION (about 7 minutes; newer versions need a newer rustc)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# Installs the versions pinned in package-lock.json. Not `npm ci`: npm 11 leaves some optional
# platform packages of msgpackr (via mapshaper) out of the lock file and then refuses its own lock.
stamp=node_modules/.installed-lock
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  step "npm: installing the pinned build and test tools"
  npm install --no-save --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

# frictionless-py validates data/datapackage.json (test.sh). It goes into its own venv because Debian's
# python refuses pip installs into the system (PEP 668), and a venv keeps the pin apart from the system.
if [ "$(.venv/bin/frictionless --version 2>/dev/null)" != "$FRICTIONLESS_VERSION" ]; then
  step "pip: installing frictionless $FRICTIONLESS_VERSION into .venv/"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "frictionless==$FRICTIONLESS_VERSION"
fi

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
