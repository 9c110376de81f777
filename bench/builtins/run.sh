#!/usr/bin/env bash
# Built-in module throughput (Buffer encodings, util.inspect, path, querystring, URL, EventEmitter): each
# workload of bench.js runs BENCH_ROUNDS times under node and under rjs, alternating, each run
# timed inside the process (warm-up, then ~BENCH_SECONDS of batches); prints the best ops/s of
# each and the rjs/node ratio. node's and rjs's results must agree (bench.js's `check`).
#   BENCH_SECONDS  measured seconds per run (default 1; plus 30% warm-up)
#   BENCH_ROUNDS   runs per workload and runtime (default 2)
#   RJS_WASM       rjs.wasm to benchmark (default: <repo>/rjs.wasm)
set -euo pipefail
[ -z "${RJS_WASM:-}" ] || RJS_WASM=$(realpath -- "$RJS_WASM") # before the cd
cd "$(dirname "$0")"
. ../lib/common.sh
dir=$(pwd)
secs=${BENCH_SECONDS:-1}
rounds=${BENCH_ROUNDS:-2}

# best_of OUTPUTS...: the output line with the highest ops_per_sec.
best_of() {
  node -e '
    let best = null;
    for (const l of process.argv.slice(1).join("\n").split("\n")) {
      try { const o = JSON.parse(l); if (!best || o.ops_per_sec > best.ops_per_sec) best = o; } catch {}
    }
    console.log(best ? JSON.stringify(best) : "");' "$@"
}

for w in $(node bench.js --list); do
  node_outs=() rjs_outs=() rjs_err=
  for ((i = 0; i < rounds; i++)); do
    node_outs+=("$(node bench.js "$w" "$secs")")
    rjs_warm
    if out=$($(rjs_cmd "$dir") bench.js "$w" "$secs" 2>&1); then rjs_outs+=("$out"); else rjs_err=$out; break; fi
  done
  node_out=$(best_of "${node_outs[@]}")
  node_ops=$(json_field "$node_out" ops_per_sec)
  note=
  if [ -z "$rjs_err" ] && rjs_out=$(best_of "${rjs_outs[@]}") && rjs_ops=$(json_field "$rjs_out" ops_per_sec) && [ -n "$rjs_ops" ]; then
    nc=$(json_field "$node_out" check) rc=$(json_field "$rjs_out" check)
    # A wrong answer is a failure, whatever its speed.
    [ "$nc" = "$rc" ] || { note="rjs output differs from node's (check node=$nc rjs=$rc) at $rjs_ops ops/s"; rjs_ops=null; }
  else
    rjs_ops=null
    note="rjs failed: $(first_error "${rjs_err:-${rjs_outs[*]}}")"
  fi
  printf '%s: node %.0f ops/s, rjs %s ops/s %s\n' "$w" "$node_ops" "$rjs_ops" "$note" >&2
  emit builtins "$w" ops/s higher "$node_ops" "$rjs_ops" "$note"
done
table builtins
