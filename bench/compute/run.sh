#!/usr/bin/env bash
# Compute benchmark: CPU-bound JS (objects/method calls, strings, arrays/sorting, JSON,
# closures, regex) under rjs.wasm (`wasmtime run`), the same runtime built natively
# (target/release/rjs, built here when missing) and `node --jitless` (V8's interpreter), with
# plain `node` for reference. Each program is timed inside the process (time.js), best of
# BENCH_COMPUTE_RUNS, so the ratios compare execution, not process start. Outputs must agree.
#   RJS_NATIVE  the native build (default: <repo>/target/release/rjs)
#   BENCH_COMPUTE_RUNS  runs per command (default 3)
set -euo pipefail
[ -z "${RJS_WASM:-}" ] || RJS_WASM=$(realpath -- "$RJS_WASM")
cd "$(dirname "$0")"
. ../lib/common.sh
repo=$(cd ../.. && pwd)
native=${RJS_NATIVE:-$repo/target/release/rjs}
if [ ! -x "$native" ]; then
  echo "building the native rjs (cargo build --release) for the comparison" >&2
  (cd "$repo" && flock /tmp/rjs-build.lock cargo build --release --bin rjs >&2)
fi
dir=$(pwd)
runs=${BENCH_COMPUTE_RUNS:-3}
programs=(objects strings arrays json closures regex)

# best PROGRAM CMD...: the shortest in-process time of $runs runs (ms), or "null" on failure;
# the output must match node's ($want).
best() {
  local p=$1; shift
  local b=null out err ms i
  for ((i = 0; i < runs; i++)); do
    err=$(mktemp /tmp/rjs-compute.XXXXXX)
    out=$("$@" time.js "$p" 2>"$err") || { rm -f "$err"; echo null; return; }
    ms=$(json_field "$(cat "$err")" ms)
    rm -f "$err"
    [ "$out" = "$want" ] && [ -n "$ms" ] || { echo null; return; }
    b=$(node -e 'const [b, m] = process.argv.slice(1); console.log(b === "null" ? m : Math.min(Number(b), Number(m)))' "$b" "$ms")
  done
  echo "$b"
}

for p in "${programs[@]}"; do
  want=$(node "$p.js")
  # shellcheck disable=SC2046
  w=$(best "$p" $(rjs_cmd "$dir"))
  n=$(best "$p" "$native")
  j=$(best "$p" node --jitless)
  v=$(best "$p" node)
  echo "$p: rjs.wasm $w ms, native $n ms, node --jitless $j ms, node $v ms" >&2
  note=
  [ "$w" != null ] || note="rjs.wasm failed or printed a different result"
  # The 'node' column holds the baseline named in the workload.
  emit compute "$p: rjs.wasm vs native rjs" ms lower "$n" "$w" "node column = native build${note:+; $note}"
  emit compute "$p: rjs.wasm vs node --jitless" ms lower "$j" "$w" "node column = node --jitless"
  emit compute "$p: rjs.wasm vs node" ms lower "$v" "$w"
done
table compute
