#!/usr/bin/env node
// Builds the browser runtime: `cargo rustc` for wasm32-unknown-unknown as a cdylib (the
// [lib] in Cargo.toml has no crate-type, so it is given on the command line), then
// wasm-bindgen --target web into www/pkg/. The page itself is built by Vite (`npm run build`,
// vite.config.mjs) into www/dist/. Every cargo call holds /tmp/rjs-build.lock.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const www = dirname(fileURLToPath(import.meta.url));
const root = dirname(www);
const target = 'wasm32-unknown-unknown';
const env = { ...process.env };
const run = (cmd, args) => {
  console.log('$', cmd, args.join(' '));
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env });
};
const haveFlock = (() => {
  try { execFileSync('flock', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
})();
const cargo = (args) => (haveFlock ? run('flock', ['/tmp/rjs-build.lock', 'cargo', ...args]) : run('cargo', args));

const t0 = Date.now();
cargo(['rustc', '--release', '--target', target, '--lib', '--crate-type', 'cdylib']);
const wasm = join(root, 'target', target, 'release', 'rjs.wasm');
const bindgen = existsSync(join(process.env.HOME || '', '.cargo/bin/wasm-bindgen'))
  ? join(process.env.HOME, '.cargo/bin/wasm-bindgen')
  : 'wasm-bindgen';
rmSync(join(www, 'pkg'), { recursive: true, force: true });
run(bindgen, ['--target', 'web', '--no-typescript', '--out-dir', join(www, 'pkg'), wasm]);
const out = join(www, 'pkg', 'rjs_bg.wasm');
const raw = statSync(out).size;
const gz = gzipSync(readFileSync(out), { level: 9 }).length;
console.log(`www/pkg/rjs_bg.wasm: ${(raw / 1e6).toFixed(2)} MB raw, ${(gz / 1e6).toFixed(2)} MB gzip` +
  ` (built in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
