#!/usr/bin/env bash
# Browser tests: builds the web runtime (www/pkg), the page with Vite (www/dist) and runs
# tests/browser/*.test.mjs against www/dist with playwright-core driving Debian's Chromium
# headless. Installs what it needs (chromium, the npm devDependencies, wasm-bindgen-cli at
# Cargo.lock's version); safe to run again.
#   SKIP_BUILD=1 scripts/test_browser.sh    # reuse www/pkg (the Vite build always runs)
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

missing=
for p in playwright-core vite codemirror @codemirror/lang-javascript @codemirror/theme-one-dark @xterm/xterm @xterm/addon-fit; do
  [ -f "node_modules/$p/package.json" ] || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "== installing npm devDependencies (missing:$missing)"
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

echo "== building the page (vite → www/dist)"
npx --no-install vite build www --logLevel warn

echo "== browser tests"
start=$(date +%s)
node --test --test-concurrency=1 tests/browser/*.test.mjs
echo "== browser tests passed in $(( $(date +%s) - start )) s"
