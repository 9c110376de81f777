#!/usr/bin/env bash
# Browser tests: builds the web runtime (www/pkg) and runs tests/browser/*.test.mjs with
# playwright-core driving Debian's Chromium headless. Installs what it needs (chromium,
# playwright-core, wasm-bindgen-cli at Cargo.lock's version); safe to run again.
#   SKIP_BUILD=1 scripts/test_browser.sh    # reuse www/pkg
#   CHROMIUM=/path/to/chrome scripts/test_browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "== installing chromium (apt)"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium
fi

if [ ! -f node_modules/playwright-core/package.json ]; then
  echo "== installing playwright-core (npm)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
bindgen="$HOME/.cargo/bin/wasm-bindgen"
have=$("$bindgen" --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "== installing wasm-bindgen-cli $want"
  # --locked first; a registry mirror without one of its pinned dependencies needs a fresh resolve.
  flock /tmp/rjs-build.lock cargo install wasm-bindgen-cli --version "$want" --locked ||
    flock /tmp/rjs-build.lock cargo install wasm-bindgen-cli --version "$want"
fi

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f www/pkg/rjs_bg.wasm ]; then
  echo "== building www/pkg"
  node www/build.mjs
fi

echo "== browser tests"
start=$(date +%s)
node --test --test-concurrency=1 tests/browser/*.test.mjs
echo "== browser tests passed in $(( $(date +%s) - start )) s"
