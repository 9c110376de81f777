#!/usr/bin/env bash
# Builds rjs.wasm (wasm32-wasip2, release) and copies it to ./rjs.wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --target wasm32-wasip2
cp target/wasm32-wasip2/release/rjs.wasm rjs.wasm
echo "built $(pwd)/rjs.wasm ($(du -h rjs.wasm | cut -f1))" >&2
