#!/usr/bin/env bash
# Runs every benchmark (rjs vs node), prints one combined table of ratios and saves the results
# to bench/results/<date-time>.json for comparison over time.
#   RJS_WASM  rjs.wasm to benchmark (default: <repo>/rjs.wasm)
#   bench/run.sh [NAME...]   runs only the named benchmarks
# Adding a benchmark: create bench/NAME/run.sh (source ../lib/common.sh and report each figure
# with `emit`), then add NAME to BENCHES below.
set -euo pipefail
[ -z "${RJS_WASM:-}" ] || RJS_WASM=$(realpath -- "$RJS_WASM") # before the cd
cd "$(dirname "$0")"
BENCHES=(
  startup
  builtins
  fs
  compute
  web
  http
)
[ $# -eq 0 ] || BENCHES=("$@")

export RJS_WASM=${RJS_WASM:-$(realpath ../rjs.wasm)}
mkdir -p results
out=results/$(date -u +%Y%m%dT%H%M%SZ).json
export BENCH_RESULTS
BENCH_RESULTS=$(mktemp /tmp/rjs-bench.XXXXXX.jsonl)
trap 'rm -f "$BENCH_RESULTS"' EXIT

failed=()
for b in "${BENCHES[@]}"; do
  echo "=== $b" >&2
  start=$SECONDS
  if ! bash "$b/run.sh" >&2; then
    echo "=== $b FAILED" >&2
    failed+=("$b")
  fi
  echo "=== $b took $((SECONDS - start)) s" >&2
done

echo
node lib/results.js save "$BENCH_RESULTS" "$out" "$RJS_WASM" ${failed[@]+"${failed[@]}"}
echo
echo "saved bench/$out"
[ ${#failed[@]} -eq 0 ] || { echo "failed: ${failed[*]}" >&2; exit 1; }
