# Shared by the bench/*/run.sh scripts (sourced, not run).
#   RJS_WASM       rjs.wasm to benchmark (default: <repo>/rjs.wasm)
#   BENCH_RESULTS  JSON-lines file the results are appended to (bench/run.sh sets it; when unset
#                  each script uses a temporary file and only prints its own table)
# Needs only node, wasmtime and hyperfine.
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RJS_WASM=${RJS_WASM:-$BENCH_ROOT/../rjs.wasm}
[ -f "$RJS_WASM" ] || { echo "rjs.wasm not found at $RJS_WASM (build it with scripts/build.sh or set RJS_WASM)" >&2; exit 1; }
RJS_WASM=$(cd "$(dirname "$RJS_WASM")" && pwd)/$(basename "$RJS_WASM")
for tool in node wasmtime; do
  command -v "$tool" >/dev/null || { echo "$tool not found on PATH" >&2; exit 1; }
done
export RJS_WASM
# A developer shell's RUST_BACKTRACE=1 makes wasmtime capture a backtrace for every host call
# that fails (~15 us each: a missing path's stat, each require() probe that misses); a user's
# shell does not set it, and node ignores it.
unset RUST_BACKTRACE RUST_LIB_BACKTRACE

# on_exit CMD: run CMD when the script exits (however it exits).
_on_exit=()
on_exit() { _on_exit+=("$1"); }
_run_on_exit() { local c; for c in "${_on_exit[@]}"; do eval "$c" || true; done; }
trap _run_on_exit EXIT

if [ -z "${BENCH_RESULTS:-}" ]; then
  BENCH_RESULTS=$(mktemp /tmp/rjs-bench.XXXXXX.jsonl)
  on_exit 'rm -f "$BENCH_RESULTS"'
fi
export BENCH_RESULTS

# rjs_cmd DIR: the command prefix that runs rjs with DIR granted under its own name and as cwd.
rjs_cmd() { echo "wasmtime run --dir $1::$1 -S cwd=$1 $RJS_WASM"; }

# emit BENCH WORKLOAD UNIT BETTER(higher|lower) NODE RJS [NOTE]: appends one result line.
# NODE/RJS may be "null" (failed); NOTE is free text (e.g. the rjs error).
emit() {
  node "$BENCH_ROOT/lib/results.js" emit "$BENCH_RESULTS" "$@"
}

# table [BENCH]: prints the results collected so far (only BENCH's when given).
table() {
  node "$BENCH_ROOT/lib/results.js" table "$BENCH_RESULTS" "$@"
}

# rjs_warm: compile rjs.wasm into wasmtime's cache (again, if it was rebuilt since the last call),
# so a measured run never pays the ~5 s compilation (nor its memory, in peak-RSS figures).
_rjs_warm_stamp=
rjs_warm() {
  local stamp
  stamp=$(stat -c '%Y %s' "$RJS_WASM" 2>/dev/null || echo missing)
  [ "$stamp" = "$_rjs_warm_stamp" ] && return 0
  wasmtime run "$RJS_WASM" -e 0 >/dev/null 2>&1 || true
  _rjs_warm_stamp=$stamp
}
rjs_warm

# json_field OUTPUT FIELD: prints FIELD of the last JSON-object line of OUTPUT (empty if none).
json_field() {
  node -e '
    const [out, field] = process.argv.slice(1);
    let v = "";
    for (const l of out.split("\n")) { try { const o = JSON.parse(l); if (o && typeof o === "object") v = o[field] ?? ""; } catch {} }
    console.log(v);' "$1" "$2"
}

# first_error TEXT: the line of an error report worth quoting (the `Error: ...` line, else the first).
first_error() {
  local line
  line=$(printf '%s\n' "$1" | grep -m1 -E '^[A-Za-z]*Error|^Error|Error \[|ERR_' || true)
  [ -n "$line" ] || line=$(printf '%s\n' "$1" | grep -m1 . || true)
  printf '%s' "${line:0:200}"
}
