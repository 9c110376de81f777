#!/usr/bin/env bash
# Runs every test: formatting and lints, Rust unit tests, the browser-target build check,
# the differential suite (each case under node and under rjs.wasm in wasmtime), the
# cross-process networking tests (node and rjs on either side of a socket), and the native
# launcher (wasi-host/: build around that rjs.wasm, then its end-to-end checks) and the browser
# build with its Playwright tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== cargo fmt --check"
cargo fmt --check
echo "== cargo clippy (wasm32-wasip2)"
cargo clippy --release --target wasm32-wasip2 -- -D warnings
echo "== core builds for the browser target (wasm32-unknown-unknown)"
cargo check --release --target wasm32-unknown-unknown --lib
echo "== unit tests"
cargo test --lib
echo "== rjs-http.wasm (imports wasi:http: for wasmtime run -S http, and the launcher embeds it)"
RJS_WASI_HTTP=1 cargo build --release --target wasm32-wasip2
RJS_PACK=0 RJS_WARM=all bash scripts/snapshot.sh target/wasm32-wasip2/release/rjs.wasm rjs-http.wasm http
echo "== rjs.wasm (snapshotted with wasmtime wizer: scripts/snapshot.sh)"
cargo build --release --target wasm32-wasip2
bash scripts/snapshot.sh target/wasm32-wasip2/release/rjs.wasm rjs.wasm
echo "== differential tests (node vs rjs.wasm)"
node tests/differential.mjs --wasm rjs.wasm
echo "== native launcher (wasi-host, embeds rjs-http.wasm)"
RJS_WASM=rjs-http.wasm bash scripts/test_launcher.sh
echo "== cross-process networking (node <-> rjs over 127.0.0.1; https through the launcher)"
RJS_WASM=rjs.wasm bash scripts/test_cross.sh
echo "== browser (wasm32-unknown-unknown build + Playwright with Debian's Chromium)"
bash scripts/test_browser.sh
