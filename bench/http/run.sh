#!/usr/bin/env bash
# HTTP server throughput: node's Hello World server (server.js) under rjs (`wasmtime run
# -S inherit-network`) and under node, one after the other in the same run, each loaded by
# `wrk -t1 -c10` for BENCH_HTTP_SECONDS (default 10) after a 2 s warm-up; prints requests/s,
# p99 latency, the server's CPU time per request (steadier than requests/s on a busy machine) and
# its peak RSS (VmHWM from /proc) of each, and the rjs/node ratios.
#   bench/http/run.sh --soak [SECONDS]   instead: one wrk run of SECONDS (default 60) against
#       each server, sampling its RSS (VmRSS) every 5 s, to show whether memory stays flat; the
#       rows are the first and last samples and the largest
#   BENCH_HTTP_SECONDS  measured seconds per server (default 10)
#   RJS_WASM            rjs.wasm to benchmark (default: <repo>/rjs.wasm)
#   BENCH_DEV_SRC       a src folder whose built-in JS rjs runs instead of its own (dev mode:
#                       measures JS edits without a rebuild)
#   BENCH_HTTP_SERVER   the server script (default server.js; net_server.js answers the same
#                       requests from a plain net server: the floor under the http layer)
# NOTES.md: where a request's time goes.
# Needs wrk (installed with apt-get when missing and running as root).
set -euo pipefail
[ -z "${RJS_WASM:-}" ] || RJS_WASM=$(realpath -- "$RJS_WASM") # before the cd
[ -z "${BENCH_DEV_SRC:-}" ] || BENCH_DEV_SRC=$(realpath -- "$BENCH_DEV_SRC")
cd "$(dirname "$0")"
. ../lib/common.sh
dir=$(pwd)
secs=${BENCH_HTTP_SECONDS:-10}
script=${BENCH_HTTP_SERVER:-server.js}
[ -f "$script" ] || { echo "no server script $script in bench/http" >&2; exit 1; }
label="hello server"
[ "$script" = server.js ] || label="hello ${script%.js}"
soak=
if [ "${1:-}" = --soak ]; then
  soak=${2:-60}
fi

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing wrk (apt-get)" >&2
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y wrk >/dev/null 2>&1; } || true
  fi
  command -v wrk >/dev/null || { echo "wrk not found on PATH (apt-get install wrk)" >&2; exit 1; }
fi

tmp=$(mktemp -d /tmp/rjs-bench-http.XXXXXX)
on_exit 'rm -rf "$tmp"'
server_pid=
on_exit '[ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null'

# start_server RUNTIME: starts server.js on a free port; sets server_pid and server_port.
start_server() {
  local rt=$1 log=$tmp/$1.log
  if [ "$rt" = node ]; then
    node "$script" 0 >"$log" 2>&1 &
  else
    rjs_warm
    local dev=()
    [ -z "${BENCH_DEV_SRC:-}" ] || dev=(--dir "$BENCH_DEV_SRC::$BENCH_DEV_SRC" --env "RJS_DEV_SRC=$BENCH_DEV_SRC")
    wasmtime run -S inherit-network --dir "$dir::$dir" -S cwd="$dir" ${dev[@]+"${dev[@]}"} "$RJS_WASM" "$script" 0 >"$log" 2>&1 &
  fi
  server_pid=$!
  server_port=
  for _ in $(seq 200); do
    server_port=$(sed -n 's|^Server running on http://localhost:\([0-9]*\)/$|\1|p' "$log")
    [ -n "$server_port" ] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "$rt server did not start: $(first_error "$(cat "$log")")" >&2
  return 1
}

stop_server() {
  [ -z "$server_pid" ] || { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
  server_pid=
}

# kb FIELD: FIELD (VmHWM, VmRSS) of the server process in kB, empty if gone.
kb() { sed -n "s/^$1:\s*\([0-9]*\) kB/\1/p" "/proc/$server_pid/status" 2>/dev/null || true; }

# cpu_ticks: user + system CPU time of the server process so far, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat" 2>/dev/null || echo 0; }

# wrk_run SECONDS: loads the server; prints "REQ_PER_SEC P99_MS REQUESTS ERRORS" from wrk's report.
wrk_run() {
  wrk -t1 -c10 -d"$1"s --latency "http://127.0.0.1:$server_port/" >"$tmp/wrk.txt" 2>&1 || true
  node -e '
    const t = require("fs").readFileSync(process.argv[1], "utf8");
    const rps = /Requests\/sec:\s*([\d.]+)/.exec(t);
    const p99 = /^\s*99%\s+([\d.]+)(us|ms|s)\b/m.exec(t);
    const ms = p99 ? Number(p99[1]) * { us: 1e-3, ms: 1, s: 1e3 }[p99[2]] : null;
    const errs = /Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)/.exec(t);
    const reqs = /(\d+) requests in/.exec(t);
    console.log(rps ? rps[1] : "null", ms === null ? "null" : ms, reqs ? reqs[1] : 0, errs ? JSON.stringify(errs[0]) : "");
  ' "$tmp/wrk.txt"
}

declare -A rps p99 hwm notes samples cpu
for rt in node rjs; do
  notes[$rt]=
  if ! start_server "$rt"; then
    rps[$rt]=null p99[$rt]=null hwm[$rt]=null notes[$rt]="$rt server did not start"
    stop_server
    continue
  fi
  wrk -t1 -c10 -d2s "http://127.0.0.1:$server_port/" >/dev/null 2>&1 || true # warm-up
  if [ -z "$soak" ]; then
    c0=$(cpu_ticks)
    read -r r p n e < <(wrk_run "$secs")
    c1=$(cpu_ticks)
    rps[$rt]=$r p99[$rt]=$p
    # The server's CPU time per request (us): unlike requests/s, barely moved by other load.
    cpu[$rt]=$(awk -v t="$((c1 - c0))" -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN { if (n > 0) printf "%.1f", t * 1e6 / hz / n; else print "null" }')
    [ -z "$e" ] || notes[$rt]="$rt: $e"
    hwm[$rt]=$(kb VmHWM)
    kill -0 "$server_pid" 2>/dev/null || { notes[$rt]="$rt server died under load"; rps[$rt]=null; }
    echo "$rt: ${rps[$rt]} requests/s, p99 ${p99[$rt]} ms, ${cpu[$rt]} us CPU per request, peak RSS $(( ${hwm[$rt]:-0} / 1024 )) MB" >&2
  else
    wrk_run "$soak" >"$tmp/soak.out" &
    wrk_pid=$!
    s=()
    for ((t = 0; t <= soak; t += 5)); do
      s+=("$(kb VmRSS)")
      [ "$t" -lt "$soak" ] && sleep 5
    done
    wait "$wrk_pid" || true
    read -r r p n e <"$tmp/soak.out"
    samples[$rt]="${s[*]}"
    rps[$rt]=$r
    echo "$rt soak ${soak}s: ${r} requests/s; RSS every 5 s (MB): $(for k in "${s[@]}"; do printf '%s ' $(( ${k:-0} / 1024 )); done)" >&2
  fi
  stop_server
done

if [ -z "$soak" ]; then
  note="wrk -t1 -c10 -d${secs}s; ${notes[node]} ${notes[rjs]}"
  emit http "$label" "req/s" higher "${rps[node]}" "${rps[rjs]}" "$note"
  emit http "$label p99 latency" "ms" lower "${p99[node]}" "${p99[rjs]}" "wrk --latency"
  emit http "$label CPU per request" "us" lower "${cpu[node]:-null}" "${cpu[rjs]:-null}" "server's user+system time / requests"
  mb() { [ -n "$1" ] && [ "$1" != null ] && node -e 'console.log((Number(process.argv[1]) / 1024).toFixed(1))' "$1" || echo null; }
  emit http "$label peak RSS" "MB RSS" lower "$(mb "${hwm[node]}")" "$(mb "${hwm[rjs]}")" "VmHWM after the run"
else
  # first, last and largest RSS sample of each runtime, MB
  read -r nf nl nm rf rl rm < <(node -e '
    const f = (s) => { const v = s.trim().split(/\s+/).filter(Boolean).map((k) => Number(k) / 1024); return v.length ? [v[0], v[v.length - 1], Math.max(...v)] : [null, null, null]; };
    console.log([...f(process.argv[1]), ...f(process.argv[2])].map((x) => (x === null ? "null" : x.toFixed(1))).join(" "));
  ' "${samples[node]:-}" "${samples[rjs]:-}")
  emit http "soak ${soak}s req/s" "req/s" higher "${rps[node]}" "${rps[rjs]}" "wrk -t1 -c10 -d${soak}s"
  emit http "soak RSS at start" "MB RSS" lower "$nf" "$rf" "VmRSS sampled every 5 s"
  emit http "soak RSS at end" "MB RSS" lower "$nl" "$rl" "rjs samples (MB): $(for k in ${samples[rjs]:-}; do printf '%s ' $(( k / 1024 )); done)"
  emit http "soak RSS max" "MB RSS" lower "$nm" "$rm" ""
fi
table http
