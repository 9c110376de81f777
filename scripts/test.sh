#!/usr/bin/env bash
# Runs every test: formatting and lints, Rust unit tests, the browser-target build check,
# and the differential suite (each case under node and under rjs.wasm in wasmtime).
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
echo "== rjs.wasm"
cargo build --release --target wasm32-wasip2
echo "== differential tests (node vs rjs.wasm)"
node tests/differential.mjs --wasm target/wasm32-wasip2/release/rjs.wasm
