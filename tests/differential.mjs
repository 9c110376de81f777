// Differential test runner: every case under tests/cases runs under real `node` and under
// rjs.wasm in wasmtime; stdout, the exit code and the first error line of stderr must match.
//
// A case is a `.js`/`.mjs`/`.cjs` file (or a directory with `main.js`/`main.mjs` for module
// trees). Header comments tune it:
//   // @args: a b          extra arguments after the script
//   // @cli: -p 1+1        run `node <cli>` / `rjs.wasm <cli>` instead of the file
//   // @stdin: text        text piped to stdin (\n escapes allowed)
//   // @stdout: ignore     compare only exit code and error line
//   // @stdout-from-line: N  compare stdout from line N on (e.g. past a banner that names rjs)
//   // @normalize: REGEX   JS regex source, applied with flag `g` to both stdouts; matches become
//                         `<N>` before comparing (durations, stack frames). May be repeated.
//   // @env: NAME=value    an environment variable both start with (node's env, rjs's --env).
//                         May be repeated.
//
// Usage: node tests/differential.mjs [--wasm target/.../rjs.wasm] [--dev] [filter]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const argv = process.argv.slice(2);
let wasm = join(root, 'target/wasm32-wasip2/release/rjs.wasm');
let filter = '';
let devArgs = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--wasm') wasm = resolve(argv[++i]);
  // --dev: built-in JS is read from src/ (RJS_DEV_SRC), so JS edits need no wasm rebuild.
  else if (argv[i] === '--dev') devArgs = ['--dir', `${root}/src::${root}/src`, '--env', `RJS_DEV_SRC=${root}/src`];
  else filter = argv[i];
}
if (!existsSync(wasm)) {
  console.error(`rjs.wasm not found at ${wasm}; build it first`);
  process.exit(2);
}
const wasmtime = process.env.WASMTIME || 'wasmtime';

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'node_modules' || name.startsWith('_')) continue;
      const main = ['main.js', 'main.mjs', 'main.cjs'].map((m) => join(p, m)).find(existsSync);
      if (main) out.push(main);
      else out.push(...collect(p));
    } else if (/\.(c|m)?js$/.test(name) && !name.startsWith('_')) {
      out.push(p);
    }
  }
  return out;
}

function header(src, key) {
  const m = new RegExp(`^// @${key}: (.*)$`, 'm').exec(src);
  return m ? m[1] : undefined;
}

function splitArgs(s) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(s))) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] !== undefined ? m[2] : m[3]);
  return out;
}

// The first line of stderr that names an error, as node prints it in its report.
function errorLine(stderr) {
  for (const line of stderr.split('\n')) {
    if (/^(Uncaught )?([A-Z][A-Za-z]*)?(Error|Exception|Rejection)\b/.test(line) || /^\[[A-Z]\w+/.test(line) || /^AssertionError/.test(line)) return line.replace(/\s+$/, '');
    if (/bad option/.test(line)) return line.replace(/^\S+: /, '');
  }
  return stderr.trim() === '' ? '' : '<other stderr>';
}

const cases = collect(join(here, 'cases')).filter((c) => c.includes(filter));
let passed = 0;
let failed = 0;
const failures = [];
// wasmtime 48 occasionally fails to instantiate a module from its cache before any guest code
// runs: sealing the memfd that holds the memory image gets EBUSY while the kernel still holds a
// transient reference to one of its pages (about 1 in 700 runs). That is the host, not rjs: such
// a run (that message, no output) is run once more.
function wasmtimeFlake(r) {
  return r.status !== 0 && r.stdout === '' && /cannot add seals to the memfd/.test(r.stderr || '');
}

for (const file of cases) {
  const src = readFileSync(file, 'utf8');
  const dir = dirname(file);
  const name = relative(join(here, 'cases'), file);
  const cli = header(src, 'cli');
  const extra = splitArgs(header(src, 'args') || '');
  const stdinText = (header(src, 'stdin') || '').replace(/\\n/g, '\n');
  const ignoreStdout = header(src, 'stdout') === 'ignore';
  const fromLine = Number(header(src, 'stdout-from-line') || 1);
  const normalizers = [...src.matchAll(/^\/\/ @normalize: (.*)$/gm)].map((m) => new RegExp(m[1], 'g'));
  const tail = (out) => normalizers.reduce((s, re) => s.replace(re, '<N>'), out.split('\n').slice(fromLine - 1).join('\n'));
  const scriptArgs = cli !== undefined ? splitArgs(cli) : [file.slice(dir.length + 1), ...extra];
  const envs = [...src.matchAll(/^\/\/ @env: ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]);
  const opts = { cwd: dir, input: stdinText, encoding: 'utf8', timeout: 30000, env: { ...process.env, NO_COLOR: '1', ...Object.fromEntries(envs) } };
  const n = spawnSync(process.execPath, scriptArgs, opts);
  const envArgs = envs.flatMap(([k, v]) => ['--env', `${k}=${v}`]);
  const rjsArgs = ['run', '-S', 'inherit-network', '--dir', `${dir}::${dir}`, '-S', `cwd=${dir}`, '--env', 'NO_COLOR=1', ...envArgs, ...devArgs, wasm, ...scriptArgs];
  let r = spawnSync(wasmtime, rjsArgs, opts);
  if (wasmtimeFlake(r)) {
    console.log(`note ${name}: wasmtime failed before rjs started (memfd EBUSY); run again`);
    r = spawnSync(wasmtime, rjsArgs, opts);
  }
  const problems = [];
  if (r.error) problems.push(`rjs did not run: ${r.error.message}`);
  if (!ignoreStdout && tail(n.stdout) !== tail(r.stdout)) problems.push(`stdout differs\n--- node\n${tail(n.stdout)}\n--- rjs\n${tail(r.stdout)}`);
  // Exit codes pass through (wasi:cli/exit's exit-with-code).
  if (n.status !== r.status) problems.push(`exit code: node ${n.status}, rjs ${r.status}`);
  const ne = errorLine(n.stderr), re = errorLine(r.stderr);
  if (ne !== re) problems.push(`stderr error line differs\n--- node: ${ne}\n--- rjs:  ${re}\n--- rjs stderr:\n${r.stderr}`);
  if (problems.length === 0) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    failures.push(name);
    console.log(`FAIL ${name}\n  ${problems.join('\n  ').split('\n').join('\n  ')}`);
  }
}
if (failures.length) console.log(`\nfailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
