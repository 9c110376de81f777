// Writable.prototype[Symbol.asyncDispose] (node 20): destroys an unfinished writable with an
// AbortError and resolves null; a finished one is destroyed without error; other errors reject.
const { Writable, PassThrough } = require('stream');
(async () => {
  const w = new Writable({ write(c, e, cb) { cb(); } }); w.on('error', (e) => console.log('err', e.name));
  console.log(await w[Symbol.asyncDispose](), w.destroyed, w.errored && w.errored.name);
  const w2 = new Writable({ write(c, e, cb) { cb(); } }); w2.end(); await new Promise((r) => w2.on('finish', r));
  console.log(await w2[Symbol.asyncDispose](), w2.destroyed, w2.errored);
  const w3 = new Writable({ write(c, e, cb) { cb(); }, destroy(e, cb) { cb(new Error('custom')); } }); w3.on('error', (e) => console.log('err3', e.message));
  try { await w3[Symbol.asyncDispose](); console.log('resolved'); } catch (e) { console.log('rejected', e.message); }
  const p = new PassThrough(); p.on('error', () => {}); console.log(await p[Symbol.asyncDispose](), p.destroyed, Writable.prototype[Symbol.asyncDispose].length);
})();
