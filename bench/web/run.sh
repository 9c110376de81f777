#!/usr/bin/env bash
# Browser benchmark: size of the browser build's wasm (raw and gzip -9) and the time from page
# load to the first line of hello.js's output (navigation, wasm compile and start, clicking
# Run, output in the terminal), median of BENCH_WEB_RUNS=5 fresh contexts in headless Chromium.
# There is no node figure: the 'node' column holds the issue's target (3 MB gzip, 1000 ms).
# Needs www/dist (npm run build, or scripts/test_browser.sh) and playwright-core + Chromium.
set -euo pipefail
cd "$(dirname "$0")"
. ../lib/common.sh
root=$(cd ../.. && pwd)
dist=$root/www/dist
wasm=$dist/pkg/rjs_bg.wasm
[ -f "$wasm" ] || { echo "no $wasm: build the page first (npm run build)" >&2; exit 1; }
[ -d "$root/node_modules/playwright-core" ] || { echo "playwright-core missing (npm install)" >&2; exit 1; }
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
mb() { node -e 'console.log((Number(process.argv[1]) / 1e6).toFixed(3))' "$1"; }
emit web "wasm size (gzip -9)" MB lower 3 "$(mb "$gz")" "node column = target; raw $(mb "$raw") MB"
out=$(node measure.mjs "$dist" "${BENCH_WEB_RUNS:-5}")
echo "first output: $out" >&2
emit web "page load to first output (hello.js)" ms lower 1000 "$(json_field "$out" median)" "node column = target; runs $(json_field "$out" runs)"
table web
