#!/usr/bin/env bash
# Installs what building and testing rjs needs on a fresh machine (idempotent):
# the wasm targets and wasmtime-cli 48 (newer versions need a newer rustc).
set -euo pipefail
rustup target add wasm32-wasip2 wasm32-unknown-unknown >/dev/null
want="wasmtime 48.0.8"
if ! command -v wasmtime >/dev/null 2>&1 || ! wasmtime --version | grep -q "^$want"; then
  echo "setup: installing wasmtime-cli 48.0.8 (about 12 minutes on 2 cores)" >&2
  cargo install wasmtime-cli@48.0.8 --locked
fi
if ! command -v node >/dev/null 2>&1; then
  echo "setup: node (v20) is needed as the test oracle" >&2
  exit 1
fi
