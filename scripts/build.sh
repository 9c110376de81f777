#!/usr/bin/env bash
# Builds rjs.wasm (wasm32-wasip2, release, snapshotted) into ./rjs.wasm, and ./rjs-http.wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# rjs-http.wasm also imports wasi:http (https:// for fetch/https.get; wasmtime refuses to start
# such a component without `-S http`, so it is a separate file). The launcher embeds it.
# Both are snapshotted after the build (scripts/snapshot.sh: the bootstrapped runtime is saved
# into the binary); the launcher's one holds more preloaded built-ins and keeps its heap
# unpacked (RJS_PACK=0): the launcher maps a precompiled artifact whose memory image costs
# nothing to load, so unpacking a compressed heap at each start would only add time
# (hello.js 58 -> 14 ms).
RJS_WASI_HTTP=1 cargo build --release --target wasm32-wasip2
RJS_PACK=0 RJS_WARM=all bash scripts/snapshot.sh target/wasm32-wasip2/release/rjs.wasm rjs-http.wasm http
cargo build --release --target wasm32-wasip2
bash scripts/snapshot.sh target/wasm32-wasip2/release/rjs.wasm rjs.wasm
echo "built $(pwd)/rjs.wasm ($(du -h rjs.wasm | cut -f1)) and rjs-http.wasm" >&2
