// Per-operation costs behind a stream chunk, run identically under node and rjs:
//   node bench/fs/probe_ops.js   /   wasmtime run --dir . rjs.wasm bench/fs/probe_ops.js
// Prints microseconds per operation (interpreter work, event emitter, Buffer allocation, stream
// write, loop turn). See NOTES.md ("What one 64 KiB chunk ... costs").
'use strict';
const EE = require('events');
const { Writable } = require('stream');

function time(name, n, fn) {
  const t = performance.now();
  fn(n);
  const us = ((performance.now() - t) * 1000) / n;
  console.log(`${name.padEnd(30)} ${us.toFixed(2)} us/op`);
}
const o = { a: 1 };
const f = (x) => x;
const listener = () => {};
time('property get', 100000, (n) => { let x; for (let i = 0; i < n; i++) x = o.a; return x; });
time('call', 100000, (n) => { for (let i = 0; i < n; i++) f(i); });
time('arrow closure', 100000, (n) => { let x; for (let i = 0; i < n; i++) x = () => i; return x; });
const e = new EE();
time('on + off', 3000, (n) => { for (let i = 0; i < n; i++) { e.on('x', listener); e.off('x', listener); } });
time('once + emit', 3000, (n) => { for (let i = 0; i < n; i++) { e.once('x', listener); e.emit('x'); } });
time('Buffer.allocUnsafeSlow(64 KiB)', 400, (n) => { for (let i = 0; i < n; i++) Buffer.allocUnsafeSlow(65536); });
const chunk = Buffer.alloc(65536);
const w = new Writable({ highWaterMark: 1 << 30, write(c, enc, cb) { cb(); } });
time('Writable.write (sync sink)', 3000, (n) => { for (let i = 0; i < n; i++) w.write(chunk); });
let k = 0;
const t0 = performance.now();
(function turn() {
  if (++k < 2000) setImmediate(turn);
  else console.log(`${'loop turn (setImmediate chain)'.padEnd(30)} ${(((performance.now() - t0) * 1000) / 2000).toFixed(2)} us/op`);
})();
