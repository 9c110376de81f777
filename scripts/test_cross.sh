#!/usr/bin/env bash
# Cross-process networking tests (tests/cross/run.mjs): rjs server <-> node client and node
# server <-> rjs client over 127.0.0.1 (net, http server and client, fetch, malformed requests),
# each compared with node <-> node. Assumes rjs.wasm is built and wasmtime is on PATH.
#   RJS_WASM  the rjs.wasm to test (default: ./rjs.wasm)
#   extra arguments go to run.mjs (a filter, --repeat N, --dev, --rjs-both)
set -euo pipefail
cd "$(dirname "$0")/.."
wasm=${RJS_WASM:-rjs.wasm}
[ -f "$wasm" ] || wasm=rjs.wasm
command -v wasmtime >/dev/null || { echo "wasmtime not found on PATH" >&2; exit 1; }
exec node tests/cross/run.mjs --wasm "$wasm" "$@"
