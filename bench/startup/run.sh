#!/usr/bin/env bash
# Startup benchmark: hello.js under `wasmtime run rjs.wasm` and under `node`, in one
# hyperfine run; prints both means and the rjs/node ratio.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
wasm=$root/target/wasm32-wasip2/release/rjs.wasm
[ -f "$wasm" ] || (cd $root && cargo build --release --target wasm32-wasip2)
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
dir=$(pwd)
# Warm wasmtime's compilation cache so the figure is the steady-state start.
wasmtime run --dir "$dir::$dir" -S cwd="$dir" "$wasm" hello.js >/dev/null
hyperfine -N --warmup 3 --runs 20 --export-json /tmp/rjs-startup.json \
  -n rjs "wasmtime run --dir $dir::$dir -S cwd=$dir $wasm hello.js" \
  -n node "node hello.js" >&2
node -e '
const r = require("/tmp/rjs-startup.json").results;
const m = Object.fromEntries(r.map((x) => [x.command, x.mean * 1000]));
console.log(`startup hello.js: rjs ${m.rjs.toFixed(1)} ms, node ${m.node.toFixed(1)} ms, ratio rjs/node ${(m.rjs / m.node).toFixed(2)}`);
'
