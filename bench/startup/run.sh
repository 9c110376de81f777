#!/usr/bin/env bash
# Startup benchmark: hello.js under `wasmtime run rjs.wasm`, under the native launcher
# (wasi-host/, when built) and under `node`, in one hyperfine run; prints the medians (robust to
# the odd slow run on a busy machine) and the rjs/node ratios.
# RJS_WASM overrides the wasm (default: <repo>/rjs.wasm, built by scripts/build.sh).
# RJS_LAUNCHER_BIN overrides the launcher (default: <repo>/wasi-host/target/release/rjs, built by
# scripts/test_launcher.sh); it runs the rjs.wasm it embedded when it was built.
set -euo pipefail
[ -z "${RJS_WASM:-}" ] || RJS_WASM=$(realpath -- "$RJS_WASM") # before the cd
[ -z "${RJS_LAUNCHER_BIN:-}" ] || RJS_LAUNCHER_BIN=$(realpath -- "$RJS_LAUNCHER_BIN")
cd "$(dirname "$0")"
. ../lib/common.sh
command -v hyperfine >/dev/null || { echo "hyperfine not found on PATH" >&2; exit 1; }
dir=$(pwd)
json=$(mktemp /tmp/rjs-startup.XXXXXX.json)
on_exit 'rm -f "$json"'
launcher=${RJS_LAUNCHER_BIN:-$BENCH_ROOT/../wasi-host/target/release/rjs}
launcher_args=()
launcher_note=
if [ -x "$launcher" ]; then
  # Compile the embedded rjs.wasm into the launcher's cache (a no-op when already there).
  "$launcher" --precompile >/dev/null
  launcher_args=(-n launcher "$launcher hello.js")
  [ "$launcher" -nt "$RJS_WASM" ] || launcher_note="launcher built before $(basename "$RJS_WASM") changed: it runs an older rjs.wasm"
else
  echo "no launcher at $launcher (build it with scripts/test_launcher.sh): its row is skipped" >&2
fi
# Warm wasmtime's compilation cache so the figure is the steady-state start.
$(rjs_cmd "$dir") hello.js >/dev/null
hyperfine -N --warmup 3 --runs 20 --export-json "$json" \
  -n rjs "$(rjs_cmd "$dir") hello.js" \
  ${launcher_args[@]+"${launcher_args[@]}"} \
  -n node "node hello.js" >&2
read -r node_ms rjs_ms launcher_ms < <(node -e '
const r = require(process.argv[1]).results;
const m = Object.fromEntries(r.map((x) => [x.command, x.median * 1000]));
console.log(m.node, m.rjs, m.launcher ?? "null");
' "$json")
emit startup hello.js ms lower "$node_ms" "$rjs_ms"
[ -z "${launcher_args[*]:-}" ] || emit startup "hello.js (launcher)" ms lower "$node_ms" "$launcher_ms" "$launcher_note"
node -e 'const [n, r, l] = process.argv.slice(1).map(Number);
const launcher = Number.isNaN(l) ? "" : `, launcher ${l.toFixed(1)} ms (${(l / n).toFixed(2)}x node)`;
console.log(`startup hello.js (median): rjs ${r.toFixed(1)} ms, node ${n.toFixed(1)} ms, ratio rjs/node ${(r / n).toFixed(2)}${launcher}`);' "$node_ms" "$rjs_ms" "$launcher_ms"
