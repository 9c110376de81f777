#!/usr/bin/env bash
# Builds rjs.wasm (wasm32-wasip2, release) and copies it to ./rjs.wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# rjs-http.wasm also imports wasi:http (https:// for fetch/https.get; wasmtime refuses to start
# such a component without `-S http`, so it is a separate file). The launcher embeds it.
RJS_WASI_HTTP=1 cargo build --release --target wasm32-wasip2
cp target/wasm32-wasip2/release/rjs.wasm rjs-http.wasm
cargo build --release --target wasm32-wasip2
cp target/wasm32-wasip2/release/rjs.wasm rjs.wasm
echo "built $(pwd)/rjs.wasm ($(du -h rjs.wasm | cut -f1)) and rjs-http.wasm" >&2
