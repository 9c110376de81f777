#!/usr/bin/env bash
# Builds the native launcher (wasi-host/, release) around an rjs.wasm and checks it end to end:
# output, exit codes, argument pass-through, and the capability flags (--allow-read/-write/-net/
# -env) against node's behaviour where node has one.
#   RJS_WASM  the rjs.wasm to embed (default: ./rjs.wasm, built with scripts/build.sh if missing)
# Needs node. The first build compiles wasmtime (about 5 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ -n "${RJS_WASM:-}" ]; then
  RJS_WASM=$(realpath -- "$RJS_WASM")
else
  [ -f rjs.wasm ] || bash scripts/build.sh
  RJS_WASM=$root/rjs.wasm
fi
export RJS_WASM

echo "== wasi-host: cargo fmt --check, unit tests, release build (embeds $RJS_WASM)"
cargo fmt --manifest-path wasi-host/Cargo.toml --check
cargo test --release --manifest-path wasi-host/Cargo.toml --quiet
cargo build --release --manifest-path wasi-host/Cargo.toml
rjs=$root/wasi-host/target/release/rjs

work=$(mktemp -d /tmp/rjs-launcher-test.XXXXXX)
other=$(mktemp -d /tmp/rjs-launcher-other.XXXXXX)
trap 'rm -rf "$work" "$other"' EXIT
# A fresh cache: exercises --precompile, and the run after it must not compile again.
export RJS_CACHE_DIR=$work/.cache
mkdir "$work/app"
cd "$work/app"

fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
# run CMD...: sets out, err, rc.
run() {
  set +e
  out=$("$@" 2>"$work/stderr")
  rc=$?
  set -e
  err=$(cat "$work/stderr")
}
# same NAME ARGS...: rjs and node print the same stdout and exit with the same code.
same() {
  local name=$1
  shift
  run node "$@"
  local nout=$out nrc=$rc
  run "$rjs" "$@"
  if [ "$out" = "$nout" ] && [ "$rc" = "$nrc" ]; then
    pass "$name"
  else
    fail "$name: node [$nrc] $(printf %q "$nout") / rjs [$rc] $(printf %q "$out") $(printf %q "${err:0:300}")"
  fi
}
# expect NAME WANT_RC STDOUT_WANT STDERR_GREP [rjs args...]
expect() {
  local name=$1 want_rc=$2 want_out=$3 want_err=$4
  shift 4
  run "$rjs" "$@"
  if [ "$rc" != "$want_rc" ]; then
    fail "$name: exit code $rc, want $want_rc; stderr: ${err:0:300}"
  elif [ -n "$want_out" ] && [ "$out" != "$want_out" ]; then
    fail "$name: stdout $(printf %q "$out"), want $(printf %q "$want_out")"
  elif [ -n "$want_err" ] && ! grep -q -- "$want_err" <<<"$err"; then
    fail "$name: stderr lacks '$want_err': ${err:0:300}"
  else
    pass "$name"
  fi
}

start=$(date +%s.%N)
artifact=$("$rjs" --precompile)
[ -f "$artifact" ] && pass "--precompile wrote $(basename "$artifact") ($(du -h "$artifact" | cut -f1), $(node -e "console.log((Date.now()/1000 - $start).toFixed(1))") s)" \
  || fail "--precompile: no artifact at '$artifact'"
stamp=$(stat -c %Y.%s "$artifact")

echo "console.log('hello world');" >hello.js
same "hello world" hello.js
[ "$(stat -c %Y.%s "$artifact")" = "$stamp" ] && pass "cached artifact reused" || fail "artifact rewritten"
same "process.exit(3) -> 3" -e 'process.exit(3)'
same "exit code of an uncaught error" -e 'throw new Error("x")'
same "process.exitCode = 7" -e 'process.exitCode = 7'
same "bad option -> 9" --definitely-not-an-option
same "-p" -p '6 * 7'
same "node options pass through" --no-warnings -e 'console.log(typeof require)'
echo 'console.log(JSON.stringify(process.argv.slice(2)))' >args.js
same "arguments pass through" args.js a --allow-net -e 'b c' --
same "launcher flags only before the script" args.js --allow-read=/ x
echo 'data in cwd' >file.txt
same "read a file in cwd" -e 'process.stdout.write(require("fs").readFileSync("file.txt", "utf8"))'
same "write a file in cwd" -e 'require("fs").writeFileSync("out.txt", "w"); console.log(require("fs").readFileSync("out.txt", "utf8"))'
same "cwd is the real directory" -e 'console.log(process.cwd())'
same "require a relative module" -e 'console.log(require("./args.js") && 1)'

# Files outside the cwd: denied with node's EACCES and a hint naming the flag, granted with it.
expect "read /etc/hostname denied" 1 "" "EACCES.*--allow-read" -e 'require("fs").readFileSync("/etc/hostname")'
want=$(cat /etc/hostname)
expect "read /etc/hostname with --allow-read=/etc" 0 "$want" "" --allow-read=/etc -e 'process.stdout.write(require("fs").readFileSync("/etc/hostname", "utf8").trim())'
expect "read /etc/hostname with bare --allow-read" 0 "$want" "" --allow-read -e 'process.stdout.write(require("fs").readFileSync("/etc/hostname", "utf8").trim())'
echo 'other' >"$other/o.txt"
expect "--allow-read is read-only" 1 "" "EACCES" --allow-read="$other" -e "require('fs').writeFileSync('$other/w.txt', 'x')"
expect "--allow-write grants writing" 0 "x" "" --allow-write="$other" -e "require('fs').writeFileSync('$other/w.txt', 'x'); process.stdout.write(require('fs').readFileSync('$other/w.txt', 'utf8'))"
echo 'console.log("outside")' >"$other/s.js"
expect "script outside the cwd: hint" 1 "" "--allow-read" "$other/s.js"
expect "script outside the cwd with --allow-read" 0 "outside" "" --allow-read="$other" "$other/s.js"
expect "nonexistent grant is an error" 9 "" "allow-read=/nonexistent" --allow-read=/nonexistent-rjs-dir hello.js

# Network.
listen='require("net").createServer().listen(0, "127.0.0.1", function () { console.log("listening", this.address().port > 0); this.close(); })'
expect "listen denied without --allow-net" 1 "" "EACCES.*--allow-net" -e "$listen"
expect "listen with --allow-net" 0 "listening true" "" --allow-net -e "$listen"
expect "listen with --allow-net=127.0.0.1" 0 "listening true" "" --allow-net=127.0.0.1 -e "$listen"
expect "listen on another host denied" 1 "" "EACCES" --allow-net=10.1.2.3 -e "$listen"
roundtrip='const net = require("net");
const srv = net.createServer((s) => s.end("pong")).listen(0, "127.0.0.1", () => {
  const c = net.connect(srv.address().port, "127.0.0.1");
  let d = ""; c.on("data", (b) => (d += b)); c.on("end", () => { console.log(d); srv.close(); });
});'
expect "connect/accept with --allow-net=localhost" 0 "pong" "" --allow-net=localhost -e "$roundtrip"

# Environment.
export RJS_TEST_SECRET=s3cret
expect "no env without --allow-env" 0 "undefined" "" -e 'console.log(process.env.RJS_TEST_SECRET)'
expect "--allow-env" 0 "s3cret" "" --allow-env -e 'console.log(process.env.RJS_TEST_SECRET)'
expect "--allow-env=NAME" 0 "s3cret undefined" "" --allow-env=RJS_TEST_SECRET -e 'console.log(process.env.RJS_TEST_SECRET, process.env.HOME)'

# Input.
run "$rjs" - <<<'console.log("from stdin")'
[ "$out" = "from stdin" ] && pass "script from stdin" || fail "script from stdin: $out $err"

echo
if [ "$fails" -ne 0 ]; then
  echo "launcher: $fails check(s) failed" >&2
  exit 1
fi
echo "launcher: all checks passed"
