// Cross-process networking tests: real node on one side of a socket, rjs.wasm (in wasmtime) on
// the other, over 127.0.0.1 with ports chosen by the kernel.
//
// A scenario is a pair `<area>/<name>.server.js` + `<area>/<name>.client.js`. The server listens
// on port 0 and prints `listening <port>` as its first line (tests/cross/lib.js `listening`); the
// client gets the port as its first argument. Each scenario runs three times:
//   node server + node client    the reference
//   node server + rjs client     rjs's client must give node's client output, and node's
//                                server must see the same thing from it as from node's client
//   rjs server  + node client    the other way round
// and compares, against the reference, the client's stdout and exit code, the server's stdout and
// exit code, and the first error line of each one's stderr. Servers end on their own once the
// scenario is over (server.close() after the requests they expect); the runner kills anything
// still running after its timeout and reports that.
//
// A raw scenario is `<area>/<name>.server.js` + `<area>/<name>.raw.mjs`: the .raw.mjs module's
// `run(port)` drives the server from this process with node's `net` (malformed requests, slow
// and vanishing clients) and returns lines describing what came back; the server runs under node
// and under rjs and both its answers and its stdout must match.
//
// A server script starting with `// @servers: node (reason)` only runs under node (for what a
// wasmtime guest cannot do as a server; the reason says what); rjs's client side is compared.
// A client with `// @rjs-client: launcher (reason)` runs, as rjs, in the native launcher
// (wasi-host: `rjs --allow-net`, e.g. for https, which needs the host's wasi:http and trusts
// NODE_EXTRA_CA_CERTS there) instead of `wasmtime run`; `// @env: NAME=VALUE` lines set the
// client's environment under both runtimes (a VALUE naming a file under tests/cross, such as
// fixtures/selfsigned.crt, becomes its absolute path). The launcher is $RJS_LAUNCHER or
// wasi-host/target/release/rjs; when it is missing or its embedded rjs.wasm was built without
// wasi:http (RJS_WASI_HTTP=1), those scenarios are skipped with the reason (not failed).
//
// Usage: node tests/cross/run.mjs [--wasm rjs.wasm] [--dev] [--repeat N] [--rjs-both] [filter]
//   --dev       built-in JS read from src/ (no rebuild needed after JS edits)
//   --repeat N  run everything N times (a flaky scenario fails one of them)
//   --rjs-both  also run rjs server + rjs client against the reference
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const argv = process.argv.slice(2);
let wasm = join(root, 'rjs.wasm');
let filter = '';
let devArgs = [];
let repeat = 1;
let rjsBoth = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--wasm') wasm = resolve(argv[++i]);
  else if (argv[i] === '--dev') devArgs = ['--dir', `${root}/src::${root}/src`, '--env', `RJS_DEV_SRC=${root}/src`];
  else if (argv[i] === '--repeat') repeat = Number(argv[++i]) || 1;
  else if (argv[i] === '--rjs-both') rjsBoth = true;
  else filter = argv[i];
}
if (!existsSync(wasm)) {
  console.error(`rjs.wasm not found at ${wasm}; build it first`);
  process.exit(2);
}
const wasmtime = process.env.WASMTIME || 'wasmtime';
const launcher = process.env.RJS_LAUNCHER || join(root, 'wasi-host/target/release/rjs');

// Whether the launcher can run the https scenarios: it exists and its rjs.wasm has wasi:http
// (asked once: a refused connection says ECONNREFUSED, a build without it ERR_HOST_HTTP_UNAVAILABLE).
let launcherProblem;
function launcherUnusable() {
  if (launcherProblem !== undefined) return launcherProblem;
  if (!existsSync(launcher)) {
    launcherProblem = `no launcher at ${launcher} (build it: cargo build --release --manifest-path wasi-host/Cargo.toml, or set RJS_LAUNCHER)`;
    return launcherProblem;
  }
  const probe = "require('https').get('https://127.0.0.1:1/').on('error', (e) => console.log(e.code))";
  const r = spawnSync(launcher, ['--allow-net', '-e', probe], { encoding: 'utf8', timeout: 120000 });
  const out = (r.stdout || '').trim();
  if (out === 'ECONNREFUSED') launcherProblem = null;
  else if (out === 'ERR_HOST_HTTP_UNAVAILABLE') launcherProblem = `the launcher's rjs.wasm was built without wasi:http (build rjs.wasm with RJS_WASI_HTTP=1, then the launcher with RJS_WASM pointing to it)`;
  else launcherProblem = `the launcher's https probe said ${JSON.stringify(out || r.stderr || String(r.error))}`;
  return launcherProblem;
}

const LISTEN_TIMEOUT = 20000; // server start (wasmtime may compile rjs.wasm on first use)
const CLIENT_TIMEOUT = 30000;
const SERVER_EXIT_TIMEOUT = 10000;

// ---- processes ------------------------------------------------------------------------------

const children = new Set();
function killAll() {
  for (const c of children) {
    try { c.kill('SIGKILL'); } catch { /* gone */ }
  }
  children.clear();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { killAll(); process.exit(130); });
}

// Starts `script` under `runtime` ('node' | 'rjs') with its folder as cwd (rjs is granted
// tests/cross under its own name, so scripts can require ../lib.js). Returns a handle collecting stdout/stderr and the exit status.
function start(runtime, script, args, opts = {}) {
  const dir = dirname(script);
  const file = basename(script);
  const env = { ...process.env, NO_COLOR: '1', ...(opts.env || {}) };
  let child;
  if (runtime === 'node') {
    child = spawn(process.execPath, [file, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  } else if (opts.launcher) {
    const dev = devArgs.length ? [`--allow-read=${here},${root}/src`, '--allow-env=RJS_DEV_SRC'] : [`--allow-read=${here}`];
    if (devArgs.length) env.RJS_DEV_SRC = `${root}/src`;
    child = spawn(launcher, ['--allow-net', ...dev, file, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  } else {
    child = spawn(wasmtime, ['run', '-S', 'inherit-network', '--dir', `${here}::${here}`, '-S', `cwd=${dir}`,
      '--env', 'NO_COLOR=1', ...devArgs, wasm, file, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  children.add(child);
  const h = { runtime, child, stdout: '', stderr: '', status: null, timedOut: false, lineWaiters: [] };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    h.stdout += d;
    for (const w of h.lineWaiters.slice()) w();
  });
  child.stderr.on('data', (d) => { h.stderr += d; });
  h.exited = new Promise((res) => {
    child.on('error', (e) => { h.stderr += `spawn failed: ${e.message}\n`; });
    child.on('close', (code, signal) => {
      children.delete(child);
      h.status = code === null ? `signal ${signal}` : code;
      for (const w of h.lineWaiters.slice()) w();
      res();
    });
  });
  return h;
}

// Resolves with the first stdout line matching `re` (its match), or null on exit/timeout.
function waitForLine(h, re, ms) {
  return new Promise((res) => {
    let timer;
    const check = () => {
      for (const line of h.stdout.split('\n').slice(0, -1)) {
        const m = re.exec(line);
        if (m) return done(m);
      }
      if (h.status !== null) done(null);
    };
    const done = (v) => {
      clearTimeout(timer);
      h.lineWaiters = h.lineWaiters.filter((w) => w !== check);
      res(v);
    };
    timer = setTimeout(() => done(null), ms);
    h.lineWaiters.push(check);
    check();
  });
}

// Waits for the process to exit; kills it after `ms` (marking it timed out).
async function finish(h, ms) {
  let timer;
  const t = new Promise((res) => { timer = setTimeout(() => res('timeout'), ms); });
  if ((await Promise.race([h.exited, t])) === 'timeout') {
    h.timedOut = true;
    h.child.kill('SIGKILL');
    await h.exited;
    h.status = 'killed after timeout';
  }
  clearTimeout(timer);
  return h;
}

// The first line of stderr that names an error (as tests/differential.mjs compares).
function errorLine(stderr) {
  for (const line of stderr.split('\n')) {
    if (/^(Uncaught )?([A-Z][A-Za-z]*)?(Error|Exception|Rejection)\b/.test(line) || /^\[[A-Z]\w+/.test(line)) return line.replace(/\s+$/, '');
  }
  return stderr.trim() === '' ? '' : '<other stderr>';
}

// Server stdout without the `listening <port>` line.
const serverText = (out) => out.split('\n').filter((l) => !/^listening \d+$/.test(l)).join('\n');

// ---- one run of a scenario ------------------------------------------------------------------

async function startServer(runtime, script) {
  const server = start(runtime, script, ['0']);
  const m = await waitForLine(server, /^listening (\d+)$/, LISTEN_TIMEOUT);
  if (!m) {
    server.child.kill('SIGKILL');
    await server.exited;
    return { server, port: null };
  }
  return { server, port: Number(m[1]) };
}

function summary(server, client) {
  return {
    serverOut: serverText(server.stdout),
    serverStatus: server.status,
    serverErr: errorLine(server.stderr),
    serverStderr: server.stderr,
    clientOut: client ? client.stdout : '',
    clientStatus: client ? client.status : null,
    clientErr: client ? errorLine(client.stderr) : '',
    clientStderr: client ? client.stderr : '',
  };
}

async function runPair(serverRt, clientRt, serverScript, clientScript, clientOpts = {}) {
  const { server, port } = await startServer(serverRt, serverScript);
  if (port === null) {
    return { ...summary(server, null), failure: `${serverRt} server did not print "listening <port>" (status ${server.status})` };
  }
  const client = await finish(start(clientRt, clientScript, [String(port)], clientOpts), CLIENT_TIMEOUT);
  await finish(server, SERVER_EXIT_TIMEOUT);
  const s = summary(server, client);
  if (client.timedOut) s.failure = `${clientRt} client timed out`;
  else if (server.timedOut) s.failure = `${serverRt} server did not exit within ${SERVER_EXIT_TIMEOUT} ms of the client's end`;
  return s;
}

async function runRaw(serverRt, serverScript, rawModule) {
  const { server, port } = await startServer(serverRt, serverScript);
  if (port === null) {
    return { ...summary(server, null), failure: `${serverRt} server did not print "listening <port>" (status ${server.status})` };
  }
  let lines;
  try {
    lines = await rawModule.run(port);
  } catch (e) {
    lines = [`driver threw: ${e && e.stack || e}`];
  }
  await finish(server, SERVER_EXIT_TIMEOUT);
  const s = summary(server, null);
  s.clientOut = lines.join('\n') + '\n';
  if (server.timedOut) s.failure = `${serverRt} server did not exit within ${SERVER_EXIT_TIMEOUT} ms of the driver's end`;
  return s;
}

// The differing middle of two texts (common leading and trailing lines cut to 3 of context).
function diff(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const from = Math.max(0, head - 3);
  const part = (l) => l.slice(from, Math.min(l.length, l.length - tail + 3));
  const note = from > 0 ? `(from line ${from + 1})\n` : '';
  return `--- reference (node) ${note}${part(x).join('\n')}\n--- this run ${note}${part(y).join('\n')}`;
}

// Differences of `got` from the reference `ref`, as readable text (empty when equal); the
// stderr of this run's processes follows once when anything differs.
function compare(ref, got, label) {
  const problems = [];
  if (got.failure) problems.push(`${label}: ${got.failure}`);
  const field = (name, a, b) => {
    if (a !== b) problems.push(`${label}: ${name} differs\n${diff(a, b)}`);
  };
  field('client stdout', ref.clientOut, got.clientOut);
  field('client exit code', String(ref.clientStatus), String(got.clientStatus));
  field('client error line', ref.clientErr, got.clientErr);
  field('server stdout', ref.serverOut, got.serverOut);
  field('server exit code', String(ref.serverStatus), String(got.serverStatus));
  field('server error line', ref.serverErr, got.serverErr);
  if (problems.length) {
    const cut = (t) => t.trim().split('\n').slice(0, 30).join('\n');
    if (got.clientStderr.trim()) problems.push(`--- client stderr of this run\n${cut(got.clientStderr)}`);
    if (got.serverStderr.trim()) problems.push(`--- server stderr of this run\n${cut(got.serverStderr)}`);
  }
  return problems;
}

// ---- scenarios ------------------------------------------------------------------------------

function collect() {
  const out = [];
  for (const area of readdirSync(here, { withFileTypes: true })) {
    if (!area.isDirectory() || area.name.startsWith('_')) continue;
    const dir = join(here, area.name);
    for (const f of readdirSync(dir).sort()) {
      const m = /^(.*)\.server\.js$/.exec(f);
      if (!m) continue;
      const server = join(dir, f);
      const client = join(dir, `${m[1]}.client.js`);
      const raw = join(dir, `${m[1]}.raw.mjs`);
      const name = relative(here, join(dir, m[1]));
      // `// @servers: node (reason)` in the server: only node serves (what rjs cannot do as a
      // server is said in the reason); rjs's client side is still compared.
      const nodeServerOnly = /^\/\/ @servers: node\b/m.test(readFileSync(server, 'utf8'));
      if (existsSync(client)) {
        const src = readFileSync(client, 'utf8');
        const env = {};
        for (const m of src.matchAll(/^\/\/ @env: ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)) {
          const value = m[2].trim();
          env[m[1]] = existsSync(join(here, value)) ? join(here, value) : value;
        }
        const viaLauncher = /^\/\/ @rjs-client: launcher\b/m.test(src);
        out.push({ name, server, client, nodeServerOnly, env, viaLauncher });
      }
      else if (existsSync(raw)) out.push({ name, server, raw });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name)).filter((s) => s.name.includes(filter));
}

async function runScenario(s) {
  const problems = [];
  if (s.client) {
    if (s.viaLauncher && launcherUnusable()) return { skipped: launcherUnusable() };
    const nodeOpts = { env: s.env };
    const rjsOpts = { env: s.env, launcher: s.viaLauncher };
    const ref = await runPair('node', 'node', s.server, s.client, nodeOpts);
    if (ref.failure) return [`reference run (node + node) failed: ${ref.failure}\n${ref.clientStderr}${ref.serverStderr}`];
    let combos = [['node', 'rjs'], ['rjs', 'node']];
    if (rjsBoth) combos.push(['rjs', 'rjs']);
    if (s.nodeServerOnly) combos = combos.filter(([srv]) => srv === 'node');
    for (const [srv, cli] of combos) {
      const got = await runPair(srv, cli, s.server, s.client, cli === 'rjs' ? rjsOpts : nodeOpts);
      problems.push(...compare(ref, got, `${srv} server + ${cli} client`));
    }
  } else {
    const mod = await import(pathToFileURL(s.raw).href);
    const ref = await runRaw('node', s.server, mod);
    if (ref.failure) return [`reference run (node server) failed: ${ref.failure}\n${ref.serverStderr}`];
    const got = await runRaw('rjs', s.server, mod);
    problems.push(...compare(ref, got, 'rjs server + raw driver'));
  }
  return problems;
}

const scenarios = collect();
if (scenarios.length === 0) {
  console.error(`no scenario matches ${JSON.stringify(filter)}`);
  process.exit(2);
}
let passed = 0;
let skipped = 0;
const failures = [];
for (let round = 1; round <= repeat; round++) {
  if (repeat > 1) console.log(`== round ${round}/${repeat}`);
  for (const s of scenarios) {
    const t0 = Date.now();
    let problems = await runScenario(s);
    // wasmtime 48 occasionally cannot seal the memfd of a cached module's memory image (EBUSY,
    // about 1 run in 700) and exits before rjs starts: the host, not rjs; run the scenario again.
    if (Array.isArray(problems) && problems.some((p) => /cannot add seals to the memfd/.test(p))) {
      console.log(`note ${s.name}: wasmtime failed before rjs started (memfd EBUSY); run again`);
      problems = await runScenario(s);
    }
    const ms = Date.now() - t0;
    if (!Array.isArray(problems)) {
      skipped++;
      console.log(`skip ${s.name}: ${problems.skipped}`);
    } else if (problems.length === 0) {
      passed++;
      console.log(`ok   ${s.name} (${ms} ms)`);
    } else {
      failures.push(s.name);
      console.log(`FAIL ${s.name}\n  ${problems.join('\n').split('\n').join('\n  ')}`);
    }
  }
}
killAll();
if (failures.length) console.log(`\nfailed: ${[...new Set(failures)].join(', ')}`);
console.log(`${passed} passed, ${failures.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length === 0 ? 0 : 1);
