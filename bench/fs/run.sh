#!/usr/bin/env bash
# File-system throughput: 100 MiB writeFileSync/readFileSync and createWriteStream/createReadStream
# (64 KiB chunks), creating and listing a 10,000-file directory (one readdirSync in a fresh
# process, then repeated readdirSync with and without withFileTypes), under node and rjs, in a
# temporary directory under bench/fs that is removed afterwards. Each op runs in its own process;
# the 100 MiB ops BENCH_FS_ROUNDS times (default 5, alternating node and rjs; the best is reported
# and the range noted, as writes in particular swing with the page cache's writeback), the
# directory ops once. Peak RSS of every process is taken from `/usr/bin/time -v` ("Maximum
# resident set size"; max over the rounds). The big files stay in the page cache, so the reads
# measure the runtime, not the disk.
#   RJS_WASM  rjs.wasm to benchmark (default: <repo>/rjs.wasm)
set -euo pipefail
[ -z "${RJS_WASM:-}" ] || RJS_WASM=$(realpath -- "$RJS_WASM") # before the cd
cd "$(dirname "$0")"
. ../lib/common.sh
dir=$(pwd)
rounds=${BENCH_FS_ROUNDS:-5}
tmp=$(mktemp -d "$dir/_tmp.XXXXXX")
on_exit 'rm -rf "$tmp"'
raw=$tmp/raw.jsonl
mkdir -p "$tmp/node" "$tmp/rjs"
timev=
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then timev=/usr/bin/time; fi

# run RUNTIME OP: runs bench.js OP under RUNTIME, appends {runtime, op, value, rss_kb | error} to $raw.
run() {
  local rt=$1 op=$2 out rss= cmd
  if [ "$rt" = node ]; then cmd="node bench.js"; else rjs_warm; cmd="$(rjs_cmd "$dir") bench.js"; fi
  if [ -n "$timev" ]; then
    out=$($timev -v -o "$tmp/time.txt" $cmd "$op" "$tmp/$rt" 2>&1) || true
    rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$tmp/time.txt")
  else
    out=$($cmd "$op" "$tmp/$rt" 2>&1) || true
  fi
  node -e '
    const [rt, op, out, rss] = process.argv.slice(1);
    const line = out.split("\n").find((l) => l.startsWith("{\"op\""));
    const r = line ? JSON.parse(line) : { error: (out.split("\n").find((l) => /Error|ERR_/.test(l)) || out.split("\n")[0] || "no output").slice(0, 200) };
    const rec = { runtime: rt, op, ...r, rss_kb: rss ? Number(rss) : null };
    require("fs").appendFileSync(process.argv[5], JSON.stringify(rec) + "\n");
    const mem = rec.rss_kb ? `, peak RSS ${(rec.rss_kb / 1024).toFixed(0)} MB` : "";
    console.error(`${rt.padEnd(4)} ${op.padEnd(13)} ` + (r.error ? `FAILED: ${r.error}` : `${r.value.toFixed(0)} ${r.unit} (${r.ms.toFixed(0)} ms${mem})`));
  ' "$rt" "$op" "$out" "$rss" "$raw"
}

run node noop; run rjs noop
# The directory ops first, while no writeback of the big files is pending. Before each write op,
# `sync` so that neither runtime pays for flushing the other's dirty pages.
for rt in node rjs; do sync; run $rt mkfiles; done
for op in readdir-once readdir readdir-types; do run node $op; run rjs $op; done
for ((i = 0; i < rounds; i++)); do
  for op in write-sync read-sync write-stream read-stream; do
    for rt in node rjs; do
      case $op in write-*) sync ;; esac
      run $rt $op
    done
  done
done

# Best throughput per op and runtime (range in the note); max peak RSS for the memory rows.
while IFS=$'\t' read -r workload unit better n r note; do
  emit fs "$workload" "$unit" "$better" "$n" "$r" "$note"
done < <(node -e '
  const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
  const pick = (rt, op) => rows.filter((r) => r.runtime === rt && r.op === op);
  const errs = (op) => [...new Set(pick("rjs", op).concat(pick("node", op)).filter((r) => r.error).map((r) => `${r.runtime} failed: ${r.error}`))].join("; ");
  const vals = (rt, op) => pick(rt, op).filter((r) => !r.error).map((r) => r.value);
  const val = (rt, op) => { const v = vals(rt, op); return v.length ? Math.max(...v) : null; };
  const f = (x) => (x >= 1e4 ? (x / 1e3).toFixed(0) + "k" : x.toFixed(0));
  const range = (op) => {
    const n = vals("node", op), r = vals("rjs", op);
    if (n.length < 2 && r.length < 2) return "";
    const span = (v) => (v.length ? `${f(Math.min(...v))}-${f(Math.max(...v))}` : "-");
    return `best of ${Math.max(n.length, r.length)} (node ${span(n)}, rjs ${span(r)})`;
  };
  const rss = (rt, op) => { const v = pick(rt, op).map((r) => r.rss_kb).filter((x) => x != null); return v.length ? Math.max(...v) / 1024 : null; };
  const line = (...c) => console.log(c.map((x) => x ?? "null").join("\t"));
  for (const op of ["write-sync", "read-sync", "write-stream", "read-stream", "mkfiles", "readdir-once", "readdir", "readdir-types"]) {
    const unit = pick("node", op)[0]?.unit || "MB/s";
    line(op, unit, "higher", val("node", op), val("rjs", op), [range(op), errs(op)].filter(Boolean).join("; "));
  }
  if (rows.some((r) => r.rss_kb != null)) {
    for (const op of ["noop", "read-sync", "read-stream", "write-sync", "write-stream"])
      line(`peak RSS ${op}`, "MB RSS", "lower", rss("node", op), rss("rjs", op), "");
  } else {
    line("peak RSS", "MB RSS", "lower", null, null, "/usr/bin/time -v not available: peak RSS not measured");
  }
' "$raw")
table fs
