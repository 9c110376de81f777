// Result records for the benchmarks: one JSON object per line in $BENCH_RESULTS.
//   node results.js emit FILE BENCH WORKLOAD UNIT BETTER NODE RJS [NOTE]
//   node results.js table FILE [BENCH]
//   node results.js save FILE OUT.json   (adds run metadata; prints the combined table)
'use strict';
const fs = require('fs');
const { execSync } = require('child_process');

const [cmd, file, ...args] = process.argv.slice(2);

function read(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const num = (s) => (s === 'null' || s === '' || s === undefined ? null : Number(s));

// ratio = rjs/node of the metric itself; speedup = how rjs compares with node, > 1 = rjs better.
function withRatios(r) {
  const ok = r.node != null && r.rjs != null && r.node !== 0 && r.rjs !== 0;
  r.ratio = ok ? r.rjs / r.node : null;
  r.speedup = ok ? (r.better === 'lower' ? r.node / r.rjs : r.rjs / r.node) : null;
  return r;
}

function fmt(x) {
  if (x == null) return 'FAILED';
  const a = Math.abs(x);
  if (a >= 1e6) return (x / 1e6).toFixed(2) + 'M';
  if (a >= 1e4) return (x / 1e3).toFixed(1) + 'k';
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

function verdict(r) {
  if (r.speedup == null) return '';
  return r.speedup >= 1 ? `${r.speedup.toFixed(2)}x better` : `${(1 / r.speedup).toFixed(1)}x worse`;
}

function table(rows) {
  const head = ['bench', 'workload', 'unit', 'node', 'rjs', 'rjs/node', 'rjs vs node', 'note'];
  const body = rows.map((r) => [
    r.bench, r.workload, r.unit + (r.better === 'lower' ? ' (lower=better)' : ''),
    fmt(r.node), fmt(r.rjs), r.ratio == null ? '-' : r.ratio.toPrecision(3), verdict(r), r.note || '',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  const out = [line(head), '|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|', ...body.map(line)];
  return out.join('\n').replace(/ +\|$/gm, ' |');
}

function sh(c) {
  try { return execSync(c, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; }
}

if (cmd === 'emit') {
  const [bench, workload, unit, better, node, rjs, note] = args;
  if (better !== 'higher' && better !== 'lower') throw new Error(`emit: BETTER must be higher|lower, got ${better}`);
  const r = { bench, workload, unit, better, node: num(node), rjs: num(rjs) };
  if (note) r.note = note;
  fs.appendFileSync(file, JSON.stringify(withRatios(r)) + '\n');
} else if (cmd === 'table') {
  const rows = read(file).filter((r) => !args[0] || r.bench === args[0]);
  console.log(table(rows));
} else if (cmd === 'save') {
  const [out, wasm, ...failed] = args;
  const rows = read(file);
  const st = fs.statSync(wasm);
  const repo = JSON.stringify(require('path').resolve(__dirname, '../..'));
  // Geometric mean of rjs-vs-node over the speed figures (memory rows, unit "MB RSS", excluded).
  const geomean = (rs) => {
    const l = rs.filter((r) => r.speedup != null && !/RSS/.test(r.unit)).map((r) => Math.log(r.speedup));
    return l.length ? Math.exp(l.reduce((a, b) => a + b, 0) / l.length) : null;
  };
  const benches = [...new Set(rows.map((r) => r.bench))];
  const doc = {
    date: new Date().toISOString(),
    // dirty: uncommitted changes to the sources rjs.wasm is built from.
    git: { commit: sh(`git -C ${repo} rev-parse HEAD`), dirty: !!sh(`git -C ${repo} status --porcelain -- src Cargo.toml Cargo.lock`) },
    rjs_wasm: { path: require('path').resolve(wasm), bytes: st.size, mtime: st.mtime.toISOString() },
    versions: { node: process.version, wasmtime: sh('wasmtime --version'), hyperfine: sh('hyperfine --version') },
    host: { cpus: require('os').cpus().length, model: require('os').cpus()[0]?.model, platform: `${process.platform}-${process.arch}` },
    // rjs speed relative to node (1 = parity, < 1 = rjs slower), overall and per benchmark.
    geomean_speedup: geomean(rows),
    geomean_speedup_by_bench: Object.fromEntries(benches.map((b) => [b, geomean(rows.filter((r) => r.bench === b))])),
    failed_benches: failed,
    results: rows,
  };
  fs.writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
  console.log(table(rows));
  const g = (x) => (x == null ? '-' : x.toPrecision(3));
  console.log(`\nrjs speed relative to node, geometric mean over speed figures (1 = parity, < 1 = rjs slower): ` +
    `${g(doc.geomean_speedup)} (${benches.map((b) => `${b} ${g(doc.geomean_speedup_by_bench[b])}`).join(', ')})`);
} else {
  console.error('usage: results.js emit|table|save FILE ...');
  process.exit(2);
}
