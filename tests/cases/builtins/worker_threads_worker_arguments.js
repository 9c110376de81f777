// new Worker() checks its arguments as node 20 before starting a thread (rjs then refuses, as
// it has none: only the argument errors are compared here).
const { Worker, SHARE_ENV } = require('worker_threads');
const tries = [
  ['x.js'], ['file:///x.js'], ['data:text/javascript,1'], [5], [null], [{}, { eval: true }],
  ['./x.js', { execArgv: 'a' }], ['./x.js', { argv: 1 }], ['./x.js', { env: 5 }],
];
for (const args of tries) {
  try { new Worker(...args); console.log('constructed'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(typeof SHARE_ENV, SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
