#!/usr/bin/env bash
# Startup benchmark: hello.js under `wasmtime run rjs.wasm` and under `node`, in one
# hyperfine run; prints both medians (robust to the odd slow run on a busy machine) and the
# rjs/node ratio.
# RJS_WASM overrides the wasm (default: <repo>/rjs.wasm, built by scripts/build.sh).
set -euo pipefail
[ -z "${RJS_WASM:-}" ] || RJS_WASM=$(realpath -- "$RJS_WASM") # before the cd
cd "$(dirname "$0")"
. ../lib/common.sh
command -v hyperfine >/dev/null || { echo "hyperfine not found on PATH" >&2; exit 1; }
dir=$(pwd)
json=$(mktemp /tmp/rjs-startup.XXXXXX.json)
on_exit 'rm -f "$json"'
# Warm wasmtime's compilation cache so the figure is the steady-state start.
$(rjs_cmd "$dir") hello.js >/dev/null
hyperfine -N --warmup 3 --runs 20 --export-json "$json" \
  -n rjs "$(rjs_cmd "$dir") hello.js" \
  -n node "node hello.js" >&2
read -r node_ms rjs_ms < <(node -e '
const r = require(process.argv[1]).results;
const m = Object.fromEntries(r.map((x) => [x.command, x.median * 1000]));
console.log(m.node, m.rjs);
' "$json")
emit startup hello.js ms lower "$node_ms" "$rjs_ms"
node -e 'const [n, r] = process.argv.slice(1).map(Number);
console.log(`startup hello.js (median): rjs ${r.toFixed(1)} ms, node ${n.toFixed(1)} ms, ratio rjs/node ${(r / n).toFixed(2)}`);' "$node_ms" "$rjs_ms"
